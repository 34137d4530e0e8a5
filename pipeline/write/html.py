"""The report ``NAME.rapport.html``: one self-contained Dutch page (inline CSS and SVG, no script,
no network) that says at a glance whether the plan can be sent, shows the rule set's panels (the
capacity) and lists every finding by sheet. Readable on screen and on paper.

The page is the template ``templates/report.html`` (:mod:`actieplan.write.templating`: autoescape,
every value made visible and escaped); the panels are data the rule set hands over, drawn by
their own templates.
"""

from __future__ import annotations

from pathlib import Path

from actieplan.model import Finding, Report, Severity
from actieplan.write.outputs import OutputSet, write_text
from actieplan.write.templating import render
from actieplan.write.wording import wording

SEVERITY_LABEL = {Severity.ERROR: "Fout", Severity.WARNING: "Waarschuwing", Severity.INFO: "Info"}


def report_name(stem: str) -> str:
    return f"{stem}.rapport.html"


def write_html_report(report: Report, out: OutputSet) -> Path:
    """The writer for :data:`actieplan.run.check.WRITERS`."""
    outputs = {"kopie": out.target("xlsx").name}
    if report.ok:  # the draft exists only then
        outputs["mail"] = out.target("eml").name
    if report.source is not None and report.source.stem == out.stem:  # not when the user checked our annotated copy itself
        outputs["werkmap"] = report.source.name
    return write_text(out.target("html"), render_html(report, outputs=outputs), out.key)


def render_html(report: Report, outputs: dict[str, str] | None = None) -> str:
    """The page for ``report`` (the day of the check is ``report.checked_on``); ``outputs`` names the
    run's other files ('kopie', 'mail', 'werkmap') that its next steps point to."""
    s = report.ruleset
    return render(
        "report.html",
        report=report,
        s=s,
        outputs=outputs or {},
        zorgraad=report.facts.zorgraad or "(zorgraad niet ingevuld)",
        werkjaar=report.facts.werkjaar or (str(s.werkjaar) if s else ""),
        banner=_banner(report),
        late=s.late(report.checked_on) if s is not None else None,  # as the command line and the draft say it
        groups=_groups(report),
        words=wording(report.source),
    )


def _banner(report: Report) -> dict[str, str]:
    from actieplan.write.summary import verdict

    c = report.counts
    if not report.ok:
        kind, advice = "err", f"Verbeter eerst de fouten hieronder en controleer {wording(report.source).the_file} opnieuw."
    elif c["warning"]:
        kind, advice = "warn", "Er zijn geen fouten meer. Kijk de waarschuwingen na voor u het plan indient."
    else:
        kind, advice = "ok", "Geen fouten en geen waarschuwingen: het actieplan kan naar het departement."
    return {"kind": kind, "verdict": verdict(report), "advice": advice}


# the findings' sections, in the order of Report.by_severity: (section id, heading)
SECTIONS = {Severity.ERROR: ("fouten", "Fouten"), Severity.WARNING: ("waarschuwingen", "Waarschuwingen"),
            Severity.INFO: ("ter-info", "Ter info")}


Row = tuple[str, str, str, "str | None", str, str]


def _groups(report: Report) -> list[tuple[str, str, int, list[tuple[str, list[Row], int, bool, bool]]]]:
    """The findings by severity (errors first: :meth:`Report.by_severity`), then by sheet: (section id,
    heading, how many they count for, [(sheet, its findings' rows (:func:`_row`), how many they count
    for, whether any names its row, whether any has a place in a Word document)])."""
    words = wording(report.source)
    by_severity: dict[Severity, dict[str, list[Finding]]] = {}
    for f in report.by_severity():
        by_severity.setdefault(f.severity, {}).setdefault(f.sheet or words.file, []).append(f)
    out = []
    for severity, sheets in by_severity.items():
        groups = [(sheet, [_row(f, words) for f in fs], sum(f.weight for f in fs), any(f.row_title for f in fs),
                   any(f.location for f in fs)) for sheet, fs in sheets.items()]
        out.append((*SECTIONS[severity], sum(group[2] for group in groups), groups))
    return out


def _row(f: Finding, words) -> Row:
    """A finding's row of the list, worked out here once (a report lists thousands): its severity's
    class and label, its place (a Word document's section, table, row and label; else the cell, the
    row, the whole sheet or file), the row's title, the message and the rule."""
    if f.location is not None:
        place = f.location.dutch
    else:
        place = f.cell or (f"rij {f.row}" if f.row else (f"hele {words.part}" if f.sheet else words.file))
    return (f.severity.value, SEVERITY_LABEL[f.severity], place, f.row_title, f.message, f.rule)
