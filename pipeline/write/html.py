"""The report ``NAME.rapport.html``: one self-contained Dutch page (inline CSS and SVG, no script,
no network) that says at a glance whether the plan can be sent, shows the capacity and lists
every finding by sheet. Readable on screen and on paper.

Everything that comes from the workbook (names, messages, values) is HTML-escaped.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from actieplan.model import Finding, Report, Severity
from actieplan.model import RuleSetInfo
from actieplan.normalize import visible
from actieplan.write.outputs import OutputSet, write_text

SEVERITY_LABEL = {Severity.ERROR: "Fout", Severity.WARNING: "Waarschuwing", Severity.INFO: "Info"}

CSS = """
*{box-sizing:border-box}
body{font-family:"Segoe UI",Calibri,Arial,sans-serif;color:#1f1f1f;margin:0 auto;max-width:62rem;padding:1.5rem;line-height:1.45}
h1{font-size:1.6rem;margin:0 0 .2rem}
h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:2px solid #ddd;padding-bottom:.2rem;break-after:avoid}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem;break-after:avoid}
.meta{color:#555;margin:0 0 1rem}
.banner{border-radius:6px;padding:1rem 1.2rem;font-size:1.25rem;font-weight:600;border-left:10px solid}
.banner.ok{background:#e6f4ea;border-color:#1e7b34;color:#14532d}
.banner.warn{background:#fff4e0;border-color:#c77700;color:#6b3f00}
.banner.err{background:#fde8e8;border-color:#b3261e;color:#7f1d1d}
.banner small{display:block;font-size:.95rem;font-weight:400;margin-top:.3rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0;font-size:.95rem}
th,td{border:1px solid #cfcfcf;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef3f8}
td.n,th.n{text-align:right;width:8rem}
tr{break-inside:avoid}
thead{display:table-header-group}
.sev{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.85rem;font-weight:600;white-space:nowrap}
.sev.error{background:#fde8e8;color:#7f1d1d;border:1px solid #b3261e}
.sev.warning{background:#fff4e0;color:#6b3f00;border:1px solid #c77700}
.sev.info{background:#e8f0fb;color:#123e7a;border:1px solid #3b6fb6}
table.f{table-layout:fixed}
table.vj td ul{margin:0;padding-left:1.1rem}
table.f col.c-sev{width:8rem}table.f col.c-cel{width:5.5rem}table.f col.c-rij{width:14rem}
td.rij{font-weight:600;overflow-wrap:anywhere}
td.cel{font-family:Consolas,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
.regel{display:block;font-family:Consolas,"DejaVu Sans Mono",monospace;font-size:.8rem;color:#555;margin-top:.15rem}
.chart{margin:.6rem 0 1rem;max-width:100%}
.chart svg{max-width:100%;height:auto}
.note{color:#555;font-size:.9rem}
ol li,ul li{margin:.25rem 0}
code{background:#f3f3f3;padding:0 .25rem;border-radius:3px}
@media print{
  body{max-width:none;padding:0;font-size:10.5pt}
  .banner,.sev,th,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  h2{margin-top:1.2rem}
  a{color:inherit;text-decoration:none}
}
@page{size:A4;margin:15mm}
"""


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


def render_html(report: Report, outputs: dict[str, str] | None = None, today: date | None = None) -> str:
    s = report.ruleset
    outputs = outputs or {}
    zorgraad = report.facts.zorgraad or "(zorgraad niet ingevuld)"
    werkjaar = report.facts.werkjaar or (str(s.werkjaar) if s else "")
    today = today or date.today()
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        *_run_meta(report),
        f"<title>{_e(f'Controle actieplan {werkjaar} – {zorgraad}')}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>Controle actieplan {_e(werkjaar)} – {_e(zorgraad)}</h1>",
        f'<p class="meta">Werkmap <strong>{_e(report.workbook)}</strong>, gecontroleerd op '
        f"{today:%d/%m/%Y}" + (f" met de regels van {_e(s.id)}" if s else "")
        + (f" (controle <code>{_e(report.run['id'])}</code>: hetzelfde nummer staat in de kopie, de bevindingen en het concept van deze controle)" if report.run.get("id") else "")
        + "."
        + (" Het is een gecontroleerde kopie van een eerdere controle: gecontroleerd zonder de markeringen, "
           "notities en het blad Controle van toen." if report.checked_copy else "")
        + "</p>",
        "</header>",
        _banner(report),
        _counts(report),
        *(panel.html for panel in report.panels),
        _findings(report),
        _next_steps(report, s, outputs),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _run_meta(report: Report) -> list[str]:
    """Our marker: which run wrote this report (the same id is in every output of that run)."""
    if not report.run:
        return []
    return [
        '<meta name="generator" content="actieplan">',
        f'<meta name="actieplan-run" content="{_e(report.run.get("id"))}">',
        f'<meta name="actieplan-output-of" content="{_e(report.run.get("output_of"))}">',
    ]


def _e(value: Any) -> str:
    return escape(visible(value), quote=True)


def _banner(report: Report) -> str:
    from actieplan.run.summary import verdict

    c = report.counts
    if not report.ok:
        kind, sub = "err", "Verbeter eerst de fouten hieronder en controleer de werkmap opnieuw."
    elif c["warning"]:
        kind, sub = "warn", "Er zijn geen fouten meer. Kijk de waarschuwingen na voor u het plan indient."
    else:
        kind, sub = "ok", "Geen fouten en geen waarschuwingen: het actieplan kan naar het departement."
    return (
        f'<section class="banner {kind}" role="status" id="oordeel">{_e(verdict(report))}'
        f"<small>{_e(sub)}</small></section>"
    )


def _counts(report: Report) -> str:
    rows = []
    for sheet, counts in report.counts_per_sheet().items():
        rows.append(
            f"<tr><td>{_e(sheet)}</td>"
            + "".join(f'<td class="n">{counts[k]}</td>' for k in ("error", "warning", "info"))
            + "</tr>"
        )
    total = report.counts
    if not rows:
        rows.append('<tr><td colspan="4">Geen bevindingen op enig blad.</td></tr>')
    return (
        '<section id="overzicht"><h2>Overzicht per blad</h2><table>'
        '<thead><tr><th>Blad</th><th class="n">Fouten</th><th class="n">Waarschuwingen</th><th class="n">Info</th></tr></thead>'
        "<tbody>" + "".join(rows) + "</tbody>"
        f'<tfoot><tr><th>Totaal</th><th class="n">{total["error"]}</th><th class="n">{total["warning"]}</th>'
        f'<th class="n">{total["info"]}</th></tr></tfoot></table></section>'
    )


# --------------------------------------------------------------------------- findings


def _findings(report: Report) -> str:
    head = '<section id="bevindingen"><h2>Bevindingen</h2>'
    if not report.findings:
        return head + "<p>Geen bevindingen: de werkmap volgt het sjabloon en alle regels.</p></section>"
    groups: dict[str, list[Finding]] = {}
    for f in report.findings:
        groups.setdefault(f.sheet or "werkmap", []).append(f)
    parts = [head]
    for sheet, findings in groups.items():
        parts.append(f"<h3>{_e(sheet)} ({sum(f.weight for f in findings)})</h3>")
        # a table's findings name their row (the fiche, group, event or action) in a column of its own
        titled = any(f.row_title for f in findings)
        parts.append(
            '<table class="f"><colgroup><col class="c-sev"><col class="c-cel">'
            + ('<col class="c-rij">' if titled else "")
            + "<col></colgroup><thead><tr><th>Ernst</th><th>Cel</th>"
            + ("<th>Rij</th>" if titled else "")
            + "<th>Melding (regel)</th></tr></thead><tbody>"
        )
        for f in findings:
            title = f'<td class="rij">{_e(f.row_title or "")}</td>' if titled else ""
            parts.append(
                f'<tr class="{f.severity.value}"><td><span class="sev {f.severity.value}">{SEVERITY_LABEL[f.severity]}</span></td>'
                f'<td class="cel">{_e(_where(f))}</td>{title}<td>{_e(f.message)}<span class="regel">{_e(f.rule)}</span></td></tr>'
            )
        parts.append("</tbody></table>")
    parts.append("</section>")
    return "".join(parts)


def _where(f: Finding) -> str:
    if f.cell:
        return f.cell
    if f.row:
        return f"rij {f.row}"
    return "hele blad" if f.sheet else "werkmap"


def _next_steps(report: Report, s: RuleSetInfo | None, outputs: dict[str, str]) -> str:
    if s is None:  # a report made without a rule set (a test's): nothing to say about sending it
        return ""
    deadline = s.deadline
    kopie = outputs.get("kopie")
    items = []
    if not report.ok:
        if kopie:
            items.append(
                f"Open <code>{_e(kopie)}</code>: het eerste blad <em>Controle</em> toont elke bevinding; een klik op "
                "de cel springt ernaartoe. De cellen zijn gekleurd en hebben een notitie met de uitleg."
            )
        items.append(
            "Verbeter de fouten in uw eigen werkmap"
            + (f" (<code>{_e(outputs['werkmap'])}</code>)" if outputs.get("werkmap") else "")
            + ", of in de gecontroleerde kopie: die kan ook opnieuw gecontroleerd worden."
        )
        items.append("Controleer de werkmap opnieuw. Zodra er geen fouten meer zijn, staat er een e-mail aan het departement klaar.")
        items.append(f"Dien het actieplan ten laatste op {deadline} in bij {_e(s.departement_email)}.")
    else:
        if report.counts["warning"]:
            items.append("Kijk de waarschuwingen na: ze houden het indienen niet tegen, maar wijzen op iets dat het departement kan opvallen.")
        mail = outputs.get("mail")
        if mail:
            items.append(
                f"Open het concept <code>{_e(mail)}</code> in uw e-mailprogramma: het is gericht aan "
                f"{_e(s.departement_email)} met de werkmap als bijlage. Kijk het na en verstuur het zelf; "
                "actieplan verstuurt niets."
            )
        else:
            items.append(f"Stuur de werkmap naar {_e(s.departement_email)}.")
        items.append(f"Uiterste datum van indienen: {deadline}. Vroeger indienen kan altijd.")
    return '<section id="volgende-stappen"><h2>Wat nu?</h2><ol>' + "".join(f"<li>{i}</li>" for i in items) + "</ol></section>"
