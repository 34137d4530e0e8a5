"""actieplan.read.cells reads a sheet exactly as python-calamine's to_python does: compared cell by
cell (value and Python type, row count and width, merged ranges) on the real workbooks, on rich
workbooks written by xlsxwriter and openpyxl, on their XML edited by hand to hold what Excel
writes (phonetic runs, rich and inline strings, escapes, errors, booleans, 1904 dates), and on a
copy saved by LibreOffice. XML it does not take on falls back to calamine, with the same result."""

from __future__ import annotations

import math
import shutil
import subprocess
from datetime import date, datetime, time
from pathlib import Path

import pytest
import python_calamine
from workbooks import RULESET, rewrite_zip

from actieplan.read import cells as sheetxml
from actieplan.read import loader
from actieplan.plugin.registry import resolve
from actieplan.read.cells import Unsupported
from actieplan.read.guard import inspect_package
from actieplan.read.loader import MAX_ROWS, XmlBook, load_workbook
from actieplan.read.scan import scan_sheet

ROOT = Path(__file__).resolve().parents[2]


def _cells(rows):
    return [[(type(v).__name__, "nan" if isinstance(v, float) and math.isnan(v) else v) for v in row] for row in rows]


def ours(path: Path) -> XmlBook:
    package = inspect_package(path, keep=lambda name: True)
    parts, package.parts = package.parts, {}
    return XmlBook(package, parts, set())


def assert_same_as_calamine(path: Path) -> int:
    """Every sheet read both ways; returns the number of cells compared."""
    book = ours(path)
    theirs = python_calamine.load_workbook(str(path))
    compared = 0
    try:
        assert book.sheet_names == list(theirs.sheet_names)
        for name in list(book._sheets):
            mine = book.get_sheet_by_name(name)
            sheet = theirs.get_sheet_by_name(name)
            want = sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
            got = mine.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
            assert len(got) == len(want), name
            for i, (a, b) in enumerate(zip(_cells(got), _cells(want))):
                assert a == b, f"{name} row {i + 1}"
                compared += len(a)
            assert sorted(mine.merged_cell_ranges) == sorted(sheet.merged_cell_ranges or []), name
    finally:
        theirs.close()
    return compared


TEXTS = [
    "gewoon", "  spaties rond  ", "\tteken\t", "regel 1\nregel 2", "regel 1\r\nregel 2", "cr\ralleen",
    "<&>\"'", "é ë ’ — € 𝄞", "_x000D_ letterlijk", "\u00a0nbsp\u00a0", "", " ", "x" * 300,
]


