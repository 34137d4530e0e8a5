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

from actieplan.loader import LoadedWorkbook
from actieplan.model import Finding, Report, Severity
from actieplan.normalize import dutch_number
from actieplan.outputs import OutputSet, write_text
from actieplan.rules.settings import Settings, load_settings

SEVERITY_LABEL = {Severity.ERROR: "Fout", Severity.WARNING: "Waarschuwing", Severity.INFO: "Info"}
CAPACITY_CODES = ("A", "B", "C", "D", "E", "F")
# B..F in the chart; colour-blind safe (Okabe-Ito), each with its own meaning in the legend
SEGMENT_COLOURS = {"B": "#E69F00", "C": "#56B4E9", "D": "#009E73", "E": "#CC79A7", "F": "#0072B2"}
A_COLOUR = "#555555"
SEGMENT_NAMES = {
    "A": "totale capaciteit (reguliere middelen)",
    "B": "administratie en rapportering",
    "C": "netwerkevents en communicatie",
    "D": "vergaderingen en stuurgroepen",
    "E": "doorlopende acties",
    "F": "actiefiches van dit jaar",
}

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


def write_html_report(workbook: LoadedWorkbook, report: Report, out: OutputSet) -> Path:
    """The writer for :data:`actieplan.check.WRITERS`."""
    outputs = {"kopie": out.target("xlsx").name}
    if report.ok:  # the draft exists only then
        outputs["mail"] = out.target("eml").name
    if workbook.path.stem == out.stem:  # not when the user checked our annotated copy itself
        outputs["werkmap"] = workbook.path.name
    return write_text(out.target("html"), render_html(report, outputs=outputs), out.key)


def render_html(report: Report, settings: Settings | None = None, outputs: dict[str, str] | None = None, today: date | None = None) -> str:
    s = settings or load_settings()
    outputs = outputs or {}
    facts = report.facts or {}
    zorgraad = facts.get("zorgraad") or "(zorgraad niet ingevuld)"
    werkjaar = facts.get("werkjaar") or str(s.werkjaar)
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
        f"{today:%d/%m/%Y} met de regels van {_e(s.id)}"
        + (f" (controle <code>{_e(report.run['id'])}</code>: hetzelfde nummer staat in de kopie, de bevindingen en het concept van deze controle)" if report.run.get("id") else "")
        + ".</p>",
        "</header>",
        _banner(report),
        _counts(report),
        _capacity(facts, s),
        _previous_year(facts),
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
    return escape("" if value is None else str(value), quote=True)


def _banner(report: Report) -> str:
    from actieplan.summary import verdict

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


# --------------------------------------------------------------------------- capacity


def _capacity(facts: dict[str, Any], s: Settings) -> str:
    cap = facts.get("capaciteit") or {}
    values = {code: cap.get(code) for code in CAPACITY_CODES}
    head = '<section id="capaciteit"><h2>Capaciteit</h2>'
    if all(v is None for v in values.values()):
        return head + "<p>Geen capaciteit gevonden: het blad Capaciteit ontbreekt of de VTE zijn niet ingevuld.</p></section>"
    a = values["A"]
    planned = [(code, values[code]) for code in "BCDEF" if values[code] is not None]
    som_bf = round(sum(v for _, v in planned), 6)
    fiches = facts.get("som_vte_fiches")
    f_value = values["F"]
    lines = []
    if a is not None:
        diff = round(a - som_bf, 6)
        share = som_bf / a if a else None
        if diff < 0:
            lines.append(f"B tot F ({dutch_number(som_bf)} VTE) is meer dan A ({dutch_number(a)} VTE): het jaar is overgepland met {dutch_number(-diff)} VTE.")
        elif share is not None and share < s["capaciteit"]["ondergrens_fractie"]:
            lines.append(f"B tot F ({dutch_number(som_bf)} VTE) is maar {share:.0%} van A ({dutch_number(a)} VTE): is al het reguliere werk ingepland?")
        else:
            lines.append(f"B tot F ({dutch_number(som_bf)} VTE) past binnen A ({dutch_number(a)} VTE), met {dutch_number(diff)} VTE marge.")
    missing = [code for code in CAPACITY_CODES if values[code] is None]
    if missing:
        lines.append(f"Niet ingevuld of niet te lezen: {', '.join(missing)}.")
    chart = _capacity_svg(values)
    parts = [head, "<h3>A tegenover B tot F</h3>", f'<div class="chart">{chart}</div>']
    parts.append("".join(f"<p>{_e(line)}</p>" for line in lines))
    parts.append(_capacity_table(values, facts.get("capaciteit_bron") or {}))
    if f_value is not None or fiches:
        parts.append("<h3>F tegenover de som van de actiefiches</h3>")
        parts.append(f'<div class="chart">{_fiches_svg(f_value, fiches, facts.get("aantal_fiches"))}</div>')
        if f_value is not None and fiches is not None:
            tolerance = s["capaciteit"]["tolerantie_vte"]
            if abs(f_value - fiches) > tolerance:
                parts.append(
                    f"<p>F ({_e(dutch_number(f_value))} VTE) is niet gelijk aan de som van de actiefiches "
                    f"({_e(dutch_number(fiches))} VTE): F hoort die som te zijn.</p>"
                )
            else:
                parts.append(f"<p>F is gelijk aan de som van de actiefiches ({_e(dutch_number(fiches))} VTE).</p>")
    parts.append("</section>")
    return "".join(parts)


