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


_ATTRS = re.compile(rb'\s+([^\s=/>"]+)\s*=\s*"([^"]*)"')  # in a tag matched whole: name, value


class Rows:
    """The rows of one ``sheetData`` whose content is fed a piece at a time (:meth:`feed`, each
    piece cut right after a ``>``; then :meth:`close`): their offsets go into ``nodes``, their
    numbers into ``numbers`` (rows without ``r`` counted on from the previous, their node index in
    ``unnumbered``), as :func:`actieplan.ooxml.sheetstream.scan` keeps them."""

    def __init__(self, prefix: bytes, nodes: array, numbers: array, unnumbered: list[int], last_row: int = 0):
        self.nodes, self.numbers, self.unnumbered = nodes, numbers, unnumbered
        self.row_start = re.compile(b"<" + re.escape(prefix) + rb"row[\s/>]")
        self.row_tag = re.compile(b"<" + re.escape(prefix) + rb'row((?:\s+[^\s=/>"]+\s*=\s*"[^"<>]*")*)\s*/?>')
        self.row_end = b"</" + prefix + b"row>"
        self.last_row = last_row
        self.open = False  # a row's bytes are being counted
        self.lt = self.gt = self.closing = self.empty = 0
        self.tail = b""

    def feed(self, piece: bytes, base: int) -> None:
        """The next bytes of sheetData's content; ``base``: the part's offset of ``piece[0]``."""
        if b"<!" in piece or b"<?" in piece or b"xmlns" in piece:
            raise Slow
        pos = 0
        for m in self.row_start.finditer(piece):
            self._count(piece[pos:m.start()])
            self._row_ends()
            self._row_starts(piece, m.start(), base)
            pos = m.start()
        self._count(piece[pos:])

    def close(self) -> None:
        """sheetData's end tag comes next."""
        self._row_ends()

    def _count(self, part: bytes) -> None:
        if not self.open:
            if part.strip():
                raise Slow  # text or an element before the first row
            return
        self.lt += part.count(b"<")
        self.gt += part.count(b">")
        self.closing += part.count(b"</")
        self.empty += part.count(b"/>")
        self.tail = (self.tail + part)[-64:]

    def _row_ends(self) -> None:
        if not self.open:
            return
        if self.lt != self.gt or self.lt - 2 * self.closing - self.empty != 0:
            raise Slow
        tail = self.tail.rstrip()
        if not (tail.endswith(self.row_end) or (self.lt == 1 and self.empty == 1 and tail.endswith(b"/>"))):
            raise Slow  # something after the row's end tag
        self.open = False

    def _row_starts(self, piece: bytes, at: int, base: int) -> None:
        tag = self.row_tag.match(piece, at)
        if tag is None or b"&" in tag.group(1):
            raise Slow  # single quotes, an entity, a '>' in a value: the callbacks read it
        number = dict(_ATTRS.findall(tag.group(1))).get(b"r")
        self.nodes.append(base + at)
        if number:
            if not number.isdigit():
                raise Slow  # (the callbacks say how it is wrong)
            self.last_row = int(number)
        else:
            self.last_row += 1
            self.unnumbered.append(len(self.nodes) - 1)
        self.numbers.append(self.last_row)
        self.open = True
        self.lt = self.gt = self.closing = self.empty = 0
        self.tail = b""


# -- the rows the marks touch, each parsed on its own


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




def parse_row(fragment: bytes, base: int, main: str) -> RowInfo:
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
