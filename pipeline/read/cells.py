"""Reads the contract sheets' cells straight from the package's XML, as python-calamine would.

Why not calamine itself: ``python_calamine`` keeps every shared string in Rust, copies each one
again into the parsed sheet, and ``to_python`` then makes a new Python ``str`` per cell. For a
10.000-fiche plan (160.000 cells, 46 M characters, only 78.000 distinct strings) that is ~190 MB
on top of the imports, and with our per-cell cleaning ~3x the bare read. Here the shared strings
are decoded once into a Python list, so equal cells share one ``str`` object, and a sheet's XML
(already read and checked by :func:`actieplan.read.guard.inspect_package`) is scanned with a few
regular expressions: no element tree, no per-cell object beyond its value.

The result is exactly ``CalamineSheet.to_python(skip_empty_area=False, nrows=...)`` and
``merged_cell_ranges``: the same rows, the same widths, the same value and Python type in every
cell (``tests/test_sheetxml.py`` compares the two cell by cell). The rules followed are
calamine's (``xlsx/mod.rs``, ``xlsx/cells_reader.rs``, ``formats.rs``, ``datatype.rs``):

* shared and inline strings: every ``<t>`` of the item except those in phonetic runs
  (``<rPh>``), XML line ends normalised, entities resolved, ASCII blanks trimmed unless
  ``xml:space="preserve"``, then Excel's ``_x00HH_`` escapes resolved;
* numbers are floats; a number in a cell whose number format is a date (built-in ids 14-22, 45,
  47 or a custom format calamine takes for a date) becomes a ``time`` (below 1), a ``date``
  (whole) or a ``datetime``, in the 1900 or 1904 date system, and a duration format
  (``[h]:mm``, id 46) a ``timedelta``; out of range it stays the float;
* booleans, error values (read as ``''``), formula strings (``t="str"``), empty cells as ``''``;
* the sheet's range runs from A1 to the last cell that holds a value.

Anything outside that (an ISO date cell ``t="d"``, a prefixed namespace, CDATA or comments, a
cell without its reference, a value calamine itself would refuse) raises :class:`Unsupported`,
and the loader reads that workbook with calamine as before: rare input costs time, never a value.
A cell in a shape Excel does not write that LibreOffice shows otherwise than calamine reads it (a
``<v>`` beside an ``<is>``, a child twice or out of order) raises :class:`Ambiguous`, here and
(:func:`find_ambiguous`) before calamine reads a sheet: the loader refuses the workbook.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from itertools import repeat
from operator import itemgetter
from typing import Any


class Unsupported(Exception):
    """The XML holds something this reader does not take on: read the workbook with calamine."""


class Ambiguous(Exception):
    """A cell whose XML is not what Excel writes and that readers show differently (LibreOffice
    shows ``SHOWN`` of ``<c t="str"><v>SHOWN</v><is><t>BruZEL</t></is></c>``, calamine and this
    reader BruZEL): refused, never read. ``ref``: the cell (A1), set by :func:`read_sheet`."""

    def __init__(self, why: str, ref: str = ""):
        super().__init__(why)
        self.why, self.ref = why, ref
        self.sheet = ""  # set by the loader


_ORDER = {b"f": 0, b"v": 1, b"is": 2}  # CT_Cell: f?, v?, is?, each at most once, in this order


def check_shape(t: bytes | None, children: list[bytes]) -> None:
    """Raise :class:`Ambiguous` for a cell's children (``f``, ``v``, ``is``) in a shape Excel does
    not write and that LibreOffice and calamine read differently (checked with LibreOffice
    headless, tests/read/test_hostile_xml.py): a child twice or out of order, an inline string
    (``<is>``) in a cell that is not of type ``inlineStr``, or beside a ``<v>``."""
    ranks = [_ORDER[c] for c in children if c in _ORDER]
    if len(set(ranks)) != len(ranks):
        raise Ambiguous("twice")
    if ranks != sorted(ranks):
        raise Ambiguous("order")
    if 2 in ranks and (t != b"inlineStr" or 1 in ranks):
        raise Ambiguous("inline")


def find_ambiguous(data: bytes | bytearray) -> Ambiguous | None:
    """The first cell of a worksheet part whose shape :func:`check_shape` refuses, read with a
    conforming XML parser (any prefix, comments, CDATA, encoding): for the parts this reader leaves
    to calamine, which would read such a cell as it likes."""
    import io

    from lxml import etree

    from actieplan.ooxml.cellref import get_column_letter

    row_no = col_no = 0
    try:
        for _, el in etree.iterparse(io.BytesIO(bytes(data)), events=("end",), tag=("{*}c", "{*}row"),
                                     resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True):
            name = etree.QName(el).localname
            if name == "row":
                r = el.get("r")
                row_no = int(r) if r and r.isdigit() else row_no + 1
                col_no = 0
                el.clear()
                continue
            ref = el.get("r")
            m = re.match(r"([A-Z]{1,3})([0-9]+)$", ref or "")
            col_no = _col(m.group(1).encode()) + 1 if m else col_no + 1
            t = el.get("t")
            try:
                check_shape(None if t is None else t.encode(), [etree.QName(c).localname.encode() for c in el if isinstance(c.tag, str)])
            except Ambiguous as exc:
                exc.ref = ref or f"{get_column_letter(col_no)}{row_no + 1}"
                return exc
    except etree.XMLSyntaxError:
        return None  # a broken part: the guard refused it already
    return None


DATETIME, TIMEDELTA = "datetime", "timedelta"  # a cell format's kind; None: any other

_PREFIXED = re.compile(rb"</?[A-Za-z_][\w.-]*:[A-Za-z_]")
_ODD_MARKUP = (b"<![CDATA[", b"<!--", b"<!DOCTYPE", b"<!ENTITY")
_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_COMMON_ENTITIES = [(f"&{name};", char) for name, char in _NAMED.items() if name != "amp"] + [
    ("&#10;", "\n"), ("&#13;", "\r"), ("&#9;", "\t"), ("&amp;", "&")]
_EXCEL_ESCAPE = re.compile(r"_x00([0-9A-Fa-f]{2})_")
_TRIM = " \t\r\n"

# <si><t>plain</t></si> and <si><t xml:space="preserve">plain</t></si> take the fast lane
_RPH = re.compile(r"<rPh(?:\s[^>]*)?>.*?</rPh>|<rPh(?:\s[^>]*)?/>", re.S)
_T = re.compile(r"<t(\s[^>]*?)?(/)?>(?:([^<]*)</t>)?")
_PRESERVE = re.compile(r"""\sxml:space\s*=\s*(?:"preserve"|'preserve')""")


def _unescape(raw: str | bytes) -> str:
    """Text content as quick-xml's ``xml10_content`` and entity resolution give it."""
    text = raw if isinstance(raw, str) else raw.decode("utf-8")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = _resolve_entities(text)
    return text


