"""Our journal: what the annotation changed, kept in the copy as a custom XML part (namespace
:data:`STATE_NS`, element ``annotaties``) that no user sees. Checking the copy again, or making
the mail's attachment, undoes exactly what it records; its XML is the same as copies written by
earlier versions carry, so they un-annotate too.

Children of ``annotaties``, in the order they were recorded: ``stijlen`` (the styles lists'
lengths before), ``blad`` (per marked sheet: notes parts made, dimension), ``opvulling`` (a cell
format's own fill), ``cel`` (a marked cell: its own style, made, spans, our note), ``geselecteerd``
(sheets we unselected), ``deel`` (parts we added), ``origineel`` (a changed part as it was).
"""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
import zlib
from typing import Any

from lxml import etree

from actieplan.ooxml.ns import CT_CUSTOM_XML_PROPS, CT_XML, DS, REL_CUSTOM_XML, REL_CUSTOM_XML_PROPS, q
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels
from actieplan.ooxml.workbook import Book
from actieplan.write.annotated.texts import STATE_NS


def new_journal():
    """An empty journal."""
    return etree.Element(q("annotaties", STATE_NS), nsmap={None: STATE_NS})


STYLE_BLOCKS = ("numFmts", "fonts", "fills", "borders", "cellXfs")


def record_styles(pkg: Package, book: Book, state):
    """Record how long each list of styles.xml was before we appended to it."""
    part = book.styles_part()
    root = pkg.xml(part)
    record = etree.SubElement(state, q("stijlen", STATE_NS), deel=part)
    for tag in STYLE_BLOCKS:
        block = root.find(q(tag))
        record.set(tag, "x" if block is None else f"{len(block)}:{block.get('count', '')}")
    return record


def undo_styles(pkg: Package, record, digest_now: str | None) -> None:
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


def write_state(pkg: Package, book: Book, state, before: dict[str, bytes], gone: set[str]) -> None:
    """The journal into the package, with every part of the user's we changed as it was
    (``before``: parts as an undo of an earlier annotation left them; ``gone``: parts it removed):
    an undo of an unchanged copy gives it back byte for byte (lxml writes the same XML, but not
    always the same bytes: attribute order, empty elements)."""
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
        f'<ds:datastoreItem xmlns:ds="{DS}" ds:itemID="{{{str(uuid.uuid4()).upper()}}}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{STATE_NS}"/></ds:schemaRefs></ds:datastoreItem>'.encode()
    ))
    Rels(pkg, item).add(REL_CUSTOM_XML_PROPS, props)
    book.rels.add(REL_CUSTOM_XML, item)
    book.types.override(props, CT_CUSTOM_XML_PROPS)
    if book.types.default("xml", CT_XML):
        book.added_defaults.add("xml")
    if book.added_defaults:
        state.set("types", " ".join(sorted(book.added_defaults)))


def big_stream(pkg: Package, name: str) -> bool:
    """A part written as a stream whose bytes are too many to keep as they were (ORIGINAL_LIMIT)."""
    if name not in pkg.streams:
        return False
    size = len(pkg.new[name]) if name in pkg.new else (pkg.infos[name].file_size if name in pkg.infos else 0)
    return size > ORIGINAL_LIMIT


def find_state(pkg: Package) -> tuple[Any, str | None]:
    for name in pkg.order:
        if name.startswith("customXml/item") and name.endswith(".xml") and "Props" not in name and pkg.exists(name):
            try:
                root = pkg.xml(name)
            except etree.XMLSyntaxError:
                continue
            if root.tag == q("annotaties", STATE_NS):
                return root, name
    return None, None
