"""The reader's fast ways (issue 21, the reading stage's speed) and the careful ways behind them.

Each fast way skips work only where it cannot change the answer: the shared strings are checked
without a Python call per element when the items they hold bound the part's depth (else the part is
checked the careful way, which gives the same strings and refuses what it refused); a sheet is
searched for a long text only where one can start, for a prefixed name only at its colons, for a
far reference by its literal ``r="``; the loader notes in ``raw`` the same cells as before."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from hostile import controleer, refused
from workbooks import RULESET, rewrite_zip, valid_plan, write_saved

from actieplan.ooxml import xml as safe_xml
from actieplan.ooxml.xml import MAX_DEPTH, PartCheck, UnsafeXML
from actieplan.read import cells, guard
from actieplan.read.loader import load_workbook

SST = "xl/sharedStrings.xml"


def _element_calls(monkeypatch) -> list[str]:
    """The Python calls the careful depth count makes, one per start tag."""
    calls: list[str] = []
    start = safe_xml._DepthWatch.start

    def counted(self, tag, *rest):
        calls.append(tag)
        return start(self, tag, *rest)

    monkeypatch.setattr(safe_xml._DepthWatch, "start", counted)
    return calls


def _strings(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return cells.shared_strings(z.read(SST))


def _before_root_end(data: bytes, extra: bytes) -> bytes:
    end = data.rstrip().rfind(b"</")
    return data[:end] + extra + data[end:]


def test_shared_strings_as_excel_writes_them_are_checked_without_a_python_call_per_element(tmp_path, monkeypatch):
    path = write_saved(tmp_path / "plan.xlsx")  # xlsxwriter: shared strings, as Excel writes them
    expected = _strings(path)
    calls = _element_calls(monkeypatch)
    package = guard.inspect_package(path, keep=lambda name: True)
    assert package.shared.result() == expected and len(expected) > 50
    assert calls == []


def test_shared_strings_whose_items_do_not_bound_the_depth_are_checked_the_careful_way(tmp_path, monkeypatch):
    """More tags outside the items than MAX_DEPTH (shallow, but the items cannot show it): the
    careful way runs, and reads the same strings."""
    path = write_saved(tmp_path / "plan.xlsx")
    expected = _strings(path)
    rewrite_zip(path, lambda name, data: _before_root_end(data, b"<x/>" * (MAX_DEPTH + 10)) if name == SST else data)
    calls = _element_calls(monkeypatch)
    package = guard.inspect_package(path, keep=lambda name: True)
    assert package.shared.result() == expected
    assert sum(tag.endswith("}x") for tag in calls) == MAX_DEPTH + 10


@pytest.mark.parametrize("where", ["in an item", "between items"])
def test_shared_strings_nested_too_deep_are_refused(tmp_path, capsys, where):
    path = write_saved(tmp_path / "plan.xlsx")
    deep = b"<x>" * (MAX_DEPTH + 1) + b"</x>" * (MAX_DEPTH + 1)
    if where == "in an item":
        change = lambda data: data.replace(b"<si>", b"<si><r>" + deep + b"<t>a</t></r>", 1)  # noqa: E731
    else:
        change = lambda data: data.replace(b"</si>", b"</si>" + deep, 1)  # noqa: E731
    rewrite_zip(path, lambda name, data: change(data) if name == SST else data)
    refused(path, tmp_path, capsys, f"'{SST}'", f"meer dan {MAX_DEPTH} niveaus diep")


@pytest.mark.parametrize(
    ("text", "characters"),
    [("é" * 33_000, 33_000), ("Heel lang. " * 4000, 44_000), ("é" * 16_000, None), ("Kort genoeg. " * 2500, None)],
    ids=["33000-two-byte", "44000-one-byte", "16000-two-byte", "32500-one-byte"],
)
def test_a_shared_string_longer_than_a_cell_holds_is_found_at_its_cell(tmp_path, capsys, text, characters):
    """The fast way searches a piece for a long text only when an item or the text between two could
    hold one (in bytes: up to four a character); 32.767 characters is the limit, not the bytes."""
    rows = valid_plan()
    rows["Actiefiches"][0]["Wat?"] = "LANG"
    path = write_saved(tmp_path / "plan.xlsx", rows)
    rewrite_zip(path, lambda name, data: data.replace(b">LANG<", b">" + text.encode() + b"<") if name == SST else data)
    controleer(path, tmp_path / "uit", capsys)
    found = [f for f in json.loads((tmp_path / "uit" / "plan.bevindingen.json").read_text(encoding="utf-8"))["findings"]
             if f["rule"] == "cel-te-lang"]
    if characters is None:
        assert found == []
    else:
        assert [(f["sheet"], f["cell"]) for f in found] == [("Actiefiches", "D4")]
        assert f"{characters:,}".replace(",", ".") + " tekens" in found[0]["message"]


@pytest.mark.parametrize(
    "xml",
    [b'<row r="1" spans="1:3"><c r="A1"><v>1</v></c></row>', b'<x:c r="A1"/>', b"<c/></x:c>", b"<t>zie: Bijlage</t>",
     b'<a b:c="1"/>', b"<x.y-z_1:c/>", b"<_:a/>", b"<1:a/>", b"<a:1/>", b"<a :b/>", b"a:b<c>", b"<a>:b", b"<<x:y",
     b"<abc:d:e/>", b"</:x>"],
)
def test_prefixed_names_are_found_as_the_regex_finds_them(xml):
    assert cells.prefixed(xml) == (cells._PREFIXED.search(xml) is not None)
    for start, end in ((1, None), (0, len(xml) - 2), (3, len(xml))):
        end = len(xml) if end is None else end
        assert cells.prefixed(xml, start, end) == (cells._PREFIXED.search(xml, start, end) is not None)


@pytest.mark.parametrize(
    ("cell", "measured"),
    [(b'<c r="AA4">', True), (b'<c\tr="AA4">', True), (b'<c\nr="C20000">', True), (b'<c xr="AA4" r="B4">', False),
     (b'<c r="Z19999">', False)],
)
def test_far_references_are_found_after_any_whitespace(cell, measured):
    xml = b'<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>' + cell + b"<v>2</v></c></row></sheetData></worksheet>"
    sheet = guard.GuardedSheet(name="Acties", part="xl/worksheets/sheet1.xml")
    guard._measure(sheet, bytearray(xml))
    assert (sheet.last is not None) == measured


# the pattern as it was written before its quantifiers were made possessive: the reference
_BEYOND_SMALL_BEFORE = re.compile(rb'r="(?:[A-Z]{2,3}[0-9]|[A-Z]{0,3}(?:[0-9]{6,7}|[2-9][0-9]{4})")')


@pytest.mark.parametrize("letters", ["", "A", "Z", "AA", "ZZ", "AAA", "XFD", "ABCD"])
def test_far_references_are_found_as_the_plain_pattern_finds_them(letters):
    for row in ["", "0", "1", "19999", "20000", "99999", "100000", "1048576", "12345678", "0001234", "2x"]:
        xml = f'<c r="{letters}{row}">'.encode()
        assert bool(guard._BEYOND_SMALL.search(xml)) == bool(_BEYOND_SMALL_BEFORE.search(xml)), xml


@pytest.mark.parametrize(
    ("xml", "found"),
    [(b"<si><t>" + b"a" * 40_000 + b"</t></si>", True), (b"<x:t>" + b"a" * 40_000 + b"</x:t>", True),
     (b"<tableParts>" + b"a" * 40_000, False), (b"<t>" + b"a" * 30_000 + b"</t><t>" + b"a" * 30_000, False)],
)
def test_a_long_text_is_found_where_one_can_start(xml, found):
    assert guard.has_long_text(xml) == found == (guard.LONG_TEXT.search(xml) is not None)


def test_a_part_check_without_depth_leaves_the_depth_to_its_caller():
    deep = b"<a>" * (MAX_DEPTH + 5) + b"</a>" * (MAX_DEPTH + 5)
    unchecked = PartCheck(depth=False)
    unchecked.feed(deep)
    unchecked.close()
    with pytest.raises(UnsafeXML) as caught:
        checked = PartCheck()
        checked.feed(deep)
        checked.close()
    assert caught.value.kind == safe_xml.DEPTH
    with pytest.raises(UnsafeXML) as caught:
        broken = PartCheck(depth=False)
        broken.feed(b"<a><b></a>")
        broken.close()
    assert caught.value.kind == safe_xml.BROKEN


def test_raw_notes_the_cells_whose_value_reading_changed(tmp_path):
    """A text cleaned of more than its outer spaces, a whitespace-only text, a number typed as text
    or not a number: noted in ``raw``; a text only stripped, or a number as typed: not."""
    rows = valid_plan()
    first, second = rows["Actiefiches"][0], rows["Actiefiches"][1]
    first.update({"Wat?": "Een\u00a0tekst ", "Stakeholders": "   ", "Personeelscapaciteit (VTE)": "0,5"})
    second.update({"Wat?": "Een\u00a0tekst ", "Stakeholders": " gewoon ", "Personeelscapaciteit (VTE)": 0.5})
    path = write_saved(tmp_path / "plan.xlsx", rows)
    sheet = load_workbook(path, RULESET.sheets.values()).sheets["Actiefiches"]
    col = {h: c for h, c in sheet.columns.items()}
    assert sheet.raw[(4, col["Wat?"])] == sheet.raw[(5, col["Wat?"])] == "Een\u00a0tekst "
    assert sheet.raw[(4, col["Stakeholders"])] == "   " and (5, col["Stakeholders"]) not in sheet.raw
    assert sheet.raw[(4, col["Personeelscapaciteit (VTE)"])] == "0,5"
    assert (5, col["Personeelscapaciteit (VTE)"]) not in sheet.raw
    assert list(sheet.frame["Personeelscapaciteit (VTE)"]) == [0.5, 0.5]
    assert list(sheet.frame["Stakeholders"]) == [None, "gewoon"]


def _entities_one_by_one(text: str) -> str:
    """The reference: every entity resolved by the regex, one at a time."""
    def one(m):
        return cells._NAMED[m.group(1)] if m.group(1) else chr(int(m.group(2)) if m.group(2) else int(m.group(3), 16))

    if "&" in cells._ENTITY.sub("", text):
        raise cells.Unsupported("unknown entity")
    return cells._ENTITY.sub(one, text)


@pytest.mark.parametrize(
    "text",
    ["a &amp;lt; b", "&apos;zo&apos; zegt hij", "&lt;&gt;&quot;&amp;amp;", "regel&#10;regel&#13;&#9;tab", "a&amp;#10;b",
     "&#65;&#x42;&amp;", "&#010;", "x &foo; y", "a & b", "&amp", "&ampx;"],
)
def test_entities_resolved_in_c_as_one_by_one(text):
    try:
        expected = _entities_one_by_one(text)
    except cells.Unsupported:
        with pytest.raises(cells.Unsupported):
            cells._resolve_entities(text)
    else:
        assert cells._resolve_entities(text) == expected


def test_shared_strings_as_libreoffice_writes_them_read_as_the_careful_way(tmp_path, monkeypatch):
    """Every item in <t xml:space="preserve">, a ' as &apos; and a line end as &#10;: read as
    each item's text on its own (actieplan.read.cells._rich), without a call per element."""
    items = ["  twee spaties ", "zo&apos;n &#10;regel", "a &amp;lt; b", "_x000D_ escape"]
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main" count="5" uniqueCount="5">'
           + "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in items) + "</sst>").encode()
    table = cells.SharedStrings()
    table.feed(xml)
    assert table.result() == [cells._rich(f'<t xml:space="preserve">{text}</t>') for text in items]
    assert table.result()[:2] == ["  twee spaties ", "zo'n \nregel"]
    assert (table.tags_outside, table.tags_in_item) == (3, 2)  # <?xml?>, <sst>, </sst>; <si><t>