def _resolve_entities(text: str) -> str:
    # the five named entities and the references of a line end or tab (LibreOffice writes &apos;
    # for every ' and &#10; for every line end): replaced in C, &amp; last (&amp;lt; is '&lt;')
    if text.count("&") == sum(text.count(entity) for entity, _ in _COMMON_ENTITIES):
        for entity, char in _COMMON_ENTITIES:
            text = text.replace(entity, char)
        return text

    def one(m: re.Match) -> str:
        if m.group(1):
            return _NAMED[m.group(1)]
        code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
        if not is_xml_char(code):  # what no parser reads (the guard's check of plain items counts on it)
            raise Unsupported(f"character reference {m.group(0)}")
        return chr(code)

    out = _ENTITY.sub(one, text)
    if "&" in _ENTITY.sub("", text):  # an entity calamine would refuse (no DTD: only the five)
        raise Unsupported("unknown entity")
    return out


def is_xml_char(code: int) -> bool:
    """Whether XML 1.0 allows the character ``code`` (its Char production)."""
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _text(raw: str | bytes, preserve: bool) -> str:
    text = _unescape(raw)
    if not preserve:
        text = text.strip(_TRIM)
    if "_x00" in text:
        text = _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text


def _rich(body: str | bytes) -> str:
    """The text of an ``<si>`` or ``<is>`` item: its ``<t>`` elements outside phonetic runs."""
    if not isinstance(body, str):
        body = body.decode("utf-8")
    if "<rPh" in body:
        body = _RPH.sub("", body)
        if "<rPh" in body:
            raise Unsupported("unclosed phonetic run")
    parts = []
    found = 0
    for m in _T.finditer(body):
        found += 1
        if m.group(2):  # <t/>: an empty text
            continue
        if m.group(3) is None:
            raise Unsupported("markup inside <t>")
        parts.append(_text(m.group(3), bool(m.group(1)) and _PRESERVE.search(m.group(1)) is not None))
    if body.count("<t") != found:  # a <t ...> the pattern did not take whole
        raise Unsupported("unexpected <t>")
    return "".join(parts)


