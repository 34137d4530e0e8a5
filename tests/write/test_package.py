"""The annotated copy edits the package: a workbook as Excel 365 users make it (charts, images,
text boxes, sparklines, data bars, tables, in-cell checkboxes, notes, a threaded comment, rich
text, custom properties, macros) comes back with every part it had, byte for byte unless a mark
needed it, and the changed sheets differ only in the marked cells and the notes' link."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from lxml import etree
from copies import assert_marked, broken_rows, findings_json, set_cell_text, sheet_parts
from workbooks import RULESET, valid_plan, write_plan

from actieplan.write.annotated import CONTROL_SHEET, MARK_COLOURS, NOTE_SEPARATOR, annotate, clean_workbook, is_annotated
from actieplan.run.check import check_workbook
from actieplan.model import Severity

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TC_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
PERSON_ID = "{5F2B7C1D-3A4E-4B6F-9C8D-1E2F3A4B5C6D}"
THREAD_ID = "{0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9}"
REPLY_ID = "{1A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9}"
VBA = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"vba project of the user " * 40
VBA_SIGNATURE = b"\x30\x82signature of the vba project" * 10


def png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


def trekker_cell() -> str:
    """Where the broken plan's empty Trekker lands when the header is on row 1."""
    from actieplan.plugin.registry import resolve

    headers = [c.header for c in resolve("2026").sheets["Stuurgroepen"].columns]
    return f"{chr(65 + headers.index('Trekker'))}3"


def rich_package(path: Path, macro: bool = False) -> Path:
    """The broken plan as an Excel 365 user keeps it, written by xlsxwriter, then the parts
    xlsxwriter cannot write (a threaded comment and its person list) added as Excel stores them."""
    import xlsxwriter

    from actieplan.plugin.registry import resolve

    rows = broken_rows()
    scratch = path.with_name("scratch" + path.suffix)
    book = xlsxwriter.Workbook(str(scratch), {"strings_to_formulas": False, "strings_to_numbers": False})
    bold = book.add_format({"bold": True})
    red = book.add_format({"font_color": "#C00000"})
    sheets = {}
    for spec in resolve("2026").sheets.values():
        ws = book.add_worksheet(spec.name)
        sheets[spec.name] = ws
        headers = [c.header for c in spec.columns]
        ws.write_row(0, 0, headers, bold)
        for i, row in enumerate(rows[spec.name], start=1):
            for j, h in enumerate(headers):
                value = row.get(h)
                if value is None:
                    continue
                if isinstance(value, str):
                    ws.write_string(i, j, value)
                else:
                    ws.write(i, j, value)
    algemeen = sheets["Algemeen"]
    algemeen.insert_image("E2", "logo.png", {"image_data": io.BytesIO(png())})
    algemeen.insert_textbox("E8", "Nog na te kijken door An")
    algemeen.write_rich_string("H2", "Let op: ", bold, "eigen", " notitie in ", red, "rood")
    algemeen.write_comment("H2", "Een gewone notitie van An", {"author": "An"})
    cap = sheets["Capaciteit"]
    chart = book.add_chart({"type": "column"})
    chart.add_series({"values": ["Capaciteit", 1, 2, 6, 2]})
    cap.insert_chart("H2", chart)
    cap.add_sparkline("G2", {"range": "Capaciteit!C2:C7"})
    fiches = sheets["Actiefiches"]
    fiches.conditional_format("L2:L10", {"type": "data_bar", "bar_solid": True})  # an Excel 2010 data bar
    fiches.insert_checkbox("Z2", True)
    fiches.insert_checkbox("Z3", False)
    fiches.write_formula("AA2", '="tekst"', None, "tekst")
    doel = sheets["Doelstellingen"]
    doel.add_table("H1:I3", {"name": "EigenLijst", "columns": [{"header": "Wie"}, {"header": "Wat"}]})
    stuur = sheets["Stuurgroepen"]
    stuur.write_comment(trekker_cell(), "[Threaded comment]\n\nYour version of Excel allows you to read this threaded "
                        "comment; however, any edits to it will get removed if the file is opened in a newer version "
                        "of Excel.\n\nComment:\n    Wie trekt dit?", {"author": f"tc={THREAD_ID}"})
    book.set_custom_property("Afdeling", "Eerstelijn")
    if macro:
        vba = path.with_name("vbaProject.bin")
        vba.write_bytes(VBA)
        signature = path.with_name("vbaProjectSignature.bin")
        signature.write_bytes(VBA_SIGNATURE)
        book.add_signed_vba_project(str(vba), str(signature))
    book.close()
    add_threaded_comment(scratch, path, "Stuurgroepen", trekker_cell())
    return path


