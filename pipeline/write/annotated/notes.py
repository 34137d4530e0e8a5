"""Our notes: the text we put in a cell's note (below the user's own note, if any), and how we
recognise our text again in a note another program saved, so that it can be taken out while
everything the user typed stays."""

from __future__ import annotations

import functools
import re
from typing import Mapping

from lxml import etree

from actieplan.ooxml.comments import LegacyNotes, note_text, run, run_text, text_runs
from actieplan.ooxml.ns import local, q
from actieplan.ooxml.package import Package
from actieplan.ooxml.xml import parse
from actieplan.write.annotated.texts import AUTHOR, NOTE_SEPARATOR

# rule id -> the rule's Dutch message template, of the rule set the report was made with
Templates = Mapping[str, str]

OUR_BLOCK = re.compile(
    r"(?:^|\n)(?:FOUT|WAARSCHUWING|INFO)(?:\s+\(hele\s+rij\s+\d+\))?:\s.*?\[[a-z0-9][a-z0-9-]*\](?=\n|$)", re.DOTALL
)


def normal_text(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def has_our_text(text: str) -> bool:
    return NOTE_SEPARATOR in text or bool(OUR_BLOCK.search(normal_text(text)))


def _squeeze(text: str) -> str:
    """Text compared leniently: every run of whitespace one space (another program may re-wrap
    or re-encode a note's line breaks and spaces)."""
    return " ".join(text.split())


class OurTexts:
    """The messages we wrote in an earlier copy (from its state, and from its Controle sheet's
    rows, which survive programs that drop the state): a block of a note that looks like ours is
    only ours when it is one of these, word for word (whitespace aside)."""

    def __init__(self, templates: Templates | None = None) -> None:
        self.templates: Templates = templates or {}
        self.blocks: set[str] = set()
        self.messages: set[tuple[str, str]] = set()  # (rule, message)

    def add_note(self, note: str) -> None:
        for m in OUR_BLOCK.finditer(normal_text(note)):
            self.blocks.add(_squeeze(m.group(0)))

    def add_message(self, rule: str, message: str) -> None:
        self.messages.add((rule.strip(), _squeeze(message)))

    def __bool__(self) -> bool:
        return bool(self.blocks or self.messages)

    def has(self, block: str) -> bool:
        block = _squeeze(block)
        if block in self.blocks:
            return True
        m = _BLOCK_PARTS.match(block)
        if m is None:
            return False
        if (m.group(2), _squeeze(m.group(1))) in self.messages:
            return True
        # Not among the messages we know (the Controle sheet deleted or some of its rows, the state
        # dropped): ours when it reads exactly as its rule's message does, the values aside; text
        # typed into the message's own words makes it the user's
        template = self.templates.get(m.group(2))
        pattern = _message_pattern(template) if template is not None else None
        return pattern is not None and pattern.fullmatch(_squeeze(m.group(1))) is not None


@functools.lru_cache(maxsize=1024)
def _message_pattern(message: str) -> re.Pattern:
    """A rule's Dutch message as a pattern: its own words as written (whitespace aside), each
    ``{value}`` any text, the row's title in front ('Actiefiche ...: ') optional."""
    words = re.split(r"\{[^{}]*\}", _squeeze(message))
    body = ".*?".join(r"\s*".join(re.escape(w) for w in part.split(" ")) if part.strip() else "" for part in words)
    return re.compile(r"(?:[^\n]*?: )?" + body, re.DOTALL)


_BLOCK_PARTS = re.compile(r"(?:FOUT|WAARSCHUWING|INFO)(?: \(hele rij \d+\))?: (.*) \[([a-z0-9][a-z0-9-]*)\]$", re.DOTALL)
_AUTHOR_LINE = re.compile(rf"^\s*{re.escape(AUTHOR)}:\s*(?:\n|$)")  # the author's name another program puts first


def remove_our_text(text: str, ours: str | None = None, known: OurTexts | None = None, templates: Templates | None = None) -> str | None:
    """What is left of a note without our part (the separator and everything of ours). None when
    our part cannot be told apart from the user's: a block that looks like ours but is not word
    for word one we wrote (``ours``, or one of ``known``), so the user typed inside it or changed it.
    Without either (no record of what we wrote) a block counts as ours when it reads as its rule's
    message (in ``templates``) does, the values aside (:func:`_message_pattern`)."""
    full_text = text = normal_text(text)
    if known is None and ours is not None:
        known = OurTexts(templates)
    if ours is not None:
        known.add_note(ours)
        mine = normal_text(ours).strip()
        if mine and mine in text:
            text = text.replace(mine, "", 1)
        elif mine:  # re-wrapped by another program: whitespace aside
            found = re.search(r"\s+".join(re.escape(w) for w in mine.split()), text)
            if found:
                text = text[: found.start()] + text[found.end():]
    before = ""
    if NOTE_SEPARATOR in text:  # the user's note above, ours below the last separator
        before, _, text = text.rpartition(NOTE_SEPARATOR)
    strange = []

    judge = known if known is not None else OurTexts(templates)  # nothing recorded: the rules' messages decide

    def drop(m: re.Match) -> str:
        if judge.has(m.group(0)):
            return ""
        strange.append(m.group(0))
        return m.group(0)

    left = OUR_BLOCK.sub(drop, text)
    if strange:
        return None
    if left == text == full_text:
        return text.strip()  # nothing of ours in it
    rest = (before.strip() + "\n\n" + left.strip()).strip()
    return _AUTHOR_LINE.sub("", rest, count=1).strip()


class Notes(LegacyNotes):
    """A sheet's notes as the annotation uses them: ours added, ours taken out again."""

    def add(self, ref: str, text: str) -> tuple[bool, int]:
        """Put ``text`` in the note of ``ref``: below the user's own note if there is one.
        Returns (the user had a note, how many runs we appended to it)."""
        self.ensure_parts()
        existing = self.note_of(ref)
        if existing is not None:
            added = [run(f"\n\n{NOTE_SEPARATOR}\n{text}")]
            self.append_runs(existing, added)
            return True, len(added)
        self.new_note(ref, text, AUTHOR)
        return False, 0

    def strip(self, ref: str, ours: str | None, appended: int = 0, known: OurTexts | None = None) -> str:
        """Take our text out of the note of ``ref``; what the user wrote stays. ``ours`` is our
        exact text when known (else our notes are recognised by their form, and by ``known``, the
        messages we wrote, where known). Returns 'gone' (nothing left: note removed), 'kept' (the
        user's text stays), 'mixed' (the user typed inside our text, or changed it: the whole
        note stays as the user's own) or 'none' (nothing of ours)."""
        comment = self.by_ref().get(ref)
        if comment is None:
            return "none"
        full = note_text(comment)
        runs = text_runs(comment)
        # exactly as we left it: our appended runs go, the user's runs stay as they were
        if appended and len(runs) > appended and ours is not None:
            tail = "".join(run_text(r) for r in runs[-appended:])
            if tail == f"\n\n{NOTE_SEPARATOR}\n{ours}":
                for r in runs[-appended:]:
                    r.getparent().remove(r)
                self.pkg.changed(self.part)
                return "kept"
        rest = remove_our_text(full, ours, known)
        if rest is None:  # ours cannot be told apart from what the user typed: all of it is theirs
            self.reassign(comment, AUTHOR, "")
            return "mixed"
        if rest == full.strip() and rest:
            return "none"
        if not rest:
            self.remove(ref, comment)
            return "gone"
        props = next((r.find(q("rPr")) for r in runs if local(r) == "r" and r.find(q("rPr")) is not None), None)
        self.set_text(comment, rest, props)
        self.reassign(comment, AUTHOR, "")
        return "kept"

    def ours(self) -> dict[str, str]:
        """ref -> text of every note that holds text of ours (recognised by its form)."""
        return {ref: note_text(c) for ref, c in self.by_ref().items() if has_our_text(note_text(c))}


def has_our_notes_in(pkg: Package, templates: Templates | None = None) -> bool:
    """Whether a note of ours is left in a workbook that lost both our state and our Controle sheet
    (a program dropped the one, the user deleted the other): a note by our author with a block that
    reads as its rule's message (in ``templates``) does. Such notes are taken out by their form, never the user's."""
    for name in pkg.infos:
        if not (name.startswith("xl/") and name.endswith(".xml") and "comment" in name.rsplit("/", 1)[-1].lower()):
            continue  # a comments part, wherever the program that saved it put it (xl/comments/comment1.xml)
        try:
            root = parse(pkg.read(name))
        except (etree.XMLSyntaxError, KeyError, ValueError):
            continue
        authors = [(a.text or "").strip() for a in root.iter(q("author"))]
        if AUTHOR not in authors:
            continue
        ours = str(authors.index(AUTHOR))
        for comment in root.iter(q("comment")):
            if comment.get("authorId") != ours:
                continue
            text = normal_text("".join(t.text or "" for t in comment.iter(q("t"))))
            if any(OurTexts(templates).has(m.group(0)) for m in OUR_BLOCK.finditer(text)):
                return True
    return False
