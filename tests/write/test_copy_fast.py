"""The annotated copy's faster paths give what the slower ones gave: the Controle sheet's strings
written inline straight from xlsxwriter's bytes (no tree of shared strings deep-copied), and a
streamed sheet's rows found without a Python call per element (:mod:`actieplan.ooxml.sheetstream`)."""

from __future__ import annotations

import copy
import io
import zipfile

import pytest
from lxml import etree
from paths import EXAMPLE
from workbooks import RULESET

from actieplan.ooxml.ns import local, q
from actieplan.ooxml.xml import parse, serialize
from actieplan.run.check import check_workbook
from actieplan.write.annotated.controle import control_package, inline_strings


def _tree_inlined(sheet_xml: bytes, strings_xml: bytes) -> bytes:
    """The way the copy did it before: every shared string deep-copied into its cell on the tree."""
    strings = [si for si in parse(strings_xml) if local(si) == "si"]
    sheet = parse(sheet_xml)
    for c in sheet.iter(q("c")):
        if c.get("t") == "s":
            v = c.find(q("v"))
            si = strings[int(v.text)]
            c.remove(v)
            c.set("t", "inlineStr")
            inline = etree.SubElement(c, q("is"))
            for part in si:
                inline.append(copy.deepcopy(part))
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
