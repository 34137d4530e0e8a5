"""The draft mail ``NAME.eml`` to the department, only for a workbook without errors.

An RFC 5322 message built with :class:`email.message.EmailMessage`, marked ``X-Unsent: 1`` so
Outlook, Thunderbird and Apple Mail open it as a draft to check and send. Nothing is ever sent.
The attachment is the user's workbook as they wrote it: the file itself, byte for byte, or, when
they checked an annotated copy, that copy without our marks, notes and sheets (recognised by
our mark, whatever the user renamed them to; text the user typed on them stays out too, and the
command says so).
"""

from __future__ import annotations

import tempfile
import urllib.parse
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Mapping

from actieplan.model import Report
from actieplan.ooxml.ns import CT_XLSM, CT_XLSX
from actieplan.ooxml.wordml import CT_DOCX
from actieplan.model import RuleSetInfo
from actieplan.normalize import clean_text, visible, visible_lines
from actieplan.write.outputs import OutputSet, atomic_path
from actieplan.write.wording import wording

# Strict: a defect in a header we build is an error, never repaired silently. Pythons that have
# ``verify_generated_headers`` (3.11.10+, 3.12.5+, 3.13) refuse to write a header line that would
# not parse back as one; on older ones (3.11.7, 3.12.1) the encoding in ``_cell_header`` and the
# check in ``_verify`` keep a cell's text from becoming a header line all the same.
POLICY = SMTP.clone(raise_on_defect=True)
if hasattr(POLICY, "verify_generated_headers"):
    POLICY = POLICY.clone(verify_generated_headers=True)

MIME_TYPES = {
    ".xlsx": tuple(CT_XLSX.split("/")),
    ".xlsm": tuple(CT_XLSM.split("/")),
    ".docx": tuple(CT_DOCX.split("/")),
}


def mail_name(stem: str) -> str:
    return f"{stem}.eml"


def write_mail(report: Report, out: OutputSet) -> Path | None:
    """The writer for :data:`actieplan.run.check.WRITERS`: a draft when there are no errors, else none.

    A draft of ours left from an earlier run is removed when this one has errors, so a draft in
    the folder always belongs to the workbook as it is now. A user's own .eml is never touched.
    """
    if not report.ok:
        out.remove_stale("eml")
        return None
    target = out.target("eml")
    name, data = attachment(report.source, out.stem, told=out.notices, templates=report.ruleset.messages if report.ruleset is not None else None)
    message = build_draft(report, name, data)
    with atomic_path(target, out.key) as tmp:
        tmp.write_bytes(draft_bytes(message))
    return target


def draft_bytes(message: EmailMessage) -> bytes:
    """The draft as it is written: with the strict policy, and checked to carry exactly the headers
    we set (a cell's text never becomes a header line or a MIME part of its own)."""
    data = message.as_bytes(policy=POLICY)
    _verify(data, message)
    return data


def attachment(path: Path, stem: str, told: list[str] | None = None, templates: Mapping[str, str] | None = None) -> tuple[str, bytes]:
    """(file name, bytes) of the workbook as the user wrote it, without our annotations. Our sheets
    never go, not even with text the user typed on them: ``told`` receives a Dutch notice then.
    ``templates``: the rules' messages (rule id -> template), to recognise our notes by."""
    from actieplan.write.annotated import clean_workbook, has_our_notes, is_annotated
    from actieplan.read.sniff import is_document
    from actieplan.write.worddoc import clean_docx

    if is_document(path):  # a Word document: without our comments and marker (an annotated copy checked again)
        with tempfile.TemporaryDirectory() as tmp:
            clean = Path(tmp) / f"{stem}.docx"
            if clean_docx(path, clean):
                return clean.name, clean.read_bytes()
        return path.name, path.read_bytes()
    # (our notes alone count too: a copy whose Controle sheet the user deleted and whose state a
    # program dropped still carries them)
    if not is_annotated(path) and not has_our_notes(path, templates):
        return path.name, path.read_bytes()
    suffix = path.suffix.lower()
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / f"{stem}{suffix}"
        clean_workbook(path, clean, told, templates)
        return clean.name, clean.read_bytes()


def build_draft(report: Report, filename: str, data: bytes) -> EmailMessage:
    s = report.ruleset
    if s is None:
        raise ValueError("a draft needs the rule set the report was made with (report.ruleset)")
    facts = report.facts
    # one line each: a line break typed in a cell must not become a header of its own
    werkjaar = _one_line(facts.werkjaar) or str(s.werkjaar)
    zorgraad = _one_line(facts.zorgraad) or "zorgraad"
    name, address = _one_line(facts.contactpersoon), _one_line(facts.email)
    msg = EmailMessage(policy=POLICY)
    msg["To"] = Address(display_name=s.departement_naam, addr_spec=s.departement_email)
    sender = _address(name, address)
    if sender is not None:
        msg["From"] = sender
    msg["Subject"] = _cell_header("Subject", f"Actieplan {werkjaar} - {zorgraad}")
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="actieplan.local")
    msg["X-Unsent"] = "1"
    if report.run:  # our marker: which run wrote this draft, for which workbook
        msg["X-Actieplan-Run"] = _cell_header("X-Actieplan-Run", report.run.get("id", ""))
        msg["X-Actieplan-Output-Of"] = _cell_header("X-Actieplan-Output-Of", report.run.get("output_of", ""))
    msg.set_content(_body(report, s, werkjaar, zorgraad, filename, name))
    maintype, subtype = MIME_TYPES.get(Path(filename).suffix.lower(), ("application", "octet-stream"))
    shown = attachment_name(filename)
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=shown)
    if ENCODED_WORD in shown:  # a name that reads as an encoded word: as typed, in RFC 2231's form
        part = next(msg.iter_attachments())
        disposition = "attachment; filename*=utf-8''" + urllib.parse.quote(shown, safe="")
        part.replace_header("Content-Disposition", _OwnEncoding("Content-Disposition", shown, raw=disposition))
    return msg


