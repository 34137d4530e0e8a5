"""The annotated copy ``NAME.gecontroleerd.xlsx``: the user's own workbook, loaded with openpyxl,
with every finding marked at its cell and a first sheet ``Controle`` that lists them all.

What we add is recorded in a very hidden sheet ``_actieplan`` (per marked cell: the user's own
fill and note before we marked it). Checking an annotated copy again first puts those back and
removes ``Controle`` and ``_actieplan``, so marks never pile up and the user's fills and notes
return where a finding is gone. Our notes are known by author and by a fingerprint kept in
``_actieplan`` (LibreOffice drops note authors when it saves). :func:`clean_workbook` gives the
user's workbook without any of our additions (the attachment of the mail).

What openpyxl's save leaves out is put back into the saved file (:func:`carry_extensions`): the
validations and sparklines Excel keeps in ``<extLst>``, and the formulas' last results. What
cannot be put back (shapes, form controls) is named on the Controle sheet.

Only the cells with a finding are touched: openpyxl's load and save are the cost, not us.
"""

from __future__ import annotations

import hashlib
import json
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, MergedCell
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.fills import Fill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import fromstring, tostring

from actieplan.errors import OutputError
from actieplan.parts import sheet_parts as _sheet_parts
from actieplan.loader import LoadedWorkbook
from actieplan.model import SEVERITY_ORDER, Chart, Finding, Report, Severity
from actieplan.outputs import OutputSet, atomic_path, output_names, run_properties, write_failed

CONTROL_SHEET = "Controle"
STATE_SHEET = "_actieplan"
STATE_MARK = "actieplan-annotaties"
STATE_VERSION = 1
AUTHOR = "actieplan"
MAX_CELL_TEXT = 32_767  # Excel's limit for the text of one cell

# The marks: one fill per severity, strong enough to see, light enough to read the text.
MARK_COLOURS = {Severity.ERROR: "FFFF9999", Severity.WARNING: "FFFFCC80", Severity.INFO: "FF9DC3E6"}
SEVERITY_LABEL = {Severity.ERROR: "FOUT", Severity.WARNING: "WAARSCHUWING", Severity.INFO: "INFO"}
MESSAGE_WIDTH = 90  # the Melding column of the Controle sheet, in characters
MESSAGE_CHARS_PER_LINE = 95  # about that many of a message's characters fit on one line of it
TITLE_WIDTH = 30  # the Rij column (the row's title)
TITLE_CHARS_PER_LINE = 32


def mark_fill(severity: Severity) -> PatternFill:
    colour = MARK_COLOURS[severity]
    return PatternFill(fill_type="solid", fgColor=colour, bgColor=colour)


def annotated_name(source: Path, stem: str) -> str:
    """'plan.xlsx' -> 'plan.gecontroleerd.xlsx'; a macro workbook keeps its .xlsm."""
    return output_names(source, stem)["xlsx"]


def write_annotated(report: Report, out: OutputSet) -> Path:
    """The writer for :data:`actieplan.check.WRITERS`: the annotated copy of ``report.source``."""
    target = out.target("xlsx")
    annotate(report.source, report, target)
    return target


def annotate(source: Path, report: Report, target: Path, loaded: LoadedWorkbook | None = None) -> Path:
    """Write the annotated copy of ``source`` to ``target`` (atomically). ``source`` is only read."""
    wb, lost = _open(source)
    strip_annotations(wb)
    marks = _collect_marks(wb, report, loaded)
    state = _apply_marks(wb, marks)
    _control_sheet(wb, report, lost)
    _state_sheet(wb, state)
    run_properties(wb, report.run)
    save_workbook(wb, source, target, key=report.run.get("output_of"))
    return target


def save_workbook(wb: Workbook, source: Path, target: Path, key: str | None = None) -> None:
    """Save atomically, with the sheet extensions openpyxl cannot keep carried over from ``source``."""
    with atomic_path(target, key) as tmp:
        try:
            wb.save(tmp)
        except OSError as exc:
            raise OutputError(write_failed(target, exc)) from None
        except Exception as exc:  # openpyxl refuses something in the workbook: say so, no traceback
            raise OutputError(
                f"De gecontroleerde kopie '{target.name}' kon niet geschreven worden ({type(exc).__name__}: "
                f"{exc}). De bevindingen staan in het rapport en in het bevindingenbestand."
            ) from None
        carry_extensions(source, tmp)


