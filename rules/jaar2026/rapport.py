"""The report panels of this year: the capacity (A against B-F, F against the fiches) as data the
HTML report draws (headings, paragraphs, tables, bar charts: actieplan.model), and the lines the
draft mail gives. Every conclusion is the rules' own (the findings), never decided again here."""

from __future__ import annotations

from typing import Any

from actieplan.api import Bar, BarChart, Block, Finding, Heading, PairedChart, Panel, Paragraph, Quoted, Settings, StackedChart, Table
from actieplan.api import counted, dutch_number

from actieplan.rules.settings import typed

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


def _capacity(facts: PlanFacts, findings: list[Finding], s: Settings) -> tuple[Block, ...]:
    cap = facts.capaciteit
    values = {code: cap.get(code) for code in CAPACITY_CODES}
    reported = {f.rule for f in findings}
    if all(v is None for v in values.values()):
        where = "de capaciteitstabel" if facts.document else "het blad Capaciteit"
        return (Paragraph(f"Geen capaciteit gevonden: {where} ontbreekt of de VTE zijn niet ingevuld."),)
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
    blocks: list[Block] = [Heading("A tegenover B tot F"), _capacity_chart(values)]
    blocks.extend(Paragraph(line) for line in lines)
    blocks.append(_capacity_table(values, facts.capaciteit_bron))
    if f_value is not None or fiches:
        blocks.append(Heading("F tegenover de som van de actiefiches"))
        blocks.append(_fiches_chart(f_value, fiches, facts.aantal_fiches, facts.document))
        if "capaciteit-f-som-fiches" in reported:
            blocks.append(Paragraph(
                f"F ({dutch_number(f_value)} VTE) is niet gelijk aan de som van de actiefiches "
                f"({dutch_number(fiches)} VTE): F hoort die som te zijn."
            ))
        elif f_value is not None and round(f_value, 6) == round(fiches, 6):
            blocks.append(Paragraph(f"F is gelijk aan de som van de actiefiches ({dutch_number(fiches)} VTE)."))
        elif f_value is not None:
            blocks.append(Paragraph(
                f"F ({dutch_number(f_value)} VTE) stemt overeen met de som van de actiefiches "
                f"({dutch_number(fiches)} VTE), binnen de toegelaten afwijking van "
                f"{dutch_number(typed(s).capaciteit.tolerantie_vte)} VTE."
            ))
    return tuple(blocks)


# where a formula's value came from (PlanFacts.capaciteit_bron)
SOURCE_NOTES = {
    "opgeslagen": "formule: de opgeslagen uitkomst, zoals Excel ze toont",
    "berekend": "formule zonder opgeslagen uitkomst: door de controle berekend",
}


def _capacity_table(values: dict[str, float | None], sources: dict[str, str] | None = None) -> Table:
    sources = sources or {}
    rows = tuple(
        (code, SEGMENT_NAMES[code], dutch_number(values[code]), SOURCE_NOTES.get(sources.get(code, ""), ""))
        for code in CAPACITY_CODES
    )
    return Table(("Code", "Onderdeel", "VTE", "Formule"), rows, numeric=frozenset({2}), css_class="cap")


def _capacity_chart(values: dict[str, float | None]) -> StackedChart:
    """Two horizontal bars: A alone, and B..F stacked; a dashed line marks A across both."""
    total = sum(values[code] or 0.0 for code in DELEN)
    return StackedChart(
        title=f"Capaciteit: A {dutch_number(values['A'])} VTE tegenover B tot F samen {dutch_number(total)} VTE",
        reference=Bar("A: beschikbaar", values["A"], A_COLOUR, f"A: {dutch_number(values['A'])} VTE"),
        stacked_label="B–F: gepland",
        parts=tuple(
            Bar(code, values[code], SEGMENT_COLOURS[code], f"{code}: {dutch_number(values[code])} VTE ({SEGMENT_NAMES[code]})")
            for code in DELEN
        ),
        total=total,
    )


def _fiches_chart(f_value: float | None, fiches: float | None, count: Any, document: bool = False) -> BarChart:
    n = f" ({counted(int(count), 'fiche', 'fiches')})" if count is not None else ""
    return BarChart(
        title=f"F {dutch_number(f_value)} VTE tegenover de som van de actiefiches {dutch_number(fiches)} VTE",
        bars=(Bar("F in de capaciteitstabel" if document else "F op het blad Capaciteit", f_value, SEGMENT_COLOURS["F"]), Bar(f"Som van de actiefiches{n}", fiches, "#7aa6d6")),
    )


