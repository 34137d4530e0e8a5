"""`actieplan controleer PLAN.docx` end to end through run.check.run, the plan's reading stubbed
(the reader has tests of its own, tests/read/docx): every output of a Word plan, the copy checked
again in its own folder, and the draft attaching the document without our comments."""

from __future__ import annotations

import zipfile
from datetime import date
from email import policy
from email.parser import BytesParser

from word_annotate_docs import W, anchors, finding, write_document
from lxml import etree
from workbooks import RULESET

from actieplan.model import Report, Severity
from actieplan.run import check
from actieplan.write.worddoc import AUTHOR, is_annotated


def stub_check(messages):
    """check_within as the Word reader will make it: findings with DocLocations on the document."""
    def fake(path, ruleset, vorig_jaar, time_limit, *_, **__):  # + zorgraad
        a = anchors(path)
        findings = [finding(m, a[key], severity) for key, m, severity in messages]
        report = Report(path.name, findings, ruleset=ruleset.info, source=path)
        from actieplan.write.worddoc import is_annotated as annotated

        report.checked_copy = annotated(path)
        return report
    return fake


def authors(path):
    with zipfile.ZipFile(path) as z:
        return [c.get(f"{{{W}}}author") for c in etree.fromstring(z.read("word/comments.xml")).iter(f"{{{W}}}comment")]


def test_a_word_plan_with_errors_gets_its_commented_document_report_and_findings(tmp_path, monkeypatch):
    source = write_document(tmp_path / "plan.docx")
    before = source.read_bytes()
    monkeypatch.setattr(check, "check_within", stub_check([("trekker-leeg", "Trekker ontbreekt.", Severity.ERROR)]))
    result = check.run(source, tmp_path / "uit", RULESET, today=date(2026, 12, 6))
    names = sorted(p.name for p in result.outputs)
    assert names == ["plan.bevindingen.json", "plan.gecontroleerd.docx", "plan.rapport.html"]
    assert source.read_bytes() == before
    copy = tmp_path / "uit" / "plan.gecontroleerd.docx"
    assert authors(copy).count(AUTHOR) == 1 and is_annotated(copy)
    assert "plan.gecontroleerd.docx" in (tmp_path / "uit" / "plan.rapport.html").read_text(encoding="utf-8")
    assert result.exit_code == 1


def test_the_copy_checked_again_in_its_folder_and_the_draft(tmp_path, monkeypatch):
    source = write_document(tmp_path / "plan.docx")
    monkeypatch.setattr(check, "check_within", stub_check([("wat", "Kijk de beschrijving na.", Severity.WARNING)]))
    first = check.run(source, tmp_path, RULESET, today=date(2026, 12, 6))
    copy = tmp_path / "plan.gecontroleerd.docx"
    assert copy in first.outputs and first.report.ok
    # the user works on in the copy and checks it again where it is
    again = check.run(copy, tmp_path, RULESET, today=date(2026, 12, 6))
    assert tmp_path / "plan.gecontroleerd-2.docx" in again.outputs and again.report.checked_copy
    assert any("plan.gecontroleerd-2.docx" in n for n in again.notices)
    assert authors(tmp_path / "plan.gecontroleerd-2.docx").count(AUTHOR) == 1
    page = (tmp_path / "plan.rapport.html").read_text(encoding="utf-8")
    assert "gecontroleerd zonder de opmerkingen van actieplan van toen" in page and "blad Controle van toen" not in page
    msg = BytesParser(policy=policy.default).parsebytes((tmp_path / "plan.eml").read_bytes())
    (part,) = msg.iter_attachments()
    assert part.get_filename() == "plan.docx"
    attached = tmp_path / "bijlage.docx"
    attached.write_bytes(part.get_content())
    assert authors(attached) == ["Sofie Peeters"] and not is_annotated(attached)