# where a formula's value came from (facts["capaciteit_bron"])
SOURCE_NOTES = {
    "opgeslagen": "formule: de opgeslagen uitkomst, zoals Excel ze toont",
    "berekend": "formule zonder opgeslagen uitkomst: door de controle berekend",
}


def _capacity_table(values: dict[str, float | None], sources: dict[str, str] | None = None) -> str:
    sources = sources or {}
    cells = "".join(
        f"<tr><td>{code}</td><td>{_e(SEGMENT_NAMES[code])}</td><td class=\"n\">{_e(dutch_number(values[code]))}</td>"
        f"<td>{_e(SOURCE_NOTES.get(sources.get(code, ''), ''))}</td></tr>"
        for code in CAPACITY_CODES
    )
    return (
        '<table class="cap"><thead><tr><th>Code</th><th>Onderdeel</th><th class="n">VTE</th><th>Formule</th></tr></thead>'
        f"<tbody>{cells}</tbody></table>"
    )


def _scale(maximum: float, width: float) -> float:
    return width / maximum if maximum > 0 else 0.0


def _capacity_svg(values: dict[str, float | None]) -> str:
    """Two horizontal bars: A alone, and B..F stacked; a dashed line marks A across both."""
    label_w, bar_w, bar_h, top = 130, 470, 34, 30
    a = values["A"] or 0.0
    planned = [(code, values[code] or 0.0) for code in "BCDEF"]
    total = sum(v for _, v in planned)
    maximum = max(a, total, 0.0001)
    k = _scale(maximum * 1.08, bar_w)
    width, height = label_w + bar_w + 80, top + 2 * bar_h + 40 + 30
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="Segoe UI, Calibri, Arial, sans-serif" font-size="13">',
        f"<title>Capaciteit: A {dutch_number(values['A'])} VTE tegenover B tot F samen {dutch_number(total)} VTE</title>",
    ]
    y_a, y_p = top, top + bar_h + 16
    out.append(f'<text x="{label_w - 8}" y="{y_a + bar_h / 2 + 5}" text-anchor="end">A: beschikbaar</text>')
    out.append(f'<rect x="{label_w}" y="{y_a}" width="{a * k:.1f}" height="{bar_h}" fill="{A_COLOUR}"><title>A: {dutch_number(values["A"])} VTE</title></rect>')
    out.append(f'<text x="{label_w + a * k + 6:.1f}" y="{y_a + bar_h / 2 + 5}">{dutch_number(values["A"])}</text>')
    out.append(f'<text x="{label_w - 8}" y="{y_p + bar_h / 2 + 5}" text-anchor="end">B–F: gepland</text>')
    x = float(label_w)
    for code, v in planned:
        w = v * k
        if w <= 0:
            continue
        out.append(
            f'<rect x="{x:.1f}" y="{y_p}" width="{w:.1f}" height="{bar_h}" fill="{SEGMENT_COLOURS[code]}" stroke="#fff">'
            f"<title>{code}: {dutch_number(values[code])} VTE ({_e(SEGMENT_NAMES[code])})</title></rect>"
        )
        if w > 22:
            out.append(f'<text x="{x + w / 2:.1f}" y="{y_p + bar_h / 2 + 5}" text-anchor="middle" fill="#000">{code}</text>')
        x += w
    xa = label_w + a * k
    out.append(f'<text x="{max(x, xa) + 6:.1f}" y="{y_p + bar_h / 2 + 5}">{dutch_number(total)}</text>')
    if values["A"] is not None:
        out.append(f'<line x1="{xa:.1f}" y1="{top - 8}" x2="{xa:.1f}" y2="{y_p + bar_h + 8}" stroke="#b3261e" stroke-width="2" stroke-dasharray="5,3"/>')
    # legend
    ly = y_p + bar_h + 30
    lx = float(label_w)
    for code, _ in planned:
        out.append(f'<rect x="{lx:.1f}" y="{ly - 11}" width="12" height="12" fill="{SEGMENT_COLOURS[code]}"/>')
        out.append(f'<text x="{lx + 16:.1f}" y="{ly}">{code}: {dutch_number(values[code])}</text>')
        lx += 92
    out.append("</svg>")
    return "".join(out)


