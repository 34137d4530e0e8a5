"""The safe way every part of a package is parsed: one set of lxml parser settings for every
reader and editor of parts.

* no entity is resolved, no DTD loaded, nothing fetched from the network;
* a part with a DOCTYPE is refused (:class:`UnsafeXML`): Excel and Word never write one, and an
  entity bomb or an external entity needs one (the read guard refuses such a workbook before
  any parser sees it; this is the same rule for a part that reaches a parser another way);
* ``huge_tree``: a big sheet's text nodes pass libxml2's 10 MB limit; nesting stays limited by
  libxml2 (2048 levels with ``huge_tree``), and :func:`parse` refuses a part over ``max_bytes``
  where the caller gives a limit.

Comments, CDATA and the whitespace between elements are kept: a part we edit is written back
with everything we did not change.
"""

from __future__ import annotations

import re

from lxml import etree

from actieplan.ooxml.ns import MAIN, local, q

_SETTINGS = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, strip_cdata=False)
PARSER = etree.XMLParser(**_SETTINGS, remove_blank_text=False)
RECOVER = etree.XMLParser(**_SETTINGS, recover=True)  # Excel's VML is not always well-formed

# the prolog: declaration, comments, processing instructions and whitespace before the first tag
_PROLOG = re.compile(rb"(?:\s|<\?[^>]*\?>|<!--.*?-->)*", re.DOTALL)


class UnsafeXML(etree.XMLSyntaxError):
    """A part we refuse to parse (a DOCTYPE, or more bytes than allowed): handled as a broken part."""

    def __init__(self, message: str):
        super().__init__(message, None, 0, 0)


def has_doctype(data: bytes) -> bool:
    """Whether the part declares a DOCTYPE (where one can stand: before its root element)."""
    start = _PROLOG.match(data).end()
    return data[start:start + 9] == b"<!DOCTYPE"


def parse(data: bytes, recover: bool = False, max_bytes: int | None = None):
    """The root element of a part; :class:`UnsafeXML` for a DOCTYPE or a part over ``max_bytes``;
    ``recover`` parses what it can of a part that is not well-formed."""
    if max_bytes is not None and len(data) > max_bytes:
        raise UnsafeXML(f"part of {len(data)} bytes, more than {max_bytes}")
    if has_doctype(data):
        raise UnsafeXML("DOCTYPE declaration")
    return etree.fromstring(data, RECOVER if recover else PARSER)


def serialize(root) -> bytes:
    """A part's bytes as Excel writes them: declaration with standalone, VML without declaration."""
    if root.tag == "xml" or (isinstance(root.tag, str) and root.tag.rsplit("}", 1)[-1] == "xml"):
        return etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)


def insert_in_order(parent, child, order: list[str]) -> None:
    """Put ``child`` before the first existing child that comes after it in the schema's ``order``
    (``mc:AlternateContent`` takes the place of what its choice holds)."""
    def name(el) -> str:
        found = local(el)
        if found == "AlternateContent":
            for choice in el:
                for inner in choice:
                    return local(inner)
        return found

    rank = order.index(local(child))
    for i, el in enumerate(parent):
        n = name(el)
        if n in order and order.index(n) > rank:
            parent.insert(i, child)
            return
    parent.append(child)


def child(parent, tag: str, order: list[str] | None = None, create: bool = False, ns: str | None = None):
    """The first child ``tag`` (in the spreadsheet namespace unless ``ns``), created in its place
    of ``order`` when asked and missing."""
    found = parent.find(q(tag, ns or MAIN))
    if found is None and create:
        found = etree.Element(q(tag, ns or MAIN))
        if order:
            insert_in_order(parent, found, order)
        else:
            parent.append(found)
    return found