ENCODED_WORD = "=?"


class _OwnEncoding:
    """A header value we encode ourselves, every character, when the message is written.

    The header registry decodes RFC 2047 encoded words (``=?utf-8?b?...?=``) in the text it is
    given; on Python 3.11.7 and 3.12.1 a decoded line break was then written as a line break, so a
    cell holding an encoded word could add headers (``Bcc``) or a MIME body of its own. A value we
    encode whole (line breaks impossible) is decoded by a mail program exactly once, to the
    characters the user typed. Duck-typed as the registry's header objects are (``name``,
    ``fold``), which :class:`email.policy.EmailPolicy` stores and writes as they are.
    ``raw_tail`` is appended unencoded: an address we validated (``<an@zorgraad.be>``) or a
    parameter we encoded as RFC 2231.
    """

    def __init__(self, name: str, text: str, raw_tail: str = "", raw: str | None = None):
        self.name, self._text, self._tail, self._raw = name, text, raw_tail, raw

    def fold(self, *, policy) -> str:
        if self._raw is not None:
            return f"{self.name}: {self._raw}{policy.linesep}"
        # a display name as one encoded word: readers that keep the space between two adjacent
        # encoded words in a phrase (Python's own parser) would show a space the user never typed
        width = 0 if self._tail else 76
        encoded = Header(self._text, "utf-8", header_name=self.name).encode(linesep=policy.linesep, maxlinelen=width)
        return f"{self.name}: {encoded}{self._tail}{policy.linesep}"

    def __str__(self) -> str:
        return self._text + self._tail


def _cell_header(name: str, text: str):
    """``text`` (from the plan's cells, one line) as the value of header ``name``: as it is, or, when
    it holds what reads as an encoded word, encoded whole by us so that nothing in it is decoded
    as more than the characters typed."""
    return _OwnEncoding(name, text) if ENCODED_WORD in text else text


def _verify(data: bytes, message: EmailMessage) -> None:
    """The written draft has exactly the top-level headers we set and one attachment: anything else
    means a cell's text became part of the message's structure, and no draft is written."""
    written = BytesHeaderParser(policy=POLICY.clone(raise_on_defect=False)).parsebytes(data)
    if sorted(k.lower() for k in written.keys()) != sorted(k.lower() for k in message.keys()):
        raise RuntimeError("the draft's headers are not the ones set: not written")
    if written.get_content_type() != "multipart/mixed" or written.get_boundary() != message.get_boundary():
        raise RuntimeError("the draft's structure is not the one built: not written")


def attachment_name(filename: str) -> str:
    """The workbook's name as a mail can carry it: a line break, tab or other control character
    (allowed in a file name) becomes '_', a byte that is not UTF-8 '?'."""
    name = "".join("_" if ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F else c for c in filename)
    return name.encode("utf-8", errors="replace").decode("utf-8")


def _one_line(value) -> str | None:
    """One line, every control character made visible (an escape sequence typed in a cell must not
    reach the mail program or the terminal that shows the draft)."""
    text = clean_text(value)
    return None if text is None else visible(" ".join(text.split()))


def _address(name: str | None, address: str | None) -> Address | None:
    """The contact person as sender, when the plan gives a usable address; else the mail program fills it.
    A display name that reads as an encoded word is encoded by us (see :class:`_OwnEncoding`)."""
    if not address or "@" not in address or ENCODED_WORD in address or any(c in address for c in " <>,;\r\n\"()[]\\"):
        return None
    try:
        local, domain = address.rsplit("@", 1)
        plain = Address(display_name="" if name and ENCODED_WORD in name else (name or ""), username=local, domain=domain)
    except (ValueError, IndexError):
        return None
    if name and ENCODED_WORD in name:
        return _OwnEncoding("From", name, raw_tail=f" <{plain.addr_spec}>")
    return plain


def _named(zorgraad: str, word: str) -> str:
    """'de zorgraad BruZEL', but 'Zorgraad Testland' when the field already starts with the word."""
    if zorgraad.casefold().split(" ", 1)[0] == "zorgraad":
        return zorgraad
    return f"{word} {zorgraad}"


def _body(report: Report, s: RuleSetInfo, werkjaar: str, zorgraad: str, filename: str, name: str | None) -> str:
    from actieplan.write.summary import verdict

    lines = [
        "Beste,",
        "",
        f"In bijlage vindt u het actieplan {werkjaar} van {_named(zorgraad, 'de zorgraad')} ({attachment_name(filename)}).",
        "",
        f"{wording(filename).the_file.capitalize()} is vooraf gecontroleerd op het sjabloon van het departement (regels van {s.id}, "
        f"indienen uiterlijk {s.deadline}): {verdict(report)}",
    ]
    lines += [f"- {line}" for panel in report.panels for line in panel.lines]
    late = s.late(report.checked_on)
    if late is not None:  # said in the body, where the department reads it; the subject stays as it is
        lines += ["", f"{late}: dit actieplan wordt na de uiterste datum ingediend."]
    lines += ["", "Met vriendelijke groeten,", "", name or _named(zorgraad, "Zorgraad"), ""]
    return visible_lines("\n".join(lines))
