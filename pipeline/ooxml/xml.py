"""The safe way every part of a package is parsed: one set of lxml parser settings for every
reader and editor of parts.

* no entity is resolved, no DTD loaded, nothing fetched from the network;
* a part with a DOCTYPE is refused (:class:`UnsafeXML`): Excel and Word never write one, and an
  entity bomb or an external entity needs one (the read guard refuses such a workbook before
  any parser sees it; this is the same rule for a part that reaches a parser another way);
* a DOCTYPE is found in every encoding XML allows (UTF-8, UTF-16 and UTF-32 with or without a
  byte order mark, a declared ISO-8859-1 or EBCDIC): libxml2 reads the part's encoding as the XML
  spec says (appendix F), and :func:`doctype_in_any_encoding` does the same for a part libxml2
  cannot read;
* ``huge_tree``: a big sheet's text nodes pass libxml2's 10 MB limit; nesting stays limited by
  libxml2 (2048 levels with ``huge_tree``), and :func:`parse` refuses a part over ``max_bytes``
  where the caller gives a limit.

:class:`PartCheck` is what a reader runs over every part before anything is written: the part
is well-formed, has no DOCTYPE in any encoding, and nests no deeper than :data:`MAX_DEPTH` (so
no later parser, ours or a library's, stops halfway over it). It builds no tree and calls no
Python per element: libxml2 does the work.

Comments, CDATA and the whitespace between elements are kept: a part we edit is written back
with everything we did not change.
"""

from __future__ import annotations

import re

from lxml import etree

from actieplan.ooxml.ns import MAIN, local, q

_SETTINGS = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, strip_cdata=False)
PARSER = etree.XMLParser(**_SETTINGS, remove_blank_text=False)
RECOVER = etree.XMLParser(**_SETTINGS, recover=True)  # Excel's VML is not always well-formed

# the prolog: declaration, comments, processing instructions and whitespace before the first tag
_PROLOG = re.compile(rb"(?:\s|<\?[^>]*\?>|<!--.*?-->)*", re.DOTALL)


# libxml2's own nesting limit without ``huge_tree``: Excel's deepest parts (charts, drawings)
# nest a few dozen levels; a parser that builds a tree (ours with ``huge_tree``: 2048) fails
# on a part much deeper
MAX_DEPTH = 256

DOCTYPE, DEPTH, SIZE, BROKEN = "doctype", "depth", "size", "broken"  # UnsafeXML.kind


class UnsafeXML(etree.XMLSyntaxError):
    """A part we refuse to parse (a DOCTYPE, or more bytes than allowed): handled as a broken part.

    ``kind``: DOCTYPE, DEPTH (nested deeper than MAX_DEPTH), SIZE or BROKEN (not well-formed)."""

    def __init__(self, message: str, kind: str = BROKEN):
        super().__init__(message, None, 0, 0)
        self.kind = kind


def has_doctype(data: bytes) -> bool:
    """Whether the part declares a DOCTYPE (where one can stand: before its root element)."""
    start = _PROLOG.match(data).end()
    return data[start:start + 9] == b"<!DOCTYPE"


