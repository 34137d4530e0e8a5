"""The catalogue of hostile input, continued (issue 19): XML that one reader takes otherwise than
another. A DOCTYPE in another encoding, a part nested deeper than any parser follows, a cell or
a sheet list that the checker and a spreadsheet program would read differently. Each is refused
before anything is written (exit 2, a Dutch message naming the part, or the sheet and cell)."""

from __future__ import annotations

import re
import time
import zipfile

import pytest
from hostile import refused
from workbooks import rewrite_zip, write_plan, write_saved

from actieplan.ooxml.xml import MAX_DEPTH

# -- a DOCTYPE in any encoding XML allows (point 10) ---------------------------------------------

_ENTITY_BOMB = '<!DOCTYPE Types [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'


def _encoded(data: bytes, encoding: str, bom: bytes = b"", declared: str | None = None) -> bytes:
    """``data`` (UTF-8 XML) with a DOCTYPE, re-encoded; the declaration names ``declared``
    (or is dropped when None)."""
    text = data.decode("utf-8")
    body = text.split("?>", 1)[1].lstrip() if text.startswith("<?xml") else text
    head = f'<?xml version="1.0" encoding="{declared}" standalone="yes"?>\n' if declared else ""
    return bom + (head + _ENTITY_BOMB + body).encode(encoding)


@pytest.mark.parametrize(
    "encoding, bom, declared",
    [
        ("utf-32-le", b"", None),
        ("utf-32-be", b"", None),
        ("utf-32-le", b"\xff\xfe\x00\x00", None),
        ("utf-32-be", b"\x00\x00\xfe\xff", "UTF-32"),
        ("utf-16-le", b"", None),
        ("utf-16-be", b"", None),
        ("utf-16-le", b"\xff\xfe", "UTF-16"),
        ("utf-16-be", b"\xfe\xff", None),
        ("utf-16-be", b"", "UTF-16"),
        ("iso-8859-1", b"", "ISO-8859-1"),
        ("cp037", b"", "IBM037"),
        ("cp500", b"", "IBM500"),
        ("utf-8", b"\xef\xbb\xbf", "UTF-8"),
    ],
    ids=["utf32le", "utf32be", "utf32le-bom", "utf32be-bom", "utf16le", "utf16be", "utf16le-bom", "utf16be-bom",
         "utf16be-declared", "latin1", "ebcdic037", "ebcdic500", "utf8-bom"],
)
def test_doctype_in_any_encoding_is_refused(tmp_path, capsys, encoding, bom, declared):
    """The DOCTYPE/ENTITY guard read only UTF-8 and UTF-16 with a byte order mark: a
    ``[Content_Types].xml`` in UTF-32LE without one went through to the parsers."""
    path = write_plan(tmp_path / "plan.xlsx")
    rewrite_zip(path, lambda name, data: _encoded(data, encoding, bom, declared) if name == "[Content_Types].xml" else data)
    err = refused(path, tmp_path, capsys, "DOCTYPE", "[Content_Types].xml", "opnieuw op in Excel")
    assert "XML-bom" in err


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "docProps/core.xml"])
def test_doctype_in_utf32_in_other_parts(tmp_path, capsys, part):
    path = write_saved(tmp_path / "plan.xlsx")  # with shared strings
    rewrite_zip(path, lambda name, data: _encoded(data, "utf-32-le") if name == part else data)
    refused(path, tmp_path, capsys, "DOCTYPE", part)


def test_a_part_in_utf16_without_doctype_is_still_read(tmp_path, capsys):
    """Another encoding alone is no reason to refuse: a clean part in UTF-16 is read."""
    from hostile import controleer

    path = write_plan(tmp_path / "plan.xlsx")

    def utf16(name, data):
        if name != "docProps/core.xml":
            return data
        body = re.sub(r"^<\?xml[^>]*\?>", "", data.decode("utf-8"))
        return b"\xff\xfe" + ('<?xml version="1.0" encoding="UTF-16"?>' + body).encode("utf-16-le")

    rewrite_zip(path, utf16)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 0, err


# -- parts nested too deep, or not well-formed (point 9) -------------------------------------------

DEEP = b"<x>" * 100_000 + b"</x>" * 100_000


def _before_root_end(data: bytes, extra: bytes) -> bytes:
    end = data.rstrip().rfind(b"</")
    return data[:end] + extra + data[end:]


