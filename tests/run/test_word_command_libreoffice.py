"""Slow lane: LibreOffice Writer opens what `actieplan word` writes, and its re-save still reads
as the same plan."""

from __future__ import annotations

import subprocess

import docx
import pytest
from clients import need

from actieplan.run.importeer import word

from paths import EXAMPLE
from plan_forms import as_in_a_document, checked, finding_keys
from workbooks import RULESET

pytestmark = pytest.mark.slow


def _soffice(tmp_path, path, to: str, outdir) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo-profiel').as_uri()}", "--headless", "--norestore",
         "--convert-to", to, "--outdir", str(outdir), str(path)],
        capture_output=True, text=True, timeout=300,
    )


def test_libreoffice_writer_opens_the_word_output_and_its_resave_reads_the_same(tmp_path):
    tools = need("soffice", "pdftotext")
    document = word(EXAMPLE, tmp_path / "voorbeeld.docx", RULESET)
    pdf_dir, resaved_dir = tmp_path / "pdf", tmp_path / "lo"
    done = _soffice(tmp_path, document, "pdf", pdf_dir)
    pdf = pdf_dir / "voorbeeld.pdf"
    assert pdf.exists(), done.stderr
    text = subprocess.run([tools["pdftotext"], str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    layout = RULESET.word
    for heading in (*(t.heading for t in layout.tables), layout.fiches.heading):
        assert heading in text
    assert "\u2612" in text  # the ticked content controls are drawn as ☒
    done = _soffice(tmp_path, document, "docx:MS Word 2007 XML", resaved_dir)
    resaved = resaved_dir / "voorbeeld.docx"
    assert resaved.exists(), done.stderr
    before, after = docx.Document(str(document)), docx.Document(str(resaved))
    assert len(after.tables) == len(before.tables)
    assert [c.text for c in after.tables[0].rows[0].cells] == [c.text for c in before.tables[0].rows[0].cells]
    # LibreOffice's re-save is still the same plan: the same findings as the workbook
    workbook_findings = finding_keys(checked(EXAMPLE)[1])
    resaved_findings = finding_keys(checked(resaved)[1])
    assert resaved_findings == as_in_a_document(workbook_findings)
    assert finding_keys(checked(document)[1]) == resaved_findings
