"""The annotated copy's faster paths give what the slower ones gave: the Controle sheet's strings
written inline straight from xlsxwriter's bytes (no tree of shared strings deep-copied), and a
streamed sheet's rows found without a Python call per element (:mod:`actieplan.ooxml.sheetstream`)."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from paths import EXAMPLE
from workbooks import RULESET

from actieplan.ooxml.ns import local, q
from actieplan.ooxml.xml import parse, serialize
from actieplan.run.check import check_workbook
from actieplan.write.annotated.controle import control_package, inline_on_tree, inline_strings


def _tree_inlined(sheet_xml: bytes, strings_xml: bytes) -> bytes:
    """The way the copy did it before: every shared string deep-copied into its cell on the tree."""
    strings = [si for si in parse(strings_xml) if local(si) == "si"]
    sheet = parse(sheet_xml)
    for c in sheet.iter(q("c")):
        if c.get("t") == "s":
            inline_on_tree(c, strings)
    return serialize(sheet)


def _scratch(report) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(control_package(report, "Controle", {"Actiefiches", "Algemeen"}, [
        "  a notice with spaces around it, & < > \" ' and\nanother line  "])))


def test_controle_strings_inlined_from_bytes_as_the_tree_did():
    report = check_workbook(EXAMPLE, RULESET)[1]
    scratch = _scratch(report)
    sheet_xml, strings_xml = scratch.read("xl/worksheets/sheet1.xml"), scratch.read("xl/sharedStrings.xml")
    fast = inline_strings(sheet_xml, strings_xml)
    assert b' t="s"' not in fast  # every shared string was recognised and inlined: no tree work left
    assert fast.count(b' t="inlineStr"') == sheet_xml.count(b' t="s"') > 20
    assert serialize(parse(fast)) == _tree_inlined(sheet_xml, strings_xml)


@pytest.mark.parametrize("strings_xml", [
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si><si/>'
    b'<si><t xml:space="preserve"> b </t></si></sst>',
])
def test_an_empty_or_preserved_item_keeps_its_place(strings_xml):
    sheet_xml = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
                 b'<c r="A1" t="s"><v>2</v></c><c r="B1" s="3" t="s"><v>1</v></c><c r="C1" s="3" t="s"><v>0</v></c>'
                 b'<c r="D1" t="s"><v>7</v></c></row></sheetData></worksheet>')
    fast = inline_strings(sheet_xml, strings_xml)
    assert b'<c r="D1" t="s"><v>7</v></c>' in fast  # an index without an item: left to the tree (as it was)
    assert b'<c r="A1" t="inlineStr"><is><t xml:space="preserve"> b </t></is></c>' in fast
    assert b'<c r="B1" s="3" t="inlineStr"><is></is></c>' in fast


# -- a streamed sheet's rows read off the bytes

from actieplan.ooxml import sheetstream  # noqa: E402
from actieplan.ooxml.sheetdata import Slow  # noqa: E402

_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
         b'spreadsheetml/2006/main"><dimension ref="A1:C9"/><sheetData>')
_TAIL = b'</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
_USUAL = (b'<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t>a &amp; b</t></is></c><c r="B1"/></row>\n  '
          b'<row r="3"/><row><c r="A4"><v>4</v></c></row><row r="9" spans="1:3"><c r="C9" t="s"><v>0</v></c></row>')


def _chunks(data: bytes, size: int):
    return lambda: iter([data[i:i + size] for i in range(0, len(data), size)])


@pytest.mark.parametrize("content", [
    _USUAL,
    _USUAL.replace(b"<t>a &amp; b</t>", b"<t>a > b</t>"),  # a '>' in a text: not a tag's end, and rows are not counted by it
    _USUAL.replace(b'<c r="B1"/>', b'<c r="B1"><extLst><ext uri="x"><rows/></ext></extLst></c>'),  # deeper elements
    _USUAL.replace(b'<row r="9" spans="1:3">', b'<row spans="1:3" r="9" >'),  # its number not first: read another way
])
@pytest.mark.parametrize("size", [7, 64, 1 << 18])
def test_usual_rows_are_read_off_the_bytes_as_the_callbacks_read_them(size, content):
    chunks = _chunks(_HEAD + content + _TAIL, size)
    fast = sheetstream._scan(chunks, False, True)  # raises Slow where it would fall back
    assert fast == sheetstream.scan(chunks, fast=False)
    assert list(fast.numbers) == [1, 3, 4, 9] and fast.unnumbered == [2]


@pytest.mark.parametrize("content", [
    _USUAL.replace(b'<row r="3"/>', b'<row r="3"/><!-- a comment -->'),
    _USUAL.replace(b'<row r="3"/>', b'<row r="3"/><other/>'),
    _USUAL.replace(b'<row r="3"/>', b'<row r="3"/><x:other xmlns:x="urn:x"/>'),  # refused either way
    _USUAL.replace(b'<row r="3"/>', b'<row r="3"/>text'),
    _USUAL.replace(b'<row r="3"/>', b"<row r='3'/>"),
    _USUAL.replace(b'<row r="3"/>', b'<row r="&#51;"/>'),
    _USUAL.replace(b'<row r="3"/>', b'<row r="3" x="a > b"/>'),
    _USUAL.replace(b'<row r="3"/>', b'<row r="3" x="/>"/>'),
    _USUAL.replace(b'<c r="B1"/>', b'<c r="B1"><row r="2"/></c>'),  # a row that is no child of sheetData
    _USUAL.replace(b'<c r="B1"/>', b'<c r="B1"><row r="2"></row></c>'),
    _USUAL.replace(b'<row r="3"/>', b'<row r="3"></row></row>'),  # (not well-formed: refused either way)
    _USUAL.replace(b'<row r="3"/>', b'<row r="3"/></row>'),
    _USUAL.replace(b'<row r="3"/>', b'<row r="3"></row >'),  # an end tag in another spelling
    _USUAL.replace(b'<row r="3"/>', b'<?pi x?><row r="3"/>'),
    _USUAL.replace(b'<row r="9"', b'<row r=" 9"'),
])
def test_other_forms_are_left_to_the_callbacks_with_the_same_result(content):
    chunks = _chunks(_HEAD + content + _TAIL, 1 << 18)
    with pytest.raises(Slow):
        sheetstream._scan(chunks, False, True)
    assert _outcome(chunks, True) == _outcome(chunks, False)


def _outcome(chunks, fast: bool):
    try:
        return sheetstream.scan(chunks, fast=fast)
    except sheetstream.Unsupported as exc:
        return str(exc)


def test_a_part_ending_inside_sheetdata_is_refused_as_before():
    chunks = _chunks(_HEAD + _USUAL, 1 << 18)
    with pytest.raises(sheetstream.Unsupported) as slow:
        sheetstream.scan(chunks, fast=False)
    with pytest.raises(sheetstream.Unsupported) as fast:
        sheetstream.scan(chunks)
    assert str(fast.value) == str(slow.value)


def test_a_streamed_sheet_is_written_in_big_pieces_with_the_same_bytes(monkeypatch):
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c></row>' % (i, i, b"x" * 200)
                    for i in range(1, 6001))
    data = _HEAD + rows + _TAIL
    sheet = sheetstream.StreamSheet.__new__(sheetstream.StreamSheet)
    sheet._chunks = _chunks(data, 1 << 16)
    edits = [(data.index(b'<row r="%d"' % i), sheetstream.Tag({"ht": "30"})) for i in range(1, 6001, 3)]
    monkeypatch.setattr(sheet, "edits", lambda: edits)
    calls: list[bytes] = []
    sheet.write(calls.append)
    plain: list[bytes] = []
    sheetstream.rewrite(sheet._chunks, edits, plain.append)
    assert b"".join(calls) == b"".join(plain) and b'ht="30"' in b"".join(calls)
    assert len(calls) <= len(data) // sheetstream.CHUNK + 2 < len(plain) // 100


# -- the Controle sheet taken as xlsxwriter wrote it (its bytes, not a tree)

from dataclasses import replace  # noqa: E402

from actieplan.write.annotated.controle import as_written, restyled_tree  # noqa: E402
from actieplan.write.annotated.own_sheets import content_digest, rows_digest, sheet_values  # noqa: E402

# texts a cell may hold that XML writers spell differently: escapes, quotes, Excel's own _xHHHH_
# escape, a carriage return, spaces around, a character outside the BMP, a value that looks like a number
_ODD = ['a & b < c > d "e" \'f\'', "  spaces around  ", "_x0041_ stays text", "line\r\nbreak", "emoji 🙂 é",
        "3.0", "]]> and <![CDATA[ x"]


def _odd_report():
    report = check_workbook(EXAMPLE, RULESET)[1]
    report.findings = [replace(f, message=_ODD[i % len(_ODD)] + " " + f.message, row_title=_ODD[-i % len(_ODD)])
                       for i, f in enumerate(report.findings)]
    return report


def _sheet_of(report) -> tuple[bytes, bytes]:
    scratch = _scratch(report)
    return scratch.read("xl/worksheets/sheet1.xml"), scratch.read("xl/sharedStrings.xml")


@pytest.mark.parametrize("odd", [False, True])
def test_controle_sheet_bytes_are_what_the_tree_gave(odd):
    sheet_xml, strings_xml = _sheet_of(_odd_report() if odd else check_workbook(EXAMPLE, RULESET)[1])
    inlined = inline_strings(sheet_xml, strings_xml)
    style_map = {i: 3 * i + 7 for i in range(1, 12)}  # (a style it does not name: 0, as the tree does)
    found = as_written(inlined, style_map)
    assert found is not None  # the usual form: taken from the bytes
    tree = restyled_tree(inlined, strings_xml, style_map)
    assert found[0] == serialize(tree)
    values = sheet_values(tree, None)
    assert rows_digest(found[1]) == content_digest(values) and len(values) > 100
    rows: dict[int, list] = {}
    for (r, c), value in values.items():
        rows.setdefault(r, []).append((c, value))
    assert sorted(found[1]) == sorted(repr(sorted(cells)) for cells in rows.values())


@pytest.mark.parametrize("change", [
    lambda x: x.replace(b"Klik op een cel", b"Klik\top een cel", 1),  # a tab: another program's space in an attribute
    lambda x: x.replace(b'<c r="A1" ', b'<c r="A1" cm="1" ', 1),  # a cell in another form
    lambda x: x.replace(b"<is><t>Ernst</t></is>", b"<is><r><t>Ernst</t></r></is>", 1),  # a rich text
    lambda x: x.replace(b"<sheetView ", b'<sheetView rightToLeft="1" ', 1),  # not selected as xlsxwriter selects
    lambda x: x.replace(b"<sheetFormatPr ", b'<sheetPr></sheetPr><sheetFormatPr ', 1),  # an element empty with an end tag
    lambda x: x.replace(b"</sheetData>", b"</sheetData><!-- a comment -->", 1),
])
def test_controle_sheet_in_another_form_goes_through_the_tree(change):
    sheet_xml, strings_xml = _sheet_of(check_workbook(EXAMPLE, RULESET)[1])
    inlined = change(inline_strings(sheet_xml, strings_xml))
    assert as_written(inlined, {}) is None  # the fallback is taken ...
    tree = restyled_tree(inlined, strings_xml, {})  # ... and it still gives the sheet and its values
    assert sheet_values(tree, None)


@pytest.mark.parametrize("odd", [False, True])
def test_controle_sheet_inlined_and_read_in_one_pass(odd):
    """The sheet as xlsxwriter wrote it (its strings shared) gives in one pass what inlining it first gave."""
    sheet_xml, strings_xml = _sheet_of(_odd_report() if odd else check_workbook(EXAMPLE, RULESET)[1])
    style_map = {i: 3 * i + 7 for i in range(1, 12)}
    found = as_written(sheet_xml, style_map, strings_xml)
    assert found is not None and found == as_written(inline_strings(sheet_xml, strings_xml), style_map)
    assert b' t="s"' not in found[0] and b"inlineStr" in found[0]


@pytest.mark.parametrize("change", [
    lambda sheet, strings: (sheet, strings.replace(b"<si><t>Ernst</t></si>", b"<si><r><t>Ernst</t></r></si>", 1)),  # rich
    lambda sheet, strings: (sheet, strings.replace(b"<si><t>Ernst</t></si>", b"<si><t></t></si>", 1)),  # empty
    lambda sheet, strings: (sheet, strings.replace(b"<si><t>Ernst</t></si>", b"<si/>", 1)),  # empty, in another form
    lambda sheet, strings: (sheet, strings.replace(b"<si><t>Ernst</t></si>", b"<si><t>Ernst\tx</t></si>", 1)),  # a tab
    lambda sheet, strings: (re.sub(rb't="s"><v>[0-9]+</v>', b't="s"><v>99999</v>', sheet, count=1), strings),  # no such string
    lambda sheet, strings: (sheet, None),  # the strings left out
])
def test_controle_sheet_with_strings_in_another_form_goes_through_the_tree(change):
    sheet_xml, strings_xml = change(*_sheet_of(check_workbook(EXAMPLE, RULESET)[1]))
    assert as_written(sheet_xml, {}, strings_xml) is None


def test_the_copys_controle_digest_is_that_of_its_written_values(tmp_path):
    """Whatever path the sheet took, the mark's digest is what a re-check reads back from the sheet."""
    from actieplan.ooxml.package import Package
    from actieplan.ooxml.workbook import Book
    from actieplan.write.annotated import annotate
    from actieplan.write.annotated.own_sheets import _marks

    for report in (check_workbook(EXAMPLE, RULESET)[1], _odd_report()):
        report.findings[0] = replace(report.findings[0], message="a\ttab")  # this one through the tree
        for i, target in enumerate((tmp_path / "a.xlsx", tmp_path / "b.xlsx")):
            if i:
                report.findings[0] = replace(report.findings[0], message="no tab")
            annotate(EXAMPLE, report, target)
            pkg = Package(target)
            try:
                book = Book(pkg)
                name, part, _ = book.sheets()[0]
                assert _marks(book)[0][1] == content_digest(sheet_values(pkg.xml(part), None))
            finally:
                pkg.close()