@pytest.mark.parametrize(
    "part",
    ["xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "docProps/app.xml",
     "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/theme/theme1.xml"],
)
def test_a_part_nested_100000_deep_is_refused_before_anything_is_written(tmp_path, capsys, part):
    """``xl/styles.xml`` nested 100,000 levels deep: the findings, draft and report were written,
    then the copy failed with XMLSyntaxError (exit 2, 'er ging iets onverwachts mis')."""
    path = write_saved(tmp_path / "plan.xlsx")  # xlsxwriter: with shared strings
    with zipfile.ZipFile(path) as z:
        assert part in z.namelist()
    rewrite_zip(path, lambda name, data: _before_root_end(data, DEEP) if name == part else data)
    start = time.perf_counter()
    err = refused(path, tmp_path, capsys, f"'{part}'", f"meer dan {MAX_DEPTH} niveaus diep", "opnieuw op in Excel")
    assert "onverwachts" not in err
    assert time.perf_counter() - start < 5


def test_nesting_as_deep_as_excel_writes_is_read(tmp_path, capsys):
    from hostile import controleer

    path = write_plan(tmp_path / "plan.xlsx")
    deep = b"<x>" * (MAX_DEPTH - 10) + b"</x>" * (MAX_DEPTH - 10)
    rewrite_zip(path, lambda name, data: _before_root_end(data, b"<extLst><ext uri='{0}'>" + deep + b"</ext></extLst>") if name == "xl/styles.xml" else data)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 0, err


@pytest.mark.parametrize("part", ["xl/styles.xml", "docProps/core.xml", "xl/_rels/workbook.xml.rels"])
def test_a_part_that_is_not_well_formed_is_refused_before_anything_is_written(tmp_path, capsys, part):
    """A part a later stage parses with lxml (the copy) must parse: else the outputs were half written."""
    path = write_plan(tmp_path / "plan.xlsx")
    rewrite_zip(path, lambda name, data: _before_root_end(data, b"<kapot>") if name == part else data)
    refused(path, tmp_path, capsys, "beschadigd", f"'{part}'", "geen geldige XML")


