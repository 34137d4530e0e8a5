"""`actieplan word`: the department's Word template, written new from a plan's rows.

A new document, so python-docx builds it (and :mod:`.checkbox` the oxml it has no API for). Its
layout is the rule set's (``RuleSet.word``, the year's ``word.toml``): the Algemeen lines (of the
fields the workbook has), each table under its heading with the template's column titles (the
first of each column's titles), then under the fiches' heading the objectives' headings and, per action, its title and a
two-column fiche table whose right cells hold the template's instruction sentences followed by
the answer, tick boxes as Word content controls. The mechanism writes no text of its own: every
heading, title, label and sentence comes from the layout, every value from the rows.

The rows are what :func:`actieplan.write.template.write_template` takes: sheet -> [{header: value}].
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from actieplan.normalize import clean_text, dutch_number, header_key, parse_tick
from actieplan.write.outputs import atomic_path
from actieplan.write.word.checkbox import a4_landscape, add_checkbox, repeat_as_header, set_widths, shade, text_width

if TYPE_CHECKING:
    from actieplan.plugin.ruleset import RuleSet
    from actieplan.plugin.wordspec import Box, FicheLayout, TableLayout, WordLayout

Rows = Mapping[str, list[Mapping[str, Any]]]
ELSEWHERE_WORD = "geef met --naar een andere naam voor het document"
HEADER_FILL = "DDEBF7"  # the header cells' colour, as the blank workbook's headers
_CODE = re.compile(r"\d+(?:\.\d+)*")
LABEL_SHARE = 0.18  # a fiche's label column, of the page's width (the template's proportion)


def text_of(value: Any) -> str:
    """A cell's value as the document shows it: numbers in Dutch notation, dates as dd/mm/yyyy."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return dutch_number(value) if isinstance(value, float) and not value.is_integer() else str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return clean_text(value) or ""


def objective_code(value: Any) -> str:
    """'SD 3' -> '3', '3.1.' -> '3.1', 'OD 3.1' -> '3.1'; '' when it holds no code."""
    m = _CODE.search(text_of(value))
    return m.group(0) if m else ""


def write_word(target: str | Path, data: Rows, merges: Iterable[tuple[str, str, int, int]] = (), *, ruleset: RuleSet,
               notes: Mapping[str, Iterable[str]] | None = None) -> Path:
    """Write the template's layout with ``data`` to ``target`` (never over an existing file:
    FileExistsError is the caller's to say; atomic, as every output). ``merges``: a table's cells
    merged down a column, (sheet, header, first row index, last row index), as ``write_template``
    takes them: one merged cell in the document too. ``notes`` (sheet -> texts, the notes under a
    table in the workbook): a paragraph each under that table (under the fiches for theirs)."""
    from docx import Document

    target = Path(target)
    layout = ruleset.word
    doc = Document()
    a4_landscape(doc.sections[0])
    _properties(doc.core_properties, ruleset)
    _algemeen(doc, layout, data)
    for table in layout.tables:
        doc.add_heading(table.heading, level=1)
        widths = {c.header: c.width for c in ruleset.sheets[table.sheet].columns}
        _table(doc, table, data.get(table.sheet, []), [widths.get(c.column, 20) for c in table.columns],
               [m[1:] for m in merges if m[0] == table.sheet])
        _notes(doc, (notes or {}).get(table.sheet, ()))
    _fiches(doc, layout.fiches, data)
    _notes(doc, (notes or {}).get(layout.fiches.sheet, ()))
    with atomic_path(target, replace=False, elsewhere=ELSEWHERE_WORD) as tmp:
        doc.save(str(tmp))
    return target


