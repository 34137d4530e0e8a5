"""The sheets we mark are edited as a stream of bytes (pipeline/sheetstream.py), not as a tree:
the copy must come out as the tree-editing copy did (compared as parsed XML), on a sheet with
the hard cases of XML, and keep every byte of the sheet it does not change."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from workbooks import RULESET, write_plan

import actieplan.write.annotated.journal as journal_module
from actieplan.write.annotated import annotate, clean_workbook
from actieplan.run.check import check_workbook
from actieplan.model import Finding, Severity
from actieplan.ooxml.workbook import sheet_parts

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"
X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"

# {p}: the prefix of the main namespace ("" or "x:"), {d}: its declaration, {s}: a style of the workbook
HARD = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?hard-case keep me?>
<!-- before the root -->
<{p}worksheet {d} xmlns:r="%(R)s" xmlns:mc="%(MC)s" xmlns:x14ac="%(X14AC)s" mc:Ignorable="x14ac">
<{p}sheetPr><{p}pageSetUpPr fitToPage="1"/></{p}sheetPr>
<{p}dimension ref="A1:F8"/>
<{p}sheetViews><{p}sheetView tabSelected="1" workbookViewId="0"/></{p}sheetViews>
<{p}sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>
<{p}cols><{p}col min="4" max="4" width="20" style="{s}" customWidth="1"/></{p}cols>
<{p}sheetData>
  <{p}row r="1" spans="1:6"><{p}c r="A1" t="inlineStr"><{p}is><{p}t>Titel</{p}t></{p}is></{p}c></{p}row>
  <!-- rows 3 and 2 in this order: out of r-order -->
  <{p}row r="3" spans="1:6" x14ac:dyDescent="0.25"><{p}c r="A3" t="inlineStr"><{p}is><{p}t>a &lt;b&gt; &amp; "c" &#10;d</{p}t></{p}is></{p}c><{p}c r="C3"><{p}v>3</{p}v></{p}c></{p}row>
  <{p}row r="2" spans="1:6" ><{p}c r="A2" ><{p}v>2</{p}v></{p}c></{p}row>
  <?row-pi here?>
  <{p}row r="5" spans='2:3'><{p}c r="B5" s="{s}"><{p}v>1</{p}v></{p}c><!-- between B5 and D5 --><{p}c s='0' r="D5" t="str"><{p}f>"a"&amp;"b"</{p}f><{p}v><![CDATA[a<b> & ]]]]><![CDATA[>c]]></{p}v></{p}c></{p}row>
  <{p}row r="8" spans="1:2" customFormat="1" s="{s}"><{p}c r="A8"><{p}v>8</{p}v></{p}c></{p}row>
</{p}sheetData>
<{p}mergeCells count="1"><{p}mergeCell ref="E2:F3"/></{p}mergeCells>
<{p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
<mc:AlternateContent><mc:Choice Requires="x14ac"><{p}tableParts count="0"/></mc:Choice><mc:Fallback><{p}tableParts count="0"/></mc:Fallback></mc:AlternateContent>
<{p}extLst><{p}ext uri="{{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}}" xmlns:x14="%(X14)s"><!-- </ext> --><x14:unknown a=">"><x14:deeper/></x14:unknown></{p}ext></{p}extLst>
</{p}worksheet>
<!-- after the root -->""" % {"R": R, "MC": MC, "X14AC": X14AC, "X14": X14}