def _fiches_svg(f_value: float | None, fiches: float | None, count: Any) -> str:
    label_w, bar_w, bar_h, top = 200, 400, 26, 12
    f = f_value or 0.0
    som = fiches or 0.0
    k = _scale(max(f, som, 0.0001) * 1.1, bar_w)
    width, height = label_w + bar_w + 80, top + 2 * bar_h + 24
    n = f" ({count} fiches)" if count is not None else ""
    rows = [("F op het blad Capaciteit", f_value, f), (f"Som van de actiefiches{n}", fiches, som)]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="Segoe UI, Calibri, Arial, sans-serif" font-size="13">',
        f"<title>F {dutch_number(f_value)} VTE tegenover de som van de actiefiches {dutch_number(fiches)} VTE</title>",
    ]
    for i, (label, shown, v) in enumerate(rows):
        y = top + i * (bar_h + 12)
        out.append(f'<text x="{label_w - 8}" y="{y + bar_h / 2 + 5}" text-anchor="end">{_e(label)}</text>')
        out.append(f'<rect x="{label_w}" y="{y}" width="{v * k:.1f}" height="{bar_h}" fill="{SEGMENT_COLOURS["F"] if i == 0 else "#7aa6d6"}"/>')
        out.append(f'<text x="{label_w + v * k + 6:.1f}" y="{y + bar_h / 2 + 5}">{dutch_number(shown)}</text>')
    out.append("</svg>")
    return "".join(out)


# --------------------------------------------------------------------------- last year

PREVIOUS_COLOUR = "#A0A0A0"
TABLE_NAMES = {"Doorlopende acties": "doorlopende actie", "Netwerkevents": "netwerkevent", "Stuurgroepen": "stuurgroep"}


