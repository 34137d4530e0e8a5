"""The outputs in the programs people open them with: LibreOffice for the copy, Chromium for the report.

Each test skips, saying what is missing, where the program is not installed (`.ci/run` installs
libreoffice-calc-nogui, poppler-utils and chromium).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from paths import EXAMPLE, TEMPLATE
from copies import broken_rows
from workbooks import RULESET, write_plan

from actieplan.run.check import run
from actieplan.write.summary import verdict
from clients import CHROMIUM_FLAGS, chromium, need, resave_with_libreoffice

pytestmark = pytest.mark.slow  # LibreOffice and Chromium open our outputs


def words(text: str) -> str:
    return " ".join(text.split())


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True)
    return out.stdout


def soffice_pdf(workbook: Path, tmp_path: Path) -> Path:
    outdir = tmp_path / "pdf"
    profile = tmp_path / "lo-profiel"
    proc = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = outdir / f"{workbook.stem}.pdf"
    assert proc.returncode == 0 and pdf.exists(), f"LibreOffice kon {workbook.name} niet openen: {proc.stdout} {proc.stderr}"
    return pdf


@pytest.mark.parametrize("which", ["broken", "example"])
def test_libreoffice_opens_the_copy_and_shows_the_controle_sheet(tmp_path, which):
    need("soffice", "pdftotext")
    source = write_plan(tmp_path / "plan.xlsx", broken_rows()) if which == "broken" else EXAMPLE
    result = run(source, tmp_path / "uit", ruleset=RULESET)
    copy = next(p for p in result.outputs if p.name.endswith(".gecontroleerd.xlsx"))
    pdf = soffice_pdf(copy, tmp_path)
    flat = words(pdf_text(pdf))
    joined = "".join(word for _, _, _, word in _word_boxes(pdf))  # a long rule id wraps at its hyphens
    assert "Controle van het actieplan" in flat
    assert verdict(result.report) in flat
    for f in result.report.findings:
        assert f.rule in joined, f.rule
        if f.cell:
            assert f.cell in flat
    # the user's own sheets are there too, after ours
    assert flat.index("Controle van het actieplan") < flat.index("Overzicht capaciteitsplanning")
    assert "Capaciteit: A tegenover" in flat  # the chart's title (on two lines): the chart was drawn


def test_libreoffice_opens_a_rechecked_copy(tmp_path):
    need("soffice", "pdftotext")
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    run(source, tmp_path / "uit", ruleset=RULESET)
    copy = tmp_path / "uit" / "plan.gecontroleerd.xlsx"
    second = run(copy, tmp_path / "opnieuw", ruleset=RULESET)
    flat = words(pdf_text(soffice_pdf(tmp_path / "opnieuw" / "plan.gecontroleerd.xlsx", tmp_path)))
    assert flat.count("Controle van het actieplan") == 1
    assert verdict(second.report) in flat


def _report(tmp_path: Path) -> tuple[Path, object]:
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    result = run(source, tmp_path / "uit", ruleset=RULESET)
    return tmp_path / "uit" / "plan.rapport.html", result.report


def test_chromium_shows_the_verdict_and_the_findings(tmp_path):
    browser = chromium()
    html, report = _report(tmp_path)
    proc = subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium'}", "--dump-dom", html.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    dom = proc.stdout
    assert 'id="oordeel"' in dom and verdict(report) in dom
    first = report.findings[0]
    assert first.message.replace("'", "&#x27;") in dom or first.message in dom


def test_chromium_prints_the_verdict_chart_and_a_finding(tmp_path):
    """Printed to PDF, the text a reader sees on paper holds the verdict, the chart and the findings."""
    browser = chromium()
    need("pdftotext")
    html, report = _report(tmp_path)
    pdf = tmp_path / "rapport.pdf"
    proc = subprocess.run(
        [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0 and pdf.exists(), proc.stderr
    flat = words(pdf_text(pdf))
    assert verdict(report) in flat
    assert "A: beschikbaar" in flat and "B–F: gepland" in flat  # the SVG chart's labels are drawn
    for f in report.findings:
        assert f.rule in flat
    assert words(report.findings[0].message)[:40] in flat


def test_libreoffice_reads_the_validations_openpyxl_cannot(tmp_path):
    """A list validation Excel keeps in <extLst> is in the copy in a form LibreOffice understands."""
    need("soffice")
    from copies import sheet_xml, with_excel_list_validation

    plain = write_plan(tmp_path / "plain.xlsx", broken_rows())
    source = with_excel_list_validation(plain, tmp_path / "plan.xlsx")
    run(source, tmp_path / "uit", ruleset=RULESET)
    copy = tmp_path / "uit" / "plan.gecontroleerd.xlsx"
    outdir = tmp_path / "lo"
    proc = resave_with_libreoffice(copy, outdir, tmp_path)
    resaved = outdir / copy.name
    assert proc.returncode == 0 and resaved.exists(), proc.stderr
    xml = sheet_xml(resaved, "Actiefiches")
    assert 'sqref="B4:B200" type="list"' in xml or ('sqref="B4:B200"' in xml and 'type="list"' in xml)
    assert "Doelstellingen!$C$4:$C$20" in xml


def test_libreoffice_keeps_the_controle_links_as_jumps_inside_the_workbook(tmp_path):
    """LibreOffice reads each link of the Controle sheet as a jump to the finding's cell."""
    need("soffice")
    import openpyxl
    from openpyxl.utils import quote_sheetname

    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    result = run(source, tmp_path / "uit", ruleset=RULESET)
    copy = tmp_path / "uit" / "plan.gecontroleerd.xlsx"
    outdir = tmp_path / "lo"
    proc = resave_with_libreoffice(copy, outdir, tmp_path)
    assert proc.returncode == 0, proc.stderr
    ws = openpyxl.load_workbook(outdir / copy.name).worksheets[0]
    links = [c.hyperlink.location for c in ws["C"] if c.hyperlink is not None]
    assert links == [f"{quote_sheetname(f.sheet)}!{f.cell}" for f in result.report.by_severity() if f.cell]