def open_workbook(source: Path) -> Workbook:
    """The user's workbook as openpyxl sees it, everything it can keep kept."""
    return _open(source)[0]


# What openpyxl warns it drops, in the user's words. Validations in extensions are not listed:
# carry_extensions() puts them back.
_LOSSES = (
    ("Shapes and drawings will be lost", "vormen, tekstvakken en tekeningen"),
    ("image", "afbeeldingen"),
    ("Conditional Formatting extension", "uitgebreide voorwaardelijke opmaak (bv. gegevensbalken, pictogrammen)"),
    ("Data Validation extension", None),
    ("Sparkline", None),
    ("extension is not supported", "Excel-uitbreidingen die dit programma niet kent"),
)


def _open(source: Path) -> tuple[Workbook, list[str]]:
    """The workbook, and what of it the copy cannot keep (in Dutch, for the Controle sheet)."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            wb = openpyxl.load_workbook(
                source,
                keep_vba=source.suffix.lower() == ".xlsm",
                keep_links=True,
                rich_text=True,
            )
    except Exception as exc:  # openpyxl raises many kinds on files calamine could read
        raise OutputError(
            f"De gecontroleerde kopie van '{source.name}' kon niet gemaakt worden: de opmaak van de werkmap "
            f"kan niet gelezen worden ({type(exc).__name__}). De bevindingen staan in het rapport en in het "
            "bevindingenbestand; sla de werkmap opnieuw op in Excel om ook de kopie te krijgen."
        ) from None
    lost: list[str] = []
    for w in caught:
        text = str(w.message)
        for needle, dutch in _LOSSES:
            if needle.lower() in text.lower():
                if dutch and dutch not in lost:
                    lost.append(dutch)
                break
    for dutch in _silent_losses(source):
        if dutch not in lost:
            lost.append(dutch)
    if not _has_creator(source):
        wb.properties.creator = None  # openpyxl would sign an unsigned workbook as its own
    return wb, lost


def _has_creator(source: Path) -> bool:
    try:
        with zipfile.ZipFile(source) as z:
            return b"creator" in z.read("docProps/core.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return True


def _silent_losses(source: Path) -> list[str]:
    """What openpyxl drops without a warning, seen from the parts of the file."""
    out = []
    try:
        with zipfile.ZipFile(source) as z:
            names = z.namelist()
            if any(re.match(r"xl/drawings/drawing\d+\.xml$", n) and re.search(rb"<(\w+:)?(sp|grpSp|cxnSp)[\s>]", z.read(n)) for n in names):
                out.append("vormen, tekstvakken en tekeningen")
            if any(n.startswith(("xl/ctrlProps/", "xl/activeX/")) for n in names):
                out.append("selectievakjes en andere knoppen (formulierbesturingselementen)")
            if any(n.startswith("xl/threadedComments/") for n in names):
                out.append("opmerkingen met antwoorden (ze staan er als gewone notitie in)")
            if any(n.startswith("xl/slicers/") for n in names):
                out.append("slicers")
    except (OSError, zipfile.BadZipFile):
        pass
    return out


def clean_workbook(source: Path, target: Path) -> bool:
    """Write ``source`` without our marks, notes and sheets to ``target``.

    Returns False (and writes nothing) when ``source`` carries no annotations of ours.
    """
    wb = open_workbook(source)
    if not strip_annotations(wb):
        return False
    save_workbook(wb, source, target)
    return True


def is_annotated(source: Path) -> bool:
    """Whether ``source`` is an annotated copy (has our state sheet); reads only the sheet list
    (from the package's workbook part: openpyxl, even read-only, parses every shared string)."""
    import zipfile

    try:
        with zipfile.ZipFile(source) as archive:
            return STATE_SHEET in _sheet_parts(archive)
    except Exception:
        return False


# --------------------------------------------------------------------------- marks


@dataclass
class Mark:
    """Everything we put on one cell: the most severe finding colours it, its note lists them.

    ``findings`` go into the cell's note; ``row_findings`` only colour it (the other cells of a
    row that a whole-row finding marks: the note is on the row's first cell).
    """

    sheet: str
    row: int
    col: int
    findings: list[Finding] = field(default_factory=list)
    row_findings: list[Finding] = field(default_factory=list)

    @property
    def coordinate(self) -> str:
        return f"{get_column_letter(self.col)}{self.row}"

    @property
    def severity(self) -> Severity:
        return min((f.severity for f in self.findings + self.row_findings), key=SEVERITY_ORDER.__getitem__)

    def note(self) -> str:
        lines = []
        for f in sorted(self.findings, key=lambda f: SEVERITY_ORDER[f.severity]):
            where = "" if f.cell else f" (hele rij {f.row})"
            lines.append(f"{SEVERITY_LABEL[f.severity]}{where}: {f.message} [{f.rule}]")
        return "\n\n".join(lines)


def _collect_marks(wb: Workbook, report: Report, loaded: LoadedWorkbook | None) -> dict[tuple[str, int, int], Mark]:
    """The cells to mark: a finding's cell, or for a whole-row finding the row's contract cells."""
    marks: dict[tuple[str, int, int], Mark] = {}
    merged: dict[str, _MergedOrigins] = {}
    for f in report.findings:
        if f.sheet is None or f.sheet not in wb.sheetnames or f.row is None:
            continue  # a whole sheet, a missing sheet: only on the Controle sheet
        ws = wb[f.sheet]
        if f.sheet not in merged:
            merged[f.sheet] = _MergedOrigins(ws)
        if f.cell:
            # (not ws[f.cell]: that creates the cell before _real_cell can give it its column's look)
            at = coordinate_to_tuple(f.cell)
            # a note can only sit on the top-left cell of a merged range
            row, col = merged[f.sheet].get(at, at)
            marks.setdefault((f.sheet, row, col), Mark(f.sheet, row, col)).findings.append(f)
            continue
        for i, (row, col) in enumerate(_row_cells(ws, f, loaded, merged[f.sheet], report.columns)):
            mark = marks.setdefault((f.sheet, row, col), Mark(f.sheet, row, col))
            (mark.findings if i == 0 else mark.row_findings).append(f)
    return marks


def _row_cells(
    ws: Worksheet, f: Finding, loaded: LoadedWorkbook | None, merged: _MergedOrigins, report_columns: dict[str, tuple[int, ...]]
) -> list[tuple[int, int]]:
    """The cells of a whole-row finding: the row's cells in the sheet's contract columns."""
    cols: list[int] = list(report_columns.get(f.sheet, ()))
    if not cols and loaded is not None:
        sheet = next((s for s in loaded.sheets.values() if s.name == f.sheet), None)
        if sheet is not None:
            cols = sorted(sheet.columns.values())
    if not cols:
        cols = list(range(1, max(ws.max_column, 1) + 1))
    out: list[tuple[int, int]] = []
    for col in cols:
        cell = merged.get((f.row, col), (f.row, col))
        if cell not in out:
            out.append(cell)
    return out


class _MergedOrigins:
    """Where a cell's merged range starts (notes and fills go on that cell).

    Small ranges are looked up in a dict; a few large ones (a merged intro block) are scanned,
    so a huge merged area costs no per-cell work.
    """

    SMALL = 1_000

    def __init__(self, ws: Worksheet):
        self.cells: dict[tuple[int, int], tuple[int, int]] = {}
        self.large = []
        for rng in ws.merged_cells.ranges:
            if rng.size["rows"] * rng.size["columns"] > self.SMALL:
                self.large.append(rng)
                continue
            for row in range(rng.min_row, rng.max_row + 1):
                for col in range(rng.min_col, rng.max_col + 1):
                    self.cells[(row, col)] = (rng.min_row, rng.min_col)

    def get(self, key: tuple[int, int], default: tuple[int, int]) -> tuple[int, int]:
        found = self.cells.get(key)
        if found is not None:
            return found
        row, col = key
        for rng in self.large:
            if rng.min_row <= row <= rng.max_row and rng.min_col <= col <= rng.max_col:
                return rng.min_row, rng.min_col
        return default


def _apply_marks(wb: Workbook, marks: dict[tuple[str, int, int], Mark]) -> list[list[Any]]:
    """Colour and annotate every marked cell; returns the state rows that undo it."""
    state = []
    fills = {s: mark_fill(s) for s in Severity}
    for mark in marks.values():
        ws = wb[mark.sheet]
        cell = _real_cell(ws, mark.row, mark.col)
        original_fill = _fill_xml(cell)
        original_note = _note_json(cell.comment)
        cell.fill = fills[mark.severity]
        digest = ""
        if mark.findings:
            note = mark.note()
            if cell.comment is not None:
                # the user's own note stays readable above ours; on a re-check it comes back alone
                note = f"{cell.comment.text}\n\n— actieplan —\n{note}"
            note = _safe(note)
            comment = Comment(note, AUTHOR)
            comment.width = 360
            comment.height = min(80 + 16 * (note.count("\n") + len(note) // 45), 600)
            cell.comment = comment
            digest = _digest(note)
        state.append([mark.sheet, mark.coordinate, original_fill, original_note, MARK_COLOURS[mark.severity], digest])
    return state


def _real_cell(ws: Worksheet, row: int, col: int):
    """The cell, created where it is empty with the style its row or column gives it in Excel."""
    existing = ws._cells.get((row, col))
    if existing is not None:
        return existing
    cell = ws.cell(row=row, column=col)
    inherited = _inherited_style(ws, row, col)
    if inherited is not None:
        cell._style = inherited
    return cell


def _inherited_style(ws: Worksheet, row: int, col: int):
    from copy import copy

    dim = ws.row_dimensions.get(row) if hasattr(ws.row_dimensions, "get") else None
    if dim is not None and getattr(dim, "customFormat", False):
        return copy(dim._style)
    for cd in ws.column_dimensions.values():
        if cd.min is not None and cd.max is not None and cd.min <= col <= cd.max and cd.style_id:
            return copy(cd._style)
    return None


def _fill_xml(cell) -> str:
    return tostring(cell.fill.to_tree()).decode("utf-8")


def _note_json(comment: Comment | None) -> str:
    if comment is None:
        return ""
    return json.dumps(
        {"text": comment.text, "author": comment.author, "width": comment.width, "height": comment.height},
        ensure_ascii=False,
    )


def _digest(text: str) -> str:
    """A fingerprint of one of our notes, which survives a save by another program (LibreOffice
    drops the author; line ends and surrounding spaces may change)."""
    normal = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def _is_ours(comment: Comment | None, digests: set[str]) -> bool:
    return comment is not None and (comment.author == AUTHOR or _digest(comment.text or "") in digests)


def _safe(text: str) -> str:
    """Text as Excel can store it: no control characters, within the cell limit."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 1] + "…"


# --------------------------------------------------------------------------- undoing our marks


def strip_annotations(wb: Workbook) -> bool:
    """Undo a previous annotation in ``wb``: fills and notes back, our sheets gone.

    A fill or note is only put back where it is still ours: what the user changed after the
    check stays as they left it. Returns whether ``wb`` was annotated.
    """
    if STATE_SHEET not in wb.sheetnames:
        return False
    state_ws = wb[STATE_SHEET]
    rows = list(state_ws.iter_rows(values_only=True))
    control = CONTROL_SHEET
    if rows and rows[0] and rows[0][0] == STATE_MARK and len(rows[0]) > 2 and rows[0][2]:
        control = str(rows[0][2])
    ours = {colour: mark_fill(sev) for sev, colour in MARK_COLOURS.items()}
    digests = {str(r[5]) for r in rows[2:] if r and len(r) > 5 and r[5]}
    restored: set[tuple[str, str]] = set()
    for record in rows[2:]:
        if not record or record[0] is None or record[1] is None:
            continue
        sheet, coordinate, fill_xml, note_json, colour = (list(record) + [None] * 6)[:5]
        if sheet not in wb.sheetnames:
            continue
        ws = wb[sheet]
        cell = ws[coordinate]
        if isinstance(cell, MergedCell):
            continue
        restored.add((sheet, cell.coordinate))
        if colour in ours and _is_fill(cell, ours[colour]):
            cell.fill = Fill.from_tree(fromstring(fill_xml)) if fill_xml else PatternFill()
        if _is_ours(cell.comment, digests):
            cell.comment = _note_from_json(note_json)
    _sweep_moved_marks(wb, {s for s, _ in restored}, restored, digests)
    for name in (control, STATE_SHEET):
        if name in wb.sheetnames:
            wb.remove(wb[name])
    run_properties(wb, None)
    first = next((ws for ws in wb.worksheets if ws.sheet_state == "visible"), None)
    if first is not None:
        wb.active = first
        first.sheet_view.tabSelected = True
    return True


def _is_fill(cell, fill: PatternFill) -> bool:
    current = cell.fill
    return (
        current.fill_type == fill.fill_type
        and current.fgColor is not None
        and current.fgColor.rgb == fill.fgColor.rgb
    )


def _note_from_json(text: Any) -> Comment | None:
    if not text:
        return None
    data = json.loads(text)
    comment = Comment(data["text"], data.get("author") or "")
    if data.get("width"):
        comment.width = data["width"]
    if data.get("height"):
        comment.height = data["height"]
    return comment


def _sweep_moved_marks(wb: Workbook, sheets: set[str], restored: set[tuple[str, str]], digests: set[str]) -> None:
    """Marks that moved (the user inserted or deleted rows in the copy): our notes and fills go.

    Their original look is unknown at the new place; no fill is better than a stale mark. Only
    the sheets we marked are looked at, and only the style index is compared (no per-cell style
    objects).
    """
    colours = set(MARK_COLOURS.values())
    ids = {
        i
        for i, f in enumerate(wb._fills)
        if getattr(f, "fill_type", None) == "solid" and f.fgColor is not None and f.fgColor.rgb in colours
    }
    for ws in wb.worksheets:
        if ws.title not in sheets:
            continue
        for cell in list(ws._cells.values()):
            ours_note = _is_ours(cell.comment, digests)
            ours_fill = cell._style.fillId in ids
            if not (ours_note or ours_fill) or (ws.title, cell.coordinate) in restored:
                continue
            if ours_note:
                cell.comment = None
            if ours_fill:
                cell.fill = PatternFill()


# --------------------------------------------------------------------------- our sheets


def _put(ws: Worksheet, row: int, col: int, value: Any, **style: Any):
    """Write a value; text is always text (a message or title starting with '=' is no formula)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = _safe(value)
        cell.data_type = "s"
    else:
        cell.value = value
    for key, val in style.items():
        setattr(cell, key, val)
    return cell


def _control_name(wb: Workbook) -> str:
    name, n = CONTROL_SHEET, 1
    while name in wb.sheetnames:  # the user has a sheet of that name: never touch it
        n += 1
        name = f"{CONTROL_SHEET} {n}"
    return name


def _link(sheet: str, coordinate: str) -> str:
    return f"{quote_sheetname(sheet)}!{coordinate}"


def _control_sheet(wb: Workbook, report: Report, lost: list[str] | None = None) -> Worksheet:
    from actieplan.summary import verdict

    ws = wb.create_sheet(_control_name(wb), 0)
    for other in wb._sheets[1:]:  # one selected tab, else Excel groups the sheets
        if hasattr(other, "sheet_view"):
            other.sheet_view.tabSelected = False
        for view in getattr(getattr(other, "sheetViews", None), "sheetView", []) or []:
            view.tabSelected = False
    wb.active = ws
    if wb.views:
        wb.views[0].firstSheet = 0
    ws.sheet_view.tabSelected = True
    ws.sheet_properties.tabColor = "FFC00000" if not report.ok else "FF70AD47"

    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="FFDDEBF7")
    who = " ".join(str(v) for v in (report.facts.zorgraad, report.facts.werkjaar) if v)
    run = f", controle {report.run['id']}" if report.run.get("id") else ""
    title = f"Controle van het actieplan{' ' + who if who else ''} ({report.workbook}), {date.today():%d/%m/%Y}{run}"
    _put(ws, 1, 1, title, font=Font(bold=True, size=14))
    _put(ws, 2, 1, verdict(report), font=Font(bold=True, size=12, color="FFC00000" if not report.ok else "FF375623"))
    help_text = (
        "Klik op een cel in kolom C om naar die cel te springen. Cellen met een bevinding zijn gekleurd "
        "(rood: fout, oranje: waarschuwing, blauw: info) en hebben een notitie met de uitleg."
    )
    if report.ruleset is not None:
        help_text += (
            f" Gecontroleerd met de regels van {report.ruleset.id}; indienen uiterlijk {report.ruleset.deadline} "
            f"bij {report.ruleset.departement_email}."
        )
    if lost:
        help_text += (
            f" Let op: deze kopie mist {', '.join(lost)} van uw werkmap; uw eigen werkmap is ongewijzigd. "
            "Verbeter daarom in uw eigen werkmap."
        )
    _put(ws, 3, 1, help_text, font=Font(italic=True, color="FFC00000" if lost else "FF404040"))
    headers = ["Ernst", "Blad", "Cel", "Rij", "Regel", "Melding"]
    header_row = 4
    for j, h in enumerate(headers, start=1):
        _put(ws, header_row, j, h, font=bold, fill=head_fill)
    fills = {s: mark_fill(s) for s in Severity}
    r = header_row
    for f in report.findings:
        r += 1
        top = Alignment(vertical="top")
        _put(ws, r, 1, SEVERITY_LABEL[f.severity], fill=fills[f.severity], alignment=top)
        _put(ws, r, 2, f.sheet or "werkmap", alignment=top)
        where, target = _where(wb, f)
        cell = _put(ws, r, 3, where, alignment=top)
        if target:
            cell.hyperlink = Hyperlink(ref=cell.coordinate, location=target, display=where)
            cell.font = Font(color="FF0563C1", underline="single")
        # the row's title (fiche, group, event, action): filter on it to see one fiche's findings
        _put(ws, r, 4, f.row_title, alignment=Alignment(wrap_text=True, vertical="top"))
        _put(ws, r, 5, f.rule, alignment=top)
        _put(ws, r, 6, f.message, alignment=Alignment(wrap_text=True, vertical="top"))
        # spreadsheet programs do not grow a row for wrapped text on their own: give it its height
        lines = sum(1 + len(part) // MESSAGE_CHARS_PER_LINE for part in f.message.split("\n"))
        lines = max(lines, 1 + len(f.row_title or "") // TITLE_CHARS_PER_LINE)
        if lines > 1:
            ws.row_dimensions[r].height = 15 * lines
    if not report.findings:
        r += 1
        _put(ws, r, 1, "Geen bevindingen: de werkmap volgt het sjabloon en alle regels.")
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    if report.findings:
        ws.auto_filter.ref = f"A{header_row}:F{r}"
    for letter, width in zip("ABCDEF", (15, 20, 10, TITLE_WIDTH, 26, MESSAGE_WIDTH)):
        ws.column_dimensions[letter].width = width
    ws.column_dimensions["G"].width = 3
    # printed: landscape, as wide as one page, the header row repeated on every page
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = f"{header_row}:{header_row}"

    next_row = _counts_table(ws, report, header_row, first_col=8)
    chart = report.facts.chart()
    if chart is not None:
        _chart(ws, chart, next_row + 2, first_col=8)
    # below the chart (anchored 7 rows down, 7.5 cm high): the rule set's panels that have rows
    # for a sheet (e.g. the comparison with last year)
    row = next_row + 2 + (CHART_ROWS if chart is not None else 0)
    for panel in report.panels:
        row = _panel_rows(ws, panel.rows, row, first_col=8)
    return ws


CHART_ROWS = 24  # the capacity table and chart on the Controle sheet take this many rows


def _panel_rows(ws: Worksheet, rows, row: int, first_col: int) -> int:
    """A panel's rows for a sheet: (kind, cells), kind 'title', 'head', 'item' or 'row'; the next free row."""
    for kind, cells in rows:
        for j, value in enumerate(cells):
            if value is None or value == "":
                continue
            style: dict[str, Any] = {}
            if kind == "title":
                style["font"] = Font(bold=True, size=12)
            elif kind == "head":
                style["font"] = Font(bold=True)
            if isinstance(value, float):
                style["number_format"] = "0.00"
            _put(ws, row, first_col + j, value, **style)
        row += 1
    return row + 1 if rows else row


def _where(wb: Workbook, f: Finding) -> tuple[str, str | None]:
    """What the Cel column shows and where its link jumps."""
    if f.sheet is None or f.sheet not in wb.sheetnames:
        return ("blad ontbreekt" if f.sheet else "werkmap"), None
    if f.cell:
        return f.cell, _link(f.sheet, f.cell)
    if f.row:
        return f"rij {f.row}", _link(f.sheet, f"A{f.row}")
    return "hele blad", _link(f.sheet, "A1")


def _counts_table(ws: Worksheet, report: Report, row: int, first_col: int) -> int:
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="FFDDEBF7")
    for j, h in enumerate(["Blad", "Fouten", "Waarschuwingen", "Info"]):
        _put(ws, row, first_col + j, h, font=bold, fill=head_fill)
    per_sheet = report.counts_per_sheet()
    for name, counts in per_sheet.items():
        row += 1
        _put(ws, row, first_col, name)
        for j, sev in enumerate(("error", "warning", "info"), start=1):
            _put(ws, row, first_col + j, counts[sev])
    row += 1
    _put(ws, row, first_col, "Totaal", font=bold)
    for j, sev in enumerate(("error", "warning", "info"), start=1):
        _put(ws, row, first_col + j, report.counts[sev], font=bold)
    for j, width in enumerate((20, 9, 16, 7)):
        ws.column_dimensions[get_column_letter(first_col + j)].width = width
    return row


def _chart(ws: Worksheet, spec: Chart, row: int, first_col: int) -> None:
    """The rule set's chart (e.g. capacity A against B..F stacked): the data as a small table, the chart below it."""
    _put(ws, row, first_col, spec.title, font=Font(bold=True))
    head = row + 1
    _put(ws, head, first_col, "")
    for j, (name, _) in enumerate(spec.series, start=1):
        _put(ws, head, first_col + j, name, font=Font(bold=True), alignment=Alignment(horizontal="right"))
    for i, category in enumerate(spec.categories, start=1):
        _put(ws, head + i, first_col, category)
    for j, (_, values) in enumerate(spec.series, start=1):
        for i, value in enumerate(values, start=1):
            if value is not None:
                _put(ws, head + i, first_col + j, float(value), number_format="0.00")

    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = spec.title
    chart.x_axis.title = None
    chart.y_axis.title = spec.axis or None
    chart.y_axis.majorGridlines = None
    # openpyxl >= 3.1 hides axes unless told otherwise
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    data = Reference(ws, min_col=first_col + 1, max_col=first_col + len(spec.series), min_row=head, max_row=head + len(spec.categories))
    cats = Reference(ws, min_col=first_col, min_row=head + 1, max_row=head + len(spec.categories))
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    chart.height, chart.width = 7.5, 16
    ws.add_chart(chart, ws.cell(row=head + 4, column=first_col).coordinate)


def _state_sheet(wb: Workbook, state: list[list[Any]]) -> None:
    ws = wb.create_sheet(STATE_SHEET)
    ws.sheet_state = "veryHidden"
    _put(ws, 1, 1, STATE_MARK)
    _put(ws, 1, 2, STATE_VERSION)
    _put(ws, 1, 3, wb.worksheets[0].title)
    for j, h in enumerate(["blad", "cel", "eigen opvulling", "eigen notitie", "onze kleur", "onze notitie"], start=1):
        _put(ws, 2, j, h)
    for i, record in enumerate(state, start=3):
        for j, value in enumerate(record, start=1):
            _put(ws, i, j, value)


# --------------------------------------------------------------------------- extensions openpyxl drops

# Excel keeps some sheet features in <extLst> at the end of the sheet XML, which openpyxl drops on
# load ("extension is not supported and will be removed"): data validations whose list points at
# another sheet, and sparklines. Both are self-contained (no relationship ids), so their XML is
# copied verbatim from the input's sheet into the copy's sheet of the same name.
CARRIED_EXTENSIONS = (
    "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}",  # x14:dataValidations
    "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}",  # x14:sparklineGroups
)
_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def carry_extensions(source: Path, target: Path) -> int:
    """Give ``target`` (rewritten in place) back what openpyxl's save left out of ``source``.

    * the carried sheet extensions (validations and sparklines in ``<extLst>``);
    * the cached results of formulas: openpyxl writes a formula without its last computed value,
      so a copy re-read by calamine would see an empty cell where the user's Excel showed a total.
      Our marks change no value, so the input's cached results are still right in the copy.

    Sheets are matched by name. Returns how many sheets were patched.
    """

    try:
        with zipfile.ZipFile(source) as zin:
            found: dict[str, tuple[str | None, dict[bytes, tuple[bytes | None, bytes]]]] = {}
            for name, part in _sheet_parts(zin).items():
                data = zin.read(part)
                block = None
                if any(uri.encode() in data for uri in CARRIED_EXTENSIONS):
                    block = _extension_block(data.decode("utf-8"))
                cached = _cached_results(data)
                if block or cached:
                    found[name] = (block, cached)
    except (OSError, KeyError, zipfile.BadZipFile, ValueError):
        return 0
    if not found:
        return 0
    with zipfile.ZipFile(target) as zout:
        out_parts = _sheet_parts(zout)
        items = [(info, zout.read(info.filename)) for info in zout.infolist()]
    by_part = {part: found[name] for name, part in out_parts.items() if name in found}
    done = 0
    rebuilt = target.with_name(target.name + ".ext")
    try:
        with zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as zw:
            for info, data in items:
                if info.filename in by_part:
                    block, cached = by_part[info.filename]
                    patched = _with_cached_results(data, cached) if cached else data
                    if block and b"<extLst" not in patched:  # never a second <extLst>
                        patched = re.sub(rb"</(\w+:)?worksheet>\s*$", lambda m: block.encode("utf-8") + m.group(0), patched, count=1)
                    if patched is not data:
                        done += 1
                    data = patched
                zw.writestr(info, data)
        rebuilt.replace(target)
    finally:
        rebuilt.unlink(missing_ok=True)
    return done


def _cached_results(xml: bytes) -> dict[bytes, tuple[bytes | None, bytes]]:
    """Cell reference -> (type attribute, raw <v> text) of every formula cell with a cached result."""
    root = re.search(rb"<(\w+:)?worksheet\b", xml)
    p = (root.group(1) or b"") if root else b""
    cell_open, cell_close = b"<" + p + b"c ", b"</" + p + b"c>"
    value = re.compile(b"<" + re.escape(p) + rb"v>(.*?)</" + re.escape(p) + rb"v>", re.DOTALL)
    out: dict[bytes, tuple[bytes | None, bytes]] = {}
    for m in re.finditer(b"<" + re.escape(p) + rb"f[\s>/]", xml):
        start = xml.rfind(cell_open, 0, m.start())
        end = xml.find(cell_close, m.start())
        if start < 0 or end < 0 or xml.find(cell_close, start, m.start()) >= 0:
            continue  # not inside a cell
        cell = xml[start:end]
        head = cell[: cell.find(b">") + 1]
        ref = re.search(rb'\sr="([A-Z]+[0-9]+)"', head)
        v = value.search(cell)
        if ref and v:
            t = re.search(rb'\st="(\w+)"', head)
            out[ref.group(1)] = (t.group(1) if t else None, v.group(1))
    return out


def _with_cached_results(xml: bytes, cached: dict[bytes, tuple[bytes | None, bytes]]) -> bytes:
    """openpyxl's ``<c r="C10" s="3"><f>SUM(C5:C9)</f><v /></c>`` with the input's result in <v>."""

    def fill(m):
        ref, attrs, formula = m.group(1), m.group(2), m.group(3)
        if ref not in cached or b' t="' in attrs:
            return m.group(0)
        kind, v = cached[ref]
        t = b"" if kind in (None, b"n") else b' t="' + kind + b'"'
        return b'<c r="' + ref + b'"' + attrs + t + b">" + formula + b"<v>" + v + b"</v>"

    return re.sub(rb'<c r="([A-Z]+[0-9]+)"([^>]*)>(<f\b[^>]*>.*?</f>|<f\b[^>]*/>)(?:<v\s*/>|<v></v>)', fill, xml, flags=re.DOTALL)


def _extension_block(xml: str) -> str | None:
    """The carried <ext> elements of a sheet as one <extLst>, with every prefix they use declared."""

    exts = []
    for uri in CARRIED_EXTENSIONS:
        m = re.search(r"<ext\b[^>]*uri=\"" + re.escape(uri) + r"\"[^>]*>.*?</ext>", xml, re.DOTALL)
        if m:
            exts.append(m.group(0))
    if not exts:
        return None
    body = "".join(exts)
    root = re.search(r"<(\w+:)?worksheet\b[^>]*>", xml)
    declared_root = dict(re.findall(r'xmlns:(\w+)="([^"]*)"', root.group(0))) if root else {}
    declared_here = set(re.findall(r"xmlns:(\w+)=", body))
    used = set(re.findall(r"</?(\w+):", body)) | set(re.findall(r"\s(\w+):\w+=", body))
    used -= {"xmlns", "xml"}
    missing = sorted(p for p in used - declared_here if p in declared_root)
    if used - declared_here - set(missing):
        return None  # a prefix we cannot declare: better no extension than a broken sheet
    attrs = "".join(f' xmlns:{p}="{declared_root[p]}"' for p in missing)
    return f"<extLst{attrs}>{body}</extLst>"
