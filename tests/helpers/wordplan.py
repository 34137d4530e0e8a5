"""Write a plan (the dict data ``workbooks.write_plan`` takes) as a document in the department's Word
template layout, the ways zorgraden really write it: test data for the .docx reader.

    write_word_plan(tmp_path / "plan.docx", rows)                         # plain ☒/☐ characters
    write_word_plan(path, rows, checkboxes="controls", lists=True, merged_labels=True,
                    title_in_table=True, header_footer=True, page_breaks=True)

Made with python-docx and oxml elements; independent of the product's own writer (``actieplan
word``). :func:`same_plan` gives the rows as a workbook holds the same plan (the objectives' codes
as the headings give them, ticks as ☒/☐, one line per paragraph), for comparing findings.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from workbooks import RULESET

from actieplan.normalize import dutch_number, parse_number, parse_tick
from actieplan.plugin.sheetspec import NUMBER

LAYOUT = RULESET.word
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
BULLET = LAYOUT.fiches.bullet
# the template's instruction above each table (condensed: the reader does not need it, a user's
# document has it)
INTRO = "Geef in onderstaande tabel een overzicht. Bij twijfel om iets op te nemen in de tabel, neem het dan op."


def code(value: Any) -> str | None:
    """'SD 3' -> '3', 'OD 3.1.' -> '3.1': the code as an objective's heading gives it."""
    if value is None:
        return None
    m = re.search(r"\d+(?:\.\d+)?", str(value))
    return m.group(0) if m else str(value)


def _lines(value: Any) -> list[str]:
    if value is None:
        return []
    return [line.strip() for line in str(value).split("\n") if line.strip()]