def test_vml_that_is_not_well_formed_is_still_read(tmp_path, capsys):
    """Excel's own VML is not always well-formed: a note's drawing with an unclosed ``<br>`` is read."""
    from hostile import controleer

    path = write_plan(tmp_path / "plan.xlsx")
    vml = (b'<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           b"<o:shapelayout><br></o:shapelayout></xml>")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/drawings/vmlDrawing9.vml", vml)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 0, err
    assert re.search(r"vml", err) is None


# -- cells and sheets read otherwise than a spreadsheet program shows them (point 7) ---------------

# Each shape as LibreOffice 24 shows it (headless conversion to csv) and as calamine reads it:
# they differ, so the checker could pass a value nobody sees. test_libreoffice_shows_these_cells_otherwise
# (slow lane) checks the LibreOffice side again.
CRAFTED = {
    "str-v-then-is": ('<c r="B4" t="str"><v>SHOWN</v><is><t>BruZEL</t></is></c>', "SHOWN", "BruZEL"),
    "is-v-is": ('<c r="B4" t="inlineStr"><is><t>ONE</t></is><v>V</v><is><t>TWO</t></is></c>', "", "TWO"),
    "inline-v-then-is": ('<c r="B4" t="inlineStr"><v>V</v><is><t>IS</t></is></c>', "", "IS"),
    "number-with-is": ('<c r="B4"><v>1</v><is><t>IS</t></is></c>', "1", "IS"),
    "is-without-type": ('<c r="B4"><is><t>X</t></is></c>', "", "X"),
    "str-with-is": ('<c r="B4" t="str"><is><t>X</t></is></c>', "", "X"),
    "boolean-with-is": ('<c r="B4" t="b"><v>1</v><is><t>X</t></is></c>', "TRUE", "X"),
    "error-with-is": ('<c r="B4" t="e"><v>#N/A</v><is><t>X</t></is></c>', "#N/A", "X"),
    "formula-after-value": ('<c r="B4"><v>1</v><f>2+2</f></c>', "1", ""),
}
_BROES = b'<c r="B4" t="inlineStr"><is><t>Broes</t></is></c>'


def _crafted(tmp_path, xml: str, fallback: bool = False):
    """A plan whose Stuurgroepen B4 (Trekker, 'Broes') is ``xml``; ``fallback``: with a comment in
    the sheet, which our cell reader leaves to calamine."""
    path = write_plan(tmp_path / "plan.xlsx")

    def change(name, data):
        if name != "xl/worksheets/sheet3.xml":
            return data
        assert _BROES in data
        data = data.replace(_BROES, xml.encode())
        return data.replace(b"<sheetData>", b"<sheetData><!-- opmerking -->") if fallback else data

    return rewrite_zip(path, change)


@pytest.mark.parametrize("fallback", [False, True], ids=["own-reader", "calamine"])
@pytest.mark.parametrize("shape", list(CRAFTED))
def test_a_cell_read_otherwise_than_shown_is_refused(tmp_path, capsys, shape, fallback):
    """``<c t="str"><v>SHOWN</v><is><t>BruZEL</t></is></c>``: the checker read BruZEL, LibreOffice
    shows SHOWN. Such a cell is refused, naming its sheet and cell, by our reader and before calamine."""
    path = _crafted(tmp_path, CRAFTED[shape][0], fallback)
    refused(path, tmp_path, capsys, "'Stuurgroepen'", "cel B4", "niet opgeslagen zoals Excel")


@pytest.mark.parametrize("fallback", [False, True], ids=["own-reader", "calamine"])
def test_cells_as_excel_writes_them_are_read(tmp_path, capsys, fallback):
    from hostile import controleer

    path = _crafted(tmp_path, '<c r="B4" t="inlineStr"><is><r><t>Bro</t></r><r><t>es</t></r></is></c>', fallback)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 0, err


@pytest.mark.slow  # LibreOffice
def test_libreoffice_shows_these_cells_otherwise(tmp_path):
    """The premise of CRAFTED: LibreOffice shows each crafted cell as the table says, not as calamine reads it."""
    import csv
    import subprocess

    import python_calamine

    rows = "".join(f'<row r="{i}">{xml.replace("B4", f"A{i}")}</row>' for i, (xml, _, _) in enumerate(CRAFTED.values(), start=1))
    path = write_plan(tmp_path / "plan.xlsx", {})
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>').encode()
    rewrite_zip(path, lambda name, data: sheet if name == "xl/worksheets/sheet1.xml" else data)
    subprocess.run(["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path / "csv"), str(path)],
                   check=True, capture_output=True, timeout=180, env={"HOME": str(tmp_path)})
    shown = [row[0] if row else "" for row in csv.reader((tmp_path / "csv" / "plan.csv").open(encoding="utf-8"))]
    read = [row[0] for row in python_calamine.load_workbook(str(path)).get_sheet_by_name(
        python_calamine.load_workbook(str(path)).sheet_names[0]).to_python(skip_empty_area=False)]
    for i, (shape, (_, lo, cal)) in enumerate(CRAFTED.items()):
        assert (shown[i] if i < len(shown) else "", read[i] if i < len(read) else "") == (lo, cal), shape


@pytest.mark.parametrize(
    "visible, words",
    [("ACTIEFICHES", ["'Actiefiches' en 'ACTIEFICHES'", "dezelfde naam"]),
     ("Actiefiche", ["zeer verborgen", "'Actiefiche'", "gelijkende naam"])],
    ids=["case", "look-alike"],
)
def test_a_hidden_contract_sheet_beside_a_visible_look_alike_is_refused(tmp_path, capsys, visible, words):
    """A very hidden clean 'Actiefiches' next to a visible 'ACTIEFICHES': only the hidden one was
    checked and the plan was 'klaar'."""
    path = write_plan(tmp_path / "plan.xlsx")
    import openpyxl

    wb = openpyxl.load_workbook(path)
    copy = wb.copy_worksheet(wb["Actiefiches"])
    copy.title = "Kopie"  # named below: openpyxl refuses a name that differs only in case
    copy["A4"] = "een fiche die niemand controleerde"
    wb["Actiefiches"].sheet_state = "veryHidden"
    wb.active = wb.sheetnames.index("Kopie")
    wb.save(path)
    rewrite_zip(path, lambda name, data: data.replace(b'name="Kopie"', f'name="{visible}"'.encode()) if name == "xl/workbook.xml" else data)
    refused(path, tmp_path, capsys, *words)