# rows and cells without r (numbered by their place), an empty row <row/> that gets a cell
UNNUMBERED = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="{MAIN}" xmlns:r="{R}"><dimension ref="A1:B3"/><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row/><row><c t="inlineStr"><is><t>x</t></is></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"""


def finding(ref: str | None, row: int, message: str, severity: Severity = Severity.ERROR) -> Finding:
    return Finding("test-regel", severity, "Stuurgroepen", ref, row, None, message)


CASES = {
    "hard": (HARD.format(p="", d=f'xmlns="{MAIN}"', s="{s}"), [
        finding("A1", 1, "Een cel die er is."),
        finding("C5", 5, "Een cel die ontbreekt, tussen B5 en D5 (met een opmerking ertussen)."),
        finding("D5", 5, "De cel met CDATA in zijn formulewaarde."),
        finding("F5", 5, "Een cel na de laatste van de rij: spans groeit.", Severity.WARNING),
        finding("A4", 4, "Een rij die ontbreekt, tussen rijen buiten volgorde."),
        finding("E3", 3, "In een samengevoegd bereik: op E2."),
        finding(None, 8, "De hele rij.", Severity.INFO),
        finding("AA12", 12, "Ver buiten de dimensie."),
    ]),
    "prefixed": (HARD.format(p="x:", d=f'xmlns:x="{MAIN}"', s="{s}"), [
        finding("C5", 5, "Een cel die ontbreekt."),
        finding("D5", 5, "Een cel die er is."),
        finding("A4", 4, "Een rij die ontbreekt."),
        finding("A9", 9, "Een rij na de laatste."),
    ]),
    "unnumbered": (UNNUMBERED, [
        finding("C1", 1, "Een cel na cellen zonder r."),
        finding("B2", 2, "Een cel in een lege rij <row/>."),
        finding("A5", 5, "Een nieuwe rij na rijen zonder r."),
    ]),
}


def canonical(data: bytes) -> str:
    """The root element as canonical XML (C14N 2.0, prefixes rewritten): equal when the XML is."""
    root = etree.fromstring(data, etree.XMLParser(strip_cdata=False, resolve_entities=False))
    return ET.canonicalize(etree.tostring(root), with_comments=True, rewrite_prefixes=True)


def without_run_specifics(name: str, data: bytes) -> bytes:
    if name.startswith("customXml/itemProps"):
        return re.sub(rb'ds:itemID="[^"]*"', b"", data)
    if name.startswith("customXml/item"):  # the digest of the sheet's new bytes differs with its bytes
        return re.sub(rb' na="[0-9a-f]{64}"', b"", data)
    return data


def copies(tmp_path: Path, case: str, monkeypatch):
    xml, findings = CASES[case]
    source = write_plan(tmp_path / "plan.xlsx")
    _, report = check_workbook(source, ruleset=RULESET)
    report.findings = findings
    with zipfile.ZipFile(source) as z:
        part = sheet_parts(z)["Stuurgroepen"]
        styles = z.read("xl/styles.xml").decode()
        xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S).group(1).count("<xf ")
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    hard = source.with_name("hard.xlsx")
    with zipfile.ZipFile(hard, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            out.writestr(info, xml.replace("{s}", str(min(1, xfs - 1))).encode() if info.filename == part else data)
    report.source = hard
    results = {}
    for stream in (False, True):
        target = tmp_path / f"copy-{'stream' if stream else 'tree'}.xlsx"
        annotate(hard, report, target, stream=stream)
        results[stream] = target
    return hard, results[False], results[True], part, report


@pytest.mark.parametrize("case", list(CASES))
def test_streamed_sheet_comes_out_as_the_tree_edit_did(tmp_path, case, monkeypatch):
    source, tree, stream, part, _ = copies(tmp_path, case, monkeypatch)
    with zipfile.ZipFile(tree) as a, zipfile.ZipFile(stream) as b:
        assert a.namelist() == b.namelist()
        for name in a.namelist():
            x, y = a.read(name), b.read(name)
            if x == y:
                continue
            assert not name.endswith((".bin", ".png")), name
            assert canonical(without_run_specifics(name, x)) == canonical(without_run_specifics(name, y)), name
        streamed = b.read(part)
    original = zipfile.ZipFile(source).read(part)
    if case == "unnumbered":
        assert b"<row r=\"2\"><c r=\"B2\"" in streamed  # the empty row opened for its cell
        return
    # what no mark touches is there byte for byte: the tree edit rewrote it, the stream does not
    p = "x:" if case == "prefixed" else ""
    for kept in (b'<?hard-case keep me?>\n<!-- before the root -->', b"<!-- after the root -->",
                 f'<{p}extLst><{p}ext uri="{{CCE6A557'.encode(), b'<!-- </ext> --><x14:unknown a=">"><x14:deeper/></x14:unknown>',
                 f'<{p}c r="A3" t="inlineStr"><{p}is><{p}t>a &lt;b&gt; &amp; "c" &#10;d</{p}t>'.encode(),
                 b"<![CDATA[a<b> & ]]]]><![CDATA[>c]]>", b'mc:Ignorable="x14ac"', b"<?row-pi here?>",
                 f'<{p}row r="2" spans="1:6" >'.encode()):
        assert kept in original and kept in streamed, kept
    root = streamed[streamed.index(f"<{p}worksheet".encode()):]
    assert root.startswith(original[original.index(f"<{p}worksheet".encode()):][:root.index(b">") + 1])  # root tag as it was
    # the notes' drawing in the element order: before the mc:AlternateContent that holds tableParts
    assert streamed.index(f"<{p}legacyDrawing".encode()) < streamed.index(b"<mc:AlternateContent")
    assert streamed.index(f"<{p}pageMargins".encode()) < streamed.index(f"<{p}legacyDrawing".encode())


@pytest.mark.parametrize("case", list(CASES))
def test_a_streamed_copy_cleans_and_rechecks_as_before(tmp_path, case, monkeypatch):
    source, tree, stream, part, report = copies(tmp_path, case, monkeypatch)
    original = zipfile.ZipFile(source).read(part)
    for copy in (tree, stream):
        clean = copy.with_name(copy.stem + "-schoon.xlsx")
        assert clean_workbook(copy, clean)
        assert zipfile.ZipFile(clean).read(part) == original  # the sheet back byte for byte
    # annotating the streamed copy again gives the copy once more (marks do not pile up)
    again = tmp_path / "again.xlsx"
    annotate(stream, report, again)
    with zipfile.ZipFile(stream) as a, zipfile.ZipFile(again) as b:
        assert canonical(a.read(part)) == canonical(b.read(part))


def test_a_sheet_not_in_utf8_is_edited_as_a_tree(tmp_path, monkeypatch):
    """What the stream cannot follow exactly (here UTF-16) goes the tree's way, marked all the same."""
    xml, findings = CASES["unnumbered"]
    utf16 = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    CASES["utf16"] = (utf16.decode("utf-16"), findings)
    try:
        source = write_plan(tmp_path / "plan.xlsx")
        _, report = check_workbook(source, ruleset=RULESET)
        report.findings = findings
        with zipfile.ZipFile(source) as z:
            part = sheet_parts(z)["Stuurgroepen"]
            items = [(i, z.read(i.filename)) for i in z.infolist()]
        hard = tmp_path / "utf16.xlsx"
        with zipfile.ZipFile(hard, "w", zipfile.ZIP_DEFLATED) as out:
            for info, data in items:
                out.writestr(info, utf16 if info.filename == part else data)
        target = tmp_path / "copy.xlsx"
        annotate(hard, report, target)
        marked = etree.fromstring(zipfile.ZipFile(target).read(part))
        refs = {c.get("r") for c in marked.iter(f"{{{MAIN}}}c") if c.get("s")}
        assert {"C1", "B2", "A5"} <= refs
    finally:
        CASES.pop("utf16")


