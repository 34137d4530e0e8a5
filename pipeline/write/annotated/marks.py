"""The marks: every finding's cell coloured by its most severe finding, and a note of ours listing
the findings on it; each change recorded in the journal so that it can be undone."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from actieplan.model import SEVERITY_ORDER, Finding, Report, Severity
from actieplan.ooxml.cellref import coordinate, split_ref
from actieplan.ooxml.package import Package
from actieplan.ooxml.sheet import MergedOrigins, SheetEditor
from actieplan.ooxml.sheetstream import edit_sheet
from actieplan.ooxml.styles import Styles, solid_fill
from actieplan.ooxml.workbook import Book
from actieplan.read.loader import LoadedWorkbook
from actieplan.write.annotated.journal import CellRecord, FillRecord, Journal, SheetRecord
from actieplan.write.annotated.notes import Notes
from actieplan.write.annotated.texts import MARK_COLOURS, SEVERITY_LABEL, safe


@dataclass(slots=True)
class Mark:
    """Everything we put on one cell: the most severe finding colours it, its note lists them.

    ``findings`` go into the cell's note; ``row_findings`` only colour it (the other cells of a
    row that a whole-row finding marks: the note is on the row's first cell).
    """

    sheet: str
    row: int
    col: int
    findings: list[Finding] = field(default_factory=list)
    row_findings: list[Finding] | None = None  # (made with the first: most cells have none)

    @property
    def coordinate(self) -> str:
        return coordinate(self.row, self.col)

    @property
    def severity(self) -> Severity:
        return min((f.severity for f in self.findings + (self.row_findings or [])), key=SEVERITY_ORDER.__getitem__)

    def note(self) -> str:
        lines = []
        for f in sorted(self.findings, key=lambda f: SEVERITY_ORDER[f.severity]):
            where = "" if f.cell else f" (hele rij {f.row})"
            lines.append(f"{SEVERITY_LABEL[f.severity]}{where}: {f.message} [{f.rule}]")
        return "\n\n".join(lines)


def collect_marks(
    sheets: dict[str, SheetEditor], findings: list[Finding], loaded: LoadedWorkbook | None, columns: dict[str, tuple[int, ...]] | None = None
) -> dict[tuple[str, int, int], Mark]:
    """The cells to mark: a finding's cell, or for a whole-row finding the row's contract cells."""
    marks: dict[tuple[str, int, int], Mark] = {}
    merged: dict[str, MergedOrigins] = {}
    columns = columns or {}
    for f in findings:
        if f.sheet is None or f.sheet not in sheets or f.row is None:
            continue  # a whole sheet, a missing sheet: only on the Controle sheet
        sheet = sheets[f.sheet]
        if f.sheet not in merged:
            merged[f.sheet] = MergedOrigins(sheet.merged())
        if f.cell:
            row, col = merged[f.sheet].get(split_ref(f.cell))  # a note sits on a merged range's first cell
            _mark(marks, f.sheet, row, col).findings.append(f)
            continue
        for i, (row, col) in enumerate(_row_cells(sheet, f, loaded, merged[f.sheet], columns)):
            mark = _mark(marks, f.sheet, row, col)
            if i == 0:
                mark.findings.append(f)
            elif mark.row_findings is None:
                mark.row_findings = [f]
            else:
                mark.row_findings.append(f)
    return marks


def _mark(marks: dict[tuple[str, int, int], Mark], sheet: str, row: int, col: int) -> Mark:
    mark = marks.get((sheet, row, col))
    if mark is None:
        mark = marks[(sheet, row, col)] = Mark(sheet, row, col)
    return mark


def _row_cells(
    sheet: SheetEditor, f: Finding, loaded: LoadedWorkbook | None, merged: MergedOrigins, columns: dict[str, tuple[int, ...]]
) -> list[tuple[int, int]]:
    """The cells of a whole-row finding: the row's cells in the sheet's contract columns."""
    cols: list[int] = sorted(columns.get(f.sheet, ()))
    if not cols and loaded is not None:
        spec = next((s for s in loaded.sheets.values() if s.name == f.sheet), None)
        if spec is not None:
            cols = sorted(spec.columns.values())
    if not cols:
        cols = sheet.row_columns(f.row) or [1]
    out: list[tuple[int, int]] = []
    for col in cols:
        cell = merged.get((f.row, col))
        if cell not in out:
            out.append(cell)
    return out



def apply_marks(pkg: Package, book: Book, report: Report, loaded: LoadedWorkbook | None, journal: Journal, stream: bool = True) -> None:
    """Mark every finding's cell (``stream``: big sheets edited as streams); ``journal`` records each change."""
    names = {n: p for n, p, _ in book.sheets() if p and pkg.exists(p)}
    wanted = {f.sheet for f in report.findings if f.sheet in names and f.row is not None}
    if not wanted:
        return
    sheets = {n: edit_sheet(pkg, n, names[n], stream=stream) for n in wanted}
    styles = Styles(pkg, book.styles_part())
    fills = {sev: solid_fill(colour) for sev, colour in MARK_COLOURS.items()}
    notes: dict[str, Notes] = {}
    record_of: dict[str, SheetRecord] = {}
    dimensions: dict[str, str | None] = {}
    marked_style: dict[tuple[str, Severity], str] = {}
    own_fills: dict[str, Any] = {}
    # sheet by sheet, one sheet's tree in memory at a time (a big sheet's tree is large)
    marks: dict[tuple[str, int, int], Mark] = {}
    for name in sorted(wanted, key=list(names).index):
        found = [f for f in report.findings if f.sheet == name]
        sheets[name].expect(f.row for f in found if f.row is not None and not f.cell)
        found_marks = collect_marks({name: sheets[name]}, found, loaded, report.columns)
        sheets[name].expect(row for _, row, _ in found_marks)  # read together, in one pass over a streamed sheet
        marks.update(sorted(found_marks.items(), key=lambda kv: kv[0]))
    done: str | None = None
    for (name, row, col), mark in marks.items():
        if done is not None and name != done:
            pkg.flatten(sheets[done].part)
        done = name
        sheet = sheets[name]
        if name not in notes:
            notes[name] = Notes(sheet, book)
            record = record_of[name] = SheetRecord(name, notes[name].root is None, notes[name].vml_part is None)
            journal.records.append(record)
        dim = sheet.dimension
        spans = sheet.row_spans(row)
        cell, created, row_created = sheet.make_cell(row, col)
        if dim is not None and dimensions.setdefault(name, dim.get("ref")) != dim.get("ref"):
            record_of[name].own_dimension = dimensions[name]
            record_of[name].our_dimension = dim.get("ref")
        original = cell.get("s")
        severity = mark.severity  # (worked out from its findings: once)
        key = (original or "0", severity)
        if key not in marked_style:  # each format once: a copy of it with our fill
            marked_style[key] = str(styles.with_fill(int(original or 0), fills[severity]))
            if (original or "0") not in own_fills:
                fill = styles.fill_of(int(original or 0))
                own_fills[original or "0"] = fill
                if fill is not None:  # the format's own fill, to put back where another program renumbered
                    journal.records.append(FillRecord(original or "0", etree.tostring(fill, encoding="unicode")))
        new = marked_style[key]
        cell.set("s", new)
        sheet.changed()
        ref = mark.coordinate
        record = CellRecord(name, ref, MARK_COLOURS[severity], new, original, created, row_created)
        journal.records.append(record)
        if not row_created and spans is not None and sheet.row_spans(row) != spans:
            record.own_spans = spans
        if mark.findings and ref not in notes[name].threaded:
            text = safe(mark.note())
            record.own_note, record.appended = notes[name].add(ref, text)
            record.note = text
    if done is not None:
        pkg.flatten(sheets[done].part)

