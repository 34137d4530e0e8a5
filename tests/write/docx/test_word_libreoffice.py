"""LibreOffice Writer opens the annotated Word document, and saved again by it the document still
has our comments (author actieplan) on the right text (slow lane: a real client)."""

from __future__ import annotations

import subprocess
import zipfile

import pytest
from clients import need
from word_annotate_docs import W, anchors, finding, report_for
from lxml import etree

from actieplan.model import Severity
from actieplan.write.worddoc import AUTHOR, annotate_docx, is_annotated

pytestmark = pytest.mark.slow


def convert(path, fmt, outdir, tmp_path):
    outdir.mkdir(exist_ok=True)
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo-profiel').as_uri()}", "--headless", "--norestore",
         "--convert-to", fmt, "--outdir", str(outdir), str(path)],
        capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return outdir / (path.stem + "." + fmt.split(":")[0])


def placed(path):
    """{comment text: (author, text within its range, text of the table row or paragraph holding its reference)}"""
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        comments = etree.fromstring(z.read("word/comments.xml"))
    open_ranges: dict[str, list[str]] = {}
    ranged: dict[str, str] = {}
    where: dict[str, str] = {}
    for el in doc.iter():
        tag = etree.QName(el).localname if isinstance(el.tag, str) else ""
        cid = el.get(f"{{{W}}}id")
        if tag == "commentRangeStart":
            open_ranges[cid] = []
        elif tag == "commentRangeEnd" and cid in open_ranges:
            ranged[cid] = "".join(open_ranges.pop(cid))
        elif tag == "t":
            for texts in open_ranges.values():
                texts.append(el.text or "")
        elif tag == "commentReference":
            holder = next((a for a in el.iterancestors() if etree.QName(a).localname in ("tr",)), None)
            holder = holder if holder is not None else next(el.iterancestors(f"{{{W}}}p"))
            where[cid] = "".join(t.text or "" for t in holder.iter(f"{{{W}}}t"))
    out = {}
    for c in comments.iter(f"{{{W}}}comment"):
        cid = c.get(f"{{{W}}}id")
        text = "".join(t.text or "" for t in c.iter(f"{{{W}}}t"))
        out[text] = (c.get(f"{{{W}}}author"), ranged.get(cid), where.get(cid))
    return out


def test_libreoffice_opens_the_annotated_document_and_keeps_our_comments(plan_docx, tmp_path):
    need("soffice")
    a = anchors(plan_docx)
    findings = [
        finding("Beschrijving te kort.", a["wat"], Severity.WARNING),
        finding("Doel ontbreekt.", a["wat"]),
        finding("Trekker ontbreekt.", a["trekker-leeg"], label="Trekker"),
        finding("Geen mijlpalen.", a["hoe"], Severity.INFO, label="Hoe?"),
        finding("Zorgraad nakijken.", a["zorgraad"], section=None, label="Zorgraad:"),
    ]
    target = tmp_path / "plan.gecontroleerd.docx"
    annotate_docx(plan_docx, report_for(plan_docx, findings), target)

    pdf = convert(target, "pdf", tmp_path / "pdf", tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000

    back = convert(target, "docx:MS Word 2007 XML", tmp_path / "terug", tmp_path)
    found = placed(back)
    ours = {text: v for text, v in found.items() if v[0] == AUTHOR}
    assert len(ours) == 5
    assert ours["Fout (test-regel)Doel ontbreekt."][1] == "Wij bouwen drie buurtpunten uit."
    assert ours["Waarschuwing (test-regel)Beschrijving te kort."][1] == "Wij bouwen drie buurtpunten uit."
    assert ours["Info (test-regel)Geen mijlpalen."][1] == "Eerst een bevraging.Tweede alinea van de aanpak."
    assert ours["Fout (test-regel)Zorgraad nakijken."][1] == "Zorgraad: Voorbeeldstreek"
    # an empty cell: LibreOffice keeps the comment at that place (in that row), without a range
    assert "Werkgroep mantelzorg" in ours["Fout (test-regel)Trekker ontbreekt."][2]
    assert found["Klopt de naam?"][0] == "Sofie Peeters"  # the user's own comment too

    # checked again after LibreOffice saved it (our marker may be gone): ours are recognised by
    # their author and replaced, the user's stays
    assert is_annotated(back)
    again = tmp_path / "opnieuw.docx"
    annotate_docx(back, report_for(back, [finding("Nog een.", None, section=None)]), again)
    authors = [v[0] for v in placed(again).values()]
    assert authors.count(AUTHOR) == 1 and "Sofie Peeters" in authors
