"""Figures of a plan that several rules and every output need: capacity A-F, the fiches' VTE.

A formula cell's value is its saved result, what Excel shows the department; only a formula
without one (a workbook saved by a script) is computed, by the loader (pipeline/formulas.py).
Each capacity row says which it is (:attr:`CapacityRow.source`), and the rules say so too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from actieplan.api import Chart, Facts, Figure, evaluate, join_cells
from actieplan.normalize import clean_text

from .sheets import CAPACITEIT_CODES, DELEN, TOTAL_CODE, code_van

VTE = "Geschatte capaciteit in # VTE"
FICHE_VTE = "Personeelscapaciteit (VTE)"

TYPED, SAVED, COMPUTED = "getypt", "opgeslagen", "berekend"


@dataclass(frozen=True)
class CapacityRow:
    code: str
    row: int
    value: float | None  # None: empty, not a number, an error value, or a formula we cannot compute
    formula: str | None = None
    source: str = TYPED  # TYPED, SAVED (the formula's saved result) or COMPUTED (no saved result: computed)
    # the text cells the formula meets: (sheet, row, col, text); Excel's SUM skips them
    text_cells: tuple[tuple[str, int, int, str], ...] = field(default_factory=tuple)

    def how(self) -> str:
        """Dutch, a sentence for a message: where the value came from ('' for a typed value)."""
        if self.formula is None:
            return ""
        what = "De totaalrij" if self.code == TOTAL_CODE else self.code
        if self.source == COMPUTED:
            return (f" {what} is de formule {self.formula} zonder opgeslagen uitkomst (de werkmap is niet in Excel "
                    "bewaard): de controle rekende ze zelf uit.")
        return f" {what} is de formule {self.formula}; de controle neemt haar opgeslagen uitkomst, die Excel toont."

    def text_cause(self, home: str) -> str:
        """Dutch: which text cells the formula skips or cannot add ('' when none)."""
        if not self.text_cells:
            return ""
        cells = join_cells(list(self.text_cells), home)
        return (
            f" De formule telt {cells} niet (goed) mee: dat is tekst, geen getal. Typ daar alleen het getal "
            "(bv. 0,4), dan rekent Excel het mee."
        )


def capacity(ctx) -> dict[str, CapacityRow]:
    """The Capaciteit rows by code (first occurrence)."""
    cache = getattr(ctx, "cache", None)
    if cache is not None and "facts.capacity" in cache:
        return cache["facts.capacity"]
    sheet = ctx.workbook.sheets.get("Capaciteit")
    if sheet is None or "Code" not in sheet.frame or VTE not in sheet.frame:
        return {}
    col = sheet.columns[VTE]
    out: dict[str, CapacityRow] = {}
    for row, code_value, value in zip(sheet.frame.index, sheet.frame["Code"], sheet.frame[VTE]):
        code = code_van(code_value)
        if code is None or code in out:
            continue
        cell = (int(row), col)
        formula = sheet.formulas.get(cell) or sheet.uncached.get(cell)
        number = value if isinstance(value, float) else None
        source, text_cells = TYPED, ()
        if formula is not None:
            source = COMPUTED if cell in sheet.computed else SAVED
            text_cells = tuple(evaluate(ctx.workbook, sheet, formula).text_cells)
        out[code] = CapacityRow(code, int(row), number, formula, source, text_cells)
    if cache is not None:
        cache["facts.capacity"] = out
    return out


def fiche_vte(ctx) -> pd.Series:
    """The fiches' VTE as numbers (NaN where empty or not a number), indexed by Excel row."""
    frame = ctx.frame("Actiefiches")
    if frame is None or FICHE_VTE not in frame:
        return pd.Series(dtype=float)
    return pd.to_numeric(frame[FICHE_VTE].map(lambda v: v if isinstance(v, float) else None), errors="coerce")


def algemeen_value(ctx, veld: str) -> tuple[int | None, Any]:
    return ctx.field("Algemeen", veld)


def zorgraad_naam(ctx) -> str | None:
    """The Zorgraad field as written, when it is long enough to look for in a text (3+ characters)."""
    name = clean_text(algemeen_value(ctx, "Zorgraad")[1])
    return name if name and len(name) >= 3 else None


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
    )
