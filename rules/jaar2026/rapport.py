"""The report panels of this year: the capacity (A against B-F, F against the fiches) as the HTML
report shows it, and the lines the draft mail gives. Every conclusion is the rules' own (the
findings), never decided again here."""

from __future__ import annotations

from html import escape
from typing import Any

from actieplan.api import Finding, Panel, Settings
from actieplan.api import counted, dutch_number

from .facts import PlanFacts
from actieplan.rules.common.plan import CAPACITEIT_CODES as CAPACITY_CODES
from actieplan.rules.common.plan import DELEN

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



def panels(facts: PlanFacts, findings: list[Finding], s: Settings) -> tuple[Panel, ...]:
    lines = []
    cap = facts.capaciteit
    if cap.get("A") is not None and facts.som_b_f is not None:
        lines.append(f"Capaciteit: A {dutch_number(cap['A'])} VTE, B tot F samen {dutch_number(facts.som_b_f)} VTE.")
    lines.append(f"Actiefiches: {facts.aantal_fiches}, samen {dutch_number(facts.som_vte_fiches)} VTE.")
    out = [Panel("capaciteit", "Capaciteit", _capacity(facts, findings, s), tuple(lines))]
    if facts.vorig_jaar:
        rows = tuple((kind, tuple(cells)) for kind, cells in control_rows(facts))
        out.append(Panel("vorig-jaar", "Vergeleken met vorig jaar", _previous_year(facts), rows=rows))
    return tuple(out)


def _e(value: Any) -> str:
    from actieplan.api import visible

    return escape(visible(value), quote=True)


def _capacity(facts: PlanFacts, findings: list[Finding], s: Settings) -> str:
    cap = facts.capaciteit
    values = {code: cap.get(code) for code in CAPACITY_CODES}
    reported = {f.rule for f in findings}
    head = '<section id="capaciteit"><h2>Capaciteit</h2>'
    if all(v is None for v in values.values()):
        return head + "<p>Geen capaciteit gevonden: het blad Capaciteit ontbreekt of de VTE zijn niet ingevuld.</p></section>"
    a = values["A"]
    planned = [(code, values[code]) for code in DELEN if values[code] is not None]
    som_bf = round(sum(v for _, v in planned), 6)
    fiches = facts.som_vte_fiches
    f_value = values["F"]
    lines = []
    if a is not None:
        # what the capacity rules concluded, in words: never decided again here
        diff = round(a - som_bf, 6)
        share = som_bf / a if a else None
        if "capaciteit-boven-a" in reported:
            lines.append(f"B tot F ({dutch_number(som_bf)} VTE) is meer dan A ({dutch_number(a)} VTE): het jaar is overgepland met {dutch_number(-diff)} VTE.")
        elif "capaciteit-onder-a" in reported and share is not None:
            lines.append(f"B tot F ({dutch_number(som_bf)} VTE) is maar {share:.0%} van A ({dutch_number(a)} VTE): is al het reguliere werk ingepland?")
        elif "capaciteit-gelijk-a" in reported:
            lines.append(f"B tot F ({dutch_number(som_bf)} VTE) vult A ({dutch_number(a)} VTE) volledig: er is geen marge.")
        elif diff >= 0:
            lines.append(f"B tot F ({dutch_number(som_bf)} VTE) past binnen A ({dutch_number(a)} VTE), met {dutch_number(diff)} VTE marge.")
    missing = [code for code in CAPACITY_CODES if values[code] is None]
    if missing:
        lines.append(f"Niet ingevuld of niet te lezen: {', '.join(missing)}.")
    chart = _capacity_svg(values)
    parts = [head, "<h3>A tegenover B tot F</h3>", f'<div class="chart">{chart}</div>']
    parts.append("".join(f"<p>{_e(line)}</p>" for line in lines))
    parts.append(_capacity_table(values, facts.capaciteit_bron))
    if f_value is not None or fiches:
        parts.append("<h3>F tegenover de som van de actiefiches</h3>")
        parts.append(f'<div class="chart">{_fiches_svg(f_value, fiches, facts.aantal_fiches)}</div>')
        if "capaciteit-f-som-fiches" in reported:
            parts.append(
                f"<p>F ({_e(dutch_number(f_value))} VTE) is niet gelijk aan de som van de actiefiches "
                f"({_e(dutch_number(fiches))} VTE): F hoort die som te zijn.</p>"
            )
        elif f_value is not None and round(f_value, 6) == round(fiches, 6):
            parts.append(f"<p>F is gelijk aan de som van de actiefiches ({_e(dutch_number(fiches))} VTE).</p>")
        elif f_value is not None:
            parts.append(
                f"<p>F ({_e(dutch_number(f_value))} VTE) stemt overeen met de som van de actiefiches "
                f"({_e(dutch_number(fiches))} VTE), binnen de toegelaten afwijking van "
                f"{_e(dutch_number(s['capaciteit']['tolerantie_vte']))} VTE.</p>"
            )
    parts.append("</section>")
    return "".join(parts)