def add_threaded_comment(source: Path, target: Path, sheet: str, ref: str) -> None:
    """Write a threaded comment with a reply, and the person list, as Excel 365 does; plus an XML
    comment inside a sheet's <extLst> and a CDATA section in a formula's saved result (both are
    legal XML that regular expressions over the text get wrong)."""
    with zipfile.ZipFile(source) as src:
        parts = sheet_parts(src)
        part = parts[sheet]
        fiches = parts["Actiefiches"]
        rels = part.replace("worksheets/", "worksheets/_rels/") + ".rels"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    data = data.replace(
                        b"</Types>",
                        b'<Override PartName="/xl/threadedComments/threadedComment1.xml" '
                        b'ContentType="application/vnd.ms-excel.threadedcomments+xml"/>'
                        b'<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>',
                    )
                elif item.filename == "xl/_rels/workbook.xml.rels":
                    data = data.replace(
                        b"</Relationships>",
                        b'<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" '
                        b'Target="persons/person.xml"/></Relationships>',
                    )
                elif item.filename == rels:
                    data = data.replace(
                        b"</Relationships>",
                        b'<Relationship Id="rId98" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" '
                        b'Target="../threadedComments/threadedComment1.xml"/></Relationships>',
                    )
                elif item.filename == fiches:
                    assert b"<extLst>" in data and b"<v>tekst</v>" in data
                    data = data.replace(b"<extLst>", b"<extLst><!-- </ext> bewaard door Excel -->", 1)
                    data = data.replace(b"<v>tekst</v>", b"<v><![CDATA[tekst]]></v>", 1)
                dst.writestr(item, data)
            dst.writestr(
                "xl/threadedComments/threadedComment1.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="{TC_NS}" '
                'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f'<threadedComment ref="{ref}" dT="2026-11-20T10:00:00.00" personId="{PERSON_ID}" id="{THREAD_ID}">'
                "<text>Wie trekt dit?</text></threadedComment>"
                f'<threadedComment ref="{ref}" dT="2026-11-20T11:00:00.00" personId="{PERSON_ID}" id="{REPLY_ID}" '
                f'parentId="{THREAD_ID}"><text>Broes, denk ik</text></threadedComment></ThreadedComments>',
            )
            dst.writestr(
                "xl/persons/person.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="{TC_NS}" '
                'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f'<person displayName="An Peeters" id="{PERSON_ID}" userId="An Peeters" providerId="None"/></personList>',
            )


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def normalised_sheet(xml: bytes, like: bytes | None, marked: set[str]) -> bytes:
    """The copy's sheet with what marking may change put back as in the input: the marked cells'
    style (a cell that did not exist goes), the notes' legacyDrawing, the tab selection, the
    dimension and row spans. What is left must equal the input exactly (compared canonically)."""
    copy = etree.fromstring(xml)
    original = etree.fromstring(like) if like is not None else None
    before = {c.get("r"): c for c in original.iter(f"{NS}c")} if original is not None else {}
    for c in list(copy.iter(f"{NS}c")):
        ref = c.get("r")
        if ref not in marked:
            continue
        if ref not in before:
            assert len(c) == 0, f"a created cell {ref} holds something"
            c.getparent().remove(c)
            continue
        if before[ref].get("s") is None:
            c.attrib.pop("s", None)
        else:
            c.set("s", before[ref].get("s"))
    for row in list(copy.iter(f"{NS}row")):
        if len(row) == 0 and not any(r.get("r") == row.get("r") for r in original.iter(f"{NS}row")):
            row.getparent().remove(row)
    for tag in ("legacyDrawing",):
        if original.find(f"{NS}{tag}") is None:
            for el in copy.findall(f"{NS}{tag}"):
                copy.remove(el)
    for attr_path, attr in ((f"{NS}sheetViews/{NS}sheetView", "tabSelected"), (f"{NS}dimension", "ref")):
        a, b = original.find(attr_path), copy.find(attr_path)
        if a is not None and b is not None:
            if a.get(attr) is None:
                b.attrib.pop(attr, None)
            else:
                b.set(attr, a.get(attr))
    spans = {r.get("r"): r.get("spans") for r in original.iter(f"{NS}row")}
    for row in copy.iter(f"{NS}row"):
        if spans.get(row.get("r")) is not None:
            row.set("spans", spans[row.get("r")])
    return etree.tostring(copy, method="c14n")


