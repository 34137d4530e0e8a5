"""A part's relationships (``_rels/NAME.rels``) and the one resolver of relationship targets."""

from __future__ import annotations

import posixpath

from lxml import etree

from actieplan.ooxml.ns import PKG_REL, local, q
from actieplan.ooxml.package import Package


def rels_name(part: str) -> str:
    """'xl/workbook.xml' -> 'xl/_rels/workbook.xml.rels'; '' (the package) -> '_rels/.rels'."""
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def resolve(part: str, target: str) -> str:
    """A relationship's target as a zip member name, relative to the part that holds it
    (an absolute target, '/xl/...', from the package's root)."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))


def relative(part: str, target: str) -> str:
    """The target to write in ``part``'s relationships for the member ``target``."""
    folder = posixpath.dirname(part)
    return posixpath.relpath(target, folder) if folder else target


class Rels:
    """The relationships of one part ('' for the package's own, ``_rels/.rels``)."""

    def __init__(self, pkg: Package, part: str):
        self.pkg, self.part, self.name = pkg, part, rels_name(part)
        self.root = pkg.xml(self.name) if pkg.exists(self.name) else None

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
            self.root = etree.Element(q("Relationships", PKG_REL), nsmap={None: PKG_REL})
            self.pkg.put_xml(self.name, self.root)
        ids = {rel.get("Id") for rel in self.root}
        n = len(ids) + 1
        while f"rId{n}" in ids:
            n += 1
        rid = f"rId{n}"
        etree.SubElement(self.root, q("Relationship", PKG_REL), Id=rid, Type=rel_type, Target=relative(self.part, target_part))
        self.pkg.changed(self.name)
        return rid

    def remove(self, rid: str) -> None:
        if self.root is None:
            return
        for rel in list(self.root):
            if rel.get("Id") == rid:
                self.root.remove(rel)
                self.pkg.changed(self.name)
