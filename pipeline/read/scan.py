"""What a sheet's XML shows that its cell values do not: the observations the rules report.

python-calamine (and our cell reader, :mod:`actieplan.read.cells`, which reads as calamine does)
gives a cell's value only. :func:`scan_sheet` reads the worksheet part that the guard unpacked
and checked (:mod:`actieplan.read.guard`) for what the value hides:

* error values (calamine reads ``#DIV/0!`` as an empty cell);
* formulas: their texts near the top of a sheet that asks for them (``SheetSpec.formulas``), and
  every formula without a saved result. A formula's saved result is what Excel shows the
  department: it is the cell's value whenever the file has one. Only a formula without one (a
  workbook written by a script) is computed (:mod:`actieplan.read.formulas`);
* hidden rows, and whether the sheet itself is hidden;
* texts longer than a cell may hold (32,767 characters), which every reader cuts silently.

The loader turns these into findings at their cells. Nothing here refuses a file.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import unescape

from actieplan.ooxml.ns import MAIN
from actieplan.ooxml.cellref import column_index_from_string, coordinate_from_string, get_column_letter
from actieplan.read.guard import EXCEL_MAX_CHARS, R_ATTR, cell_bodies, has_long_text, text_length

_HIDDEN_ROW = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row\s([^>]*\shidden="(?:1|true)"[^>]*)>')
_ERROR_CELL = re.compile(rb'<((?:[A-Za-z_][\w.-]*:)?)c\s([^>]*\st="e"[^>]*)>(.*?)</\1c>', re.S)
_FORMULA = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?f[\s>/]')
_VALUE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?v>(.*?)</(?:[A-Za-z_][\w.-]*:)?v>', re.S)
_FORMULA_TEXT = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?f(?:\s[^>]*)?>(.*?)</(?:[A-Za-z_][\w.-]*:)?f>', re.S)
_INLINE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?is>')
_ROW_ATTR = re.compile(rb'\br="([0-9]+)"')
_SHARED_TYPE = re.compile(rb'\bt="s"')
_NS_MAIN = "{" + MAIN + "}"
# looked for with the regex engine, faster than ``in`` for a short literal (see actieplan.read.guard)
# (LibreOffice writes hidden="false" on every row and column: only a hidden one is looked for)
_FORMULA_START, _PREFIXED_FORMULA, _HIDDEN = re.compile(rb"<f[ >]"), re.compile(rb":f"), re.compile(rb'hidden="(?:1|true)"')


@dataclass
class SheetObservations:
    """What :func:`scan_sheet` saw in one worksheet part; (row, col) are 1-based Excel positions."""

    hidden: bool = False  # hidden or very hidden
    very_hidden: bool = False  # state="veryHidden": no menu of Excel shows it again
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> '#DIV/0!'
    # formulas without a saved result: (row, col) -> '=SUM(...)' ('(gedeelde formule)' when the
    # cell only points at a shared formula)
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)
    # every formula in the rows asked for (``formula_rows``), saved result or not: (row, col) -> '=...'
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    too_long: dict[tuple[int, int], int] = field(default_factory=dict)  # (row, col) -> characters


def scan_sheet(data: bytes | bytearray | None, state: str = "visible", long_strings: dict[int, int] | None = None,
               formula_rows: int = 0, long_text: bool | None = None) -> SheetObservations:
    """The observations of a worksheet part (``data``; None when the guard did not unpack one).

    ``state``: the sheet's visibility in the workbook's sheet list; ``long_strings``: the shared
    strings longer than a cell may hold, as the guard measured them; ``formula_rows``: the rows
    from the top whose formula texts are wanted (0: none); ``long_text``: whether the part holds a
    long ``<t>`` text, as the guard found (:func:`actieplan.read.guard.has_long_text`; None: look)."""
    seen = SheetObservations(hidden=state != "visible", very_hidden=state == "veryHidden")
    if data is None:
        return seen
    if b't="e"' in data:
        for m in _ERROR_CELL.finditer(data):
            ref = R_ATTR.search(m.group(2))
            value = _VALUE.search(m.group(3))
            if ref and value:
                seen.errors[_pos(ref)] = unescape(value.group(1).decode("utf-8", "replace"))
    if (_FORMULA_START.search(data) or _PREFIXED_FORMULA.search(data)) and _FORMULA.search(data):
        for attrs, body in cell_bodies(data):
            if not _FORMULA.search(body):
                continue
            value = _VALUE.search(body)
            if (value is None or not value.group(1).strip()) and not _INLINE.search(body):
                ref = R_ATTR.search(attrs)
                text = _FORMULA_TEXT.search(body)
                if ref:
                    seen.uncached[_pos(ref)] = "=" + unescape(text.group(1).decode("utf-8", "replace")) if text else "(gedeelde formule)"
        if formula_rows:
            _formula_texts(data, formula_rows, seen.formulas)
    if long_strings or (has_long_text(data) if long_text is None else long_text):
        for attrs, body in cell_bodies(data):
            ref = R_ATTR.search(attrs)
            if ref is None:
                continue
            n = 0
            if _INLINE.search(body):
                n = text_length(body)
            elif long_strings and _SHARED_TYPE.search(attrs):
                value = _VALUE.search(body)
                if value and value.group(1).strip().isdigit():
                    n = long_strings.get(int(value.group(1)), 0)
            if n > EXCEL_MAX_CHARS:
                seen.too_long[_pos(ref)] = n
    if _HIDDEN.search(data):
        for m in _HIDDEN_ROW.finditer(data):
            r = _ROW_ATTR.search(m.group(1))
            if r:
                seen.hidden_rows.add(int(r.group(1)))
    return seen


def _pos(ref: re.Match) -> tuple[int, int]:
    return int(ref.group(2)), column_index_from_string(ref.group(1).decode())


def _formula_texts(data: bytes | bytearray, last: int, out: dict[tuple[int, int], str]) -> None:
    """``=formula`` of every formula cell in rows 1 to ``last``, a shared formula's cells with
    the formula as Excel shows it in each (its master's references moved along). Broken XML ends
    the list where it breaks: the values were readable; the formula texts are a refinement."""
    from defusedxml.ElementTree import iterparse

    shared: dict[str, tuple[str, str]] = {}  # shared formula index -> (its first cell, formula)
    row_no, col_no = 0, 0
    try:
        for event, el in iterparse(io.BytesIO(data), events=("start", "end")):
            if el.tag == _NS_MAIN + "row":
                if event == "start":
                    row_no = int(el.get("r") or row_no + 1)
                    col_no = 0
                    if row_no > last:
                        break
                else:
                    el.clear()
            elif el.tag == _NS_MAIN + "c" and event == "end":
                ref = el.get("r")
                if ref:
                    letters, row_no = coordinate_from_string(ref)
                    col_no = column_index_from_string(letters)
                else:
                    col_no += 1
                    ref = f"{get_column_letter(col_no)}{row_no}"
                f = el.find(_NS_MAIN + "f")
                if f is not None:
                    text = f.text
                    if f.get("t") == "shared":
                        si = f.get("si", "")
                        if text:
                            shared[si] = (ref, text)
                        elif si in shared:
                            from openpyxl.formula.translate import Translator  # only here: openpyxl is big to import

                            origin, master = shared[si]
                            text = Translator("=" + master, origin=origin).translate_formula(ref)[1:]
                    if text and row_no <= last:
                        out[(row_no, col_no)] = "=" + text
    except Exception:
        return
