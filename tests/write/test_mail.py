"""The draft to the department: only without errors, a draft (X-Unsent), the user's own file attached."""

from __future__ import annotations

import dataclasses
import zipfile

from email import policy
from email.parser import BytesParser

import openpyxl
from copies import broken_rows, make_macro_workbook
from workbooks import RULESET, valid_plan, write_plan

from actieplan.write.annotated import CONTROL_SHEET
from actieplan.run.check import check_workbook, run
from actieplan.run.cli import main
from actieplan.write.mail import build_draft
from actieplan.write.summary import render_summary, verdict
from actieplan.plugin.registry import resolve


def parse(path):
    with path.open("rb") as fh:
        return BytesParser(policy=policy.default).parse(fh)


def attachments(msg):
    return [(part.get_filename(), part.get_content_type(), part.get_content()) for part in msg.iter_attachments()]


def test_no_errors_gives_a_draft_with_the_workbook_attached(tmp_path):
    source = write_plan(tmp_path / "plan.xlsx", valid_plan())
    result = run(source, tmp_path / "uit", ruleset=RULESET)
    assert result.report.ok
    eml = tmp_path / "uit" / "plan.eml"
    assert eml in result.outputs
    msg = parse(eml)
    s = resolve("2026").settings
    assert msg["X-Unsent"] == "1"
    assert msg["To"].addresses[0].addr_spec == s.departement_email
    assert msg["Subject"] == f"Actieplan {s.werkjaar} - BruZEL"
    assert msg["From"].addresses[0].addr_spec == "an.peeters@bruzel.be"
    assert msg["Date"] is not None and msg["Message-ID"] is not None
    body = msg.get_body(("plain",)).get_content()
    assert verdict(result.report) in body
    assert "BruZEL" in body and "An Peeters" in body
    assert attachments(msg) == [
        ("plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", source.read_bytes())
    ]


def test_example_with_its_errors_fixed_gives_a_draft(tmp_path):
    """The real example: whatever errors it has, fixed by building the plan from the valid rows."""
    from paths import EXAMPLE

    first = run(EXAMPLE, tmp_path / "voorbeeld", ruleset=RULESET)
    eml = tmp_path / "voorbeeld" / "voorbeeld-actieplan-2026.eml"
    assert eml.exists() == first.report.ok
    fixed = write_plan(tmp_path / "voorbeeld-actieplan-2026.xlsx", valid_plan())
    result = run(fixed, tmp_path / "voorbeeld", ruleset=RULESET)
    assert result.report.ok and eml in result.outputs
    assert attachments(parse(eml))[0][2] == fixed.read_bytes()


def test_errors_give_no_draft_and_the_summary_says_why(tmp_path, capsys):
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    code = main(["controleer", str(source), "--uitvoer", str(tmp_path / "uit")])
    assert code == 1
    assert not (tmp_path / "uit" / "plan.eml").exists()
    out = capsys.readouterr().out
    assert "Geen e-mail aan het departement opgesteld: verbeter eerst de fouten" in out


def test_a_draft_from_an_earlier_run_is_removed_when_errors_appear(tmp_path):
    path = tmp_path / "plan.xlsx"
    write_plan(path, valid_plan())
    run(path, tmp_path / "uit", ruleset=RULESET)
    assert (tmp_path / "uit" / "plan.eml").exists()
    write_plan(path, broken_rows())
    result = run(path, tmp_path / "uit", ruleset=RULESET)
    assert not result.report.ok
    assert not (tmp_path / "uit" / "plan.eml").exists()


def test_summary_of_an_ok_report_does_not_mention_a_missing_mail(tmp_path):
    source = write_plan(tmp_path / "plan.xlsx", valid_plan())
    result = run(source, tmp_path, ruleset=RULESET)
    assert "Geen e-mail" not in render_summary(result.report, result.outputs)


def test_checked_copy_attaches_the_workbook_without_our_marks(tmp_path):
    """Checking the annotated copy: the attachment is the user's workbook, not our copy."""
    rows = valid_plan()
    rows["Algemeen"][3]["Veld"] = "Contact persoon"  # an info finding: a mark, but no error
    source = write_plan(tmp_path / "plan.xlsx", rows)
    first = run(source, tmp_path / "uit", ruleset=RULESET)
    assert first.report.ok and first.report.findings
    copy = tmp_path / "uit" / "plan.gecontroleerd.xlsx"
    second = run(copy, tmp_path / "opnieuw", ruleset=RULESET)
    assert second.report.ok
    name, kind, data = attachments(parse(tmp_path / "opnieuw" / "plan.eml"))[0]
    assert name == "plan.xlsx"
    attached = tmp_path / "attached.xlsx"
    attached.write_bytes(data)
    a, b = openpyxl.load_workbook(source), openpyxl.load_workbook(attached)
    assert CONTROL_SHEET not in b.sheetnames and "_actieplan" not in b.sheetnames
    assert b.sheetnames == a.sheetnames
    with zipfile.ZipFile(source) as zs, zipfile.ZipFile(attached) as za:  # every part as the user wrote it
        assert za.namelist() == zs.namelist()
        assert all(za.read(n) == zs.read(n) for n in zs.namelist())
    for ws in a.worksheets:
        for row in ws.iter_rows():
            for c in row:
                d = b[ws.title][c.coordinate]
                assert (c.value, c.fill.fill_type, c.comment) == (d.value, d.fill.fill_type, d.comment), c.coordinate


