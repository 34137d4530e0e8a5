"""What the rules every year keeps read from a plan: the template's layout (the Algemeen fields,
the capacity codes A-F) and the figures several rules need (capacity A-F, the fiches' VTE).

A formula cell's value is its saved result, what Excel shows the department; only a formula
without one (a workbook saved by a script) is computed, by the loader.
Each capacity row says which it is (:attr:`CapacityRow.source`), and the rules say so too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from actieplan.api import Context, clean_text, dutch_number, evaluate, fold, join_cells, parse_number

ALGEMEEN_FIELDS = ("Zorgraad", "Andere namen", "Werkjaar", "Meerjarenplan", "Contactpersoon", "E-mail", "Datum indiening", "Sjabloon")
ALGEMEEN_REQUIRED = ("Zorgraad", "Werkjaar", "Meerjarenplan")
CAPACITEIT_CODES = ("A", "B", "C", "D", "E", "F")
# the parts that share A out: B + C + D + E + F
DELEN = CAPACITEIT_CODES[1:]
TOTAL_CODE = "B + C + D + E + F"


def code_van(value) -> str | None:
    """'A'..'F', or TOTAL_CODE for the total row ('B+C+D+E+F', 'Totaal'); None otherwise."""
    if value is None:
        return None
    text = "".join(str(value).split()).upper()
    if text in CAPACITEIT_CODES:
        return text
    if text in {"B+C+D+E+F", "TOTAAL", "TOTAAL(B+C+D+E+F)"}:
        return TOTAL_CODE
    return None


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
        # the number the user meant, from the cell itself: '0,1 VTE' -> 0,1
        meant = next(((text, n) for *_, text in self.text_cells if (n := parse_number(text)) is not None), None)
        example = ""
        if meant is not None:
            shown = f"{dutch_number(meant[1])} in plaats van '{meant[0]}'"
            example = f" ({'bv. ' if len(self.text_cells) > 1 else ''}{shown})"
        return (
            f" De formule kan {cells} niet optellen: dat is tekst, geen getal. Typ daar alleen het getal{example}, "
            "dan rekent Excel ermee."
        )


def capacity(ctx) -> dict[str, CapacityRow]:
    """The Capaciteit rows by code (first occurrence)."""
    return ctx.cache.get("facts.capacity", lambda: _capacity(ctx))


def _capacity(ctx: Context) -> dict[str, CapacityRow]:
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
    return out


def fiche_vte(ctx) -> pd.Series:
    """The fiches' VTE as numbers (NaN where empty or not a number), indexed by Excel row."""
    frame = ctx.frame("Actiefiches")
    if frame is None or FICHE_VTE not in frame:
        return pd.Series(dtype=float)
    return pd.to_numeric(frame[FICHE_VTE].map(lambda v: v if isinstance(v, float) else None), errors="coerce")


def algemeen_value(ctx, veld: str) -> tuple[int | None, Any]:
    return ctx.field("Algemeen", veld)


def zorgraad_namen(ctx) -> tuple[str, ...]:
    """The zorgraad's names as the plan writes them: the Zorgraad field, then each of its `Andere
    namen` (comma-separated: abbreviation, team names, the organisation that hosts it; a semicolon
    or a line break separates too), each of 3 characters or more, once."""
    return ctx.cache.get("plan.zorgraad_namen", lambda: _namen(ctx))


_NAME_SPLIT = re.compile(r"[,;\n]")


def _namen(ctx) -> tuple[str, ...]:
    main = clean_text(algemeen_value(ctx, "Zorgraad")[1])
    other = clean_text(algemeen_value(ctx, "Andere namen")[1])
    out: dict[str, str] = {}
    for name in [main or "", *_NAME_SPLIT.split(other or "")]:
        name = " ".join(name.split())
        if len(name) >= 3:
            out.setdefault(fold(name), name)
    return tuple(out.values())


# the forms of a place name in a text: 'Brusselse', 'Brusselaars', 'Meetjeslanders', 'Kortrijkse'
_DERIVED = ("s", "se", "er", "ers", "aar", "aars", "naar", "naars", "enaar", "enaars")


def eigen_woorden(ctx) -> frozenset[str]:
    """The words of the zorgraad's own names (:func:`zorgraad_namen`), folded, with the forms a place
    name takes in a text ('brussel': 'brusselse', 'brusselaars'). They are in every text of that
    zorgraad's plan and say nothing about which action or which public a text is about: stop words
    for THIS plan only (no word list of the settings names a place)."""
    def build() -> frozenset[str]:
        words = set()
        for name in zorgraad_namen(ctx):
            for word in re.findall(r"[a-z]+", fold(name)):
                words.add(word)
                if len(word) >= 4:
                    words.update(word + end for end in _DERIVED)
                    if word.endswith("en"):  # 'Antwerpen': 'Antwerpse'
                        words.add(word[:-2] + "se")
        return frozenset(words)

    return ctx.cache.get("plan.eigen_woorden", build)