# --------------------------------------------------------------------------- last year (--vorig-jaar)

PREVIOUS_COLOUR = "#A0A0A0"
TABLE_NAMES = {"Doorlopende acties": "doorlopende actie", "Netwerkevents": "netwerkevent", "Stuurgroepen": "stuurgroep"}


def _previous_year(facts: PlanFacts) -> tuple[Block, ...]:
    """'Vergeleken met vorig jaar': what became of last year's fiches, and capacity A-F (only with --vorig-jaar)."""
    v = facts.vorig_jaar
    if not v:
        return ()
    jaar = f", werkjaar {v['werkjaar']}" if v.get("werkjaar") else ""
    blocks: list[Block] = [Paragraph(
        "Vergeleken met het actieplan van vorig jaar: ", strong=v["werkmap"],
        after=f"{jaar}. Dat actieplan zelf is niet gecontroleerd.",
    )]
    rows = [
        ("Nieuwe fiches dit jaar, zonder voorganger vorig jaar", tuple(v["nieuw"])),
        ("Fiches van vorig jaar, voortgezet als doorlopende actie, netwerkevent of stuurgroep",
         tuple((f"{d['vorig']} (rij {d['rij_vorig']}) → {TABLE_NAMES.get(d['blad'], d['blad'])} ", Quoted(d["als"])) for d in v["doorlopend"])),
        ("Fiches van vorig jaar, gevolgd door een nieuwe fiche over hetzelfde onderwerp",
         tuple(f"{d['vorig']} (rij {d['rij_vorig']}) → {d['fiche']}" for d in v["verwant"])),
        ("Fiches van vorig jaar, opnieuw gekopieerd als fiche (verplaats ze naar Doorlopende acties)",
         tuple(f"{d['fiche']} (rij {d['rij']}) = {d['vorig']} (rij {d['rij_vorig']} vorig jaar)" for d in v["gekopieerd"])),
        ("Fiches van vorig jaar die nergens terugkomen (afgerond?)",
         tuple(f"{d['vorig']} (rij {d['rij_vorig']})" for d in v["verdwenen"])),
    ]
    blocks.append(Table(("Wat", "Aantal", "Welke"), tuple((label, len(items), items) for label, items in rows),
                        numeric=frozenset({1}), css_class="vj"))
    now = facts.capaciteit
    before = v.get("capaciteit") or {}
    if any(now.get(c) is not None for c in CAPACITY_CODES) or any(before.get(c) is not None for c in CAPACITY_CODES):
        blocks.append(Heading("Capaciteit A tot F: dit jaar tegenover vorig jaar"))
        blocks.append(_compare_chart(now, before))
        cells = []
        for code in CAPACITY_CODES:
            a, b = now.get(code), before.get(code)
            diff = "" if a is None or b is None else ("+" if a - b > 0 else "") + dutch_number(round(a - b, 6))
            cells.append((code, SEGMENT_NAMES[code], dutch_number(b), dutch_number(a), diff))
        blocks.append(Table(("Code", "Onderdeel", "Vorig jaar", "Dit jaar", "Verschil"), tuple(cells),
                            numeric=frozenset({2, 3, 4}), css_class="cap"))
    return tuple(blocks)


def _compare_chart(now: dict[str, float | None], before: dict[str, float | None]) -> PairedChart:
    """Per code A-F two thin bars: last year (grey) above this year (the code's colour)."""
    groups = []
    for code in CAPACITY_CODES:
        colour = A_COLOUR if code == "A" else SEGMENT_COLOURS[code]
        pair = tuple(
            Bar(label, values.get(code), fill, f"{code} {label}: {dutch_number(values.get(code))} VTE")
            for label, values, fill in (("vorig jaar", before, PREVIOUS_COLOUR), ("dit jaar", now, colour))
        )
        groups.append((code, pair))
    return PairedChart(
        title="Capaciteit A tot F: vorig jaar (grijs) en dit jaar (gekleurd), in VTE",
        groups=tuple(groups),
        legend=(Bar("vorig jaar", None, PREVIOUS_COLOUR), Bar("dit jaar", None, SEGMENT_COLOURS["F"])),
    )


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