def test_line_breaks_in_the_plan_do_not_become_headers(tmp_path):
    rows = valid_plan()
    rows["Algemeen"][0]["Waarde"] = "BruZEL\nBcc: iedereen@example.org"
    source = write_plan(tmp_path / "plan.xlsx", rows)
    result = run(source, tmp_path, ruleset=RULESET)
    assert result.report.ok
    msg = parse(tmp_path / "plan.eml")
    assert msg["Bcc"] is None
    assert msg["Subject"] == "Actieplan 2026 - BruZEL Bcc: iedereen@example.org"


def test_an_unusable_contact_address_leaves_the_sender_to_the_mail_program(tmp_path):
    report = check_workbook(write_plan(tmp_path / "plan.xlsx", valid_plan()), ruleset=RULESET)[1]
    for address in ("an@bruzel.be\r\nBcc: x@example.org", "An Peeters", "an@bruzel.be; jan@bruzel.be", None):
        contact = dataclasses.replace(report.facts, contactpersoon="An\nPeeters", email=address)
        msg = build_draft(dataclasses.replace(report, facts=contact), "plan.xlsx", b"PK")
        parsed = BytesParser(policy=policy.default).parsebytes(msg.as_bytes())
        assert parsed["From"] is None and parsed["Bcc"] is None, address
        assert parsed["To"].addresses[0].addr_spec == resolve("2026").settings.departement_email


def test_macro_workbook_is_attached_as_macro_workbook(tmp_path):
    xlsx = write_plan(tmp_path / "plan.xlsx", valid_plan())
    xlsm = tmp_path / "plan.xlsm"
    make_macro_workbook(xlsx, xlsm, b"vba" * 10)
    run(xlsm, tmp_path / "uit", ruleset=RULESET)
    name, kind, data = attachments(parse(tmp_path / "uit" / "plan.eml"))[0]
    assert (name, kind, data) == ("plan.xlsm", "application/vnd.ms-excel.sheet.macroenabled.12", xlsm.read_bytes())


def test_a_folder_named_like_the_draft_is_left_alone(tmp_path):
    out = tmp_path / "uit"
    (out / "plan.eml").mkdir(parents=True)
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    assert main(["controleer", str(source), "--uitvoer", str(out)]) == 1
    assert (out / "plan.eml").is_dir()


def test_the_example_with_its_errors_fixed_gets_a_draft(tmp_path):
    """Issue 4's acceptance: tick the evaluation boxes of the two fiches and the draft is written."""
    import email
    import email.policy

    import openpyxl
    from paths import EXAMPLE

    from actieplan.run.check import run

    fixed = tmp_path / "voorbeeld-verbeterd.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE)
    wb["Actiefiches"]["M6"] = "☒"
    wb["Actiefiches"]["M7"] = "☒"
    wb.save(fixed)
    result = run(fixed, tmp_path / "uit", ruleset=RULESET)
    assert result.report.ok and result.report.counts["warning"] >= 1
    eml = tmp_path / "uit" / "voorbeeld-verbeterd.eml"
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1" and msg["Subject"] == "Actieplan 2026 - BruZEL"
    attachment = next(msg.iter_attachments())
    assert attachment.get_content() == fixed.read_bytes()


def test_a_zorgraad_named_zorgraad_is_not_called_zorgraad_twice(tmp_path):
    rows = valid_plan()
    for row in rows["Algemeen"]:
        if row["Veld"] == "Zorgraad":
            row["Waarde"] = "Zorgraad Testland"
        if row["Veld"] == "Contactpersoon":
            row["Waarde"] = None  # the mail is signed with the zorgraad's name
    run(write_plan(tmp_path / "plan.xlsx", rows), tmp_path / "uit", ruleset=RULESET)
    body = parse(tmp_path / "uit" / "plan.eml").get_body(("plain",)).get_content()
    assert "van Zorgraad Testland (plan.xlsx)" in body
    assert "Zorgraad Zorgraad" not in body and "zorgraad Zorgraad" not in body
    assert body.rstrip().endswith("Zorgraad Testland")