def rich_workbook(path: Path, date_1904: bool = False, constant_memory: bool = False) -> Path:
    """Every kind of value xlsxwriter writes, in several number formats (dates in both systems)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"date_1904": date_1904, "constant_memory": constant_memory})
    ws = wb.add_worksheet("Blad")
    bold = wb.add_format({"bold": True})
    formats = [None] + [wb.add_format({"num_format": f}) for f in (
        "dd/mm/yyyy", "hh:mm", "[h]:mm", "yyyy-mm-dd hh:mm:ss", 14, 22, 46, 47, "0.00", "#,##0 \"dagen\"",
        "\"d\"0", "[Red]0.0", "mm:ss", "General", "@", "[$-813]dddd d mmmm yyyy", "0%", "[mm]:ss",
    )]
    numbers = [0, 1, -1, 0.5, 1.5, 59, 60, 61, 45943.541, 45943, 2.5e-7, 3e6, -0.25, 2958465.9, 2958466, 1e15, 1e308, -1e6]
    durations = {3, 7, 18}  # [h]:mm, 46 and [mm]:ss: calamine refuses a duration beyond 999.999.999 days
    row = 0
    for r, n in enumerate(numbers):
        for c, fmt in enumerate(formats):
            if not (c in durations and abs(n) > 1e8):
                ws.write_number(r, c, n, fmt)
        row = r
    row += 1
    for j, text in enumerate(TEXTS):
        ws.write_string(row, j, text)
    row += 1
    ws.write_rich_string(row, 0, "vet ", bold, "deel", " en niet")
    ws.write_rich_string(row, 1, bold, "  rijk  ", " met spaties ")
    ws.write_boolean(row, 2, True)
    ws.write_boolean(row, 3, False)
    ws.write_formula(row, 4, "=1/0", None, "#DIV/0!")
    ws.write_formula(row, 5, "=NA()", None, "#N/A")
    ws.write_formula(row, 6, '="a"&"b"', None, "ab")
    ws.write_formula(row, 7, "=1+1", None, 2)
    ws.write_formula(row, 8, "=1+1")
    ws.write_formula(row, 9, '=""', None, "")
    ws.write_datetime(row, 10, datetime(2026, 3, 1, 12, 30), formats[4])
    ws.write_datetime(row, 11, datetime(1900, 1, 1), formats[1])
    ws.write_datetime(row, 12, time(6, 15), formats[2])
    ws.write_blank(row, 13, None, bold)
    ws.merge_range(row + 2, 0, row + 3, 2, "samengevoegd", bold)
    ws.merge_range(row + 4, 3, row + 4, 5, "", bold)
    ws.write(row + 6, 25, "ver weg")
    wb.add_worksheet("Leeg")
    wb.close()
    return path


def test_the_real_workbooks_and_benchmark_plans(tmp_path):
    assert assert_same_as_calamine(ROOT / "workbooks" / "voorbeeld-actieplan-2026.xlsx") > 300
    for name in ("actieplan-2026-sjabloon.xlsx", "voorbeeld-actieplan-2025.xlsx"):
        assert_same_as_calamine(ROOT / "workbooks" / name)
    from plannen import all_wrong_data, long_title_data, write_workbook
    from actieplan.write.template import write_template

    write_workbook(tmp_path / "plan.xlsx", 300, seed=3)
    write_template(tmp_path / "lang.xlsx", long_title_data(100, seed=4), ruleset=RULESET)
    write_template(tmp_path / "fout.xlsx", all_wrong_data(100), ruleset=RULESET)
    for name in ("plan.xlsx", "lang.xlsx", "fout.xlsx"):
        assert assert_same_as_calamine(tmp_path / name) > 100


@pytest.mark.parametrize("date_1904", [False, True])
@pytest.mark.parametrize("constant_memory", [False, True])  # constant memory: inline strings
def test_every_kind_of_value_xlsxwriter_writes(tmp_path, date_1904, constant_memory):
    path = rich_workbook(tmp_path / "rijk.xlsx", date_1904, constant_memory)
    assert assert_same_as_calamine(path) > 300
    rows = ours(path).get_sheet_by_name("Blad").rows
    kinds = {type(v) for row in rows for v in row}
    assert {float, str, bool, date, datetime, time} <= kinds and any(type(v).__name__ == "timedelta" for row in rows for v in row)


def test_openpyxl_written_workbook(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad"
    ws.append(["kop", 1, 2.5, True, datetime(2026, 1, 2), date(2025, 12, 31), time(8, 0), None, "  x  ", "=SUM(B1:C1)"])
    ws.append([None, None, "<&>", "a\nb", -3, 1e-9, "#REF!"])
    ws["B2"].number_format = "[h]:mm"
    ws["B2"].value = 1.75
    ws.merge_cells("A4:C5")
    ws["A4"] = "samen"
    wb.create_sheet("Tweede")["C3"] = "alleen"
    wb.save(tmp_path / "op.xlsx")
    assert assert_same_as_calamine(tmp_path / "op.xlsx") > 10


def _edit_sheet(path: Path, old: bytes, new: bytes) -> Path:
    def change(name, data):
        if name == "xl/worksheets/sheet1.xml":
            assert old in data
            return data.replace(old, new, 1)
        return data

    return rewrite_zip(path, change)


def test_what_excel_writes_by_hand(tmp_path):
    """Phonetic runs, <t> with and without xml:space, _x escapes, entities and character
    references, empty items, inline rich strings, t="str" with CR LF, booleans, error values,
    a formula without value, cells without style or in another attribute order."""
    import xlsxwriter

    path = tmp_path / "hand.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Blad")
    for j in range(12):
        ws.write_string(0, j, f"plaats{j}")
    wb.close()
    sst = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="12" uniqueCount="12">'
        b"<si><t>  getrimd \n</t></si>"
        b'<si><t xml:space="preserve">  bewaard \r\n</t></si>'
        b'<si><r><t>kan</t></r><r><rPr><b/></rPr><t xml:space="preserve"> ji </t></r><rPh sb="0" eb="1"><t>\xe3\x82\xab\xe3\x83\xb3</t></rPh><phoneticPr fontId="1"/></si>'
        b"<si/>"
        b"<si><t/></si>"
        b"<si><t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#233;&#x20AC;&#10;</t></si>"
        b"<si><t>_x000D__x005F_x000D_ _x0041_ _x00zz_</t></si>"
        b"<si><r><t>een</t></r><r><t>twee</t></r></si>"
        b"<si><t>&#10; rand &#9;</t></si>"
        b"<si></si>"
        b"<si><t>a</t><t>b</t></si>"
        b"<si><rPh><t>alleen klank</t></rPh></si>"
        b"</sst>"
    )

    def change(name, data):
        if name == "xl/sharedStrings.xml":
            return sst
        if name == "xl/worksheets/sheet1.xml":
            cells = (
                b'<row r="2"><c r="A2" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve"> lijn </t></r></is></c>'
                b'<c r="B2" t="str"><f>A1</f><v>regel\r\nnieuw &amp; oud</v></c>'
                b'<c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c>'
                b'<c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
                b'<c r="F2"><f>SUM(A1:A2)</f></c>'
                b'<c r="G2"><v>42</v></c>'
                b'<c r="H2" t="n"><v>-1.5E3</v></c>'
                b'<c r="I2" t="str"><v></v></c>'
                b'<c r="J2" t="inlineStr"><is><t>  getrimd inline  </t></is></c>'
                b'<c r="K2" s="0"/>'
                b"</row>"
                b'<row r="3"><c r="L3" t="s" s="0"><v>3</v></c></row>'
            )
            data = data.replace(b"</row>", b"</row>" + cells, 1)
            return data
        return data

    rewrite_zip(path, change)
    assert assert_same_as_calamine(path) > 20
    rows = ours(path).get_sheet_by_name("Blad").rows
    assert rows[0][:3] == ["getrimd", "  bewaard \n", "kan ji "]  # calamine's own reading, kept

    _edit_sheet(path, b'<c r="L3" t="s" s="0">', b'<c t="s" r="L3" s="0">')  # another attribute order
    assert assert_same_as_calamine(path) > 20


@pytest.mark.parametrize(
    "old, new",
    [
        (b'<c r="A1" t="s">', b'<c t="s">'),  # a cell without its reference
        (b'<c r="A1" t="s"><v>0</v>', b'<c r="A1" t="d"><v>2026-01-02T00:00:00</v>'),  # an ISO date cell
        (b"<sheetData>", b"<!-- commentaar --><sheetData><!-- binnen -->"),
        (b"<sheetData>", b"<sheetData><?pi binnen?>"),  # a processing instruction among the cells
        (b'<c r="A1" t="s"><v>0</v>', b'<c r="A1" t="s"><v></v>'),  # a shared string without its index
    ],
)
def test_xml_it_does_not_take_on_is_read_by_calamine_with_the_same_result(tmp_path, old, new):
    import xlsxwriter

    path = tmp_path / "anders.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Actiefiches")
    ws.write_row(0, 0, ["titel", "x"])
    wb.close()
    _edit_sheet(path, old, new)
    with pytest.raises(Unsupported):
        ours(path)
    assert load_workbook(path, resolve("2026").sheets.values()).sheet_names == ["Actiefiches"]


def test_a_duration_calamine_refuses_is_refused_as_before(tmp_path):
    import xlsxwriter

    from actieplan.errors import UnreadableWorkbook

    path = tmp_path / "duur.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("Actiefiches").write_number(0, 0, 1e15, wb.add_format({"num_format": "[h]:mm"}))
    wb.close()
    with pytest.raises(Unsupported):
        ours(path)
    with pytest.raises(UnreadableWorkbook, match="Actiefiches"):
        load_workbook(path, resolve("2026").sheets.values())


def test_the_loader_gives_the_same_frames_either_way(monkeypatch):
    specs = list(resolve("2026").sheets.values())
    path = ROOT / "workbooks" / "voorbeeld-actieplan-2026.xlsx"
    fast = load_workbook(path, specs)

    def refuse(*args, **kwargs):
        raise Unsupported("test")

    monkeypatch.setattr(loader, "XmlBook", refuse)
    slow = load_workbook(path, specs)
    assert list(fast.sheets) == list(slow.sheets)
    for name, sheet in fast.sheets.items():
        other = slow.sheets[name]
        assert sheet.frame.equals(other.frame) and list(sheet.frame.index) == list(other.frame.index), name
        assert (sheet.raw, sheet.merged, sheet.columns, sheet.below) == (other.raw, other.merged, other.columns, other.below)
    assert fast.observations == slow.observations


def test_equal_cells_share_one_string():
    book = ours(ROOT / "workbooks" / "voorbeeld-actieplan-2026.xlsx")
    rows = book.get_sheet_by_name("Actiefiches").rows
    texts = [v for row in rows for v in row if isinstance(v, str) and v]
    assert len({id(v) for v in texts}) == len(set(texts)) < len(texts)


def test_custom_formats_as_calamine_detects_them():
    kind = sheetxml.format_kind
    assert kind("DD/MM/YY") == kind("H:MM:SS;@") == kind('m"M"d"D";@') == kind("*-yyyy-mm-dd") == sheetxml.DATETIME
    assert kind("[h]:mm:ss") == kind("[ss]") == kind("[Blue]\\+[h]:mm;[Red]\\-[h]:mm") == sheetxml.TIMEDELTA
    for other in ("#,##0\\ [$\\u20bd-46D]", '"Y: "0.00"m";"Y: "-0.00"m"', "[>=100][Magenta].00", "0\"x\"*d", "\\Y000000", "General"):
        assert kind(other) is None, other


@pytest.mark.slow  # LibreOffice
def test_a_copy_saved_by_libreoffice(tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("soffice is niet geïnstalleerd (apt: libreoffice-calc-nogui)")
    src = rich_workbook(tmp_path / "rijk.xlsx")
    shutil.copy(ROOT / "workbooks" / "voorbeeld-actieplan-2026.xlsx", tmp_path / "voorbeeld.xlsx")
    out = tmp_path / "lo"
    for path in (src, tmp_path / "voorbeeld.xlsx"):
        subprocess.run(
            ["soffice", f"-env:UserInstallation={(tmp_path / 'lo-profiel').as_uri()}", "--headless", "--norestore",
             "--convert-to", "xlsx", "--outdir", str(out), str(path)],
            capture_output=True, text=True, timeout=180, check=True,
        )
        assert assert_same_as_calamine(out / path.name) > 100


@pytest.mark.parametrize("comment", [False, True])
def test_long_shared_strings_found_a_piece_at_a_time(tmp_path, comment):
    """The guard reads the shared strings a piece at a time (2 MB of them here): a text over
    Excel's 32.767 characters far down the table is still found at its cell, as when the part is
    read whole, also when a comment late in the part makes the guard read it whole after all."""
    import xlsxwriter

    path = tmp_path / "lang.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Actiefiches")
    for r in range(4000):
        ws.write_string(r, 0, f"tekst {r} " + "x" * 500)
    ws.write_string(4000, 1, "LANG")
    wb.close()

    def change(name, data):
        if name == "xl/sharedStrings.xml":
            data = data.replace(b"<t>LANG</t>", b"<t>" + b"Heel lang. " * 4000 + b"</t>")
            if comment:
                data = data.replace(b"</sst>", b"<!-- laat --></sst>")
        return data

    rewrite_zip(path, change)
    streamed = inspect_package(path, keep=lambda name: True)
    whole = inspect_package(path)
    data = next(d for p, d in streamed.parts.items() if p.lower() == streamed.sheets["Actiefiches"].part)
    seen_streamed = scan_sheet(data, long_strings=streamed.long_strings)
    seen_whole = scan_sheet(data, long_strings=whole.long_strings)
    assert seen_streamed.too_long == seen_whole.too_long == {(4001, 2): 44000}
    if comment:
        with pytest.raises(Unsupported):
            streamed.shared.result()
    else:
        assert len(streamed.shared.result()) == 4001


def test_the_cell_count_of_the_guard_spares_counting_again(tmp_path):
    """The guard counts a part's cell tags; when the reader found as many cells it does not count
    them again, and when it found fewer (a cell in another shape) it reads the slow way, as before."""
    path = rich_workbook(tmp_path / "rijk.xlsx")
    package = inspect_package(path, keep=lambda name: True)
    sheet = package.sheets[next(iter(package.sheets))]
    data = next(d for p, d in package.parts.items() if p.lower() == sheet.part)
    strings = package.shared.result()
    formats = sheetxml.cell_formats(package.parts.get("xl/styles.xml"))
    tags = data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/>")
    assert sheet.cell_tags == tags > 0
    counted = sheetxml.read_sheet(data, strings, formats, False, MAX_ROWS + 1)
    assert sheetxml.read_sheet(data, strings, formats, False, MAX_ROWS + 1, sheet.cell_tags) == counted
    # a cell the fast pattern does not take (attributes in another order): fewer found, read slowly
    import re

    other = re.sub(rb'<c (r="[A-Z]+[0-9]+") ([^>]*?[^/])(/?>)', rb"<c \2 \1\3", bytes(data), count=1)
    assert other != data and other.count(b"<c ") == data.count(b"<c ")
    assert sheetxml.read_sheet(other, strings, formats, False, MAX_ROWS + 1, tags) == counted


SHAPES = (b'<row r="1"><c r="A1" s="3" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" s="2"><v>7.5</v></c>'
          b'<c r="D1" t="str"><v>x</v></c><c r="E1" s="1" t="s"/><c r="F1"/></row>'
          b'<row r="3"><c r="A3" t="s"><v>00</v></c><c r="C3" s="4" t="b"><v>1</v></c></row>')


def test_a_shared_string_cell_is_read_by_its_index_alone_as_the_careful_way_reads_it(monkeypatch):
    """The common cell (a shared string, any style) is matched without its style or <v> around
    the index; every cell reads as the attribute-by-attribute way reads it."""
    data = b"<worksheet><sheetData>" + SHAPES + b"</sheetData></worksheet>"
    strings, formats = ["nul", "een"], [None] * 5
    assert sheetxml._CELL.findall(b'<c r="B7" s="3" t="s"><v>12</v></c>') == [(b"B", b"7", b"12", b"", b"", b"", b"")]
    fast = sheetxml.read_sheet(data, strings, formats, False, 10)
    slow_cells, last_row, last_col = sheetxml._read_cells_slowly(SHAPES, (strings, formats, False))
    assert fast[0] == [[slow_cells.get(r, {}).get(c, "") for c in range(last_col + 1)] for r in range(last_row + 1)]
    assert fast[0][0][:4] == ["een", "nul", 7.5, "x"] and fast[0][2][0] == "nul"
    with pytest.raises(Unsupported):  # an index past the table, either way
        sheetxml.read_sheet(data.replace(b"<v>1</v>", b"<v>2</v>", 1), strings, formats, False, 10)
