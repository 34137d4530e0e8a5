"""The blank template (and any workbook in its layout), written with xlsxwriter from a rule set's
sheet definitions: the same headers the loader reads, the template's own instructions as input
messages, data validation where it prevents mistakes, and the rule set's texts (the Instructies
sheet, the rows a blank template starts with, computed cells)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Any, Iterable, Mapping

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from actieplan.ooxml.ns import CT_WORKBOOK, CT_XLSM_WORKBOOK
from actieplan.errors import OutputError
from actieplan.write.outputs import atomic_path
from actieplan.plugin.ruleset import RuleSet
from actieplan.plugin.sheetspec import JANEE, NUMBER, TICK
from actieplan.write.xlsxtext import put_text

ELSEWHERE_SJABLOON = "geef een ander pad voor het sjabloon"  # sjabloon has no --uitvoer

TITLE_ROW, INTRO_ROW, HEADER_ROW = 0, 1, 2  # 0-based: the header is on Excel row 3
FIRST_DATA_ROW = HEADER_ROW + 1
VALIDATED_ROWS = 500
TICK_VALUES = ["☒", "☐"]

TEMPLATE_SUFFIXES = (".xlsx", ".xlsm")
# the content type of the workbook part: an .xlsm that says it is an .xlsx is refused by Excel
_XLSX_MAIN = CT_WORKBOOK.encode()
_XLSM_MAIN = CT_XLSM_WORKBOOK.encode()


def default_template_name(ruleset: RuleSet) -> str:
    return f"{ruleset.id}-sjabloon.xlsx"


def write_template(
    target: str | Path,
    data: Mapping[str, list[Mapping[str, Any]]] | None = None,
    merges: Iterable[tuple[str, str, int, int]] = (),
    *,
    ruleset: RuleSet,
    overwrite: bool = True,
    notes: Mapping[str, Iterable[str]] | None = None,
) -> Path:
    """Write the template to ``target``; with ``data`` (sheet -> rows as {header: value}) filled in.

    ``merges`` are vertical merges (sheet, header, first data index, last data index). ``notes``
    (sheet -> texts) are written under that sheet's table, one a row in its first column (`importeer`
    keeps a plan's notes under a table so, worded as notes: see :func:`actieplan.run.importeer.sheet_notes`). With
    ``overwrite=False`` (the command's default) an existing file is never replaced and a target
    that is not .xlsx/.xlsm is refused: OutputError with a Dutch message.
    """
    rs = ruleset
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in TEMPLATE_SUFFIXES:
        better = target.with_name(f"{target.stem if suffix else target.name}.xlsx")
        raise OutputError(
            f"'{target}' is geen naam voor een Excel-werkmap: het sjabloon is een .xlsx-bestand. Kies een naam "
            f"die eindigt op .xlsx, bv. 'actieplan sjabloon {better}'."
        )
    if target.name.startswith("~$"):
        raise OutputError(
            f"'{target.name}' begint met '~$': zo noemt Excel de vergrendelbestanden van geopende werkmappen, en "
            f"actieplan controleer slaat zulke bestanden over. Kies een andere naam, bv. "
            f"'actieplan sjabloon {target.with_name(target.name[2:] or default_template_name(rs))}'."
        )
    if target.is_dir():
        raise OutputError(f"'{target}' is een map. Geef de naam van het nieuwe bestand, bv. '{target / default_template_name(rs)}'.")
    if not overwrite and os.path.lexists(target):
        raise _exists(target)
    try:
        with atomic_path(target, replace=overwrite, elsewhere=ELSEWHERE_SJABLOON) as tmp:
            _write(tmp, data or {}, list(merges), rs, notes or {})
            if suffix == ".xlsm":
                _macro_enabled(tmp)
    except FileExistsError:
        raise _exists(target) from None
    return target


def _exists(target: Path) -> OutputError:
    free = _free_name(target)
    return OutputError(
        f"'{target}' bestaat al; het sjabloon schrijft er niet overheen (een ingevuld actieplan zou verloren "
        f"gaan). Kies een andere naam, bv. 'actieplan sjabloon {free}'. Wilt u dat bestand echt vervangen door "
        "een leeg sjabloon, voeg dan --overschrijven toe."
    )


def _free_name(target: Path) -> Path:
    for n in range(2, 1000):
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        if not os.path.lexists(candidate):
            return candidate
    return target.with_name(f"{target.stem}-nieuw{target.suffix}")


def _macro_enabled(path: Path) -> None:
    """Give the workbook part the .xlsm content type (xlsxwriter sets it only with a VBA project)."""
    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in members:
            if info.filename == "[Content_Types].xml":
                data = data.replace(_XLSX_MAIN, _XLSM_MAIN)
            zout.writestr(info, data)


def _write(path: Path, data: Mapping[str, list[Mapping[str, Any]]], merges, rs: RuleSet, notes: Mapping[str, Iterable[str]]) -> None:
    s = rs.settings
    specs = rs.sheets
    prefill = rs.texts.prefill(s)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"title": f"Actieplan {s.werkjaar}", "subject": s.id, "comments": f"Sjabloon {s.id}"})
    fmt = {
        "title": wb.add_format({"bold": True, "font_size": 14}),
        "intro": wb.add_format({"italic": True, "text_wrap": True, "valign": "top", "font_color": "#404040"}),
        "head": wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "border": 1}),
        "cell": wb.add_format({"text_wrap": True, "valign": "top"}),
        "num": wb.add_format({"num_format": "0.00", "valign": "top"}),
        "bold": wb.add_format({"bold": True, "font_size": 12}),
        "text": wb.add_format({"text_wrap": True, "valign": "top"}),
        "date": wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "align": "left"}),
    }
    _instructions(wb, fmt, rs)
    merge_map: dict[str, list[tuple[str, int, int]]] = {}
    for sheet, header, first, last in merges:
        merge_map.setdefault(sheet, []).append((header, first, last))
    for spec in specs.values():
        ws = wb.add_worksheet(spec.name)
        last_col = len(spec.columns) - 1
        ws.write_string(TITLE_ROW, 0, spec.title, fmt["title"])
        if spec.intro:
            ws.merge_range(INTRO_ROW, 0, INTRO_ROW, last_col, spec.intro, fmt["intro"])
            ws.set_row(INTRO_ROW, 48)
        for j, col in enumerate(spec.columns):
            ws.write_string(HEADER_ROW, j, col.header, fmt["head"])
            ws.set_column(j, j, col.width, fmt["num"] if col.kind == NUMBER else fmt["cell"])
        ws.set_row(HEADER_ROW, _row_height({c.header: c.header for c in spec.columns}, spec.columns))
        ws.freeze_panes(FIRST_DATA_ROW, 0)
        # printed: landscape, all columns on one page wide, the header on every page
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(HEADER_ROW)
        rows = list(data.get(spec.name, prefill.get(spec.name, [])))
        _validations(ws, spec, max(VALIDATED_ROWS, len(rows) + 50))
        skip = set()
        for header, first, last in merge_map.get(spec.name, []):
            j = [c.header for c in spec.columns].index(header)
            value = rows[first].get(header)
            ws.merge_range(FIRST_DATA_ROW + first, j, FIRST_DATA_ROW + last, j, "", fmt["cell"])
            _put(ws, FIRST_DATA_ROW + first, j, value, fmt, spec.columns[j].kind)
            skip.update((FIRST_DATA_ROW + i, j) for i in range(first, last + 1))
        for i, row in enumerate(rows):
            r = FIRST_DATA_ROW + i
            for j, col in enumerate(spec.columns):
                if (r, j) in skip:
                    continue
                _put(ws, r, j, row.get(col.header), fmt, col.kind)
            ws.set_row(r, _row_height(row, spec.columns))
        below = FIRST_DATA_ROW + max(len(rows), _formulas(ws, spec, rows, rs, fmt))
        for i, note in enumerate(notes.get(spec.name, ())):
            put_text(ws, below + i, 0, note, fmt["text"])
    # the lists that columns offer (choices_from): a defined name over the source sheet's column,
    # not a reference to the other sheet, which openpyxl would drop (see style.md)
    for sheet, header in sorted({(c.choices_from, c.header) for spec in specs.values() for c in spec.columns if c.choices_from}):
        source = specs[sheet]
        j = xl_col_to_name([c.header for c in source.columns].index(header))
        wb.define_name(list_name(header), f"='{sheet}'!${j}${FIRST_DATA_ROW + 1}:${j}${FIRST_DATA_ROW + VALIDATED_ROWS}")
    wb.close()


def list_name(header: str) -> str:
    """The defined name of the list of a column's values, e.g. OD_codes."""
    return "".join(ch if ch.isalnum() else "_" for ch in header) + "_codes"


def _row_height(row: Mapping[str, Any], columns) -> float:
    """Wrapped text needs a row height: not every program fits rows on opening (LibreOffice)."""
    lines = 1
    for col in columns:
        text = row.get(col.header)
        if isinstance(text, str) and text:
            per_line = max(1, int(col.width * 1.15))
            lines = max(lines, sum(-(-len(part) // per_line) or 1 for part in text.split("\n")))
    return min(409, 15 * lines)


def _put(ws, r: int, j: int, value: Any, fmt: dict, kind: str) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        ws.write_boolean(r, j, value, fmt["cell"])
    elif isinstance(value, (int, float)):
        ws.write_number(r, j, value, fmt["num"] if kind == NUMBER else fmt["cell"])
    elif hasattr(value, "isoformat"):
        ws.write_datetime(r, j, value, fmt["date"])
    else:
        put_text(ws, r, j, str(value), fmt["cell"])  # never a formula (nor XML), whatever the text


def _formulas(ws, spec, rows: list[Mapping[str, Any]], rs: RuleSet, fmt: dict) -> int:
    """The rule set's computed cells (e.g. a total row), with their value cached for readers without
    Excel; the number of data rows they reach (a total row may lie under the rows)."""
    headers = [c.header for c in spec.columns]

    def cell(index: int, header: str) -> str:
        return xl_rowcol_to_cell(FIRST_DATA_ROW + index, headers.index(header))

    reached = 0
    for index, header, formula, cached in rs.texts.formulas(spec.name, rows):
        ws.write_formula(FIRST_DATA_ROW + index, headers.index(header), formula(cell), fmt["num"], cached)
        reached = max(reached, index + 1)
    return reached


def _validations(ws, spec, nrows: int) -> None:
    first, last = FIRST_DATA_ROW, FIRST_DATA_ROW + nrows - 1
    for j, col in enumerate(spec.columns):
        title = col.header[:32]
        message = col.help[:255]
        base = {"input_title": title, "input_message": message}
        if col.kind == NUMBER:
            opts = {"validate": "decimal", "criteria": ">=", "value": 0, "error_title": "Geen geldig aantal VTE",
                    "error_message": "Geef een aantal VTE van 0 of meer, bv. 0,2.", "error_type": "warning"}
        elif col.kind == TICK:
            opts = {"validate": "list", "source": TICK_VALUES, "error_type": "warning",
                    "error_message": "Kies ☒ (aangevinkt) of ☐ (niet aangevinkt)."}
        elif col.kind == JANEE:
            opts = {"validate": "list", "source": ["Ja", "Nee"], "error_type": "information",
                    "error_message": "Begin met Ja of Nee; een korte toelichting erna mag."}
        elif col.choices_from:
            opts = {"validate": "list", "source": f"={list_name(col.header)}", "error_type": "warning",
                    "error_message": col.choices_message or f"Kies een waarde uit het blad {col.choices_from}."}
        else:
            opts = {"validate": "any"}
        ws.data_validation(first, j, last, j, {**base, **opts})


# The Instructies sheet, printed on A4 portrait: one column as wide as the page's printable width
# (72 characters keep it inside A4 portrait even in the wider fallback font LibreOffice uses
# where Calibri is not installed), each row as high as its
# wrapped lines. Spreadsheet programs do not grow a row for wrapped text written by a library
# (LibreOffice draws the lines over the next row), so the height is written with the row.
INSTRUCTIES_WIDTH = 72
INSTRUCTIES_CHARS_PER_LINE = 76  # measured: about 82 fit in LibreOffice (DejaVu Sans), more in Excel (Calibri)
LINE_POINTS = {"title": 22, "head": 18, "text": 15}


def instruction_lines(text: str, chars: int = INSTRUCTIES_CHARS_PER_LINE) -> int:
    """How many lines ``text`` takes when wrapped at word ends in a column of ``chars`` characters."""
    import textwrap

    return sum(max(1, len(textwrap.wrap(part, chars))) for part in text.split("\n"))


def _instructions(wb, fmt: dict, rs: RuleSet) -> None:
    s = rs.settings
    ws = wb.add_worksheet("Instructies")
    ws.set_column(0, 0, INSTRUCTIES_WIDTH)
    ws.set_portrait()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # never wider than the page, however the printer's margins are set
    values = {
        "jaar": s.werkjaar,
        "mjp": s.meerjarenplan,
        "email": s.departement_email,
        "deadline": s.indiendatum.strftime("%d/%m/%Y"),
    }
    formats = {
        "title": fmt["title"],
        # a section heading: bold, underlined by a rule, at the bottom of its (taller) row
        "head": wb.add_format({"bold": True, "font_size": 12, "valign": "bottom", "bottom": 1, "font_color": "#1F3864"}),
        "text": wb.add_format({"text_wrap": True, "valign": "top"}),
    }
    for i, (text, kind) in enumerate(rs.texts.instructions):
        text = text.format(**values)
        ws.write_string(i, 0, text, formats[kind])
        lines = instruction_lines(text) if kind == "text" else 1
        # a little space above a heading, so the sections read apart
        ws.set_row(i, LINE_POINTS[kind] * lines + (10 if kind == "head" else 3))
