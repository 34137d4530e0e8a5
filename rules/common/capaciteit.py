"""Rules on the capacity table ("Overzicht capaciteitsplanning") against itself and the fiches.

Values come from :func:`.facts.capacity`: a formula's saved result, or, for a formula without
one (a workbook saved by a script), the value the loader computed. Tolerance and the lower bound
are settings.
"""

from __future__ import annotations

from typing import Iterable

from actieplan.api import ERROR, INFO, WARNING, Hit, sheet_rule
from actieplan.api import counted, dutch_number
from actieplan.rules.settings import FROM_YEAR, SCHEMA, typed

from actieplan.rules.common.plan import FICHE_VTE, VTE, capacity, fiche_vte
from actieplan.rules.common.plan import CAPACITEIT_CODES, DELEN, TOTAL_CODE, code_van

__settings__ = (SCHEMA,)

_PARTS = DELEN


def _sum_b_f(cap) -> float | None:
    if not all(code in cap and cap[code].value is not None for code in _PARTS):
        return None
    return round(sum(cap[code].value for code in _PARTS), 6)


def _plan_and_a(ctx):
    """(capacity rows, B + C + D + E + F, A); the sum or A is None when not known."""
    cap = capacity(ctx)
    a = cap["A"].value if "A" in cap else None
    return cap, _sum_b_f(cap), a


def _tolerance(ctx) -> float:
    return typed(ctx.settings).capaciteit.tolerantie_vte


def _total_or_a(cap):
    """Where a finding about B..F as a whole points: the total row when there is one, else A."""
    return cap[TOTAL_CODE] if TOTAL_CODE in cap else cap["A"]


@sheet_rule(
    "capaciteit-code",
    severity=ERROR,
    sheet="Capaciteit",
    message="Code {code} {probleem}. Verwacht: de codes A, B, C, D, E en F elk precies één keer{extra}.",
    summary="Het blad Capaciteit bevat elke code A-F precies één keer, en hoogstens een totaalrij B + C + D + E + F.",
    quote="A Totale voorziene personeelscapaciteit ... B Administratieve verplichtingen ... F De optelsom van de geschatte VTE voor de acties",
)
def capaciteit_code(ctx) -> Iterable[Hit]:
    """
    Wrong: no row with code `D`; two rows with code `B`; a row with code `G`.
    Right: one row each for A, B, C, D, E, F, then optionally `B + C + D + E + F`.
    """
    frame = ctx.frame("Capaciteit")
    if frame is None or "Code" not in frame:
        return
    seen: dict[str, int] = {}
    for row, value in frame["Code"].items():
        code = code_van(value)
        if code is None:
            if value is not None:
                yield Hit("Capaciteit", row, "Code", {"code": f"'{value}'", "probleem": "bestaat niet in het sjabloon", "extra": ""})
            continue
        if code in seen:
            yield Hit("Capaciteit", row, "Code", {"code": code, "probleem": f"staat twee keer in het blad (ook op rij {seen[code]})", "extra": ""})
        else:
            seen[code] = row
    for code in CAPACITEIT_CODES:
        if code not in seen:
            yield Hit("Capaciteit", None, None, {"code": code, "probleem": "ontbreekt", "extra": f"; voeg een rij toe met code {code}"})


@sheet_rule(
    "capaciteit-f-som-fiches",
    severity=ERROR,
    sheet="Capaciteit",
    message="F ({f} VTE) is niet gelijk aan de som van de actiefiches ({som} VTE over {fiches}). Verwacht: F = {som} VTE (verschil hoogstens {tol}).{bron}{oorzaak}",
    summary="F is de som van de Personeelscapaciteit (VTE) van alle actiefiches (binnen {capaciteit[tolerantie_vte]} VTE).",
    quote="F De optelsom van de geschatte VTE voor de acties opgenomen in onderstaande actiefiches",
)
def capaciteit_f_som_fiches(ctx) -> Iterable[Hit]:
    """
    Wrong: F = 1,2 while the fiches say 0,2 + 0,2 + 0,1 + 0,2 + 0,4 = 1,1; or a formula
    `=SUM(Actiefiches!L4:L7)` that leaves a fiche out (its saved result 0,7 is what Excel shows).
    Right: F = 1,1 (or a formula =SUM(...) over the fiches that gives 1,1).
    A formula's saved result is used; only a formula without one is computed (the message says which).
    """
    cap = capacity(ctx)
    fiches = ctx.frame("Actiefiches")
    if "F" not in cap or cap["F"].value is None or fiches is None or FICHE_VTE not in fiches:
        return
    vte = fiche_vte(ctx)
    if vte.isna().any():
        return  # an empty or unreadable VTE is reported on the fiche itself; the sum is unknown
    total = round(float(vte.sum()), 6)
    f = cap["F"].value
    if abs(f - total) > _tolerance(ctx) + 1e-9:
        yield Hit(
            "Capaciteit", cap["F"].row, VTE,
            {"f": dutch_number(f), "som": dutch_number(total), "fiches": counted(len(vte), "fiche", "fiches"), "tol": dutch_number(_tolerance(ctx)),
             "bron": cap["F"].how(), "oorzaak": cap["F"].text_cause(ctx.workbook.sheet_name("Capaciteit"))},
        )