def marked_refs(report, copy: Path) -> dict[str, set[str]]:
    """sheet -> every cell the copy gives one of our fills (the finding cells and whole rows)."""
    wb = openpyxl.load_workbook(copy)
    out: dict[str, set[str]] = {}
    for ws in wb.worksheets:
        if ws.title == CONTROL_SHEET:
            continue
        for row in ws.iter_rows():
            for c in row:
                if c.fill.fill_type == "solid" and c.fill.fgColor.rgb in MARK_COLOURS.values():
                    out.setdefault(ws.title, set()).add(c.coordinate)
    return out


@pytest.mark.parametrize("macro", [False, True], ids=["xlsx", "xlsm-signed-vba"])
def test_every_part_of_a_rich_workbook_is_kept(tmp_path, macro):
    source = rich_package(tmp_path / ("plan.xlsm" if macro else "plan.xlsx"), macro=macro)
    before = source.read_bytes()
    report, copy = check_and_annotate(tmp_path, source)
    assert source.read_bytes() == before
    a, b = parts(source), parts(copy)
    assert set(a) <= set(b), f"parts lost: {set(a) - set(b)}"
    with zipfile.ZipFile(source) as z:
        sheet_of = {part: name for name, part in sheet_parts(z).items()}
    marked = marked_refs(report, copy)
    marked_parts = {part for part, name in sheet_of.items() if name in marked}
    may_change = {"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"}
    changed = set()
    for name, data in a.items():
        if b[name] == data:
            continue
        changed.add(name)
        if name in sheet_of:
            assert name in marked_parts or b"tabSelected" in data, f"{name} changed without a mark"
            assert normalised_sheet(b[name], data, marked.get(sheet_of[name], set())) == etree.tostring(
                etree.fromstring(data), method="c14n"
            ), f"{sheet_of[name]} differs beyond its marks"
        elif name.startswith("xl/worksheets/_rels/") or name.startswith("xl/comments") or name.endswith(".vml"):
            assert any(name.endswith(p.rsplit("/", 1)[-1] + ".rels") for p in marked_parts) or name.startswith(
                ("xl/comments", "xl/drawings/vml")), name
        else:
            assert name in may_change, f"{name} was rewritten"
    # what must never be rewritten
    for kept in ("xl/theme/theme1.xml", "xl/threadedComments/threadedComment1.xml", "xl/persons/person.xml",
                 "docProps/custom.xml", "xl/tables/table1.xml"):
        assert kept in a and a[kept] == b[kept], kept
    for name in a:
        if name.startswith(("xl/drawings/drawing", "xl/charts/", "xl/media/", "xl/featurePropertyBag/", "xl/richData/")):
            assert a[name] == b[name], name
    if macro:
        for name in ("xl/vbaProject.bin", "xl/vbaProjectSignature.bin", "xl/_rels/vbaProject.bin.rels"):
            assert a[name] == b[name], name
        assert b"vbaProjectSignature" in b["[Content_Types].xml"] and b"macroEnabled" in b["[Content_Types].xml"]
    # styles.xml: every existing entry in place, ours appended
    sa, sb = etree.fromstring(a["xl/styles.xml"]), etree.fromstring(b["xl/styles.xml"])
    for block in ("fonts", "fills", "borders", "cellXfs"):
        old, new = list(sa.find(f"{NS}{block}")), list(sb.find(f"{NS}{block}"))
        assert [etree.tostring(x, method="c14n") for x in new[: len(old)]] == [etree.tostring(x, method="c14n") for x in old]
    # the cell with a threaded comment: marked, its thread and its legacy text untouched
    wb = openpyxl.load_workbook(copy)
    cell = wb["Stuurgroepen"][trekker_cell()]
    assert cell.fill.fgColor.rgb == MARK_COLOURS[Severity.ERROR]
    assert cell.comment.text.startswith("[Threaded comment]") and NOTE_SEPARATOR not in cell.comment.text
    assert any(f.cell == trekker_cell() and f.sheet == "Stuurgroepen" for f in report.findings)
    # every other finding at its cell, with its note
    report.findings = [f for f in report.findings if not (f.sheet == "Stuurgroepen" and f.cell == trekker_cell())]
    assert_marked(report, copy)
    assert not (changed - may_change - set(sheet_of) - {n for n in changed if "_rels/" in n or "comments" in n or n.endswith(".vml")})


