"""The package limits: measure the .xlsx package before any parser touches it, and refuse.

An .xlsx file is a zip of XML parts. After :func:`actieplan.read.sniff.sniff` said the file is a
workbook, and before any parser reads it (our cell reader, python-calamine (Rust, no defusedxml),
openpyxl, lxml), :func:`inspect_package` opens it with :mod:`zipfile` and refuses, in Dutch:

* a zip bomb: too many members, a member or the whole that unpacks to more than we allow (the
  declared sizes are checked first; the XML parts are then read with a hard cap, and zipfile's
  CRC check catches a member whose declared size lies);
* an XML entity bomb or external entity: any ``<!DOCTYPE`` or ``<!ENTITY`` in an XML part, in
  every encoding XML allows (Excel never writes one), so no parser ever expands an entity;
* a part nested deeper than :data:`actieplan.ooxml.xml.MAX_DEPTH`, or (VML excepted) not
  well-formed: every XML part is checked once here (:func:`actieplan.ooxml.xml.check_part`), so
  no later stage (the copy parses styles, workbook, rels, content types, sheets, comments, VML,
  custom XML, docProps) fails after the first outputs are written;
* one XML token (a comment, CDATA, a text, a cell) larger than MAX_TOKEN_BYTES;
* a sheet whose used range is so large that reading it would take gigabytes (calamine allocates
  every cell of the range: one stray value in ``XFD1048576`` asks for 512 GB and aborts).

It only refuses: what it measured (each sheet's part, range and cell tags, the shared strings
longer than a cell may hold) and the parts it had to unpack anyway (the reader's sheets, the
shared strings decoded as they stream past) go back to the loader, so no part is unpacked twice.
What the sheets hold (error values, formulas, hidden rows) is :mod:`actieplan.read.scan`'s.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator
from xml.sax.saxutils import unescape

from actieplan.errors import UnreadableWorkbook, os_reason
from actieplan.ooxml.cellref import column_index_from_string, get_column_letter
from actieplan.ooxml.xml import DEPTH, DOCTYPE, MAX_DEPTH, SIZE, PartCheck, UnsafeXML, check_part, decoded
from actieplan.read.cells import DECLARATION, SharedStrings
from actieplan.read.sniff import damaged as _corrupt

MAX_MEMBERS = 5_000
MAX_PART_BYTES = 100 * 2**20  # one unpacked part (a sheet's XML)
MAX_TOTAL_BYTES = 250 * 2**20  # all parts together, unpacked
# calamine allocates the whole used range of a sheet, ~32 bytes a cell: 2M cells is ~64 MB
MAX_SHEET_CELLS = 2_000_000
CHUNK = 2**20
# One text, comment or CDATA section: Excel's own limit is 32,767 characters (~128 kB); the XML
# parsers of openpyxl take minutes over a single token of tens of megabytes.
MAX_TOKEN_BYTES = 4 * 2**20
EXCEL_MAX_CHARS = 32_767  # the characters a cell holds; calamine and openpyxl cut a longer text

_XML_SUFFIXES = (".xml", ".rels", ".vml")
_CELL_WITHOUT_REF = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c(?:[>/]|\s(?![^>]*\br="))')
_CELL_START = re.compile(rb'<((?:[A-Za-z_][\w.-]*:)?)c\s([^>]*)>')
# a reference the range check must measure: beyond column Z (two or three letters), or a row above
# 19.999 (six or seven digits, or five not starting with 0 or 1); the same reference shapes as
# _fast_extent's patterns
# (preceded by whitespace, which _beyond_small checks: a pattern that starts with the literal r="
# is searched for that literal, several times faster than one that starts with \s)
# (a row's digits after two or three letters are found by the first branch: the second needs one
# letter at most, and what it matched is never given back)
_BEYOND_SMALL = re.compile(rb'r="(?:[A-Z]{2,3}+[0-9]|[A-Z]?+(?:[0-9]{6,7}+|[2-9][0-9]{4}+)")')
assert (19_999 + 1) * 26 <= MAX_SHEET_CELLS  # rows from 0 (r="A0") to 19.999, columns A to Z
R_ATTR = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')  # a cell's reference: letters, row
_SHARED_STRING = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?si>.*?</(?:[A-Za-z_][\w.-]*:)?si>|<(?:[A-Za-z_][\w.-]*:)?si/>', re.S)
_TEXT = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>(.*?)</(?:[A-Za-z_][\w.-]*:)?t>', re.S)
LONG_TEXT = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>[^<]{%d,}' % (EXCEL_MAX_CHARS + 1))


# Short literals looked for in a whole sheet (its '<' and letters are everywhere): the regex engine
# finds them about twice as fast as ``in`` (bytes.find)
_TEXT_START, _PREFIXED_TEXT_START = re.compile(rb"<t"), re.compile(rb":t")
_PREFIXED_CELL, _BARE_CELL = re.compile(rb":c[ >]"), re.compile(rb"<c[>/]")


def has_long_text(data: bytes | bytearray) -> bool:
    """Whether :data:`LONG_TEXT` matches in ``data``. A match starts with ``<t`` or a prefixed
    ``:t``: a part that holds neither (a sheet of shared strings) is not searched by the regex,
    which tries every ``<`` of the part."""
    return bool(_TEXT_START.search(data) or _PREFIXED_TEXT_START.search(data)) and LONG_TEXT.search(data) is not None


@dataclass
class GuardedSheet:
    """One sheet of the workbook's list, and what the guard measured of its worksheet part."""

    name: str  # as written in the workbook
    part: str  # its worksheet part, lower case
    state: str = "visible"  # visible, hidden or veryHidden, as the workbook's sheet list says
    # (row, col) of the used range's top-left, 1-based; None also when the sheet lies within Z19999
    # (too small for the range check to matter: not measured, see _measure)
    first: tuple[int, int] | None = None
    last: tuple[int, int] | None = None  # (row, col) of its bottom-right
    # <c ...>, <c> and <c/> tags in the whole part (None for prefixed XML): the reader's cells are
    # all of them when it found as many, without counting again (actieplan.read.cells.read_sheet)
    cell_tags: int | None = None
    long_text: bool | None = None  # whether a <t> of the part holds a text longer than a cell may hold (has_long_text)

    @property
    def cells(self) -> int:
        if self.first is None or self.last is None:
            return 0
        return (self.last[0] - self.first[0] + 1) * (self.last[1] - self.first[1] + 1)


