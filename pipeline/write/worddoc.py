"""The annotated Word document ``NAME.gecontroleerd.docx``: the user's own document with one Word
comment (author ``actieplan``) per finding on the text it is about, and nothing else changed.

The document is edited as a package (:class:`actieplan.ooxml.package.Package`), never loaded into
a document model and saved again: every part we do not change is copied byte for byte. What
changes: ``word/document.xml`` (the comments' range marks and reference runs only), the comment
parts (:mod:`actieplan.ooxml.wcomments`), their relationships and content types, and our marker
in ``docProps/custom.xml`` (:mod:`actieplan.ooxml.docprops`; it also lists our comments and the
parts we made, so a re-check and the mail's attachment take exactly those away again).

Where a comment goes: a finding read from a Word plan carries its place
(:class:`actieplan.model.DocLocation`; ``anchor`` is the ElementPath of its ``w:p`` or ``w:tc``
in ``word/document.xml``). A finding without one goes on its section's heading, else on the
document's first paragraph with text. Several findings on one place: one comment each, errors
first.

Ours are the comments our marker lists and those by the author ``actieplan``; a re-check removes
them first and keeps the user's own comments and replies (a reply to a comment of ours stays, as
a comment of its own).
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from lxml import etree

from actieplan.model import SEVERITY_ORDER, Finding, Report
from actieplan.normalize import visible
from actieplan.ooxml import docprops
from actieplan.ooxml.contenttypes import ContentTypes
from actieplan.ooxml.package import Package
from actieplan.ooxml.wcomments import WordComments
from actieplan.ooxml.wordml import in_main_story, paragraphs_of, story_paragraphs, styles_defined, text_of, w
from actieplan.write.outputs import MARKER_PREFIX, OutputSet, marker_properties
from actieplan.write.package_edit import open_package, save_package as _save

AUTHOR = "actieplan"
INITIALS = "AP"
COMMENTS_PROPERTY = MARKER_PREFIX + "comments"  # the w14:paraId of each comment of ours
MADE_PROPERTY = MARKER_PREFIX + "parts"  # the parts we made (removed again when empty)
# Word's styles for a comment's mark and its text, used where the document defines them
REFERENCE_STYLE = "CommentReference"
TEXT_STYLE = "CommentText"


def write_annotated_docx(report: Report, out: OutputSet) -> Path:
    """The writer for :data:`actieplan.run.check.WRITERS` for a plan read from a Word document."""
    target = out.target("xlsx", older=is_annotated)
    annotate_docx(report.source, report, target)
    return target


def comment_text(f: Finding) -> list[str]:
    """A finding's comment, a paragraph each: what it is and which rule, then the message (a
    paragraph per line; a control character quoted from the plan is shown, never written as one:
    XML cannot hold it)."""
    head = f"{f.severity.dutch.capitalize()} ({f.rule})"
    if f.location is None and f.sheet:
        head += f", {f.where}"
    return [visible(head), *(visible(line) for line in f.message.split("\n"))]


def annotate_docx(source: Path, report: Report, target: Path) -> Path:
    """Write the annotated document of ``source`` to ``target`` (atomically); ``source`` is only read."""
    source = Path(source)
    pkg = _open(source)
    try:
        types = ContentTypes(pkg)
        made = _strip(pkg, types)
        comments = WordComments(pkg, types)
        body = comments.document.find(w("body"))
        body = body if body is not None else comments.document
        defined = styles_defined(pkg, comments.doc)
        styles = {"reference_style": REFERENCE_STYLE if REFERENCE_STYLE in defined else None,
                  "text_style": TEXT_STYLE if TEXT_STYLE in defined else None}
        when = datetime.combine(report.checked_on, time(0, 0))
        ours: list[str] = []
        for block, findings in _places(comments.document, body, report.findings):
            for f in sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity]):
                added = comments.add(block, comment_text(f), AUTHOR, INITIALS, when, **styles)
                ours.append(added.para_id or "")
        made = [*made, *(n for n in comments.made if n not in made)]
        values = marker_properties(report.run) if report.run else {}
        values[COMMENTS_PROPERTY] = " ".join(ours)
        if docprops.custom_part(pkg) is None:  # set_properties makes it
            made.append(docprops.PART)
        docprops.set_properties(pkg, types, {**values, MADE_PROPERTY: " ".join(made)}, MARKER_PREFIX)
        _save(pkg, target, key=report.run.get("output_of"))
    finally:
        pkg.close()
    return target


def _places(document, body, findings: list[Finding]) -> list[tuple[object, list[Finding]]]:
    """The findings grouped by the block (``w:p`` or ``w:tc``) their comment goes on, in the
    order the blocks were first named."""
    tree = document.getroottree()
    groups: dict[int, tuple[object, list[Finding]]] = {}
    fallback = None
    for f in findings:
        block = None
        loc = f.location
        if loc is not None and loc.anchor:
            try:
                found = tree.find(loc.anchor)
            except (SyntaxError, KeyError, ValueError):  # not a path lxml can follow: placed as if it had none
                found = None
            if (found is not None and etree.QName(found).localname in ("p", "tc") and in_main_story(found)
                    and paragraphs_of(found)):
                block = found
        if block is None and loc is not None and loc.section:
            block = _heading(body, loc.section)
        if block is None:
            fallback = fallback if fallback is not None else _first_paragraph(body)
            block = fallback
        if block is None:
            continue  # a document without a single paragraph: the report names the findings
        groups.setdefault(id(block), (block, []))[1].append(f)
    return list(groups.values())


def _heading(body, section: str):
    """The first paragraph whose text is ``section`` (the section's heading), else None."""
    want = " ".join(section.split()).casefold()
    for p in story_paragraphs(body):
        if " ".join(text_of(p).split()).casefold() == want:
            return p
    return None


def _first_paragraph(body):
    """The document's first paragraph with text (else its first paragraph)."""
    first = None
    for p in story_paragraphs(body):
        if first is None:
            first = p
        if text_of(p).strip():
            return p
    return first


def _our_ids(pkg: Package, comments: WordComments) -> tuple[set[str], list[str]]:
    """(the w:id of each comment of ours, the parts we made) by our marker and author."""
    part = docprops.custom_part(pkg)
    props = docprops.read_properties(pkg.read(part), MARKER_PREFIX) if part else {}
    listed = set(props.get(COMMENTS_PROPERTY, "").split())
    made = props.get(MADE_PROPERTY, "").split()
    ids = {c.id for c in comments.comments() if c.author == AUTHOR or (c.para_id and c.para_id in listed)}
    return ids, made


def _strip(pkg: Package, types: ContentTypes) -> list[str]:
    """Take our comments and marker out of the package; returns the parts we made that remain."""
    comments = WordComments(pkg, types)
    ids, made = _our_ids(pkg, comments)
    comments.remove(ids)
    comments.drop_person(AUTHOR)
    comments.drop_parts(set(made))
    custom = docprops.custom_part(pkg)
    docprops.drop_properties(pkg, types, MARKER_PREFIX, made=custom if custom in made else None)
    return [name for name in made if pkg.exists(name)]


def is_annotated(source: Path) -> bool:
    """Whether the Word document at ``source`` carries our marker or a comment of ours."""
    try:
        pkg = Package(Path(source))
    except Exception:
        return False
    try:
        part = docprops.custom_part(pkg)
        if part and docprops.read_properties(pkg.read(part), MARKER_PREFIX).get(COMMENTS_PROPERTY) is not None:
            return True
        return bool(_our_ids(pkg, WordComments(pkg))[0])
    except Exception:
        return False
    finally:
        pkg.close()


def clean_docx(source: Path, target: Path) -> bool:
    """Write ``source`` without our comments and marker to ``target``; False (nothing written)
    when it has none of ours."""
    if not is_annotated(source):
        return False
    pkg = _open(Path(source))
    try:
        _strip(pkg, ContentTypes(pkg))
        _save(pkg, target)
    finally:
        pkg.close()
    return True


def _open(source: Path) -> Package:
    return open_package(source, WordComments, lambda error: (
        f"Het gecontroleerde document van '{source.name}' kon niet gemaakt worden: de opbouw van het "
        f"Word-document kan niet gelezen worden ({error}); er is niets geschreven. Open het document in Word, "
        "sla het opnieuw op als .docx en controleer opnieuw."
    ))
