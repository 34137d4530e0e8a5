"""The annotated copy ``NAME.gecontroleerd.xlsx``: the user's own workbook with every finding
marked at its cell and a first sheet ``Controle`` that lists them all.

The copy is made by editing the workbook's package (the zip of XML parts), not by loading and
saving it with a spreadsheet library: every part we do not need to change is copied byte for
byte, compressed bytes and all (:class:`Package`). What changes:

* the sheets with findings, only where a mark needs it: the style index of the marked cells (a
  new cell element where the cell has none) and the ``legacyDrawing`` of notes;
* ``styles.xml``: fills and cell formats appended (a copy of the cell's own format with our fill);
* the sheets' notes (legacy comments and their VML shapes): ours added; a user's own note on
  the same cell keeps its text, ours is added below it; a cell with a threaded comment gets no
  note of ours (its thread is left alone);
* the new ``Controle`` sheet and its chart (made with xlsxwriter in a scratch package and
  transplanted with their styles remapped), first and active; the workbook part, its
  relationships and the content types list it.

What we did is recorded in a custom XML part (:data:`STATE_NS`), which no user sees or unhides.
Checking an annotated copy again first undoes exactly what that part records (where the cell
is still as we left it), so marks never pile up and the user's own fills and notes come back
where a finding is gone. Where another program dropped the part (LibreOffice does), our notes
are recognised by their text and our Controle sheet by its header; a fill is only taken away
together with a note of ours, never on its own (the user may use our colours). Our Controle
sheet carries a mark of its own (a sheet-local defined name, see :data:`SHEET_MARK`) that survives
a rename and other programs' saves; text the user typed on it is kept at a re-check (the old
sheet stays as "Controle (uw notities)") and only the mail's attachment leaves it out.

:func:`clean_workbook` gives the user's workbook without any of our additions (the mail's
attachment). The sheets we mark or unmark are edited as a stream of bytes (:class:`StreamSheet`,
:mod:`actieplan.ooxml.sheetstream`: never a whole tree in memory, every byte we do not change kept);
the small parts, and a sheet the stream cannot follow exactly, are read and written with lxml,
which keeps namespaces, comments, CDATA and elements it does not know.
"""

from __future__ import annotations

import base64
import copy
import functools
import hashlib
import io
import posixpath
import re
import struct
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from lxml import etree

from actieplan.ooxml import sheetstream
from actieplan.ooxml.cellref import column_of
from actieplan.errors import OutputError
from actieplan.read.loader import LoadedWorkbook
from actieplan.model import SEVERITY_ORDER, Finding, Report, Severity
from actieplan.normalize import visible
from actieplan.write.outputs import OutputSet, atomic_path, output_names, write_failed

CONTROL_SHEET = "Controle"
LEGACY_STATE_SHEET = "_actieplan"  # where copies of an earlier version kept their state
AUTHOR = "actieplan"
MAX_CELL_TEXT = 32_767  # Excel's limit for the text of one cell
NOTE_SEPARATOR = "— actieplan —"

# The marks: one fill per severity, strong enough to see, light enough to read the text.
MARK_COLOURS = {Severity.ERROR: "FFFF9999", Severity.WARNING: "FFFFCC80", Severity.INFO: "FF9DC3E6"}
SEVERITY_LABEL = {Severity.ERROR: "FOUT", Severity.WARNING: "WAARSCHUWING", Severity.INFO: "INFO"}
MESSAGE_WIDTH = 90  # the Melding column of the Controle sheet, in characters
MESSAGE_CHARS_PER_LINE = 95  # about that many of a message's characters fit on one line of it
TITLE_WIDTH = 30  # the Rij column (the row's title)
TITLE_CHARS_PER_LINE = 32
CONTROL_HEADERS = ["Ernst", "Blad", "Cel", "Rij", "Regel", "Melding"]
CONTROL_TITLE = "Controle van het actieplan"
CHART_WIDTH = 600  # pixels: the chart on the Controle sheet, right of its data above the findings
ROW_PIXELS = 20  # a row of default height
CONTROL_HEADER_MAX_ROW = 60  # the findings' header row of a Controle sheet we wrote is at most this row
CONTROL_SIDE_ROW = 3  # 0-based: the per-sheet counts start in row 4, above the findings' header row

# -- namespaces and relationship types
NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
NS_V = "urn:schemas-microsoft-com:vml"
NS_O = "urn:schemas-microsoft-com:office:office"
NS_X = "urn:schemas-microsoft-com:office:excel"
STATE_NS = "urn:actieplan:annotaties:2"
REL_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
REL_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"
REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
REL_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
REL_THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"
CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing"
CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


def q(tag: str, ns: str = NS_MAIN) -> str:
    return f"{{{ns}}}{tag}"


def local(el) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


# The order of CT_Worksheet's children (ECMA-376 part 1, 18.3.1.99): a new child goes before the
# first existing one that comes after it, or Excel "repairs" the file.
WORKSHEET_ORDER = [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
    "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
    "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
    "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
    "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
    "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
    "extLst",
]
# CT_Workbook (18.2.27) and CT_Stylesheet (18.8.39)
WORKBOOK_ORDER = [
    "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets",
    "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews",
    "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
]
STYLES_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs",
                "tableStyles", "colors", "extLst"]

_PARSER = etree.XMLParser(resolve_entities=False, huge_tree=True, strip_cdata=False, no_network=True, remove_blank_text=False)
_RECOVER = etree.XMLParser(resolve_entities=False, huge_tree=True, strip_cdata=False, no_network=True, recover=True)


def _order_name(el) -> str:
    name = local(el)
    if name == "AlternateContent":  # mc:AlternateContent takes the place of what its choice holds
        for choice in el:
            for child in choice:
                return local(child)
    return name


def insert_in_order(parent, child, order: list[str]) -> None:
    rank = order.index(local(child))
    for i, el in enumerate(parent):
        name = _order_name(el)
        if name in order and order.index(name) > rank:
            parent.insert(i, child)
            return
    parent.append(child)


def child(parent, tag: str, order: list[str] | None = None, create: bool = False):
    found = parent.find(q(tag))
    if found is None and create:
        found = etree.Element(q(tag))
        if order:
            insert_in_order(parent, found, order)
        else:
            parent.append(found)
    return found


# --------------------------------------------------------------------------- the package


class Package:
    """A zip package, read lazily: parts are parsed only when asked for, and written back only
    when changed; every other member is copied with its compressed bytes as they are."""

    def __init__(self, path: Path):
        self.path = path
        self.zip = zipfile.ZipFile(path)
        self.infos = {i.filename: i for i in self.zip.infolist()}
        self.order = list(self.infos)
        self.new: dict[str, bytes] = {}
        self.trees: dict[str, Any] = {}
        self.dirty: set[str] = set()
        self.removed: set[str] = set()
        self.streams: dict[str, Any] = {}  # parts rewritten as a stream of bytes when written (StreamSheet)
        self.declarations: dict[str, bytes] = {}  # a part's XML declaration as the file wrote it

    def close(self) -> None:
        self.zip.close()

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
            return _serialize(self.trees[name])
        return self.zip.read(name)

    def xml(self, name: str, recover: bool = False):
        if name not in self.trees:
            data = self.read(name)
            m = re.match(rb"\s*<\?xml[^>]*\?>\s*", data)
            self.declarations[name] = m.group(0) if m else b""
            try:
                self.trees[name] = etree.fromstring(data, _PARSER)
            except etree.XMLSyntaxError:
                if not recover:
                    raise
                self.trees[name] = etree.fromstring(data, _RECOVER)  # Excel's VML is not always well-formed
            self.new.pop(name, None)
            self.streams.pop(name, None)
        return self.trees[name]

    def changed(self, name: str) -> None:
        self.dirty.add(name)

    def stream(self, name: str, writer) -> None:
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
                    if name in self.streams:  # a big sheet: compressed as it is written, never whole in memory
                        size = info.file_size if info else 0
                        for attr in ("compress_level", "_compresslevel"):  # Python 3.13+, 3.7-3.12
                            try:
                                setattr(zinfo, attr, 1 if size > 512_000 else 6)
                                break
                            except AttributeError:
                                continue
                        with out.open(zinfo, "w") as w:
                            self.streams[name].write(w.write)
                        continue
                    data = self.read(name)
                    # a big sheet: fast compression (three times faster, a fifth bigger)
                    out.writestr(zinfo, data, compresslevel=1 if len(data) > 512_000 else 6)
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


def _serialize(root) -> bytes:
    if root.tag == "xml" or local(root) == "xml":  # VML: no XML declaration, as Excel writes it
        return etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)


def rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def resolve(part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))


def relative(part: str, target: str) -> str:
    folder = posixpath.dirname(part)
    return posixpath.relpath(target, folder) if folder else target


class Rels:
    """The relationships of one part."""

    def __init__(self, pkg: Package, part: str):
        self.pkg, self.part, self.name = pkg, part, rels_name(part)
        if pkg.exists(self.name):
            self.root = pkg.xml(self.name)
        else:
            self.root = None

    def items(self) -> list[tuple[str, str, str]]:
        """(id, type, resolved target) of every internal relationship."""
        if self.root is None:
            return []
        out = []
        for rel in self.root:
            if local(rel) != "Relationship" or rel.get("TargetMode") == "External":
                continue
            out.append((rel.get("Id"), rel.get("Type"), resolve(self.part, rel.get("Target", ""))))
        return out

    def target(self, rid: str) -> str | None:
        return next((t for i, _, t in self.items() if i == rid), None)

    def of_type(self, rel_type: str) -> list[tuple[str, str]]:
        return [(i, t) for i, kind, t in self.items() if kind == rel_type]

    def add(self, rel_type: str, target_part: str) -> str:
        if self.root is None:
            self.root = etree.Element(q("Relationships", NS_PKG_REL), nsmap={None: NS_PKG_REL})
            self.pkg.put_xml(self.name, self.root)
        ids = {rel.get("Id") for rel in self.root}
        n = len(ids) + 1
        while f"rId{n}" in ids:
            n += 1
        rid = f"rId{n}"
        etree.SubElement(self.root, q("Relationship", NS_PKG_REL), Id=rid, Type=rel_type, Target=relative(self.part, target_part))
        self.pkg.changed(self.name)
        return rid

    def remove(self, rid: str) -> None:
        if self.root is None:
            return
        for rel in list(self.root):
            if rel.get("Id") == rid:
                self.root.remove(rel)
                self.pkg.changed(self.name)


class ContentTypes:
    NAME = "[Content_Types].xml"

    def __init__(self, pkg: Package):
        self.pkg = pkg
        self.root = pkg.xml(self.NAME)

    def override(self, part: str, content_type: str) -> None:
        for el in self.root:
            if el.get("PartName", "").lstrip("/") == part:
                el.set("ContentType", content_type)
                self.pkg.changed(self.NAME)
                return
        etree.SubElement(self.root, q("Override", NS_CT), PartName="/" + part, ContentType=content_type)
        self.pkg.changed(self.NAME)

    def default(self, extension: str, content_type: str) -> bool:
        """Declare a content type for an extension; returns whether it was not declared yet."""
        if any(local(el) == "Default" and el.get("Extension", "").lower() == extension for el in self.root):
            return False
        el = etree.Element(q("Default", NS_CT), Extension=extension, ContentType=content_type)
        self.root.insert(0, el)
        self.pkg.changed(self.NAME)
        return True

    def drop_default(self, extension: str) -> None:
        for el in list(self.root):
            if local(el) == "Default" and el.get("Extension", "").lower() == extension:
                self.root.remove(el)
                self.pkg.changed(self.NAME)

    def drop(self, part: str) -> None:
        for el in list(self.root):
            if el.get("PartName", "").lstrip("/") == part:
                self.root.remove(el)
                self.pkg.changed(self.NAME)


