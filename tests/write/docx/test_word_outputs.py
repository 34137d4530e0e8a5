"""A plan read from a Word document: its outputs' names, the annotated copy's writer chosen by the
source's kind, the mail's attachment without our comments, and the report showing Word places."""

from __future__ import annotations

import zipfile
from datetime import date
from email import policy
from email.parser import BytesParser
from html import unescape

from word_annotate_docs import anchors, finding, report_for
from lxml import etree

from actieplan.model import RuleSetInfo
from actieplan.run.check import write_annotated
from actieplan.write.html import render_html
from actieplan.write.mail import attachment, build_draft
from actieplan.write.outputs import OutputSet, output_names
from actieplan.write.summary import render_summary
from actieplan.write.worddoc import AUTHOR, annotate_docx, is_annotated

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def authors(data_or_path):
    with zipfile.ZipFile(data_or_path) as z:
        if "word/comments.xml" not in z.namelist():
            return []
        return [c.get(f"{{{W}}}author") for c in etree.fromstring(z.read("word/comments.xml")).iter(f"{{{W}}}comment")]


def test_output_names_of_a_word_document(tmp_path):
    assert output_names(tmp_path / "plan.docx", "plan")["xlsx"] == "plan.gecontroleerd.docx"
    assert output_names(tmp_path / "plan.gecontroleerd.docx", "plan", tmp_path)["xlsx"] == "plan.gecontroleerd-2.docx"
    assert output_names(tmp_path / "plan.gecontroleerd-2.docx", "plan", tmp_path)["xlsx"] == "plan.gecontroleerd-3.docx"
    assert output_names(tmp_path / "plan.xlsx", "plan")["xlsx"] == "plan.gecontroleerd.xlsx"


def test_the_run_writes_a_commented_document_for_a_word_plan(plan_docx, tmp_path):
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    a = anchors(plan_docx)
    report = report_for(plan_docx, [finding("Trekker ontbreekt.", a["trekker-leeg"])])
    out = OutputSet.plan(plan_docx, out_dir)
    report.run = out.marker()
    with out.writing() as written:
        path = write_annotated(report, out)
    assert path == out_dir / "plan.gecontroleerd.docx" and path in written
    assert authors(path).count(AUTHOR) == 1 and is_annotated(path)
    # the next run replaces it (ours, unchanged), under the same name
    out2 = OutputSet.plan(plan_docx, out_dir)
    report.run = out2.marker()
    with out2.writing():
        assert write_annotated(report, out2) == path
    assert out2.notices == []


def test_the_mails_attachment_has_none_of_our_comments(plan_docx, tmp_path):
    a = anchors(plan_docx)
    copy = tmp_path / "plan.gecontroleerd.docx"
    annotate_docx(plan_docx, report_for(plan_docx, [finding("Trekker ontbreekt.", a["trekker-leeg"])]), copy)
    name, data = attachment(copy, "plan")
    assert name == "plan.docx"
    attached = tmp_path / "bijlage.docx"
    attached.write_bytes(data)
    assert authors(attached) == ["Sofie Peeters"] and not is_annotated(attached)
    # the user's own document goes as it is
    assert attachment(plan_docx, "plan") == ("plan.docx", plan_docx.read_bytes())
    # and as a Word document
    report = report_for(copy, [])
    report.ruleset = RuleSetInfo("actieplan-2026", 2026, date(2026, 12, 31), "zorgraden@example.org")
    msg = BytesParser(policy=policy.default).parsebytes(build_draft(report, name, data).as_bytes())
    (part,) = msg.iter_attachments()
    assert part.get_content_type() == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_report_and_summary_name_the_place_in_the_document(plan_docx):
    a = anchors(plan_docx)
    f = finding("Trekker ontbreekt.", a["trekker-leeg"], label="Trekker")
    report = report_for(plan_docx, [f])
    report.ruleset = RuleSetInfo("actieplan-2026", 2026, date(2026, 12, 31), "zorgraden@example.org")
    page = render_html(report, outputs={"kopie": "plan.gecontroleerd.docx"})
    assert "'Actie 1.1.1 Buurtpunten uitbouwen', tabel 2, rij 1 (Trekker)" in unescape(page)
    assert "<th>Plaats</th>" in page and "<th>Cel</th>" not in page
    assert "als opmerking van <em>actieplan</em>" in page and "blad <em>Controle</em>" not in page
    assert "'Actie 1.1.1 Buurtpunten uitbouwen', tabel 2, rij 1 (Trekker)" in render_summary(report)


def test_a_document_we_cannot_take_apart_gets_a_dutch_message(plan_docx, tmp_path):
    import pytest

    from actieplan.errors import OutputError

    broken = tmp_path / "kapot.docx"
    with zipfile.ZipFile(plan_docx) as src, zipfile.ZipFile(broken, "w") as out:
        for info in src.infolist():
            out.writestr(info, b"<w:document" if info.filename == "word/document.xml" else src.read(info))
    with pytest.raises(OutputError, match="Word-document kan niet gelezen worden"):
        annotate_docx(broken, report_for(broken, []), tmp_path / "uit.docx")
    assert not (tmp_path / "uit.docx").exists()
    assert not is_annotated(broken) and not is_annotated(tmp_path / "bestaat-niet.docx")
