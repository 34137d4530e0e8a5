"""The Controle sheet: every finding listed (with a link to its cell), the counts per sheet, the
rule set's chart and panels. Made with xlsxwriter in a scratch package in memory, then transplanted
into the user's workbook as its first, active sheet, with its styles remapped onto the workbook's."""

from __future__ import annotations

import copy
import io
import re
import zipfile

from lxml import etree

from actieplan.model import Finding, Report, Severity
from actieplan.normalize import visible
from actieplan.ooxml.cellref import column_of
from actieplan.ooxml.ns import CHART, CT_CHART, CT_DRAWING, CT_WORKSHEET, R, REL_CHART, REL_DRAWING, REL_WORKSHEET, local, q
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels
from actieplan.ooxml.sheetstream import edit_sheet
from actieplan.ooxml.styles import Styles, transplant
from actieplan.ooxml.workbook import WORKBOOK_ORDER, Book
from actieplan.ooxml.xml import insert_in_order, parse, serialize
from actieplan.write.annotated.journal import Journal
from actieplan.write.annotated.own_sheets import content_digest, rows_digest, set_mark, sheet_values
from actieplan.write.annotated.texts import (
    CHART_COLOURS, CHART_ROWS, CHART_WIDTH, CONTROL_HEADERS, COUNTS_COLUMN, COUNTS_HEADERS, CONTROL_SHEET, CONTROL_SIDE_ROW, CONTROL_TITLE, KIND_CONTROL, MARK_COLOURS,
    CONTROL_WIDTHS, HELP_CHARS_PER_LINE, MESSAGE_CHARS_PER_LINE, PRINT_MARGIN, ROW_PIXELS, RULE_WIDTH, SEVERITY_LABEL, TITLE_CHARS_PER_LINE, safe,
)
from actieplan.write.xlsxtext import put_text


def control_name(book: Book) -> str:
    taken = {n.lower() for n, _, _ in book.sheets()}
    name, n = CONTROL_SHEET, 1
    while name.lower() in taken:  # the user has a sheet of that name: never touch it
        n += 1
        name = f"{CONTROL_SHEET} {n}"
    return name


def _link(sheet: str, cell: str) -> str:
    return "'" + sheet.replace("'", "''") + "'!" + cell


def _where(sheet_names: set[str], f: Finding) -> tuple[str, str | None]:
    """What the Cel column shows and where its link jumps."""
    if f.sheet is None or f.sheet not in sheet_names:
        return ("blad ontbreekt" if f.sheet else "werkmap"), None
    if f.cell:
        return f.cell, _link(f.sheet, f.cell)
    if f.row:
        return f"rij {f.row}", _link(f.sheet, f"A{f.row}")
    return "hele blad", _link(f.sheet, "A1")


def _notices(pkg: Package) -> list[str]:
    out = []
    if any(n.startswith("_xmlsignatures/") for n in pkg.order if pkg.exists(n)):
        out.append(
            "Let op: uw werkmap is digitaal ondertekend; deze kopie is dat niet meer geldig, want de markeringen "
            "veranderen ze. Uw eigen werkmap blijft ondertekend: stuur die (of de bijlage van het e-mailconcept)."
        )
    return out


