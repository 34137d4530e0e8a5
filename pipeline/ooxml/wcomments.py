"""A Word document's comments, read, added and removed in its package (never a whole object model).

The parts, as Word 365 writes them and python-docx 1.2 / docx4j read them:

* ``word/comments.xml`` (``w:comments``): one ``w:comment`` per comment (id, author, initials,
  date) holding its paragraphs; each paragraph has a ``w14:paraId``, the last one names the comment
  in the parts below;
* ``word/commentsExtended.xml`` (w15): ``w15:commentEx`` per comment: ``paraId``, ``done``, and
  for a reply ``paraIdParent``;
* ``word/commentsIds.xml`` (w16cid): ``paraId`` -> ``durableId``;
* ``word/commentsExtensible.xml`` (w16cex): ``durableId`` -> ``dateUtc``;
* ``word/people.xml`` (w15): the authors.

Each is tied to the main document part by a relationship and listed in ``[Content_Types].xml``.
A part the document lacks is made when a comment is added (:attr:`WordComments.made` names them);
parts the document has are edited in place, their other content kept. The range marks in the
document itself are :mod:`actieplan.ooxml.wordml`'s.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from actieplan.ooxml.contenttypes import ContentTypes
from actieplan.ooxml.ns import MC
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels
from actieplan.ooxml.wordml import (
    CT_COMMENTS, CT_COMMENTS_EXTENDED, CT_COMMENTS_EXTENSIBLE, CT_COMMENTS_IDS, CT_PEOPLE, REL_COMMENTS,
    REL_COMMENTS_EXTENDED, REL_COMMENTS_EXTENSIBLE, REL_COMMENTS_IDS, REL_PEOPLE, W, W14, W15, W16CEX, W16CID,
    comment_ids_in, main_part, mark_range, text_of, unmark, w,
)


@dataclass(frozen=True)
class _PartKind:
    rel: str
    content_type: str
    name: str  # the part's name when we make it
    root: str  # its root element (Clark)
    nsmap: dict
    ignorable: str  # the prefixes a reader that does not know them may skip (mc:Ignorable), as Word writes them


_W_NS = {"w": W, "w14": W14, "mc": MC}
KINDS = {
    "comments": _PartKind(REL_COMMENTS, CT_COMMENTS, "word/comments.xml", w("comments"), _W_NS, "w14"),
    "extended": _PartKind(REL_COMMENTS_EXTENDED, CT_COMMENTS_EXTENDED, "word/commentsExtended.xml",
                          f"{{{W15}}}commentsEx", {"w15": W15, "mc": MC}, "w15"),
    "ids": _PartKind(REL_COMMENTS_IDS, CT_COMMENTS_IDS, "word/commentsIds.xml", f"{{{W16CID}}}commentsIds",
                     {"w16cid": W16CID, "mc": MC}, "w16cid"),
    "extensible": _PartKind(REL_COMMENTS_EXTENSIBLE, CT_COMMENTS_EXTENSIBLE, "word/commentsExtensible.xml",
                            f"{{{W16CEX}}}commentsExtensible", {"w16cex": W16CEX, "mc": MC}, "w16cex"),
    "people": _PartKind(REL_PEOPLE, CT_PEOPLE, "word/people.xml", f"{{{W15}}}people", {"w15": W15, "mc": MC}, "w15"),
}
_HEX_ID = re.compile(rb'(?:paraId|durableId)="([0-9A-Fa-f]{1,8})"')
MAX_ID = 0x7FFFFFFF  # a paraId and a durableId stay below 0x80000000 (MS-DOCX 2.6.2)


@dataclass(frozen=True)
class Comment:
    id: str
    author: str
    para_id: str | None  # the w14:paraId of its last paragraph (its name in the other parts)
    text: str  # its paragraphs' text, one line each
    parent: str | None = None  # a reply: the paraId of the comment it answers


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


class WordComments:
    """The comments of the package's main document, for reading and editing."""

    def __init__(self, pkg: Package, types: ContentTypes | None = None):
        self.pkg = pkg
        self.types = types or ContentTypes(pkg)
        self.doc = main_part(pkg)
        self.rels = Rels(pkg, self.doc)
        self.document = pkg.xml(self.doc)
        self.parts: dict[str, str] = {}
        for kind, spec in KINDS.items():
            found = [t for _, t in self.rels.of_type(spec.rel) if pkg.exists(t)]
            if found:
                self.parts[kind] = found[0]
        self.made: list[str] = []  # parts this object made
        self._used_hex: set[int] | None = None
        self._last_id: int | None = None

    # -- reading
    def root(self, kind: str, create: bool = False):
        if kind not in self.parts:
            if not create:
                return None
            spec = KINDS[kind]
            name = spec.name if not self.pkg.exists(spec.name) else self.pkg.free_name(spec.name.replace(".xml", "{}.xml"))
            root = etree.Element(spec.root, {_q(MC, "Ignorable"): spec.ignorable}, nsmap=spec.nsmap)
            self.pkg.put_xml(name, root)
            self.rels.add(spec.rel, name)
            self.types.override(name, spec.content_type)
            self.parts[kind] = name
            self.made.append(name)
        return self.pkg.xml(self.parts[kind])

    def comments(self) -> list[Comment]:
        root = self.root("comments")
        if root is None:
            return []
        parents = self._parents()
        out = []
        for c in root.iter(w("comment")):
            paras = c.findall(w("p"))
            para_id = paras[-1].get(_q(W14, "paraId")) if paras else None
            out.append(Comment(
                c.get(w("id"), ""), c.get(w("author"), ""), para_id, "\n".join(text_of(p) for p in paras),
                parents.get(para_id) if para_id else None,
            ))
        return out

    def _parents(self) -> dict[str, str]:
        root = self.root("extended")
        if root is None:
            return {}
        return {ex.get(_q(W15, "paraId")): ex.get(_q(W15, "paraIdParent")) for ex in root.iter(_q(W15, "commentEx"))
                if ex.get(_q(W15, "paraIdParent"))}

    # -- adding
    def _next_id(self) -> int:
        """A comment id above every one in use (found once; then counted on)."""
        if self._last_id is None:
            used = comment_ids_in(self.document)
            root = self.root("comments")
            if root is not None:
                used |= {c.get(w("id")) for c in root.iter(w("comment"))}
            self._last_id = max((int(i) for i in used if i and i.lstrip("-").isdigit()), default=-1)
        self._last_id += 1
        return self._last_id

    def _hex_ids_in_use(self) -> set[int]:
        """Every paraId and durableId of the package's Word parts (they must stay unique)."""
        if self._used_hex is None:
            used: set[int] = set()
            for name in list(self.pkg.order):
                if name.startswith("word/") and name.endswith(".xml") and self.pkg.exists(name):
                    used.update(int(m, 16) for m in _HEX_ID.findall(self.pkg.read(name)))
            self._used_hex = used
        return self._used_hex

    def _new_hex(self, seed: str) -> str:
        used = self._hex_ids_in_use()
        n = 0
        while True:
            value = int.from_bytes(hashlib.sha256(f"{seed}#{n}".encode()).digest()[:4], "big") & MAX_ID
            if value and value != MAX_ID and value not in used:
                used.add(value)
                return f"{value:08X}"
            n += 1

    def add(self, block, paragraphs: list[str], author: str, initials: str, when: datetime,
            reference_style: str | None = None, text_style: str | None = None) -> Comment:
        """Add a comment with ``paragraphs`` (its text, a paragraph each) on ``block`` (a ``w:p`` or
        ``w:tc`` of the main document), written by ``author`` at ``when`` (naive: UTC).

        ``reference_style``, ``text_style``: the character style of the comment's marks and the
        paragraph style of its text (Word's 'CommentReference' and 'CommentText'), only where the
        document defines them."""
        cid = str(self._next_id())
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        comment = etree.SubElement(self.root("comments", create=True), w("comment"),
                                   {w("id"): cid, w("author"): author, w("date"): stamp, w("initials"): initials})
        para_id = ""
        for i, text in enumerate(paragraphs or [""]):
            para_id = self._new_hex(f"p:{cid}:{i}:{text}")
            p = etree.SubElement(comment, w("p"), {_q(W14, "paraId"): para_id, _q(W14, "textId"): "77777777"})
            if text_style:
                etree.SubElement(etree.SubElement(p, w("pPr")), w("pStyle"), {w("val"): text_style})
            if i == 0:  # the comment's mark, as Word writes it
                mark = etree.SubElement(p, w("r"))
                if reference_style:
                    etree.SubElement(etree.SubElement(mark, w("rPr")), w("rStyle"), {w("val"): reference_style})
                etree.SubElement(mark, w("annotationRef"))
            run = etree.SubElement(p, w("r"))
            t = etree.SubElement(run, w("t"))
            t.text = text
            if text != text.strip():
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        durable = self._new_hex(f"d:{cid}:{para_id}")
        etree.SubElement(self.root("extended", create=True), _q(W15, "commentEx"),
                         {_q(W15, "paraId"): para_id, _q(W15, "done"): "0"})
        etree.SubElement(self.root("ids", create=True), _q(W16CID, "commentId"),
                         {_q(W16CID, "paraId"): para_id, _q(W16CID, "durableId"): durable})
        etree.SubElement(self.root("extensible", create=True), _q(W16CEX, "commentExtensible"),
                         {_q(W16CEX, "durableId"): durable, _q(W16CEX, "dateUtc"): stamp})
        self._person(author)
        mark_range(block, cid, reference_style)
        for kind in ("comments", "extended", "ids", "extensible"):
            self.pkg.changed(self.parts[kind])
        self.pkg.changed(self.doc)
        return Comment(cid, author, para_id, "\n".join(paragraphs))

    def _person(self, author: str) -> None:
        people = self.root("people", create=True)
        if any(p.get(_q(W15, "author")) == author for p in people.iter(_q(W15, "person"))):
            return
        person = etree.SubElement(people, _q(W15, "person"), {_q(W15, "author"): author})
        etree.SubElement(person, _q(W15, "presenceInfo"), {_q(W15, "providerId"): "None", _q(W15, "userId"): author})
        self.pkg.changed(self.parts["people"])

    # -- removing
    def remove(self, ids: set[str]) -> int:
        """Remove the comments ``ids`` (w:id) everywhere: their range marks and references in the
        document, their entries in every comment part. A reply to a removed comment stays, as a
        comment of its own. Returns how many were removed."""
        root = self.root("comments")
        if root is None or not ids:
            return 0
        gone_paras: set[str] = set()
        removed = 0
        for c in list(root.iter(w("comment"))):
            if c.get(w("id")) in ids:
                gone_paras.update(p.get(_q(W14, "paraId")) for p in c.iter(w("p")) if p.get(_q(W14, "paraId")))
                c.getparent().remove(c)
                removed += 1
        if not removed:
            return 0
        self.pkg.changed(self.parts["comments"])
        if unmark(self.document, ids):
            self.pkg.changed(self.doc)
        durable = self._drop_entries("ids", _q(W16CID, "commentId"), _q(W16CID, "paraId"), gone_paras,
                                     collect=_q(W16CID, "durableId"))
        self._drop_entries("extensible", _q(W16CEX, "commentExtensible"), _q(W16CEX, "durableId"), durable)
        self._drop_entries("extended", _q(W15, "commentEx"), _q(W15, "paraId"), gone_paras)
        extended = self.root("extended")
        if extended is not None:  # a reply whose comment is gone: a comment of its own now
            for ex in extended.iter(_q(W15, "commentEx")):
                if ex.get(_q(W15, "paraIdParent")) in gone_paras:
                    del ex.attrib[_q(W15, "paraIdParent")]
                    self.pkg.changed(self.parts["extended"])
        return removed

    def _drop_entries(self, kind: str, tag: str, key: str, values: set[str], collect: str | None = None) -> set[str]:
        root = self.root(kind)
        found: set[str] = set()
        if root is None:
            return found
        for el in list(root.iter(tag)):
            if el.get(key) in values:
                if collect and el.get(collect):
                    found.add(el.get(collect))
                el.getparent().remove(el)
                self.pkg.changed(self.parts[kind])
        return found

    def drop_person(self, author: str) -> None:
        """Remove ``author`` from the people part when no comment of theirs is left."""
        people = self.root("people")
        if people is None or any(c.author == author for c in self.comments()):
            return
        for p in list(people.iter(_q(W15, "person"))):
            if p.get(_q(W15, "author")) == author:
                people.remove(p)
                self.pkg.changed(self.parts["people"])

    def drop_parts(self, names: set[str]) -> None:
        """Remove the comment parts named in ``names`` (parts we made) that hold nothing any more."""
        for kind, name in list(self.parts.items()):
            if name not in names or len(self.pkg.xml(name)):
                continue
            for rid, _, target in self.rels.items():
                if target == name:
                    self.rels.remove(rid)
            self.pkg.remove(name)
            self.types.drop(name)
            del self.parts[kind]
