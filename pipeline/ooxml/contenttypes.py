"""The package's content types (``[Content_Types].xml``): a Default per extension, an Override per part."""

from __future__ import annotations

from lxml import etree

from actieplan.ooxml.ns import CT, local, q
from actieplan.ooxml.package import Package


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
        etree.SubElement(self.root, q("Override", CT), PartName="/" + part, ContentType=content_type)
        self.pkg.changed(self.NAME)

    def default(self, extension: str, content_type: str) -> bool:
        """Declare a content type for an extension; returns whether it was not declared yet."""
        if any(local(el) == "Default" and el.get("Extension", "").lower() == extension for el in self.root):
            return False
        el = etree.Element(q("Default", CT), Extension=extension, ContentType=content_type)
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