def control_package(report: Report, name: str, sheet_names: set[str], notices: list[str]) -> bytes:
    """The Controle sheet and its chart as a one-sheet workbook made by xlsxwriter (in memory)."""
    import xlsxwriter

    from actieplan.write.summary import verdict

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                     "strings_to_numbers": False})
    ws = book.add_worksheet(name)
    facts = report.facts
    red = "#C00000"
    fmt = book.add_format
    bold = fmt({"bold": True})
    head = fmt({"bold": True, "bg_color": "#DDEBF7", "pattern": 1})
    top = fmt({"valign": "top"})
    wrap = fmt({"valign": "top", "text_wrap": True})
    link = fmt({"valign": "top", "font_color": "#0563C1", "underline": 1})
    sev_fmt = {s: fmt({"valign": "top", "bg_color": "#" + MARK_COLOURS[s][2:], "pattern": 1}) for s in Severity}
    who = " ".join(str(v) for v in (facts.zorgraad, facts.werkjaar) if v)
    run = f", controle {report.run['id']}" if report.run.get("id") else ""
    title = f"{CONTROL_TITLE}{' ' + who if who else ''} ({visible(report.workbook)}), {report.checked_on:%d/%m/%Y}{run}"
    put_text(ws, 0, 0, safe(title), fmt({"bold": True, "font_size": 14}))
    put_text(ws, 1, 0, safe(verdict(report)), fmt({"bold": True, "font_size": 12, "font_color": red if not report.ok else "#375623"}))
    help_text = (
        "Klik op een cel in kolom C om naar die cel te springen. Cellen met een bevinding zijn gekleurd "
        "(rood: fout, oranje: waarschuwing, blauw: info) en hebben een notitie met de uitleg."
    )
    if report.ruleset is not None:
        help_text += (
            f" Gecontroleerd met de regels van {report.ruleset.id}; indienen uiterlijk {report.ruleset.deadline} "
            f"bij {report.ruleset.departement_email}."
        )
        late = report.ruleset.late(report.checked_on)
        if late is not None:  # as the command line, the draft and the report say it
            help_text += f" {late}. {report.ruleset.late_advice}"
    if report.checked_copy:
        help_text += " De gecontroleerde werkmap was zelf een gecontroleerde kopie; de markeringen van toen zijn vervangen."
    for notice in notices:
        help_text += " " + notice
    headers = CONTROL_HEADERS
    last_col = len(headers) - 1
    # across the list's columns, wrapped: printed, it stays within the page
    ws.merge_range(2, 0, 2, last_col, help_text, fmt({"italic": True, "text_wrap": True, "valign": "top",
                                                       "font_color": red if notices else "#404040"}))
    ws.set_row(2, 15 * (1 + len(help_text) // HELP_CHARS_PER_LINE))
    side = last_col + 2  # the chart's data and the panels: right of the list, outside the print area
    # Printed, the sheet is the list's columns (A to F) fitted to the page's width: the counts (columns B
    # to E, under the list's own Blad column) and the chart (column F) stand above the list, its header
    # row repeats on every page. A filter of the findings hides whole rows: the counts, the chart's data
    # and the chart stand in rows above the list's header row, the panels below its last row.
    for j, h in enumerate(COUNTS_HEADERS):
        ws.write_string(CONTROL_SIDE_ROW, COUNTS_COLUMN + j, h, head)
    row = CONTROL_SIDE_ROW
    for sheet, counts in report.counts_per_sheet().items():
        row += 1
        put_text(ws, row, COUNTS_COLUMN, safe(sheet))
        for j, sev in enumerate(("error", "warning", "info"), start=1):
            ws.write_number(row, COUNTS_COLUMN + j, counts[sev])
    row += 1
    ws.write_string(row, COUNTS_COLUMN, "Totaal", bold)
    totals = report.counts  # (counted over all findings each time it is asked)
    for j, sev in enumerate(("error", "warning", "info"), start=1):
        ws.write_number(row, COUNTS_COLUMN + j, totals[sev], bold)

    # the rule set's chart (e.g. capacity A against B..F stacked): its data as a small table on the side
    spec = report.facts.chart()
    chart = None
    if spec is not None:
        put_text(ws, CONTROL_SIDE_ROW, side, safe(spec.title), bold)
        top_row = CONTROL_SIDE_ROW + 1
        right = fmt({"bold": True, "align": "right"})
        number = fmt({"num_format": "0.00"})
        for j, (series, _) in enumerate(spec.series, start=1):
            put_text(ws, top_row, side + j, safe(series), right)
        for i, category in enumerate(spec.categories, start=1):
            put_text(ws, top_row + i, side, safe(category))
        for j, (_, values) in enumerate(spec.series, start=1):
            for i, value in enumerate(values, start=1):
                if value is not None:
                    ws.write_number(top_row + i, side + j, float(value), number)
        ws.set_column(side, side, 20)
        ws.set_column(side + 1, side + len(spec.series), 9)
        chart = book.add_chart({"type": "bar", "subtype": "stacked"})
        last = top_row + len(spec.categories)
        palette = spec.colours or CHART_COLOURS  # each series its own colour, never the theme's: a workbook
        for j in range(1, len(spec.series) + 1):  # LibreOffice saved last has no theme to take them from
            colour = palette[(j - 1) % len(palette)]
            chart.add_series({
                "name": [name, top_row, side + j],
                "categories": [name, top_row + 1, side, last, side],
                "values": [name, top_row + 1, side + j, last, side + j],
                "overlap": 100,
                "fill": {"color": colour},
                "border": {"color": colour},
            })
        chart.set_title({"name": spec.title})
        chart.set_x_axis({"name": spec.axis or None, "major_gridlines": {"visible": False}})
        chart.set_legend({"position": "bottom"})
        chart.show_hidden_data()  # a user's own hiding of these rows does not empty the chart
        row = max(row, last, CONTROL_SIDE_ROW + CHART_ROWS)
    header_row = row + 2

    for j, h in enumerate(headers):
        ws.write_string(header_row, j, h, head)
    r = header_row
    for f in report.by_severity():  # errors first, then warnings, then infos
        r += 1
        ws.write_string(r, 0, SEVERITY_LABEL[f.severity], sev_fmt[f.severity])
        put_text(ws, r, 1, safe(f.sheet or "werkmap"), top)
        where, target = _where(sheet_names, f)
        if target and len(target) < 255:
            ws.write_url(r, 2, "internal:" + target, link, string=where)
        else:
            put_text(ws, r, 2, where, top)
        # the row's title (fiche, group, event, action): filter on it to see one fiche's findings
        title = f.row_title
        if title:
            put_text(ws, r, 3, safe(str(title)), wrap)
        ws.write_string(r, 4, f.rule, wrap)
        put_text(ws, r, 5, safe(f.message), wrap)
        # spreadsheet programs do not grow a row for wrapped text on their own: give it its height
        lines = sum(1 + len(part) // MESSAGE_CHARS_PER_LINE for part in f.message.split("\n"))
        lines = max(lines, 1 + len(str(title or "")) // TITLE_CHARS_PER_LINE, 1 + len(f.rule) // RULE_WIDTH)
        if lines > 1:
            ws.set_row(r, 15 * min(lines, 27))
    if not report.findings:
        r += 1
        ws.write_string(r, 0, "Geen bevindingen: de werkmap volgt het sjabloon en alle regels.")
    ws.freeze_panes(header_row + 1, 0)
    if report.findings:
        ws.autofilter(header_row, 0, r, last_col)
    for j, width in enumerate(CONTROL_WIDTHS):
        ws.set_column(j, j, width)
    ws.set_column(last_col + 1, last_col + 1, 3)
    # printed: the list's columns (with the counts and the chart above them) on A4 landscape, as wide as
    # the page and as long as it takes, the list's header on every page
    ws.print_area(0, 0, r, last_col)
    ws.set_landscape()
    ws.set_margins(left=PRINT_MARGIN, right=PRINT_MARGIN)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(header_row)
    ws.set_tab_color(red if not report.ok else "#70AD47")
    row = r + 2
    if chart is not None:
        # in the Melding column, beside the counts, in the rows above the list's header (a filter hides none
        # of them; LibreOffice shrinks a chart over hidden rows whatever its anchor says), as high as those rows
        chart.set_size({"width": CHART_WIDTH, "height": (header_row - 1 - CONTROL_SIDE_ROW) * ROW_PIXELS})
        ws.insert_chart(CONTROL_SIDE_ROW, last_col, chart, {"object_position": 3})
    # below the list and the chart: the rule set's panels that have rows for a sheet (e.g. the comparison with last year)
    title_fmt, two_decimals = fmt({"bold": True, "font_size": 12}), fmt({"num_format": "0.00"})
    for panel in report.panels:
        for kind, cells in panel.rows:
            for j, value in enumerate(cells):
                if value is None or value == "":
                    continue
                style = title_fmt if kind == "title" else bold if kind == "head" else None
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    ws.write_number(row, side + j, float(value), two_decimals)
                else:
                    put_text(ws, row, side + j, safe(str(value)), style)
            row += 1
        row += 1 if panel.rows else 0
    book.close()
    # each sheet keeps the workbook's add_format (a cycle through every cell of the list): let it go, so
    # that all of it is freed here, not left for a full collection of the garbage collector
    for sheet in book.worksheets():
        sheet.workbook_add_format = None
    return buf.getvalue()


def plot_hidden_cells(chart_xml: bytes) -> bytes:
    """The chart plots its data also where rows are hidden, said explicitly: xlsxwriter's
    show_hidden_data() only leaves plotVisOnly out, which leaves each reader to its own default."""
    ns = CHART
    root = parse(chart_xml)
    chart = root.find(f"{{{ns}}}chart")
    flag = chart.find(f"{{{ns}}}plotVisOnly")
    if flag is None:
        flag = etree.Element(f"{{{ns}}}plotVisOnly")
        after = [el for el in chart if etree.QName(el).localname in ("title", "autoTitleDeleted", "pivotFmts", "view3D",
                                                                     "floor", "sideWall", "backWall", "plotArea", "legend")]
        chart.insert(chart.index(after[-1]) + 1 if after else 0, flag)
    flag.set("val", "0")
    return serialize(root)


# xlsxwriter's own form of a shared-string cell and of a shared string (it writes nothing else there)
_SHARED_CELL = re.compile(rb'(<c r="[A-Z]+[0-9]+"(?: s="[0-9]+")?) t="s"><v>([0-9]+)</v></c>')
_SHARED_ITEM = re.compile(rb"<si>(.*?)</si>|<si/>", re.S)  # (findall: b"" for <si/>)


def inline_strings(sheet_xml: bytes, strings_xml: bytes | None) -> bytes:
    """xlsxwriter's sheet with every shared string written into its cell as an inline string (the
    workbook's own shared strings stay as they are): the text of each ``<si>`` item put into an
    ``<is>`` in place of the ``<v>`` that numbers it, before the sheet is parsed (as a tree this
    cost a deep copy per cell). A cell in another form is left to the tree."""
    if strings_xml is None:
        return sheet_xml
    items = [m.group(1) or b"" for m in _SHARED_ITEM.finditer(strings_xml)]

    def inline(m: re.Match) -> bytes:
        i = int(m.group(2))
        if i >= len(items):
            return m.group(0)
        return m.group(1) + b' t="inlineStr"><is>' + items[i] + b"</is></c>"

    return _SHARED_CELL.sub(inline, sheet_xml)


def inline_on_tree(c, strings: list) -> None:
    """A shared-string cell of the scratch sheet made an inline string on the tree: its ``<si>``
    item's children deep-copied into an ``<is>``."""
    v = c.find(q("v"))
    si = strings[int(v.text)]
    c.remove(v)
    c.set("t", "inlineStr")
    inline = etree.SubElement(c, q("is"))
    for part in si:
        inline.append(copy.deepcopy(part))


def restyled_tree(sheet_xml: bytes, strings_xml: bytes | None, style_map: dict[int, int]):
    """The scratch sheet as a tree, its styles mapped onto the workbook's (``style_map``), every
    string inline and the sheet selected: what :func:`as_written` gives as bytes, for a sheet in
    another form than xlsxwriter's usual one."""
    strings: list | None = None
    sheet = parse(sheet_xml)
    for c in sheet.iter(q("c")):
        if c.get("s") is not None:
            c.set("s", str(style_map.get(int(c.get("s")), 0)))
        if c.get("t") == "s":  # (what inline_strings did not recognise: the same, on the tree)
            if strings is None:
                strings = [si for si in parse(strings_xml) if local(si) == "si"]
            inline_on_tree(c, strings)
    for el in list(sheet.iter(q("row"))) + list(sheet.iter(q("col"))):
        for attr in ("s", "style"):
            if el.get(attr) is not None:
                el.set(attr, str(style_map.get(int(el.get(attr)), 0)))
    view = sheet.find(f"{q('sheetViews')}/{q('sheetView')}")
    if view is not None:
        view.set("tabSelected", "1")
    return sheet


# xlsxwriter's declaration, and lxml's for the same part (what serialize() writes)
_WRITER_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_LXML_DECLARATION = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
# what lxml would write otherwise than xlsxwriter did: a character reference (xlsxwriter's &#xA; in an
# attribute), a tab or carriage return (an attribute's is read as a space), a comment, CDATA or a
# processing instruction; an element written empty with an end tag (lxml writes <x/>: outside the
# cells, _EMPTY finds one; among them, a start tag with attributes right before an end tag, or a cell
# that _CELL does not take whole, with its text or value)
_NOT_AS_WRITTEN = (b"&#", b"&quot;", b"&apos;", b"\t", b"\r", b"<!", b"<?", b'"></')
_EMPTY = re.compile(rb"<([A-Za-z][\w:.-]*)(?:\s[^<>]*)?></\1>")
_STYLED = re.compile(rb'(<(?:c|row|col)\s(?:[^<>]*?\s)?(?:s|style)=")([0-9]+)(?=")')
_CELL = re.compile(rb'(<c r="([A-Z]+)([0-9]+)"(?: s="[0-9]+")?)'
                   rb'(?: t="inlineStr"><is><t(?: xml:space="preserve")?>([^<]+)</t></is></c>|><v>([^<]+)</v></c>|/>'
                   rb'| t="s"><v>([0-9]+)</v></c>)')
_PLAIN_ITEM = re.compile(rb'<t(?: xml:space="preserve")?>([^<]+)</t>')  # a shared string's one plain text
_SELECTED = re.compile(rb'<sheetView tabSelected="1"[ />]')
_DRAWING = re.compile(rb'<drawing r:id="[^"]*"/>')


def as_written(sheet_xml: bytes, style_map: dict[int, int], strings_xml: bytes | None = None) -> tuple[bytes, list[str]] | None:
    """The scratch sheet (its strings inline) as :func:`restyled_tree` and lxml would write it, and
    its rows' lines of :func:`rows_digest` (its values as :func:`sheet_values` reads them, row by
    row: the same digest as :func:`content_digest` of those), straight from xlsxwriter's bytes: its
    declaration, its styles mapped. Only for the form xlsxwriter writes (every cell a number, an
    inline string or empty; nothing lxml would write differently); None for anything else.

    ``strings_xml``: xlsxwriter's shared strings, for a sheet as xlsxwriter wrote it (its strings
    shared): each shared-string cell is written inline in the same pass that reads its value (what
    :func:`inline_strings` then this function did in two passes over every cell)."""
    body = sheet_xml[len(_WRITER_DECLARATION):]
    if not sheet_xml.startswith(_WRITER_DECLARATION) or any(bad in body for bad in _NOT_AS_WRITTEN):
        return None
    cells_from, cells_to = body.find(b"<sheetData>"), body.find(b"</sheetData>")
    if cells_from < 0 or cells_to < 0:
        cells_from = cells_to = len(body)
    if _EMPTY.search(body, 0, cells_from) or _EMPTY.search(body, cells_to) or not _SELECTED.search(body, 0, cells_from):
        return None
    items: list[bytes] = []
    if strings_xml is not None:
        strings_body = strings_xml[len(_WRITER_DECLARATION):]
        if not strings_xml.startswith(_WRITER_DECLARATION) or any(bad in strings_body for bad in _NOT_AS_WRITTEN):
            return None
        items = _shared_items(strings_body)
        if items is None:
            return None
    texts: dict[bytes, str] = {}  # a shared string's text by its index, read once (labels, sheet names: many cells share one)
    # each row's line of the digest, made as its cells come (no pair kept per cell: thousands of small
    # objects for the garbage collector to go through); the cells found by one call (a tuple each)
    lines: list[str] = []
    row_cells: list[tuple[int, str]] = []
    current = None
    columns: dict[bytes, int] = {}
    found = _CELL.findall(body, cells_from, cells_to)
    for _, letters, row, text, number, shared in found:
        if shared:
            value = texts.get(shared)
            if value is None:
                i = int(shared)
                plain = _PLAIN_ITEM.fullmatch(items[i]) if i < len(items) else None
                if plain is None:
                    return None  # a rich text, an empty one, an index beyond the strings: the tree
                value = texts[shared] = _text(plain.group(1))
        elif text:
            value = _text(text)
        elif number:
            try:
                value = format(float(number), ".12g")
            except ValueError:
                value = number.decode("utf-8")
        else:
            continue
        if row != current:
            if row_cells:
                lines.append(repr(sorted(row_cells)))
            row_cells, current = [], row
        col = columns.get(letters) or columns.setdefault(letters, column_of(letters.decode("ascii")))
        row_cells.append((col, value))
    if row_cells:
        lines.append(repr(sorted(row_cells)))
    if len(found) != body.count(b"<c "):
        return None  # a cell in another form
    if texts:  # every shared string written into its cell (the index pieces of the split replaced)
        pieces = _SHARED_CELL.split(body)
        inline = {i: b' t="inlineStr"><is>' + items[int(i)] + b"</is></c>" for i in set(pieces[2::3])}
        pieces[2::3] = [inline[i] for i in pieces[2::3]]
        body = b"".join(pieces)
    pieces = _STYLED.split(body)  # text, tag up to the style, the style, text, ...
    mapped = {old: str(style_map.get(int(old), 0)).encode("ascii") for old in set(pieces[2::3])}
    pieces[2::3] = [mapped[old] for old in pieces[2::3]]
    return _LXML_DECLARATION + b"".join(pieces), lines


def _shared_items(strings_body: bytes) -> list[bytes] | None:
    """The content of each ``<si>`` of xlsxwriter's shared strings (its texts are escaped: no ``<`` in
    them), cut at the items' boundaries; None for another form (e.g. an ``<si/>``)."""
    start, end = strings_body.find(b"><si>") + 1, strings_body.rfind(b"</si></sst>")
    if start <= 0 or end < start or strings_body.count(b"</sst>") != 1:
        return None
    items = strings_body[start + len(b"<si>"):end].split(b"</si><si>")
    return items if strings_body.count(b"<si") == len(items) == strings_body.count(b"</si>") else None


def _text(escaped: bytes) -> str:
    """A text as xlsxwriter escaped it, read back."""
    if b"&" in escaped:
        escaped = escaped.replace(b"&lt;", b"<").replace(b"&gt;", b">").replace(b"&amp;", b"&")
    return escaped.decode("utf-8")


def with_drawing_id(sheet_xml: bytes, rid: str) -> bytes:
    """The sheet's one ``drawing`` related by ``rid`` (as :func:`as_written` left it: xlsxwriter's form)."""
    return _DRAWING.sub(f'<drawing r:id="{rid}"/>'.encode("ascii"), sheet_xml, count=1)


def add_control_sheet(pkg: Package, book: Book, report: Report, journal: Journal, kept: list[str], stream: bool = True) -> None:
    """Transplant the scratch package's sheet, drawing and chart into ``pkg`` as its first sheet;
    ``kept``: Dutch notices about earlier sheets of ours kept for the user's text."""
    name = control_name(book)
    sheet_names = {n for n, _, _ in book.sheets()}
    notices = _notices(pkg) + kept
    scratch = zipfile.ZipFile(io.BytesIO(control_package(report, name, sheet_names, notices)))
    part_of = lambda n: parse(scratch.read(n))  # noqa: E731
    styles_part = book.styles_part()
    styles = Styles(pkg, styles_part)
    style_map = transplant(pkg, styles, part_of("xl/styles.xml"))
    strings_xml = scratch.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in scratch.namelist() else None

    sheet_part = pkg.free_name("xl/worksheets/sheet{}.xml")
    sheet_xml = scratch.read("xl/worksheets/sheet1.xml")
    found = as_written(sheet_xml, style_map, strings_xml)
    if found is not None:  # the usual case: the bytes as the tree would give them, never parsed
        sheet, (data, lines) = None, found
        pkg.put(sheet_part, data)
        digest = rows_digest(lines)  # what we wrote: a re-check sees whether the user added to it
    else:
        sheet = restyled_tree(inline_strings(sheet_xml, strings_xml), strings_xml, style_map)
        digest = content_digest(sheet_values(sheet, None))
        pkg.put_xml(sheet_part, sheet)
    book.types.override(sheet_part, CT_WORKSHEET)
    added = [sheet_part]

    # the drawing and its chart, renamed to free names
    if "xl/worksheets/_rels/sheet1.xml.rels" in scratch.namelist():
        drawing_part = pkg.free_name("xl/drawings/drawing{}.xml")
        chart_part = pkg.free_name("xl/charts/chart{}.xml")
        sheet_rels = Rels(pkg, sheet_part)
        rid = sheet_rels.add(REL_DRAWING, drawing_part)
        if sheet is not None:
            sheet.find(q("drawing")).set(q("id", R), rid)
        else:
            pkg.put(sheet_part, with_drawing_id(pkg.read(sheet_part), rid))
        pkg.put(drawing_part, scratch.read("xl/drawings/drawing1.xml"))
        drawing_rels = Rels(pkg, drawing_part)
        drawing_rels.add(REL_CHART, chart_part)
        first_rid = drawing_rels.root[0].get("Id")
        scratch_rid = parse(scratch.read("xl/drawings/_rels/drawing1.xml.rels"))[0].get("Id")
        if first_rid != scratch_rid:
            drawing_rels.root[0].set("Id", scratch_rid)
        pkg.put(chart_part, plot_hidden_cells(scratch.read("xl/charts/chart1.xml")))
        book.types.override(drawing_part, CT_DRAWING)
        book.types.override(chart_part, CT_CHART)
        added += [drawing_part, chart_part]

    # the workbook: our sheet first and active; names local to a sheet follow their sheet
    rid = book.rels.add(REL_WORKSHEET, sheet_part)
    ids = [int(el.get("sheetId", "0")) for _, _, el in book.sheets()]
    el = etree.Element(q("sheet"), name=name, sheetId=str(max(ids, default=0) + 1))
    el.set(q("id", R), rid)
    sheets_el = book.sheets_el
    sheets_el.insert(0, el)
    names = book.root.find(q("definedNames"))
    for dn in names if names is not None else []:
        if dn.get("localSheetId") is not None and dn.get("localSheetId").isdigit():
            dn.set("localSheetId", str(int(dn.get("localSheetId")) + 1))
    scratch_book = part_of("xl/workbook.xml")
    scratch_names = scratch_book.find(q("definedNames"))
    if scratch_names is not None and len(scratch_names):
        if names is None:
            names = etree.Element(q("definedNames"))
            insert_in_order(book.root, names, WORKBOOK_ORDER)
            journal.names_made = True
        for i, dn in enumerate(scratch_names):
            names.insert(i, copy.deepcopy(dn))
    had_names = names is not None
    set_mark(book, 0, KIND_CONTROL, digest)
    if not had_names:
        journal.names_made = True
    views = book.root.find(q("bookViews"))
    view = views.find(q("workbookView")) if views is not None else None
    if view is not None:
        journal.active_tab = view.get("activeTab") if view.get("activeTab") is not None else ""
        journal.first_sheet = view.get("firstSheet") if view.get("firstSheet") is not None else ""
        view.set("activeTab", "0")
        if view.get("firstSheet") is not None:
            view.set("firstSheet", "0")
    book.changed()
    selected = []
    for sheet_name, part, _ in book.sheets()[1:]:
        if part and pkg.exists(part) and part.endswith(".xml"):
            try:
                if edit_sheet(pkg, sheet_name, part, head_only=True, stream=stream).selected(False):
                    selected.append(sheet_name)
            except etree.XMLSyntaxError:
                continue
    journal.selected.extend(selected)
    journal.control = name
    journal.parts.extend(added)
