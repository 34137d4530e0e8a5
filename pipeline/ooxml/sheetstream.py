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

:class:`StreamSheet` is the editor built on these three passes: it answers the questions and
makes the changes of :class:`actieplan.ooxml.sheet.SheetEditor` as the tree editor does (a test
compares their output); :func:`edit_sheet` gives a stream editor where it can, else a tree.
"""

from __future__ import annotations

import pyexpat
import re
from array import array
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from actieplan.ooxml.cellref import coordinate
from actieplan.ooxml.ns import MAIN, R
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels
from actieplan.ooxml.sheetdata import Chunks, RowInfo, Rows, Slow, Unsupported, parse_rows, ranges, release  # noqa: F401 (Unsupported: for the callers)
from actieplan.ooxml.sheet import WORKSHEET_ORDER, Sheet, SheetEditor, extend_dimension, merged_ranges, widen_spans

CHUNK = 1 << 18



class _Stop(Exception):
    pass


_M = MAIN + " "
WORKSHEET, SHEETDATA, ROW = _M + "worksheet", _M + "sheetData", _M + "row"
DIMENSION, SHEETVIEWS, SHEETVIEW = _M + "dimension", _M + "sheetViews", _M + "sheetView"
COLS, MERGECELLS, LEGACY = _M + "cols", _M + "mergeCells", _M + "legacyDrawing"
R_ID = R + " id"
_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
# a start tag up to its '>' (attribute values may hold '>': quotes are followed)
_TAG = re.compile(rb"""<[^\s/>]+(?:[^>"']|"[^"]*"|'[^']*')*>""")
_NAME = re.compile(rb"<[^\s/>]+")
_SHEETDATA_TAG = re.compile(rb"<([^\s/>!?:]*:)?sheetData[\s/>]")
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


def scan(chunks: Chunks, head_only: bool = False, fast: bool = True) -> Scan:
    """One pass over the part. ``head_only``: stop where sheetData starts (for the sheet view).
    ``fast``: sheetData's rows read off the bytes (:mod:`actieplan.ooxml.sheetdata`) where they are
    in the usual form, else (``fast`` False, or a second pass) with a callback per element."""
    try:
        return _scan(chunks, head_only, fast)
    except Slow:
        return _scan(chunks, head_only, False)


def _scan(chunks: Chunks, head_only: bool, fast: bool) -> Scan:
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
            mains = [pre for pre, uri in root_decls if uri == MAIN]
            if None in mains:
                s.main = ""
            elif mains:
                s.main = mains[0]
            else:
                raise Unsupported("main namespace")
            s.r_prefix = next((pre for pre, uri in root_decls if uri == R and pre), None)
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

    handlers = {"StartNamespaceDeclHandler": ns_decl, "StartElementHandler": start, "EndElementHandler": end,
                "CommentHandler": other, "ProcessingInstructionHandler": other}

    def install(which: dict) -> None:
        for attr, handler in which.items():
            setattr(p, attr, handler)

    install(handlers)
    rows: Rows | None = None  # sheetData's content being read off the bytes
    tried = False
    fed = 0
    sd_end = b""

    def parse(data: bytes) -> None:
        nonlocal fed
        p.Parse(data, False)
        fed += len(data)

    def not_yet(*_args):  # nothing may come between the rows read off the bytes and sheetData's end tag
        raise Slow

    def sheet_data_ends(name, at: int):
        if name != SHEETDATA or p.CurrentByteIndex != at:
            raise Slow
        install(handlers)
        end(name)

    def feed(piece: bytes) -> None:
        """Parse ``piece`` (cut right after a '>'), reading sheetData's rows off its bytes."""
        nonlocal rows, tried, sd_end
        base, pos = fed, 0
        while pos < len(piece):
            if rows is None:
                m = None if tried else _SHEETDATA_TAG.search(piece, pos)
                tag = m and _TAG.match(piece, m.start())
                if not tag:
                    parse(piece[pos:])
                    return
                parse(piece[pos:tag.end()])
                pos = tag.end()
                tried = True
                if in_sd and level == 1 and s.sheet_data == base + m.start():
                    prefix = m.group(1) or b""
                    rows = Rows(prefix, nodes, numbers, s.unnumbered, last_row)
                    install(dict.fromkeys(handlers))
                    sd_end = b"</" + prefix + b"sheetData>"
                continue
            e = piece.find(sd_end, pos)
            region = piece[pos:] if e < 0 else piece[pos:e]
            rows.feed(region, base + pos)
            parse(region)
            if e < 0:
                return
            rows.close()
            rows = None
            install({"StartNamespaceDeclHandler": not_yet, "StartElementHandler": not_yet, "CommentHandler": not_yet,
                     "ProcessingInstructionHandler": not_yet,
                     "EndElementHandler": lambda name, at=base + e: sheet_data_ends(name, at)})
            pos = e

    first = True
    carry = b""
    try:
        for chunk in chunks():
            if first:
                _check_encoding(chunk)
                first = False
            if not fast:
                p.Parse(chunk, False)
                continue
            data = carry + chunk if carry else chunk
            cut = data.rfind(b">") + 1
            carry = data[cut:]
            if len(carry) > 4 * CHUNK:
                raise Slow  # no tag for a long way: pieces that grow would cost more than callbacks
            feed(data[:cut])
        if rows is not None:
            raise Slow  # the part ended inside sheetData: the callbacks say how
        if carry:
            parse(carry)
        p.Parse(b"", True)
    except _Stop:
        return s
    except pyexpat.ExpatError as exc:
        raise Unsupported(str(exc)) from None
    finally:
        release(p)
    if s.root_end is None:
        raise Unsupported("no root end")
    return s


def read_rows(chunks: Chunks, s: Scan, indices: Iterable[int]) -> dict[int, RowInfo]:
    """The rows at these node indices of sheetData, parsed."""
    spans = {}
    for i in indices:
        end = s.nodes[i + 1] if i + 1 < len(s.nodes) else s.sheet_data_end
        spans[(s.nodes[i], end)] = i
    infos = parse_rows(ranges(chunks, spans), s.main)
    return {spans[key]: info for key, info in zip(sorted(spans), infos)}


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
    pos, buf, at = 0, b"", 0  # buf holds the part's bytes from pos on; at: how far it is written
    # (an index into buf, not buf cut down edit by edit: that copied the rest of a chunk each time)
    for i in order:
        off, edit = edits[i]
        if off < pos + at:
            continue  # inside what a Skip left out
        while pos + len(buf) < off:
            write(buf[at:] if at else buf)
            pos += len(buf)
            buf, at = next(it, None), 0
            if buf is None:
                raise Unsupported("edit beyond the part")
        if off - pos > at:
            write(buf[at:off - pos])
            at = off - pos
        if isinstance(edit, Insert):
            if edit.unless is None or not edit.unless.filled:
                write(edit.content())
            continue
        if isinstance(edit, Skip):
            while pos + len(buf) < edit.end:
                pos += len(buf)
                buf, at = next(it, None), 0
                if buf is None:
                    raise Unsupported("skip beyond the part")
            at = edit.end - pos
            continue
        while True:
            m = _TAG.match(buf, at)
            if m:
                break
            nxt = next(it, None)
            if nxt is None:
                raise Unsupported("tag")
            buf, pos, at = buf[at:] + nxt, pos + at, 0
        write(edit.apply(buf[at:m.end()]))
        at = m.end()
    if at < len(buf):
        write(buf[at:] if at else buf)
    for chunk in it:
        write(chunk)


# --------------------------------------------------------------------------- the editor


class _Node:
    """A cell or row of a streamed sheet: one the file has (index ``k`` among its parent's child
    nodes; ``changes`` go into its start tag) or a new one (``k`` None; its parent's :class:`_Children`
    knows the list it is in)."""

    __slots__ = ("known", "changes", "k", "children", "inner")

    def __init__(self, known: dict, k: int | None = None, inner: int = 0):
        self.known, self.changes, self.k, self.children = known, {}, k, None
        self.inner = inner  # how many child nodes it has (a row: its nodes of the file still there)

    def names(self) -> set[str]:
        """The names of its attributes, as they are now."""
        return {n for n, v in {**self.known, **self.changes}.items() if v is not None}

    def get(self, name: str, default=None):
        value = self.changes.get(name, self.known.get(name))
        return default if value is None else value

    def set(self, name: str, value: str) -> None:
        self.changes[name] = value

    def kids(self) -> "_Children":
        """Its new child nodes (made when first asked for: most rows we mark get none)."""
        if self.children is None:
            self.children = _Children()
        return self.children


class _Children:
    """New nodes of a parent, placed as lxml would place them among its existing child nodes:
    before all of them (``front``) or right after one (``after[k]``) or right after a new one.
    Which list a new node is in is kept here by the node's id, not on the node: a node that pointed to
    the list holding it would make a reference cycle per new cell, left for the garbage collector."""

    __slots__ = ("front", "after", "home")

    def __init__(self):
        self.front: list[_Node] = []
        self.after: dict[int, list[_Node]] = {}
        self.home: dict[int, list[_Node]] = {}  # id of a node -> the list it is in (the list keeps it alive)

    def first(self, node: _Node) -> None:
        self.front.insert(0, node)
        self.home[id(node)] = self.front

    def next_to(self, prev: _Node, node: _Node) -> None:
        if prev.k is not None:
            home = self.home[id(node)] = self.after.setdefault(prev.k, [])
            home.insert(0, node)
        else:
            home = self.home[id(node)] = self.home[id(prev)]
            home.insert(home.index(prev) + 1, node)

    def remove(self, node: _Node) -> None:
        self.home.pop(id(node)).remove(node)

    def count(self) -> int:
        return len(self.front) + sum(len(nodes) for nodes in self.after.values())

    def anchored(self, offsets, end: int) -> list[tuple[int, list[_Node]]]:
        """(offset to insert at, nodes) for every group of new nodes."""
        out = []
        if self.front:
            out.append((offsets[0] if len(offsets) else end, self.front))
        for k, nodes in sorted(self.after.items()):
            out.append((offsets[k + 1] if k + 1 < len(offsets) else end, nodes))
        return out


def _attrs_xml(node: _Node) -> str:
    attrs = {**node.known, **node.changes}
    return "".join(f' {k}="{_escape(str(v))}"' for k, v in attrs.items() if v is not None)


class _RowCells:
    """A row's cells by column: those of the file (``cols``: column -> node index; its node made when
    first asked for, most never are) and those made or asked for (``nodes``)."""

    __slots__ = ("info", "cols", "nodes")

    def __init__(self, info: RowInfo | None):
        self.info = info
        self.cols: dict[int, int] = {col: k for k, col in enumerate(info.cols) if col} if info is not None else {}
        self.nodes: dict[int, _Node] = {}

    def __contains__(self, col: int) -> bool:
        return col in self.nodes or col in self.cols

    def get(self, col: int) -> _Node | None:
        node = self.nodes.get(col)
        if node is None and col in self.cols:
            k = self.cols[col]
            node = self.nodes[col] = _Node(self.info.attrs_of[k], k, self.info.inner[k])
        return node

    def columns(self) -> set[int]:
        return set(self.cols) | set(self.nodes)

    def unnamed(self) -> list[int]:
        """The columns of the cells without a reference (``r``)."""
        return [c for c in self.columns() if (self.nodes[c].get("r") if c in self.nodes else self.info.attrs_of[self.cols[c]].get("r")) is None]

    def pop(self, col: int) -> _Node:
        node = self.get(col)
        self.cols.pop(col, None)
        del self.nodes[col]
        return node


class StreamSheet(SheetEditor):
    """A worksheet part edited as a stream (:mod:`actieplan.ooxml.sheetstream`): the same questions and
    changes as :class:`Sheet`, without a tree; the part is written by :meth:`write`, byte for byte
    except where a mark changes it. Raises :class:`Unsupported` where it cannot."""

    def __init__(self, pkg: Package, name: str, part: str, head_only: bool = False):
        self.pkg, self.name, self.part = pkg, name, part
        if part in pkg.trees:
            raise Unsupported("parsed already")
        self.source = pkg.new.get(part)
        self.scan = scan(self._chunks, head_only)
        self.head_only = head_only
        self._numbers: dict[int, int] | None = None  # row number -> node index in sheetData
        self._infos: dict[int, RowInfo] = {}  # node index -> the row as the file has it
        self._wanted: set[int] = set()
        self._rows: dict[int, _Node] = {}  # row number -> row (read or new)
        self._cells: dict[int, _RowCells] = {}  # row number -> its cells by column (read or new)
        self.new_rows = _Children()
        self.row_changes: dict[int, dict] = {}  # node index -> attributes (numbers of unnumbered rows)
        self.dim_changes: dict[str, str] = {}
        self.view_changes: dict[str, str] = {}
        self.legacy: tuple[int, bytes] | None = None
        self.skips: dict[int, int] = {}  # offset -> end: nodes of the file removed

    @property
    def rels(self) -> Rels:
        return Rels(self.pkg, self.part)  # afresh: an undo may have removed the part, marks add it again

    def _chunks(self):
        if self.source is not None:
            yield self.source
            return
        with self.pkg.zip.open(self.part) as fh:
            yield from chunks_of(fh.read)

    def changed(self) -> None:
        self.pkg.stream(self.part, self)

    # -- what the marks ask
    def merged(self) -> list[tuple[int, int, int, int]]:
        return merged_ranges(self.scan.merged)

    def numbers(self) -> dict[int, int]:
        if self._numbers is None:
            self._numbers = {n: i for i, n in enumerate(self.scan.numbers) if n >= 0}
        return self._numbers

    def expect(self, rows: Iterable[int]) -> None:
        self._wanted.update(r for r in rows if r not in self._rows)

    def row(self, row: int) -> _Node | None:
        """The row (read from the file on first use, with the other rows expected), or None."""
        if row not in self._rows:
            numbers = self.numbers()
            if row not in numbers:
                return None
            wanted = {numbers[r] for r in self._wanted | {row} if r in numbers and r not in self._rows}
            self._wanted.clear()
            for i, info in read_rows(self._chunks, self.scan, wanted).items():
                self._infos[i] = info
                number = self.scan.numbers[i]
                if self.numbers().get(number) != i:
                    continue  # a row of that number came later (the last one counts, as in the tree) or was removed
                node = _Node(info.attrs, i, len(info.nodes))  # (its new cells: children, made with the first)
                self._rows[number] = node
        return self._rows.get(row)

    def row_cells(self, row: int) -> _RowCells | None:
        node = self.row(row)
        if node is None:
            return None
        cells = self._cells.get(row)
        if cells is None:
            cells = self._cells[row] = _RowCells(self._infos.get(node.k) if node.k is not None else None)
        return cells

    def row_spans(self, row: int) -> str | None:
        node = self.row(row)
        return node.get("spans") if node is not None else None

    def row_columns(self, row: int) -> list[int]:
        cells = self.row_cells(row)
        return sorted(cells.columns()) if cells is not None else []

    def cell(self, row: int, col: int):
        found = self.row_cells(row)
        return None if found is None else found.get(col)

    @property
    def dimension(self):
        if self.scan.dimension is None:
            return None
        return _TagAttrs(self.scan.dimension[1], self.dim_changes)

    def make_cell(self, row: int, col: int) -> tuple[_Node, bool, bool]:
        """As :meth:`Sheet.make_cell`, in the same places."""
        row_node = self.row(row)
        row_created = False
        if row_node is None:
            row_node = _Node({"r": str(row)})
            row_node.children = _Children()
            after = [r for r in list(self.numbers()) + list(self._rows) if r < row]
            if after:
                prev = max(after)
                prev_node = self._rows.get(prev)
                if prev_node is None:  # a row of the file we did not read: after its node
                    prev_node = _Node({}, self.numbers()[prev])
                self.new_rows.next_to(prev_node, row_node)
            else:
                self.new_rows.first(row_node)
            for i in self.scan.unnumbered:  # every row gets its number, as the tree's _fill_refs does
                self.row_changes.setdefault(i, {})["r"] = str(self.scan.numbers[i])
            self._rows[row] = row_node
            self._cells[row] = _RowCells(None)
            row_created = True
        cells = self.row_cells(row)
        if col in cells:
            return cells.get(col), False, row_created
        for c in cells.unnamed():
            cells.get(c).set("r", coordinate(row, c))
        cell = _Node({"r": coordinate(row, col)})
        style = self._inherited_style(row_node, col)
        if style:
            cell.set("s", style)
        before = [c for c in cells.columns() if c < col]
        if before:
            row_node.kids().next_to(cells.get(max(before)), cell)
        else:
            row_node.kids().first(cell)
        cells.nodes[col] = cell
        widen_spans(row_node, col)
        self._extend_dimension(row, col)
        return cell, True, row_created

    def _inherited_style(self, row_node: _Node, col: int) -> str | None:
        if row_node.get("customFormat") in ("1", "true") and row_node.get("s"):
            return row_node.get("s")
        for c in self.scan.cols:
            if int(c.get("min", 0)) <= col <= int(c.get("max", 0)) and c.get("style"):
                return c.get("style")
        return None

    def _extend_dimension(self, row: int, col: int) -> None:
        extend_dimension(self.dimension, row, col)

    def selected(self, value: bool | None = None) -> bool:
        if self.scan.view is None:
            return False
        current = self.view_changes.get("tabSelected", self.scan.view[1].get("tabSelected"))
        was = current in ("1", "true")
        if value is not None and value != was:
            self.view_changes["tabSelected"] = "1" if value else "0"
            self.changed()
        return was

    def legacy_rid(self) -> str | None:
        return self.scan.legacy_rid

    def add_legacy_drawing(self, rid: str) -> None:
        """A legacyDrawing in its place of the element order (as :func:`insert_in_order`)."""
        rank = WORKSHEET_ORDER.index("legacyDrawing")
        at = next((off for name, off in self.scan.children if name in WORKSHEET_ORDER and WORKSHEET_ORDER.index(name) > rank),
                  self.scan.root_end)
        tag = f"{self.scan.main}:legacyDrawing" if self.scan.main else "legacyDrawing"
        if self.scan.r_prefix:
            xml = f'<{tag} {self.scan.r_prefix}:id="{rid}"/>'
        else:
            xml = f'<{tag} xmlns:r="{R}" r:id="{rid}"/>'
        self.legacy = (at, xml.encode("utf-8"))
        self.scan.has_legacy, self.scan.legacy_rid = True, rid
        self.changed()

    def remove_legacy_drawing(self, rid: str) -> None:
        if not self.scan.has_legacy or self.scan.legacy_rid != rid:
            return
        if self.legacy is not None:  # ours, not written yet
            self.legacy = None
        else:
            s = self.scan
            later = [off for off in s.level1 if off > s.legacy_offset]
            self.skips[s.legacy_offset] = later[0] if later else s.root_end
        self.scan.has_legacy, self.scan.legacy_rid = False, None
        self.changed()

    def _remove_cell(self, row: int, col: int) -> None:
        row_node = self._rows[row]
        cell = self._cells[row].pop(col)
        if cell.k is None:
            row_node.kids().remove(cell)
            return
        info = self._infos[row_node.k]
        self.skips[info.nodes[cell.k]] = info.nodes[cell.k + 1] if cell.k + 1 < len(info.nodes) else info.end
        row_node.inner -= 1

    def _remove_row(self, row: int) -> None:
        node = self._rows.pop(row)
        self._cells.pop(row, None)
        if node.k is None:
            self.new_rows.remove(node)
            return
        s = self.scan
        self.skips[s.nodes[node.k]] = s.nodes[node.k + 1] if node.k + 1 < len(s.nodes) else s.sheet_data_end
        self.numbers().pop(row, None)

    def undo_cell(self, cell: _Node, at: tuple[int, int], style: str | None, spans: str | None, created: bool, row_created: bool) -> None:
        """As :meth:`Sheet.undo_cell`."""
        cell.set("s", style)  # (None: the attribute goes)
        row = self._rows[at[0]]
        if spans is not None:
            row.set("spans", spans)
        if created and cell.inner == 0 and cell.names() <= {"r", "s"}:
            self._remove_cell(*at)
            if row_created and row.inner + row.kids().count() == 0 and row.names() <= {"r", "spans"}:
                self._remove_row(at[0])
        self.changed()

    # -- writing
    def _tag(self, name: str) -> str:
        return f"{self.scan.main}:{name}" if self.scan.main else name

    def _cell_xml(self, cell: _Node) -> bytes:
        return f"<{self._tag('c')}{_attrs_xml(cell)}/>".encode("utf-8")

    def _row_xml(self, row: _Node) -> bytes:
        cells = b"".join(self._cell_xml(c) for c in row.kids().front)
        name = self._tag("row")
        if not cells:
            return f"<{name}{_attrs_xml(row)}/>".encode("utf-8")
        return f"<{name}{_attrs_xml(row)}>".encode("utf-8") + cells + f"</{name}>".encode("utf-8")

    def edits(self) -> list[tuple[int, object]]:
        s = self.scan
        tags: dict[int, Tag] = {}
        inserts: list[tuple[int, object]] = []

        def tag_at(offset: int) -> Tag:
            return tags.setdefault(offset, Tag())

        def insert(offset: int, parent_offset: int, make) -> None:
            parent = tag_at(parent_offset)
            parent.content = make
            inserts.append((offset, Insert(make, parent)))

        if self.dim_changes:
            tag_at(s.dimension[0]).changes.update(self.dim_changes)
        if self.view_changes:
            tag_at(s.view[0]).changes.update(self.view_changes)
        for i, changes in self.row_changes.items():
            tag_at(s.nodes[i]).changes.update(changes)
        for number, row in self._rows.items():
            if row.k is None:
                continue
            info = self._infos[row.k]
            if row.changes:
                tag_at(info.offset).changes.update(row.changes)
            for cell in (self._cells[number].nodes.values() if number in self._cells else ()):
                if cell.k is not None and cell.changes:
                    tag_at(info.nodes[cell.k]).changes.update(cell.changes)
            for at, group in (row.children.anchored(info.nodes, info.end) if row.children is not None else ()):
                insert(at, info.offset, lambda group=group: b"".join(self._cell_xml(c) for c in group))
        if s.sheet_data is not None:
            for at, group in self.new_rows.anchored(s.nodes, s.sheet_data_end):
                insert(at, s.sheet_data, lambda group=group: b"".join(self._row_xml(r) for r in group))
        if self.legacy is not None:
            inserts.append((self.legacy[0], Insert(lambda xml=self.legacy[1]: xml)))
        skips = [(off, Skip(end)) for off, end in sorted(self.skips.items())]
        return inserts + skips + sorted(tags.items())

    def write(self, write) -> None:
        """The part, edited, to ``write`` in pieces of about CHUNK bytes (not one call per edit:
        each call into a zip file's compressor costs)."""
        pending: list[bytes] = []
        size = 0

        def gather(data: bytes) -> None:
            nonlocal size
            pending.append(data)
            size += len(data)
            if size >= CHUNK:
                write(b"".join(pending))
                pending.clear()
                size = 0

        rewrite(self._chunks, self.edits(), gather)
        if pending:
            write(b"".join(pending))


class _TagAttrs:
    """The attributes of a start tag as the file has them, with our changes over them."""

    def __init__(self, known: dict, changes: dict):
        self.known, self.changes = known, changes

    def get(self, name: str, default=None):
        value = self.changes.get(name, self.known.get(name))
        return default if value is None else value

    def set(self, name: str, value: str) -> None:
        self.changes[name] = value


def edit_sheet(pkg: Package, name: str, part: str, head_only: bool = False, stream: bool = True) -> SheetEditor:
    """The editor of a sheet: streamed where it can be (``stream``), else parsed. ``head_only``:
    only the part's head is asked for (its selection), never a row."""
    if stream and part not in pkg.trees:
        found = pkg.streams.get(part)
        if isinstance(found, StreamSheet) and (head_only or not found.head_only):
            return found
        try:
            sheet = StreamSheet(pkg, name, part, head_only)
        except Unsupported:
            pass
        else:
            if isinstance(found, StreamSheet) and found.view_changes:  # what the head-only one changed
                sheet.view_changes.update(found.view_changes)
                sheet.changed()
            return sheet
    return Sheet(pkg, name, part)