@dataclass
class GuardedPackage:
    """What :func:`inspect_package` let through: the sheets it measured and the parts it unpacked."""

    sheets: dict[str, GuardedSheet] = field(default_factory=dict)  # sheet name as written -> sheet
    # the XML the reader asked to keep (``inspect_package(keep=...)``), already read and checked
    # here: the styles and workbook parts and the kept sheets' parts, by member name
    parts: dict[str, bytearray] = field(default_factory=dict)
    # the shared strings, decoded a piece at a time as the part is unpacked and checked (``keep``
    # given; None when the package has none)
    shared: SharedStrings | None = None
    # shared strings longer than a cell may hold: index -> characters (actieplan.read.scan puts
    # them at their cells)
    long_strings: dict[int, int] = field(default_factory=dict)


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


def inspect_package(path: Path, keep: Callable[[str], bool] | None = None) -> GuardedPackage:
    """Check the zip and its XML parts; raise UnreadableWorkbook (Dutch) when it must not be read.

    ``keep(sheet name)``: the sheets whose XML the caller reads next (actieplan.read.scan and
    actieplan.read.cells); their parts, and the styles and workbook parts, stay in
    ``GuardedPackage.parts`` and the shared strings in ``GuardedPackage.shared``, so no part is
    unpacked twice."""
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
            if info.file_size > MAX_PART_BYTES:
                raise _refuse_bomb(name, f"het onderdeel '{info.filename}' pakt uit tot {_mb(info.file_size)} MB")
            total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse_bomb(name, f"het pakt uit tot {_mb(total)} MB")
        names = {i.filename.lower(): i.filename for i in infos}
        package, by_part = _workbook_sheets(zf, names, name)
        shared = names.get("xl/sharedstrings.xml")  # read and checked for a DTD just now: the largest part
        wanted: set[str] = set()
        if keep is not None:
            wanted = {"xl/workbook.xml", "xl/styles.xml"}
            wanted.update(part for part, sheet in by_part.items() if keep(sheet.name))
            if shared is not None:
                package.shared = SharedStrings()
                if shared != "xl/sharedStrings.xml":  # where calamine may not look: let it decide
                    package.shared.refuse("part name in another case")
        package.long_strings = _long_shared_strings(zf, names, name, package.shared)
        for info in infos:
            if info.is_dir() or not info.filename.lower().endswith(_XML_SUFFIXES) or info.filename == shared:
                continue
            data = _read_capped(zf, info, name)
            _check_xml(data, name, info.filename)
            sheet = by_part.get(info.filename.lower())
            if sheet is not None:
                _measure(sheet, data, package.long_strings, name)
                _check_extent(sheet, name)
            if info.filename.lower() in wanted:
                package.parts[info.filename] = data
            del data
    return package


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