def check_and_annotate(tmp_path: Path, source: Path):
    loaded, report = check_workbook(source, ruleset=RULESET)
    copy = tmp_path / f"{source.stem}.gecontroleerd{source.suffix}"
    annotate(source, report, copy, loaded)
    return report, copy


def test_the_copy_reads_back_and_cleans_to_the_users_own_bytes(tmp_path):
    """An XML comment in an <extLst> and CDATA in a saved result: the copy is well-formed, our
    reader reads it, and the mail's attachment has every part of the user's file byte for byte."""
    source = rich_package(tmp_path / "plan.xlsx")
    report, copy = check_and_annotate(tmp_path, source)
    fiches = sheet_parts(zipfile.ZipFile(copy))["Actiefiches"]
    xml = parts(copy)[fiches]
    assert b"<!-- </ext> bewaard door Excel -->" in xml and b"<![CDATA[tekst]]>" in xml
    loaded, again = check_workbook(copy, ruleset=RULESET)
    assert findings_json(again) == findings_json(report)
    clean = tmp_path / "schoon.xlsx"
    assert clean_workbook(copy, clean)
    assert parts(clean) == parts(source)


def test_a_signed_workbook_is_said_to_lose_its_signature(tmp_path):
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    signed = tmp_path / "getekend.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(signed, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("_xmlsignatures/origin.sigs", b"")
        dst.writestr("_xmlsignatures/sig1.xml", b'<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"/>')
    report, copy = check_and_annotate(tmp_path, signed)
    assert parts(copy)["_xmlsignatures/sig1.xml"] == parts(signed)["_xmlsignatures/sig1.xml"]
    note = openpyxl.load_workbook(copy)[CONTROL_SHEET]["A3"].value
    assert "digitaal ondertekend" in note and "niet meer geldig" in note


@pytest.mark.slow  # LibreOffice
def test_libreoffice_opens_the_copy_and_its_resave_checks_the_same(tmp_path):
    from clients import need, resave_with_libreoffice

    need("soffice")
    source = rich_package(tmp_path / "plan.xlsx")
    report, copy = check_and_annotate(tmp_path, source)
    proc = resave_with_libreoffice(copy, tmp_path / "lo", tmp_path)
    saved = tmp_path / "lo" / copy.name
    assert proc.returncode == 0 and saved.exists(), proc.stderr
    wb = openpyxl.load_workbook(saved)
    assert wb.sheetnames[0] == CONTROL_SHEET
    loaded, again = check_workbook(saved, ruleset=RULESET)
    assert findings_json(again) == findings_json(report)
    second = tmp_path / "tweede.xlsx"
    annotate(saved, again, second, loaded)
    out = openpyxl.load_workbook(second)
    assert [n for n in out.sheetnames if n.startswith(CONTROL_SHEET)] == [CONTROL_SHEET]
    for f in again.findings:
        if f.cell:
            note = out[f.sheet][f.cell].comment
            if note is not None:
                assert note.text.count(f"[{f.rule}]") <= 1
    clean = tmp_path / "schoon.xlsx"
    assert clean_workbook(second, clean) and not is_annotated(clean)
    assert openpyxl.load_workbook(clean).sheetnames == openpyxl.load_workbook(source).sheetnames


# --------------------------------------------------------------------------- issue 11.10, 11.11, 12.4