def test_a_copy_saved_by_libreoffice_can_be_checked_again(tmp_path):
    """The user opens the copy in LibreOffice and saves it: our record of their fills and notes survives."""
    need("soffice")
    import openpyxl
    from openpyxl.comments import Comment
    from copies import OURS, assert_marked, findings_json

    from actieplan.write.annotated import CONTROL_SHEET, annotate
    from actieplan.run.check import check_workbook

    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    wb = openpyxl.load_workbook(source)
    wb["Stuurgroepen"]["B5"].comment = Comment("Nog te vragen aan Broes", "An")
    wb.save(source)
    first = run(source, tmp_path / "uit", ruleset=RULESET)
    copy = tmp_path / "uit" / "plan.gecontroleerd.xlsx"
    outdir = tmp_path / "lo"
    proc = resave_with_libreoffice(copy, outdir, tmp_path)
    assert proc.returncode == 0, proc.stderr
    saved = outdir / copy.name
    loaded, again = check_workbook(saved, ruleset=RULESET)
    assert findings_json(again) == findings_json(first.report)
    second = tmp_path / "second.xlsx"
    annotate(saved, again, second, loaded)
    out = openpyxl.load_workbook(second)
    assert [n for n in out.sheetnames if n in OURS or n.startswith(CONTROL_SHEET) or n == "_actieplan"] == [CONTROL_SHEET]
    assert_marked(again, second)
    note = out["Stuurgroepen"]["B5"].comment.text
    assert note.count("Nog te vragen aan Broes") == 1 and note.count("[cel-verplicht]") == 1


@pytest.mark.parametrize("which", ["sjabloon", "voorbeeld"])
def test_libreoffice_prints_the_instructies_whole_on_the_page(tmp_path, which):
    """Issue 11 point 18: printed by LibreOffice, every instruction of the Instructies sheet is on
    the first page in full and in order: none runs off the page's edge, no two lines overlap."""
    need("soffice", "pdftotext")
    import openpyxl

    source = {"sjabloon": TEMPLATE, "voorbeeld": EXAMPLE}[which]
    pdf = soffice_pdf(source, tmp_path)
    out = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True)
    first_page = words(out.stdout)
    ws = openpyxl.load_workbook(source)["Instructies"]
    texts = [words(str(c.value)) for c in ws["A"] if c.value]
    at = 0
    for text in texts:
        found = first_page.find(text, at)
        assert found >= 0, f"niet volledig op de eerste bladzijde: {text[:60]}…"
        at = found + len(text)


def test_libreoffice_prints_every_overview_column_on_the_first_page(tmp_path):
    """Issue 11 point 17: overzicht.xlsx printed shows all its columns, A to Melding, on page 1."""
    need("soffice", "pdftotext")
    from actieplan.run.folder import check_folder
    from actieplan.write.overview import columns

    folder = tmp_path / "plannen"
    folder.mkdir()
    write_plan(folder / "a.xlsx")
    result = check_folder(folder, tmp_path / "uit", workers=1, ruleset=RULESET)
    pdf = soffice_pdf(tmp_path / "uit" / "overzicht.xlsx", tmp_path)
    out = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True)
    first_page = words(out.stdout)
    for header, _ in columns(result):
        assert header.split()[0] in first_page, header
    assert "Melding" in first_page and "a.xlsx" in first_page


def _page_pixels(pdf: Path, tmp_path: Path, page: int = 1) -> tuple[int, int, bytes]:
    """Page ``page`` of ``pdf`` as (width, height, RGB bytes), drawn by pdftoppm at 100 dpi."""
    stem = tmp_path / f"bladzijde-{page}"
    subprocess.run(["pdftoppm", "-r", "100", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(stem)],
                   check=True, timeout=120)
    data = stem.with_suffix(".ppm").read_bytes()
    magic, width, height, depth, pixels = data.split(maxsplit=4)
    assert magic == b"P6" and depth == b"255"
    return int(width), int(height), pixels


