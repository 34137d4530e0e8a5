"""The rows of a worksheet's ``sheetData`` found in its bytes, without a Python call per element.

:func:`actieplan.ooxml.sheetstream.scan` needs the byte offset and number of every row. Found with
expat's callbacks, that is one Python call per element of the sheet (cells, values, texts: 300,000
at 5,000 fiches); here expat only checks the bytes (no handlers) while :class:`Rows` reads the
rows off them with a few C-level byte searches per row. It follows only the form every spreadsheet
program writes, and raises :class:`Slow` (the caller then scans with the callbacks) for anything
else: a comment, CDATA or processing instruction, a namespace declaration, an entity in a row's
tag, a ``>`` in text or in an attribute value, text or another element between the rows, a row
number that is not plain digits.

Why a row found so is a child of ``sheetData``: no ``<!`` and no ``<?`` in the bytes, and a
well-formed part (expat checks it) has ``<`` nowhere but at the start of a tag, so every ``<`` opens
a tag; with as many ``>`` as ``<`` every ``>`` ends one (so a ``/>`` ends an empty element). The
bytes from one row's tag up to the next row's are then checked to open and close as many elements
and to end with that row's end tag (or to be its one empty tag) and whitespace: the next row starts
where the depth is the same as where this one did, right inside ``sheetData``.
"""

from __future__ import annotations

import pyexpat
import re
from array import array
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from actieplan.ooxml.cellref import column_of

Chunks = Callable[[], Iterator[bytes]]  # a fresh iterator over the part's bytes, each call


class Slow(Exception):
    """Bytes this reader does not follow: scan them with the callbacks."""


class Unsupported(Exception):
    """The part cannot be edited as a stream exactly; edit it as a tree."""




_WHITESPACE = re.compile(rb"\s*")
_NUMBER = re.compile(rb'\sr\s*=\s*"([^"]*)"')  # a row's r, in its attributes (the tag matched whole)


class Rows:
    """The rows of one ``sheetData`` whose content is fed a piece at a time (:meth:`feed`, each
    piece cut right after a ``>``; then :meth:`close`): their offsets go into ``nodes``, their
    numbers into ``numbers`` (rows without ``r`` counted on from the previous, their node index in
    ``unnumbered``), as :func:`actieplan.ooxml.sheetstream.scan` keeps them.

    A row is known a child of sheetData without counting its tags: the part is well-formed (expat
    checks it) and holds no comment, CDATA or processing instruction here, so every ``<`` opens a
    tag; a row's end tag closes the last row opened. Between one row's tag and the next there must
    be exactly one row end tag (none after an empty ``<row/>``) and nothing but whitespace after it:
    then that row closed there and the next one starts right inside sheetData, as the first does."""

    def __init__(self, prefix: bytes, nodes: array, numbers: array, unnumbered: list[int], last_row: int = 0):
        self.nodes, self.numbers, self.unnumbered = nodes, numbers, unnumbered
        self.row_start = re.compile(b"<" + re.escape(prefix) + rb"row[\s/>]")
        # a row's tag in the usual form, read in the same search: r first and a number, plain values (no
        # entity, no '<' or '>'); any other row tag is found by the second branch and read by _row_starts
        self.usual = re.compile(b"<" + re.escape(prefix) + rb'row r="([0-9]+)"(?:\s+[^\s=/>"&]+="[^"<>&]*")*\s*(/?)>|'
                                + self.row_start.pattern)
        self.row_tag = re.compile(b"<" + re.escape(prefix) + rb'row((?:\s+[^\s=/>"]+\s*=\s*"[^"<>]*")*)\s*(/?)>')
        self.row_end = b"</" + prefix + b"row>"
        self.last_row = last_row
        self.open = False  # a row's bytes are being read
        self.ends = 0  # its end tags so far (an empty row's tag counts as one)

    def feed(self, piece: bytes, base: int) -> None:
        """The next bytes of sheetData's content; ``base``: the part's offset of ``piece[0]``.

        What :meth:`_between` checks between two rows' tags is done here inline, with the state in
        local names: this runs once per row of every marked sheet."""
        if b"<!" in piece or b"<?" in piece or b"xmlns" in piece:
            raise Slow
        pos = 0
        nodes, numbers = self.nodes, self.numbers
        row_end, after_end = self.row_end, len(self.row_end)
        find, blank = piece.find, _WHITESPACE.fullmatch
        is_open, ends, last_row = self.open, self.ends, self.last_row
        for m in self.usual.finditer(piece):
            at = m.start()
            if is_open and not ends:  # the open row's end tag, then nothing but whitespace
                end = find(row_end, pos, at)
                if end < 0:
                    raise Slow  # a row that does not end before the next one starts
                pos = end + after_end
            if pos < at and blank(piece, pos, at) is None:
                raise Slow  # text or an element before the first row, after a row's end tag (another end tag among it)
            number = m.group(1)
            if number is None:  # a row's tag in another form
                self.last_row = last_row
                pos = self._row_starts(piece, at, base)
                is_open, ends, last_row = self.open, self.ends, self.last_row
                continue
            nodes.append(base + at)
            last_row = int(number)
            numbers.append(last_row)
            is_open = True
            ends = 1 if m.group(2) else 0
            pos = m.end()
        self.open, self.ends, self.last_row = is_open, ends, last_row
        self._between(piece, pos, len(piece))

    def close(self) -> None:
        """sheetData's end tag comes next."""
        self._row_ends()

    def _between(self, piece: bytes, a: int, b: int) -> None:
        """The bytes from a to b, none of them a row's start tag."""
        if not self.open:
            if _WHITESPACE.fullmatch(piece, a, b) is None:
                raise Slow  # text or an element before the first row
            return
        end = piece.find(self.row_end, a, b)
        if end >= 0:
            if self.ends:
                raise Slow  # a row's end that closes no row of ours: something nested, or an end too many
            self.ends = 1
            a = end + len(self.row_end)
        if self.ends and _WHITESPACE.fullmatch(piece, a, b) is None:
            raise Slow  # something after the row's end tag (another end tag among it)

    def _row_ends(self) -> None:
        if self.open and self.ends != 1:
            raise Slow  # a row that does not end before the next one starts
        self.open = False

    def _row_starts(self, piece: bytes, at: int, base: int) -> int:
        tag = self.row_tag.match(piece, at)
        if tag is None or b"&" in tag.group(1):
            raise Slow  # single quotes, an entity, a '>' in a value: the callbacks read it
        number = _NUMBER.search(tag.group(1))
        self.nodes.append(base + at)
        if number and number.group(1):
            if not number.group(1).isdigit():
                raise Slow  # (the callbacks say how it is wrong)
            self.last_row = int(number.group(1))
        else:
            self.last_row += 1
            self.unnumbered.append(len(self.nodes) - 1)
        self.numbers.append(self.last_row)
        self.open = True
        self.ends = 1 if tag.group(2) else 0
        return tag.end()