def check_markup(data: bytes | bytearray, start: int = 0, end: int | None = None, first: bool = True) -> None:
    """Raise Unsupported for XML (between ``start`` and ``end``) that this reader does not parse the
    way a conforming XML parser would: comments, CDATA, processing instructions, another encoding,
    prefixed element names (DOCTYPE and ENTITY the guard refused already)."""
    end = len(data) if end is None else end
    # (a part without '!' or '?', most sheets, is not searched for '<!' or '<?': memchr is faster)
    if data.find(b"!", start, end) >= 0 and DECLARATION.search(data, start, end):
        raise Unsupported("comment, CDATA or declaration")
    if data.find(b"?", start, end) >= 0 and PROCESSING_INSTRUCTION.search(data, max(start, 1 if first else 0), end):
        raise Unsupported("processing instruction")
    if first:
        if data[:1] != b"<":
            raise Unsupported("not UTF-8 XML")
        head = bytes(data[:200])
        if b"encoding=" in head and not re.search(rb"""encoding=["'](?i:utf-8)["']""", head):
            raise Unsupported("encoding")
    if data.find(b"xmlns:", 0, end) >= 0 and prefixed(data, start, end):
        raise Unsupported("namespace prefix")


_NAME_AFTER_COLON = re.compile(rb":[A-Za-z_]")
# a comment, CDATA or DTD: the regex engine finds a short literal in a sheet (whose '<' are
# everywhere) about twice as fast as bytes.find
DECLARATION, PROCESSING_INSTRUCTION = re.compile(rb"<!"), re.compile(rb"<\?")


def prefixed(data: bytes | bytearray, start: int = 0, end: int | None = None) -> bool:
    """Whether an element name with a prefix (``<x:c``, ``</x:c``) stands between ``start`` and
    ``end``: ``_PREFIXED.search``, tried only at the colons followed by a name (a sheet has few:
    searching for its every ``<`` costs more than the rest of reading it)."""
    end = len(data) if end is None else end
    for m in _NAME_AFTER_COLON.finditer(data, start, end):
        tag = data.rfind(b"<", start, m.start())
        if tag >= 0 and _PREFIXED.match(data, tag, end) is not None:
            return True
    return False


def shared_strings(data: bytes | bytearray) -> list[str]:
    """The shared strings table (``xl/sharedStrings.xml``), in order."""
    check_markup(data)
    table = SharedStrings()
    table.feed(data)
    return table.result()


