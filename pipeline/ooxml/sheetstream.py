"""A worksheet part read and rewritten as a stream of bytes, never as a tree.

The annotated copy changes a few cells of a sheet that may hold hundreds of thousands. Parsing
the whole part into a tree costs memory that grows with the sheet; here the part is read in
chunks instead, three times at most:

1. :func:`scan` (expat, one pass): where the structure is, as byte offsets (the sheet's
   children, the rows of ``sheetData``), and the few small things the marks need (dimension,
   first sheet view, columns, merged ranges, the notes' drawing);
2. :func:`read_rows`: only the rows the marks touch, each parsed on its own;
3. :func:`rewrite`: every byte copied as it is, except where an edit says otherwise: a start tag
   given other attributes (a cell's style, a row's spans, the dimension) or new elements
   inserted at an offset (a cell, a row, the notes' ``legacyDrawing``).

So every byte we do not change stays as the file had it: namespaces and their prefixes,
comments, CDATA, processing instructions, unknown elements and ``mc:AlternateContent``.
A part this cannot follow exactly (another encoding than UTF-8, a DOCTYPE, namespaces declared
inside ``sheetData``, a prefix for the main namespace not declared on the root) raises
:class:`Unsupported`; the caller then edits the part as a tree.
"""

from __future__ import annotations

import pyexpat
import re
from array import array
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from actieplan.ooxml.cellref import column_of

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHUNK = 1 << 18

Chunks = Callable[[], Iterator[bytes]]  # a fresh iterator over the part's bytes, each call


class Unsupported(Exception):
    """The part cannot be edited as a stream exactly; edit it as a tree."""


class _Stop(Exception):
    pass


_M = NS_MAIN + " "
WORKSHEET, SHEETDATA, ROW = _M + "worksheet", _M + "sheetData", _M + "row"
DIMENSION, SHEETVIEWS, SHEETVIEW = _M + "dimension", _M + "sheetViews", _M + "sheetView"
COLS, MERGECELLS, LEGACY = _M + "cols", _M + "mergeCells", _M + "legacyDrawing"
R_ID = NS_R + " id"
_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
# a start tag up to its '>' (attribute values may hold '>': quotes are followed)
_TAG = re.compile(rb"""<[^\s/>]+(?:[^>"']|"[^"]*"|'[^']*')*>""")
_NAME = re.compile(rb"<[^\s/>]+")
_ATTR = re.compile(rb"""\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')""")


@dataclass
class Scan:
    """What :func:`scan` found; offsets are byte offsets in the part."""

    main: str = ""  # the prefix of the main namespace on the root ('' for the default namespace)
    r_prefix: str | None = None  # a prefix of the relationships namespace on the root
    root_end: int | None = None  # where the root's end tag starts
    children: list[tuple[str, int]] = field(default_factory=list)  # (name for the element order, offset)
    dimension: tuple[int, dict] | None = None
    view: tuple[int, dict] | None = None  # the first sheetView of the first sheetViews
    cols: list[dict] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    legacy_rid: str | None = None
    has_legacy: bool = False
    legacy_offset: int | None = None
    level1: list[int] = field(default_factory=list)  # offsets of the root's child nodes (elements, comments, ...)
    sheet_data: int | None = None  # offset of the sheetData start tag
    sheet_data_end: int | None = None  # offset of its end tag (or just after it when empty)
    nodes: array = field(default_factory=lambda: array("q"))  # sheetData's child nodes (rows, comments, ...)
    numbers: array = field(default_factory=lambda: array("q"))  # their row numbers (-1: not a row)
    unnumbered: list[int] = field(default_factory=list)  # node indices of rows without r


def chunks_of(read: Callable[[int], bytes]) -> Iterator[bytes]:
    while True:
        data = read(CHUNK)
        if not data:
            return
        yield data