def _check_xml(data: bytes | bytearray, name: str, part: str) -> None:
    """Refuse a part no later stage may parse: a DOCTYPE or ENTITY declaration in any encoding XML
    allows, nesting deeper than any part Excel writes, XML that is not well-formed (Excel's VML
    excepted: Excel itself does not always write it well-formed), one token over MAX_TOKEN_BYTES."""
    _check_tokens(data, name, part)
    try:
        check_part(data, lenient=part.lower().endswith(".vml"))
    except UnsafeXML as exc:
        raise _refuse_xml(exc, name, part) from None


def _refuse_xml(exc: UnsafeXML, name: str, part: str) -> UnreadableWorkbook:
    again = "Sla de werkmap opnieuw op in Excel als 'Excel-werkmap (*.xlsx)' of vraag de afzender om een nieuwe versie."
    if exc.kind == DOCTYPE:
        return UnreadableWorkbook(
            f"'{name}' wordt niet gelezen: het onderdeel '{part}' bevat een DOCTYPE- of ENTITY-verklaring. "
            "Excel schrijft die nooit; zo'n bestand kan bij het lezen ontploffen tot gigabytes (een "
            f"'XML-bom'). {again}"
        )
    if exc.kind == DEPTH:
        return UnreadableWorkbook(
            f"'{name}' wordt niet gelezen: het onderdeel '{part}' is meer dan {MAX_DEPTH} niveaus diep genest. "
            f"Excel schrijft zo'n onderdeel nooit; het lezen of kopiëren ervan zou halverwege vastlopen. {again}"
        )
    if exc.kind == SIZE:
        return _refuse_bomb(name, f"het onderdeel '{part}' pakt uit tot meer dan {_mb(MAX_PART_BYTES)} MB")
    return UnreadableWorkbook(f"'{name}' is beschadigd: het onderdeel '{part}' is geen geldige XML. {again}")


def _check_tokens(data: bytes | bytearray, name: str, part: str) -> None:
    """Refuse a comment or CDATA section over MAX_TOKEN_BYTES (the parsers of openpyxl take
    minutes over one)."""
    text = data
    head = bytes(data[:4])
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        text = (decoded(data) or "").encode("utf-8")
    if b"!" not in text:  # no '<!' (most parts: memchr is faster than the search)
        return
    start = 0
    while True:
        found = DECLARATION.search(text, start)
        if found is None:
            return
        i = found.start()
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