@sheet_rule(
    "capaciteit-boven-a",
    severity=ERROR,
    sheet="Capaciteit",
    message="B + C + D + E + F = {som} VTE is meer dan A, de totale capaciteit ({a} VTE). Verwacht: hoogstens {a} VTE; verlaag B-F of herbekijk A.",
    summary="B + C + D + E + F is niet groter dan A, de totale voorziene personeelscapaciteit.",
    quote=FROM_YEAR,
)
def capaciteit_boven_a(ctx) -> Iterable[Hit]:
    """
    Wrong: A = 6,18 and B..F = 0,5 + 1,5 + 1,5 + 1,5 + 1,5 = 6,5.
    Right: B..F = 6,1 with A = 6,18.
    """
    cap, som, a = _plan_and_a(ctx)
    if som is None or a is None:
        return
    if som > a + _tolerance(ctx) + 1e-9:
        yield Hit("Capaciteit", _total_or_a(cap).row, VTE, {"som": dutch_number(som), "a": dutch_number(a)})


@sheet_rule(
    "capaciteit-gelijk-a",
    severity=WARNING,
    sheet="Capaciteit",
    message="B + C + D + E + F = {som} VTE is gelijk aan A ({a} VTE): de planning is voor 100% gevuld. Het is een goede praktijk om de planning niet 100% te vullen, maar wat marge te voorzien.",
    summary="B + C + D + E + F vult A niet volledig (er blijft marge).",
    quote="In het kader van goed bestuur is het een goede praktijk om de planning niet 100% te vullen, maar wat marge te voorzien.",
)
def capaciteit_gelijk_a(ctx) -> Iterable[Hit]:
    """
    Wrong: A = 6 and B..F = 0,5 + 1,5 + 1,5 + 1,4 + 1,1 = 6 (no margin left).
    Right: B..F = 5,8 with A = 6; or 6,1 with A = 6,18 (0,08 VTE margin).
    """
    cap, som, a = _plan_and_a(ctx)
    if som is None or a is None:
        return
    if abs(som - a) <= _tolerance(ctx) + 1e-9:
        yield Hit("Capaciteit", _total_or_a(cap).row, VTE, {"som": dutch_number(som), "a": dutch_number(a)})


@sheet_rule(
    "capaciteit-onder-a",
    severity=WARNING,
    sheet="Capaciteit",
    message="B + C + D + E + F = {som} VTE is minder dan {pct}% van A ({a} VTE; {pct}% is {grens} VTE). Er kan geen reguliere werking bestaan buiten B-F: bespreek dit met het Departement Zorg, of vul B-F aan.",
    summary="B + C + D + E + F is minstens {capaciteit[ondergrens_fractie]:%} van A (anders valt er reguliere werking buiten B-F).",
    quote="Er kan geen “reguliere werking” bestaan, gefinancierd met de reguliere subsidie, die buiten onderstaande categorieën (B-F) valt. Indien dit volgens de zorgraad wel het geval is, wordt dit besproken met het Departement Zorg.",
)
def capaciteit_onder_a(ctx) -> Iterable[Hit]:
    """
    Wrong: A = 6 and B..F = 4,5 (75% of A: 1,5 VTE unaccounted for).
    Right: B..F = 5,8 with A = 6 (97%).
    """
    cap, som, a = _plan_and_a(ctx)
    if som is None or a is None or a <= 0:
        return
    fraction = typed(ctx.settings).capaciteit.ondergrens_fractie
    if som < a * fraction - 1e-9:
        yield Hit(
            "Capaciteit", _total_or_a(cap).row, VTE,
            {"som": dutch_number(som), "a": dutch_number(a), "pct": round(fraction * 100), "grens": dutch_number(a * fraction)},
        )


@sheet_rule(
    "capaciteit-totaal",
    severity=ERROR,
    sheet="Capaciteit",
    message="De totaalrij B + C + D + E + F vermeldt {totaal} VTE, maar B + C + D + E + F = {delen} = {som} VTE. Verwacht: {som} VTE (of de formule =SUM over B tot F).{bron}{oorzaak}",
    summary="Een totaalrij B + C + D + E + F is de som van B tot F (binnen {capaciteit[tolerantie_vte]} VTE); van een formule telt de opgeslagen uitkomst.",
    quote="B + C + D + E + F",
)
def capaciteit_totaal(ctx) -> Iterable[Hit]:
    """
    Wrong: the total row says 5,9 while B..F add up to 6,1; or a formula =C5+C6+C7+C8 that forgets F;
    or =SUM(C5:C9) whose saved result is 3,4 because C6 holds the text `'0,4` (Excel's SUM skips
    text; the message names those cells).
    Right: 6,1, or =SUM(C5:C9); no total row at all is fine too.
    """
    cap = capacity(ctx)
    som = _sum_b_f(cap)
    if som is None or TOTAL_CODE not in cap or cap[TOTAL_CODE].value is None:
        return
    total = cap[TOTAL_CODE].value
    if abs(total - som) > _tolerance(ctx) + 1e-9:
        parts = " + ".join(dutch_number(cap[c].value) for c in _PARTS)
        t = cap[TOTAL_CODE]
        yield Hit("Capaciteit", t.row, VTE, {"totaal": dutch_number(total), "delen": parts, "som": dutch_number(som),
                                             "bron": t.how(), "oorzaak": t.text_cause(ctx.workbook.sheet_name("Capaciteit"))})