# The XML spec's autodetection (appendix F): the first four bytes tell the encoding family
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
_NO_BOM = ((b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"), (b"\x00<\x00?", "utf-16-be"),
           (b"<\x00?\x00", "utf-16-le"), (b"\x00<", "utf-16-be"), (b"<\x00", "utf-16-le"), (b"Lo\xa7\x94", "cp037"))
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")
_EBCDIC = re.compile(r"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")
_DTD_WORDS = re.compile(r"<!\s*(?:DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)


def decoded(data: bytes | bytearray) -> str | None:
    """The part's text, its encoding found as the XML spec's appendix F says (byte order mark,
    the first characters' byte pattern, then the encoding declaration); None when Python knows no
    such encoding."""
    head = bytes(data[:4])
    family = next((enc for bom, enc in _BOMS if head.startswith(bom)), None)
    skip = 0
    if family is not None:
        skip = {"utf-8": 3, "utf-16-be": 2, "utf-16-le": 2}.get(family, 4)
    else:
        family = next((enc for start, enc in _NO_BOM if head.startswith(start)), None)
    try:
        if family == "cp037":  # EBCDIC: the declaration names the code page
            m = _EBCDIC.match(bytes(data[:200]).decode("cp037"))
            return bytes(data).decode(m.group(1) if m else "cp037", "replace")
        if family is not None:
            return bytes(data[skip:]).decode(family, "replace")
        m = _DECLARED.match(bytes(data[:200]))
        return bytes(data).decode(m.group(1).decode("ascii") if m else "utf-8", "replace")
    except LookupError:  # an encoding Python does not know
        return None


def doctype_in_any_encoding(data: bytes | bytearray) -> bool:
    """Whether ``data``, decoded as the XML spec says, declares a DOCTYPE, ENTITY, ELEMENT or ATTLIST
    (an encoding nobody can decode counts as one: no parser can show it is clean)."""
    text = decoded(data)
    return text is None or _DTD_WORDS.search(text) is not None


class _Watch:
    """A parser target that builds nothing: it stops the parse at a DOCTYPE (libxml2 itself stops
    at nesting deeper than MAX_DEPTH when it is given the whole part)."""

    def doctype(self, *_):
        raise UnsafeXML("DOCTYPE declaration", DOCTYPE)

    def close(self):
        return None


class _DepthWatch(_Watch):
    """The same for a part fed a piece at a time: libxml2's push parser does not count the depth."""

    def __init__(self) -> None:
        self.depth = 0

    def start(self, *_):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise UnsafeXML(f"nested deeper than {MAX_DEPTH} levels", DEPTH)

    def end(self, *_):
        self.depth -= 1


def _parser(target, lenient: bool) -> etree.XMLParser:
    return etree.XMLParser(target=target, resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, recover=lenient)


def _verdict(parser: etree.XMLParser, failed: etree.XMLSyntaxError | None, head: bytes | bytearray, lenient: bool) -> None:
    errors = [str(e.message) for e in parser.error_log] + ([str(failed)] if failed is not None else [])
    if any("Excessive depth" in e for e in errors):
        raise UnsafeXML(f"nested deeper than {MAX_DEPTH} levels", DEPTH)
    if failed is None:
        return
    if doctype_in_any_encoding(head):  # what libxml2 could not read: decoded here
        raise UnsafeXML("DOCTYPE declaration", DOCTYPE)
    if not lenient:
        raise UnsafeXML(f"not well-formed: {failed}", BROKEN)


class PartCheck:
    """Check a part fed a piece at a time (:meth:`feed`, then :meth:`close`; a part at once:
    :func:`check_part`): raise :class:`UnsafeXML` for a DOCTYPE in any encoding, nesting deeper
    than MAX_DEPTH, more than ``max_bytes``, or (unless ``lenient``: Excel's VML is not always
    well-formed) XML that is not well-formed.

    ``depth=False``: the nesting is NOT checked, and no Python runs per element (counting it
    costs a call per start and end tag, twice libxml2's own time over a big part): for a caller
    that shows the depth another way (the guard's shared strings, read item by item)."""

    def __init__(self, max_bytes: int | None = None, lenient: bool = False, depth: bool = True):
        self.max_bytes, self.lenient = max_bytes, lenient
        self.size = 0
        self._head = bytearray()
        self._parser = _parser(_DepthWatch() if depth else _Watch(), lenient)
        self._failed: etree.XMLSyntaxError | None = None

    def feed(self, piece: bytes | bytearray) -> None:
        self.size += len(piece)
        if self.max_bytes is not None and self.size > self.max_bytes:
            raise UnsafeXML(f"part of more than {self.max_bytes} bytes", SIZE)
        if len(self._head) < 4096:
            self._head += piece[: 4096 - len(self._head)]
        if self._failed is None:
            try:
                self._parser.feed(bytes(piece))
            except UnsafeXML:
                raise
            except etree.XMLSyntaxError as exc:
                self._failed = exc

    def close(self) -> None:
        if self._failed is None:
            try:
                self._parser.close()
            except UnsafeXML:
                raise
            except etree.XMLSyntaxError as exc:
                self._failed = exc
        _verdict(self._parser, self._failed, self._head, self.lenient)


def check_part(data: bytes | bytearray, max_bytes: int | None = None, lenient: bool = False) -> None:
    """:class:`PartCheck` over a whole part, faster: libxml2 counts the depth, no Python runs per element."""
    if max_bytes is not None and len(data) > max_bytes:
        raise UnsafeXML(f"part of {len(data)} bytes, more than {max_bytes}", SIZE)
    parser = _parser(_Watch(), lenient)
    failed = None
    try:
        etree.fromstring(bytes(data), parser)
    except UnsafeXML:
        raise
    except etree.XMLSyntaxError as exc:
        failed = exc
    _verdict(parser, failed, data[:4096], lenient)


def parse(data: bytes, recover: bool = False, max_bytes: int | None = None):
    """The root element of a part; :class:`UnsafeXML` for a DOCTYPE or a part over ``max_bytes``;
    ``recover`` parses what it can of a part that is not well-formed."""
    if max_bytes is not None and len(data) > max_bytes:
        raise UnsafeXML(f"part of {len(data)} bytes, more than {max_bytes}")
    if has_doctype(data):
        raise UnsafeXML("DOCTYPE declaration", DOCTYPE)
    root = etree.fromstring(data, RECOVER if recover else PARSER)
    if root is not None and root.getroottree().docinfo.doctype:  # in an encoding has_doctype did not read
        raise UnsafeXML("DOCTYPE declaration", DOCTYPE)
    return root


def serialize(root) -> bytes:
    """A part's bytes as Excel writes them: declaration with standalone, VML without declaration."""
    if root.tag == "xml" or (isinstance(root.tag, str) and root.tag.rsplit("}", 1)[-1] == "xml"):
        return etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)


def insert_in_order(parent, child, order: list[str]) -> None:
    """Put ``child`` before the first existing child that comes after it in the schema's ``order``
    (``mc:AlternateContent`` takes the place of what its choice holds)."""
    def name(el) -> str:
        found = local(el)
        if found == "AlternateContent":
            for choice in el:
                for inner in choice:
                    return local(inner)
        return found

    rank = order.index(local(child))
    for i, el in enumerate(parent):
        n = name(el)
        if n in order and order.index(n) > rank:
            parent.insert(i, child)
            return
    parent.append(child)


def child(parent, tag: str, order: list[str] | None = None, create: bool = False, ns: str | None = None):
    """The first child ``tag`` (in the spreadsheet namespace unless ``ns``), created in its place
    of ``order`` when asked and missing."""
    found = parent.find(q(tag, ns or MAIN))
    if found is None and create:
        found = etree.Element(q(tag, ns or MAIN))
        if order:
            insert_in_order(parent, found, order)
        else:
            parent.append(found)
    return found
