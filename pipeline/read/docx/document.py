"""A plan written in the department's Word template, read into the same LoadedWorkbook as a workbook.

The stages: :func:`~actieplan.read.sniff.sniff` (a .docx), :func:`~actieplan.read.guard.inspect_package`
(the package limits and XML checks, before any parser), python-docx (the package and its XML), the
walk (:mod:`actieplan.read.docx.walk`: blocks in reading order), then the template's parts found by
the year's layout (:class:`~actieplan.plugin.wordspec.WordLayout`): the Algemeen lines, the four
tables by their headings or column titles, the objectives' headings and the fiches.

Each sheet is built as rows (a header row 1 with the contract's headers, data rows from 2) and read
by the workbook loader's own sheet reader, so values are normalised exactly as in a workbook and the
rules run unchanged. ``LoadedWorkbook.locations`` says where each (sheet, row, column) stands in the
document. Text that cannot be placed (a row under a fiche with a label the template does not have,
text where the template asks nothing) is kept as a row under the table (``LoadedSheet.below``), which
a rule reports with its place, as for a note under a table in a workbook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from actieplan.errors import UnreadableWorkbook, ZorgraadMissing
from actieplan.model import DocLocation, Hit
from actieplan.plugin.ruleset import Seen
from actieplan.normalize import parse_number
from actieplan.plugin.sheetspec import NUMBER, SheetSpec
from actieplan.plugin.wordspec import TableLayout, WordLayout, norm, one_of, unlisted
from actieplan.read.docx.fiches import FicheReader, is_fiche, read_fiche, title_row
from actieplan.read.docx.walk import Cell, Para, Table, Walker, list_styles
from actieplan.read.guard import inspect_package
from actieplan.read.loader import LoadedWorkbook, _read_sheet, _set_apart_rows_below, index_fields
from actieplan.read.sniff import sniff

KIND = "docx"
_LABEL_LINE = re.compile(r"^(?P<label>[^:]{1,60}:)\s*(?P<value>.*)$")


@dataclass
class _Rows:
    """A sheet being built: its header, rows and where each value stands."""

    table: DocLocation | None = None
    header: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    places: list[dict[str | None, DocLocation]] = field(default_factory=list)
    stray: list[tuple[str, DocLocation]] = field(default_factory=list)
    # a table's columns by grid column (contract header or title as written, title as written), and
    # whether its one untitled cell holds the code and its description: for a table continued below
    names: list[tuple[str | None, str]] = field(default_factory=list)
    split: bool = False

    def add(self, values: list[Any], places: dict[str | None, DocLocation]) -> None:
        self.rows.append(values)
        self.places.append(places)


def load_document(
    path: str | Path, specs: Iterable[SheetSpec], layout: WordLayout, zorgraad: str | None = None
) -> LoadedWorkbook:
    """Read a plan in the Word template with ``layout`` (a rule set's ``word``) into the sheets of
    ``specs``. UnreadableWorkbook (Dutch, exit 2) for a file that cannot be read, a Word document
    that is not the template, or a plan that names no zorgraad while ``zorgraad`` is None.
    ``zorgraad``: the zorgraad's name when the document has no line ``Zorgraad:`` (``--zorgraad``);
    "" reads a document without one as it is (last year's plan)."""
    path = Path(path)
    kind = sniff(path)
    if kind != KIND:
        raise UnreadableWorkbook(f"'{path.name}' is geen Word-document (.docx).")
    inspect_package(path)  # zip and XML bombs, entities, depth: before python-docx parses anything
    document = _open(path)
    fiches = layout.fiches
    walker = Walker(document.element.body, fiches.ticked[0], fiches.unticked[0], fiches.bullet, list_styles(document))
    blocks = list(walker.blocks(document.element.body))
    specs = {spec.name: spec for spec in specs}
    reader = _Reader(layout, specs, FicheReader(fiches))
    reader.read(blocks)
    if not reader.found:
        raise UnreadableWorkbook(_not_the_template(path, layout))
    reader.algemeen(document, blocks, zorgraad, path)
    return reader.workbook(path)


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise UnreadableWorkbook(
            f"'{path.name}' kan niet gelezen worden als Word-document ({type(exc).__name__}). Open het in Word, "
            "sla het opnieuw op als 'Word-document (*.docx)' en probeer opnieuw."
        ) from None
    except Exception as exc:  # lxml and zipfile raise several types for a broken part
        raise UnreadableWorkbook(
            f"'{path.name}' is beschadigd: het Word-document kan niet gelezen worden ({type(exc).__name__}). "
            "Open het in Word, dat het vaak kan herstellen, en sla het opnieuw op."
        ) from None


def _not_the_template(path: Path, layout: WordLayout) -> str:
    parts = ", ".join(f"'{p}'" for p in layout.parts)
    labels = ", ".join(b.label for b in layout.fiches.boxes)
    return (
        f"'{path.name}' is een Word-document, maar niet het sjabloon van het actieplan: de delen {parts} van "
        f"het sjabloon zijn niet gevonden (niet op hun kop, niet op hun kolomtitels), en geen enkele actiefiche "
        f"(een tabel met {labels}). Controleer of u het juiste document koos, of schrijf het actieplan in het "
        "sjabloon van het departement (of in de werkmap: 'actieplan sjabloon')."
    )


class _Reader:
    def __init__(self, layout: WordLayout, specs: dict[str, SheetSpec], fiche_reader: FicheReader):
        self.layout, self.specs, self.fiche_reader = layout, specs, fiche_reader
        self.sheets: dict[str, _Rows] = {}
        self.found = False
        self.first_heading: int | None = None  # index of the first block that is a template part
        # the last fiche's table, the paragraphs above it and its objectives, read when what follows
        # shows it is complete (a fiche's table may go on in a next table after a page break)
        self._pending: tuple[Table, list[Para], Any, Any, bool] | None = None
        self._last_fiche: str | None = None  # the section (title) of the fiche read last
        self.parts: dict[str, DocLocation] = {}  # sheet -> the heading of its part, where seen
        self.od_rows: dict[str, tuple[str, str, str, DocLocation, DocLocation]] = {}

    # -- the body ----------------------------------------------------------------------------

    def read(self, blocks: list[Para | Table]) -> None:
        lay = self.layout
        fl = lay.fiches
        heading: TableLayout | None = None  # the table heading seen since the last table
        heading_place: DocLocation | None = None
        section = None  # the heading a place lies under, for DocLocation.section
        last: tuple[TableLayout, Table] | None = None  # the last table read, for a table continued
        since: list[Para] = []  # paragraphs since the last table or objective heading
        sd: tuple[str, str, DocLocation] | None = None
        od: tuple[str, str, DocLocation] | None = None
        notes_for: str | None = None  # the sheet of the table (or fiche) read last: the text under it is its note
        # the part's heading ('Acties JAAR') or a strategic objective's read last, nothing since but
        # paragraphs: the template has no text there, so they are the user's own (a note, not lost)
        intro: str | None = None
        for i, block in enumerate(blocks):
            if isinstance(block, Para):
                text = " ".join(block.text.split())
                if not text:
                    continue
                self._flush()
                table = next((t for t in lay.tables if t.is_heading(text)), None)
                parts = fl.is_heading(text)
                # '1. Strategische doelstelling 2': as the parts' headings, without the list marker
                sd_m = fl.sd.match(unlisted(text)) if table is None and not parts else None
                od_m = fl.od.match(unlisted(text)) if table is None and not parts and not sd_m else None
                if notes_for is not None and (table is not None or parts or sd_m or od_m):
                    self._notes_under(notes_for, since, section)  # the text between a table and the next heading
                    notes_for = None
                elif intro is not None and (table is not None or parts or sd_m or od_m):
                    self._notes_under(fl.sheet, since, intro, under_fiche=False)
                if table is not None or parts or sd_m or od_m:
                    intro = text if parts or sd_m else None
                if table is not None:
                    heading, section, last, since = table, text, None, []
                    heading_place = DocLocation(text, None, None, None, block.anchor)
                    self._mark(i)
                    continue
                if parts:
                    section, heading, last, since = text, None, None, []
                    for sheet in (fl.sheet, fl.objectives.sheet):
                        self.parts.setdefault(sheet, DocLocation(text, None, None, None, block.anchor))
                    # the part is there: without a fiche under it, the sheet is empty, not missing
                    self.sheets.setdefault(fl.sheet, _Rows(header=[c.header for c in self.specs[fl.sheet].columns]))
                    self._mark(i)
                    self.found = True
                    continue
                if sd_m:
                    sd = (sd_m.group("code"), sd_m.group("tekst").strip(), DocLocation(text, None, None, None, block.anchor))
                    od, since, last = None, [], None
                    self._mark(i)
                    continue
                if od_m:
                    od = (od_m.group("code"), od_m.group("tekst").strip(), DocLocation(text, None, None, None, block.anchor))
                    self._objective(sd, od)
                    since, last = [], None
                    self._mark(i)
                    continue
                since.append(block)
                continue
            # a table
            if self._pending is not None and not since and self._continues(self._pending[0], block):
                # a fiche's table continued after a page break: one fiche
                first = self._pending[0]
                self._pending = (Table(first.number, first.anchor, first.rows + block.rows), *self._pending[1:])
                continue
            intro = None  # (the text above a fiche is the fiche's: its title, or a note said with it)
            if is_fiche(block, fl):
                self._flush()
                # text between the last fiche and this one, no heading between: under the last
                self._pending = (block, since, sd, od, notes_for == fl.sheet)
                self.found = True
                self._mark(i)
                since, last, heading, notes_for = [], None, None, fl.sheet
                continue
            self._flush()
            header_at, by_titles = self._header_row(block)
            table = heading
            if table is None and by_titles is not None:
                table = by_titles
            if table is None and last is not None and not since and block.width == last[1].width:
                table = last[0]  # a table continued after a page break, without its heading or titles
                header_at = None
            if table is None:
                continue  # a table of the user's own outside the template's parts: not checked
            if notes_for is not None and not heading:
                # text between two tables, no heading between: a note under the first (not lost)
                self._notes_under(notes_for, since, section)
            self._mark(i)
            self.found = True
            by_heading = heading is table
            place = heading_place if by_heading else DocLocation(table.heading, block.number, None, None, block.anchor)
            self._table(table, block, header_at, section if by_heading and section else table.heading, place,
                        continued=last is not None and table is last[0] and not by_heading)
            last, heading, since, notes_for = (table, block), None, [], table.sheet
        self._flush()
        if notes_for is not None:
            self._notes_under(notes_for, since, section)
        elif intro is not None:
            self._notes_under(fl.sheet, since, intro, under_fiche=False)

    def _notes_under(self, sheet: str, paras: list[Para], section: str | None, under_fiche: bool = True) -> None:
        """The paragraphs under a table (or the last fiche) before the next heading: a note of the
        user's, kept as a row under that table (said by rij-onder-tabel, carried by `importeer`).
        ``under_fiche``: paragraphs of the fiches' part stand under the last fiche (False: under
        ``section``, a heading)."""
        rows = self.sheets.get(sheet)
        if rows is None:
            return
        if under_fiche and sheet == self.layout.fiches.sheet and self._last_fiche is not None:
            section = self._last_fiche  # under the last fiche: its title, not the part's heading
        for para in paras:
            if para.text.strip():
                rows.stray.append((" ".join(para.text.split()), DocLocation(section, None, None, None, para.anchor)))

    def _flush(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._fiche(*pending)

    def _continues(self, fiche: Table, table: Table) -> bool:
        """Whether ``table`` goes on with ``fiche``: no title row, and its first label is a box after
        the last box of the fiche (a new fiche starts again with the first)."""
        fl = self.layout.fiches
        if not table.rows or not table.rows[0] or title_row(table.rows[0], fl) is not None:
            return False
        boxes = list(fl.boxes)
        labels = [b for row in fiche.rows if row and row[0].lines for b in [fl.box_of(row[0].lines[0])] if b is not None]
        first = fl.box_of(table.rows[0][0].lines[0]) if table.rows[0][0].lines else None
        if not labels:
            return False
        if first is None:  # the rest of the last box's cell
            return table.width == fiche.width
        return boxes.index(first) > boxes.index(labels[-1])

    def _mark(self, i: int) -> None:
        if self.first_heading is None:
            self.first_heading = i

    def _header_row(self, table: Table) -> tuple[int | None, TableLayout | None]:
        """(index of the row with the most column titles among the first three, the layout whose
        titles it holds) — at least two titles, or all of a table's titled columns."""
        best: tuple[int, int, TableLayout] | None = None
        for r, row in enumerate(table.rows[:3]):
            for lay in self.layout.tables:
                hits = len({c.column for cell in row if (c := lay.column_of(cell.text)) is not None})
                if hits >= min(2, len(lay.titled)) and (best is None or hits > best[0]):
                    best = (hits, r, lay)
        return (best[1], best[2]) if best else (None, None)

    # -- the four tables ------------------------------------------------------------------------

    def _table(self, lay: TableLayout, table: Table, header_at: int | None, section: str,
               place: DocLocation, continued: bool) -> None:
        rows = self.sheets.get(lay.sheet)
        if rows is None:
            rows = self.sheets[lay.sheet] = _Rows(table=DocLocation(section, table.number, None, None, place.anchor))
        if header_at is None and not continued:
            header_at = self._header_row_for(lay, table)
        untitled = [u.column for u in lay.untitled]
        if header_at is None and rows.names:  # a table continued without its titles: the columns above
            names, split = list(rows.names), rows.split
        else:
            header = table.rows[header_at] if header_at is not None else []
            names = self._columns(lay, header, table.width)
            split = len(untitled) >= 2 and [n for n, _ in names if n in untitled] == untitled[:1]
            rows.names, rows.split = list(names), split
        if split:  # one untitled cell 'A Totale voorziene ...': the code and its description
            at = next(j for j, (n, _) in enumerate(names) if n == untitled[0])
            names.insert(at + 1, (untitled[1], ""))
        if not rows.header:
            rows.header = [n for n, _ in names]
        for name, _ in names:
            if name is not None and name not in rows.header:
                rows.header.append(name)
                for values in rows.rows:
                    values.append(None)
        start = 0 if header_at is None else header_at + 1
        above: dict[int, Cell] = {}  # per grid column, the cell a vertical merge continues
        for r, row in enumerate(table.rows[start:], start=start + 1):
            cells = _grid(row)
            for j, c in enumerate(cells):  # a cell merged with the one above shows that one's text
                if c is not None and c.vmerge == "continue" and j in above:
                    cells[j] = above[j]
                elif c is not None:
                    above[j] = c
            texts = [c.text if c is not None else "" for c in cells]
            if split:
                at = next(j for j, (n, _) in enumerate(names) if n == untitled[0])
                if at < len(texts):
                    texts[at:at + 1] = self._split_code(lay, texts[at])
                    cells[at:at + 1] = [cells[at], cells[at]]
            values: list[Any] = [None] * len(rows.header)
            places: dict[str | None, DocLocation] = {None: DocLocation(section, table.number, r, None, row[0].anchor)}
            for j, (name, title) in enumerate(names):
                if name is None or j >= len(texts):
                    continue
                values[rows.header.index(name)] = texts[j] or None
                cell = cells[j] if cells[j] is not None else row[0]
                places[name] = DocLocation(section, table.number, r, title or name, cell.anchor)
            self._total_row(lay, rows.header, values, texts)
            if any(v is not None for v in values):
                rows.add(values, places)

    def _total_row(self, lay: TableLayout, header: list[str], values: list[Any], texts: list[str]) -> None:
        """A total row known by its sum ('B + C + D + E + F') wherever it stands: in the description's
        cell beside an empty code cell (as the department's table may have it), or after a word
        ('Totaal B + C + D + E + F'), gets the total's code."""
        code = lay.untitled[0].column if lay.total and lay.untitled else None
        if code is None or code not in header:
            return
        at = header.index(code)
        if values[at] is not None and one_of(str(values[at]), (*lay.codes, lay.total)):
            return
        if any(_is_total(lay.total, t) for t in texts):
            if values[at] is not None and len(lay.untitled) > 1 and lay.untitled[1].column in header:
                label = header.index(lay.untitled[1].column)
                values[label] = values[label] or values[at]  # 'Totaal B + C ...' stays as its label
            values[at] = lay.total

    def _header_row_for(self, lay: TableLayout, table: Table) -> int | None:
        for r, row in enumerate(table.rows[:3]):
            if any(lay.column_of(c.text) is not None for c in row):
                return r
        return None

    def _columns(self, lay: TableLayout, header: list[Cell], width: int) -> list[tuple[str | None, str]]:
        """(contract header or the title as written, the title as written) per grid column."""
        out: list[tuple[str | None, str]] = []
        cells = _grid(header) if header else [None] * width
        untitled = list(lay.untitled)
        for cell in cells:
            text = " ".join(cell.text.split()) if cell is not None else ""
            found = lay.column_of(text) if text else None
            if found is not None:
                out.append((found.column, text))
            elif not text and untitled and not any(n for n, _ in out if n and n not in {u.column for u in lay.untitled}):
                out.append((untitled.pop(0).column, ""))
            else:
                out.append((text or None, text))
        return out

    def _split_code(self, lay: TableLayout, text: str) -> list[str]:
        """'A Totale voorziene ...' as ['A', 'Totale voorziene ...']; a text without a code stays whole."""
        first = " ".join(text.split())
        for code in sorted((*lay.codes, *([lay.total] if lay.total else [])), key=len, reverse=True):
            if norm(first) == norm(code):
                return [code, ""]
            if first.upper().startswith(code.upper() + " "):
                return [code, first[len(code):].strip()]
        return [first, ""]

    # -- the fiches -------------------------------------------------------------------------------

    def _fiche(self, table: Table, since: list[Para], sd, od, after_fiche: bool = False) -> None:
        """Read a fiche's table; ``since``: the paragraphs above it (its title, when not in the
        table), which stand under the fiche before it where ``after_fiche``."""
        fl = self.layout.fiches
        title_para = next((p for p in reversed(since) if p.text.strip()), None)
        title = " ".join(title_para.text.split()) if title_para is not None else None
        fiche = read_fiche(table, self.fiche_reader, None, None)
        if fiche.title is None and title is not None:
            fiche.title, fiche.title_anchor = title, title_para.anchor
        else:
            title_para = None
        rows = self.sheets.setdefault(fl.sheet, _Rows(header=[c.header for c in self.specs[fl.sheet].columns]))
        section = fiche.title or fl.heading
        values: list[Any] = [None] * len(rows.header)
        first_anchor = table.rows[0][0].anchor if table.rows and table.rows[0] else table.anchor
        places: dict[str | None, DocLocation] = {
            None: DocLocation(section, table.number, None, None, fiche.title_anchor or first_anchor)
        }

        def put(column: str, value: Any, where: DocLocation) -> None:
            if column in rows.header:
                values[rows.header.index(column)] = value
                places[column] = where

        in_table = title_para is None or fiche.title_anchor != title_para.anchor
        put(fl.title_column, fiche.title, DocLocation(section, table.number if in_table else None, 1 if in_table else None,
                                                      fl.title_column, fiche.title_anchor or first_anchor))
        if sd is not None:
            put(fl.sd_column, sd[0], DocLocation(sd[2].section, None, None, fl.sd_column, sd[2].anchor))
        if od is not None:
            put(fl.od_column, od[0], DocLocation(od[2].section, None, None, fl.od_column, od[2].anchor))
        for column in rows.header:
            if column in fiche.places:
                anchor, r, label = fiche.places[column]
                put(column, fiche.values.get(column), DocLocation(section, table.number, r, label, anchor))
        rows.add(values, places)
        for text, anchor, r, label in fiche.stray:
            rows.stray.append((text, DocLocation(section, table.number, r, label or None, anchor)))
        for label, text, anchor, r in fiche.unknown:  # a row the template does not have: said with its text
            rows.stray.append((f"{label}: {text}" if text else label, DocLocation(section, table.number, r, label, anchor)))
        # text between the objective's heading (or the last fiche) and the fiche that is not its title
        above = self._last_fiche if after_fiche and self._last_fiche is not None else section
        for para in since:
            if para is not title_para and para.text.strip():
                rows.stray.append((" ".join(para.text.split()), DocLocation(above, None, None, None, para.anchor)))
        self._last_fiche = section

    def _objective(self, sd, od) -> None:
        if od is None:
            return
        self.od_rows.setdefault(od[0], (sd[0] if sd else "", sd[1] if sd else "", od[1], sd[2] if sd else od[2], od[2]))

    # -- Algemeen ---------------------------------------------------------------------------------

    def algemeen(self, document, blocks: list[Para | Table], zorgraad: str | None, path: Path) -> None:
        lay = self.layout.algemeen
        found: dict[str, tuple[str, DocLocation]] = {}
        head = blocks[: self.first_heading] if self.first_heading is not None else blocks
        for block in head:
            lines: list[tuple[str, str]] = []
            if isinstance(block, Para):
                lines = [(line, block.anchor) for line in block.text.split("\n")]
            else:
                for row in block.rows:
                    cells = [c for c in row if c.text]
                    if len(cells) >= 2:
                        lines.append((f"{cells[0].text.strip()} {cells[1].text.strip()}", cells[1].anchor))
                    elif cells:
                        lines.append((cells[0].text, cells[0].anchor))
            for line, anchor in lines:
                m = _LABEL_LINE.match(" ".join(line.split()))
                entry = lay.field_of(m.group("label")) if m else None
                if entry is not None and entry.field not in found:
                    found[entry.field] = (m.group("value").strip(), DocLocation(None, None, None, entry.label.rstrip(":"), anchor))
        if lay.zorgraad_field and not (found.get(lay.zorgraad_field) or ("",))[0]:
            name = zorgraad or None
            if name is None:
                name, where = self._zorgraad_elsewhere(document)
                if name is not None:
                    found[lay.zorgraad_field] = (name, where)
            else:
                found[lay.zorgraad_field] = (name, DocLocation(None, None, None, lay.zorgraad_field, None))
            if lay.zorgraad_field not in found and zorgraad is None:
                entry = lay.field_of(lay.zorgraad_field)
                raise ZorgraadMissing(path.name, entry.label if entry else lay.zorgraad_field)
        for name, value in lay.defaults:
            if not (found.get(name) or ("",))[0]:
                found[name] = (value, DocLocation(None, None, None, name, None))
        rows = self.sheets[lay.sheet] = _Rows(header=[c.header for c in self.specs[lay.sheet].columns[:2]])
        for entry in lay.fields:
            if entry.field in found:
                value, where = found[entry.field]
                rows.add([entry.field, value or None], {None: where, rows.header[0]: where, rows.header[1]: where})

    def _zorgraad_elsewhere(self, document) -> tuple[str | None, DocLocation | None]:
        lay = self.layout.algemeen
        title = document.core_properties.title or ""
        name = lay.zorgraad_in(title)
        if name:
            return name, DocLocation("titel", None, None, lay.zorgraad_field, None)
        for section in document.sections:
            for part, where in ((section.header, "koptekst"), (section.footer, "voettekst"),
                                (section.first_page_header, "koptekst"), (section.first_page_footer, "voettekst")):
                try:
                    if part.is_linked_to_previous:
                        continue
                    paragraphs = list(part.paragraphs) + [p for t in part.tables for row in t.rows for c in row.cells for p in c.paragraphs]
                except (KeyError, ValueError):
                    continue
                for p in paragraphs:
                    name = lay.zorgraad_in(p.text)
                    if name:
                        return name, DocLocation(where, None, None, lay.zorgraad_field, None)
        return None, None

    # -- the result -----------------------------------------------------------------------------

    def workbook(self, path: Path) -> LoadedWorkbook:
        fl = self.layout.fiches
        obj = fl.objectives
        if obj.sheet in self.specs and self.od_rows:
            rows = self.sheets[obj.sheet] = _Rows(header=[c.header for c in self.specs[obj.sheet].columns])
            for od_code, (sd_code, sd_text, od_text, sd_place, od_place) in self.od_rows.items():
                values = [None] * len(rows.header)
                places: dict[str | None, DocLocation] = {None: od_place}
                for column, value, where in ((obj.sd, sd_code, sd_place), (obj.sd_text, sd_text, sd_place),
                                             (obj.od, od_code, od_place), (obj.od_text, od_text, od_place)):
                    if column in rows.header:
                        values[rows.header.index(column)] = value or None
                        places[column] = where
                rows.add(values, places)
        elif obj.sheet in self.specs:
            self.sheets[obj.sheet] = _Rows(header=[c.header for c in self.specs[obj.sheet].columns])
        wb = LoadedWorkbook(path=path, sheet_names=[], sheets={}, kind=KIND, messages=dict(self.layout.messages))
        for name in self.specs:  # a finding about a whole sheet: its part of the document
            wb.locations[(name, None, None)] = self.parts.get(name) or DocLocation(self._part_name(name), None, None, None)
        for name, spec in self.specs.items():
            rows = self.sheets.get(name)
            if rows is None:
                hint = self._missing_hint(name)
                wb.observe(Seen.MISSING_SHEET, Hit(name, values={"gevonden": hint}))
                continue
            wb.sheet_names.append(name)
            sheet = _read_sheet(wb, spec, name, [rows.header, *_typed(spec, rows)], [])
            if sheet is None:
                continue
            _set_apart_rows_below(sheet, wb)
            index_fields(sheet)
            last = 1 + len(rows.rows)
            for k, places in enumerate(rows.places):
                for column, where in places.items():
                    wb.locations[(name, 2 + k, column)] = where
            for n, (text, where) in enumerate(rows.stray, start=1):
                sheet.below[last + n] = ("opmerking", text)
                wb.locations[(name, last + n, None)] = where
            if rows.table is not None:
                wb.locations[(name, None, None)] = rows.table
                wb.locations[(name, 1, None)] = rows.table
            wb.sheets[name] = sheet
        return wb

    def _part_name(self, sheet: str) -> str | None:
        """The heading of the template's part that fills ``sheet`` (None for Algemeen: the first lines)."""
        fl = self.layout.fiches
        if sheet in (fl.sheet, fl.objectives.sheet):
            return fl.heading
        return next((t.heading for t in self.layout.tables if t.sheet == sheet), None)

    def _missing_hint(self, sheet: str) -> str:
        for t in self.layout.tables:
            if t.sheet == sheet:
                titles = ", ".join(f"'{c.titles[0]}'" for c in t.titled)
                return (f" Het document heeft geen tabel '{t.heading}': niet onder die kop gevonden, en geen tabel met de "
                        f"kolomtitels {titles}.")
        if sheet == self.layout.fiches.sheet:
            return f" Het document heeft geen actiefiches onder '{self.layout.fiches.heading}'."
        return ""


def _typed(spec: SheetSpec, rows: _Rows) -> list[list[Any]]:
    """A document holds text only: in a number column a text that reads as a number ('0,2 VTE', the
    template's own way) is that number, as a number typed in a workbook's cell; other text stays."""
    numbers = {j for j, h in enumerate(rows.header) if h in {c.header for c in spec.columns if c.kind == NUMBER}}
    out = []
    for values in rows.rows:
        values = list(values)
        for j in numbers:
            if j < len(values) and isinstance(values[j], str):
                number = parse_number(values[j])
                values[j] = values[j] if number is None else number
        out.append(values)
    return out


def _is_total(total: str, text: str) -> bool:
    """``text`` holds the total's sum as written, spaces aside ('B+C+D+E+F', 'Totaal (B + C + D + E + F)')."""
    squeeze = lambda t: "".join(norm(t).split())  # noqa: E731
    return bool(text.strip()) and squeeze(total) in squeeze(text)


def _grid(row: list[Cell]) -> list[Cell | None]:
    """The row's cells by grid column: a cell spanning columns stands in the first, None in the rest."""
    out: list[Cell | None] = []
    for cell in row:
        out.append(cell)
        out.extend([None] * (cell.span - 1))
    return out
