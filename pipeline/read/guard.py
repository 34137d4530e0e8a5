"""File-level guards: look inside the .xlsx package before any parser touches it.

An .xlsx file is a zip of XML parts. Before python-calamine (Rust, no defusedxml) or openpyxl
read it, :func:`inspect_package` opens it with :mod:`zipfile` and refuses, in Dutch:

* a zip bomb: too many members, a member or the whole that unpacks to more than we allow (the
  declared sizes are checked first; the XML parts are then read with a hard cap, and zipfile's
  CRC check catches a member whose declared size lies);
* an XML entity bomb or external entity: any ``<!DOCTYPE`` or ``<!ENTITY`` in an XML part
  (Excel never writes one), so no parser ever expands an entity;
* a sheet whose used range is so large that reading it would take gigabytes (calamine allocates
  every cell of the range: one stray value in ``XFD1048576`` asks for 512 GB and aborts);
* a zip that is not an Excel workbook (an .ods, a Word document renamed to .xlsx).

While it reads the worksheet parts anyway, it notes what calamine cannot tell: error values
(calamine reads ``#DIV/0!`` as an empty cell), formulas without a stored result, hidden rows and
hidden sheets. The loader turns those into findings at their cells.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import unescape

from actieplan.ooxml.cellref import column_index_from_string, get_column_letter

from actieplan.errors import UnreadableWorkbook, os_reason

MAX_MEMBERS = 5_000
MAX_PART_BYTES = 100 * 2**20  # one unpacked part (a sheet's XML)
MAX_TOTAL_BYTES = 250 * 2**20  # all parts together, unpacked
# calamine allocates the whole used range of a sheet, ~32 bytes a cell: 2M cells is ~64 MB
MAX_SHEET_CELLS = 2_000_000
CHUNK = 2**20
# One text, comment or CDATA section: Excel's own limit is 32,767 characters (~128 kB); the XML
# parsers of openpyxl take minutes over a single token of tens of megabytes.
MAX_TOKEN_BYTES = 4 * 2**20

_XML_SUFFIXES = (".xml", ".rels", ".vml")
_CELL_WITHOUT_REF = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c(?:[>/]|\s(?![^>]*\br="))')
_HIDDEN_ROW = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row\s([^>]*\shidden="(?:1|true)"[^>]*)>')
_ERROR_CELL = re.compile(rb'<((?:[A-Za-z_][\w.-]*:)?)c\s([^>]*\st="e"[^>]*)>(.*?)</\1c>', re.S)
_FORMULA = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?f[\s>/]')
_CELL_START = re.compile(rb'<((?:[A-Za-z_][\w.-]*:)?)c\s([^>]*)>')
_VALUE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?v>(.*?)</(?:[A-Za-z_][\w.-]*:)?v>', re.S)
_FORMULA_TEXT = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?f(?:\s[^>]*)?>(.*?)</(?:[A-Za-z_][\w.-]*:)?f>', re.S)
_INLINE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?is>')
# a reference the range check must measure: beyond column Z (two or three letters), or a row above
# 19.999 (six or seven digits, or five not starting with 0 or 1); the same reference shapes as
# _fast_extent's patterns
_BEYOND_SMALL = re.compile(rb'\sr="(?:[A-Z]{2,3}[0-9]|[A-Z]{0,3}(?:[0-9]{6,7}|[2-9][0-9]{4})")')
assert (19_999 + 1) * 26 <= MAX_SHEET_CELLS  # rows from 0 (r="A0") to 19.999, columns A to Z
_R_ATTR = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_ROW_ATTR = re.compile(rb'\br="([0-9]+)"')
_SHARED_TYPE = re.compile(rb'\bt="s"')
_SHARED_STRING = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?si>.*?</(?:[A-Za-z_][\w.-]*:)?si>|<(?:[A-Za-z_][\w.-]*:)?si/>', re.S)
_TEXT = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>(.*?)</(?:[A-Za-z_][\w.-]*:)?t>', re.S)
EXCEL_MAX_CHARS = 32_767
_LONG_TEXT = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>[^<]{%d,}' % (EXCEL_MAX_CHARS + 1))


@dataclass
class SheetScan:
    """What the guard saw in one worksheet part."""

    name: str
    part: str
    state: str = "visible"  # visible, hidden or veryHidden
    # (row, col) of the used range's top-left, 1-based; None also when the sheet lies within Z19999
    # (too small for the range check to matter: not measured, see _scan_sheet)
    first: tuple[int, int] | None = None
    last: tuple[int, int] | None = None  # (row, col) of its bottom-right
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> '#DIV/0!'
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> '=SUM(...)'
    hidden_rows: set[int] = field(default_factory=set)
    too_long: dict[tuple[int, int], int] = field(default_factory=dict)  # (row, col) -> characters
    # <c ...>, <c> and <c/> tags in the whole part (None for prefixed XML): the reader's cells are
    # all of them when it found as many, without counting again (actieplan.read.cells.read_sheet)
    cell_tags: int | None = None

    @property
    def cells(self) -> int:
        if self.first is None or self.last is None:
            return 0
        return (self.last[0] - self.first[0] + 1) * (self.last[1] - self.first[1] + 1)


@dataclass
class PackageScan:
    sheets: dict[str, SheetScan] = field(default_factory=dict)  # sheet name as written -> scan
    # the XML the reader asked to keep (``inspect_package(keep=...)``), already read and checked
    # here: the shared strings, styles and workbook parts and the kept sheets' parts, by member name
    parts: dict[str, bytearray] = field(default_factory=dict)
    # the shared strings, read a piece at a time as the part is unpacked (``keep`` given; None
    # when the package has none): a sheetxml.SharedStrings
    shared: object | None = None


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f}".replace(",", ".")


def _refuse_bomb(name: str, what: str) -> UnreadableWorkbook:
    return UnreadableWorkbook(
        f"'{name}' wordt niet gelezen: {what} (hoogstens {_mb(MAX_PART_BYTES)} MB per onderdeel, "
        f"{_mb(MAX_TOTAL_BYTES)} MB in totaal). Een actieplan is hooguit enkele megabytes groot: dit is een "
        "ander bestand, een werkmap met heel veel overbodige rijen, of een beschadigd of kwaadaardig bestand "
        "(een 'zip-bom'). Controleer of u het juiste bestand koos, verwijder overbodige rijen en bladen en "
        "sla de werkmap opnieuw op in Excel als 'Excel-werkmap (*.xlsx)'."
    )


def inspect_package(path: Path, keep: Callable[[str], bool] | None = None) -> PackageScan:
    """Check the zip and its XML parts; raise UnreadableWorkbook (Dutch) when it must not be read.

    ``keep(sheet name)``: the sheets whose XML the caller reads next (actieplan.read.cells); their
    parts, and the shared strings, styles and workbook parts, stay in ``PackageScan.parts`` so no
    part is unpacked twice."""
    name = path.name
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise _corrupt(name) from None
    except OSError as exc:
        raise UnreadableWorkbook(f"'{name}' kan niet gelezen worden ({os_reason(exc)}).") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse_bomb(name, f"het bevat {_count(len(infos))} onderdelen")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise UnreadableWorkbook(
                    f"'{name}' is met een wachtwoord beveiligd. Open het in Excel, verwijder het wachtwoord "
                    "(Bestand > Info > Werkmap beveiligen) en sla het opnieuw op."
                )
            if info.file_size > MAX_PART_BYTES:
                raise _refuse_bomb(name, f"het onderdeel '{info.filename}' pakt uit tot {_mb(info.file_size)} MB")
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse_bomb(name, f"het pakt uit tot {_mb(total)} MB")
        names = {i.filename.lower(): i.filename for i in infos}
        if "xl/workbook.xml" not in names:
            raise _not_excel(name, names)
        scan, by_part = _workbook_sheets(zf, names, name)
        shared = names.get("xl/sharedstrings.xml")  # read and checked for a DTD just now: the largest part
        wanted: set[str] = set()
        if keep is not None:
            from actieplan.read.cells import SharedStrings

            wanted = {"xl/workbook.xml", "xl/styles.xml"}
            wanted.update(part for part, sheet in by_part.items() if keep(sheet.name))
            if shared is not None:
                scan.shared = SharedStrings()
                if shared != "xl/sharedStrings.xml":  # where calamine may not look: let it decide
                    scan.shared.refuse("part name in another case")
        long_strings = _long_shared_strings(zf, names, name, scan.shared)
        for info in infos:
            if info.is_dir() or not info.filename.lower().endswith(_XML_SUFFIXES) or info.filename == shared:
                continue
            data = _read_capped(zf, info, name)
            _reject_dtd(data, name, info.filename)
            sheet = by_part.get(info.filename.lower())
            if sheet is not None:
                _scan_sheet(sheet, data, long_strings, name)
                _check_extent(sheet, name)
            if info.filename.lower() in wanted:
                scan.parts[info.filename] = data
            del data
    return scan


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytearray:
    data = bytearray()
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not chunk:
                    break
                data += chunk
                if len(data) > MAX_PART_BYTES:
                    raise _refuse_bomb(name, f"het onderdeel '{info.filename}' pakt uit tot meer dan {_mb(MAX_PART_BYTES)} MB")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):  # bad CRC, broken or truncated data
        raise _corrupt(name) from None
    except NotImplementedError:  # a compression method Excel does not use
        raise _corrupt(name) from None
    except RuntimeError:  # an encrypted member
        raise UnreadableWorkbook(f"'{name}' is met een wachtwoord beveiligd. Verwijder het wachtwoord en sla opnieuw op.") from None
    return data


def _corrupt(name: str) -> UnreadableWorkbook:
    return UnreadableWorkbook(
        f"'{name}' is beschadigd (het bestand is onvolledig of kapot). Open het in Excel, dat het vaak kan "
        "herstellen, en sla het opnieuw op; of neem een eerdere versie."
    )


def _not_excel(name: str, names: dict[str, str]) -> UnreadableWorkbook:
    if "content.xml" in names and "mimetype" in names:
        kind = "een OpenDocument-bestand (LibreOffice, .ods) met de naam .xlsx"
    elif "word/document.xml" in names:
        kind = "een Word-document met de naam .xlsx"
    elif "ppt/presentation.xml" in names:
        kind = "een PowerPoint-bestand met de naam .xlsx"
    else:
        kind = "een zip-bestand, geen Excel-werkmap"
    return UnreadableWorkbook(
        f"'{name}' is {kind}. Open het in Excel of LibreOffice en kies 'Opslaan als' > 'Excel-werkmap (*.xlsx)'; "
        "controleer daarna dat bestand."
    )


def _reject_dtd(data: bytes, name: str, part: str) -> None:
    """Refuse any DOCTYPE or ENTITY declaration: Excel never writes one, an entity bomb needs one."""
    text = data
    head = data[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        for encoding in ("utf-32", "utf-16") if head in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") else ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding).encode("utf-8")
                break
            except UnicodeDecodeError:
                continue
        else:
            raise _corrupt(name)
    start = 0
    while True:
        i = text.find(b"<!", start)
        if i < 0:
            return
        following = text[i + 2 : i + 40].lstrip().upper()
        if following.startswith((b"DOCTYPE", b"ENTITY", b"ELEMENT", b"ATTLIST")):
            raise UnreadableWorkbook(
                f"'{name}' wordt niet gelezen: het onderdeel '{part}' bevat een DOCTYPE- of ENTITY-verklaring. "
                "Excel schrijft die nooit; zo'n bestand kan bij het lezen ontploffen tot gigabytes (een "
                "'XML-bom'). Sla de werkmap opnieuw op in Excel als 'Excel-werkmap (*.xlsx)' of vraag de "
                "afzender om een nieuwe versie."
            )
        for opener, closer in ((b"--", b"-->"), (b"[CDATA[", b"]]>")):
            if text.startswith(opener, i + 2):
                end = text.find(closer, i)
                end = len(text) if end < 0 else end
                if end - i > MAX_TOKEN_BYTES:
                    raise _huge_token(name, part, end - i)
                start = end
                break
        else:
            start = i + 2


def _huge_token(name: str, part: str, size: int) -> UnreadableWorkbook:
    return UnreadableWorkbook(
        f"'{name}' wordt niet gelezen: het onderdeel '{part}' bevat één stuk tekst of commentaar van "
        f"{_mb(size)} MB (hoogstens {_mb(MAX_TOKEN_BYTES)} MB; een Excel-cel bevat hoogstens 32.767 tekens). "
        "Zo'n bestand is niet door Excel gemaakt en zou het lezen minutenlang ophouden. Sla de werkmap "
        "opnieuw op in Excel als 'Excel-werkmap (*.xlsx)' of vraag de afzender om een nieuwe versie."
    )


def _workbook_sheets(zf: zipfile.ZipFile, names: dict[str, str], name: str) -> tuple[PackageScan, dict[str, SheetScan]]:
    """The sheets listed in xl/workbook.xml, with their worksheet part and visibility."""
    from actieplan.ooxml.xml import parse

    def part(lower: str):
        if lower not in names:
            return None
        data = _read_capped(zf, zf.getinfo(names[lower]), name)
        _reject_dtd(data, name, names[lower])
        return parse(bytes(data))

    from actieplan.ooxml.workbook import sheets

    try:
        found = sheets(lambda member: part(member.lower()))
    except UnreadableWorkbook:
        raise
    except Exception:  # lxml raises several types for broken XML
        raise _corrupt(name) from None
    scan, by_part = PackageScan(), {}
    for found_sheet in found:
        sheet = SheetScan(name=found_sheet.name, part=found_sheet.part.lower(), state=found_sheet.state)
        scan.sheets[sheet.name] = sheet
        by_part[sheet.part] = sheet
    return scan, by_part


def _check_extent(sheet: SheetScan, name: str) -> None:
    if sheet.cells <= MAX_SHEET_CELLS:
        return
    last = f"{get_column_letter(sheet.last[1])}{sheet.last[0]}"
    raise UnreadableWorkbook(
        f"Het blad '{sheet.name}' in '{name}' is te groot om te lezen: het loopt tot cel {last} "
        f"({_count(sheet.cells)} cellen; hoogstens {_count(MAX_SHEET_CELLS)}). Een actieplan is veel "
        "kleiner. Ga in dat blad naar de laatste cel (Ctrl+End), verwijder de overbodige rijen en "
        "kolommen (rechtsklik > Verwijderen) en sla de werkmap opnieuw op."
    )


def _long_shared_strings(zf: zipfile.ZipFile, names: dict[str, str], name: str, table=None) -> dict[int, int]:
    """Shared strings longer than a cell may hold: index -> characters.

    Excel refuses more than 32,767 characters in a cell, and both calamine and openpyxl silently
    cut such a text at 32,767 when reading: only the XML shows that the rest is lost.

    ``table`` (a sheetxml.SharedStrings) is fed the part a piece at a time while it is checked,
    so the part (51 MB unpacked at 10.000 fiches) is never held whole.
    """
    if "xl/sharedstrings.xml" not in names:
        return {}
    info = zf.getinfo(names["xl/sharedstrings.xml"])
    if table is not None:
        found = _stream_shared_strings(zf, info, name, table)
        if found is not None:
            return found
        table.refuse("read whole")  # a part the pieces do not suit: checked whole below, read by calamine
    data = _read_capped(zf, info, name)
    _reject_dtd(data, name, names["xl/sharedstrings.xml"])
    if not _LONG_TEXT.search(data):
        return {}
    return _long_items(data, 0, name, names["xl/sharedstrings.xml"])


def _long_items(data: bytes | bytearray, first: int, name: str, part: str) -> dict[int, int]:
    out = {}
    for i, m in enumerate(_SHARED_STRING.finditer(data), start=first):
        if len(m.group(0)) > EXCEL_MAX_CHARS:
            if len(m.group(0)) > MAX_TOKEN_BYTES:
                raise _huge_token(name, part, len(m.group(0)))
            n = _text_length(m.group(0))
            if n > EXCEL_MAX_CHARS:
                out[i] = n
    return out


def _stream_shared_strings(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, table) -> dict[int, int] | None:
    """The checks of :func:`_long_shared_strings`, a piece of whole ``<si>`` items at a time; None
    when the part holds what only the whole-part checks handle (``<!`` of a comment, CDATA or
    DTD, another encoding than UTF-8, prefixed items)."""
    out: dict[int, int] = {}
    index, total, first = 0, 0, True
    buf = bytearray()
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                total += len(chunk)
                if total > MAX_PART_BYTES:
                    raise _refuse_bomb(name, f"het onderdeel '{info.filename}' pakt uit tot meer dan {_mb(MAX_PART_BYTES)} MB")
                buf += chunk
                cut = buf.rfind(b"<si") if chunk else len(buf)
                if cut <= 0:
                    if chunk:
                        continue
                    cut = len(buf)
                piece = bytes(buf[:cut])
                del buf[:cut]
                if first:
                    head = piece[:4]
                    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
                        return None
                    first = False
                if b"<!" in piece or b":si" in piece:
                    return None
                if table.failed is None:
                    index = len(table.strings)  # the items before this piece (the table counts them)
                if _LONG_TEXT.search(piece):
                    out.update(_long_items(piece, index, name, info.filename))
                table.feed(piece)
                if table.failed is not None:  # counted here once the table no longer does
                    index += piece.count(b"<si>") + piece.count(b"<si/>")
                if not chunk:
                    return out
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
        raise _corrupt(name) from None
    except RuntimeError:  # an encrypted member
        raise UnreadableWorkbook(f"'{name}' is met een wachtwoord beveiligd. Verwijder het wachtwoord en sla opnieuw op.") from None


def _text_length(xml: bytes) -> int:
    return sum(len(unescape(t.decode("utf-8", "replace"))) for t in _TEXT.findall(xml))


def _scan_sheet(sheet: SheetScan, data: bytes, long_strings: dict[int, int] | None = None, name: str = "") -> None:
    if _may_lack_refs(data, sheet):
        _exact_extent(sheet, data)
    elif _BEYOND_SMALL.search(data):
        _fast_extent(sheet, data)
    # else every reference lies within column Z and row 19.999: the range holds at most 26 x 20.000
    # cells, below MAX_SHEET_CELLS, so it is not measured (one search instead of collecting every
    # reference; a contract sheet of 10.000 fiches stays within it)
    if b't="e"' in data:
        for m in _ERROR_CELL.finditer(data):
            ref = _R_ATTR.search(m.group(2))
            value = _VALUE.search(m.group(3))
            if ref and value:
                sheet.errors[_pos(ref)] = unescape(value.group(1).decode("utf-8", "replace"))
    if (b"<f>" in data or b"<f " in data or b":f" in data) and _FORMULA.search(data):
        for m in _CELL_START.finditer(data):
            if m.group(0).endswith(b"/>"):
                continue
            end = data.find(b"</" + m.group(1) + b"c>", m.end())
            body = data[m.end() : end if end >= 0 else m.end()]
            if not _FORMULA.search(body):
                continue
            value = _VALUE.search(body)
            if (value is None or not value.group(1).strip()) and not _INLINE.search(body):
                ref = _R_ATTR.search(m.group(2))
                text = _FORMULA_TEXT.search(body)
                if ref:
                    sheet.uncached[_pos(ref)] = "=" + unescape(text.group(1).decode("utf-8", "replace")) if text else "(gedeelde formule)"
    if long_strings or _LONG_TEXT.search(data):
        for m in _CELL_START.finditer(data):
            if m.group(0).endswith(b"/>"):
                continue
            end = data.find(b"</" + m.group(1) + b"c>", m.end())
            body = data[m.end() : end if end >= 0 else m.end()]
            ref = _R_ATTR.search(m.group(2))
            if ref is None:
                continue
            n = 0
            if len(body) > MAX_TOKEN_BYTES:
                raise _huge_token(name, sheet.part, len(body))
            if _INLINE.search(body):
                n = _text_length(body)
            elif long_strings and _SHARED_TYPE.search(m.group(2)):
                value = _VALUE.search(body)
                if value and value.group(1).strip().isdigit():
                    n = long_strings.get(int(value.group(1)), 0)
            if n > EXCEL_MAX_CHARS:
                sheet.too_long[_pos(ref)] = n
    if b'hidden="' in data:
        for m in _HIDDEN_ROW.finditer(data):
            r = _ROW_ATTR.search(m.group(1))
            if r:
                sheet.hidden_rows.add(int(r.group(1)))


def _may_lack_refs(data: bytes, sheet: SheetScan | None = None) -> bool:
    """Whether some cell has no ``r`` attribute (its position is implied); counts are fast, the
    regex only runs for prefixed XML (``<x:c>``), which the counts do not see."""
    if b":c " in data or b":c>" in data:
        return _CELL_WITHOUT_REF.search(data) is not None
    cells = data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/>")
    if sheet is not None:
        sheet.cell_tags = cells
    refs = data.count(b' r="') - data.count(b"<row ")
    return cells > refs


def _fast_extent(sheet: SheetScan, data: bytearray) -> None:
    """The used range from the cells' ``r`` attributes, a slice at a time to keep memory flat."""
    cols: set[bytes] = set()
    first_row, last_row = None, None
    step = 8 * 2**20
    for i in range(0, len(data), step):
        seg = bytes(data[i : i + step + 32])  # overlap: a ref cut at the edge is whole in one slice
        cols.update(re.findall(rb'\sr="([A-Z]{1,3})[0-9]', seg))
        rows = [int(r) for r in set(re.findall(rb'\sr="[A-Z]{0,3}([0-9]{1,7})"', seg))]
        if rows:
            first_row = min(rows) if first_row is None else min(first_row, min(rows))
            last_row = max(rows) if last_row is None else max(last_row, max(rows))
    if cols and first_row is not None:
        numbers = [column_index_from_string(c.decode()) for c in cols]
        sheet.first, sheet.last = (first_row, min(numbers)), (last_row, max(numbers))


def _pos(ref: re.Match) -> tuple[int, int]:
    return int(ref.group(2)), column_index_from_string(ref.group(1).decode())


def _exact_extent(sheet: SheetScan, data: bytes) -> None:
    """Cells without an ``r`` attribute take the next position: walk the XML (no DTD, checked)."""
    import io
    from xml.etree.ElementTree import iterparse

    row_no, first, last = 0, None, None
    for _, el in iterparse(io.BytesIO(data), events=("end",)):
        tag = el.tag.rsplit("}", 1)[-1]
        if tag != "row":
            continue
        r = el.get("r")
        row_no = int(r) if r and r.isdigit() else row_no + 1
        col_no = 0
        for c in el:
            if c.tag.rsplit("}", 1)[-1] != "c":
                continue
            ref = c.get("r")
            m = re.match(r"([A-Z]{1,3})([0-9]+)$", ref or "")
            col_no = column_index_from_string(m.group(1)) if m else col_no + 1
            here = (int(m.group(2)) if m else row_no, col_no)
            first = here if first is None else (min(first[0], here[0]), min(first[1], here[1]))
            last = here if last is None else (max(last[0], here[0]), max(last[1], here[1]))
        el.clear()
    sheet.first, sheet.last = first, last