def _previous_year(facts: dict[str, Any]) -> str:
    """'Vergeleken met vorig jaar': what became of last year's fiches, and capacity A-F (only with --vorig-jaar)."""
    v = facts.get("vorig_jaar")
    if not v:
        return ""
    jaar = f", werkjaar {v['werkjaar']}" if v.get("werkjaar") else ""
    parts = [
        '<section id="vorig-jaar"><h2>Vergeleken met vorig jaar</h2>',
        f"<p>Vergeleken met het actieplan van vorig jaar: <strong>{_e(v['werkmap'])}</strong>{_e(jaar)}. "
        "Dat actieplan zelf is niet gecontroleerd.</p>",
    ]
    rows = [
        ("Nieuwe fiches dit jaar", [_e(t) for t in v["nieuw"]]),
        ("Fiches van vorig jaar, voortgezet als doorlopende actie, netwerkevent of stuurgroep",
         [f"{_e(d['vorig'])} (rij {d['rij_vorig']}) → {_e(TABLE_NAMES.get(d['blad'], d['blad']))} '{_e(d['als'])}'" for d in v["doorlopend"]]),
        ("Fiches van vorig jaar, gevolgd door een nieuwe fiche over hetzelfde onderwerp",
         [f"{_e(d['vorig'])} (rij {d['rij_vorig']}) → {_e(d['fiche'])}" for d in v["verwant"]]),
        ("Fiches van vorig jaar, opnieuw gekopieerd als fiche (verplaats ze naar Doorlopende acties)",
         [f"{_e(d['fiche'])} (rij {d['rij']}) = {_e(d['vorig'])} (rij {d['rij_vorig']} vorig jaar)" for d in v["gekopieerd"]]),
        ("Fiches van vorig jaar die nergens terugkomen (afgerond?)",
         [f"{_e(d['vorig'])} (rij {d['rij_vorig']})" for d in v["verdwenen"]]),
    ]
    parts.append('<table class="vj"><thead><tr><th>Wat</th><th class="n">Aantal</th><th>Welke</th></tr></thead><tbody>')
    for label, items in rows:
        shown = "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else "–"
        parts.append(f'<tr><td>{_e(label)}</td><td class="n">{len(items)}</td><td>{shown}</td></tr>')
    parts.append("</tbody></table>")
    now = (facts.get("capaciteit") or {})
    before = v.get("capaciteit") or {}
    if any(now.get(c) is not None for c in CAPACITY_CODES) or any(before.get(c) is not None for c in CAPACITY_CODES):
        parts.append("<h3>Capaciteit A tot F: dit jaar tegenover vorig jaar</h3>")
        parts.append(f'<div class="chart">{_compare_svg(now, before)}</div>')
        cells = []
        for code in CAPACITY_CODES:
            a, b = now.get(code), before.get(code)
            diff = "" if a is None or b is None else ("+" if a - b > 0 else "") + dutch_number(round(a - b, 6))
            cells.append(f'<tr><td>{code}</td><td>{_e(SEGMENT_NAMES[code])}</td><td class="n">{_e(dutch_number(b))}</td>'
                         f'<td class="n">{_e(dutch_number(a))}</td><td class="n">{_e(diff)}</td></tr>')
        parts.append('<table class="cap"><thead><tr><th>Code</th><th>Onderdeel</th><th class="n">Vorig jaar</th>'
                     '<th class="n">Dit jaar</th><th class="n">Verschil</th></tr></thead><tbody>' + "".join(cells) + "</tbody></table>")
    parts.append("</section>")
    return "".join(parts)


def _compare_svg(now: dict[str, float | None], before: dict[str, float | None]) -> str:
    """Per code A-F two thin bars: last year (grey) above this year (the code's colour)."""
    label_w, bar_w, bar_h, gap, top = 40, 470, 11, 9, 8
    maximum = max([v for v in (*now.values(), *before.values()) if isinstance(v, (int, float))] + [0.0001])
    k = _scale(maximum * 1.1, bar_w)
    width = label_w + bar_w + 70
    height = top + len(CAPACITY_CODES) * (2 * bar_h + gap) + 26
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="Segoe UI, Calibri, Arial, sans-serif" font-size="12">',
        "<title>Capaciteit A tot F: vorig jaar (grijs) en dit jaar (gekleurd), in VTE</title>",
    ]
    for i, code in enumerate(CAPACITY_CODES):
        y = top + i * (2 * bar_h + gap)
        colour = A_COLOUR if code == "A" else SEGMENT_COLOURS[code]
        out.append(f'<text x="{label_w - 8}" y="{y + bar_h + 4}" text-anchor="end" font-weight="600">{code}</text>')
        for j, (label, values, fill) in enumerate((("vorig jaar", before, PREVIOUS_COLOUR), ("dit jaar", now, colour))):
            v = values.get(code)
            yy = y + j * bar_h
            w = (v or 0.0) * k
            out.append(f'<rect x="{label_w}" y="{yy}" width="{w:.1f}" height="{bar_h - 1}" fill="{fill}">'
                       f"<title>{code} {label}: {dutch_number(v)} VTE</title></rect>")
            out.append(f'<text x="{label_w + w + 5:.1f}" y="{yy + bar_h - 2}" font-size="11">{dutch_number(v)}</text>')
    ly = height - 8
    out.append(f'<rect x="{label_w}" y="{ly - 10}" width="12" height="10" fill="{PREVIOUS_COLOUR}"/>')
    out.append(f'<text x="{label_w + 16}" y="{ly}">vorig jaar</text>')
    out.append(f'<rect x="{label_w + 100}" y="{ly - 10}" width="12" height="10" fill="{SEGMENT_COLOURS["F"]}"/>')
    out.append(f'<text x="{label_w + 116}" y="{ly}">dit jaar</text>')
    out.append("</svg>")
    return "".join(out)


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
        parts.append(f"<h3>{_e(sheet)} ({len(findings)})</h3>")
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


def _next_steps(report: Report, s: Settings, outputs: dict[str, str]) -> str:
    deadline = s.indiendatum.strftime("%d/%m/%Y")
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