def _rows(ctx, sheet: str) -> int:
    frame = ctx.frame(sheet)
    return 0 if frame is None else len(frame)


# code -> (the table it plans, what the table holds in the message)
_TABLES = {
    "C": ("Netwerkevents", "netwerkevent(s)"),
    "D": ("Stuurgroepen", "stuurgroep(en)"),
    "E": ("Doorlopende acties", "doorlopende actie(s)"),
}


@sheet_rule(
    "capaciteit-tabellen",
    severity=WARNING,
    sheet="Capaciteit",
    message="{code} = {vte} VTE, maar {probleem}. Verwacht: {verwacht}",
    summary="C, D en E passen bij hun tabellen: geen 0 VTE naast netwerkevents, stuurgroepen of doorlopende acties, en geen E zonder doorlopende acties.",
    quote="C Organiseren van de netwerkevents zoals opgenomen in onderstaande tabel … D Deelname aan vergaderingen, zoals stuurgroepen, … zoals opgenomen in onderstaande tabel … E Het opvolgen van acties uit voorgaande jaren zoals opgenomen in onderstaande tabel",
)
def capaciteit_tabellen(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 135-153 (seed 000).
    Wrong: C = 0 with five network events listed; D = 0 with 36 steering groups; E = 0 with two
    ongoing actions; E = 1,5 with an empty Doorlopende acties sheet.
    Right: C, D and E above 0 next to their filled tables; C > 0 or D > 0 with an empty table is
    fine (C also holds communication, D other meetings).
    """
    cap = capacity(ctx)
    for code, (sheet, what) in _TABLES.items():
        if code not in cap or cap[code].value is None or sheet not in ctx.workbook.sheets:
            continue
        value, n = cap[code].value, _rows(ctx, sheet)
        if value <= 1e-9 and n > 0:
            problem = f"het blad {sheet} vermeldt {n} {what}"
            expected = f"de geschatte capaciteit voor de {what} van het blad {sheet}, of laat die rijen weg als er geen tijd naartoe gaat."
        elif code == "E" and value > 1e-9 and n == 0:
            problem = f"het blad {sheet} is leeg"
            expected = "de doorlopende acties en verduurzaamde projecten waar deze capaciteit naartoe gaat in het blad Doorlopende acties, of E = 0."
        else:
            continue
        yield Hit("Capaciteit", cap[code].row, VTE, {"code": code, "vte": dutch_number(value), "probleem": problem, "verwacht": expected})


@sheet_rule(
    "capaciteit-marge-ifp",
    severity=INFO,
    sheet="Capaciteit",
    message="A - (B + C + D + E + F) = {marge} VTE is {pct}% van A ({a} VTE), minder dan {grens_pct}%. Er blijft weinig ruimte voor flexibiliteit, bv. om een rol in het interfederaal plan (IFP) op te nemen. Verwacht: wat marge in de planning (ter info; het departement keurt deze tabel niet goed of af).",
    summary="Tussen B + C + D + E + F en A blijft een marge van minstens {capaciteit[marge_ifp_fractie]:%} van A (flexibiliteit voor het IFP).",
    quote="Zorg WEL voor flexibiliteit in de planning om een rol in het IFP op te kunnen nemen. … In het kader van goed bestuur is het een goede praktijk om de planning niet 100% te vullen, maar wat marge te voorzien.",
)
def capaciteit_marge_ifp(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 29-30 and 90-91 (seed 000).
    Wrong: A = 6,18 and B..F = 6,1 (0,08 VTE, 1,3% of A: the real BruZEL plan).
    Right: A = 6 and B..F = 5,8 (3,3%). B..F equal to A is capaciteit-gelijk-a, above A
    capaciteit-boven-a: this rule is quiet then. The share is a setting (`marge_ifp_fractie`).
    """
    cap, som, a = _plan_and_a(ctx)
    if som is None or a is None or a <= 0:
        return
    margin = a - som
    share = typed(ctx.settings).capaciteit.marge_ifp_fractie
    if margin <= _tolerance(ctx) + 1e-9:
        return  # capaciteit-gelijk-a or capaciteit-boven-a
    if margin < a * share - 1e-9:
        yield Hit(
            "Capaciteit", _total_or_a(cap).row, VTE,
            {"marge": dutch_number(round(margin, 6)), "pct": dutch_number(round(100 * margin / a, 1)), "a": dutch_number(a), "grens_pct": dutch_number(round(100 * share, 1))},
        )