class SharedStrings:
    """The shared strings table read a piece at a time, as the guard unpacks and checks the
    part (each piece cut where an ``<si>`` starts; the guard feeds no piece that holds ``<!``), so the
    whole part's XML is never held at once."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self.failed: Unsupported | None = None
        self._first = True
        # the shape of the XML read so far, for the guard (actieplan.read.guard: it shows the part's
        # depth and where a long text can stand with these, instead of a Python call per element and a
        # search of the whole part): upper bounds of the tags ('<') outside the items, of the tags
        # in one item, and of the characters of one item or of the text between two items
        self.tags_outside = self.tags_in_item = self.longest = 0
        # the last piece fed, when its items are plain texts one after another: the bytes before the
        # first item and after the last (the guard checks such a piece's items without libxml2)
        self.plain: tuple[int, int] | None = None

    def feed(self, piece: bytes | bytearray) -> None:
        if self.failed is not None:
            return
        try:
            if self._first:
                check_markup(piece[:4096], first=True)  # the declaration and the root
                self._first = False
            if piece.find(b"xmlns:") >= 0 and prefixed(piece):
                raise Unsupported("namespace prefix")
            self.plain = None
            strings, shape, self.plain = _items(piece)
            self.strings.extend(strings)
            self.tags_outside += shape[0]
            self.tags_in_item = max(self.tags_in_item, shape[1])
            self.longest = max(self.longest, shape[2])
        except Unsupported as exc:
            self.refuse(str(exc))
        except ValueError:  # not UTF-8
            self.refuse("not UTF-8")

    def refuse(self, why: str) -> None:
        self.failed, self.strings = Unsupported(why), []

    def result(self) -> list[str]:
        if self.failed is not None:
            raise self.failed
        return self.strings


_SI = re.compile(r'<si>(?:<t>([^<]*)</t>|<t xml:space="preserve">([^<]*)</t>|(.*?))</si>', re.S)
_SI_START, _EMPTY_SI, _ESCAPE_START = re.compile(rb"<si"), re.compile(rb"<si/>"), re.compile(rb"_x00")
_PRESERVED = '<t xml:space="preserve">'
_BETWEEN_PLAIN = "</t></si><si><t>"


def _plain_texts(text: str, tags: int) -> list[str] | None:
    """The texts of ``text``'s items when every item is ``<si><t>text</t></si>``, one after another
    (of its ``tags`` '<', none but the items' own four: the texts hold none, no item is of another
    shape), else None; cut apart in C, as the regex would find them."""
    first, last = text.find("<si><t>"), text.rfind("</t></si>")
    if first < 0 or last < first or text.find("<si", 0, first) >= 0 or text.find("<si", last) >= 0:
        return None
    texts = text[first + len("<si><t>") : last].split(_BETWEEN_PLAIN)
    around = text.count("<", 0, first) + text.count("<", last + len("</t></si>"))
    return texts if tags - around == 4 * len(texts) else None


def _items(piece: bytes | bytearray) -> tuple[list[str], tuple[int, int, int], tuple[int, int] | None]:
    """The strings of the ``<si>`` items in ``piece`` (which holds whole items only), the shape
    of its XML (:attr:`SharedStrings.tags_outside`, ``tags_in_item``, ``longest``) and, when the
    items are plain texts (``<si><t>…</t></si>``, with or without ``xml:space``) that follow one
    another with nothing between them, the bytes before the first and after the last
    (:attr:`SharedStrings.plain`), else None.

    The shape is exact for the items Excel writes and errs on the large side for the others (an
    empty ``<si><t></t></si>`` counts as ``<si></si>``): it bounds the depth the guard proves.
    The piece is decoded at once and its texts cut out of that one str: a text decoded on its own
    from the piece's bytes is faster, but leaves the bytes of every item between the texts that
    stay (4 MB more resident memory at 10.000 fiches)."""
    text = piece.decode("utf-8")
    empty = _EMPTY_SI.search(piece) is not None
    if empty:
        text = text.replace("<si/>", "<si></si>")
    tags = text.count("<") if empty else piece.count(b"<")  # (the same '<', counted faster in bytes)
    split = _plain_texts(text, tags)
    if split is not None:  # every item <si><t>plain</t></si>: the texts without a regex
        plains, kept, rich = split, None, []
    else:
        found = _SI.findall(text)
        if len(found) != len(_SI_START.findall(piece)):
            raise Unsupported("<si> with attributes, nested or unclosed")
        # the plain texts, the preserved ones (as LibreOffice writes every item), the others (''
        # elsewhere) (itemgetter, not zip(*found): that makes an iterator per item, which the cyclic
        # GC then walks)
        plains, kept, others = (list(map(itemgetter(i), found)) for i in range(3))
        rich = [] if others.count("") == len(others) else [(i, other) for i, other in enumerate(others) if other]
    n = len(plains)
    # an item is <si><t>plain</t></si> (4 tags, 16 characters around its text), the same with
    # <t xml:space="preserve"> (37 characters around), or <si>other</si>
    lengths, kept_lengths = list(map(len, plains)), [] if kept is None else list(map(len, kept))
    with_text, with_kept = n - plains.count(""), 0 if kept is None else n - kept.count("")
    tags_in_items = 2 * n + 2 * (with_text + with_kept) + sum(other.count("<") for _, other in rich)
    in_items = (9 * n + sum(lengths) + 7 * with_text + sum(kept_lengths) + 28 * with_kept
                + sum(len(other) for _, other in rich))
    longest = max(max(lengths, default=0), max(kept_lengths, default=0), max((len(other) for _, other in rich), default=0),
                  len(text) - in_items)
    deepest = 1 + max((other.count("<") for _, other in rich), default=1 if with_text or with_kept else 0)
    shape = (tags - tags_in_items, deepest, longest)
    plain = None
    if n and not rich:
        first, last = text.find("<si>"), text.rfind("</si>") + len("</si>")
        if last - first == in_items:  # the items' own characters fill the span: nothing between them
            plain = (len(text[:first].encode()), len(text[last:].encode()))  # in the piece's bytes
    # a plain item is stripped, a preserved one kept as it is; the escapes, entities and CRs that
    # need the careful way are looked for once per piece, then in the items of a piece that holds any
    out = list(map(str.strip, plains, repeat(_TRIM, n)))
    if with_kept:
        out = [preserved or stripped for preserved, stripped in zip(kept, out)]
    marks = [mark for mark in ("&", "\r") if mark.encode() in piece] + (["_x00"] if _ESCAPE_START.search(piece) else [])
    if marks:
        # looked for in the texts as they are kept: a plain text's blanks at its ends are stripped
        # the careful way too, so a CR there changes nothing
        mark = marks[0]
        careful = [i for i, t in enumerate(out) if mark in t] if len(marks) == 1 else [
            i for i, t in enumerate(out) if any(m in t for m in marks)]
        for i in careful:
            out[i] = _text(kept[i], True) if kept is not None and kept[i] else _text(plains[i], False)
    for i, other in rich:
        if other.startswith(_PRESERVED) and other.count("<") == 2 and other.endswith("</t>"):
            out[i] = _text(other[len(_PRESERVED) : -4], True)
        else:
            out[i] = _rich(other)
    return out, shape, plain


# -- number formats (styles.xml) ---------------------------------------------------------------

_BUILTIN = {14: DATETIME, 15: DATETIME, 16: DATETIME, 17: DATETIME, 18: DATETIME, 19: DATETIME,
            20: DATETIME, 21: DATETIME, 22: DATETIME, 45: DATETIME, 47: DATETIME, 46: TIMEDELTA}


def format_kind(code: str) -> str | None:
    """calamine's ``detect_custom_number_format``: whether a custom format shows a date or time
    (the first section only; text in quotes, escaped characters and [colours] do not count) or a
    duration ([h], [mm], [ss])."""
    escaped = is_quote = ap = hms = False
    brackets = 0
    prev = " "
    for s in code:
        if escaped:
            escaped = False
        elif s in "_\\*":
            escaped = True
        elif is_quote:
            if s == '"':
                is_quote = False
        elif s == '"':
            is_quote = True
        elif s == ";":
            return None
        elif s == "[":
            brackets = min(brackets + 1, 255)
        elif s == "]" and hms and brackets == 1:
            return TIMEDELTA
        elif s == "]":
            brackets = max(brackets - 1, 0)
        elif s in "aA" and not ap and brackets == 0:
            ap = True
        elif s in "pm/PM" and ap and brackets == 0:
            return DATETIME
        elif s in "dmhysDMHYS" and not ap and brackets == 0:
            return DATETIME
        else:
            if hms and s.lower() == prev.lower():
                pass
            else:
                hms = prev == "[" and s in "mhsMHS"
        prev = s
    return None


_NUMFMT = re.compile(rb"<numFmt\s([^>]*?)/?>")
_XFS = re.compile(rb"<cellXfs\b[^>]*?(?:/>|>(.*?)</cellXfs>)", re.S)
_XF = re.compile(rb"<xf(?:\s([^>]*?))?/?>")
_ATTR = re.compile(rb"""([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _attrs(raw: bytes | None) -> dict[bytes, bytes]:
    if not raw:
        return {}
    return {m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTR.finditer(raw)}


def cell_formats(data: bytes | bytearray | None) -> list[str | None]:
    """The kind (DATETIME, TIMEDELTA or None) of every cell format of ``xl/styles.xml``, by index."""
    if data is None:
        return []
    check_markup(data)
    custom: dict[bytes, str | None] = {}
    for m in _NUMFMT.finditer(data):
        a = _attrs(m.group(1))
        if b"numFmtId" in a and b"formatCode" in a:
            custom[a[b"numFmtId"]] = format_kind(_unescape(a[b"formatCode"]))
    kinds: list[str | None] = []
    for block in _XFS.finditer(data):
        for m in _XF.finditer(block.group(1) or b""):
            fid = _attrs(m.group(1)).get(b"numFmtId")
            if fid is None:
                kinds.append(None)
            elif fid in custom:
                kinds.append(custom[fid])
            else:
                kinds.append(_BUILTIN.get(int(fid)) if fid.isdigit() else None)
    return kinds


def date1904(workbook_xml: bytes | bytearray | None) -> bool:
    if workbook_xml is None:
        return False
    m = re.search(rb"<workbookPr\s([^>]*?)/?>", workbook_xml)
    return m is not None and _attrs(m.group(1)).get(b"date1904") in (b"1", b"true")


# -- cells ---------------------------------------------------------------------------------------

# a cell as Excel, LibreOffice, openpyxl and xlsxwriter write it: its reference, then a shared
# string's index (the common case: its style is not needed, nor the <v> around it), or its style,
# type, and either a lone <v> or other content; any other shape goes the slow way (possessive: what
# a part matched is never given back, which nothing after it could take: fewer steps for the regex
# engine, the same matches)
_CELL = re.compile(rb'<c r="([A-Z]{1,3}+)([0-9]{1,7}+)"(?:(?: s="[0-9]++")?+ t="s"><v>([0-9]++)</v></c>|'
                   rb'(?: s="([0-9]++)")?+(?: t="([a-zA-Z]++)")?+(?:/>|>(?:(<v>[^<]*+</v>)|(.*?))</c>))', re.S)
_CELL_ANY = re.compile(rb"<c(?:\s([^>]*?))?(?:/>|>(.*?)</c>)", re.S)
_REF = re.compile(rb"([A-Z]{1,3})([0-9]{1,7})$")
_V = re.compile(rb"<v>([^<]*)</v>")
_CHILD = re.compile(rb"<(\w+)(?:\s[^>]*?)?(/)?>")
_NUMBER = re.compile(rb"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_ERRORS = {b"#DIV/0!", b"#N/A", b"#NAME?", b"#NULL!", b"#NUM!", b"#REF!", b"#VALUE!"}
_MERGE = re.compile(rb"<mergeCell\s([^>]*?)/?>")
_COLS: dict[bytes, int] = {}
_EPOCH = datetime(1899, 12, 30)
_MS_PER_DAY = 86_400_000.0


def _col(letters: bytes) -> int:
    """0-based column of ``b'AB'``."""
    n = _COLS.get(letters)
    if n is None:
        n = 0
        for ch in letters:
            n = n * 26 + ch - 64
        n -= 1
        _COLS[letters] = n
    return n


def _round(x: float) -> int:
    """Rust's f64::round (half away from zero) then ``as i64``."""
    r = int(abs(x) + 0.5) if abs(x) < 2**62 else None
    if r is None:
        raise OverflowError
    return r if x >= 0 else -r


def excel_date(value: float, kind: str, is_1904: bool) -> Any:
    """python-calamine's CellValue of a number in a date- or duration-formatted cell."""
    if kind == TIMEDELTA:
        try:
            return timedelta(milliseconds=_round(value * _MS_PER_DAY))
        except (OverflowError, ValueError):  # calamine raises (or panics) here: let it
            raise Unsupported("duration out of range") from None
    f = value + 1462.0 if is_1904 else value
    f = f if f >= 60.0 else f + 1.0
    ms = f * _MS_PER_DAY
    if not ms > -9.2e18:  # chrono panics on the saturated i64::MIN milliseconds (or NaN): let calamine
        raise Unsupported("date out of range")
    if value < 1.0:  # the time of day, also of a date before year 1 (chrono has those, Python not)
        if abs(f) > 90_000_000:  # near chrono's own limits: let calamine decide
            raise Unsupported("time out of range")
        ms_of_day = _round(ms) % 86_400_000
        seconds, milli = divmod(ms_of_day, 1000)
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60, milli * 1000)
    try:
        moment = _EPOCH + timedelta(milliseconds=_round(ms))
    except (OverflowError, ValueError):
        return value  # beyond year 9999: python-calamine gives the number
    if value >= 0 and value == float(int(value)):
        return moment.date()
    return moment


def _value(t: bytes | None, style: bytes | None, body: bytes | None, ctx: tuple) -> tuple[Any, bool]:
    """(python-calamine's value, whether calamine counts the cell as filled)."""
    strings, formats, is_1904 = ctx
    if not body:
        return "", False
    m = _V.fullmatch(body) if body.startswith(b"<v>") else None
    if m is not None:
        v = m.group(1)
    else:
        # the last child element that opens decides (calamine: <f> empties, <v> and <is> set)
        v, inline = None, None
        pos, chosen = 0, None
        seen: list[bytes] = []
        for c in _CHILD.finditer(body):
            if c.start() < pos:
                continue
            name, empty = c.group(1), c.group(2)
            if name not in (b"f", b"v", b"is"):
                raise Unsupported(f"<{name.decode()}> in a cell")
            seen.append(name)
            check_shape(t, seen)
            if empty:  # <v/>: calamine expands it to <v></v>
                content, pos = b"", c.end()
            else:
                end = body.find(b"</" + name + b">", c.end())
                if end < 0:
                    raise Unsupported("unclosed element in a cell")
                content, pos = body[c.end() : end], end + len(name) + 3
            chosen = None if name == b"f" else name  # the last one decides; <f> empties
            if name == b"v":
                v = content
            elif name == b"is":
                inline = content
        if chosen is None:
            return "", False
        if chosen == b"is":
            return _rich(inline), True
        if t in (b"inlineStr", b"is"):
            return "", False
        if b"<" in v:
            raise Unsupported("markup in <v>")
    if t == b"s":
        if not v:
            return "", False
        if not v.isdigit():
            raise Unsupported("shared string index")
        i = int(v)
        if i >= len(strings):
            raise Unsupported("shared string index out of range")
        return strings[i], True
    if t is None or t == b"n":
        if not v:
            return "", False
        if _NUMBER.fullmatch(v) is None:
            raise Unsupported("not a number")
        number = float(v)
        if style is None:
            return number, True
        i = int(style) if style.isdigit() else 0
        if i >= len(formats):
            return number, True
        kind = formats[i]
        if kind is None:
            return number, True
        return excel_date(number, kind, is_1904), True
    if t == b"str":
        return _unescape(v), True
    if t == b"b":
        if not v:
            return "", False
        if b"&" in v:
            raise Unsupported("entity in a boolean")
        return v != b"0", True
    if t == b"e":
        if not v:
            return "", False
        if v not in _ERRORS:
            raise Unsupported("error value")
        return "", True
    if t in (b"inlineStr", b"is"):
        return "", False
    raise Unsupported(f"cell type {t!r}")


def read_sheet(data: bytes | bytearray, strings: list[str], formats: list[str | None], is_1904: bool,
               nrows: int, cell_tags: int | None = None) -> tuple[list[list[Any]], list[tuple[tuple[int, int], tuple[int, int]]]]:
    """``(to_python(skip_empty_area=False, nrows=nrows), merged_cell_ranges)`` of a worksheet part.

    ``cell_tags``: the part's ``<c ...>``, ``<c>`` and ``<c/>`` tags as the guard counted them
    in the whole part; when the cells found are as many, they are all of ``<sheetData>``'s too (which
    holds no more tags than the part) and are not counted again."""
    start = data.find(b"<sheetData")
    if start < 0:
        raise Unsupported("no sheetData")
    end = data.find(b"</sheetData>", start)
    end = start + data[start:].find(b">") + 1 if end < 0 else end
    check_markup(data, start, end)
    cells_xml = data[start:end]
    ctx = (strings, formats, is_1904)
    cells: dict[int, dict[int, Any]] = {}
    last_row = -1
    n = 0
    col_of = _COLS
    row_of = row = None  # the row last written to: a row's cells come one after another
    for found in _chunked(_CELL, cells_xml, b"<row"):
        n += len(found)
        for letters, row_no, index, style, t, v_element, body in found:
            if index:
                try:
                    value = strings[int(index)]
                except IndexError:
                    raise Unsupported("shared string index") from None
            elif t == b"s" and v_element:
                v = v_element[3:-4]
                if not v.isdigit():
                    raise Unsupported("shared string index")
                try:
                    value = strings[int(v)]
                except IndexError:
                    raise Unsupported("shared string index") from None
            elif v_element:
                if not t and not style and _NUMBER.fullmatch(v_element, 3, len(v_element) - 4) is not None:
                    value = float(v_element[3:-4])
                else:
                    value, filled = _value(t or None, style or None, v_element, ctx)
                    if not filled:
                        continue
            elif body:
                try:
                    value, filled = _value(t or None, style or None, body, ctx)
                except Ambiguous as exc:
                    exc.ref = (letters + row_no).decode()
                    raise
                if not filled:
                    continue
            else:
                continue  # <c .../> or <c ...></c>: empty, outside the range
            if row_no != row_of:
                r = int(row_no) - 1
                row = cells.get(r)
                if row is None:
                    if r < 0:
                        raise Unsupported("row 0")
                    row = cells[r] = {}
                    if r > last_row:
                        last_row = r
                row_of = row_no
            try:
                c = col_of[letters]
            except KeyError:
                c = _col(letters)
            row[c] = value
        del found  # freed before the next slice's matches are made: one slice's at a time
    last_col = max(map(max, cells.values()), default=-1)  # (every row holds a cell)
    if n != cell_tags and n != cells_xml.count(b"<c ") + cells_xml.count(b"<c>") + cells_xml.count(b"<c/>"):
        # not in the shape Excel, LibreOffice, openpyxl and xlsxwriter write: read attribute by attribute
        cells, last_row, last_col = _read_cells_slowly(cells_xml, ctx)
    rows: list[list[Any]] = []
    if last_row >= 0:
        width = last_col + 1
        blank, columns = [""] * width, range(width)
        for r in range(min(last_row + 1, nrows)):
            row = cells.get(r)
            # a row's values in C: each column's value, or '' (a row holds values only)
            rows.append(blank.copy() if row is None else list(map(row.get, columns, repeat("", width))))
    return rows, _merged(data, end)


def _chunked(pattern: re.Pattern, data: bytes | bytearray, boundary: bytes, chunk: int = 1 << 18):
    """``pattern.findall(data)``, a list for each slice (cut where ``boundary`` starts): all of a
    big part's matches at once would cost more memory (a tuple of bytes objects per match) than
    the values themselves."""
    pos, end = 0, len(data)
    while pos < end:
        cut = data.find(boundary, pos + chunk) if pos + chunk < end else -1
        cut = end if cut < 0 else cut
        yield pattern.findall(data, pos, cut)
        pos = cut


def _read_cells_slowly(cells_xml: bytes, ctx: tuple) -> tuple[dict[int, dict[int, Any]], int, int]:
    cells: dict[int, dict[int, Any]] = {}
    last_row = last_col = -1
    for m in _CELL_ANY.finditer(cells_xml):
        a = _attrs(m.group(1))
        ref = _REF.match(a.get(b"r", b""))
        if ref is None:
            raise Unsupported("cell without its reference")
        try:
            value, filled = _value(a.get(b"t"), a.get(b"s"), m.group(2), ctx)
        except Ambiguous as exc:
            exc.ref = a[b"r"].decode()
            raise
        if filled:
            r, c = int(ref.group(2)) - 1, _col(ref.group(1))
            if r < 0:
                raise Unsupported("row 0")
            cells.setdefault(r, {})[c] = value
            last_row, last_col = max(last_row, r), max(last_col, c)
    return cells, last_row, last_col


def _merged(data: bytes | bytearray, after: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    out = []
    if data.find(b"<mergeCell ", max(after, 0)) < 0:  # (after the cells: where they stand)
        return out
    for m in _MERGE.finditer(data, max(after, 0)):
        ref = _attrs(m.group(1)).get(b"ref")
        if not ref:
            raise Unsupported("mergeCell without ref")
        corners = []
        for part in ref.split(b":"):
            p = _REF.match(part.replace(b"$", b""))
            if p is None:
                raise Unsupported("mergeCell ref")
            corners.append((int(p.group(2)) - 1, _col(p.group(1))))
        if len(corners) == 1:
            corners.append(corners[0])
        if len(corners) != 2:
            raise Unsupported("mergeCell ref")
        out.append((corners[0], corners[1]))
    return out
