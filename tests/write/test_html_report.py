"""The HTML report: verdict, counts, capacity chart and every finding; self-contained and escaped."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from paths import EXAMPLE
from copies import broken_rows
from workbooks import RULESET, valid_plan, write_plan

from actieplan.run.check import check_workbook, run
from actieplan.write.html import render_html
from actieplan.model import Finding, Report, Severity
from actieplan.write.summary import verdict
from actieplan.plugin.registry import resolve


class Page(HTMLParser):
    """The text a reader sees (script/style/title excluded), tags seen, and the sections' text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.by_id: dict[str, list[str]] = {}
        self._skip = 0
        self._ids: list[str] = []
        self._stack: list[str | None] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("style", "script", "title"):
            self._skip += 1
        if tag in ("section", "svg"):
            self._stack.append(attrs.get("id"))
            if attrs.get("id"):
                self._ids.append(attrs["id"])

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self._skip -= 1
        if tag in ("section", "svg") and self._stack:
            if self._stack.pop():
                self._ids.pop()

    def handle_data(self, data):
        if self._skip or not data.strip():
            return
        self.text.append(data)
        for i in self._ids:
            self.by_id.setdefault(i, []).append(data)

    def section(self, id_: str) -> str:
        return " ".join(" ".join(self.by_id.get(id_, [])).split())

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def report_of(tmp_path, rows=None, **options) -> Report:
    return check_workbook(write_plan(tmp_path / "plan.xlsx", rows, **options), ruleset=RULESET)[1]


def test_report_shows_verdict_counts_chart_and_every_finding(tmp_path):
    report = report_of(tmp_path, broken_rows())
    assert report.counts["error"] >= 3
    page = Page(render_html(report))
    assert verdict(report) in page.section("oordeel")
    assert ("section", {"class": "banner err", "role": "status", "id": "oordeel"}) in page.tags
    overview = page.section("overzicht")
    for sheet, counts in report.counts_per_sheet().items():
        assert f"{sheet} {counts['error']} {counts['warning']} {counts['info']}" in overview
    findings = page.section("bevindingen")
    for f in report.findings:
        where = f.cell or (f"rij {f.row}" if f.row else "hele blad")
        title = f" {' '.join(f.row_title.split())}" if f.row_title else ""
        assert f"{where}{title} {' '.join(f.message.split())} {f.rule}" in findings, f
    assert any(f.row_title for f in report.findings)
    assert sum(1 for tag, _ in page.tags if tag == "svg") == 2  # A against B-F, F against the fiches
    cap = page.section("capaciteit")
    assert "A: beschikbaar" in cap and "B–F: gepland" in cap
    assert "F tegenover de som van de actiefiches" in cap
    assert "Controleer de werkmap opnieuw" in page.section("volgende-stappen")


def test_findings_are_listed_errors_first_then_by_sheet_in_workbook_order(tmp_path):
    """Issue 23 point 1: errors, then warnings, then infos (each by sheet and row, in the workbook's order);
    on the example the errors stood among the infos, by sheet."""
    report = check_workbook(EXAMPLE, ruleset=RULESET)[1]
    assert {f.severity for f in report.findings} == set(Severity)
    html = render_html(report)
    assert html.index('id="fouten"') < html.index('id="waarschuwingen"') < html.index('id="ter-info"')
    page = Page(html)
    for id_, severity, heading in (("fouten", Severity.ERROR, "Fouten"), ("waarschuwingen", Severity.WARNING, "Waarschuwingen"),
                                   ("ter-info", Severity.INFO, "Ter info")):
        mine = [f for f in report.findings if f.severity is severity]  # the engine's order: by sheet and row
        section = page.section(id_)
        assert section.startswith(f"{heading} ({sum(f.weight for f in mine)})")
        sheets = list(dict.fromkeys(f.sheet for f in mine))
        part = html[html.index(f'id="{id_}"'):]
        part = part[: part.index("</section>")]
        assert [unescape(h) for h in re.findall(r"<h4>(.*?) \(\d+\)</h4>", part)] == sheets
        at = [section.index(" ".join(f.message.split())) for f in mine]
        assert at == sorted(at)

