"""WordprocessingML (a .docx): its namespaces, part types, the main document part, and the comment
range marks in it (ECMA-376 part 1, 17.13.4: ``w:commentRangeStart``, ``w:commentRangeEnd`` and
the run holding ``w:commentReference``) around the content of a paragraph or a table cell.

The marks are placed at the level of the paragraph's content (after its ``w:pPr``), as Word and
python-docx 1.2 (``Run.mark_comment_range``) write them: the start before the paragraph's first
content, the end and the reference run after its last. A cell's range runs from its first
paragraph to its last. Nothing else of the paragraph is touched, so removing the marks again gives
the paragraph back as it was.
"""

from __future__ import annotations

from lxml import etree

from actieplan.ooxml.ns import R, REL_DOC, REL_DOC_STRICT, local
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels

# -- namespaces
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
W16CEX = "http://schemas.microsoft.com/office/word/2018/wordml/cex"

# -- relationship types (from the main document part)
REL_COMMENTS = R + "/comments"
REL_COMMENTS_EXTENDED = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
REL_COMMENTS_IDS = "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds"
REL_COMMENTS_EXTENSIBLE = "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible"
REL_PEOPLE = "http://schemas.microsoft.com/office/2011/relationships/people"

# -- content types
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CT_DOCX = _WML + ".document"  # the package itself (an attachment's type)
CT_DOCUMENT = _WML + ".document.main+xml"
CT_COMMENTS = _WML + ".comments+xml"
CT_COMMENTS_EXTENDED = _WML + ".commentsExtended+xml"
CT_COMMENTS_IDS = _WML + ".commentsIds+xml"
CT_COMMENTS_EXTENSIBLE = _WML + ".commentsExtensible+xml"
CT_PEOPLE = _WML + ".people+xml"

RANGE_MARKS = ("commentRangeStart", "commentRangeEnd")


def w(tag: str) -> str:
    """Clark notation of a WordprocessingML element or attribute: ``{W}tag``."""
    return f"{{{W}}}{tag}"


def main_part(pkg: Package) -> str:
    """The main document part's name (``word/document.xml`` as Word writes it). KeyError: none."""
    rels = Rels(pkg, "")
    for kind in (REL_DOC, REL_DOC_STRICT):
        for _, target in rels.of_type(kind):
            if pkg.exists(target):
                return target
    raise KeyError("no main document part")


def text_of(el) -> str:
    """The text of a paragraph, cell or body (its ``w:t`` and tabs), as one string; not that of a
    text box or drawing in it (see :func:`in_main_story`)."""
    parts = []
    for node in el.iter(w("t"), w("tab")):
        if local(node) == "tab" and local(node.getparent()) != "r":
            continue  # a tab stop of the paragraph's properties, not a tab in its text
        if _story_between(node, el):
            parts.append("\t" if local(node) == "tab" else (node.text or ""))
    return "".join(parts)


def _story_between(node, top) -> bool:
    """Whether no text box or drawing lies between ``node`` and its ancestor ``top``."""
    for a in node.iterancestors():
        if a is top:
            return True
        if local(a) in _OWN_STORIES:
            return False
    return True


def paragraphs_of(block) -> list:
    """The paragraphs a range around ``block`` (a ``w:p`` or a ``w:tc``) runs from and to: the
    paragraph itself, or a cell's own paragraphs (also those within a block content control, not
    those of a text box); a cell whose content is only a nested table: that table's paragraphs."""
    if local(block) == "p":
        return [block]
    own = [el for el in block.iter(w("p")) if _cell_of(el) is block]
    return own or [el for el in block.iter(w("p")) if _cell_of(el) is not None]


def in_main_story(el) -> bool:
    """Whether ``el`` lies in the document's own text, not in a text box or drawing (whose
    paragraphs are their own story, often twice: ``mc:AlternateContent``'s choice and fallback)."""
    return not any(local(a) in _OWN_STORIES for a in el.iterancestors())


def story_paragraphs(root):
    """The paragraphs of the document's own text, in reading order (see :func:`in_main_story`)."""
    return (p for p in root.iter(w("p")) if in_main_story(p))


_OWN_STORIES = ("txbxContent", "drawing", "pict", "AlternateContent")


def _cell_of(p):
    """The nearest ``w:tc`` around a paragraph; None for a paragraph in a text box or drawing
    (its own story, often twice: ``mc:AlternateContent``), which a range in the cell cannot reach."""
    el = p.getparent()
    while el is not None and local(el) != "tc":
        if local(el) in _OWN_STORIES:
            return None
        el = el.getparent()
    return el


def mark_range(block, comment_id: str, reference_style: str | None = None) -> None:
    """Put comment ``comment_id``'s range around ``block``'s content and its reference run after it.

    Several comments on one block nest: their starts stand in the order they were added, each
    end is followed by its own reference run. ``reference_style``: a character style for the
    reference run (e.g. 'CommentReference'), only where the document defines it."""
    paragraphs = paragraphs_of(block)
    if not paragraphs:
        raise ValueError("no paragraph to comment on")
    first, last = paragraphs[0], paragraphs[-1]
    at = 0
    children = list(first)
    while at < len(children) and local(children[at]) == "pPr":
        at += 1
    while at < len(children) and local(children[at]) == "commentRangeStart":  # (an earlier start at the same place)
        at += 1
    first.insert(at, etree.Element(w("commentRangeStart"), {w("id"): comment_id}))
    last.append(etree.Element(w("commentRangeEnd"), {w("id"): comment_id}))
    run = etree.SubElement(last, w("r"))
    if reference_style:
        etree.SubElement(etree.SubElement(run, w("rPr")), w("rStyle"), {w("val"): reference_style})
    etree.SubElement(run, w("commentReference"), {w("id"): comment_id})


def unmark(root, ids: set[str]) -> int:
    """Remove the range marks and references of the comments ``ids`` from a part's tree (a
    reference run holding nothing else goes with its reference). Returns how many were removed."""
    removed = 0
    for el in list(root.iter(w("commentRangeStart"), w("commentRangeEnd"), w("commentReference"))):
        if el.get(w("id")) not in ids:
            continue
        parent = el.getparent()
        _drop(el)
        removed += 1
        if local(el) == "commentReference" and local(parent) == "r" and all(local(c) == "rPr" for c in parent):
            _drop(parent)
    return removed


def _drop(el) -> None:
    """Remove an element, keeping the text that followed it (its tail)."""
    parent = el.getparent()
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def comment_ids_in(root) -> set[str]:
    """The ids of every comment range mark and reference in a part's tree."""
    return {el.get(w("id")) for el in root.iter(w("commentRangeStart"), w("commentRangeEnd"), w("commentReference"))
            if el.get(w("id")) is not None}


def styles_defined(pkg: Package, doc: str) -> set[str]:
    """The style ids the document's styles part defines (empty when it has none)."""
    for _, kind, target in Rels(pkg, doc).items():
        if kind == R + "/styles" and pkg.exists(target):
            return {s.get(w("styleId")) for s in pkg.xml(target).iter(w("style")) if s.get(w("styleId"))}
    return set()