# where a formula's value came from (PlanFacts.capaciteit_bron)
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
    planned = [(code, values[code] or 0.0) for code in DELEN]
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
    n = f" ({counted(int(count), 'fiche', 'fiches')})" if count is not None else ""
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


# --------------------------------------------------------------------------- last year (--vorig-jaar)

PREVIOUS_COLOUR = "#A0A0A0"
TABLE_NAMES = {"Doorlopende acties": "doorlopende actie", "Netwerkevents": "netwerkevent", "Stuurgroepen": "stuurgroep"}


def _previous_year(facts: PlanFacts) -> str:
    """'Vergeleken met vorig jaar': what became of last year's fiches, and capacity A-F (only with --vorig-jaar)."""
    v = facts.vorig_jaar
    if not v:
        return ""
    jaar = f", werkjaar {v['werkjaar']}" if v.get("werkjaar") else ""
    parts = [
        '<section id="vorig-jaar"><h2>Vergeleken met vorig jaar</h2>',
        f"<p>Vergeleken met het actieplan van vorig jaar: <strong>{_e(v['werkmap'])}</strong>{_e(jaar)}. "
        "Dat actieplan zelf is niet gecontroleerd.</p>",
    ]
    rows = [
        ("Nieuwe fiches dit jaar, zonder voorganger vorig jaar", [_e(t) for t in v["nieuw"]]),
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
    now = facts.capaciteit
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


def control_rows(facts: PlanFacts) -> list[tuple[str, tuple[Any, ...]]]:
    """The section as rows for a sheet: (kind, cells) with kind 'title', 'head', 'item' or 'row'.

    Plain values, so that whichever way the Controle sheet is written (openpyxl or XML) shows the
    same: the fiches new, continued, followed by a new fiche, copied and gone, then A-F.
    """
    v = facts.vorig_jaar
    if not v:
        return []
    jaar = f" (werkjaar {v['werkjaar']})" if v.get("werkjaar") else ""
    rows: list[tuple[str, list[Any]]] = [("title", [f"Vergeleken met vorig jaar: {v['werkmap']}{jaar}"])]
    groups = [
        ("Nieuwe fiches dit jaar, zonder voorganger vorig jaar", v["nieuw"]),
        ("Voortgezet als doorlopende actie, netwerkevent of stuurgroep",
         [f"{d['vorig']} (rij {d['rij_vorig']}) → {TABLE_NAMES.get(d['blad'], d['blad'])} '{d['als']}'" for d in v["doorlopend"]]),
        ("Gevolgd door een nieuwe fiche over hetzelfde onderwerp",
         [f"{d['vorig']} (rij {d['rij_vorig']}) → {d['fiche']}" for d in v["verwant"]]),
        ("Opnieuw gekopieerd als fiche: verplaats naar Doorlopende acties",
         [f"{d['fiche']} (rij {d['rij']}) = {d['vorig']} (rij {d['rij_vorig']} vorig jaar)" for d in v["gekopieerd"]]),
        ("Fiches van vorig jaar die nergens terugkomen (afgerond?)",
         [f"{d['vorig']} (rij {d['rij_vorig']})" for d in v["verdwenen"]]),
    ]
    for label, items in groups:
        rows.append(("head", [f"{label}: {len(items)}"]))
        rows.extend(("item", ["", item]) for item in items)
    now, before = facts.capaciteit, v.get("capaciteit") or {}
    codes = CAPACITY_CODES
    rows.append(("head", ["Capaciteit (VTE)", *codes]))
    rows.append(("row", ["Vorig jaar", *(before.get(c) for c in codes)]))
    rows.append(("row", ["Dit jaar", *(now.get(c) for c in codes)]))
    return rows