def test_a_streamed_sheet_is_rewritten_once_though_the_journal_keeps_it(monkeypatch, tmp_path):
    """A marked sheet small enough for the journal to keep as it was is read whole for its digest;
    those bytes are saved, not rewritten from the user's part a second time."""
    from actieplan.write.annotated import annotate

    report = check_workbook(EXAMPLE, RULESET)[1]
    written: dict[str, int] = {}
    real = sheetstream.StreamSheet.write

    def counted(self, write):
        written[self.part] = written.get(self.part, 0) + 1
        return real(self, write)

    monkeypatch.setattr(sheetstream.StreamSheet, "write", counted)
    annotate(EXAMPLE, report, tmp_path / "copy.xlsx")
    assert written and set(written.values()) == {1}


def test_a_marked_row_gets_no_list_of_new_cells_unless_it_gets_one(tmp_path):
    """Objects per marked row and cell are few (a copy of thousands of marks otherwise leaves the
    garbage collector a full collection to do): a row whose existing cells are marked holds no
    list of new cells, and a cell's node is made only for a cell asked for."""
    from actieplan.ooxml.package import Package

    path = tmp_path / "s.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/worksheets/sheet1.xml", _HEAD + _USUAL + _TAIL)
    pkg = Package(path)
    sheet = sheetstream.StreamSheet(pkg, "Blad", "xl/worksheets/sheet1.xml")
    sheet.expect([1, 9])
    cell, created, _ = sheet.make_cell(1, 1)
    cell.set("s", "5")
    assert not created and sheet.row(1).children is None and set(sheet.row_cells(1).nodes) == {1}
    sheet.make_cell(9, 1)[0].set("s", "5")  # a new cell: before C9
    assert sheet.row(9).children is not None
    out: list[bytes] = []
    sheet.write(out.append)
    data = b"".join(out)
    assert b'<c r="A1" t="inlineStr" s="5">' in data and b'<c r="A9" s="5"/><c r="C9" t="s">' in data
    pkg.close()
