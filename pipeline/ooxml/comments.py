"""A sheet's legacy notes: the comments part (``xl/commentsN.xml``: authors, and per cell a text of
runs) and the VML drawing that shows them (:mod:`actieplan.ooxml.vml`). Threaded comments
(Excel 365) are only read: which cells have one."""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml import etree

from actieplan.ooxml.ns import CT_COMMENTS, CT_VML, MAIN, REL_COMMENTS, REL_THREADED, REL_VML, XML, local, q
from actieplan.ooxml.sheet import SheetEditor
from actieplan.ooxml.vml import NoteShapes, free_idmap, new_drawing
from actieplan.ooxml.workbook import Book
from actieplan.ooxml.xml import child, parse, serialize


def note_text(comment) -> str:
    """A note's whole text (its runs' text, the phonetic runs aside)."""
    text = comment.find(q("text"))
    if text is None:
        return ""
    return "".join(t.text or "" for t in text.iter(q("t")) if local(t.getparent()) in ("text", "r"))


def text_runs(comment) -> list:
    """The runs of a note's text (a plain note: its one ``t``)."""
    text = comment.find(q("text"))
    return [] if text is None else [r for r in text if local(r) in ("r", "t")]


def run_text(r) -> str:
    if local(r) == "t":
        return r.text or ""
    return "".join(t.text or "" for t in r.iter(q("t")))


# a note's run as Excel formats it (copied for each new run: faster than parsing it again)
_NOTE_RUN = etree.fromstring(
    f'<r xmlns="{MAIN}"><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>'
    f'<t xmlns:xml="{XML}" xml:space="preserve"/></r>'
)


# a new note (its ref, author and text set for each): one copy instead of an element at a time
_NOTE = etree.Element(q("comment"), ref="", authorId="")
etree.SubElement(_NOTE, q("text")).append(copy.deepcopy(_NOTE_RUN))


def run(text: str, props=None):
    """A run of ``text``: with the run properties ``props`` (copied), else as Excel formats a note."""
    if props is None:
        r = copy.deepcopy(_NOTE_RUN)
        r[1].text = text
        return r
    r = etree.Element(q("r"))
    r.append(copy.deepcopy(props))
    t = etree.SubElement(r, q("t"))
    t.text = text
    t.set(q("space", XML), "preserve")
    return r


_RUN_START = b'<r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr>'  # (as _NOTE_RUN)
_XML_REF = re.compile(r"[A-Z]{1,3}[0-9]{1,7}")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # lxml refuses these: the tree says how


def _writable(text: str) -> bool:
    return _NOT_XML.search(text) is None