# -- the rows the marks touch, each parsed on its own


@dataclass(slots=True)
class RowInfo:
    """One row as the file has it: its start tag's attributes and its child nodes."""

    offset: int
    attrs: dict
    nodes: array  # offsets of the row's child nodes (cells, other elements, comments)
    cols: array  # the column of each node that is a cell (0: not a cell)
    attrs_of: list  # the attributes of each node that is a cell (None: not a cell)
    inner: array  # how many child nodes each node has
    end: int  # where the row's end tag starts (for an empty row: just after its tag)




def parse_rows(fragments: Iterable[tuple[int, bytes]], main: str) -> list[RowInfo]:
    """Rows' bytes (each from its start up to the next node of sheetData; with the part's offset of
    its first byte) parsed, each on its own and all by one parser: each fragment is wrapped in
    ``<w>...</w>`` inside one ``<ws>``, without namespaces (none is declared inside sheetData:
    :func:`actieplan.ooxml.sheetstream.scan` made sure)."""
    cell_name = f"{main}:c" if main else "c"
    p = pyexpat.ParserCreate()
    out: list[RowInfo] = []
    shift = 0  # the part's offset minus the parser's, in the fragment being parsed
    level = -1  # <ws> 0, <w> 1, the row 2, its child nodes 3
    info: RowInfo | None = None
    last = 0

    def start(name, attrs):
        nonlocal level, info, last
        level += 1
        if level == 2 and info is None:
            info = RowInfo(p.CurrentByteIndex + shift, attrs, array("q"), array("i"), [], array("i"), -1)
        elif level == 3 and info is not None and info.end < 0:
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
        elif level == 4 and info is not None and info.end < 0:
            info.inner[-1] += 1

    def end(name):
        nonlocal level, info, last
        if level == 2 and info is not None and info.end < 0:
            info.end = p.CurrentByteIndex + shift
        elif level == 1:  # the fragment's end
            if info is None or info.end < 0:
                raise Unsupported("row")
            out.append(info)
            info, last = None, 0
        level -= 1

    def other(*_args):
        if level == 2 and info is not None and info.end < 0:
            info.nodes.append(p.CurrentByteIndex + shift)
            info.cols.append(0)
            info.attrs_of.append(None)
            info.inner.append(0)
        elif level == 3 and info is not None and info.end < 0:
            info.inner[-1] += 1

    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CommentHandler = other
    p.ProcessingInstructionHandler = other
    fed = 0
    try:
        p.Parse(b"<ws>", False)
        fed = 4
        for base, fragment in fragments:
            shift = base - (fed + 3)
            p.Parse(b"<w>" + fragment + b"</w>", False)
            fed += len(fragment) + 7
        p.Parse(b"</ws>", True)
    except pyexpat.ExpatError as exc:
        raise Unsupported(str(exc)) from None
    finally:
        release(p)
    return out


HANDLERS = ("StartNamespaceDeclHandler", "StartElementHandler", "EndElementHandler", "CommentHandler",
            "ProcessingInstructionHandler", "StartDoctypeDeclHandler")


def release(p) -> None:
    """A parser's handlers let go: they are closures that point back to the parser (a cycle that would
    keep what they gathered, e.g. every row read, until the garbage collector finds it)."""
    for name in HANDLERS:
        setattr(p, name, None)


def ranges(chunks: Chunks, wanted: Iterable[tuple[int, int]]) -> Iterator[tuple[int, bytes]]:
    """The bytes of each (start, end) range, in order of start (ranges do not overlap). Only a
    range's own bytes are copied (a chunk is never cut down range by range: that copied the rest
    of the chunk for each range)."""
    todo = sorted(wanted)
    if not todo:
        return
    it = chunks()
    base, buf = 0, b""  # buf holds the part's bytes from base on
    for start, end in todo:
        while base + len(buf) <= start:  # nothing of this range yet: on to the chunk it starts in
            base += len(buf)
            buf = next(it, None)
            if buf is None:
                raise Unsupported("range beyond the part")
        if end <= base + len(buf):
            yield start, buf[start - base:end - base]
            continue
        pieces = [buf[start - base:]]
        while base + len(buf) < end:
            base += len(buf)
            nxt = next(it, None)
            if nxt is None:
                buf = b""
                break
            buf = nxt
            pieces.append(buf[:end - base])
        yield start, b"".join(pieces)