def _workbook_sheets(zf: zipfile.ZipFile, names: dict[str, str], name: str) -> tuple[GuardedPackage, dict[str, GuardedSheet]]:
    """The sheets listed in xl/workbook.xml, with their worksheet part and visibility."""
    from actieplan.ooxml.xml import parse

    def part(lower: str):
        if lower not in names:
            return None
        data = _read_capped(zf, zf.getinfo(names[lower]), name)
        _check_xml(data, name, names[lower])
        return parse(bytes(data))

    from actieplan.ooxml.workbook import sheets

    try:
        found = sheets(lambda member: part(member.lower()))
    except UnreadableWorkbook:
        raise
    except Exception:  # lxml raises several types for broken XML
        raise _corrupt(name) from None
    package, by_part = GuardedPackage(), {}
    for found_sheet in found:
        sheet = GuardedSheet(name=found_sheet.name, part=found_sheet.part.lower(), state=found_sheet.state)
        package.sheets[sheet.name] = sheet
        by_part[sheet.part] = sheet
    return package, by_part


def _check_extent(sheet: GuardedSheet, name: str) -> None:
    if sheet.cells <= MAX_SHEET_CELLS:
        return
    last = f"{get_column_letter(sheet.last[1])}{sheet.last[0]}"
    raise UnreadableWorkbook(
        f"Het blad '{sheet.name}' in '{name}' is te groot om te lezen: het loopt tot cel {last} "
        f"({_count(sheet.cells)} cellen; hoogstens {_count(MAX_SHEET_CELLS)}). Een actieplan is veel "
        "kleiner. Ga in dat blad naar de laatste cel (Ctrl+End), verwijder de overbodige rijen en "
        "kolommen (rechtsklik > Verwijderen) en sla de werkmap opnieuw op."
    )


def _long_shared_strings(zf: zipfile.ZipFile, names: dict[str, str], name: str, table: SharedStrings | None = None) -> dict[int, int]:
    """Shared strings longer than a cell may hold: index -> characters.

    Excel refuses more than 32,767 characters in a cell, and both calamine and openpyxl silently
    cut such a text at 32,767 when reading: only the XML shows that the rest is lost.

    ``table`` (the reader's shared strings) is fed the part a piece at a time while it is checked,
    so the part (51 MB unpacked at 10.000 fiches) is never held whole.
    """
    if "xl/sharedstrings.xml" not in names:
        return {}
    info = zf.getinfo(names["xl/sharedstrings.xml"])
    if table is not None:
        if table.failed is None:  # first the fast way (a part as Excel writes it)
            fast = SharedStrings()
            try:
                found = _stream_shared_strings(zf, info, name, fast, prove=True)
            except UnreadableWorkbook:
                found = None  # refused: the careful way below decides and words the verdict
            if found is not None:
                table.strings = fast.strings
                return found
        found = _stream_shared_strings(zf, info, name, table)
        if found is not None:
            return found
        table.refuse("read whole")  # a part the pieces do not suit: checked whole below, read by calamine
    data = _read_capped(zf, info, name)
    _check_xml(data, name, names["xl/sharedstrings.xml"])
    if not has_long_text(data):
        return {}
    return _long_items(data, 0, name, names["xl/sharedstrings.xml"])


def _long_items(data: bytes | bytearray, first: int, name: str, part: str) -> dict[int, int]:
    out = {}
    for i, m in enumerate(_SHARED_STRING.finditer(data), start=first):
        if len(m.group(0)) > EXCEL_MAX_CHARS:
            if len(m.group(0)) > MAX_TOKEN_BYTES:
                raise _huge_token(name, part, len(m.group(0)))
            n = text_length(m.group(0))
            if n > EXCEL_MAX_CHARS:
                out[i] = n
    return out


