"""Figures of a plan that several rules and every output need: capacity A-F, the fiches' VTE.

Formula cells are computed here from the cells they refer to (SUM over ranges, + and -), never
taken from the cached value: a workbook saved by a program other than Excel has none (or 0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pandas as pd
from openpyxl.utils import column_index_from_string

from actieplan.normalize import clean_text, parse_number
from actieplan.rules.sheets import CAPACITEIT_CODES, TOTAL_CODE

VTE = "Geschatte capaciteit in # VTE"
FICHE_VTE = "Personeelscapaciteit (VTE)"

_REF = r"\$?([A-Z]{1,3})\$?(\d+)"
_RANGE = re.compile(_REF + r"(?::" + _REF + r")?")


@dataclass(frozen=True)
class CapacityRow:
    code: str
    row: int
    value: float | None  # None: empty, not a number, or a formula we cannot compute
    formula: str | None = None


def capacity(ctx) -> dict[str, CapacityRow]:
    """The Capaciteit rows by code (first occurrence), values computed where they are formulas."""
    from actieplan.rules.structure import capaciteit_code

    sheet = ctx.workbook.sheets.get("Capaciteit")
    if sheet is None or "Code" not in sheet.frame or VTE not in sheet.frame:
        return {}
    col = sheet.columns[VTE]
    out: dict[str, CapacityRow] = {}
    for row, code_value, value in zip(sheet.frame.index, sheet.frame["Code"], sheet.frame[VTE]):
        code = capaciteit_code(code_value)
        if code is None or code in out:
            continue
        formula = sheet.formulas.get((int(row), col))
        if formula is not None:
            number = _evaluate(sheet, formula, depth=0)
        else:
            number = value if isinstance(value, float) else None
        out[code] = CapacityRow(code, int(row), number, formula)
    return out


def _cell_value(sheet, row: int, col: int, depth: int) -> float | None:
    formula = sheet.formulas.get((row, col))
    if formula is not None:
        return _evaluate(sheet, formula, depth + 1)
    header = next((h for h, c in sheet.columns.items() if c == col), None)
    if header is None or row not in sheet.frame.index:
        return 0.0  # an empty or unread cell counts as 0, as in Excel
    value = sheet.frame.at[row, header]
    if value is None:
        return 0.0
    return value if isinstance(value, float) else parse_number(value)


def _evaluate(sheet, formula: str, depth: int) -> float | None:
    """SUM(...) of ranges and cells, and + / - of cells and numbers; None for anything else."""
    if depth > 10:
        return None
    text = formula.lstrip("=").replace(" ", "").upper()
    terms = re.split(r"(?=[+-])", text)
    total = 0.0
    for term in terms:
        if not term:
            continue
        sign = -1.0 if term.startswith("-") else 1.0
        term = term.lstrip("+-")
        inner = re.fullmatch(r"SUM\((.*)\)", term)
        parts = inner.group(1).split(";" if ";" in inner.group(1) else ",") if inner else [term]
        for part in parts:
            number = parse_number(part) if re.fullmatch(r"[\d.,]+", part) else None
            if number is not None:
                total += sign * number
                continue
            m = _RANGE.fullmatch(part)
            if not m:
                return None
            c0, r0 = column_index_from_string(m.group(1)), int(m.group(2))
            c1 = column_index_from_string(m.group(3)) if m.group(3) else c0
            r1 = int(m.group(4)) if m.group(4) else r0
            if (r1 - r0 + 1) * (c1 - c0 + 1) > 1000:
                return None
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    v = _cell_value(sheet, r, c, depth)
                    if v is None:
                        return None
                    total += sign * v
    return round(total, 6)


def fiche_vte(ctx) -> pd.Series:
    """The fiches' VTE as numbers (NaN where empty or not a number), indexed by Excel row."""
    frame = ctx.frame("Actiefiches")
    if frame is None or FICHE_VTE not in frame:
        return pd.Series(dtype=float)
    return pd.to_numeric(frame[FICHE_VTE].map(lambda v: v if isinstance(v, float) else None), errors="coerce")


def algemeen_value(ctx, veld: str) -> tuple[int | None, Any]:
    from actieplan.normalize import header_key

    row, value = ctx.workbook.algemeen.get(header_key(veld), (None, None))
    return row, value


def plan_facts(ctx) -> dict[str, Any]:
    cap = capacity(ctx)
    vte = fiche_vte(ctx)
    fiches = ctx.frame("Actiefiches")
    som_bf = None
    if all(code in cap and cap[code].value is not None for code in "BCDEF"):
        som_bf = round(sum(cap[code].value for code in "BCDEF"), 6)
    return {
        "zorgraad": clean_text(algemeen_value(ctx, "Zorgraad")[1]),
        "werkjaar": clean_text(algemeen_value(ctx, "Werkjaar")[1]),
        "capaciteit": {code: (cap[code].value if code in cap else None) for code in CAPACITEIT_CODES},
        "capaciteit_totaal": cap[TOTAL_CODE].value if TOTAL_CODE in cap else None,
        "som_b_f": som_bf,
        "aantal_fiches": 0 if fiches is None else int(len(fiches)),
        "som_vte_fiches": round(float(vte.sum()), 6) if len(vte) else 0.0,
    }
