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