def _check_encoding(first: bytes) -> None:
    if first[:2] in (b"\xff\xfe", b"\xfe\xff") or first[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"):
        raise Unsupported("UTF-16/32")
    m = _ENCODING.match(first[3:] if first[:3] == b"\xef\xbb\xbf" else first)
    if m and m.group(1).lower() not in (b"utf-8", b"utf8"):
        raise Unsupported("encoding")


def _doctype(*_args) -> None:
    raise Unsupported("DOCTYPE")


def scan(chunks: Chunks, head_only: bool = False) -> Scan:
    """One pass over the part. ``head_only``: stop where sheetData starts (for the sheet view)."""
    s = Scan()
    p = pyexpat.ParserCreate(namespace_separator=" ")
    p.StartDoctypeDeclHandler = _doctype
    root_decls: list[tuple[str | None, str]] = []
    level = -1
    in_sd = False
    decl_inside = False
    kind1 = None  # what the open child of the root is, where its children matter
    alt_pending = False
    last_row = 0
    nodes, numbers = s.nodes, s.numbers

    def ns_decl(prefix, uri):
        nonlocal decl_inside
        if level < 0:
            root_decls.append((prefix, uri))
        else:
            decl_inside = True

    seen: set[str] = set()

    def start(name, attrs):
        nonlocal level, in_sd, decl_inside, kind1, alt_pending, last_row
        level += 1
        if in_sd:
            if decl_inside:
                raise Unsupported("namespace declared inside sheetData")
            if level == 2:
                nodes.append(p.CurrentByteIndex)
                if name == ROW:
                    r = attrs.get("r")
                    if r:
                        try:
                            last_row = int(r)
                        except ValueError:
                            raise Unsupported("row number") from None
                    else:
                        last_row += 1
                        s.unnumbered.append(len(nodes) - 1)
                    numbers.append(last_row)
                else:
                    numbers.append(-1)
            return
        if decl_inside and name == SHEETDATA:
            raise Unsupported("namespace declared on sheetData")
        decl_inside = False
        if level == 1:
            off = p.CurrentByteIndex
            loc = name.rpartition(" ")[2]
            s.children.append((loc, off))
            s.level1.append(off)
            alt_pending = loc == "AlternateContent"
            kind1 = None
            if name == SHEETDATA:
                if s.sheet_data is not None:
                    raise Unsupported("two sheetData")
                if head_only:
                    raise _Stop
                s.sheet_data = off
                in_sd = True
            elif name == DIMENSION and s.dimension is None:
                s.dimension = (off, attrs)
            elif name in (SHEETVIEWS, COLS, MERGECELLS) and name not in seen:
                seen.add(name)  # the first of each, as a tree's find() gives it
                kind1 = name
            elif name == LEGACY and not s.has_legacy:
                s.has_legacy = True
                s.legacy_rid = attrs.get(R_ID)
                s.legacy_offset = off
        elif level == 2:
            if kind1 == SHEETVIEWS and name == SHEETVIEW and s.view is None:
                s.view = (p.CurrentByteIndex, attrs)
            elif kind1 == COLS and name.rpartition(" ")[2] == "col":
                s.cols.append(attrs)
            elif kind1 == MERGECELLS:
                s.merged.append(attrs.get("ref", ""))
        elif level == 0:
            if name != WORKSHEET:
                raise Unsupported("not a worksheet")
            mains = [pre for pre, uri in root_decls if uri == NS_MAIN]
            if None in mains:
                s.main = ""
            elif mains:
                s.main = mains[0]
            else:
                raise Unsupported("main namespace")
            s.r_prefix = next((pre for pre, uri in root_decls if uri == NS_R and pre), None)
        elif level == 3 and alt_pending:
            s.children[-1] = (name.rpartition(" ")[2], s.children[-1][1])
            alt_pending = False

    def end(name):
        nonlocal level, in_sd, alt_pending
        if level > 1:
            level -= 1
            return
        if level == 1:
            if in_sd:
                s.sheet_data_end = p.CurrentByteIndex
                in_sd = False
            alt_pending = False
        elif level == 0:
            s.root_end = p.CurrentByteIndex
        level -= 1

    def other(*_args):  # a comment or processing instruction: a node of sheetData, or what an mc:Choice holds first
        nonlocal alt_pending
        if in_sd and level == 1:
            nodes.append(p.CurrentByteIndex)
            numbers.append(-1)
        elif level == 0:
            s.level1.append(p.CurrentByteIndex)
        elif level == 2 and alt_pending:
            s.children[-1] = ("", s.children[-1][1])
            alt_pending = False

    p.StartNamespaceDeclHandler = ns_decl
    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CommentHandler = other
    p.ProcessingInstructionHandler = other
    first = True
    try:
        for chunk in chunks():
            if first:
                _check_encoding(chunk)
                first = False
            p.Parse(chunk, False)
        p.Parse(b"", True)
    except _Stop:
        return s
    except pyexpat.ExpatError as exc:
        raise Unsupported(str(exc)) from None
    if s.root_end is None:
        raise Unsupported("no root end")
    return s


@dataclass
class RowInfo:
    """One row as the file has it: its start tag's attributes and its child nodes."""

    offset: int
    attrs: dict
    nodes: array  # offsets of the row's child nodes (cells, other elements, comments)
    cols: array  # the column of each node that is a cell (0: not a cell)
    attrs_of: list  # the attributes of each node that is a cell (None: not a cell)
    inner: array  # how many child nodes each node has
    end: int  # where the row's end tag starts (for an empty row: just after its tag)




def _parse_row(fragment: bytes, base: int, main: str) -> RowInfo:
    """A row's bytes (up to the next node of sheetData) parsed on their own, without namespaces
    (none is declared inside sheetData: :func:`scan` made sure)."""
    cell_name = f"{main}:c" if main else "c"
    p = pyexpat.ParserCreate()
    shift = base - 3  # the fragment is wrapped in <w>...</w>
    level = -1
    info: RowInfo | None = None
    last = 0

    def start(name, attrs):
        nonlocal level, info, last
        level += 1
        if level == 1 and info is None:
            info = RowInfo(p.CurrentByteIndex + shift, attrs, array("q"), array("i"), [], array("i"), -1)
        elif level == 2 and info is not None and info.end < 0:
            info.nodes.append(p.CurrentByteIndex + shift)
            info.inner.append(0)
            if name == cell_name:
                r = attrs.get("r")
                last = column_of(r) if r else last + 1
                info.cols.append(last)
                info.attrs_of.append(attrs)
            else:
                info.cols.append(0)
                info.attrs_of.append(None)
        elif level == 3 and info is not None and info.end < 0:
            info.inner[-1] += 1

    def end(name):
        nonlocal level
        if level == 1 and info is not None and info.end < 0:
            info.end = p.CurrentByteIndex + shift
        level -= 1

    def other(*_args):
        if level == 1 and info is not None and info.end < 0:
            info.nodes.append(p.CurrentByteIndex + shift)
            info.cols.append(0)
            info.attrs_of.append(None)
            info.inner.append(0)
        elif level == 2 and info is not None and info.end < 0:
            info.inner[-1] += 1

    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CommentHandler = other
    p.ProcessingInstructionHandler = other
    try:
        p.Parse(b"<w>" + fragment + b"</w>", True)
    except pyexpat.ExpatError as exc:
        raise Unsupported(str(exc)) from None
    if info is None or info.end < 0:
        raise Unsupported("row")
    return info


def ranges(chunks: Chunks, wanted: Iterable[tuple[int, int]]) -> Iterator[tuple[int, bytes]]:
    """The bytes of each (start, end) range, in order of start (ranges do not overlap)."""
    todo = sorted(wanted)
    if not todo:
        return
    it = chunks()
    pos, buf = 0, b""
    for start, end in todo:
        while pos + len(buf) <= start:  # nothing of this range yet: drop what came before
            pos += len(buf)
            buf = next(it, None)
            if buf is None:
                raise Unsupported("range beyond the part")
        buf = buf[start - pos:]
        pos = start
        pieces = [buf]
        have = len(buf)
        while pos + have < end:
            nxt = next(it, None)
            if nxt is None:
                break
            pieces.append(nxt)
            have += len(nxt)
        buf = b"".join(pieces) if len(pieces) > 1 else buf
        yield start, buf[:end - pos]
        buf = buf[end - pos:]
        pos = end


def read_rows(chunks: Chunks, s: Scan, indices: Iterable[int]) -> dict[int, RowInfo]:
    """The rows at these node indices of sheetData, parsed."""
    spans = {}
    for i in indices:
        end = s.nodes[i + 1] if i + 1 < len(s.nodes) else s.sheet_data_end
        spans[(s.nodes[i], end)] = i
    out = {}
    for (start, fragment), key in zip(ranges(chunks, spans), sorted(spans)):
        out[spans[key]] = _parse_row(fragment, start, s.main)
    return out


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def set_attrs(tag: bytes, changes: dict[str, str]) -> bytes:
    """A start tag with attributes set (in their place, with their quotes) or appended."""
    if not changes:
        return tag
    pos = _NAME.match(tag).end()
    out = [tag[:pos]]
    todo = dict(changes)
    for m in _ATTR.finditer(tag, pos):
        if m.start() != pos:
            break
        name = m.group(1).decode("utf-8")
        if name in todo:
            value = todo.pop(name)
            if value is not None:  # (None: the attribute goes)
                quote = m.group(2)[:1]
                out.append(tag[m.start():m.start(2)] + quote + _escape(value).encode("utf-8") + quote)
        else:
            out.append(m.group(0))
        pos = m.end()
    for name, value in todo.items():
        if value is None:
            continue
        out.append(f' {name}="{_escape(value)}"'.encode("utf-8"))
    out.append(tag[pos:])
    return b"".join(out)


def is_empty(tag: bytes) -> bool:
    return tag.rstrip(b">").rstrip().endswith(b"/")


def open_tag(tag: bytes) -> bytes:
    """``<x a="1"/>`` as ``<x a="1">``."""
    body = tag[:-1].rstrip()
    return (body[:-1] if body.endswith(b"/") else body) + b">"


def close_tag(tag: bytes) -> bytes:
    return b"</" + _NAME.match(tag).group(0)[1:] + b">"


@dataclass
class Tag:
    """An edit of the start tag at an offset: attributes changed, and for an empty element
    (``<row/>``) what it should hold; ``filled`` is set when that was used."""

    changes: dict = field(default_factory=dict)
    content: Callable[[], bytes] | None = None
    filled: bool = False

    def apply(self, tag: bytes) -> bytes:
        tag = set_attrs(tag, self.changes)
        if self.content is not None and is_empty(tag):
            self.filled = True
            return open_tag(tag) + self.content() + close_tag(tag)
        return tag


@dataclass
class Insert:
    """Bytes inserted at an offset, unless the empty element they belong in was filled instead."""

    content: Callable[[], bytes]
    unless: Tag | None = None


@dataclass
class Skip:
    """The bytes from an offset up to ``end`` left out (a node removed, with its tail)."""

    end: int


def rewrite(chunks: Chunks, edits: list[tuple[int, object]], write: Callable[[bytes], object]) -> None:
    """Copy the part to ``write``, applying the edits (an :class:`Insert` before the byte at its
    offset, a :class:`Tag` to the start tag at its offset, a :class:`Skip` drops bytes). Edits at one
    offset: in list order; an edit inside bytes already skipped is dropped."""
    order = sorted(range(len(edits)), key=lambda i: (edits[i][0], i))
    it = chunks()
    pos, buf = 0, b""
    for i in order:
        off, edit = edits[i]
        if off < pos:
            continue  # inside what a Skip left out
        while pos + len(buf) < off:
            write(buf)
            pos += len(buf)
            buf = next(it, None)
            if buf is None:
                raise Unsupported("edit beyond the part")
        cut = off - pos
        if cut:
            write(buf[:cut])
            buf = buf[cut:]
            pos = off
        if isinstance(edit, Insert):
            if edit.unless is None or not edit.unless.filled:
                write(edit.content())
            continue
        if isinstance(edit, Skip):
            while pos + len(buf) < edit.end:
                pos += len(buf)
                buf = next(it, None)
                if buf is None:
                    raise Unsupported("skip beyond the part")
            buf = buf[edit.end - pos:]
            pos = edit.end
            continue
        while True:
            m = _TAG.match(buf)
            if m:
                break
            nxt = next(it, None)
            if nxt is None:
                raise Unsupported("tag")
            buf += nxt
        write(edit.apply(buf[:m.end()]))
        buf = buf[m.end():]
        pos += m.end()
    if buf:
        write(buf)
    for chunk in it:
        write(chunk)