@pytest.mark.parametrize("case", list(CASES))
def test_unmarking_a_streamed_sheet_edit_by_edit_gives_what_the_tree_gave(tmp_path, case, monkeypatch):
    """A sheet too big to keep as it was (ORIGINAL_LIMIT, here every sheet) is unmarked mark by mark:
    as a stream the same as as a tree, for the mail's attachment and for a copy checked again."""
    monkeypatch.setattr(journal_module, "ORIGINAL_LIMIT", 0)
    source, _, _, part, report = copies(tmp_path, case, monkeypatch)
    out = {}
    for stream in (False, True):
        name = "stream" if stream else "tree"
        copy = tmp_path / f"copy-{name}.xlsx"
        clean, again = tmp_path / f"clean-{name}.xlsx", tmp_path / f"again-{name}.xlsx"
        assert clean_workbook(copy, clean, stream=stream)
        annotate(copy, report, again, stream=stream)
        out[stream] = (clean, again)
    for a, b in zip(out[False], out[True]):
        with zipfile.ZipFile(a) as x, zipfile.ZipFile(b) as y:
            assert x.namelist() == y.namelist(), (a.name, sorted(set(x.namelist()) ^ set(y.namelist())))
            for name in x.namelist():
                assert canonical(without_run_specifics(name, x.read(name))) == canonical(without_run_specifics(name, y.read(name))), name
    if case == "unnumbered":
        return  # (the numbers given to unnumbered rows and cells stay: they are not recorded)
    # the attachment's sheet is the user's again, as parsed XML (a row's spans included)
    original = zipfile.ZipFile(source).read(part)
    cleaned = zipfile.ZipFile(out[True][0]).read(part)
    assert canonical(cleaned) == canonical(original)
    if case == "hard":
        assert b"<!-- before the root -->" in cleaned and b"<![CDATA[a<b> & ]]]]>" in cleaned
