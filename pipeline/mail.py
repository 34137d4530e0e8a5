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
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path

from actieplan.model import Report
from actieplan.model import RuleSetInfo
from actieplan.normalize import clean_text, visible, visible_lines
from actieplan.outputs import OutputSet, atomic_path

MIME_TYPES = {
    ".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".xlsm": ("application", "vnd.ms-excel.sheet.macroEnabled.12"),
}


def mail_name(stem: str) -> str:
    return f"{stem}.eml"


def write_mail(report: Report, out: OutputSet) -> Path | None:
    """The writer for :data:`actieplan.check.WRITERS`: a draft when there are no errors, else none.

    A draft of ours left from an earlier run is removed when this one has errors, so a draft in
    the folder always belongs to the workbook as it is now. A user's own .eml is never touched.
    """
    if not report.ok:
        out.remove_stale("eml")
        return None
    target = out.target("eml")
    name, data = attachment(report.source, out.stem, told=out.notices)
    message = build_draft(report, name, data)
    with atomic_path(target, out.key) as tmp:
        tmp.write_bytes(message.as_bytes(policy=SMTP))
    return target


def attachment(path: Path, stem: str, told: list[str] | None = None) -> tuple[str, bytes]:
    """(file name, bytes) of the workbook as the user wrote it, without our annotations. Our sheets
    never go, not even with text the user typed on them: ``told`` receives a Dutch notice then."""
    from actieplan.annotate import clean_workbook, has_our_notes, is_annotated

    # (our notes alone count too: a copy whose Controle sheet the user deleted and whose state a
    # program dropped still carries them)
    if not is_annotated(path) and not has_our_notes(path):
        return path.name, path.read_bytes()
    suffix = path.suffix.lower()
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / f"{stem}{suffix}"
        clean_workbook(path, clean, told)
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
    msg = EmailMessage()
    msg["To"] = Address(display_name=s.departement_naam, addr_spec=s.departement_email)
    sender = _address(name, address)
    if sender is not None:
        msg["From"] = sender
    msg["Subject"] = f"Actieplan {werkjaar} - {zorgraad}"
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="actieplan.local")
    msg["X-Unsent"] = "1"
    if report.run:  # our marker: which run wrote this draft, for which workbook
        msg["X-Actieplan-Run"] = report.run.get("id", "")
        msg["X-Actieplan-Output-Of"] = report.run.get("output_of", "")
    msg.set_content(_body(report, s, werkjaar, zorgraad, filename, name))
    maintype, subtype = MIME_TYPES.get(Path(filename).suffix.lower(), ("application", "octet-stream"))
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=attachment_name(filename))
    return msg


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
    """The contact person as sender, when the plan gives a usable address; else the mail program fills it."""
    if not address or "@" not in address or any(c in address for c in " <>,;\r\n"):
        return None
    try:
        local, domain = address.rsplit("@", 1)
        return Address(display_name=name or "", username=local, domain=domain)
    except (ValueError, IndexError):
        return None


def _named(zorgraad: str, word: str) -> str:
    """'de zorgraad BruZEL', but 'Zorgraad Testland' when the field already starts with the word."""
    if zorgraad.casefold().split(" ", 1)[0] == "zorgraad":
        return zorgraad
    return f"{word} {zorgraad}"


def _body(report: Report, s: RuleSetInfo, werkjaar: str, zorgraad: str, filename: str, name: str | None) -> str:
    from actieplan.summary import verdict

    lines = [
        "Beste,",
        "",
        f"In bijlage vindt u het actieplan {werkjaar} van {_named(zorgraad, 'de zorgraad')} ({attachment_name(filename)}).",
        "",
        f"De werkmap is vooraf gecontroleerd op het sjabloon van het departement (regels van {s.id}, "
        f"indienen uiterlijk {s.deadline}): {verdict(report)}",
    ]
    lines += [f"- {line}" for panel in report.panels for line in panel.lines]
    late = s.late(report.checked_on)
    if late is not None:  # said in the body, where the department reads it; the subject stays as it is
        lines += ["", f"{late}: dit actieplan wordt na de uiterste datum ingediend."]
    lines += ["", "Met vriendelijke groeten,", "", name or _named(zorgraad, "Zorgraad"), ""]
    return visible_lines("\n".join(lines))