def _tick(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    tick = parse_tick(value)
    return None if tick is None else ("☒" if tick else "☐")


def same_plan(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """``rows`` as the document writes them: what a workbook of the same plan holds."""
    rows = copy.deepcopy(rows)
    fl = LAYOUT.fiches
    rows["Algemeen"] = [r for r in rows.get("Algemeen", []) if LAYOUT.algemeen.field_of(f"{r['Veld']}:") is not None]
    for r in rows["Algemeen"]:
        if r["Waarde"] is not None:
            r["Waarde"] = str(r["Waarde"])
    for r in rows.get("Doelstellingen", []):
        r["SD"], r["OD"] = code(r["SD"]), code(r["OD"])
    ticks = [p.tick for b in fl.boxes for p in b.parts if p.tick]
    for r in rows.get("Actiefiches", []):
        r[fl.sd_column], r[fl.od_column] = code(r.get(fl.sd_column)), code(r.get(fl.od_column))
        for column, value in list(r.items()):
            if column in ticks:
                r[column] = _tick(value)
            elif isinstance(value, str):
                r[column] = "\n".join(_lines(value)) or None
    for sheet in ("Capaciteit", "Stuurgroepen", "Netwerkevents", "Doorlopende acties"):
        for r in rows.get(sheet, []):
            for column, value in list(r.items()):
                if isinstance(value, str):
                    r[column] = "\n".join(_lines(value)) or None
    for spec in RULESET.sheets.values():  # a number column's text that reads as a number: the number
        numbers = {c.header for c in spec.columns if c.kind == NUMBER}
        for r in rows.get(spec.name, []):
            for column in numbers & set(r):
                if isinstance(r[column], str) and parse_number(r[column]) is not None:
                    r[column] = parse_number(r[column])
    return rows


class _Writer:
    def __init__(self, checkboxes: str, lists: bool, merged_labels: bool, title_in_table: bool, page_breaks: bool):
        self.doc = docx.Document()
        self.checkboxes, self.lists, self.merged = checkboxes, lists, merged_labels
        self.title_in_table, self.page_breaks = title_in_table, page_breaks

    # -- paragraphs -------------------------------------------------------------------------------

    def para(self, container, text: str, style: str | None = None, bold: bool = False):
        p = container.add_paragraph(style=style)
        self.text(p, text, bold)
        return p

    def text(self, p, text: str, bold: bool = False) -> None:
        """Text with its ☒/☐ characters as the checkbox style asks, and a bullet line as a list paragraph."""
        if self.lists and text.startswith(BULLET):
            text = text[len(BULLET):]
            p.style = self.doc.styles["List Bullet"]
        for piece in re.split(r"([☒☐])", text):
            if piece in ("☒", "☐"):
                if self.checkboxes == "controls":
                    p._p.append(checkbox_control(piece == "☒"))
                else:
                    p.add_run(piece)
            elif piece:
                run = p.add_run(piece)
                run.bold = bold

    def lines(self, cell, values: list[str]) -> None:
        for line in values:
            self.para(cell, line)

    def page_break(self, container=None) -> None:
        if self.page_breaks:
            (container or self.doc).add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- the template's parts ---------------------------------------------------------------------

    def table(self, sheet: str, rows: list[dict[str, Any]], merges=()) -> None:
        lay = LAYOUT.table(sheet)
        self.doc.add_heading(lay.heading, level=1)
        self.para(self.doc, INTRO)
        titled = lay.titled
        untitled = bool(lay.untitled)
        width = len(titled) + (1 if untitled else 0)
        halves = [rows] if not self.page_breaks or len(rows) < 2 else [rows[: len(rows) // 2], rows[len(rows) // 2 :]]
        columns = ([None] if untitled else []) + [c.column for c in titled]
        written: list = []  # (table, its row index) of each data row, for the merges
        for h, part in enumerate(halves):
            table = self.doc.add_table(rows=0, cols=width)
            table.style = "Table Grid"
            if h == 0:
                cells = table.add_row().cells
                titles = ([""] if untitled else []) + [c.titles[0] for c in titled]
                for cell, title in zip(cells, titles):
                    cell.paragraphs[0].add_run(title).bold = True
            for row in part:
                written.append((table, len(table.rows)))
                cells = table.add_row().cells
                values = []
                if untitled:
                    first = " ".join(str(row.get(c.column) or "") for c in lay.untitled).strip()
                    values.append(first)
                for c in titled:
                    value = row.get(c.column)
                    values.append(dutch_number(value) if isinstance(value, float) else ("" if value is None else str(value)))
                for cell, value in zip(cells, values):
                    lines = _lines(value)
                    if lines:
                        cell.paragraphs[0].text = ""
                        self.text(cell.paragraphs[0], lines[0])
                        self.lines(cell, lines[1:])
            if h == 0 and len(halves) > 1:
                self.page_break()
        for column, first, last in merges:  # a cell over several rows (one text shared by them)
            (t0, r0), (t1, r1) = written[first], written[last]
            if t0 is t1:
                j = columns.index(column)
                t0.cell(r0, j).merge(t1.cell(r1, j))

    def fiches(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        fl = LAYOUT.fiches
        self.doc.add_heading(fl.heading, level=1)
        fiches = rows.get(fl.sheet, [])
        done: set[int] = set()
        last_sd = None
        for objective in rows.get(fl.objectives.sheet, []):
            sd, od = code(objective[fl.objectives.sd]), code(objective[fl.objectives.od])
            if sd != last_sd:
                self.doc.add_heading(fl.sd_write.format(code=sd, tekst=objective[fl.objectives.sd_text]), level=2)
                last_sd = sd
            self.doc.add_heading(fl.od_write.format(code=od, tekst=objective[fl.objectives.od_text]), level=3)
            for i, fiche in enumerate(fiches):
                if i not in done and code(fiche.get(fl.od_column)) == od:
                    done.add(i)
                    self.fiche(fiche)
        for i, fiche in enumerate(fiches):  # fiches whose OD has no heading: under the last one
            if i not in done:
                self.fiche(fiche)

    def fiche(self, fiche: dict[str, Any]) -> None:
        fl = LAYOUT.fiches
        title = fiche.get(fl.title_column)
        if not self.title_in_table and title:
            self.para(self.doc, str(title), bold=True)
        table = self.doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        if self.title_in_table and title:
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[1])
            merged.paragraphs[0].add_run(str(title)).bold = True
        for box in fl.boxes:
            chunks = self.box_chunks(box, fiche)
            rows = [table.add_row() for _ in chunks]
            rows[0].cells[0].paragraphs[0].add_run(box.label).bold = True
            if len(rows) > 1:
                rows[0].cells[0].merge(rows[-1].cells[0])
            for row, chunk in zip(rows, chunks):
                cell = row.cells[1]
                cell.paragraphs[0].text = ""
                self.text(cell.paragraphs[0], chunk[0])
                self.lines(cell, chunk[1:])
        self.page_break()

    def box_chunks(self, box, fiche: dict[str, Any]) -> list[list[str]]:
        """The right cell's lines, in one chunk, or (merged labels) one chunk per part."""
        chunks: list[list[str]] = [list(box.instructions)]
        if box.column and all(p.column != box.column for p in box.parts):
            chunks[0] += _lines(fiche.get(box.column))
        for n, part in enumerate(box.parts, start=1):
            head = part.headings[0]
            value = fiche.get(part.column)
            if part.line:
                number = parse_number(value)
                shown = "" if value is None else (f"{dutch_number(number)} VTE" if isinstance(value, float) else str(value))
                lines = [f"{head}: {shown}".rstrip()]
            else:
                prefix = ""
                if part.tick:
                    tick = _tick(fiche.get(part.tick))
                    prefix = f"{tick} " if tick else ""
                elif len(box.parts) > 1 and box.label == LAYOUT.fiches.boxes[0].label:
                    prefix = f"{n}. "
                lines = [f"{prefix}{head}", *_lines(value)]
            if self.merged:
                chunks.append(lines)
            else:
                chunks[0] += lines
        return [c if c else [""] for c in chunks]


def checkbox_control(ticked: bool):
    """A Word content control checkbox (w14:checkbox in a w:sdt), as Word 2010 and later write it."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    box = OxmlElement("w14:checkbox")
    checked = OxmlElement("w14:checked")
    checked.set(f"{{{W14}}}val", "1" if ticked else "0")
    box.append(checked)
    for name, glyph in (("w14:checkedState", "2612"), ("w14:uncheckedState", "2610")):
        state = OxmlElement(name)
        state.set(f"{{{W14}}}val", glyph)
        state.set(f"{{{W14}}}font", "MS Gothic")
        box.append(state)
    pr.append(box)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "☒" if ticked else "☐"
    run.append(t)
    content.append(run)
    sdt.append(content)
    return sdt


def write_word_plan(
    path: Path,
    rows: dict[str, list[dict[str, Any]]] | None = None,
    *,
    checkboxes: str = "chars",
    lists: bool = False,
    merged_labels: bool = False,
    title_in_table: bool = False,
    header_footer: bool = False,
    page_breaks: bool = False,
    algemeen: bool = True,
    merges: list[tuple[str, str, int, int]] = (),
) -> Path:
    """Write ``rows`` (default: the valid plan) in the Word template's layout; see the module's doc.

    ``header_footer``: the zorgraad in the page header ("Actieplan NAAM") and a page footer, not in a
    line ``Zorgraad:``; ``algemeen=False``: no Algemeen lines at all; ``merges``: (sheet, column, first
    index, last index) cells over several rows, as ``write_template`` takes them."""
    from workbooks import valid_plan

    rows = copy.deepcopy(valid_plan() if rows is None else rows)
    w = _Writer(checkboxes, lists, merged_labels, title_in_table, page_breaks)
    doc = w.doc
    fields = {r["Veld"]: r["Waarde"] for r in rows.get("Algemeen", [])}
    zorgraad_field = LAYOUT.algemeen.zorgraad_field
    if header_footer:
        section = doc.sections[0]
        section.header.paragraphs[0].text = f"Actieplan {fields.get(zorgraad_field, '')}"
        section.footer.paragraphs[0].text = "Pagina 1 van 30"
    doc.add_heading(LAYOUT.algemeen.headings[0], level=1)
    doc.add_paragraph("Het Departement Zorg levert een verplicht te gebruiken sjabloon voor het actieplan.")
    if algemeen:
        for entry in LAYOUT.algemeen.fields:
            if entry.field in fields and not (header_footer and entry.field == zorgraad_field):
                value = fields[entry.field]
                doc.add_paragraph(f"{entry.label} {'' if value is None else value}".rstrip())
    w.page_break()
    for table in LAYOUT.tables:
        w.table(table.sheet, rows.get(table.sheet, []), [m[1:] for m in merges if m[0] == table.sheet])
        w.page_break()
    w.fiches(rows)
    doc.save(str(path))
    return Path(path)


def finding_keys(report, document: bool) -> set[tuple]:
    """A report's findings as (rule, severity, sheet, column, row title, message) with the place in
    the message (a cell such as 'C7', or the document's place) written as '<plaats>'."""
    keys = set()
    for f in report.findings:
        message = f.message
        if document and f.location is not None:
            message = message.replace(f.location.dutch, "<plaats>")
        elif not document and f.cell:
            message = re.sub(rf"\b{f.cell}\b", "<plaats>", message)
        # a rule that names another row by its number ('staat al op rij 4') counts rows its own way
        message = re.sub(r"\brij \d+", "rij <n>", message)
        keys.add((f.rule, f.severity.value, f.sheet, f.column, f.row_title, message))
    return keys


VARIANTS = {
    "tekens": {},
    "inhoudsbesturingselementen": {"checkboxes": "controls"},
    "lijstnummering": {"lists": True},
    "samengevoegde-labels": {"merged_labels": True},
    "titel-in-tabel": {"title_in_table": True},
    "kop-en-voettekst": {"header_footer": True},
    "pagina-einden": {"page_breaks": True},
    "alles": {"checkboxes": "controls", "lists": True, "merged_labels": True, "title_in_table": True,
              "header_footer": True, "page_breaks": True},
}


def resave_with_writer(path: Path, outdir: Path, profile: Path):
    """Open ``path`` in LibreOffice Writer headless and save it again as .docx into ``outdir``."""
    import subprocess

    return subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir), str(path)],
        capture_output=True, text=True, timeout=240,
    )
