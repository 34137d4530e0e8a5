"""The guard's well-formedness check of the shared strings (issue 21, the reading stage's speed).

A run of plain items (``<si><t>…</t></si>`` one after another) that the reader's table has read
reaches libxml2 as one ``<si/>``: the table's regex, its strict UTF-8 decoding and its entity
resolution show such items are well-formed, and the guard looks for what only libxml2 would
refuse in them (a character XML does not allow, ``]]>``). These tests hold the verdict to
libxml2's over the whole part: every part refused before is refused now, with the same message,
wherever the fault stands and however the part is cut into pieces."""

from __future__ import annotations

import zipfile

import pytest
from workbooks import rewrite_zip, valid_plan, write_saved

from actieplan.errors import UnreadableWorkbook
from actieplan.ooxml import xml as safe_xml
from actieplan.ooxml.xml import UnsafeXML, check_part
from actieplan.read import cells, guard

SST = "xl/sharedStrings.xml"
BROKEN = f"het onderdeel '{SST}' is geen geldige XML"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    """A plan whose shared strings are written as Excel writes them (xlsxwriter), with enough
    text that the part is longer than the first 4.096 bytes the table looks at on its own."""
    rows = valid_plan()
    for i, fiche in enumerate(rows["Actiefiches"]):
        fiche["Wat?"] = f"Tekst van fiche {i}: " + "een actie met een beschrijving. " * 40
    return write_saved(tmp_path_factory.mktemp("plan") / "plan.xlsx", rows)