def test_everything_from_the_workbook_is_escaped(tmp_path):
    rows = valid_plan()
    rows["Algemeen"][0]["Waarde"] = '<script>alert("zorgraad")</script>'
    rows["Actiefiches"][0]["Procesevaluatie"] = "<img src=x onerror=alert(1)>"
    report = report_of(tmp_path, rows)
    html = render_html(report)
    assert "<script" not in html and "<img" not in html
    page = Page(html)
    assert '<script>alert("zorgraad")</script>' in page.visible  # shown as text, as typed
    assert any("<img src=x onerror=alert(1)>" in f.message for f in report.findings)
    assert "<img src=x onerror=alert(1)>" in page.section("bevindingen")
    assert not [t for t, _ in page.tags if t in ("script", "img", "iframe", "object", "embed", "link")]


def test_report_is_self_contained(tmp_path):
    html = render_html(report_of(tmp_path, broken_rows()))
    # no resource is fetched: no src/href to anything, no @import or url() in the CSS
    assert not re.search(r"\b(src|href)\s*=", html)
    assert "@import" not in html and "url(" not in html
    assert set(re.findall(r"https?://[^\s\"'<>]+", html)) <= {"http://www.w3.org/2000/svg"}
    assert "@media print" in html and 'charset="utf-8"' in html and 'lang="nl"' in html


def test_ok_report_points_at_the_mail_and_the_department(tmp_path):
    report = report_of(tmp_path)
    assert report.ok
    s = resolve("2026").settings
    page = Page(render_html(report, outputs={"mail": "plan.eml", "kopie": "plan.gecontroleerd.xlsx", "werkmap": "plan.xlsx"}))
    assert ("section", {"class": "banner ok", "role": "status", "id": "oordeel"}) in page.tags
    steps = page.section("volgende-stappen")
    assert "plan.eml" in steps and s.departement_email in steps
    assert s.indiendatum.strftime("%d/%m/%Y") in steps
    assert "Geen bevindingen" in page.section("bevindingen")


def test_warnings_only_gives_the_warning_banner(tmp_path):
    report = report_of(tmp_path)
    report.findings = [Finding("x-regel", Severity.WARNING, "Capaciteit", "C4", 4, None, "Let op.")]
    page = Page(render_html(report))
    assert ("section", {"class": "banner warn", "role": "status", "id": "oordeel"}) in page.tags
    assert "Kijk de waarschuwingen na" in page.section("volgende-stappen")


def test_capacity_text_says_over_planned(tmp_path):
    rows = valid_plan()
    rows["Capaciteit"][0]["Geschatte capaciteit in # VTE"] = 4.0  # A 4 against B-F 5,8
    page = Page(render_html(report_of(tmp_path, rows)))
    assert "overgepland met 1,8 VTE" in page.section("capaciteit")


def test_missing_capacity_sheet_is_said_not_drawn(tmp_path):
    report = report_of(tmp_path, omit=("Capaciteit",))
    page = Page(render_html(report))
    assert "Geen capaciteit gevonden" in page.section("capaciteit")
    assert not any(t == "svg" for t, _ in page.tags)


def test_run_writes_the_report_for_the_example(tmp_path):
    result = run(EXAMPLE, tmp_path, ruleset=RULESET)
    target = tmp_path / "voorbeeld-actieplan-2026.rapport.html"
    assert target in result.outputs
    page = Page(target.read_text(encoding="utf-8"))
    assert verdict(result.report) in page.section("oordeel")
    assert "BruZEL" in page.visible
    assert any(tag == "svg" for tag, _ in page.tags) and "A: beschikbaar" in page.section("capaciteit")
    for f in result.report.findings:
        assert " ".join(f.message.split()) in page.section("bevindingen")


def test_capacity_text_says_whether_f_matches_the_fiches(tmp_path):
    page = Page(render_html(report_of(tmp_path)))
    assert "F is gelijk aan de som van de actiefiches (1,1 VTE)" in page.section("capaciteit")
    rows = valid_plan()
    rows["Capaciteit"][5]["Geschatte capaciteit in # VTE"] = 1.5
    (tmp_path / "b").mkdir()
    page = Page(render_html(report_of(tmp_path / "b", rows)))
    assert "F (1,5 VTE) is niet gelijk aan de som van de actiefiches (1,1 VTE)" in page.section("capaciteit")
