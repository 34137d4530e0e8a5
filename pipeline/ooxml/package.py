"""An OPC package (an .xlsx or .docx is a zip of parts) opened for editing without loss.

Parts are parsed only when asked for and written back only when changed; every other member is
copied with its compressed bytes as they are (no decompressing and recompressing). A part can
be given new bytes (:meth:`Package.put`), a new tree (:meth:`Package.put_xml`), or a writer that
streams its bytes when the package is saved (:meth:`Package.stream`: a big sheet is never whole
in memory).
"""

from __future__ import annotations

import copy
import io
import re
import struct
import zipfile
from pathlib import Path
from typing import Callable, Protocol

from lxml import etree

from actieplan.ooxml.xml import parse, serialize


FAST_FROM = 64_000  # parts of more bytes are compressed fast: XML compresses well at level 1 too


def _level(size: int) -> int:
    """zlib's level for a part we write of ``size`` bytes: a sheet, the notes, their drawing or our
    journal at level 1 (three to four times faster than 6, a few percent bigger, the notes and their
    shapes are mostly the same words over and over), a small part at 6."""
    return 1 if size > FAST_FROM else 6


class PartWriter(Protocol):
    """What writes a streamed part: ``write(write)`` calls ``write(chunk)`` for each chunk of its bytes."""

    def write(self, write: Callable[[bytes], object]) -> None: ...


class Package:
    """A zip package, read lazily: parts are parsed only when asked for, and written back only
    when changed; every other member is copied with its compressed bytes as they are."""

    def __init__(self, path: Path):
        self.path = path
        self.zip = zipfile.ZipFile(path)
        self.infos: dict[str, zipfile.ZipInfo] = {i.filename: i for i in self.zip.infolist()}
        self.order: list[str] = list(self.infos)
        self.new: dict[str, bytes] = {}
        self.trees: dict[str, etree._Element] = {}
        self.dirty: set[str] = set()
        self.removed: set[str] = set()
        self.streams: dict[str, PartWriter] = {}  # parts rewritten as a stream of bytes when written
        self.declarations: dict[str, bytes] = {}  # a part's XML declaration as the file wrote it

    def close(self) -> None:
        """The file closed, and what was read or made of it let go (a streamed part's writer points
        back to the package: without this, a cycle the garbage collector has to find)."""
        self.zip.close()
        self.streams.clear()
        self.trees.clear()
        self.new.clear()

    def exists(self, name: str) -> bool:
        return name not in self.removed and (name in self.infos or name in self.new or name in self.trees or name in self.streams)

    def read(self, name: str) -> bytes:
        if name in self.streams:  # the edited stream, all of it (a small part's bytes, or a tree asked for)
            buf = io.BytesIO()
            self.streams[name].write(buf.write)
            return buf.getvalue()
        if name in self.new:
            return self.new[name]
        if name in self.trees:
            if name in self.declarations:  # written as the file wrote it: same declaration, same bytes
                return self.declarations[name] + etree.tostring(self.trees[name], encoding="UTF-8")
            return serialize(self.trees[name])
        return self.zip.read(name)

    def xml(self, name: str, recover: bool = False):
        if name not in self.trees:
            data = self.read(name)
            m = re.match(rb"\s*<\?xml[^>]*\?>\s*", data)
            self.declarations[name] = m.group(0) if m else b""
            try:
                self.trees[name] = parse(data)
            except etree.XMLSyntaxError:
                if not recover:
                    raise
                self.trees[name] = parse(data, recover=True)  # Excel's VML is not always well-formed
            self.new.pop(name, None)
            self.streams.pop(name, None)
        return self.trees[name]

    def changed(self, name: str) -> None:
        self.dirty.add(name)

    def stream(self, name: str, writer: PartWriter) -> None:
        """Write ``name`` with ``writer.write(write)`` (its source: the part as it is now)."""
        self.streams[name] = writer
        self.dirty.add(name)

    def put_xml(self, name: str, root) -> None:
        self.streams.pop(name, None)
        self.trees[name] = root
        self.dirty.add(name)
        self.removed.discard(name)
        if name not in self.order:
            self.order.append(name)

    def flatten(self, name: str) -> None:
        """Serialise a parsed part now and let its tree go (memory: a big sheet's tree is large)."""
        if name in self.trees and name in self.dirty:
            self.put(name, self.read(name))
        elif name in self.trees:
            del self.trees[name]

    def put(self, name: str, data: bytes) -> None:
        self.streams.pop(name, None)
        self.new[name] = data
        self.trees.pop(name, None)
        self.dirty.add(name)
        self.removed.discard(name)
        if name not in self.order:
            self.order.append(name)

    def remove(self, name: str) -> None:
        self.removed.add(name)
        self.dirty.discard(name)
        self.trees.pop(name, None)
        self.new.pop(name, None)
        self.streams.pop(name, None)

    def free_name(self, pattern: str) -> str:
        """The first free name of a numbered part, e.g. 'xl/worksheets/sheet{}.xml'."""
        n = 1
        while any(pattern.format(n) in names for names in (self.infos, self.new, self.trees, self.streams)):
            n += 1
        return pattern.format(n)

    def save(self, target: Path) -> None:
        with open(target, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as out:
            for name in self.order:
                if name in self.removed:
                    continue
                if name in self.dirty:
                    info = self.infos.get(name)
                    zinfo = zipfile.ZipInfo(name, date_time=info.date_time if info else (1980, 1, 1, 0, 0, 0))
                    zinfo.compress_type = zipfile.ZIP_DEFLATED
                    zinfo.external_attr = info.external_attr if info else 0o600 << 16
                    if name in self.streams and info is not None:  # a big sheet: compressed as it is written, never whole in memory
                        size = info.file_size if info else 0
                        for attr in ("compress_level", "_compresslevel"):  # Python 3.13+, 3.7-3.12
                            try:
                                setattr(zinfo, attr, _level(size))
                                break
                            except AttributeError:
                                continue
                        with out.open(zinfo, "w") as w:
                            self.streams[name].write(w.write)
                        continue
                    data = self.read(name)
                    out.writestr(zinfo, data, compresslevel=_level(len(data)))
                else:
                    self._copy_raw(out, self.infos[name])

    def _copy_raw(self, out: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        """Copy a member with its compressed bytes (no decompressing and recompressing)."""
        try:
            src = self.zip.fp
            src.seek(info.header_offset)
            header = src.read(30)
            if header[:4] != b"PK\x03\x04" or info.flag_bits & 0x01:
                raise ValueError("not a plain local header")
            name_len, extra_len = struct.unpack("<HH", header[26:30])
            src.seek(info.header_offset + 30 + name_len + extra_len)
            raw = src.read(info.compress_size)
            new = copy.copy(info)
            new.flag_bits &= ~0x08  # sizes and CRC in the local header, no data descriptor
            new.extra = b""
            new.header_offset = out.fp.tell()
            out.fp.write(new.FileHeader())
            out.fp.write(raw)
            out.filelist.append(new)
            out.NameToInfo[new.filename] = new
            out.start_dir = out.fp.tell()
        except (AttributeError, ValueError, struct.error):  # another Python's zipfile: recompress
            out.writestr(info, self.zip.read(info.filename))