def _stream_shared_strings(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, table: SharedStrings,
                           prove: bool = False) -> dict[int, int] | None:
    """The checks of :func:`_long_shared_strings`, a piece of whole ``<si>`` items at a time; None
    when the part holds what only the whole-part checks handle (``<!`` of a comment, CDATA or
    DTD, another encoding than UTF-8, prefixed items).

    ``prove``: the fast way. The depth and where a long text can stand are shown by the items
    the table reads (the shape it notes, :attr:`SharedStrings.tags_outside`), so no Python runs
    per element, and only a piece that may hold a long text is searched for one. libxml2 still
    checks the part is well-formed and has no DOCTYPE, but a run of plain items the table read
    (:attr:`SharedStrings.plain`, see :func:`_checked_part`) reaches it as one empty ``<si/>``.
    None at any doubt (the table cannot read a piece, or its shape does not bound the depth within
    MAX_DEPTH): the caller then checks the part the careful way, which also decides and words any
    refusal."""
    out: dict[int, int] = {}
    index, first, size = 0, True, 0  # size: the bytes fed so far (proving)
    buf = bytearray()
    # well-formed, no DOCTYPE, not too deep: as the other parts (proving: the depth below)
    check = PartCheck(MAX_PART_BYTES, depth=not prove)
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(CHUNK)
                if not prove:
                    _feed(check, chunk, name, info.filename)
                buf += chunk
                cut = buf.rfind(b"<si") if chunk else len(buf)
                if cut <= 0:
                    if chunk:
                        continue
                    cut = len(buf)
                with memoryview(buf) as view:  # one copy (a bytearray's slice is one more)
                    piece = bytes(view[:cut])
                del buf[:cut]
                if first:
                    head = piece[:4]
                    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
                        return None
                    first = False
                if not prove and _odd_markup(piece):
                    return None
                if table.failed is None:
                    index = len(table.strings)  # the items before this piece (the table counts them)
                if prove:
                    table.feed(piece)
                    if table.failed is not None or table.tags_outside + table.tags_in_item > MAX_DEPTH:
                        return None
                    # a run of plain items holds no markup but its own tags: only what is outside it is searched
                    if _odd_markup(piece if table.plain is None else _outside(piece, table.plain)):
                        return None
                    # a <t>'s text of more than a cell holds (bytes: up to 4 a character) is in one item
                    # or between two
                    if table.longest * 4 > EXCEL_MAX_CHARS and LONG_TEXT.search(piece):
                        out.update(_long_items(piece, index, name, info.filename))
                    fed = _checked_part(piece, table.plain, at_start=not size)
                    if _PROCESSING_INSTRUCTION.search(fed, 0 if size else 1):
                        return None  # a PI could hold items libxml2 no longer sees: the careful way decides
                    size += len(piece)
                    _feed(check, fed, name, info.filename)
                    if not chunk:
                        _feed(check, b"", name, info.filename)
                        return out
                    continue
                if LONG_TEXT.search(piece):
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


def _feed(check: PartCheck, data: bytes, name: str, part: str) -> None:
    """Feed ``data`` to ``check``; at the end (``data`` empty) close it."""
    try:
        check.feed(data)
        if not data:
            check.close()
    except UnsafeXML as exc:
        raise _refuse_xml(exc, name, part) from None


# what libxml2 refuses in the text of a plain item that its regex and strict UTF-8 decoding let
# through: a character outside XML's Char (C0 controls but tab, LF, CR; U+FFFE and U+FFFF) and ']]>'
_XML_BYTES = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\r")
_NON_CHARACTER = re.compile(rb"\xef\xbf[\xbe\xbf]")
_DECLARATION_IN, _PREFIXED_SI, _PROCESSING_INSTRUCTION = re.compile(rb"<!"), re.compile(rb":si"), re.compile(rb"<\?")


def _odd_markup(data: bytes) -> bool:
    """Whether ``data`` holds ``<!`` (a comment, CDATA or DTD) or a prefixed ``:si``."""
    return _DECLARATION_IN.search(data) is not None or _PREFIXED_SI.search(data) is not None


def _outside(piece: bytes, plain: tuple[int, int], between: bytes = b"") -> bytes:
    """The bytes of ``piece`` before and after its run of plain items (:attr:`SharedStrings.plain`),
    with ``between`` in the run's place."""
    return piece[: plain[0]] + between + piece[len(piece) - plain[1] :]


