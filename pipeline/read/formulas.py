"""Formula cells: the saved result is what Excel shows the department, so it is used whenever the
file has one (python-calamine reads it as the cell's value). Only a formula without a saved
result (a workbook written by a script) is computed here, the way Excel computes it:

* ``SUM(...)`` of cells, ranges and numbers, and ``+``/``-`` of cells and numbers, references to
  other sheets included (``=SUM(Actiefiches!L4:L7)``, ``='Doorlopende acties'!C5``);
* ``SUM`` skips text (also a number typed as text, ``'0,4``), as Excel does; ``+`` turns a plain
  number in text into a number and gives ``#VALUE!`` for any other text;
* anything else (other functions, a cell outside the sheets' columns we read) cannot be computed:
  :attr:`Evaluation.value` is None and the formula is reported as having no saved result.

:func:`evaluate` also lists the text cells a formula meets (:attr:`Evaluation.text_cells`): they
are why a saved total differs from the sum of what the user typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from actieplan.ooxml.cellref import column_index_from_string, get_column_letter

from actieplan.normalize import clean_text, parse_number, sheet_key

if TYPE_CHECKING:
    from actieplan.read.loader import LoadedSheet, LoadedWorkbook

MAX_DEPTH = 10
MAX_CELLS = 5_000
_QUOTED_SHEET = re.compile(r"'((?:[^']|'')+)'!")
_REF = r"\$?([A-Z]{1,3})\$?(\d{1,7})"
_RANGE = re.compile(r"(?:([A-Z_][A-Z0-9_.]*|\x00\d+)!)?" + _REF + r"(?::" + _REF + r")?")
_NUMBER_LITERAL = re.compile(r"\d+(?:[.,]\d+)?")
# text that Excel's + turns into a number (Dutch notation, as the department's Excel reads it)
_PLAIN_NUMBER_TEXT = re.compile(r"-?\d+(?:,\d+)?")


@dataclass
class Evaluation:
    value: float | None  # None: an error value, or a formula we cannot compute
    error: str | None = None  # the error value Excel would show ('#VALUE!'), if any
    # (sheet name as written, Excel row, Excel column, the text) of every text cell the formula met
    text_cells: list[tuple[str, int, int, str]] = field(default_factory=list)
    # (sheet name as written, Excel row, Excel column, the error value) of every cell whose error
    # value the formula passes on: where an error such as #DIV/0! in a total really comes from
    error_cells: list[tuple[str, int, int, str]] = field(default_factory=list)

    def text_cells_shown(self) -> str:
        """'C6 ('0,4') en C8 ('1,0 VTE')'; a cell on another sheet with its sheet's name."""
        return join_cells(self.text_cells)


def join_cells(cells: list[tuple[str, int, int, str]], home: str | None = None) -> str:
    shown = []
    for sheet, row, col, text in cells:
        where = f"{get_column_letter(col)}{row}"
        if home is None or sheet_key(sheet) != sheet_key(home):
            where = f"{sheet}!{where}"
        shown.append(f"{where} ('{text}')")
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " en " + shown[-1]


class _Unknown(Exception):
    """The formula cannot be computed."""


def evaluate(workbook: "LoadedWorkbook", sheet: "LoadedSheet", formula: str, _depth: int = 0) -> Evaluation:
    """Compute ``formula`` (from a cell of ``sheet``) as Excel would."""
    result = Evaluation(None)
    try:
        total = _formula(workbook, sheet, formula, _depth, result)
    except _Unknown:
        result.value = None
        return result
    if result.error is None:
        result.value = round(total, 6)
    return result


def _formula(workbook, sheet, formula: str, depth: int, result: Evaluation) -> float:
    if depth > MAX_DEPTH:
        raise _Unknown
    names: list[str] = []

    def hide(m: re.Match) -> str:
        names.append(m.group(1).replace("''", "'"))
        return f"\x00{len(names) - 1}!"

    text = _QUOTED_SHEET.sub(hide, formula.strip().lstrip("="))
    text = "".join(text.split()).upper()
    if not text:
        raise _Unknown
    total = 0.0
    for term in re.split(r"(?=[+-])(?![^(]*\))", text):
        if not term:
            continue
        sign = -1.0 if term.startswith("-") else 1.0
        term = term.lstrip("+-")
        inner = re.fullmatch(r"SUM\((.*)\)", term)
        if inner:
            for part in inner.group(1).split(";" if ";" in inner.group(1) else ","):
                total += sign * _sum_part(workbook, sheet, part, names, depth, result)
        else:
            total += sign * _direct(workbook, sheet, term, names, depth, result)
    return total