def test_a_reply_typed_into_our_note_stays_and_our_text_goes(tmp_path):
    """11.10: the user answers in our note, then fixes the cell: the answer stays, 'FOUT: …' goes
    (in the re-checked copy and in the mail's attachment)."""
    from actieplan.ooxml.ns import q
    from actieplan.ooxml.package import Package
    from actieplan.ooxml.sheet import Sheet
    from actieplan.ooxml.workbook import Book
    from actieplan.write.annotated.notes import Notes

    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    report, copy = check_and_annotate(tmp_path, source)
    # the user types a reply below our text in B5's note (Excel keeps the note's runs), and fixes B5
    pkg = Package(copy)
    book = Book(pkg)
    part = book.sheet_part("Stuurgroepen")
    notes = Notes(Sheet(pkg, "Stuurgroepen", part), book)
    comment = notes.by_ref()["B5"]
    run_el = etree.SubElement(comment.find(q("text")), q("r"))
    t = etree.SubElement(run_el, q("t"))
    t.text = "\nAn: Broes trekt dit vanaf maart."
    pkg.changed(notes.part)
    tmp = copy.with_name("bewerkt.xlsx")
    pkg.save(tmp)
    pkg.close()
    tmp.replace(copy)
    set_cell_text(copy, "Stuurgroepen", "B5", "Broes")
    loaded, again = check_workbook(copy, ruleset=RULESET)
    assert not any(f.sheet == "Stuurgroepen" and f.cell == "B5" for f in again.findings)
    second = tmp_path / "tweede.xlsx"
    annotate(copy, again, second, loaded)
    clean = tmp_path / "schoon.xlsx"
    assert clean_workbook(copy, clean)
    for path in (second, clean):
        note = openpyxl.load_workbook(path)["Stuurgroepen"]["B5"].comment
        assert note is not None and note.text.strip() == "An: Broes trekt dit vanaf maart.", path.name
        assert "FOUT" not in note.text and "[cel-verplicht]" not in note.text


def test_a_hidden_row_is_marked_in_the_copy(tmp_path):
    """11.11: a rij-verborgen finding colours its row and notes it on the row's first cell."""
    source = write_plan(tmp_path / "plan.xlsx", valid_plan())
    wb = openpyxl.load_workbook(source)
    wb["Stuurgroepen"].row_dimensions[5].hidden = True
    wb.save(source)
    report, copy = check_and_annotate(tmp_path, source)
    hidden = [f for f in report.findings if f.rule == "rij-verborgen"]
    assert hidden and hidden[0].row == 5 and hidden[0].cell is None
    ws = openpyxl.load_workbook(copy)["Stuurgroepen"]
    assert ws["A5"].fill.fgColor.rgb == MARK_COLOURS[Severity.INFO] and "[rij-verborgen]" in ws["A5"].comment.text
    assert ws["B5"].fill.fgColor.rgb == MARK_COLOURS[Severity.INFO]
    assert ws.row_dimensions[5].hidden  # the row stays as the user left it


def test_the_users_own_fills_in_our_colours_stay(tmp_path):
    """12.4: a re-check undoes only what we recorded doing; a user's fill in our very colours on a
    cell we never marked stays, as does one on a cell we marked before (put back)."""
    from openpyxl.styles import PatternFill

    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    wb = openpyxl.load_workbook(source)
    for ref, colour in (("D4", "FFFF9999"), ("D6", "FFFFCC80"), ("E6", "FF9DC3E6")):
        wb["Stuurgroepen"][ref].fill = PatternFill("solid", fgColor=colour, bgColor=colour)
    wb["Stuurgroepen"]["B5"].fill = PatternFill("solid", fgColor="FFFF9999", bgColor="FFFF9999")  # and under a mark
    wb.save(source)
    report, copy = check_and_annotate(tmp_path, source)
    set_cell_text(copy, "Stuurgroepen", "B5", "Broes")  # fixed: B5's mark goes, the user's red comes back
    loaded, again = check_workbook(copy, ruleset=RULESET)
    second = tmp_path / "tweede.xlsx"
    annotate(copy, again, second, loaded)
    clean = tmp_path / "schoon.xlsx"
    assert clean_workbook(copy, clean)
    for path in (second, clean):
        ws = openpyxl.load_workbook(path)["Stuurgroepen"]
        for ref, colour in (("D4", "FFFF9999"), ("D6", "FFFFCC80"), ("E6", "FF9DC3E6"), ("B5", "FFFF9999")):
            assert ws[ref].fill.fill_type == "solid" and ws[ref].fill.fgColor.rgb == colour, f"{path.name} {ref}"
        assert ws["B5"].comment is None