def _escaped(text: str) -> bytes:
    """A text node as lxml writes it (UTF-8): &, <, > and the carriage return escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;").encode("utf-8")


class _NewComments:
    """Writes a comments part made in this run: its tree (authors, an empty list) with the notes
    kept as bytes in its list."""

    def __init__(self, notes: "LegacyNotes"):
        self.notes = notes

    def data(self) -> bytes:
        data = serialize(self.notes.root)
        if self.notes._pending:
            empty = b"<commentList/>"
            if data.count(empty) != 1:
                raise ValueError("comments part without its one empty list")
            data = data.replace(empty, b"<commentList>" + b"".join(self.notes._pending) + b"</commentList>")
        return data

    def write(self, write) -> None:
        write(self.data())


class LegacyNotes:
    """A sheet's legacy notes: the comments part and the VML drawing that shows them."""

    def __init__(self, sheet: SheetEditor, book: Book):
        self.sheet, self.pkg, self.book = sheet, sheet.pkg, book
        found = sheet.rels.of_type(REL_COMMENTS)
        self.part = found[0][1] if found and sheet.pkg.exists(found[0][1]) else None
        self.root = self.pkg.xml(self.part) if self.part else None
        rid = sheet.legacy_rid()
        self.vml_part = sheet.rels.target(rid) if rid is not None else None
        if self.vml_part and not self.pkg.exists(self.vml_part):
            self.vml_part = None
        self._shapes: NoteShapes | None = None
        self._by_ref: dict[str, Any] | None = None
        self._list = None  # the commentList new notes go into
        # notes added to a comments part made here, as the bytes lxml would write for them: spliced
        # in when the part is written (:class:`_NewComments`), a tree made of them only when asked for
        self._pending: list[bytes] | None = None
        self._pending_refs: set[str] = set()
        self._pending_authors: dict[str, int] = {}  # (authors are only appended to: an index found stays)
        self._vml_made = False
        threaded = sheet.rels.of_type(REL_THREADED)
        self.threaded: set[str] = set()  # cells with a threaded comment (upper case)
        for _, part in threaded:
            if self.pkg.exists(part):
                for el in self.pkg.xml(part):
                    if el.get("ref"):
                        self.threaded.add(el.get("ref").upper())

    def by_ref(self) -> dict[str, Any]:
        """Cell reference (upper case) -> its ``comment`` element."""
        self._materialize()
        return self._refs()

    def note_of(self, ref: str):
        """The ``comment`` element of ``ref`` (upper case), or None."""
        if ref in self._pending_refs:
            self._materialize()
        return self._refs().get(ref)

    def _refs(self) -> dict[str, Any]:
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
        return None if c is None else note_text(c)

    def author(self, ref: str) -> str | None:
        c = self.by_ref().get(ref)
        if c is None or self.root is None:
            return None
        block = self.root.find(q("authors"))
        authors = [a.text or "" for a in block] if block is not None else []
        i = int(c.get("authorId", "0"))
        return authors[i] if 0 <= i < len(authors) else None

    def author_id(self, name: str) -> int:
        """The index of author ``name``, added where the part has no such author."""
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

    def ensure_parts(self) -> None:
        """The comments part and the drawing, made (and related to the sheet) where it has none."""
        if self.root is None:
            self.part = self.pkg.free_name("xl/comments{}.xml")
            self.root = etree.Element(q("comments"), nsmap={None: MAIN})
            etree.SubElement(self.root, q("authors"))
            etree.SubElement(self.root, q("commentList"))
            self.pkg.put_xml(self.part, self.root)
            self._pending, self._pending_authors = [], {}
            self.pkg.stream(self.part, _NewComments(self))
            self.sheet.rels.add(REL_COMMENTS, self.part)
            self.book.types.override(self.part, CT_COMMENTS)
        if self.vml_part is None:
            self.vml_part = self.pkg.free_name("xl/drawings/vmlDrawing{}.vml")
            vml = new_drawing(free_idmap(self.pkg))
            self.pkg.put_xml(self.vml_part, vml)
            self._vml_made = True
            rid = self.sheet.rels.add(REL_VML, self.vml_part)
            if self.book.types.default("vml", CT_VML):
                self.book.added_defaults.add("vml")
            self.sheet.add_legacy_drawing(rid)

    @property
    def shapes(self) -> NoteShapes:
        if self._shapes is None:
            self._shapes = NoteShapes(self.pkg, self.vml_part, made=self._vml_made)
        return self._shapes

    def new_note(self, ref: str, text: str, author: str) -> None:
        """A note of ``author`` on ``ref`` (which has none), shown by a shape of the drawing."""
        self.ensure_parts()
        if self._pending is not None and ref not in self._pending_refs and _XML_REF.fullmatch(ref) and _writable(text):
            author_id = self._pending_authors.get(author)
            if author_id is None:
                author_id = self._pending_authors[author] = self.author_id(author)
            self._pending.append(b'<comment ref="%s" authorId="%d"><text>%s<t xml:space="preserve">%s</t></r></text></comment>' % (
                ref.encode("ascii"), author_id, _RUN_START, _escaped(text)))
            self._pending_refs.add(ref)
            self.pkg.changed(self.part)
            self.shapes.add(ref, text)
            return
        self._materialize()
        lst = self._list
        if lst is None or lst.getparent() is not self.root:
            lst = self._list = child(self.root, "commentList", None)
            if lst is None:
                lst = self._list = etree.SubElement(self.root, q("commentList"))
        comment = copy.deepcopy(_NOTE)
        comment.set("ref", ref)
        comment.set("authorId", str(self.author_id(author)))
        comment[0][0][1].text = text
        lst.append(comment)
        self.by_ref()[ref] = comment
        self.pkg.changed(self.part)
        self.shapes.add(ref, text)

    def _materialize(self) -> None:
        """The notes kept as bytes made elements of the part's tree (from here on a tree as any)."""
        if not self._pending:
            self._pending = None
            return
        self.root = parse(_NewComments(self).data())
        self._pending, self._pending_refs, self._by_ref, self._list = None, set(), None, None
        self.pkg.put_xml(self.part, self.root)

    def append_runs(self, comment, runs: list) -> None:
        """``runs`` after the last run of a note (a plain note made a run first, same text)."""
        existing = text_runs(comment)
        body = comment.find(q("text"))
        if len(existing) == 1 and local(existing[0]) == "t":
            plain = existing[0]
            r = etree.Element(q("r"))
            body.replace(plain, r)
            r.append(plain)
        for r in runs:
            last_run = [x for x in body if local(x) == "r"]
            if last_run:
                last_run[-1].addnext(r)
            else:
                body.append(r)
        self.pkg.changed(self.part)

    def set_text(self, comment, text: str, props=None) -> None:
        """A note's text replaced by one run of ``text``."""
        body = comment.find(q("text"))
        for r in list(body):
            body.remove(r)
        body.append(run(text, props))

    def reassign(self, comment, old: str, new: str) -> None:
        """A note of author ``old`` made one of ``new``; its text is left as it is."""
        authors = self.root.find(q("authors"))
        names = [a.text for a in authors] if authors is not None else []
        i = int(comment.get("authorId", "0"))
        if 0 <= i < len(names) and names[i] == old:
            comment.set("authorId", str(self.author_id(new)))
        self.pkg.changed(self.part)

    def remove(self, ref: str, comment) -> None:
        """The note of ``ref`` and its shape go."""
        comment.getparent().remove(comment)
        self.by_ref().pop(ref, None)
        self.pkg.changed(self.part)
        if self.vml_part is None:
            return
        self.shapes.remove(ref)

    def drop_if_empty(self, comments_created: bool, vml_created: bool) -> None:
        """Remove the parts made for notes (``*_created``) when no note is left in them."""
        if self.root is None or self.by_ref():
            return
        mine = {p for p, made in ((self.part, comments_created), (self.vml_part, vml_created)) if made and p}
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