def _sst(path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(SST)


def _with_sst(path, tmp_path, data: bytes):
    copy = tmp_path / "plan.xlsx"
    copy.write_bytes(path.read_bytes())
    return rewrite_zip(copy, lambda name, old: data if name == SST else old)


def _libxml2_refuses(data: bytes) -> bool:
    try:
        check_part(data)
    except UnsafeXML:
        return True
    return False


def _fed(monkeypatch) -> list[bytes]:
    """What the guard feeds libxml2 piece by piece."""
    fed: list[bytes] = []
    feed = safe_xml.PartCheck.feed

    def counted(self, piece):
        fed.append(bytes(piece))
        return feed(self, piece)

    monkeypatch.setattr(safe_xml.PartCheck, "feed", counted)
    return fed


def test_plain_items_reach_libxml2_as_one_element(plan, monkeypatch):
    data = _sst(plan)
    fed = _fed(monkeypatch)
    package = guard.inspect_package(plan, keep=lambda name: True)
    assert package.shared.result() == cells.shared_strings(data)
    assert sum(map(len, fed)) < 1000 < len(data)  # the part's head and tail, and one <si/>
    assert b"<si/>" in b"".join(fed)


def test_rich_items_reach_libxml2_whole(plan, tmp_path, monkeypatch):
    """A piece with an item in runs (<r>) is fed as it is (here: all but the last item, which the
    last piece holds alone); the strings are the careful way's."""
    data = _sst(plan).replace(b"<si><t>", b"<si><r><t>vet</t></r><t>", 1)
    path = _with_sst(plan, tmp_path, data)
    fed = _fed(monkeypatch)
    package = guard.inspect_package(path, keep=lambda name: True)
    assert package.shared.result() == cells.shared_strings(data)
    last = data.rindex(b"<si>")
    assert b"".join(fed) == data[:last] + b"<si/>" + data[data.rindex(b"</si>") + len(b"</si>") :]


def _nth_last_item(data: bytes, nth: int = 3) -> int:
    at = len(data)
    for _ in range(nth):
        at = data.rindex(b"<si><t>", 0, at)
    assert at > 4096  # past what the table looks at on its own
    return at


def _in_text(data: bytes, text: bytes) -> bytes:
    """``data`` with ``text`` put in the text of its third last item."""
    at = _nth_last_item(data)
    at += len(b"<si><t>")
    return data[:at] + text + data[at:]


def _root_attribute_around_items(data: bytes) -> bytes:
    """The items inside an attribute value of the root: ``<sst … a="<si>…</si>">``."""
    start = data.index(b"<sst ")
    end = data.index(b">", start)
    last = data.rindex(b"</si>") + len(b"</si>")
    return data[:end] + b' a="' + data[end + 1 : last] + b'">' + data[last:]


def _open_pi_before(data: bytes) -> bytes:
    """A processing instruction opened before an item and closed in its text."""
    at = _nth_last_item(data)
    text = data.index(b"</t>", at)
    return data[:at] + b"<?pi " + data[at:text] + b" ?>" + data[text:]


def _pi_around_items(data: bytes) -> bytes:
    """A processing instruction around items, closed in a text and again after them (where the
    items are one <si/>, the PI would end there: well-formed)."""
    at, end = _nth_last_item(data), data.rindex(b"</si>") + len(b"</si>")
    text = data.index(b"</t>", at)
    return data[:at] + b"<?pi " + data[at:text] + b" ?>" + data[text:end] + b"?>" + data[end:]


def _comment_around_items(data: bytes) -> bytes:
    """A comment around items, ended in a text and again after them."""
    at, end = _nth_last_item(data), data.rindex(b"</si>") + len(b"</si>")
    text = data.index(b"</t>", at)
    return data[:at] + b"<!-- " + data[at:text] + b" -->" + data[text:end] + b"-->" + data[end:]


def _pi_first_around_items(data: bytes) -> bytes:
    """The part starts with a processing instruction (no XML declaration) around its items."""
    root = data.index(b"<sst ")
    start, end = data.index(b"<si>"), data.rindex(b"</si>") + len(b"</si>")
    text = data.index(b"</t>", start)
    items = data[start:text] + b" ?>" + data[text:end]
    return b"<?pi " + items + b"?>" + data[root:start] + data[end:]


BROKEN_PARTS = {
    "control character": lambda d: _in_text(d, b"a\x01b"),
    "NUL": lambda d: _in_text(d, b"a\x00b"),
    "reference to a control character": lambda d: _in_text(d, b"a&#1;b"),
    "reference to U+FFFE": lambda d: _in_text(d, b"a&#xFFFE;b"),
    "reference to a surrogate": lambda d: _in_text(d, b"a&#xD800;b"),
    "U+FFFF as UTF-8": lambda d: _in_text(d, "a\uffffb".encode()),
    "a surrogate as UTF-8": lambda d: _in_text(d, b"a\xed\xa0\x80b"),
    "not UTF-8": lambda d: _in_text(d, b"a\xffb"),
    "]]> in a text": lambda d: _in_text(d, b"a]]>b"),
    "unknown entity": lambda d: _in_text(d, b"a&nbsp;b"),
    "bare ampersand": lambda d: _in_text(d, b"a & b"),
    "items in an attribute value": _root_attribute_around_items,
    "a PI opened before an item": _open_pi_before,
    "a PI around items": _pi_around_items,
    "a comment around items": _comment_around_items,
    "a PI at the start around items": _pi_first_around_items,
    "items after the root": lambda d: d.rstrip() + b"<si><t>na</t></si>",
    "declaration not closed": lambda d: d.replace(b"?>", b"", 1),
    "root not closed": lambda d: d.rstrip()[: -len(b"</sst>")],
}
WELL_FORMED_PARTS = {
    "> and ]] in a text": lambda d: _in_text(d, b"a > b ]] c ]>"),
    "references to allowed characters": lambda d: _in_text(d, b"&#9;&#xE000;&#x10000;&#65533;&lt;"),
    "U+FFFD and U+F0B7 as UTF-8": lambda d: _in_text(d, "\ufffd\uf0b7".encode()),
    "a PI after the root": lambda d: d.rstrip() + b"<?pi na de wortel?>",
    "':si' in a text": lambda d: _in_text(d, b"zie:simulatie"),
}


@pytest.mark.parametrize("chunk", [guard.CHUNK, 64, 700], ids=["one-piece", "64-bytes", "700-bytes"])
@pytest.mark.parametrize("case", list(BROKEN_PARTS) + list(WELL_FORMED_PARTS))
def test_the_verdict_is_libxml2s_over_the_whole_part(plan, tmp_path, monkeypatch, case, chunk):
    change = BROKEN_PARTS.get(case) or WELL_FORMED_PARTS[case]
    data = change(_sst(plan))
    assert _libxml2_refuses(data) == (case in BROKEN_PARTS)
    path = _with_sst(plan, tmp_path, data)
    monkeypatch.setattr(guard, "CHUNK", chunk)  # pieces cut everywhere: a fault at a piece's edge
    if case in BROKEN_PARTS:
        with pytest.raises(UnreadableWorkbook, match=BROKEN):
            guard.inspect_package(path, keep=lambda name: True)
    else:
        package = guard.inspect_package(path, keep=lambda name: True)
        table = cells.SharedStrings()  # the part read at once, as the careful way reads it
        table.feed(data)
        assert package.shared.result() == table.result()


@pytest.mark.parametrize(
    ("code", "allowed"),
    [(0x0, False), (0x1, False), (0x9, True), (0xA, True), (0xB, False), (0xD, True), (0x1F, False), (0x20, True),
     (0xD7FF, True), (0xD800, False), (0xDFFF, False), (0xE000, True), (0xFFFD, True), (0xFFFE, False),
     (0xFFFF, False), (0x10000, True), (0x10FFFF, True), (0x110000, False)],
)
def test_a_character_reference_is_read_only_where_xml_allows_the_character(code, allowed):
    text = f"a&#x{code:X};b"
    if allowed:
        assert cells._resolve_entities(text) == f"a{chr(code)}b"
    else:
        with pytest.raises(cells.Unsupported):
            cells._resolve_entities(text)


HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="urn:x" count="3" uniqueCount="3">'
PIECES = {
    "plain": HEAD + b"<si><t>een</t></si><si><t> twee &amp; &#10;drie </t></si><si><t>a > b</t></si></sst>",
    "an empty text": HEAD + b"<si><t>een</t></si><si><t></t></si><si><t>drie</t></si></sst>",
    "preserved": HEAD + b'<si><t>een</t></si><si><t xml:space="preserve"> twee </t></si></sst>',
    "empty item": HEAD + b"<si><t>een</t></si><si/><si><t>drie</t></si></sst>",
    "rich": HEAD + b"<si><t>een</t></si><si><r><t>vet</t></r></si></sst>",
    "item with an attribute first": HEAD + b'<si x="1"><t>een</t></si><si><t>twee</t></si></sst>',
    "item with an attribute last": HEAD + b'<si><t>een</t></si><si x="1"><t>twee</t></si></sst>',
    "text between items": HEAD + b"<si><t>een</t></si>los<si><t>twee</t></si></sst>",
    "items only": b"<si><t>een</t></si><si><t>twee</t></si>",
}


class _Counted:
    """A regex whose findall calls are counted."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def findall(self, *args):
        self.calls += 1
        return self.pattern.findall(*args)


@pytest.mark.parametrize("case", list(PIECES))
def test_items_cut_apart_in_c_are_the_regexs(case, monkeypatch):
    piece = PIECES[case]
    try:
        fast = cells._items(piece)
    except cells.Unsupported:
        fast = "refused"
    monkeypatch.setattr(cells, "_plain_texts", lambda text, tags: None)
    try:
        assert fast == cells._items(piece)
    except cells.Unsupported:
        assert fast == "refused"


def test_items_as_excel_writes_them_are_cut_apart_without_the_regex(monkeypatch):
    counted = _Counted(cells._SI)
    monkeypatch.setattr(cells, "_SI", counted)
    strings, _, plain = cells._items(PIECES["plain"])
    assert counted.calls == 0 and plain is not None and strings == ["een", "twee & \ndrie", "a > b"]
    cells._items(PIECES["preserved"])
    assert counted.calls == 1