def test_control_characters_in_the_plan_are_made_visible_in_the_draft(tmp_path):
    """An escape sequence typed in a cell (calamine decodes Excel's _x001B_) must not reach the
    mail program or a terminal that shows the draft: subject and body show it as ␛."""
    rows = valid_plan()
    for row in rows["Algemeen"]:
        if row["Veld"] == "Zorgraad":
            row["Waarde"] = "BruZEL_x001B_[2J_x001B_[1;1HKlaar om in te dienen."  # as Excel stores ESC
        if row["Veld"] == "Contactpersoon":
            row["Waarde"] = "An_x0007_n"
    run(write_plan(tmp_path / "plan.xlsx", rows), tmp_path / "uit", ruleset=RULESET)
    raw = (tmp_path / "uit" / "plan.eml").read_bytes()
    msg = parse(tmp_path / "uit" / "plan.eml")
    body = msg.get_body(("plain",)).get_content()
    assert "\x1b" not in msg["Subject"] and "␛[2J" in msg["Subject"]
    assert "\x1b" not in body and "\x07" not in body
    assert "BruZEL␛[2J␛[1;1HKlaar" in body and body.rstrip().endswith("An␇n")
    assert b"\x1b" not in raw and b"\x07" not in raw


# -- header injection through RFC 2047 encoded words (issue 19, HIGH 2) ---------------------------

def _encoded_word(text: str) -> str:
    import base64

    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


_BCC = _encoded_word("Testland\r\nBcc: iedereen@example.org")
_MIME = _encoded_word(
    "Testland\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\n"
    "Content-Type: text/plain\r\n\r\nAndere tekst\r\n--x--\r\n"
)


def _draft_with(tmp_path, **algemeen):
    rows = valid_plan()
    for row in rows["Algemeen"]:
        if row["Veld"] in algemeen:
            row["Waarde"] = algemeen[row["Veld"]]
    result = run(write_plan(tmp_path / "plan.xlsx", rows), tmp_path / "uit", ruleset=RULESET)
    assert result.report.ok
    eml = tmp_path / "uit" / "plan.eml"
    return eml.read_bytes(), parse(eml)


def _top_headers(raw: bytes) -> list[str]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    return [line.split(":", 1)[0].lower() for line in head.split("\r\n") if line and line[0] not in " \t"]


OUR_HEADERS = ["to", "from", "subject", "date", "message-id", "x-unsent", "x-actieplan-run",
               "x-actieplan-output-of", "mime-version", "content-type"]


def test_an_encoded_word_in_the_zorgraad_adds_no_header(tmp_path):
    """On Python 3.11.7 and 3.12.1 the header registry decoded the cell's encoded word and wrote its
    line break: a second 'Bcc' header. The subject must show the characters as typed."""
    raw, msg = _draft_with(tmp_path, Zorgraad=_BCC)
    assert b"\r\nBcc:" not in raw and msg["Bcc"] is None
    assert sorted(_top_headers(raw)) == sorted(OUR_HEADERS)
    assert msg["Subject"] == f"Actieplan 2026 - {_BCC}"


def test_a_mime_body_in_the_zorgraad_does_not_become_the_drafts_structure(tmp_path):
    raw, msg = _draft_with(tmp_path, Zorgraad=_MIME)
    assert msg.get_content_type() == "multipart/mixed"
    assert msg.get_boundary() != "x" and b'boundary="x"' not in raw
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == [
        "text/plain", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]
    assert attachments(msg)[0][0] == "plan.xlsx"
    assert msg["Subject"] == f"Actieplan 2026 - {_MIME}"
    assert sorted(_top_headers(raw)) == sorted(OUR_HEADERS)


def test_an_encoded_word_in_the_contact_person_is_shown_as_typed(tmp_path):
    raw, msg = _draft_with(tmp_path, Contactpersoon=f"An {_BCC}")
    assert msg["Bcc"] is None and sorted(_top_headers(raw)) == sorted(OUR_HEADERS)
    sender = msg["From"].addresses[0]
    assert sender.display_name == f"An {_BCC}" and sender.addr_spec == "an.peeters@bruzel.be"


def test_an_encoded_word_in_the_werkjaar_or_address_adds_no_header(tmp_path):
    raw, msg = _draft_with(tmp_path, **{"E-mail": f"{_BCC}@bruzel.be"})
    assert msg["Bcc"] is None and msg["From"] is None  # not a usable address: the mail program fills it
    report = check_workbook(write_plan(tmp_path / "plan2.xlsx", valid_plan()), ruleset=RULESET)[1]
    draft = build_draft(dataclasses.replace(report, facts=dataclasses.replace(report.facts, werkjaar=_BCC)), "p.xlsx", b"PK")
    from actieplan.write.mail import draft_bytes

    data = draft_bytes(draft)
    assert b"\r\nBcc:" not in data and BytesParser(policy=policy.default).parsebytes(data)["Bcc"] is None


def test_an_encoded_word_in_the_file_name_is_the_attachments_name_as_typed(tmp_path):
    from actieplan.write.mail import draft_bytes

    report = check_workbook(write_plan(tmp_path / "plan.xlsx", valid_plan()), ruleset=RULESET)[1]
    name = f"{_BCC}.xlsx"
    data = draft_bytes(build_draft(report, name, b"PK"))
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert b"\r\nBcc:" not in data and msg["Bcc"] is None
    assert attachments(msg) == [(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK")]
