"""Where each sheet of an .xlsx lives in the package: the one resolver of sheet names to parts.

The package's root relationships (``_rels/.rels``) name the workbook part; its relationships
name each sheet's part, relative to the workbook part. The reader, the safety scan and the
annotated copy all ask this module.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from typing import Any, Callable

DEFAULT_WORKBOOK = "xl/workbook.xml"


@dataclass(frozen=True)
class SheetPart:
    name: str  # as written in the workbook
    part: str  # the zip member, e.g. xl/worksheets/sheet3.xml
    state: str = "visible"  # visible, hidden or veryHidden


def target(base: str, ref: str) -> str:
    """A relationship's target as a zip member name, relative to the part ``base`` that holds it."""
    return ref.lstrip("/") if ref.startswith("/") else posixpath.normpath(posixpath.join(posixpath.dirname(base), ref))


def rels_of(part: str) -> str:
    return posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")


def sheets(read: Callable[[str], Any | None]) -> list[SheetPart]:
    """The sheets in workbook order. ``read(member)`` returns the parsed XML element of a member
    (None when it is absent): the caller decides how a part is read safely."""
    book_part = DEFAULT_WORKBOOK
    root = read("_rels/.rels")
    for rel in _children(root, "Relationship"):
        if rel.get("Type", "").endswith("/officeDocument"):
            book_part = target("", rel.get("Target", book_part))
    targets = {rel.get("Id"): target(book_part, rel.get("Target", "")) for rel in _children(read(rels_of(book_part)), "Relationship")}
    out = []
    for s in _children(read(book_part), "sheet"):
        # the relationship id in whichever namespace (transitional or strict OOXML)
        rid = next((v for k, v in s.attrib.items() if k.endswith("}id")), None)
        if rid in targets:
            out.append(SheetPart(s.get("name", ""), targets[rid], s.get("state", "visible")))
    return out


def _children(root: Any | None, local: str) -> list[Any]:
    """Elements named ``local`` in any namespace, in document order."""
    if root is None:
        return []
    return [el for el in root.iter() if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == local]


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip member holding its XML."""
    from defusedxml.ElementTree import fromstring

    members = set(archive.namelist())
    return {s.name: s.part for s in sheets(lambda m: fromstring(archive.read(m)) if m in members else None)}