def test_libreoffice_draws_the_controle_chart_of_a_plan_it_saved(tmp_path):
    """Issue 23 point 5: a plan last saved by LibreOffice (no theme part), checked: the copy's chart, printed
    by LibreOffice, shows its bars in the series' own colours (with the theme's automatic colours it stayed empty)."""
    need("soffice", "pdftoppm")
    saved = tmp_path / "libreoffice"
    proc = resave_with_libreoffice(write_plan(tmp_path / "plan.xlsx"), saved, tmp_path)
    assert proc.returncode == 0, proc.stderr
    import zipfile

    with zipfile.ZipFile(saved / "plan.xlsx") as z:
        assert not [n for n in z.namelist() if n.startswith("xl/theme/")]  # as the user's plan was
    result = run(saved / "plan.xlsx", tmp_path / "uit", ruleset=RULESET)
    spec = result.report.facts.chart()
    width, height, pixels = _page_pixels(soffice_pdf(tmp_path / "uit" / "plan.gecontroleerd.xlsx", tmp_path), tmp_path)
    counts: dict[bytes, int] = {}
    for i in range(0, width * height * 3, 3):
        rgb = pixels[i:i + 3]
        counts[rgb] = counts.get(rgb, 0) + 1
    from actieplan.rules.jaar2026.rapport import A_COLOUR, SEGMENT_COLOURS  # the report's chart's colours

    for code, values in spec.series:
        colour = A_COLOUR if code == "A" else SEGMENT_COLOURS[code]
        if any(values):  # a series with a value draws a bar: its colour fills some pixels
            rgb = bytes.fromhex(colour.lstrip("#"))
            near = sum(n for c, n in counts.items() if all(abs(a - b) <= 6 for a, b in zip(c, rgb)))
            assert near >= 20, (code, colour, near)


def _word_boxes(pdf: Path) -> list[tuple[int, float, float, str]]:
    """Every word of ``pdf``: (page, its width, its box's height in points, the word), by pdftotext."""
    import re
    from html import unescape

    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True).stdout
    boxes, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
            width = float(re.search(r'width="([\d.]+)"', line).group(1))
        m = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            boxes.append((page, width, float(m.group(2)) - float(m.group(1)), unescape(m.group(3))))
    return boxes


def test_libreoffice_prints_the_controle_sheet_readably(tmp_path):
    """Issue 23 point 6: the Controle sheet printed one page wide over columns A to N and the chart, its
    text about 4 pt on A4 landscape. Printed by LibreOffice: A4 landscape, the findings' text at least
    8 pt, the counts and the chart on the first page above the list, the list's header on every page.
    The size is read from the word boxes, against the same text printed at 100 % (11 pt)."""
    need("soffice", "pdftotext")
    import statistics

    import xlsxwriter

    result = run(EXAMPLE, tmp_path / "uit", ruleset=RULESET)
    copy = tmp_path / "uit" / "voorbeeld-actieplan-2026.gecontroleerd.xlsx"
    rules = sorted({f.rule for f in result.report.findings})
    reference = tmp_path / "referentie.xlsx"  # the same words, as the Controle sheet writes them, unscaled
    book = xlsxwriter.Workbook(reference)
    sheet = book.add_worksheet("Controle")
    for i, rule in enumerate(rules):
        sheet.write_string(i, 0, rule, book.add_format({"valign": "top"}))
    book.close()
    control_pdf = soffice_pdf(copy, tmp_path)
    reference_pdf = soffice_pdf(reference, tmp_path)

    def height(pdf: Path, pages: set[int]) -> float:
        return statistics.median(h for page, _, h, word in _word_boxes(pdf) if page in pages and word in rules)

    boxes = _word_boxes(control_pdf)
    verdict_words = verdict(result.report).split()
    control_pages = {page for page, _, _, word in boxes if word == "Melding"}  # the list's header: on each of its pages
    assert control_pages and min(control_pages) == 1
    assert all(width == pytest.approx(841.9, abs=1) for page, width, _, _ in boxes if page in control_pages)  # A4 landscape
    printed = 11 * height(control_pdf, control_pages) / height(reference_pdf, {1})
    assert printed >= 8, f"de bevindingen worden gedrukt op {printed:.1f} pt"
    # every finding's rule is printed (the list is in the print area), the counts and the chart on the first page
    joined = "".join(word for page, _, _, word in boxes if page in control_pages)  # a long rule id wraps at its hyphens
    assert [rule for rule in rules if rule not in joined] == []
    first = words(" ".join(word for page, _, _, word in boxes if page == 1))
    assert " ".join(verdict_words) in first and "Waarschuwingen" in first and "Totaal" in first
    assert "Capaciteit: A tegenover B tot F (VTE)" in first  # the chart's title: the chart is printed