def _checked_part(piece: bytes, plain: tuple[int, int] | None, at_start: bool = False) -> bytes:
    """What libxml2 must see of ``piece`` for the shared strings part to be checked as a whole.

    ``plain``: the bytes before and after a run of plain items with nothing between them
    (:attr:`SharedStrings.plain`), which the table has read: each a well-formed ``<si>`` with a
    ``<t>`` whose text holds no ``<`` (the piece decoded as strict UTF-8), and whose every ``&`` the table
    resolved as one of XML's five entities or a reference to a character XML allows
    (:func:`actieplan.read.cells._resolve_entities`, which refuses any other). What is left to
    libxml2 in such a run, a character XML does not allow or ``]]>``, is looked for here; without
    one the run goes to libxml2 as one ``<si/>``. Where the run stands decides the verdict, and an
    element stands where the run stood: after content both are well-formed, inside a tag, an
    attribute value or past the root element both are not, and a comment, CDATA or DTD (``<!``)
    or a processing instruction (``<?``) is not let through in this part (the caller; ``at_start``:
    ``piece`` starts the part, and its XML declaration must end before the run)."""
    if plain is None:
        return piece
    if at_start and piece.startswith(b"<?") and piece.find(b"?>", 0, plain[0]) < 0:
        return piece
    if piece.translate(None, _XML_BYTES) or (b"]" in piece and b"]]>" in piece) or (
            b"\xef" in piece and _NON_CHARACTER.search(piece)):
        return piece
    return _outside(piece, plain, b"<si/>")


def text_length(xml: bytes) -> int:
    return sum(len(unescape(t.decode("utf-8", "replace"))) for t in _TEXT.findall(xml))


def _measure(sheet: GuardedSheet, data: bytes, long_strings: dict[int, int] | None = None, name: str = "") -> None:
    """Measure a worksheet part: its used range (refused by :func:`_check_extent` when too big)
    and, where a text may be long, every cell's XML (one over MAX_TOKEN_BYTES is refused)."""
    if _may_lack_refs(data, sheet):
        _exact_extent(sheet, data)
    elif _beyond_small(data):
        _fast_extent(sheet, data)
    # else every reference lies within column Z and row 19.999: the range holds at most 26 x 20.000
    # cells, below MAX_SHEET_CELLS, so it is not measured (one search instead of collecting every
    # reference; a contract sheet of 10.000 fiches stays within it)
    sheet.long_text = has_long_text(data)
    if long_strings or sheet.long_text:
        for attrs, body in cell_bodies(data):
            if len(body) > MAX_TOKEN_BYTES and R_ATTR.search(attrs):
                raise _huge_token(name, sheet.part, len(body))


def _beyond_small(data: bytes | bytearray) -> bool:
    """Whether a cell reference lies beyond column Z or row 19.999 (``_BEYOND_SMALL`` after whitespace)."""
    return any(data[m.start() - 1 : m.start()].isspace() for m in _BEYOND_SMALL.finditer(data))


def cell_bodies(data: bytes | bytearray) -> Iterator[tuple[bytes, bytes]]:
    """(attributes, content) of every ``<c ...>...</c>`` of a worksheet part (``<c .../>`` has none)."""
    for m in _CELL_START.finditer(data):
        if m.group(0).endswith(b"/>"):
            continue
        end = data.find(b"</" + m.group(1) + b"c>", m.end())
        yield m.group(2), data[m.end() : end if end >= 0 else m.end()]


def _may_lack_refs(data: bytes, sheet: GuardedSheet | None = None) -> bool:
    """Whether some cell has no ``r`` attribute (its position is implied); counts are fast, the
    regex only runs for prefixed XML (``<x:c>``), which the counts do not see."""
    if _PREFIXED_CELL.search(data):
        return _CELL_WITHOUT_REF.search(data) is not None
    cells = data.count(b"<c ")
    if _BARE_CELL.search(data):
        cells += data.count(b"<c>") + data.count(b"<c/>")
    if sheet is not None:
        sheet.cell_tags = cells
    refs = data.count(b' r="') - data.count(b"<row ")
    return cells > refs


def _fast_extent(sheet: GuardedSheet, data: bytearray) -> None:
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


def _exact_extent(sheet: GuardedSheet, data: bytes) -> None:
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
