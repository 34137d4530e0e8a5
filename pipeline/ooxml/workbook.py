"""The workbook part: the one list of a workbook's sheets (name, sheetId, r:id, state, part),
read the same way by the read guard, the loader and the annotated copy, and :class:`Book`, the
workbook part of a package being edited.

The package's root relationships (``_rels/.rels``) name the workbook part; its relationships
name each sheet's part, relative to the workbook part.
"""

from __future__ import annotations

import posixpath
import zipfile
from typing import Any, Callable, NamedTuple

from lxml import etree

from actieplan.ooxml.contenttypes import ContentTypes
from actieplan.ooxml.ns import CT_STYLES, MAIN, REL_DOC, REL_DOC_STRICT, REL_STYLES, local, q
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels, rels_name, resolve
from actieplan.ooxml.xml import parse

DEFAULT_WORKBOOK = "xl/workbook.xml"

# CT_Workbook's children in schema order (ECMA-376 part 1, 18.2.27)
WORKBOOK_ORDER = [
    "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets",
    "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews",
    "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
]


class SheetEntry(NamedTuple):
    """One sheet of the workbook, in workbook order: its name, its part (None: the relationship
    names none) and its ``<sheet>`` element."""

    name: str
    part: str | None
    el: Any

    @property
    def state(self) -> str:  # visible, hidden or veryHidden
        return self.el.get("state", "visible")

    @property
    def sheet_id(self) -> str | None:
        return self.el.get("sheetId")

    @property
    def rid(self) -> str | None:
        """The relationship id, in whichever namespace (transitional or strict OOXML)."""
        return next((v for k, v in self.el.attrib.items() if k.endswith("}id")), None)


def sheet_entries(sheets_el: Any | None, target: Callable[[str | None], str | None]) -> list[SheetEntry]:
    """The ``sheet`` children of a workbook's ``sheets`` element; ``target(rid)``: a relationship's part."""
    out = []
    for el in sheets_el if sheets_el is not None else []:
        if local(el) != "sheet":
            continue
        entry = SheetEntry(el.get("name"), None, el)
        out.append(entry._replace(part=target(entry.rid)))
    return out


def sheets(read: Callable[[str], Any | None]) -> list[SheetEntry]:
    """The sheets that have a part, in workbook order, from a package being read (not edited).
    ``read(member)`` returns the parsed XML element of a member (None when it is absent): the
    caller decides how a part is read within its limits (parse it with :func:`actieplan.ooxml.xml.parse`)."""
    book_part = DEFAULT_WORKBOOK
    for rel in _children(read(rels_name("")), "Relationship"):
        if rel.get("Type", "").endswith("/officeDocument"):
            book_part = resolve("", rel.get("Target", book_part))
    targets = {rel.get("Id"): resolve(book_part, rel.get("Target", "")) for rel in _children(read(rels_name(book_part)), "Relationship")}
    root = read(book_part)
    sheets_el = next(iter(_children(root, "sheets")), None)
    return [s for s in sheet_entries(sheets_el, targets.get) if s.part is not None]


def _children(root: Any | None, name: str) -> list[Any]:
    """Elements named ``name`` in any namespace, in document order."""
    if root is None:
        return []
    return [el for el in root.iter() if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == name]


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip member holding its XML."""
    members = set(archive.namelist())
    return {s.name: s.part for s in sheets(lambda m: parse(archive.read(m)) if m in members else None)}


class Book:
    """The workbook part of a package being edited: its sheets, its relationships, the package's content types."""

    def __init__(self, pkg: Package):
        self.pkg = pkg
        root_rels = Rels(pkg, "")
        found = root_rels.of_type(REL_DOC) or root_rels.of_type(REL_DOC_STRICT)
        self.part = found[0][1] if found else DEFAULT_WORKBOOK
        self.root = pkg.xml(self.part)
        self.rels = Rels(pkg, self.part)
        self.types = ContentTypes(pkg)
        self.added_defaults: set[str] = set()  # extensions whose Default content type we declared

    @property
    def sheets_el(self):
        return self.root.find(q("sheets"))

    def sheets(self) -> list[SheetEntry]:
        """Every sheet in workbook order (its part None where its relationship names none)."""
        return sheet_entries(self.sheets_el, lambda rid: self.rels.target(rid))

    def sheet_part(self, name: str) -> str | None:
        return next((p for n, p, _ in self.sheets() if n == name), None)

    def changed(self) -> None:
        self.pkg.changed(self.part)

    def styles_part(self) -> str:
        """The styles part, made (a minimal one, as Excel's) where the workbook has none."""
        found = self.rels.of_type(REL_STYLES)
        if found:
            return found[0][1]
        part = posixpath.join(posixpath.dirname(self.part), "styles.xml")
        root = etree.fromstring(
            f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
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
