"""The parts a copy writes are compressed at a level that fits them: the sheets, notes, drawings
and the journal we write (tens of kilobytes and more) fast, a small part thoroughly."""

from __future__ import annotations

import zipfile
import zlib

from actieplan.ooxml.package import FAST_FROM, Package


def _deflated(data: bytes, level: int) -> int:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return len(c.compress(data) + c.flush())


def test_parts_we_write_are_compressed_fast_from_tens_of_kilobytes(tmp_path):
    source = tmp_path / "in.zip"
    with zipfile.ZipFile(source, "w") as z:
        z.writestr("a.xml", b"<a/>")
    # notes-like XML: the same words over and over, with numbers that differ
    big = b"".join(b'<comment ref="D%d" authorId="0"><text><t>WAARSCHUWING: rij %d [regel-%d]</t></text></comment>'
                   % (i, i, i % 97) for i in range(3000))
    small = big[:20_000]
    assert FAST_FROM < len(big) < 512_000  # (below the old threshold: compressed at 6 before)
    pkg = Package(source)
    pkg.put("xl/comments1.xml", big)
    pkg.put("xl/small.xml", small)
    pkg.save(tmp_path / "out.zip")
    pkg.close()
    with zipfile.ZipFile(tmp_path / "out.zip") as z:
        sizes = {i.filename: i.compress_size for i in z.infolist()}
        assert z.read("xl/comments1.xml") == big
    assert sizes["xl/comments1.xml"] == _deflated(big, 1) != _deflated(big, 6)
    assert sizes["xl/small.xml"] == _deflated(small, 6)
