"""The annotated copy's faster paths give what the slower ones gave: the Controle sheet's strings
written inline straight from xlsxwriter's bytes (no tree of shared strings deep-copied), and a
streamed sheet's rows found without a Python call per element (:mod:`actieplan.ooxml.sheetstream`)."""

from __future__ import annotations

import io
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


@pytest.mark.parametrize("size", [7, 64, 1 << 18])
def test_usual_rows_are_read_off_the_bytes_as_the_callbacks_read_them(size):
    chunks = _chunks(_HEAD + _USUAL + _TAIL, size)
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
    _USUAL.replace(b'<t>a &amp; b</t>', b'<t>a > b</t>'),
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
