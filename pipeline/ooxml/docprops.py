"""The custom document properties (``docProps/custom.xml``): name -> text, as Excel's
File > Properties > Custom shows them. Read from any package however the program that saved it
last writes them, and set or dropped in a package being edited."""

from __future__ import annotations

from lxml import etree

from actieplan.ooxml.contenttypes import ContentTypes
from actieplan.ooxml.ns import CT_CUSTOM_PROPS, CUSTOM, REL_CUSTOM_PROPS, VT, q
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels
from actieplan.ooxml.xml import parse

PART = "docProps/custom.xml"
PROPERTY_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the format id every custom property carries


def read_properties(xml: bytes, prefix: str = "") -> dict[str, str]:
    """The properties whose name starts with ``prefix``, {name: text}, from the part's bytes
    (Excel, LibreOffice, openpyxl: openpyxl declares the vt namespace on every value)."""
    found: dict[str, str] = {}
    for prop in parse(xml):
        name = prop.get("name", "")
        if name.startswith(prefix):
            found[name] = "".join(prop.itertext()).strip()
    return found


def custom_part(pkg: Package) -> str | None:
    """The package's custom properties part, if it has one."""
    found = Rels(pkg, "").of_type(REL_CUSTOM_PROPS)
    return found[0][1] if found and pkg.exists(found[0][1]) else None


def set_properties(pkg: Package, types: ContentTypes, values: dict[str, str], prefix: str) -> str | None:
    """Replace the properties named ``prefix...`` by ``values`` (text values, in this order).
    Returns the part's name when this made the part, else None."""
    made = None
    part = custom_part(pkg)
    if part is None:
        part = made = PART
        root = etree.Element(q("Properties", CUSTOM), nsmap={None: CUSTOM, "vt": VT})
        pkg.put_xml(part, root)
        Rels(pkg, "").add(REL_CUSTOM_PROPS, part)
        types.override(part, CT_CUSTOM_PROPS)
    root = pkg.xml(part)
    _drop(root, prefix)
    pids = [int(p.get("pid")) for p in root if p.get("pid", "").isdigit()]
    pid = max([1, *pids]) + 1
    for name, value in values.items():
        prop = etree.SubElement(root, q("property", CUSTOM), fmtid=PROPERTY_FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, q("lpwstr", VT)).text = value
        pid += 1
    pkg.changed(part)
    return made


def drop_properties(pkg: Package, types: ContentTypes, prefix: str, made: str | None = None) -> None:
    """Remove the properties named ``prefix...``; the part too when it is ``made`` (ours) and empty now."""
    part = custom_part(pkg)
    if part is None:
        return
    root = pkg.xml(part)
    if _drop(root, prefix):
        pkg.changed(part)
    if made == part and len(root) == 0:
        rels = Rels(pkg, "")
        for rid, _, target in rels.items():
            if target == part:
                rels.remove(rid)
        pkg.remove(part)
        types.drop(part)


def _drop(root, prefix: str) -> bool:
    dropped = False
    for prop in list(root):
        if str(prop.get("name", "")).startswith(prefix):
            root.remove(prop)
            dropped = True
    return dropped
