"""The figures of a plan of this year that every output shows: capacity A-F, the fiches
(read by the rules every year keeps: rules/common/plan.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from actieplan.api import Chart, Facts, Figure, clean_text, is_document
from actieplan.rules.common.plan import CAPACITEIT_CODES, DELEN, TOTAL_CODE, algemeen_value, capacity, fiche_vte

@dataclass(frozen=True)
class PlanFacts(Facts):
    """The figures of a plan of this year: capacity A-F (computed where they are formulas), the fiches."""

    capaciteit: dict[str, float | None] = field(default_factory=dict)
    capaciteit_totaal: float | None = None
    # per code with a formula: 'opgeslagen' (its saved result) or 'berekend' (no saved result)
    capaciteit_bron: dict[str, str] = field(default_factory=dict)
    som_b_f: float | None = None
    aantal_fiches: int = 0
    som_vte_fiches: float = 0.0
    # the comparison with last year's plan (--vorig-jaar), see vorig_jaar.facts; None without one
    vorig_jaar: dict[str, Any] | None = None
    # read from a Word document: the capacity stands in a table there, not on a sheet (the report says so)
    document: bool = False

    def figures(self) -> tuple[Figure, ...]:
        return (
            *(Figure(f"Capaciteit {code} (VTE)", self.capaciteit.get(code)) for code in CAPACITEIT_CODES),
            Figure("Aantal fiches", self.aantal_fiches),
            Figure("Som VTE fiches", self.som_vte_fiches),
        )

    def chart(self) -> Chart | None:
        if all(self.capaciteit.get(code) is None for code in CAPACITEIT_CODES):
            return None
        return Chart(
            "Capaciteit: A tegenover B tot F (VTE)",
            ("A: beschikbaar", "B-F: gepland"),
            tuple((code, (self.capaciteit.get(code), None) if code == "A" else (None, self.capaciteit.get(code))) for code in CAPACITEIT_CODES),
            axis="VTE",
            colours=chart_colours(),
        )


def plan_facts(ctx) -> PlanFacts:
    cap = capacity(ctx)
    vte = fiche_vte(ctx)
    fiches = ctx.frame("Actiefiches")
    som_bf = None
    if all(code in cap and cap[code].value is not None for code in DELEN):
        som_bf = round(sum(cap[code].value for code in DELEN), 6)
    return PlanFacts(
        zorgraad=clean_text(algemeen_value(ctx, "Zorgraad")[1]),
        werkjaar=clean_text(algemeen_value(ctx, "Werkjaar")[1]),
        contactpersoon=clean_text(algemeen_value(ctx, "Contactpersoon")[1]),
        email=clean_text(algemeen_value(ctx, "E-mail")[1]),
        capaciteit={code: (cap[code].value if code in cap else None) for code in CAPACITEIT_CODES},
        capaciteit_totaal=cap[TOTAL_CODE].value if TOTAL_CODE in cap else None,
        capaciteit_bron={code: r.source for code, r in cap.items() if r.formula is not None},
        som_b_f=som_bf,
        aantal_fiches=0 if fiches is None else int(len(fiches)),
        som_vte_fiches=round(float(vte.sum()), 6) if len(vte) else 0.0,
        document=is_document(ctx.workbook),
    )


def chart_colours() -> tuple[str, ...]:
    """The capacity chart's colours on the Controle sheet: those of the report's chart (A, then B to F)."""
    from .rapport import A_COLOUR, SEGMENT_COLOURS  # rapport imports this module

    return (A_COLOUR, *(SEGMENT_COLOURS[code] for code in CAPACITEIT_CODES if code != "A"))