def _target_sheet(workbook, sheet, name: str | None, names: list[str]):
    if name is None:
        return sheet
    if name.startswith("\x00"):
        name = names[int(name[1:])]
    for loaded in workbook.sheets.values():
        if sheet_key(loaded.name) == sheet_key(name):
            return loaded
    raise _Unknown


def _cells(workbook, sheet, part: str, names: list[str]):
    m = _RANGE.fullmatch(part)
    if not m:
        raise _Unknown
    target = _target_sheet(workbook, sheet, m.group(1), names)
    c0, r0 = column_index_from_string(m.group(2)), int(m.group(3))
    c1 = column_index_from_string(m.group(4)) if m.group(4) else c0
    r1 = int(m.group(5)) if m.group(5) else r0
    r0, r1, c0, c1 = min(r0, r1), max(r0, r1), min(c0, c1), max(c0, c1)
    if (r1 - r0 + 1) * (c1 - c0 + 1) > MAX_CELLS:
        raise _Unknown
    return target, [(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)], bool(m.group(4))


def _sum_part(workbook, sheet, part: str, names, depth: int, result: Evaluation) -> float:
    if _NUMBER_LITERAL.fullmatch(part):
        return float(part.replace(",", "."))
    target, cells, _ = _cells(workbook, sheet, part, names)
    total = 0.0
    for r, c in cells:
        kind, value = cell_value(workbook, target, r, c, depth, result)
        if kind == "number":
            total += value
        elif kind == "text":
            result.text_cells.append((target.name, r, c, value))  # SUM skips text
        elif kind == "error":
            result.error = result.error or value
            result.error_cells.append((target.name, r, c, value))
    return total


def _direct(workbook, sheet, term: str, names, depth: int, result: Evaluation) -> float:
    if _NUMBER_LITERAL.fullmatch(term):
        return float(term.replace(",", "."))
    target, cells, is_range = _cells(workbook, sheet, term, names)
    if is_range:
        raise _Unknown  # a range outside SUM: Excel's implicit intersection, not a plan's total
    (r, c), = cells
    kind, value = cell_value(workbook, target, r, c, depth, result)
    if kind == "number":
        return value
    if kind == "bool":
        return 1.0 if value else 0.0
    if kind == "empty":
        return 0.0
    if kind == "text":
        result.text_cells.append((target.name, r, c, value))
        if _PLAIN_NUMBER_TEXT.fullmatch(value):
            return float(value.replace(",", "."))
        result.error = result.error or "#VALUE!"
        return 0.0
    result.error = result.error or value  # an error value travels on
    result.error_cells.append((target.name, r, c, value))
    return 0.0


def cell_value(workbook, sheet, row: int, col: int, depth: int = 0, result: Evaluation | None = None) -> tuple[str, Any]:
    """What a formula sees in a cell: ('number', float), ('text', str), ('bool', bool),
    ('empty', None) or ('error', '#DIV/0!'); _Unknown when we did not read that cell."""
    if (row, col) in sheet.errors:
        return "error", sheet.errors[(row, col)]
    header = next((h for h, c in sheet.columns.items() if c == col), None)
    if header is None or row <= sheet.header_row:
        raise _Unknown
    if (row, col) in sheet.computed:
        return "number", float(sheet.frame.at[row, header])
    formula = sheet.uncached.get((row, col))
    if formula is not None:
        inner = evaluate(workbook, sheet, formula, depth + 1)
        if result is not None:
            result.text_cells.extend(inner.text_cells)
        if inner.error is not None:
            return "error", inner.error
        if inner.value is None:
            raise _Unknown
        return "number", inner.value
    if row not in sheet.frame.index:
        return "empty", None
    raw = sheet.raw.get((row, col))
    value = sheet.frame.at[row, header]
    if isinstance(raw, str):
        text = clean_text(raw)
        return ("text", text) if text is not None else ("empty", None)
    if isinstance(raw, bool) or isinstance(value, bool) and raw is None:
        return "bool", raw if isinstance(raw, bool) else value
    if isinstance(raw, (int, float)):
        return "number", float(raw)
    if value is None:
        return "empty", None
    if isinstance(value, (int, float)):
        return "number", float(value)
    number = parse_number(value) if not isinstance(value, str) else None
    if number is not None:
        return "number", number
    return "text", str(value)