class Book:
    """The workbook part, its sheets and its relationships."""

    def __init__(self, pkg: Package):
        self.pkg = pkg
        root_rels = Rels(pkg, "")
        root_rels.name = "_rels/.rels"
        root_rels.root = pkg.xml("_rels/.rels") if pkg.exists("_rels/.rels") else None
        found = root_rels.of_type(REL_DOC) or root_rels.of_type("http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
        self.part = found[0][1] if found else "xl/workbook.xml"
        self.root = pkg.xml(self.part)
        self.rels = Rels(pkg, self.part)
        self.types = ContentTypes(pkg)
        self.added_defaults: set[str] = set()

    @property
    def sheets_el(self):
        return self.root.find(q("sheets"))

    def sheets(self) -> list[tuple[str, str | None, Any]]:
        """(name, part, element) of every sheet in workbook order."""
        out = []
        for el in self.sheets_el if self.sheets_el is not None else []:
            if local(el) != "sheet":
                continue
            out.append((el.get("name"), self.rels.target(el.get(q("id", NS_R))), el))
        return out

    def sheet_part(self, name: str) -> str | None:
        return next((p for n, p, _ in self.sheets() if n == name), None)

    def changed(self) -> None:
        self.pkg.changed(self.part)

    def styles_part(self) -> str:
        found = self.rels.of_type(REL_STYLES)
        if found:
            return found[0][1]
        part = posixpath.join(posixpath.dirname(self.part), "styles.xml")
        root = etree.fromstring(
            f'<styleSheet xmlns="{NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'.encode()
        )
        self.pkg.put_xml(part, root)
        self.rels.add(REL_STYLES, part)
        self.types.override(part, CT_STYLES)
        return part


# --------------------------------------------------------------------------- styles


def _canon(el) -> bytes:
    return etree.tostring(el, method="c14n")


class Styles:
    """Cell formats: find or append a copy of a format with another fill; never renumber."""

    def __init__(self, pkg: Package, part: str):
        self.pkg, self.part = pkg, part
        self.root = pkg.xml(part)
        self.fills = child(self.root, "fills", STYLES_ORDER, create=True)
        self.xfs = child(self.root, "cellXfs", STYLES_ORDER, create=True)
        self._xf_list = [el for el in self.xfs if local(el) == "xf"]
        self._fill_list = [el for el in self.fills if local(el) == "fill"]
        self._xf_index: dict[bytes, int] | None = None
        self._fill_index: dict[bytes, int] | None = None

    def xf(self, index: int):
        return self._xf_list[index] if 0 <= index < len(self._xf_list) else (self._xf_list[0] if self._xf_list else None)

    def fill_of(self, index: int):
        xf = self.xf(index)
        fid = int(xf.get("fillId", "0")) if xf is not None else 0
        return self._fill_list[fid] if 0 <= fid < len(self._fill_list) else None

    def fill_colour(self, index: int) -> str | None:
        """The colour of a cell format's solid fill (ARGB, upper case), or None."""
        fill = self.fill_of(index)
        if fill is None:
            return None
        pattern = fill.find(q("patternFill"))
        if pattern is None or pattern.get("patternType") != "solid":
            return None
        fg = pattern.find(q("fgColor"))
        return fg.get("rgb", "").upper() if fg is not None and fg.get("rgb") else None

    def fill_id(self, fill) -> int:
        if self._fill_index is None:
            self._fill_index = {}
            for i, el in enumerate(self._fill_list):
                self._fill_index.setdefault(_canon(el), i)
        key = _canon(fill)
        if key not in self._fill_index:
            new = copy.deepcopy(fill)
            self.fills.append(new)
            self._fill_list.append(new)
            self._fill_index[key] = len(self._fill_list) - 1
            self.fills.set("count", str(len(self._fill_list)))
            self.pkg.changed(self.part)
        return self._fill_index[key]

    def with_fill(self, index: int, fill) -> int:
        """The index of a format equal to ``index``'s with ``fill`` (``None``: no fill)."""
        base = self.xf(index)
        if base is None:
            base = etree.Element(q("xf"), numFmtId="0", fontId="0", fillId="0", borderId="0", xfId="0")
        xf = copy.deepcopy(base)
        xf.set("fillId", str(self.fill_id(fill)) if fill is not None else "0")
        xf.set("applyFill", "1")
        return self.add_xf(xf)

    def add_xf(self, xf) -> int:
        if self._xf_index is None:
            self._xf_index = {}
            for i, el in enumerate(self._xf_list):
                self._xf_index.setdefault(_canon(el), i)
        key = _canon(xf)
        if key not in self._xf_index:
            self.xfs.append(xf)
            self._xf_list.append(xf)
            self._xf_index[key] = len(self._xf_list) - 1
            self.xfs.set("count", str(len(self._xf_list)))
            self.pkg.changed(self.part)
        return self._xf_index[key]


def mark_fill_element(colour: str):
    fill = etree.Element(q("fill"))
    pattern = etree.SubElement(fill, q("patternFill"), patternType="solid")
    etree.SubElement(pattern, q("fgColor"), rgb=colour)
    etree.SubElement(pattern, q("bgColor"), rgb=colour)
    return fill


# --------------------------------------------------------------------------- cells of a sheet

ROW_TAG, CELL_TAG = q("row"), q("c")
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")


def col_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def col_letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def widen_spans(row: Any, col: int) -> None:
    """Widen a row's ``spans="1:16"`` (tree or streamed element) to take in a cell we add in ``col``."""
    spans = row.get("spans")
    if spans and ":" in spans:
        lo, hi = (int(x) for x in spans.split(":", 1))
        if not lo <= col <= hi:
            row.set("spans", f"{min(lo, col)}:{max(hi, col)}")


def extend_dimension(dim: Any, row: int, col: int) -> None:
    """Widen a sheet's ``<dimension ref="A1:P40">`` element (tree or streamed) to take in a cell we
    add; a missing or unreadable one is left as it is."""
    if dim is None or not dim.get("ref"):
        return
    try:
        parts = dim.get("ref").split(":")
        (r1, c1), (r2, c2) = split_ref(parts[0]), split_ref(parts[-1])
    except ValueError:
        return
    if r1 <= row <= r2 and c1 <= col <= c2:
        return
    r1, c1, r2, c2 = min(r1, row), min(c1, col), max(r2, row), max(c2, col)
    dim.set("ref", f"{coordinate(r1, c1)}:{coordinate(r2, c2)}")


def split_ref(ref: str) -> tuple[int, int]:
    m = _REF.match(ref)
    if not m:
        raise ValueError(ref)
    return int(m.group(2)), col_number(m.group(1))




def coordinate(row: int, col: int) -> str:
    return f"{col_letters(col)}{row}"


class Sheet:
    """One worksheet part, parsed; finds and creates cells without disturbing the others."""

    def __init__(self, pkg: Package, name: str, part: str):
        self.pkg, self.name, self.part = pkg, name, part
        self._rows: dict[int, Any] | None = None
        self._cells: dict[int, dict[int, Any]] = {}
        self._unnumbered_rows = False
        self.rels = Rels(pkg, part)

    @property
    def root(self):
        return self.pkg.xml(self.part)  # parsed once, on first use

    @property
    def dimension(self):
        return self.root.find(q("dimension"))

    @property
    def data(self):
        return child(self.root, "sheetData", WORKSHEET_ORDER, create=True)

    def changed(self) -> None:
        self.pkg.changed(self.part)

    def rows(self) -> dict[int, Any]:
        if self._rows is None:
            self._rows = {}
            self._unnumbered_rows = False
            last = 0
            for row in self.data.iterchildren(ROW_TAG):
                r = row.get("r")
                if not r:
                    self._unnumbered_rows = True
                last = int(r) if r else last + 1
                self._rows[last] = row
        return self._rows

    @staticmethod
    def cells(row) -> dict[int, Any]:
        out, last = {}, 0
        for c in row.iterchildren(CELL_TAG):
            r = c.get("r")
            last = column_of(r) if r else last + 1
            out[last] = c
        return out

    def row_cells(self, row: int) -> dict[int, Any] | None:
        """The cells of a row by column, read once per row (a row is asked for once per mark)."""
        if row not in self._cells:
            found = self.rows().get(row)
            if found is None:
                return None
            self._cells[row] = self.cells(found)
        return self._cells[row]

    def cell(self, row: int, col: int):
        found = self.row_cells(row)
        return None if found is None else found.get(col)

    def make_cell(self, row: int, col: int) -> tuple[Any, bool, bool]:
        """The cell element, created where the sheet has none: (cell, cell created, row created)."""
        rows = self.rows()
        row_el = rows.get(row)
        row_created = False
        if row_el is None:
            row_el = etree.Element(q("row"), r=str(row))
            after = [r for r in rows if r < row]
            if after:
                rows[max(after)].addnext(row_el)
            else:
                self.data.insert(0, row_el)
            if self._unnumbered_rows:
                self._fill_refs(self.data, "row")
            rows[row] = row_el
            row_created = True
        cells = self.row_cells(row) if not row_created else {}
        self._cells[row] = cells
        if col in cells:
            return cells[col], False, row_created
        for c, el in cells.items():  # give every cell of the row its reference before inserting
            if el.get("r") is None:
                el.set("r", coordinate(row, c))
        cell = etree.Element(q("c"), r=coordinate(row, col))
        style = self._inherited_style(row_el, col)
        if style:
            cell.set("s", style)
        before = [c for c in cells if c < col]
        if before:
            cells[max(before)].addnext(cell)
        else:
            row_el.insert(0, cell)
        cells[col] = cell
        widen_spans(row_el, col)
        self._extend_dimension(row, col)
        return cell, True, row_created

    def _fill_refs(self, data, tag: str) -> None:
        last = 0
        for el in data:
            if local(el) != tag:
                continue
            r = el.get("r")
            if r is None:
                el.set("r", str(last + 1))
            last = int(el.get("r"))

    def _inherited_style(self, row_el, col: int) -> str | None:
        """The style an empty cell shows in Excel: its row's (customFormat), else its column's."""
        if row_el.get("customFormat") in ("1", "true") and row_el.get("s"):
            return row_el.get("s")
        cols = self.root.find(q("cols"))
        for c in cols if cols is not None else []:
            if local(c) == "col" and int(c.get("min", 0)) <= col <= int(c.get("max", 0)) and c.get("style"):
                return c.get("style")
        return None

    def _extend_dimension(self, row: int, col: int) -> None:
        extend_dimension(self.root.find(q("dimension")), row, col)

    def merged(self) -> list[tuple[int, int, int, int]]:
        """The merged ranges (r1, c1, r2, c2)."""
        block = self.root.find(q("mergeCells"))
        return _merged_ranges([m.get("ref", "") for m in block] if block is not None else [])

    def expect(self, rows: Iterable[int]) -> None:
        """Rows about to be asked for (a streamed sheet reads them together; a tree has them)."""

    def row_spans(self, row: int) -> str | None:
        row_el = self.rows().get(row)
        return row_el.get("spans") if row_el is not None else None

    def row_columns(self, row: int) -> list[int]:
        row_el = self.rows().get(row)
        return sorted(Sheet.cells(row_el)) if row_el is not None else []

    def legacy_rid(self) -> str | None:
        legacy = self.root.find(q("legacyDrawing"))
        return legacy.get(q("id", NS_R)) if legacy is not None else None

    def remove_legacy_drawing(self, rid: str) -> None:
        legacy = self.root.find(q("legacyDrawing"))
        if legacy is not None and legacy.get(q("id", NS_R)) == rid:
            self.root.remove(legacy)
            self.changed()

    def undo_cell(self, cell, at: tuple[int, int], style: str | None, spans: str | None, created: bool, row_created: bool) -> None:
        """A marked cell as it was: its own style (None: none), its row's spans; gone again where we made it."""
        if style is None:
            cell.attrib.pop("s", None)
        else:
            cell.set("s", style)
        row = cell.getparent()
        if spans is not None:
            row.set("spans", spans)
        if created and len(cell) == 0 and set(cell.attrib) <= {"r", "s"}:
            row.remove(cell)
            self._cells.pop(at[0], None)
            if row_created and len(row) == 0 and set(row.attrib) <= {"r", "spans"}:
                row.getparent().remove(row)
                self._rows = None
        self.changed()

    def add_legacy_drawing(self, rid: str) -> None:
        legacy = etree.Element(q("legacyDrawing"))
        legacy.set(q("id", NS_R), rid)
        insert_in_order(self.root, legacy, WORKSHEET_ORDER)
        self.changed()

    def selected(self, value: bool | None = None) -> bool:
        if self.part not in self.pkg.trees and b"tabSelected" not in self.pkg.read(self.part):
            if not value:
                return False  # nothing to read or change: the sheet stays unparsed
        views = self.root.find(q("sheetViews"))
        view = views.find(q("sheetView")) if views is not None else None
        if view is None:
            return False
        was = view.get("tabSelected") in ("1", "true")
        if value is not None and value != was:
            view.set("tabSelected", "1" if value else "0")  # in its place: undone, the bytes are as before
            self.changed()
        return was


def _merged_ranges(refs: Iterable[str]) -> list[tuple[int, int, int, int]]:
    out = []
    for ref in refs:
        try:
            a, _, b = ref.partition(":")
            (r1, c1), (r2, c2) = split_ref(a), split_ref(b or a)
        except ValueError:
            continue
        out.append((r1, c1, r2, c2))
    return out


STREAM_SHEETS = True  # the sheets we mark are edited as streams (False: as trees, as before; a test compares)


class _Node:
    """A cell or row of a streamed sheet: one the file has (index ``k`` among its parent's child
    nodes; ``changes`` go into its start tag) or a new one (``k`` None; ``home``: the list it is in)."""

    __slots__ = ("known", "changes", "k", "home", "children", "inner")

    def __init__(self, known: dict, k: int | None = None, inner: int = 0):
        self.known, self.changes, self.k, self.home, self.children = known, {}, k, None, None
        self.inner = inner  # how many child nodes it has (a row: its nodes of the file still there)

    def names(self) -> set[str]:
        """The names of its attributes, as they are now."""
        return {n for n, v in {**self.known, **self.changes}.items() if v is not None}

    def get(self, name: str, default=None):
        value = self.changes.get(name, self.known.get(name))
        return default if value is None else value

    def set(self, name: str, value: str) -> None:
        self.changes[name] = value


class _Children:
    """New nodes of a parent, placed as lxml would place them among its existing child nodes:
    before all of them (``front``) or right after one (``after[k]``) or right after a new one."""

    def __init__(self):
        self.front: list[_Node] = []
        self.after: dict[int, list[_Node]] = {}

    def first(self, node: _Node) -> None:
        self.front.insert(0, node)
        node.home = self.front

    def next_to(self, prev: _Node, node: _Node) -> None:
        if prev.k is not None:
            node.home = self.after.setdefault(prev.k, [])
            node.home.insert(0, node)
        else:
            node.home = prev.home
            node.home.insert(node.home.index(prev) + 1, node)

    def remove(self, node: _Node) -> None:
        node.home.remove(node)

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
    return "".join(f' {k}="{sheetstream._escape(str(v))}"' for k, v in attrs.items() if v is not None)


class StreamSheet:
    """A worksheet part edited as a stream (:mod:`actieplan.ooxml.sheetstream`): the same questions and
    changes as :class:`Sheet`, without a tree; the part is written by :meth:`write`, byte for byte
    except where a mark changes it. Raises :class:`sheetstream.Unsupported` where it cannot."""

    def __init__(self, pkg: Package, name: str, part: str, head_only: bool = False):
        self.pkg, self.name, self.part = pkg, name, part
        if part in pkg.trees:
            raise sheetstream.Unsupported("parsed already")
        self.source = pkg.new.get(part)
        self.scan = sheetstream.scan(self._chunks, head_only)
        self.head_only = head_only
        self._numbers: dict[int, int] | None = None  # row number -> node index in sheetData
        self._infos: dict[int, sheetstream.RowInfo] = {}  # node index -> the row as the file has it
        self._wanted: set[int] = set()
        self._rows: dict[int, _Node] = {}  # row number -> row (read or new)
        self._cells: dict[int, dict[int, _Node]] = {}  # row number -> column -> cell (read or new)
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
            yield from sheetstream.chunks_of(fh.read)

    def changed(self) -> None:
        self.pkg.stream(self.part, self)

    # -- what the marks ask
    def merged(self) -> list[tuple[int, int, int, int]]:
        return _merged_ranges(self.scan.merged)

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
            for i, info in sheetstream.read_rows(self._chunks, self.scan, wanted).items():
                self._infos[i] = info
                number = self.scan.numbers[i]
                if self.numbers().get(number) != i:
                    continue  # a row of that number came later (the last one counts, as in the tree) or was removed
                node = _Node(info.attrs, i, len(info.nodes))
                node.children = _Children()
                self._rows[number] = node
        return self._rows.get(row)

    def row_cells(self, row: int) -> dict[int, _Node] | None:
        node = self.row(row)
        if node is None:
            return None
        cells = self._cells.get(row)
        if cells is None:
            cells = {}
            info = self._infos.get(node.k) if node.k is not None else None
            if info is not None:
                for k, col in enumerate(info.cols):
                    if col:
                        cells[col] = _Node(info.attrs_of[k], k, info.inner[k])
            self._cells[row] = cells
        return cells

    def row_spans(self, row: int) -> str | None:
        node = self.row(row)
        return node.get("spans") if node is not None else None

    def row_columns(self, row: int) -> list[int]:
        return sorted(self.row_cells(row) or {})

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
            self._cells[row] = {}
            row_created = True
        cells = self.row_cells(row)
        if col in cells:
            return cells[col], False, row_created
        for c, el in cells.items():
            if el.get("r") is None:
                el.set("r", coordinate(row, c))
        cell = _Node({"r": coordinate(row, col)})
        style = self._inherited_style(row_node, col)
        if style:
            cell.set("s", style)
        before = [c for c in cells if c < col]
        if before:
            row_node.children.next_to(cells[max(before)], cell)
        else:
            row_node.children.first(cell)
        cells[col] = cell
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
            xml = f'<{tag} xmlns:r="{NS_R}" r:id="{rid}"/>'
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
            row_node.children.remove(cell)
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
            if row_created and row.inner + row.children.count() == 0 and row.names() <= {"r", "spans"}:
                self._remove_row(at[0])
        self.changed()

    # -- writing
    def _tag(self, name: str) -> str:
        return f"{self.scan.main}:{name}" if self.scan.main else name

    def _cell_xml(self, cell: _Node) -> bytes:
        return f"<{self._tag('c')}{_attrs_xml(cell)}/>".encode("utf-8")

    def _row_xml(self, row: _Node) -> bytes:
        cells = b"".join(self._cell_xml(c) for c in row.children.front)
        name = self._tag("row")
        if not cells:
            return f"<{name}{_attrs_xml(row)}/>".encode("utf-8")
        return f"<{name}{_attrs_xml(row)}>".encode("utf-8") + cells + f"</{name}>".encode("utf-8")

    def edits(self) -> list[tuple[int, object]]:
        s = self.scan
        tags: dict[int, sheetstream.Tag] = {}
        inserts: list[tuple[int, object]] = []

        def tag_at(offset: int) -> sheetstream.Tag:
            return tags.setdefault(offset, sheetstream.Tag())

        def insert(offset: int, parent_offset: int, make) -> None:
            parent = tag_at(parent_offset)
            parent.content = make
            inserts.append((offset, sheetstream.Insert(make, parent)))

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
            for cell in (self._cells.get(number) or {}).values():
                if cell.k is not None and cell.changes:
                    tag_at(info.nodes[cell.k]).changes.update(cell.changes)
            for at, group in row.children.anchored(info.nodes, info.end):
                insert(at, info.offset, lambda group=group: b"".join(self._cell_xml(c) for c in group))
        if s.sheet_data is not None:
            for at, group in self.new_rows.anchored(s.nodes, s.sheet_data_end):
                insert(at, s.sheet_data, lambda group=group: b"".join(self._row_xml(r) for r in group))
        if self.legacy is not None:
            inserts.append((self.legacy[0], sheetstream.Insert(lambda xml=self.legacy[1]: xml)))
        skips = [(off, sheetstream.Skip(end)) for off, end in sorted(self.skips.items())]
        return inserts + skips + sorted(tags.items())

    def write(self, write) -> None:
        sheetstream.rewrite(self._chunks, self.edits(), write)


class _TagAttrs:
    """The attributes of a start tag as the file has them, with our changes over them."""

    def __init__(self, known: dict, changes: dict):
        self.known, self.changes = known, changes

    def get(self, name: str, default=None):
        value = self.changes.get(name, self.known.get(name))
        return default if value is None else value

    def set(self, name: str, value: str) -> None:
        self.changes[name] = value


def _edit_sheet(pkg: Package, name: str, part: str, head_only: bool = False):
    """The sheet to mark: streamed where it can be, else parsed (as before)."""
    if STREAM_SHEETS and part not in pkg.trees:
        found = pkg.streams.get(part)
        if isinstance(found, StreamSheet) and (head_only or not found.head_only):
            return found
        try:
            sheet = StreamSheet(pkg, name, part, head_only)
        except sheetstream.Unsupported:
            pass
        else:
            if isinstance(found, StreamSheet) and found.view_changes:  # what the head-only one changed
                sheet.view_changes.update(found.view_changes)
                sheet.changed()
            return sheet
    return Sheet(pkg, name, part)


class _MergedOrigins:
    """Where a cell's merged range starts (notes and fills go on that cell). Small ranges are
    looked up in a dict; a few large ones (a merged intro block) are scanned."""

    SMALL = 1_000

    def __init__(self, ranges: Iterable[tuple[int, int, int, int]]):
        self.cells: dict[tuple[int, int], tuple[int, int]] = {}
        self.large: list[tuple[int, int, int, int]] = []
        for r1, c1, r2, c2 in ranges:
            if (r2 - r1 + 1) * (c2 - c1 + 1) > self.SMALL:
                self.large.append((r1, c1, r2, c2))
                continue
            for row in range(r1, r2 + 1):
                for col in range(c1, c2 + 1):
                    self.cells[(row, col)] = (r1, c1)

    def get(self, key: tuple[int, int]) -> tuple[int, int]:
        found = self.cells.get(key)
        if found is not None:
            return found
        row, col = key
        for r1, c1, r2, c2 in self.large:
            if r1 <= row <= r2 and c1 <= col <= c2:
                return r1, c1
        return key


# --------------------------------------------------------------------------- notes


def _note_text(comment) -> str:
    text = comment.find(q("text"))
    if text is None:
        return ""
    return "".join(t.text or "" for t in text.iter(q("t")) if local(t.getparent()) in ("text", "r"))


def _text_runs(comment) -> list:
    text = comment.find(q("text"))
    return [] if text is None else [r for r in text if local(r) in ("r", "t")]


_RUN_PROPS = '<rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>'


def _run(text: str, props=None):
    r = etree.Element(q("r"))
    if props is not None:
        r.append(copy.deepcopy(props))
    else:
        r.append(etree.fromstring(f'<rPr xmlns="{NS_MAIN}"><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>'))
    t = etree.SubElement(r, q("t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


class Notes:
    """A sheet's legacy notes: the comments part and the VML drawing that shows them."""

    def __init__(self, sheet: Sheet, book: Book):
        self.sheet, self.pkg, self.book = sheet, sheet.pkg, book
        found = sheet.rels.of_type(REL_COMMENTS)
        self.part = found[0][1] if found and sheet.pkg.exists(found[0][1]) else None
        self.root = self.pkg.xml(self.part) if self.part else None
        rid = sheet.legacy_rid()
        self.vml_part = sheet.rels.target(rid) if rid is not None else None
        if self.vml_part and not self.pkg.exists(self.vml_part):
            self.vml_part = None
        self._vml = None
        self._next_shape: int | None = None
        self._shapes: dict[tuple[str, str], list] | None = None  # (row, column) as the VML writes them -> note shapes
        self._by_ref: dict[str, Any] | None = None
        threaded = sheet.rels.of_type(REL_THREADED)
        self.threaded: set[str] = set()
        for _, part in threaded:
            if self.pkg.exists(part):
                for el in self.pkg.xml(part):
                    if el.get("ref"):
                        self.threaded.add(el.get("ref").upper())

    def by_ref(self) -> dict[str, Any]:
        if self._by_ref is None:
            self._by_ref = {}
            if self.root is not None:
                lst = self.root.find(q("commentList"))
                for c in lst if lst is not None else []:
                    if local(c) == "comment" and c.get("ref"):
                        self._by_ref[c.get("ref").upper()] = c
        return self._by_ref

    def text(self, ref: str) -> str | None:
        c = self.by_ref().get(ref)
        return None if c is None else _note_text(c)

    def author(self, ref: str) -> str | None:
        c = self.by_ref().get(ref)
        if c is None or self.root is None:
            return None
        block = self.root.find(q("authors"))
        authors = [a.text or "" for a in block] if block is not None else []
        i = int(c.get("authorId", "0"))
        return authors[i] if 0 <= i < len(authors) else None

    def _author_id(self, name: str) -> int:
        authors = child(self.root, "authors", None)
        if authors is None:
            authors = etree.Element(q("authors"))
            self.root.insert(0, authors)
        names = [a.text for a in authors]
        if name in names:
            return names.index(name)
        a = etree.SubElement(authors, q("author"))
        a.text = name
        return len(names)

    def _ensure_parts(self) -> None:
        if self.root is None:
            self.part = self.pkg.free_name("xl/comments{}.xml")
            self.root = etree.Element(q("comments"), nsmap={None: NS_MAIN})
            etree.SubElement(self.root, q("authors"))
            etree.SubElement(self.root, q("commentList"))
            self.pkg.put_xml(self.part, self.root)
            self.sheet.rels.add(REL_COMMENTS, self.part)
            self.book.types.override(self.part, CT_COMMENTS)
        if self.vml_part is None:
            self.vml_part = self.pkg.free_name("xl/drawings/vmlDrawing{}.vml")
            idmap = _free_idmap(self.pkg, self.book)
            vml = etree.fromstring(
                f'<xml xmlns:v="{NS_V}" xmlns:o="{NS_O}" xmlns:x="{NS_X}">'
                f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{idmap}"/></o:shapelayout></xml>'.encode()
            )
            self.pkg.put_xml(self.vml_part, vml)
            rid = self.sheet.rels.add(REL_VML, self.vml_part)
            if self.book.types.default("vml", CT_VML):
                self.book.added_defaults.add("vml")
            self.sheet.add_legacy_drawing(rid)

    def vml(self):
        if self._vml is None:
            self._vml = self.pkg.xml(self.vml_part, recover=True)
        return self._vml

    def add(self, ref: str, text: str) -> tuple[bool, int]:
        """Put ``text`` in the note of ``ref``: below the user's own note if there is one.
        Returns (the user had a note, how many runs we appended to it)."""
        self._ensure_parts()
        existing = self.by_ref().get(ref)
        if existing is not None:
            runs = _text_runs(existing)
            body = existing.find(q("text"))
            if len(runs) == 1 and local(runs[0]) == "t":  # a plain note: make it a run, same text
                plain = runs[0]
                r = etree.Element(q("r"))
                body.replace(plain, r)
                r.append(plain)
            added = [_run(f"\n\n{NOTE_SEPARATOR}\n{text}")]
            for r in added:
                last_run = [x for x in body if local(x) == "r"]
                if last_run:
                    last_run[-1].addnext(r)
                else:
                    body.append(r)
            self.pkg.changed(self.part)
            return True, len(added)
        comment = etree.Element(q("comment"), ref=ref, authorId=str(self._author_id(AUTHOR)))
        body = etree.SubElement(comment, q("text"))
        body.append(_run(text, None))
        lst = child(self.root, "commentList", None)
        if lst is None:
            lst = etree.SubElement(self.root, q("commentList"))
        lst.append(comment)
        self.by_ref()[ref] = comment
        self.pkg.changed(self.part)
        self._add_shape(ref, text)
        return False, 0

    def _add_shape(self, ref: str, text: str) -> None:
        vml = self.vml()
        if self._next_shape is None and not any(el.get("id") == "_x0000_t202" for el in vml.iter("{%s}shapetype" % NS_V)):
            vml.append(etree.fromstring(
                f'<v:shapetype xmlns:v="{NS_V}" xmlns:o="{NS_O}" id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
                'o:connecttype="rect"/></v:shapetype>'.encode()
            ))
        if self._next_shape is None:  # once per drawing: after the highest shape id it holds
            numbers = [int(m.group(1)) for el in vml.iter("{%s}shape" % NS_V) if (m := re.match(r"_x0000_s(\d+)$", el.get("id", "")))]
            if numbers:
                self._next_shape = max(numbers) + 1
            else:
                idmap = next((el.get("data") for el in vml.iter("{%s}idmap" % NS_O)), "1") or "1"
                first = int(re.split(r"[,\s]", idmap.strip())[0] or 1)
                self._next_shape = 1024 * first + 1
        number = self._next_shape
        self._next_shape += 1
        row, col = split_ref(ref)
        lines = min(4 + text.count("\n") + len(text) // 45, 30)
        r0 = max(row - 2, 0)
        height = min(80 + 16 * (text.count("\n") + len(text) // 45), 600) * 0.75
        shape = etree.fromstring(
            f'<v:shape xmlns:v="{NS_V}" xmlns:o="{NS_O}" xmlns:x="{NS_X}" id="_x0000_s{number}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:80pt;margin-top:2pt;width:270pt;height:{height:.0f}pt;z-index:{number % 1024};'
            'visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/>'
            '<v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
            '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>'
            '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>'
            f"<x:Anchor>{col}, 15, {r0}, 10, {col + 4}, 15, {r0 + lines}, 4</x:Anchor><x:AutoFill>False</x:AutoFill>"
            f"<x:Row>{row - 1}</x:Row><x:Column>{col - 1}</x:Column></x:ClientData></v:shape>".encode()
        )
        vml.append(shape)
        self._shapes = None  # (found afresh when one is removed)
        self.pkg.changed(self.vml_part)

    def strip(self, ref: str, ours: str | None, appended: int = 0, known: OurTexts | None = None) -> str:
        """Take our text out of the note of ``ref``; what the user wrote stays. ``ours`` is our
        exact text when known (else our notes are recognised by their form, and by ``known``, the
        messages we wrote, where known). Returns 'gone' (nothing left: note removed), 'kept' (the
        user's text stays), 'mixed' (the user typed inside our text, or changed it: the whole
        note stays as the user's own) or 'none' (nothing of ours)."""
        comment = self.by_ref().get(ref)
        if comment is None:
            return "none"
        full = _note_text(comment)
        runs = _text_runs(comment)
        # exactly as we left it: our appended runs go, the user's runs stay as they were
        if appended and len(runs) > appended and ours is not None:
            tail = "".join(_note_text_of_run(r) for r in runs[-appended:])
            if tail == f"\n\n{NOTE_SEPARATOR}\n{ours}":
                for r in runs[-appended:]:
                    r.getparent().remove(r)
                self.pkg.changed(self.part)
                return "kept"
        rest = remove_our_text(full, ours, known)
        if rest is None:  # ours cannot be told apart from what the user typed: all of it is theirs
            self._make_users(comment)
            return "mixed"
        if rest == full.strip() and rest:
            return "none"
        if not rest:
            self._remove(ref, comment)
            return "gone"
        body = comment.find(q("text"))
        props = next((r.find(q("rPr")) for r in runs if local(r) == "r" and r.find(q("rPr")) is not None), None)
        for r in list(body):
            body.remove(r)
        body.append(_run(rest, props))
        self._make_users(comment)
        return "kept"

    def _make_users(self, comment) -> None:
        """The note is the user's now (our author name off it); its text is left as it is."""
        authors = self.root.find(q("authors"))
        names = [a.text for a in authors] if authors is not None else []
        i = int(comment.get("authorId", "0"))
        if 0 <= i < len(names) and names[i] == AUTHOR:
            comment.set("authorId", str(self._author_id("")))
        self.pkg.changed(self.part)

    def _remove(self, ref: str, comment) -> None:
        comment.getparent().remove(comment)
        self.by_ref().pop(ref, None)
        self.pkg.changed(self.part)
        if self.vml_part is None:
            return
        row, col = split_ref(ref)
        if self._shapes is None:  # once per drawing, not once per note (a re-check removes hundreds)
            self._shapes = {}
            for shape in self.vml().iter("{%s}shape" % NS_V):
                data = shape.find("{%s}ClientData" % NS_X)
                if data is None or data.get("ObjectType") != "Note":
                    continue
                r, c = data.find("{%s}Row" % NS_X), data.find("{%s}Column" % NS_X)
                if r is not None and c is not None:
                    self._shapes.setdefault(((r.text or "").strip(), (c.text or "").strip()), []).append(shape)
        for shape in self._shapes.pop((str(row - 1), str(col - 1)), []):
            shape.getparent().remove(shape)
            self.pkg.changed(self.vml_part)

    def ours(self) -> dict[str, str]:
        """ref -> text of every note that holds text of ours (recognised by its form)."""
        return {ref: _note_text(c) for ref, c in self.by_ref().items() if has_our_text(_note_text(c))}

    def drop_if_empty(self, comments_created: bool, vml_created: bool) -> None:
        """Remove the parts we created for notes when no note is left in them."""
        if self.root is None or self.by_ref():
            return
        mine = {p for p, made in ((self.part, comments_created), (self.vml_part, vml_created)) if made and p}
        if self.vml_part and not vml_created and self.part in mine:
            pass  # the user's drawing (buttons, say) stays; only our notes part goes
        for rid, kind, target in self.sheet.rels.items():
            if target in mine and kind in (REL_COMMENTS, REL_VML):
                self.sheet.rels.remove(rid)
                if kind == REL_VML:
                    self.sheet.remove_legacy_drawing(rid)
        for part in mine:
            self.pkg.remove(part)
            self.book.types.drop(part)
        if self.sheet.rels.root is not None and len(self.sheet.rels.root) == 0:
            self.pkg.remove(self.sheet.rels.name)


def _note_text_of_run(r) -> str:
    if local(r) == "t":
        return r.text or ""
    return "".join(t.text or "" for t in r.iter(q("t")))


def _free_idmap(pkg: Package, book: Book) -> int:
    """An o:idmap number no other VML drawing of the workbook uses (shape ids must be unique)."""
    used = {0}
    for name in list(pkg.order):
        if name.endswith(".vml") and pkg.exists(name):
            try:
                root = pkg.xml(name, recover=True)
            except etree.XMLSyntaxError:
                continue
            for el in root.iter("{%s}idmap" % NS_O):
                used |= {int(x) for x in re.split(r"[,\s]+", el.get("data", "")) if x.isdigit()}
    return max(used) + 1


_OUR_BLOCK = re.compile(
    r"(?:^|\n)(?:FOUT|WAARSCHUWING|INFO)(?:\s+\(hele\s+rij\s+\d+\))?:\s.*?\[[a-z0-9][a-z0-9-]*\](?=\n|$)", re.DOTALL
)


def _normal(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def has_our_text(text: str) -> bool:
    return NOTE_SEPARATOR in text or bool(_OUR_BLOCK.search(_normal(text)))


def _squeeze(text: str) -> str:
    """Text compared leniently: every run of whitespace one space (another program may re-wrap
    or re-encode a note's line breaks and spaces)."""
    return " ".join(text.split())


class OurTexts:
    """The messages we wrote in an earlier copy (from its state, and from its Controle sheet's
    rows, which survive programs that drop the state): a block of a note that looks like ours is
    only ours when it is one of these, word for word (whitespace aside)."""

    def __init__(self) -> None:
        self.blocks: set[str] = set()
        self.messages: set[tuple[str, str]] = set()  # (rule, message)

    def add_note(self, note: str) -> None:
        for m in _OUR_BLOCK.finditer(_normal(note)):
            self.blocks.add(_squeeze(m.group(0)))

    def add_message(self, rule: str, message: str) -> None:
        self.messages.add((rule.strip(), _squeeze(message)))

    def __bool__(self) -> bool:
        return bool(self.blocks or self.messages)

    def has(self, block: str) -> bool:
        block = _squeeze(block)
        if block in self.blocks:
            return True
        m = _BLOCK_PARTS.match(block)
        if m is None:
            return False
        if (m.group(2), _squeeze(m.group(1))) in self.messages:
            return True
        # Not among the messages we know (the Controle sheet deleted or some of its rows, the state
        # dropped): ours when it reads exactly as its rule's message does, the values aside; text
        # typed into the message's own words makes it the user's
        pattern = _message_pattern(m.group(2))
        return pattern is not None and pattern.fullmatch(_squeeze(m.group(1))) is not None


@functools.lru_cache(maxsize=1024)
def _message_pattern(rule: str) -> re.Pattern | None:
    """A rule's Dutch message as a pattern: its own words as written (whitespace aside), each
    ``{value}`` any text, the row's title in front ('Actiefiche ...: ') optional. None for a rule
    no installed rule set has."""
    from actieplan.plugin.registry import available, load

    for package in available().values():
        by_id = load(package).rules
        found = by_id.get(rule)
        if found is not None:
            words = re.split(r"\{[^{}]*\}", _squeeze(found.message))
            body = ".*?".join(r"\s*".join(re.escape(w) for w in part.split(" ")) if part.strip() else "" for part in words)
            return re.compile(r"(?:[^\n]*?: )?" + body, re.DOTALL)
    return None


_BLOCK_PARTS = re.compile(r"(?:FOUT|WAARSCHUWING|INFO)(?: \(hele rij \d+\))?: (.*) \[([a-z0-9][a-z0-9-]*)\]$", re.DOTALL)
_AUTHOR_LINE = re.compile(rf"^\s*{re.escape(AUTHOR)}:\s*(?:\n|$)")  # the author's name another program puts first


def remove_our_text(text: str, ours: str | None = None, known: OurTexts | None = None) -> str | None:
    """What is left of a note without our part (the separator and everything of ours). None when
    our part cannot be told apart from the user's: a block that looks like ours but is not word
    for word one we wrote (``ours``, or one of ``known``), so the user typed inside it or changed it.
    Without either (no record of what we wrote) a block counts as ours when it reads as its rule's
    message does, the values aside (:func:`_message_pattern`)."""
    full_text = text = _normal(text)
    if known is None and ours is not None:
        known = OurTexts()
    if ours is not None:
        known.add_note(ours)
        mine = _normal(ours).strip()
        if mine and mine in text:
            text = text.replace(mine, "", 1)
        elif mine:  # re-wrapped by another program: whitespace aside
            found = re.search(r"\s+".join(re.escape(w) for w in mine.split()), text)
            if found:
                text = text[: found.start()] + text[found.end():]
    before = ""
    if NOTE_SEPARATOR in text:  # the user's note above, ours below the last separator
        before, _, text = text.rpartition(NOTE_SEPARATOR)
    strange = []

    judge = known if known is not None else OurTexts()  # nothing recorded: the rules' messages decide

    def drop(m: re.Match) -> str:
        if judge.has(m.group(0)):
            return ""
        strange.append(m.group(0))
        return m.group(0)

    left = _OUR_BLOCK.sub(drop, text)
    if strange:
        return None
    if left == text == full_text:
        return text.strip()  # nothing of ours in it
    rest = (before.strip() + "\n\n" + left.strip()).strip()
    return _AUTHOR_LINE.sub("", rest, count=1).strip()


def _safe(text: str) -> str:
    """Text as Excel can store it: no control characters, within the cell limit."""
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 1] + "…"


# --------------------------------------------------------------------------- marks


@dataclass
class Mark:
    """Everything we put on one cell: the most severe finding colours it, its note lists them.

    ``findings`` go into the cell's note; ``row_findings`` only colour it (the other cells of a
    row that a whole-row finding marks: the note is on the row's first cell).
    """

    sheet: str
    row: int
    col: int
    findings: list[Finding] = field(default_factory=list)
    row_findings: list[Finding] = field(default_factory=list)

    @property
    def coordinate(self) -> str:
        return coordinate(self.row, self.col)

    @property
    def severity(self) -> Severity:
        return min((f.severity for f in self.findings + self.row_findings), key=SEVERITY_ORDER.__getitem__)

    def note(self) -> str:
        lines = []
        for f in sorted(self.findings, key=lambda f: SEVERITY_ORDER[f.severity]):
            where = "" if f.cell else f" (hele rij {f.row})"
            lines.append(f"{SEVERITY_LABEL[f.severity]}{where}: {f.message} [{f.rule}]")
        return "\n\n".join(lines)


def _collect_marks(
    sheets: dict[str, Sheet], findings: list[Finding], loaded: LoadedWorkbook | None, columns: dict[str, tuple[int, ...]] | None = None
) -> dict[tuple[str, int, int], Mark]:
    """The cells to mark: a finding's cell, or for a whole-row finding the row's contract cells."""
    marks: dict[tuple[str, int, int], Mark] = {}
    merged: dict[str, _MergedOrigins] = {}
    columns = columns or {}
    for f in findings:
        if f.sheet is None or f.sheet not in sheets or f.row is None:
            continue  # a whole sheet, a missing sheet: only on the Controle sheet
        sheet = sheets[f.sheet]
        if f.sheet not in merged:
            merged[f.sheet] = _MergedOrigins(sheet.merged())
        if f.cell:
            row, col = merged[f.sheet].get(split_ref(f.cell))  # a note sits on a merged range's first cell
            marks.setdefault((f.sheet, row, col), Mark(f.sheet, row, col)).findings.append(f)
            continue
        for i, (row, col) in enumerate(_row_cells(sheet, f, loaded, merged[f.sheet], columns)):
            mark = marks.setdefault((f.sheet, row, col), Mark(f.sheet, row, col))
            (mark.findings if i == 0 else mark.row_findings).append(f)
    return marks


def _row_cells(
    sheet: Sheet, f: Finding, loaded: LoadedWorkbook | None, merged: _MergedOrigins, columns: dict[str, tuple[int, ...]]
) -> list[tuple[int, int]]:
    """The cells of a whole-row finding: the row's cells in the sheet's contract columns."""
    cols: list[int] = sorted(columns.get(f.sheet, ()))
    if not cols and loaded is not None:
        spec = next((s for s in loaded.sheets.values() if s.name == f.sheet), None)
        if spec is not None:
            cols = sorted(spec.columns.values())
    if not cols:
        cols = sheet.row_columns(f.row) or [1]
    out: list[tuple[int, int]] = []
    for col in cols:
        cell = merged.get((f.row, col))
        if cell not in out:
            out.append(cell)
    return out


# --------------------------------------------------------------------------- the public functions


def annotated_name(source: Path, stem: str) -> str:
    """'plan.xlsx' -> 'plan.gecontroleerd.xlsx'; a macro workbook keeps its .xlsm."""
    return output_names(source, stem)["xlsx"]


def write_annotated(report: Report, out: OutputSet) -> Path:
    """The writer for :data:`actieplan.run.check.WRITERS`: the annotated copy of ``report.source``."""
    target = out.target("xlsx")
    annotate(report.source, report, target, told=out.notices)
    return target


def annotate(
    source: Path, report: Report, target: Path, loaded: LoadedWorkbook | None = None, told: list[str] | None = None
) -> Path:
    """Write the annotated copy of ``source`` to ``target`` (atomically). ``source`` is only read.

    ``told`` receives a Dutch notice for each earlier Controle sheet kept for the user's text."""
    source = Path(source)
    pkg = _open(source)
    try:
        own: list[OwnSheet] = []
        mixed: list[str] = []
        strip_annotations(pkg, Book(pkg), keep_notes=True, own=own, mixed=mixed)
        kept = [kept_notice(s) for s in own if s.kept_as] + ([mixed_notice(mixed)] if mixed else [])
        if told is not None:
            told.extend(n for n in kept if n not in told)  # (the mail's writer may have told it already)
        pkg.kept_notices = kept
        book = Book(pkg)  # afresh: undoing may have put parts back as they were
        # the user's workbook as it is before our marks: what an undo must give back
        pkg.before = {name: pkg.read(name) for name in pkg.dirty if name not in pkg.removed and not _big_stream(pkg, name)}
        pkg.gone_before = set(pkg.removed)
        state = etree.Element(q("annotaties", STATE_NS), nsmap={None: STATE_NS})
        styles_record = _styles_before(pkg, book, state)
        _apply_marks(pkg, book, report, loaded, state)
        _add_control_sheet(pkg, book, report, state)
        _run_properties(pkg, book, report.run, state)
        styles_record.set("na", hashlib.sha256(pkg.read(styles_record.get("deel"))).hexdigest())
        _write_state(pkg, book, state)
        _save(pkg, target, key=report.run.get("output_of"))
    finally:
        pkg.close()
    return target


def clean_workbook(source: Path, target: Path, told: list[str] | None = None) -> bool:
    """Write ``source`` without our marks, notes, sheets and state to ``target``. Our sheets go
    even where the user wrote on them; ``told`` receives a Dutch notice for each such sheet.

    Returns False (and writes nothing) when ``source`` carries no annotations of ours.
    """
    pkg = _open(Path(source))
    try:
        own: list[OwnSheet] = []
        mixed: list[str] = []
        if not strip_annotations(pkg, Book(pkg), own=own, mixed=mixed):
            return False
        if told is not None:
            told.extend(left_out_notice(s) for s in own if s.changed or s.kind == KIND_NOTES)
            if mixed and mixed_notice(mixed) not in told:  # (the copy's writer may have told it already)
                told.append(mixed_notice(mixed))
        _save(pkg, target)
    finally:
        pkg.close()
    return True


def has_our_notes(source: Path) -> bool:
    """Whether ``source`` holds a note of ours (see :func:`_has_our_notes`)."""
    return _package_says(source, _has_our_notes)


def _package_says(source: Path, question) -> bool:
    """``question(package)`` of the workbook at ``source``; False when it cannot be read."""
    try:
        pkg = Package(Path(source))
    except Exception:
        return False
    try:
        return bool(question(pkg))
    except Exception:
        return False
    finally:
        pkg.close()


def _has_our_notes(pkg: Package) -> bool:
    """Whether a note of ours is left in a workbook that lost both our state and our Controle sheet
    (a program dropped the one, the user deleted the other): a note by our author with a block that
    reads as its rule's message does. Such notes are taken out by their form, never the user's."""
    for name in pkg.infos:
        if not (name.startswith("xl/") and name.endswith(".xml") and "comment" in name.rsplit("/", 1)[-1].lower()):
            continue  # a comments part, wherever the program that saved it put it (xl/comments/comment1.xml)
        try:
            root = etree.fromstring(pkg.read(name), _PARSER)
        except (etree.XMLSyntaxError, KeyError, ValueError):
            continue
        authors = [(a.text or "").strip() for a in root.iter(q("author"))]
        if AUTHOR not in authors:
            continue
        ours = str(authors.index(AUTHOR))
        for comment in root.iter(q("comment")):
            if comment.get("authorId") != ours:
                continue
            text = _normal("".join(t.text or "" for t in comment.iter(q("t"))))
            if any(OurTexts().has(m.group(0)) for m in _OUR_BLOCK.finditer(text)):
                return True
    return False


def is_annotated(source: Path) -> bool:
    """Whether ``source`` is an annotated copy of ours (our state part, or our Controle sheet)."""
    return _package_says(source, lambda pkg: _find_state(pkg)[0] is not None or _own_sheets(pkg, Book(pkg), None))


def _open(source: Path) -> Package:
    try:
        pkg = Package(source)
        Book(pkg)
        return pkg
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, ValueError) as exc:
        raise OutputError(
            f"De gecontroleerde kopie van '{source.name}' kon niet gemaakt worden: de opbouw van de werkmap "
            f"kan niet gelezen worden ({type(exc).__name__}). De bevindingen staan in het rapport en in het "
            "bevindingenbestand; sla de werkmap opnieuw op in Excel om ook de kopie te krijgen."
        ) from None


def _save(pkg: Package, target: Path, key: str | None = None) -> None:
    with atomic_path(target, key) as tmp:
        try:
            pkg.save(tmp)
        except OSError as exc:
            raise OutputError(write_failed(target, exc)) from None


# --------------------------------------------------------------------------- our marker

NS_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
NS_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
REL_CUSTOM_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
CT_CUSTOM_PROPS = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
PROPERTY_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def _custom_part(pkg: Package) -> str | None:
    rels = Rels(pkg, "")
    found = rels.of_type(REL_CUSTOM_PROPS)
    return found[0][1] if found and pkg.exists(found[0][1]) else None


def _run_properties(pkg: Package, book: Book, run: dict[str, str] | None, state) -> None:
    """Our marker in the copy's custom document properties (actieplan-run, actieplan-output-of):
    :func:`actieplan.write.outputs.marker_of` knows the copy as ours by it."""
    if not run:
        return
    part = _custom_part(pkg)
    if part is None:
        part = "docProps/custom.xml"
        root = etree.Element(q("Properties", NS_CUSTOM), nsmap={None: NS_CUSTOM, "vt": NS_VT})
        pkg.put_xml(part, root)
        Rels(pkg, "").add(REL_CUSTOM_PROPS, part)
        book.types.override(part, CT_CUSTOM_PROPS)
        state.set("eigenschappen-gemaakt", part)
    root = pkg.xml(part)
    _drop_run_properties(root)
    pids = [int(p.get("pid")) for p in root if p.get("pid", "").isdigit()]
    pid = max([1, *pids]) + 1
    for name in ("actieplan-run", "actieplan-output-of"):
        prop = etree.SubElement(root, q("property", NS_CUSTOM), fmtid=PROPERTY_FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, q("lpwstr", NS_VT)).text = run.get("id" if name == "actieplan-run" else "output_of", "")
        pid += 1
    pkg.changed(part)


def _drop_run_properties(root) -> bool:
    dropped = False
    for prop in list(root):
        if str(prop.get("name", "")).startswith("actieplan-"):
            root.remove(prop)
            dropped = True
    return dropped


def _undo_run_properties(pkg: Package, book: Book, state) -> None:
    part = _custom_part(pkg)
    if part is None:
        return
    root = pkg.xml(part)
    if _drop_run_properties(root):
        pkg.changed(part)
    made = state.get("eigenschappen-gemaakt") if state is not None else None
    if made == part and len(root) == 0:
        rels = Rels(pkg, "")
        for rid, kind, target in rels.items():
            if target == part:
                rels.remove(rid)
        pkg.remove(part)
        book.types.drop(part)


# --------------------------------------------------------------------------- marking


def _apply_marks(pkg: Package, book: Book, report: Report, loaded: LoadedWorkbook | None, state) -> None:
    names = {n: p for n, p, _ in book.sheets() if p and pkg.exists(p)}
    wanted = {f.sheet for f in report.findings if f.sheet in names and f.row is not None}
    if not wanted:
        return
    sheets = {n: _edit_sheet(pkg, n, names[n]) for n in wanted}
    styles = Styles(pkg, book.styles_part())
    fills = {sev: mark_fill_element(colour) for sev, colour in MARK_COLOURS.items()}
    notes: dict[str, Notes] = {}
    record_of: dict[str, Any] = {}
    dimensions: dict[str, str | None] = {}
    marked_style: dict[tuple[str, Severity], str] = {}
    own_fills: dict[str, Any] = {}
    # sheet by sheet, one sheet's tree in memory at a time (a big sheet's tree is large)
    marks: dict[tuple[str, int, int], Mark] = {}
    for name in sorted(wanted, key=list(names).index):
        found = [f for f in report.findings if f.sheet == name]
        sheets[name].expect(f.row for f in found if f.row is not None and not f.cell)
        found_marks = _collect_marks({name: sheets[name]}, found, loaded, report.columns)
        sheets[name].expect(row for _, row, _ in found_marks)  # read together, in one pass over a streamed sheet
        marks.update(sorted(found_marks.items(), key=lambda kv: kv[0]))
    done: str | None = None
    for (name, row, col), mark in marks.items():
        if done is not None and name != done:
            pkg.flatten(sheets[done].part)
        done = name
        sheet = sheets[name]
        if name not in notes:
            notes[name] = Notes(sheet, book)
            record = record_of[name] = etree.SubElement(state, q("blad", STATE_NS), naam=name)
            if notes[name].root is None:
                record.set("notities-gemaakt", "1")
            if notes[name].vml_part is None:
                record.set("vml-gemaakt", "1")
        dim = sheet.dimension
        spans = sheet.row_spans(row)
        cell, created, row_created = sheet.make_cell(row, col)
        if dim is not None and dimensions.setdefault(name, dim.get("ref")) != dim.get("ref"):
            record_of[name].set("eigen-dimensie", dimensions[name])
            record_of[name].set("onze-dimensie", dim.get("ref"))
        original = cell.get("s")
        key = (original or "0", mark.severity)
        if key not in marked_style:  # each format once: a copy of it with our fill
            marked_style[key] = str(styles.with_fill(int(original or 0), fills[mark.severity]))
            if (original or "0") not in own_fills:
                fill = styles.fill_of(int(original or 0))
                own_fills[original or "0"] = fill
                if fill is not None:  # the format's own fill, to put back where another program renumbered
                    etree.SubElement(state, q("opvulling", STATE_NS), stijl=original or "0").text = etree.tostring(fill, encoding="unicode")
        new = marked_style[key]
        cell.set("s", new)
        sheet.changed()
        el = etree.SubElement(state, q("cel", STATE_NS), blad=name, cel=mark.coordinate, kleur=MARK_COLOURS[mark.severity], stijl=new)
        if original is not None:
            el.set("eigen-stijl", original)
        if created:
            el.set("gemaakt", "1")
        if row_created:
            el.set("rij-gemaakt", "1")
        elif spans is not None and sheet.row_spans(row) != spans:
            el.set("eigen-spans", spans)
        if mark.findings and mark.coordinate not in notes[name].threaded:
            text = _safe(mark.note())
            had_note, appended = notes[name].add(mark.coordinate, text)
            el.set("notitie", text)
            if had_note:
                el.set("eigen-notitie", "1")
                el.set("toegevoegd", str(appended))
    if done is not None:
        pkg.flatten(sheets[done].part)


# --------------------------------------------------------------------------- the Controle sheet


def _control_name(book: Book) -> str:
    taken = {n.lower() for n, _, _ in book.sheets()}
    name, n = CONTROL_SHEET, 1
    while name.lower() in taken:  # the user has a sheet of that name: never touch it
        n += 1
        name = f"{CONTROL_SHEET} {n}"
    return name


def _link(sheet: str, cell: str) -> str:
    return "'" + sheet.replace("'", "''") + "'!" + cell


def _where(sheet_names: set[str], f: Finding) -> tuple[str, str | None]:
    """What the Cel column shows and where its link jumps."""
    if f.sheet is None or f.sheet not in sheet_names:
        return ("blad ontbreekt" if f.sheet else "werkmap"), None
    if f.cell:
        return f.cell, _link(f.sheet, f.cell)
    if f.row:
        return f"rij {f.row}", _link(f.sheet, f"A{f.row}")
    return "hele blad", _link(f.sheet, "A1")


def _notices(pkg: Package) -> list[str]:
    out = []
    if any(n.startswith("_xmlsignatures/") for n in pkg.order if pkg.exists(n)):
        out.append(
            "Let op: uw werkmap is digitaal ondertekend; deze kopie is dat niet meer geldig, want de markeringen "
            "veranderen ze. Uw eigen werkmap blijft ondertekend: stuur die (of de bijlage van het e-mailconcept)."
        )
    return out


def control_package(report: Report, name: str, sheet_names: set[str], notices: list[str]) -> bytes:
    """The Controle sheet and its chart as a one-sheet workbook made by xlsxwriter (in memory)."""
    import xlsxwriter

    from actieplan.run.summary import verdict

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                     "strings_to_numbers": False})
    ws = book.add_worksheet(name)
    facts = report.facts
    red = "#C00000"
    fmt = book.add_format
    bold = fmt({"bold": True})
    head = fmt({"bold": True, "bg_color": "#DDEBF7", "pattern": 1})
    top = fmt({"valign": "top"})
    wrap = fmt({"valign": "top", "text_wrap": True})
    link = fmt({"valign": "top", "font_color": "#0563C1", "underline": 1})
    sev_fmt = {s: fmt({"valign": "top", "bg_color": "#" + MARK_COLOURS[s][2:], "pattern": 1}) for s in Severity}
    who = " ".join(str(v) for v in (facts.zorgraad, facts.werkjaar) if v)
    run = f", controle {report.run['id']}" if report.run.get("id") else ""
    title = f"{CONTROL_TITLE}{' ' + who if who else ''} ({visible(report.workbook)}), {date.today():%d/%m/%Y}{run}"
    ws.write_string(0, 0, _safe(title), fmt({"bold": True, "font_size": 14}))
    ws.write_string(1, 0, _safe(verdict(report)), fmt({"bold": True, "font_size": 12, "font_color": red if not report.ok else "#375623"}))
    help_text = (
        "Klik op een cel in kolom C om naar die cel te springen. Cellen met een bevinding zijn gekleurd "
        "(rood: fout, oranje: waarschuwing, blauw: info) en hebben een notitie met de uitleg."
    )
    if report.ruleset is not None:
        help_text += (
            f" Gecontroleerd met de regels van {report.ruleset.id}; indienen uiterlijk {report.ruleset.deadline} "
            f"bij {report.ruleset.departement_email}."
        )
    if report.checked_copy:
        help_text += " De gecontroleerde werkmap was zelf een gecontroleerde kopie; de markeringen van toen zijn vervangen."
    for notice in notices:
        help_text += " " + notice
    ws.write_string(2, 0, help_text, fmt({"italic": True, "font_color": red if notices else "#404040"}))
    headers = CONTROL_HEADERS
    last_col = len(headers) - 1
    side = last_col + 2  # the counts and the chart, right of the list
    # A filter of the findings hides whole rows: the counts, the chart's data and the chart stand in rows
    # above the list's header row, the panels below its last row.
    for j, h in enumerate(["Blad", "Fouten", "Waarschuwingen", "Info"]):
        ws.write_string(CONTROL_SIDE_ROW, side + j, h, head)
    row = CONTROL_SIDE_ROW
    for sheet, counts in report.counts_per_sheet().items():
        row += 1
        ws.write_string(row, side, _safe(sheet))
        for j, sev in enumerate(("error", "warning", "info"), start=1):
            ws.write_number(row, side + j, counts[sev])
    row += 1
    ws.write_string(row, side, "Totaal", bold)
    for j, sev in enumerate(("error", "warning", "info"), start=1):
        ws.write_number(row, side + j, report.counts[sev], bold)
    for j, width in enumerate((20, 9, 16, 7)):
        ws.set_column(side + j, side + j, width)

    # the rule set's chart (e.g. capacity A against B..F stacked): its data as a small table
    spec = report.facts.chart()
    chart = None
    if spec is not None:
        row += 2
        ws.write_string(row, side, _safe(spec.title), bold)
        top_row = row + 1
        right = fmt({"bold": True, "align": "right"})
        number = fmt({"num_format": "0.00"})
        for j, (series, _) in enumerate(spec.series, start=1):
            ws.write_string(top_row, side + j, _safe(series), right)
        for i, category in enumerate(spec.categories, start=1):
            ws.write_string(top_row + i, side, _safe(category))
        for j, (_, values) in enumerate(spec.series, start=1):
            for i, value in enumerate(values, start=1):
                if value is not None:
                    ws.write_number(top_row + i, side + j, float(value), number)
        chart = book.add_chart({"type": "bar", "subtype": "stacked"})
        last = top_row + len(spec.categories)
        for j in range(1, len(spec.series) + 1):
            chart.add_series({
                "name": [name, top_row, side + j],
                "categories": [name, top_row + 1, side, last, side],
                "values": [name, top_row + 1, side + j, last, side + j],
                "overlap": 100,
            })
        chart.set_title({"name": spec.title})
        chart.set_x_axis({"name": spec.axis or None, "major_gridlines": {"visible": False}})
        chart.set_legend({"position": "bottom"})
        chart.show_hidden_data()  # a user's own hiding of these rows does not empty the chart
        row = last
    header_row = row + 2

    for j, h in enumerate(headers):
        ws.write_string(header_row, j, h, head)
    r = header_row
    for f in report.findings:
        r += 1
        ws.write_string(r, 0, SEVERITY_LABEL[f.severity], sev_fmt[f.severity])
        ws.write_string(r, 1, _safe(f.sheet or "werkmap"), top)
        where, target = _where(sheet_names, f)
        if target and len(target) < 255:
            ws.write_url(r, 2, "internal:" + target, link, string=where)
        else:
            ws.write_string(r, 2, where, top)
        # the row's title (fiche, group, event, action): filter on it to see one fiche's findings
        title = getattr(f, "row_title", None)
        if title:
            ws.write_string(r, 3, _safe(str(title)), wrap)
        ws.write_string(r, 4, f.rule, top)
        ws.write_string(r, 5, _safe(f.message), wrap)
        # spreadsheet programs do not grow a row for wrapped text on their own: give it its height
        lines = sum(1 + len(part) // MESSAGE_CHARS_PER_LINE for part in f.message.split("\n"))
        lines = max(lines, 1 + len(str(title or "")) // TITLE_CHARS_PER_LINE)
        if lines > 1:
            ws.set_row(r, 15 * min(lines, 27))
    if not report.findings:
        r += 1
        ws.write_string(r, 0, "Geen bevindingen: de werkmap volgt het sjabloon en alle regels.")
    ws.freeze_panes(header_row + 1, 0)
    if report.findings:
        ws.autofilter(header_row, 0, r, last_col)
    for j, width in enumerate((15, 20, 10, TITLE_WIDTH, 26, MESSAGE_WIDTH)):
        ws.set_column(j, j, width)
    ws.set_column(last_col + 1, last_col + 1, 3)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(header_row)
    ws.set_tab_color(red if not report.ok else "#70AD47")
    row = r + 2
    if chart is not None:
        # right of its data, in the rows above the list's header (a filter hides none of them; LibreOffice
        # shrinks a chart over hidden rows whatever its anchor says), as high as those rows
        chart.set_size({"width": CHART_WIDTH, "height": (header_row - CONTROL_SIDE_ROW) * ROW_PIXELS})
        ws.insert_chart(CONTROL_SIDE_ROW, side + len(spec.series) + 2, chart, {"object_position": 3})
    # below the list and the chart: the rule set's panels that have rows for a sheet (e.g. the comparison with last year)
    title_fmt, two_decimals = fmt({"bold": True, "font_size": 12}), fmt({"num_format": "0.00"})
    for panel in report.panels:
        for kind, cells in panel.rows:
            for j, value in enumerate(cells):
                if value is None or value == "":
                    continue
                style = title_fmt if kind == "title" else bold if kind == "head" else None
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    ws.write_number(row, side + j, float(value), two_decimals)
                else:
                    ws.write_string(row, side + j, _safe(str(value)), style)
            row += 1
        row += 1 if panel.rows else 0
    book.close()
    return buf.getvalue()


def _plot_hidden_cells(chart_xml: bytes) -> bytes:
    """The chart plots its data also where rows are hidden, said explicitly: xlsxwriter's
    show_hidden_data() only leaves plotVisOnly out, which leaves each reader to its own default."""
    ns = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    root = etree.fromstring(chart_xml)
    chart = root.find(f"{{{ns}}}chart")
    flag = chart.find(f"{{{ns}}}plotVisOnly")
    if flag is None:
        flag = etree.Element(f"{{{ns}}}plotVisOnly")
        after = [el for el in chart if etree.QName(el).localname in ("title", "autoTitleDeleted", "pivotFmts", "view3D",
                                                                     "floor", "sideWall", "backWall", "plotArea", "legend")]
        chart.insert(chart.index(after[-1]) + 1 if after else 0, flag)
    flag.set("val", "0")
    return _serialize(root)


def _add_control_sheet(pkg: Package, book: Book, report: Report, state) -> None:
    """Transplant the scratch package's sheet, drawing and chart into ``pkg`` as its first sheet."""
    name = _control_name(book)
    sheet_names = {n for n, _, _ in book.sheets()}
    notices = _notices(pkg) + getattr(pkg, "kept_notices", [])
    scratch = zipfile.ZipFile(io.BytesIO(control_package(report, name, sheet_names, notices)))
    parse = lambda n: etree.fromstring(scratch.read(n), _PARSER)  # noqa: E731
    styles_part = book.styles_part()
    styles = Styles(pkg, styles_part)
    style_map = _transplant_styles(pkg, styles, parse("xl/styles.xml"))
    strings = []
    if "xl/sharedStrings.xml" in scratch.namelist():
        strings = [si for si in parse("xl/sharedStrings.xml") if local(si) == "si"]

    sheet_part = pkg.free_name("xl/worksheets/sheet{}.xml")
    sheet = parse("xl/worksheets/sheet1.xml")
    for c in sheet.iter(q("c")):
        if c.get("s") is not None:
            c.set("s", str(style_map.get(int(c.get("s")), 0)))
        if c.get("t") == "s":  # inline strings: the shared strings of the workbook stay as they are
            v = c.find(q("v"))
            si = strings[int(v.text)]
            c.remove(v)
            c.set("t", "inlineStr")
            inline = etree.SubElement(c, q("is"))
            for part in si:
                inline.append(copy.deepcopy(part))
    for el in list(sheet.iter(q("row"))) + list(sheet.iter(q("col"))):
        for attr in ("s", "style"):
            if el.get(attr) is not None:
                el.set(attr, str(style_map.get(int(el.get(attr)), 0)))
    view = sheet.find(f"{q('sheetViews')}/{q('sheetView')}")
    if view is not None:
        view.set("tabSelected", "1")
    digest = _content_digest(_values(sheet, None))  # what we wrote: a re-check sees whether the user added to it
    pkg.put_xml(sheet_part, sheet)
    book.types.override(sheet_part, CT_WORKSHEET)
    added = [sheet_part]

    # the drawing and its chart, renamed to free names
    if "xl/worksheets/_rels/sheet1.xml.rels" in scratch.namelist():
        drawing_part = pkg.free_name("xl/drawings/drawing{}.xml")
        chart_part = pkg.free_name("xl/charts/chart{}.xml")
        sheet_rels = Rels(pkg, sheet_part)
        rid = sheet_rels.add("http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", drawing_part)
        drawing_el = sheet.find(q("drawing"))
        drawing_el.set(q("id", NS_R), rid)
        pkg.put(drawing_part, scratch.read("xl/drawings/drawing1.xml"))
        drawing_rels = Rels(pkg, drawing_part)
        drawing_rels.add("http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart", chart_part)
        first_rid = drawing_rels.root[0].get("Id")
        scratch_rid = etree.fromstring(scratch.read("xl/drawings/_rels/drawing1.xml.rels"))[0].get("Id")
        if first_rid != scratch_rid:
            drawing_rels.root[0].set("Id", scratch_rid)
        pkg.put(chart_part, _plot_hidden_cells(scratch.read("xl/charts/chart1.xml")))
        book.types.override(drawing_part, "application/vnd.openxmlformats-officedocument.drawing+xml")
        book.types.override(chart_part, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
        added += [drawing_part, chart_part]

    # the workbook: our sheet first and active; names local to a sheet follow their sheet
    rid = book.rels.add(REL_WORKSHEET, sheet_part)
    ids = [int(el.get("sheetId", "0")) for _, _, el in book.sheets()]
    el = etree.Element(q("sheet"), name=name, sheetId=str(max(ids, default=0) + 1))
    el.set(q("id", NS_R), rid)
    sheets_el = book.sheets_el
    sheets_el.insert(0, el)
    names = book.root.find(q("definedNames"))
    for dn in names if names is not None else []:
        if dn.get("localSheetId") is not None and dn.get("localSheetId").isdigit():
            dn.set("localSheetId", str(int(dn.get("localSheetId")) + 1))
    scratch_book = parse("xl/workbook.xml")
    scratch_names = scratch_book.find(q("definedNames"))
    if scratch_names is not None and len(scratch_names):
        if names is None:
            names = etree.Element(q("definedNames"))
            insert_in_order(book.root, names, WORKBOOK_ORDER)
            state.set("namen-gemaakt", "1")
        for i, dn in enumerate(scratch_names):
            names.insert(i, copy.deepcopy(dn))
    had_names = names is not None
    _set_mark(book, 0, KIND_CONTROL, digest)
    if not had_names:
        state.set("namen-gemaakt", "1")
    views = book.root.find(q("bookViews"))
    view = views.find(q("workbookView")) if views is not None else None
    if view is not None:
        for attr, key in (("activeTab", "actief-blad"), ("firstSheet", "eerste-blad")):
            state.set(key, view.get(attr) if view.get(attr) is not None else "")
        view.set("activeTab", "0")
        if view.get("firstSheet") is not None:
            view.set("firstSheet", "0")
    book.changed()
    selected = []
    for sheet_name, part, _ in book.sheets()[1:]:
        if part and pkg.exists(part) and part.endswith(".xml"):
            try:
                if _edit_sheet(pkg, sheet_name, part, head_only=True).selected(False):
                    selected.append(sheet_name)
            except etree.XMLSyntaxError:
                continue
    for sheet_name in selected:
        etree.SubElement(state, q("geselecteerd", STATE_NS), blad=sheet_name)
    state.set("controle", name)
    for part in added:
        etree.SubElement(state, q("deel", STATE_NS), naam=part)


def _transplant_styles(pkg: Package, styles: Styles, scratch) -> dict[int, int]:
    """Append the scratch workbook's cell formats (with their fonts, fills, borders and number
    formats) to ``styles``; returns scratch index -> index in the target."""
    root = styles.root

    def items(parent_tag: str, tag: str, target_root) -> list:
        parent = target_root.find(q(parent_tag))
        return [] if parent is None else [el for el in parent if local(el) == tag]

    def append(parent_tag: str, el) -> int:
        """Find or append (never renumber): fonts and borders of our sheet, once however often we check."""
        parent = child(root, parent_tag, STYLES_ORDER, create=True)
        existing = [x for x in parent if local(x) == local(el)]
        key = _canon(el)
        for i, x in enumerate(existing):
            if _canon(x) == key:
                return i
        parent.append(copy.deepcopy(el))
        parent.set("count", str(len(existing) + 1))
        return len(existing)

    fonts = items("fonts", "font", scratch)
    fills = items("fills", "fill", scratch)
    borders = items("borders", "border", scratch)
    numfmts = {int(el.get("numFmtId")): el.get("formatCode") for el in items("numFmts", "numFmt", scratch)}
    target_fmts = {int(el.get("numFmtId")): el.get("formatCode") for el in items("numFmts", "numFmt", root)}
    font_map: dict[int, int] = {}
    fill_map: dict[int, int] = {}
    border_map: dict[int, int] = {}
    fmt_map: dict[int, int] = {}
    out = {}
    for i, xf in enumerate(items("cellXfs", "xf", scratch)):
        new = copy.deepcopy(xf)
        f = int(xf.get("fontId", "0"))
        if f not in font_map:
            font_map[f] = append("fonts", fonts[f])
        new.set("fontId", str(font_map[f]))
        f = int(xf.get("fillId", "0"))
        if f not in fill_map:
            fill_map[f] = styles.fill_id(fills[f])
        new.set("fillId", str(fill_map[f]))
        f = int(xf.get("borderId", "0"))
        if f not in border_map:
            border_map[f] = append("borders", borders[f])
        new.set("borderId", str(border_map[f]))
        n = int(xf.get("numFmtId", "0"))
        if n in numfmts:
            if n not in fmt_map:
                code = numfmts[n]
                found = next((k for k, v in target_fmts.items() if v == code), None)
                if found is None:
                    found = max([163, *target_fmts]) + 1
                    block = child(root, "numFmts", STYLES_ORDER, create=True)
                    etree.SubElement(block, q("numFmt"), numFmtId=str(found), formatCode=code)
                    block.set("count", str(len(block)))
                    target_fmts[found] = code
                fmt_map[n] = found
            new.set("numFmtId", str(fmt_map[n]))
        new.set("xfId", "0")
        out[i] = styles.add_xf(new)
    pkg.changed(styles.part)
    return out


# --------------------------------------------------------------------------- our state


STYLE_BLOCKS = ("numFmts", "fonts", "fills", "borders", "cellXfs")


def _styles_before(pkg: Package, book: Book, state):
    """Record how long each list of styles.xml was before we appended to it."""
    part = book.styles_part()
    root = pkg.xml(part)
    record = etree.SubElement(state, q("stijlen", STATE_NS), deel=part)
    for tag in STYLE_BLOCKS:
        block = root.find(q(tag))
        record.set(tag, "x" if block is None else f"{len(block)}:{block.get('count', '')}")
    return record


def _undo_styles(pkg: Package, record, digest_now: str | None) -> None:
    """Take our appended styles out again, when styles.xml is exactly as we wrote it."""
    if record is None or digest_now is None or record.get("na") != digest_now:
        return
    root = pkg.xml(record.get("deel"))
    for tag in STYLE_BLOCKS:
        spec = record.get(tag)
        block = root.find(q(tag))
        if spec is None or block is None:
            continue
        if spec == "x":
            root.remove(block)
            continue
        n, _, count = spec.partition(":")
        for extra in list(block)[int(n):]:
            block.remove(extra)
        if count:
            block.set("count", count)
        else:
            block.attrib.pop("count", None)
    pkg.changed(record.get("deel"))


ORIGINAL_LIMIT = 1_000_000  # parts up to this size are kept as they were, to be put back byte for byte


def _write_state(pkg: Package, book: Book, state) -> None:
    # every part of the user's we changed, as it was: an undo of an unchanged copy gives it back
    # byte for byte (lxml writes the same XML, but not always the same bytes: attribute order,
    # empty elements)
    before = getattr(pkg, "before", {})
    gone = getattr(pkg, "gone_before", set())
    for name in sorted(pkg.dirty):
        if name in pkg.removed or name in gone:
            continue
        if name in before:
            original = before[name]
        elif name in pkg.infos:
            if pkg.infos[name].file_size > ORIGINAL_LIMIT:
                continue  # (not read: a big sheet is never whole in memory)
            original = pkg.zip.read(name)
        else:
            continue  # a part of ours
        if len(original) > ORIGINAL_LIMIT:
            continue
        el = etree.SubElement(state, q("origineel", STATE_NS), deel=name, na=hashlib.sha256(pkg.read(name)).hexdigest())
        el.text = base64.b64encode(zlib.compress(original, 6)).decode("ascii")
    item = pkg.free_name("customXml/item{}.xml")
    number = re.search(r"(\d+)\.xml$", item).group(1)
    props = f"customXml/itemProps{number}.xml"
    pkg.put_xml(item, state)
    pkg.put_xml(props, etree.fromstring(
        f'<ds:datastoreItem xmlns:ds="{NS_DS}" ds:itemID="{{{str(uuid.uuid4()).upper()}}}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{STATE_NS}"/></ds:schemaRefs></ds:datastoreItem>'.encode()
    ))
    Rels(pkg, item).add(REL_CUSTOM_XML_PROPS, props)
    book.rels.add(REL_CUSTOM_XML, item)
    book.types.override(props, CT_CUSTOM_XML_PROPS)
    if book.types.default("xml", "application/xml"):
        book.added_defaults.add("xml")
    if book.added_defaults:
        state.set("types", " ".join(sorted(book.added_defaults)))


def _big_stream(pkg: Package, name: str) -> bool:
    """A part written as a stream whose bytes are too many to keep as they were (ORIGINAL_LIMIT)."""
    if name not in pkg.streams:
        return False
    size = len(pkg.new[name]) if name in pkg.new else (pkg.infos[name].file_size if name in pkg.infos else 0)
    return size > ORIGINAL_LIMIT


def _find_state(pkg: Package) -> tuple[Any, str | None]:
    for name in pkg.order:
        if name.startswith("customXml/item") and name.endswith(".xml") and "Props" not in name and pkg.exists(name):
            try:
                root = pkg.xml(name)
            except etree.XMLSyntaxError:
                continue
            if root.tag == q("annotaties", STATE_NS):
                return root, name
    return None, None


def _looks_like_control(pkg: Package, book: Book, part: str) -> bool:
    """Our Controle sheet: A1 starts with our title and a row below it holds our headers."""
    sheet = Sheet(pkg, "", part)
    strings = None

    def value(row: int, col: int) -> str:
        nonlocal strings
        c = sheet.cell(row, col)
        if c is None:
            return ""
        if c.get("t") == "inlineStr":
            return "".join(t.text or "" for t in c.iter(q("t")))
        v = c.find(q("v"))
        if v is None:
            return ""
        if c.get("t") == "s":
            if strings is None:
                strings = _shared_strings(pkg, book)
            i = int(v.text or -1)
            return strings[i] if 0 <= i < len(strings) else ""
        return v.text or ""

    # (the list's first columns: a copy of an earlier version had no Rij column; its header stood in row 4,
    # now below the counts and the chart's data)
    return value(1, 1).startswith(CONTROL_TITLE) and any(
        [value(r, c) for c in range(1, 4)] == CONTROL_HEADERS[:3] for r in range(4, CONTROL_HEADER_MAX_ROW + 1)
    )


def _shared_strings(pkg: Package, book: Book) -> list[str]:
    found = book.rels.of_type("http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings")
    if not found or not pkg.exists(found[0][1]):
        return []
    out = []
    for si in pkg.xml(found[0][1]):
        out.append("".join(t.text or "" for t in si.iter(q("t")) if local(t.getparent()) in ("si", "r")))
    return out


# --------------------------------------------------------------------------- our sheets, and the user's text on them
#
# Our Controle sheet carries a mark that names it ours whatever the user calls it: a name defined
# for that sheet alone (:data:`SHEET_MARK`), whose value says what kind of sheet it is and a digest
# of what we wrote on it. Excel, LibreOffice (which shows it, no longer hidden, among the names) and
# openpyxl keep such a name with its sheet through a rename and a save; our custom XML part, which
# openpyxl drops, is not needed to recognise the sheet. Text the user typed on our sheet is never
# thrown away: a re-check keeps that old sheet (as "Controle (uw notities)", or under the name the
# user gave it) after the new Controle sheet, and only the mail's attachment leaves it out.

SHEET_MARK = "_actieplan_blad"
KIND_CONTROL = "controle"  # the Controle sheet of a check: replaced at the next check
KIND_NOTES = "notities"  # an earlier Controle sheet with the user's own text: kept in the copy
NOTES_SHEET = "Controle (uw notities)"
GAP_COLUMN = len(CONTROL_HEADERS) + 1  # 1-based: the empty column between the list and the counts


@dataclass
class OwnSheet:
    """A sheet of ours in a workbook we check again, and what the user wrote on it."""

    name: str
    kind: str
    digest: str | None  # of what we wrote, from the mark (None: a copy without one)
    user_cells: list[str] = field(default_factory=list)  # where the user's text is, as far as known
    messages: list[tuple[str, str]] = field(default_factory=list)  # (rule, message) of each finding listed on it
    changed: bool = False  # the user wrote on it: it is kept in the copy
    kept_as: str | None = None  # its name in the new copy


def _cell_value(c, strings: list[str] | None) -> str | None:
    """A cell's content as text, the same whoever saved it (inline or shared string, number
    written to 12 digits); a formula is '=' and its text. None for an empty cell."""
    f = c.find(q("f"))
    if f is not None:
        return "=" + (f.text or "")
    kind = c.get("t")
    if kind == "inlineStr":
        text = "".join(t.text or "" for t in c.iter(q("t")) if local(t.getparent()) in ("is", "r"))
        return text or None
    v = c.find(q("v"))
    if v is None or v.text is None or v.text == "":
        return None
    if kind == "s":
        i = int(v.text) if v.text.strip().isdigit() else -1
        return (strings[i] if strings is not None and 0 <= i < len(strings) else None) or None
    if kind in (None, "n"):
        try:
            return format(float(v.text), ".12g")
        except ValueError:
            return v.text
    return v.text


def _values(root, strings: list[str] | None) -> dict[tuple[int, int], str]:
    """Every non-empty cell of a worksheet element: (row, column) -> its content as text."""
    out: dict[tuple[int, int], str] = {}
    data = root.find(q("sheetData"))
    last_row = 0
    for row in data.iterchildren(ROW_TAG) if data is not None else []:
        last_row = int(row.get("r")) if row.get("r") else last_row + 1
        for col, c in Sheet.cells(row).items():
            value = _cell_value(c, strings)
            if value is not None:
                out[(last_row, col)] = value
    return out


def _content_digest(values: dict[tuple[int, int], str]) -> str:
    """A digest of a sheet's content that sorting or filtering the list of findings leaves alone:
    the rows, each as its columns and values, in sorted order."""
    rows: dict[int, list[tuple[int, str]]] = {}
    for (r, c), value in values.items():
        rows.setdefault(r, []).append((c, value))
    lines = sorted(repr(sorted(cells)) for cells in rows.values())
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _mark_value(kind: str, digest: str | None = None) -> str:
    return '"' + (f"{kind} {digest}" if digest else kind) + '"'


def _set_mark(book: Book, index: int, kind: str, digest: str | None = None) -> None:
    """Our mark on the sheet at ``index`` (replacing one it has)."""
    names = book.root.find(q("definedNames"))
    if names is None:
        names = etree.Element(q("definedNames"))
        insert_in_order(book.root, names, WORKBOOK_ORDER)
    for dn in list(names):
        if dn.get("name") == SHEET_MARK and dn.get("localSheetId") == str(index):
            names.remove(dn)
    el = etree.SubElement(names, q("definedName"), name=SHEET_MARK, localSheetId=str(index), hidden="1")
    el.text = _mark_value(kind, digest)
    book.changed()


def _marks(book: Book) -> dict[int, tuple[str, str | None]]:
    """sheet index -> (kind, digest) of every sheet with our mark."""
    names = book.root.find(q("definedNames"))
    out = {}
    for dn in names if names is not None else []:
        local_id = dn.get("localSheetId")
        if dn.get("name") != SHEET_MARK or local_id is None or not local_id.isdigit():
            continue
        words = (dn.text or "").strip().strip('"').split()
        if words and words[0] in (KIND_CONTROL, KIND_NOTES):
            out[int(local_id)] = (words[0], words[1] if len(words) > 1 else None)
    return out


def _own_sheets(pkg: Package, book: Book, state) -> list[OwnSheet]:
    """Our sheets in the workbook: those with our mark; in a copy of an earlier version (no mark),
    the Controle sheet the state names or, without state, one called Controle... that looks like
    ours (a user's own sheet of that name is never taken for ours)."""
    entries = book.sheets()
    found = [
        OwnSheet(entries[i][0], kind, digest)
        for i, (kind, digest) in sorted(_marks(book).items())
        if i < len(entries) and entries[i][1] and pkg.exists(entries[i][1])
    ]
    if any(s.kind == KIND_CONTROL for s in found):
        return found
    names = {n: p for n, p, _ in entries if p and pkg.exists(p)}
    marked = {s.name for s in found}
    legacy = state.get("controle") if state is not None else None
    if legacy in names and legacy not in marked and _looks_like_control(pkg, book, names[legacy]):
        return found + [OwnSheet(legacy, KIND_CONTROL, None)]
    for name, part in names.items():
        if name in marked or not name.lower().startswith(CONTROL_SHEET.lower()):
            continue
        if _looks_like_control(pkg, book, part):
            return found + [OwnSheet(name, KIND_CONTROL, None)]
    return found


def _read_user_text(pkg: Package, book: Book, own: OwnSheet, strings: list[str]) -> None:
    """Whether the user wrote on our sheet, and where: the digest of what we wrote says whether;
    the cells we never write (the empty column G, rows 4 to the header left of the counts, right
    of the list in its rows, below it in columns A to F, any formula) say where. Without a digest
    (a copy of an earlier version) only those cells count."""
    values = _values(Sheet(pkg, own.name, book.sheet_part(own.name)).root, strings)
    header = next((r for r in range(4, CONTROL_HEADER_MAX_ROW + 1)
                   if [values.get((r, c), "") for c in range(1, 4)] == CONTROL_HEADERS[:3]), None)
    labels = set(SEVERITY_LABEL.values())
    last = header or 0
    while header and (values.get((last + 1, 1)) in labels or (last == header and (last + 1, 1) in values)):
        last += 1
    rule_col, message_col = CONTROL_HEADERS.index("Regel") + 1, CONTROL_HEADERS.index("Melding") + 1
    own.messages = [(values[(r, rule_col)], values[(r, message_col)]) for r in range((header or 0) + 1, last + 1)
                    if header and (r, rule_col) in values and (r, message_col) in values]
    cells = []
    for (r, c), value in sorted(values.items()):
        ours = (
            (r <= 3 and c == 1)
            or (header is not None and header <= r <= last and c <= len(CONTROL_HEADERS))
            or (c > GAP_COLUMN and not (header is not None and header <= r <= last))
        )
        if value.startswith("=") or not ours:
            cells.append(coordinate(r, c))
    own.user_cells = cells
    own.changed = bool(cells) or (own.digest is not None and _content_digest(values) != own.digest)


def _our_texts(state, own_found: list[OwnSheet]) -> OurTexts:
    """The messages an earlier check wrote: every note its state records, and the rows (rule,
    message) of its Controle sheet, which other programs keep where they drop the state."""
    known = OurTexts()
    for record in state.iter(q("cel", STATE_NS)) if state is not None else []:
        if record.get("notitie"):
            known.add_note(record.get("notitie"))
    for own in own_found:
        if own.kind == KIND_CONTROL:
            for rule, message in own.messages:
                known.add_message(rule, message)
    return known


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _retarget(text: str, old: str, new: str) -> str:
    """A formula's references to sheet ``old`` made references to sheet ``new``."""
    pattern = re.escape(_quoted(old)) + "!"
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", old):
        pattern = f"(?:{pattern}|(?<![A-Za-z0-9_.'!]){re.escape(old)}!)"
    return re.sub(pattern, lambda m: _quoted(new) + "!", text)


def _rename_sheet(pkg: Package, book: Book, old: str, new: str) -> None:
    """Rename a sheet of ours, with the references to it in the workbook's names and in its charts."""
    part = None
    for name, p, el in book.sheets():
        if name == old:
            el.set("name", new)
            part = p
    names = book.root.find(q("definedNames"))
    for dn in names if names is not None else []:
        if dn.text and dn.get("name") != SHEET_MARK:
            dn.text = _retarget(dn.text, old, new)
    book.changed()
    ns_c = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    for _, kind, drawing in Rels(pkg, part).items() if part else []:
        if not kind.endswith("/drawing") or not pkg.exists(drawing):
            continue
        for _, kind2, chart in Rels(pkg, drawing).items():
            if not kind2.endswith("/chart") or not pkg.exists(chart):
                continue
            root = pkg.xml(chart)
            for f in root.iter(f"{{{ns_c}}}f"):
                if f.text:
                    f.text = _retarget(f.text, old, new)
            pkg.changed(chart)


def _notes_name(book: Book, own: OwnSheet) -> str:
    """The kept sheet's name: the user's own name for it, else 'Controle (uw notities)' (free)."""
    taken = {n.lower() for n, _, _ in book.sheets() if n != own.name}
    if not own.name.lower().startswith(CONTROL_SHEET.lower()) and own.name.lower() not in taken:
        return own.name
    name, n = NOTES_SHEET, 1
    while name.lower() in taken:
        n += 1
        name = f"{CONTROL_SHEET} (uw notities {n})"
    return name


def _cells_text(cells: list[str], limit: int = 8) -> str:
    shown = ", ".join(cells[:limit])
    return shown + (f" en nog {len(cells) - limit}" if len(cells) > limit else "")


def kept_notice(own: OwnSheet) -> str:
    """Dutch: where the user's text on our old sheet went in the new copy."""
    where = f" ({_cells_text(own.user_cells)})" if own.user_cells else ""
    return (
        f"Op het blad '{visible(own.name)}' van de vorige controle stond eigen tekst{where}. Dat blad is bewaard als "
        f"'{visible(own.kept_as)}', na het nieuwe blad Controle: neem over wat u nog nodig hebt. Het gaat nooit mee "
        "in de bijlage voor het departement."
    )


def mixed_notice(cells: list[str]) -> str:
    """Dutch: notes of ours the user typed inside are kept whole as the user's own notes."""
    where = ", ".join(visible(c) for c in cells[:10]) + (f" en nog {len(cells) - 10}" if len(cells) > 10 else "")
    one = len(cells) == 1
    return (
        f"{'De notitie' if one else 'De notities'} op {where} {'bevat' if one else 'bevatten'} tekst die u typte in een "
        f"melding van de vorige controle, of een melding die u wijzigde. {'Ze blijft' if one else 'Ze blijven'} "
        "helemaal staan als uw eigen notitie: in de gecontroleerde kopie met de nieuwe melding eronder, in de bijlage van "
        "het e-mailconcept zonder. Haal de oude melding zelf weg als u ze niet meer nodig hebt."
    )


def left_out_notice(own: OwnSheet) -> str:
    """Dutch: the user's text on a sheet of ours does not go to the department."""
    where = f" ({_cells_text(own.user_cells)})" if own.user_cells else ""
    return (
        f"Het blad '{visible(own.name)}' is een blad van de controle, met eigen tekst{where}: het gaat niet mee in de "
        "bijlage van het e-mailconcept. Wat het departement moet lezen, zet u op de bladen van het sjabloon."
    )


# --------------------------------------------------------------------------- undoing our marks


def strip_annotations(
    pkg: Package, book: Book, keep_notes: bool = False, own: list[OwnSheet] | None = None, mixed: list[str] | None = None
) -> bool:
    """Undo a previous annotation in the package: fills and notes back, our sheet and state gone.

    A fill or note is only put back where it is still ours: what the user changed after the
    check stays as they left it. Our Controle sheet goes, unless the user wrote on it and
    ``keep_notes`` (the new copy): then it stays, renamed and marked as notes (an earlier such
    sheet stays too). Without ``keep_notes`` (the attachment) every sheet of ours goes. ``own``
    receives our sheets found, with what the user wrote on them; ``mixed`` the cells ('Blad!E9')
    whose note holds text the user typed inside ours, kept whole as the user's note. Returns
    whether the package was annotated.
    """
    state, state_part = _find_state(pkg)
    styles_record = state.find(q("stijlen", STATE_NS)) if state is not None else None
    styles_digest = None
    if styles_record is not None and pkg.exists(styles_record.get("deel", "")) and styles_record.get("deel") not in pkg.trees:
        styles_digest = hashlib.sha256(pkg.read(styles_record.get("deel"))).hexdigest()
    originals = {}
    for el in state.iter(q("origineel", STATE_NS)) if state is not None else []:
        name = el.get("deel")
        if name in pkg.infos and name not in pkg.trees and hashlib.sha256(pkg.zip.read(name)).hexdigest() == el.get("na"):
            try:
                originals[name] = zlib.decompress(base64.b64decode(el.text or ""))
            except (ValueError, zlib.error):
                continue
    own_found = _own_sheets(pkg, book, state)
    legacy = next((n for n, _, el in book.sheets() if n == LEGACY_STATE_SHEET and el.get("state") == "veryHidden"), None)
    if state is None and not own_found and legacy is None and not _has_our_notes(pkg):
        return False
    strings = _shared_strings(pkg, book) if own_found else []
    for sheet in own_found:
        _read_user_text(pkg, book, sheet, strings)
    known = _our_texts(state, own_found)
    if own is not None:
        own.extend(own_found)
    # the Controle sheet goes now; a sheet kept for the user's text is renamed (and goes after the
    # views are restored, in the attachment: the state counted it as one of the workbook's sheets)
    drop = [s.name for s in own_found if s.kind == KIND_CONTROL and not (keep_notes and s.changed)]
    later = [s.name for s in own_found if s.name not in drop and not keep_notes]
    kept = [s for s in own_found if s.kind == KIND_CONTROL and keep_notes and s.changed]
    ours = set(s.name for s in own_found) | {legacy}
    names = {n: p for n, p, _ in book.sheets() if p and pkg.exists(p)}
    styles = Styles(pkg, book.styles_part())
    sheets: dict[str, Sheet] = {}
    notes: dict[str, Notes] = {}

    def sheet_of(name: str) -> Sheet | None:
        if name not in names or name in ours:
            return None
        if name not in sheets:
            sheets[name] = _edit_sheet(pkg, name, names[name])
            notes[name] = Notes(sheets[name], book)
        return sheets[name]

    for record in state.iter(q("cel", STATE_NS)) if state is not None else []:  # rows read together
        sheet = sheet_of(record.get("blad"))
        if sheet is not None and _REF.match(record.get("cel") or ""):
            sheet.expect([split_ref(record.get("cel"))[0]])

    restored: set[tuple[str, str]] = set()
    spans_done: set[tuple[str, int]] = set()
    own_fills = {el.get("stijl"): el.text for el in state.iter(q("opvulling", STATE_NS))} if state is not None else {}
    created_notes: dict[str, tuple[bool, bool]] = {}
    for record in state if state is not None else []:
        kind = local(record)
        if kind == "blad":
            created_notes[record.get("naam")] = (bool(record.get("notities-gemaakt")), bool(record.get("vml-gemaakt")))
            sheet = sheet_of(record.get("naam"))
            dim = sheet.dimension if sheet is not None and record.get("eigen-dimensie") else None
            if dim is not None and dim.get("ref") == record.get("onze-dimensie"):
                dim.set("ref", record.get("eigen-dimensie"))
                sheet.changed()
        if kind != "cel":
            continue
        name, ref = record.get("blad"), record.get("cel")
        sheet = sheet_of(name)
        if sheet is None:
            continue
        restored.add((name, ref))
        _restore_cell(sheet, styles, record, split_ref(ref), own_fills, spans_done)
        note = record.get("notitie")
        if note is not None:
            if notes[name].strip(ref, note, int(record.get("toegevoegd", "0")), known) == "mixed" and mixed is not None:
                mixed.append(f"{name}!{ref}")
    # notes of ours the state does not name (moved with their row, or no state at all)
    for name in names:
        if name in ours or (name not in sheets and not Rels(pkg, names[name]).of_type(REL_COMMENTS)):
            continue
        sheet = sheet_of(name)
        if sheet is None:
            continue
        try:
            found = notes[name].ours()
        except etree.XMLSyntaxError:
            continue
        sheet.expect(split_ref(ref)[0] for ref in found if (name, ref) not in restored and _REF.match(ref))
        for ref, text in found.items():
            if (name, ref) in restored:
                continue
            if notes[name].strip(ref, None, known=known) == "mixed":
                if mixed is not None:
                    mixed.append(f"{name}!{ref}")
                continue  # the note is the user's now: so is the cell's fill
            _clear_our_fill(sheet, styles, split_ref(ref))
            if "(hele rij " in text:  # the other cells of a whole-row mark carry only the fill
                for col in sheet.row_columns(split_ref(ref)[0]):
                    if (name, coordinate(split_ref(ref)[0], col)) not in restored:
                        _clear_our_fill(sheet, styles, (split_ref(ref)[0], col))
    for name, (comments_made, vml_made) in created_notes.items():
        if name in notes and (comments_made or vml_made):
            notes[name].drop_if_empty(comments_made, vml_made)
    drop_names = state is None or state.get("namen-gemaakt") == "1"
    for sheet_name in [*drop, legacy]:
        if sheet_name:
            _remove_sheet(pkg, book, sheet_name, drop_names and not kept)
    positions = [i for i, (n, _, _) in enumerate(book.sheets()) if n in {s.name for s in kept}]
    for sheet in kept:
        index = next(i for i, (n, _, _) in enumerate(book.sheets()) if n == sheet.name)
        sheet.kept_as = _notes_name(book, sheet)
        if sheet.kept_as != sheet.name:
            _rename_sheet(pkg, book, sheet.name, sheet.kept_as)
        _set_mark(book, index, KIND_NOTES)
    if state is not None:
        views = book.root.find(q("bookViews"))
        view = views.find(q("workbookView")) if views is not None else None
        if view is not None:
            count = len(book.sheets())
            for attr, key in (("activeTab", "actief-blad"), ("firstSheet", "eerste-blad")):
                value = state.get(key)
                if value == "":
                    view.attrib.pop(attr, None)
                elif value is not None and value.isdigit():
                    # the state counted the user's sheets without the Controle sheet we kept
                    index = int(value) + sum(1 for k in positions if k <= int(value))
                    if index < count:
                        view.set(attr, str(index))
        for el in state.iter(q("geselecteerd", STATE_NS)):
            sheet = sheet_of(el.get("blad"))
            if sheet is not None:
                sheet.selected(True)
        _remove_part_tree(pkg, book, state_part)
        for rid, kind, target in book.rels.items():
            if target == state_part:
                book.rels.remove(rid)
        for ext in (state.get("types") or "").split():
            if not any(n.lower().endswith("." + ext) for n in pkg.order if pkg.exists(n)):
                book.types.drop_default(ext)
    for sheet_name in later:
        _remove_sheet(pkg, book, sheet_name, drop_names)
    _undo_run_properties(pkg, book, state)
    if state is None or later:
        _ensure_one_selected(pkg, book)
    if not kept:
        _undo_styles(pkg, styles_record, styles_digest)  # (a kept sheet still uses our styles)
    book.changed()
    for name, data in originals.items():  # untouched since we wrote them: exactly as they were
        if kept and name in (book.part, rels_name(book.part), "[Content_Types].xml", book.styles_part()):
            continue  # (the kept sheet is in them now)
        pkg.put(name, data)
    return True


def _restore_cell(sheet: Sheet, styles: Styles | None, record, at: tuple[int, int], own_fills: dict[str, str],
                  spans_done: set[tuple[str, int]] | None = None) -> None:
    cell = sheet.cell(*at)
    if cell is None or styles is None:
        return
    current = int(cell.get("s", "0"))
    if styles.fill_colour(current) != record.get("kleur"):
        return  # the user changed the fill after the check: theirs now
    ours = record.get("stijl")
    original = record.get("eigen-stijl")
    if ours is not None and str(current) == ours:
        # as we left it (same styles part): the cell's own format index back
        # a row's spans as the first mark in it found them (each later mark recorded the spans the one before it left)
        spans = record.get("eigen-spans")
        if spans is not None and spans_done is not None:
            if (sheet.name, at[0]) in spans_done:
                spans = None
            spans_done.add((sheet.name, at[0]))
        sheet.undo_cell(cell, at, original, spans, bool(record.get("gemaakt")), bool(record.get("rij-gemaakt")))
        return
    # another program rewrote the styles: the cell's present format with its own fill again
    fill_xml = record.get("eigen-opvulling") or own_fills.get(record.get("eigen-stijl") or "0")
    fill = etree.fromstring(fill_xml) if fill_xml else None
    cell.set("s", str(styles.with_fill(current, fill)))
    sheet.changed()


def _clear_our_fill(sheet: Sheet, styles: Styles | None, at: tuple[int, int]) -> None:
    """A mark of ours whose record is lost: its fill goes (the user's fill under it is unknown)."""
    cell = sheet.cell(*at)
    if cell is None or styles is None:
        return
    current = int(cell.get("s", "0"))
    if styles.fill_colour(current) in MARK_COLOURS.values():
        cell.set("s", str(styles.with_fill(current, None)))
        sheet.changed()


def _remove_part_tree(pkg: Package, book: Book, part: str | None, keep: set[str] | None = None) -> None:
    """Remove a part and every part only it refers to (its relationships followed)."""
    if not part or not pkg.exists(part):
        return
    rels = Rels(pkg, part)
    for _, kind, target in rels.items():
        if kind.endswith("/hyperlink") or target == part:
            continue
        _remove_part_tree(pkg, book, target)
    pkg.remove(part)
    if pkg.exists(rels.name):
        pkg.remove(rels.name)
    book.types.drop(part)


def _remove_sheet(pkg: Package, book: Book, name: str, drop_empty_names: bool = True) -> None:
    entries = book.sheets()
    index = next((i for i, (n, _, _) in enumerate(entries) if n == name), None)
    if index is None:
        return
    _, part, el = entries[index]
    rid = el.get(q("id", NS_R))
    el.getparent().remove(el)
    book.rels.remove(rid)
    _remove_part_tree(pkg, book, part)
    names = book.root.find(q("definedNames"))
    for dn in list(names) if names is not None else []:
        local_id = dn.get("localSheetId")
        if local_id is None or not local_id.isdigit():
            continue
        if int(local_id) == index:
            names.remove(dn)
        elif int(local_id) > index:
            dn.set("localSheetId", str(int(local_id) - 1))
    if names is not None and len(names) == 0 and drop_empty_names:
        book.root.remove(names)
    views = book.root.find(q("bookViews"))
    for view in views if views is not None else []:
        for attr in ("activeTab", "firstSheet"):
            value = view.get(attr)
            if value is not None and value.isdigit() and int(value) > index:
                view.set(attr, str(int(value) - 1))
    book.changed()


def _ensure_one_selected(pkg: Package, book: Book) -> None:
    """The active sheet is selected (else Excel shows no tab as chosen)."""
    entries = [(n, p, el) for n, p, el in book.sheets() if p and pkg.exists(p) and p.endswith(".xml")]
    if not entries:
        return
    views = book.root.find(q("bookViews"))
    view = views.find(q("workbookView")) if views is not None else None
    active = int(view.get("activeTab", "0")) if view is not None else 0
    if not 0 <= active < len(entries) or entries[active][2].get("state") in ("hidden", "veryHidden"):
        active = next((i for i, e in enumerate(entries) if e[2].get("state") in (None, "visible")), 0)
        if view is not None:
            view.set("activeTab", str(active))
    chosen = [_edit_sheet(pkg, n, p, head_only=True) for n, p, _ in entries]
    if not any(s.selected() for s in chosen):  # (a tree is only parsed where its bytes say tabSelected)
        chosen[active].selected(True)