def _properties(props, ruleset: RuleSet) -> None:
    """The document's own properties, not python-docx's template's (its author, its 2013 dates)."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    props.author = props.last_modified_by = props.comments = props.title = ""
    props.subject = ruleset.id
    props.created = props.modified = now
    props.revision = 1


def _algemeen(doc, layout: WordLayout, data: Rows) -> None:
    a = layout.algemeen
    values = {header_key(r.get("Veld")): r.get("Waarde") for r in data.get(a.sheet, [])}
    if a.headings:
        doc.add_heading(a.headings[0], level=1)
    for line in a.fields:
        if header_key(line.field) not in values:
            continue  # a field the workbook does not have: no line, as the document would be read without it
        paragraph = doc.add_paragraph()
        paragraph.add_run(line.label).bold = True
        value = text_of(values.get(header_key(line.field)))
        if value:
            paragraph.add_run(f" {value}")


def _lines(cell_or_doc, text: str, first=None) -> None:
    """``text`` as one paragraph per line, the first into ``first`` when given (a cell's own)."""
    for i, line in enumerate(text.split("\n")):
        if i == 0 and first is not None:
            first.add_run(line)
        else:
            cell_or_doc.add_paragraph(line)


def _table(doc, layout: TableLayout, rows: list[Mapping[str, Any]], weights: list[float],
           merges: list[tuple[str, int, int]] = ()) -> None:
    columns = layout.columns
    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    header = table.rows[0]
    repeat_as_header(header)
    for cell, column in zip(header.cells, columns):
        shade(cell, HEADER_FILL)
        if column.titles:
            cell.paragraphs[0].add_run(column.titles[0]).bold = True
    index = {c.column: j for j, c in enumerate(columns)}
    merged = [(index[h], first, last) for h, first, last in merges if h in index and 0 <= first < last < len(rows)]
    covered = {(i, j) for j, first, last in merged for i in range(first + 1, last + 1)}
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for j, (cell, column) in enumerate(zip(cells, columns)):
            value = row.get(column.column)
            if value is None or value == "" or (i, j) in covered:
                continue
            _lines(cell, text_of(value), first=cell.paragraphs[0])
    for j, first, last in merged:  # the header is the table's row 0
        table.cell(first + 1, j).merge(table.cell(last + 1, j))
    set_widths(table, weights, text_width(doc.sections[0]))


def _notes(doc, texts: Iterable[str]) -> None:
    for text in texts:
        _lines(doc, text)


def _fiches(doc, layout: FicheLayout, data: Rows) -> None:
    doc.add_heading(layout.heading, level=1)
    o = layout.objectives
    fiches = list(data.get(layout.sheet, []))
    # the objectives in the order of the objectives' sheet; the fiches under their OD
    order: list[tuple[str, str, str, str]] = []  # (sd, sd text, od, od text)
    for row in data.get(o.sheet, []):
        key = (objective_code(row.get(o.sd)), text_of(row.get(o.sd_text)), objective_code(row.get(o.od)), text_of(row.get(o.od_text)))
        if key[2] and key[2] not in {k[2] for k in order}:
            order.append(key)
    # a fiche without an OD: before the first objective's heading, where the document says it has none
    for fiche in fiches:
        if not objective_code(fiche.get(layout.od_column)):
            _fiche(doc, layout, fiche)
    known = {k[2] for k in order}
    for fiche in fiches:  # a fiche under an OD the objectives' sheet does not list: its codes only
        od = objective_code(fiche.get(layout.od_column))
        if od and od not in known:
            order.append((objective_code(fiche.get(layout.sd_column)), "", od, ""))
            known.add(od)
    written_sd: set[str] = set()
    for sd, sd_text, od, od_text in order:
        if sd not in written_sd:
            written_sd.add(sd)
            doc.add_heading(layout.sd_write.format(code=sd, tekst=sd_text).rstrip(" -"), level=2)
        doc.add_heading(layout.od_write.format(code=od, tekst=od_text).rstrip(" -"), level=3)
        for fiche in fiches:
            if objective_code(fiche.get(layout.od_column)) == od:
                _fiche(doc, layout, fiche)


def _fiche(doc, layout: FicheLayout, fiche: Mapping[str, Any]) -> None:
    title = doc.add_paragraph()
    title.add_run(text_of(fiche.get(layout.title_column))).bold = True
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for box in layout.boxes:
        left, right = table.add_row().cells
        shade(left, HEADER_FILL)
        left.paragraphs[0].add_run(box.label).bold = True
        _box(right, box, fiche)
    set_widths(table, [LABEL_SHARE, 1 - LABEL_SHARE], text_width(doc.sections[0]))
    doc.add_paragraph()


def _box(cell, box: Box, fiche: Mapping[str, Any]) -> None:
    """A fiche's right cell: the instruction sentences, the answer, each part under its heading."""
    first = cell.paragraphs[0]
    for i, sentence in enumerate(box.instructions):
        paragraph = first if i == 0 else cell.add_paragraph()
        paragraph.add_run(sentence).italic = True
    part_columns = {p.column for p in box.parts}
    if box.column and box.column not in part_columns:
        _answer(cell, fiche.get(box.column))
    for part in box.parts:
        heading = part.headings[0]
        value = fiche.get(part.column)
        paragraph = cell.add_paragraph()
        if part.tick is not None:
            add_checkbox(paragraph, parse_tick(fiche.get(part.tick)) is True)
            paragraph.add_run(" ")
        if part.line:
            paragraph.add_run(f"{heading.rstrip(':')}:").bold = True
            shown = text_of(value)
            if shown:
                paragraph.add_run(f" {shown}")
            continue
        paragraph.add_run(heading).bold = True
        _answer(cell, value)


def _answer(cell, value: Any) -> None:
    text = text_of(value)
    if text:
        _lines(cell, text)