def test_a_sheet_with_hidden_false_everywhere_has_no_hidden_rows():
    from actieplan.read.scan import scan_sheet

    xml = (b'<worksheet><cols><col min="1" max="1" hidden="false"/></cols><sheetData>'
           b'<row r="1" hidden="false"><c r="A1"><v>1</v></c></row><row r="2" hidden="true"><c r="A2"><v>2</v></c></row>'
           b'<row r="3" hidden="1"><c r="A3"><v>3</v></c></row></sheetData></worksheet>')
    assert scan_sheet(xml).hidden_rows == {2, 3}
    assert scan_sheet(xml.replace(b'hidden="true"', b'hidden="false"').replace(b'hidden="1"', b'hidden="0"')).hidden_rows == set()


@pytest.mark.parametrize("text", ["Een\u00a0tekst", "Een\u200btekst ", "\ufeffEen tekst", "Één tekst", " Één tekst ", "\u00a0"])
def test_a_text_with_or_without_invisible_characters_is_cleaned_and_noted_as_clean_text_does(tmp_path, text):
    from actieplan.normalize import clean_text

    rows = valid_plan()
    rows["Actiefiches"][0]["Wat?"] = text
    path = write_saved(tmp_path / "plan.xlsx", rows)
    sheet = load_workbook(path, RULESET.sheets.values()).sheets["Actiefiches"]
    cell = (sheet.frame.index[0], sheet.columns["Wat?"])
    assert sheet.frame.at[cell[0], "Wat?"] == clean_text(text)
    # noted in raw when cleaning did more than strip the text
    assert sheet.raw.get(cell) == (text if clean_text(text) != (text.strip() or "") else None)
