"""Rules on the action fiches ("Acties <werkjaar>"), on their own and against the other sheets.

Word lists (IFP, work that belongs elsewhere), the minimum length of a narrative and the overlap
thresholds are settings of the year (``settings.toml``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from actieplan.api import ERROR, INFO, WARNING, Hit, sheet_rule
from actieplan.api import clean_text, counted, dutch_number, shorten
from actieplan.rules.settings import FROM_YEAR, SCHEMA, typed
from actieplan.rules.text.cells import cells, column_items, filled, per_text, row_cells
from actieplan.rules.text.codes import code_label, od_code, sd_code
from actieplan.rules.text.dates import DATE, MONTHS, PLAN_PERIOD, later_years, term_of_years, without_marker_years, without_years, years
from actieplan.rules.text.index import WordIndex
from actieplan.rules.text.phrases import parts, phrases
from actieplan.rules.text.words import (
    around, ascii_fold, letter_words, meaningful_words_each, quick_fold, span_as_written, surely_long, title_words_memo, word_set,
)

from actieplan.rules.common.inhoud import INHOUD, inhoud, sentence_span, taking_part
from actieplan.rules.common.plan import FICHE_VTE, capacity, eigen_woorden, fiche_vte, zorgraad_namen

SHEET = "Actiefiches"
TITLE = "Titel actie"
PLAN = "Plan van aanpak en mijlpalen"
PROCES, PROCES_IND = "Procesevaluatie", "Indicatoren procesevaluatie"
OUTPUT, OUTPUT_IND = "Resultaatgerichte evaluatie (output)", "Indicatoren resultaatgerichte evaluatie"
EVALUATIONS = ((PROCES, PROCES_IND), (OUTPUT, OUTPUT_IND))

@dataclass(frozen=True)
class Indicatoren:
    """``[indicatoren]`` of settings.toml: what each list means is said there."""

    meetmethode_bron_woorden: tuple[str, ...]


@dataclass(frozen=True)
class IndicatorSettings:
    indicatoren: Indicatoren


__settings__ = (SCHEMA, INHOUD, IndicatorSettings)


def _fiches(ctx, *columns: str) -> pd.DataFrame | None:
    frame = ctx.frame(SHEET)
    if frame is None or frame.empty or any(c not in frame for c in columns):
        return None
    return frame


def _objectives(ctx) -> dict[str, tuple[str | None, int, str, str | None]] | None:
    """OD code -> (its SD code, Excel row, the OD as written, the SD as written) from Doelstellingen,
    codes normalised (:func:`od_code`, :func:`sd_code`); None when that sheet has none."""
    frame = ctx.frame("Doelstellingen")
    if frame is None or frame.empty or "OD" not in frame:
        return None
    out: dict[str, tuple[str | None, int, str, str | None]] = {}
    sds = frame["SD"] if "SD" in frame else pd.Series(None, index=frame.index, dtype=object)
    for row, od, sd in zip(frame.index.tolist(), frame["OD"].tolist(), sds.tolist()):
        code = od_code(od)
        if code is not None and code not in out:
            out[code] = (sd_code(sd), int(row), clean_text(od), clean_text(sd))
    return out or None


def _named(prefix: str, value) -> str:
    """A code as the zorgraad writes it, with its prefix: 'SD 01', 'SD 3' (from '3' or from
    'Strategische doelstelling 3: titel'), 'OD 1.1.1' (:func:`code_label`)."""
    return code_label(prefix, clean_text(value) if not isinstance(value, float) else value)


def _hierarchical(objectives) -> bool:
    """Whether the plan's OD codes start with their SD's number (3.1 under SD 3)."""
    pairs = [(sd, od) for od, (sd, *_rest) in objectives.items() if sd is not None]
    return bool(pairs) and all("." in od and od.split(".")[0] == sd for sd, od in pairs)


@sheet_rule(
    "doelstellingen-ontbreken",
    severity=ERROR,
    sheet="Doelstellingen",
    message="Het blad Doelstellingen bevat {probleem}, terwijl er {fiches} {zijn}. Zo kan niet nagegaan worden of de acties onder de doelstellingen van het meerjarenplan vallen (de controles van SD en OD worden overgeslagen). Verwacht: één rij per operationele doelstelling van het goedgekeurde meerjarenplan {mjp}, met haar SD- en OD-code (bv. SD 3 en OD 3.1).",
    summary="Zijn er actiefiches, dan bevat het blad Doelstellingen de doelstellingen (met een geldige OD-code) waaronder ze vallen.",
    quote="De acties in dit sjabloon kaderen steeds binnen het door het Departement Zorg goedgekeurde meerjarenplan. Dat wil concreet zeggen dat de acties vallen onder de opgestelde doelstellingen uit dat meerjarenplan.",
)
def doelstellingen_ontbreken(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 16-17 and 34-36 (seed 000).
    Wrong: five action fiches and a Doelstellingen sheet with only its headers, or with rows whose
    OD is `zie meerjarenplan`: fiche-od-onbekend and fiche-od-andere-sd cannot check anything, and
    the plan would otherwise come out without an error.
    Right: one row per operational objective (`SD 3 | … | OD 3.1 | …`). A missing sheet or header
    is blad-ontbreekt or kopregel-niet-gevonden (errors already); no fiches, no finding.
    """
    fiches = ctx.frame(SHEET)
    if fiches is None or fiches.empty or "Doelstellingen" not in ctx.workbook.sheets:
        return
    if _objectives(ctx) is not None:
        return
    frame = ctx.frame("Doelstellingen")
    if frame.empty:
        problem = "geen enkele rij"
    elif "OD" not in frame:
        problem = "geen kolom OD"
    else:
        problem = "geen enkele rij met een geldige OD-code (bv. OD 3.1)"
    yield Hit("Doelstellingen", None, None, {"probleem": problem, "fiches": counted(len(fiches), "actiefiche", "actiefiches"), "zijn": "is" if len(fiches) == 1 else "zijn", "mjp": ctx.settings.meerjarenplan})


@sheet_rule(
    "fiche-od-onbekend",
    severity=ERROR,
    sheet=SHEET,
    message="OD '{waarde}' staat niet in het blad Doelstellingen (het goedgekeurde meerjarenplan). Verwacht: één van {bekend}.",
    summary="De OD van een actiefiche bestaat in het blad Doelstellingen.",
    quote="De acties in dit sjabloon kaderen steeds binnen het door het Departement Zorg goedgekeurde meerjarenplan. Dat wil concreet zeggen dat de acties vallen onder de opgestelde doelstellingen uit dat meerjarenplan.",
)
def fiche_od_onbekend(ctx) -> Iterable[Hit]:
    """
    Wrong: a fiche under `OD 3.2` while Doelstellingen lists 3.1, 3.3, 3.4, 4.1 and 5.1.
    Right: `OD 3.4`, `3.4` or `3.4.` when Doelstellingen has `OD 3.4`.
    """
    fiches = _fiches(ctx, "OD")
    objectives = _objectives(ctx)
    if fiches is None or objectives is None:
        return
    known = ", ".join(_named("OD", objectives[c][2]) for c in sorted(objectives, key=lambda c: tuple(int(p) for p in c.split("."))))
    for row, value in column_items(fiches["OD"]):
        code = od_code(value)
        if code is not None and code not in objectives:
            yield Hit(SHEET, int(row), "OD", {"waarde": value, "bekend": known})


@sheet_rule(
    "fiche-od-andere-sd",
    severity=ERROR,
    sheet=SHEET,
    message="De fiche staat onder {sd}, maar {od} hoort volgens het blad Doelstellingen (rij {rij_doel}) bij {od_sd}. Verwacht: {od_sd}, of de OD van {sd} waar de actie onder valt.",
    summary="De OD van een actiefiche hoort bij de SD van die fiche, zoals in het blad Doelstellingen.",
    quote="De acties in dit sjabloon kaderen steeds binnen het door het Departement Zorg goedgekeurde meerjarenplan. Dat wil concreet zeggen dat de acties vallen onder de opgestelde doelstellingen uit dat meerjarenplan.",
)
def fiche_od_andere_sd(ctx) -> Iterable[Hit]:
    """
    Wrong: `SD 4` with `OD 3.1`, where Doelstellingen puts OD 3.1 under SD 3; `SD 2` with `OD 2`
    where Doelstellingen numbers its ODs `OD 1` ... `OD 6` and puts OD 2 under SD 1.
    Right: `SD 3` with `OD 3.1`; `SD 1` with `OD 01.` when Doelstellingen writes `SD 01` and `1.1`
    (codes are compared after normalising: prefix, leading zeros and a trailing dot do not count).
    """
    fiches = _fiches(ctx, "SD", "OD")
    objectives = _objectives(ctx)
    if fiches is None or objectives is None:
        return
    for row, sd_value, od_value in zip(fiches.index.tolist(), fiches["SD"].tolist(), fiches["OD"].tolist()):
        sd, od = sd_code(sd_value), od_code(od_value)
        if sd is None or od is None or od not in objectives:
            continue
        od_sd, doel_row, od_written, sd_written = objectives[od]
        if od_sd is None:
            if not _hierarchical(objectives) or "." not in od:
                continue  # Doelstellingen names no SD for it, and its code does not say one
            od_sd, sd_written = od.split(".")[0], od.split(".")[0]
        if sd != od_sd:
            yield Hit(SHEET, int(row), "SD", {"sd": _named("SD", sd_value), "od": _named("OD", od_written), "od_sd": _named("SD", sd_written), "rij_doel": doel_row})


@sheet_rule(
    "fiche-vte-bereik",
    severity=ERROR,
    sheet=SHEET,
    message="Personeelscapaciteit {vte} VTE {probleem}. Verwacht: meer dan 0 VTE en hoogstens A, de totale capaciteit van de zorgraad{a_tekst}.",
    summary="De personeelscapaciteit van een actiefiche is meer dan 0 VTE en niet meer dan A.",
    quote="Geef een inschatting hoeveel personeelscapaciteit (in aantal VTE) dat deze actie zal vragen.",
)
def fiche_vte_bereik(ctx) -> Iterable[Hit]:
    """
    Wrong: `0` VTE (an action without staff time is no action of the plan), or `8` VTE with A = 6,18.
    Right: `0,2 VTE`.
    """
    if _fiches(ctx, FICHE_VTE) is None:
        return
    vte = fiche_vte(ctx)
    cap = capacity(ctx)
    a = cap["A"].value if "A" in cap else None
    a_tekst = f" ({dutch_number(a)} VTE)" if a is not None else ""
    for row, value in vte.dropna().items():
        if value == 0:
            problem = "betekent dat de actie geen personeelscapaciteit vraagt"
        elif a is not None and value > a + 1e-9:
            problem = "is meer dan de totale capaciteit van de zorgraad"
        else:
            continue  # negative numbers are getal-negatief
        yield Hit(SHEET, int(row), FICHE_VTE, {"vte": dutch_number(float(value)), "probleem": problem, "a_tekst": a_tekst})


def _ticks_of(ctx, fiches: pd.DataFrame) -> list:
    """:func:`_ticks` as a list, made once per check for the three evaluation rules."""
    return ctx.cache.get("actiefiches.ticks", lambda: list(_ticks(fiches)))


def _ticks(fiches: pd.DataFrame):
    """Per fiche: (row, {tick column: True/False/None (unreadable)}, {indicator column: text or None})."""
    none = [None] * len(fiches)  # columns as lists: no per-cell frame lookups
    ticks, inds = [tick for tick, _ in EVALUATIONS], [ind for _, ind in EVALUATIONS]
    # each column read in one pass, a fiche's ticks and indicators then side by side (no lookup per cell)
    read = [[v if isinstance(v, bool) else (False if v is None else None) for v in (fiches[c].tolist() if c in fiches else none)] for c in ticks]
    texts = [list(map(clean_text, fiches[c].tolist() if c in fiches else none)) for c in inds]
    for row, tick_values, ind_values in zip(fiches.index.tolist(), zip(*read), zip(*texts)):
        yield int(row), dict(zip(ticks, tick_values)), dict(zip(inds, ind_values))


@sheet_rule(
    "fiche-evaluatie-geen",
    severity=ERROR,
    sheet=SHEET,
    message="Geen enkele manier van evaluatie is aangevinkt (Procesevaluatie en Resultaatgerichte evaluatie staan allebei op ☐){indicatoren}. Verwacht: minstens één ☒.",
    summary="Bij elke actiefiche is minstens één manier van evaluatie aangevinkt.",
    quote="Selecteer minstens één van onderstaande manieren voor evaluatie.",
)
def fiche_evaluatie_geen(ctx) -> Iterable[Hit]:
    """
    Wrong: both `Procesevaluatie` and `Resultaatgerichte evaluatie (output)` on ☐, even when
    indicators are filled in (the finding then says so: the tick was probably forgotten).
    Right: ☒ Procesevaluatie with its indicators.
    """
    fiches = _fiches(ctx, PROCES, OUTPUT)
    if fiches is None:
        return
    for row, ticks, indicators in _ticks_of(ctx, fiches):
        if any(t is None for t in ticks.values()) or any(ticks.values()):
            continue  # an unreadable tick is vinkvak-ongeldig
        filled = [ind for ind, text in indicators.items() if text]
        if filled:
            where = next(tick for tick, ind in EVALUATIONS if ind == filled[0])
            note = "; er zijn wel indicatoren ingevuld (" + ", ".join(f"'{f}'" for f in filled) + "): vink het bijhorende vakje aan"
        else:
            where, note = PROCES, ""
        yield Hit(SHEET, row, where, {"indicatoren": note})


@sheet_rule(
    "fiche-evaluatie-zonder-indicatoren",
    severity=ERROR,
    sheet=SHEET,
    message="{evaluatie} is aangevinkt, maar '{kolom}' is leeg. Verwacht: de indicatoren, de meetmethode en, indien van toepassing, een streefdoel.",
    summary="Bij een aangevinkte manier van evaluatie staan de indicatoren ingevuld.",
    quote="Definieer de indicatoren die worden gebruikt om de voortgang en/of het succes van de actie te evalueren. Geef ook de meetmethode mee en, indien van toepassing, een streefdoel.",
)
def fiche_evaluatie_zonder_indicatoren(ctx) -> Iterable[Hit]:
    """
    Wrong: ☒ Resultaatgerichte evaluatie (output) with an empty `Indicatoren resultaatgerichte evaluatie`.
    Right: ☒ with `Aantal keer gedownload; tevredenheid gebruikers`.
    """
    fiches = _fiches(ctx, PROCES, OUTPUT)
    if fiches is None:
        return
    for row, ticks, indicators in _ticks_of(ctx, fiches):
        for tick, ind in EVALUATIONS:
            if ticks[tick] is True and not indicators[ind]:
                yield Hit(SHEET, row, ind, {"evaluatie": tick})


@sheet_rule(
    "fiche-indicatoren-zonder-vinkje",
    severity=WARNING,
    sheet=SHEET,
    message="'{indicatorkolom}' is ingevuld, maar {evaluatie} staat op ☐. Waarschijnlijk is het vinkje vergeten: vink {evaluatie} aan, of maak de indicatoren leeg.",
    summary="Ingevulde indicatoren horen bij een aangevinkte manier van evaluatie (anders is het vinkje wellicht vergeten).",
    quote="Selecteer minstens één van onderstaande manieren voor evaluatie.",
)
def fiche_indicatoren_zonder_vinkje(ctx) -> Iterable[Hit]:
    """
    Wrong: ☒ Procesevaluatie, ☐ Resultaatgerichte evaluatie with its indicators filled in.
    Right: both ☒, or the unticked one without indicators. When neither box is ticked,
    fiche-evaluatie-geen reports the fiche once (an error), not this rule.
    """
    fiches = _fiches(ctx, PROCES, OUTPUT)
    if fiches is None:
        return
    for row, ticks, indicators in _ticks_of(ctx, fiches):
        if not any(t is True for t in ticks.values()):
            continue
        for tick, ind in EVALUATIONS:
            if ticks[tick] is False and indicators[ind]:
                yield Hit(SHEET, row, tick, {"indicatorkolom": ind, "evaluatie": tick})


@sheet_rule(
    "fiche-ifp",
    severity=WARNING,
    sheet=SHEET,
    message="De titel '{waarde}' wijst op een actiefiche voor het interfederaal plan (gevonden: '{woord}'). Er hoeft geen fiche voor het IFP gemaakt te worden; voorzie wel flexibiliteit in de planning.",
    summary="Er is geen actiefiche voor het interfederaal plan geïntegreerde zorg (IFP).",
    quote="Er hoeft daarom GEEN fiche voor het IFP gemaakt te worden. Zorg WEL voor flexibiliteit in de planning om een rol in het IFP op te kunnen nemen.",
)
def fiche_ifp(ctx) -> Iterable[Hit]:
    """
    Wrong: `Rol van BruZEL in het IFP`, `Voorbereiding interfederaal plan geïntegreerde zorg`.
    Right: no such fiche; a fiche that only mentions the IFP in `Waarom?` is not reported.
    """
    fiches = _fiches(ctx, TITLE)
    if fiches is None:
        return
    words = phrases(typed(ctx.settings).actiefiches.ifp)
    for row, title in column_items(fiches[TITLE]):
        word = words.find_in(title)
        if word:
            yield Hit(SHEET, int(row), TITLE, {"waarde": title, "woord": word})


@sheet_rule(
    "fiche-hoort-elders",
    severity=WARNING,
    sheet=SHEET,
    message="De titel '{waarde}' wijst op werk waarvoor geen actiefiche gemaakt wordt (gevonden: '{woord}'). Verwacht: dit werk staat in {plaats}.",
    summary="Er is geen actiefiche voor stuurgroepen, netwerkevents, vzw-administratie, generieke communicatie, jaarverslag, meerjarenplan of volgend actieplan (alleen de titel telt).",
    quote=FROM_YEAR,
)
def fiche_hoort_elders(ctx) -> Iterable[Hit]:
    """
    Wrong: a fiche titled `Opmaak meerjarenplan 2027-2032`, `Maandelijkse nieuwsbrief` or
    `Deelname aan stuurgroepen`.
    Right: a fiche on a content action; its `Wat?` may mention the multi-year plan 2027-2032
    (only the title is matched). A fiche about taking part in meetings of others
    (`Deelname aan de stuurgroep van …`) is fiche-deelname-overleg, whose message says all this
    one would (no fiche; the meetings go to the Stuurgroepen table): this rule yields to it, so
    the fiche gets one finding.
    """
    fiches = _fiches(ctx, TITLE)
    if fiches is None:
        return
    said = taking_part(ctx)  # fiche-deelname-overleg reports these fiches
    groups = typed(ctx.settings).actiefiches.elders.values()
    categories = [(phrases(c.woorden), c.plaats) for c in groups]
    any_word = phrases([w for c in groups for w in c.woorden])
    for row, title in column_items(fiches[TITLE]):
        if not any_word.find_in(title) or int(row) in said:
            continue  # one search per title; the category only for the few that match
        for words, place in categories:
            word = words.find_in(title)
            if word:
                yield Hit(SHEET, int(row), TITLE, {"waarde": title, "woord": word, "plaats": place})
                break


@sheet_rule(
    "fiche-doorlopende-actie",
    severity=WARNING,
    sheet=SHEET,
    message="De fiche '{waarde}' lijkt dezelfde actie als de doorlopende actie '{doorlopend}' (blad Doorlopende acties, rij {rij_doorlopend}; gedeeld: {woorden}). Verwacht: geen (gekopieerde) actiefiche voor een doorlopende actie; vermeld ze alleen in Doorlopende acties.",
    summary="Er is geen actiefiche voor een actie die al bij de doorlopende acties staat (woorden van de titels vergeleken).",
    quote="GEEN actiefiche worden ingevuld/gekopieerd voor acties die al eerder werden opgenomen in een actieplan, die nog doorlopen of waar de zorgraad na verduurzaming nog bij betrokken is.",
)
def fiche_doorlopende_actie(ctx) -> Iterable[Hit]:
    """
    Wrong: a fiche `Workshops inclusieve zorg organiseren` while Doorlopende acties lists
    `Workshops inclusieve zorg (2025, 2024, 2023, 2022)`.
    Right: fiches and ongoing actions on different subjects (they share fewer than 2 meaningful words).
    """
    fiches = _fiches(ctx, TITLE)
    ongoing = ctx.frame("Doorlopende acties")
    col = "Titel + jaar actiefiche"
    if fiches is None or ongoing is None or ongoing.empty or col not in ongoing:
        return
    names = [(int(r), without_years(t)) for r, t in column_items(ongoing[col]) if t]
    ongoing_words = [(r, name, words) for (r, name), words in zip(names, meaningful_words_each((n for _, n in names), ctx.settings, title_words_memo(ctx)))]
    titled = [(row, title) for row, title in column_items(fiches[TITLE]) if title]
    title_words = meaningful_words_each((t for _, t in titled), ctx.settings, title_words_memo(ctx))
    # only words some fiche title holds can be shared: the index leaves the others out
    index = WordIndex((words for _, _, words in ongoing_words), typed(ctx.settings).overlap.min_gedeelde_woorden, vocabulary=frozenset().union(*title_words))
    same_title: dict[str, int] = {}  # the whole title, folded -> first ongoing action with it
    for i, (_, o_title, _) in enumerate(ongoing_words):
        same_title.setdefault(quick_fold(" ".join(o_title.split())), i)
    for (row, title), words in zip(titled, title_words):
        found = index.first(words)
        same = same_title.get(quick_fold(" ".join(str(title).split())))
        if found is None and same is None:
            continue
        # the first ongoing action that shares enough words or the whole title, as a pairwise loop would
        if found is not None and (same is None or found[0] <= same):
            i, shown = found[0], ", ".join(found[1])
        else:
            i = same
            common = sorted(words & ongoing_words[i][2])
            shown = ", ".join(common) if len(common) >= index.k else "de hele titel"
        o_row, o_title, _ = ongoing_words[i]
        yield Hit(SHEET, int(row), TITLE, {"waarde": title, "doorlopend": o_title, "rij_doorlopend": o_row, "woorden": shown})


@sheet_rule(
    "fiche-mijlpaal-na-werkjaar",
    severity=WARNING,
    sheet=SHEET,
    message="Het plan van aanpak noemt {jaren}, na het werkjaar {werkjaar}. Verwacht: mijlpalen in {werkjaar} (of eerder): {werkjaar} is het laatste jaar van het meerjarenplan {mjp}; een meerjarig project kan alleen voor een Vlaamse beleidsprioriteit.",
    summary="De mijlpalen in het plan van aanpak liggen niet na het werkjaar (geen nieuwe meerjarige projecten).",
    quote=FROM_YEAR,
)
def fiche_mijlpaal_na_werkjaar(ctx) -> Iterable[Hit]:
    """
    Wrong: `STAP 4: uitrol in alle wijken (voorjaar 2027)`.
    Right: `STAP 1: werkgroep samenstellen (najaar 2025)` ... `STAP 5: verduurzaming (najaar 2026)`;
    a mention of the `meerjarenplan 2027-2032` is not a milestone; a fiche whose `Waarom?` names a
    Vlaamse beleidsprioriteit (the template's exception, `beleidsprioriteit_woorden`) may run on.
    """
    fiches = _fiches(ctx, PLAN)
    if fiches is None:
        return
    werkjaar = ctx.settings.werkjaar
    later_year = later_years(werkjaar)
    exempt = None
    for row, plan in zip(fiches.index.tolist(), fiches[PLAN].tolist()):
        if not isinstance(plan, str) or not later_year.search(plan):
            continue  # the common case, one scan of the text
        if exempt is None:
            exempt = _policy_priority_rows(ctx)  # read only when some plan names a later year
        if int(row) in exempt:
            continue  # the template's exception: a Flemish policy priority named in Waarom?
        text = PLAN_PERIOD.sub(" ", plan)
        later = sorted({y for y in years(text) if y > werkjaar})
        if later:
            yield Hit(SHEET, int(row), PLAN, {"jaren": ", ".join(map(str, later)), "werkjaar": werkjaar, "mjp": ctx.settings.meerjarenplan})


@sheet_rule(
    "fiche-tekst-kort",
    severity=WARNING,
    sheet=SHEET,
    message="'{kolom}' telt maar {lengte} tekens ('{waarde}'). Verwacht: minstens {minimum} tekens; beschrijf de actie zo dat blijkt dat er grondig over is nagedacht.",
    summary="Wat?, Waarom? en Plan van aanpak en mijlpalen zijn niet korter dan het minimum ({actiefiches[min_tekens_verhaal]} tekens): een tekst van enkele woorden zegt niets; een beknopte tekst mag.",
    quote="We verwachten dat over de actiefiches grondig is gereflecteerd.",
)
def fiche_tekst_kort(ctx) -> Iterable[Hit]:
    """
    Wrong: `Waarom?` = `Belangrijk thema.`
    Right: `Waarom?` links the action to the environment analysis, local social policy or Flemish
    objectives in a few sentences. An empty cell is cel-verplicht, not this rule. Issue 21: a
    short text is no defect by itself (the template asks "een beknopt plan"); a plan of dated
    steps (`Maart: vorming; oktober: evaluatie.`) or a one-line reason with its source passes, so
    the minimum (`min_tekens_verhaal`) only catches a text of a few words. At 80 characters it gave
    62 warnings on the Westhoek and Kempen plans (and 2 on Scheldeland's), all judged false
    (tests/rules/test_precisie_buiten_brussel.py).
    """
    cfg = typed(ctx.settings).actiefiches
    minimum = cfg.min_tekens_verhaal
    frame = ctx.frame(SHEET)
    if frame is None:
        return
    def short(value: str) -> tuple[str, int] | None:
        """(the text, its length) of a text shorter than the minimum, or None."""
        if surely_long(value, minimum):
            return None
        text = filled(value, ctx.settings)  # a placeholder is cel-plaatshouder, not this rule
        length = len(" ".join(text.split())) if text else 0
        return (text, length) if text is not None and length < minimum else None

    for col in cfg.verhaal_kolommen:
        if col not in frame:
            continue
        judged: dict[str, tuple[str, int] | None] = {}  # plans repeat their texts: each distinct one judged once
        for row, value in zip(frame.index.tolist(), frame[col].tolist()):
            if not isinstance(value, str):
                continue
            found = judged.get(value, _UNJUDGED)
            if found is _UNJUDGED:
                found = judged[value] = short(value)
            if found is not None:
                text, length = found
                yield Hit(SHEET, int(row), col, {"waarde": text, "lengte": length, "minimum": minimum})



_UNJUDGED = object()  # a text not judged yet (None is an answer)


# -- the template's further instructions for a fiche (issue 15) ---------------------------------

WAT, WEL, NIET, WAAROM, VOOR_WIE, TREKKER = "Wat?", "Wat ga je wel doen?", "Wat ga je niet doen?", "Waarom?", "Voor wie?", "Trekker"
NARRATIVE = (WAT, WEL, NIET, WAAROM)  # what the action is, its scope and why


def _texts(ctx, columns: tuple[str, ...], last: tuple[str, ...] = ()):
    """Per fiche with any of ``columns`` filled: (Excel row, {column: Cell}), placeholders left out.
    ``last``: the columns no later rule reads (their folded texts leave the cache: text.cells)."""
    return row_cells(ctx, SHEET, columns, last)


def _policy_priority_rows(ctx) -> set[int]:
    """Fiches whose Wat?, scope or Waarom? names a Flemish policy priority (the word, or one of the
    priorities the settings list): the template's exception to 'no new multi-year projects'.
    Found once per check (three rules ask)."""
    def build() -> set[int]:
        words = phrases([*typed(ctx.settings).actiefiches.beleidsprioriteit_woorden, *inhoud(ctx.settings).vlaamse_beleidsprioriteiten])
        names = per_text(lambda c: words.search(c.folded) is not None)
        return {row for row, texts in _texts(ctx, (WAT, WEL, WAAROM)) if any(map(names, texts.values()))}

    return ctx.cache.get("actiefiches.policy_priority_rows", build)


_NUMBER_BEFORE_JAAR = r"\s+van\s+(?:\d+|twee|drie|vier|vijf|zes)\s+$"
# a later year that starts or ends a period: 'vanaf 2027', 'tot 2028', 't.e.m. 2028', '2026-2028'
_PERIOD_BEFORE = re.compile(r"(?:(?<![a-z])(?:vanaf|tot|t\.e\.m\.|tot en met|en)\s+|(?:19|20)\d\d\s*[-–/]\s*)$")


def _next_plan(sentence: str) -> bool:
    """Whether a sentence (folded) names the next multi-year plan: a look ahead, no project of its own."""
    return "meerjarenplan" in sentence.replace(" ", "")


def _multi_year_signs(werkjaar: int, cfg) -> tuple:
    """What :func:`_multi_year` looks for, made once per rule (not looked up per text)."""
    return phrases(cfg.meerjarig_zinnen), _before_jaar(cfg.meerjarig_termijn_woorden), later_years(werkjaar)


def _multi_year(cell, werkjaar: int, signs: tuple) -> str | None:
    """Issue 21's wider signs of a new multi-year project in one cell: 'eerste fase', 'traject
    van drie jaar', 'vanaf 2027' (not in a sentence about the next multi-year plan or about past
    years only); the words as written, or None. ``signs``: :func:`_multi_year_signs`."""
    folded = cell.folded
    spans = []
    sentences, before, later = signs
    m = sentences.search(folded)
    if m:
        spans.append((m.start(), m.end()))
    i = folded.find(" jaar")
    while i >= 0:
        end = i + 5
        if end >= len(folded) or not folded[end].isalpha():
            b = before.search(folded, max(0, i - 60), i + 1)
            if b:
                spans.append((b.start(), end))
                break
        i = folded.find(" jaar", end)
    for y in later.finditer(folded) if later.search(folded) else ():
        if _PERIOD_BEFORE.search(folded, max(0, y.start() - 12), y.start()):
            start = _PERIOD_BEFORE.search(folded, max(0, y.start() - 12), y.start()).start()
            spans.append((start, y.end()))
            break
    for start, end in sorted(spans):
        s0, s1 = sentence_span(folded, start, end)
        sentence = folded[s0:s1]
        told = years(sentence)
        if _next_plan(sentence) or (told and max(told) < werkjaar):
            continue
        s, e = span_as_written(cell.text, start, end)
        return cell.text[s:e].strip()
    return None


@functools.lru_cache(maxsize=8)
def _before_jaar(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """'traject van drie jaar': one of ``nouns``, 'van', a number, read back from ' jaar'."""
    alternatives = "|".join(re.escape(quick_fold(n)) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{alternatives})(?:en)?{_NUMBER_BEFORE_JAAR}")


@sheet_rule(
    "fiche-meerjarig",
    severity=WARNING,
    sheet=SHEET,
    message="'{kolom}' noemt een meerjarig project ('{woord}'). {werkjaar} is het laatste jaar van het meerjarenplan {mjp}: start geen nieuwe projecten met een meerjarige duurtijd, tenzij voor een Vlaamse beleidsprioriteit opgelegd door de minister. Verwacht: een actie die in {werkjaar} afloopt, of in de fiche de beleidsprioriteit waarvoor ze meerjarig is.",
    summary="Wat?, de scope en Waarom? beschrijven geen nieuw meerjarig project ('meerjarig', 'traject van drie jaar', 'eerste fase', 'vanaf' een later jaar), tenzij de fiche een Vlaamse beleidsprioriteit noemt.",
    quote=FROM_YEAR,
)
def fiche_meerjarig(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 38-42 (seed 000).
    Wrong: `Wat?` = `We starten een meerjarig project rond valpreventie`, `een traject met een
    looptijd van drie jaar`, `een traject van drie jaar met de scholen`, `In deze eerste fase
    brengen we de noden in kaart`, `vanaf 2027 rollen we het uit naar de hele regio`.
    Right: the same in a fiche that names a Vlaamse beleidsprioriteit (the word, or one the
    settings list: `[inhoud] vlaamse_beleidsprioriteiten`) in Wat?, the scope or Waarom?; a
    sentence about the next multi-year plan (`vanaf 2027 … binnen ons meerjarenplan 2027-2032`:
    a look ahead, fiche-later-jaar at most); a first phase told in past years only. Words:
    settings (`meerjarig_woorden`, `[inhoud] meerjarig_zinnen`, `meerjarig_termijn_woorden`);
    measured on the real BruZEL plan: no finding (fiche 5's 'eerste fase' and 'vanaf 2027' are
    in its sentence about the meerjarenplan 2027-2032).
    """
    fiches = _fiches(ctx)
    if fiches is None:
        return
    words = phrases(typed(ctx.settings).actiefiches.meerjarig_woorden)
    cfg, werkjaar = inhoud(ctx.settings), ctx.settings.werkjaar
    exempt = _policy_priority_rows(ctx)
    reported = ctx.cache.get("actiefiches.meerjarig_rows", set)
    in_scope = per_text(lambda c: words.find(c) or term_of_years(c.folded))  # what one will not do
    signs = _multi_year_signs(werkjaar, cfg)
    in_text = per_text(lambda c: words.find(c) or term_of_years(c.folded) or _multi_year(c, werkjaar, signs))
    for row, texts in _texts(ctx, NARRATIVE, last=(NIET,)):  # the last rule to read Wat ga je niet doen?
        if row in exempt:
            continue
        for col, cell in texts.items():
            found = in_scope(cell) if col == NIET else in_text(cell)
            if found:
                reported.add(row)
                yield Hit(SHEET, row, col, {"woord": found, "werkjaar": werkjaar, "mjp": ctx.settings.meerjarenplan})
                break


@sheet_rule(
    "fiche-later-jaar",
    severity=INFO,
    sheet=SHEET,
    message="'{kolom}' noemt {jaren}, na het werkjaar {werkjaar} ('{fragment}'). Loopt de actie na {werkjaar} door? {werkjaar} is het laatste jaar van het meerjarenplan {mjp}: nieuwe meerjarige projecten kunnen alleen voor een Vlaamse beleidsprioriteit. Ter info: een vooruitblik (bv. wat u in {volgend} bevraagt) mag.",
    summary="Wat?, Wat ga je wel doen? en Waarom? noemen geen jaar na het werkjaar (een teken van een meerjarig project; ter info).",
    quote=FROM_YEAR,
)
def fiche_later_jaar(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 38-42 (seed 000).
    Wrong (info): `Wat?` = `… het preventienetwerk vanaf 2027 verder systematisch versterken`.
    Right: years up to the working year; the `meerjarenplan 2027-2032` named as such; a fiche
    whose `Waarom?` names a Vlaamse beleidsprioriteit; `Wat ga je niet doen?` (a later year there
    is out of scope by definition: fiche 4 of the real BruZEL plan, "We bevragen dit indien
    relevant in 2027"). Milestones after the working year are fiche-mijlpaal-na-werkjaar. Info,
    not a warning: the one hit on the real BruZEL plan (fiche 5, "vanaf 2027 … binnen ons
    meerjarenplan 2027–2032") is a look ahead to the next plan rather than a new multi-year
    project.
    """
    fiches = _fiches(ctx)
    if fiches is None:
        return
    werkjaar = ctx.settings.werkjaar
    later_year = later_years(werkjaar)
    exempt = _policy_priority_rows(ctx) | ctx.cache.get("actiefiches.meerjarig_rows", set)  # one finding a fiche

    def later_in(cell) -> tuple[str, str] | None:
        """(the later years, the words around the first) of a text, or None."""
        text = cell.text
        if not later_year.search(text):
            return None
        cleaned = PLAN_PERIOD.sub(" ", text)
        m = later_year.search(cleaned)
        later = sorted({y for y in years(cleaned) if y > werkjaar})
        return (", ".join(map(str, later)), around(cleaned, m.start(), m.end())) if later and m else None

    named = per_text(later_in)
    for row, texts in _texts(ctx, (WAT, WEL, WAAROM)):  # what one will not do is out of scope anyway
        if row in exempt:
            continue
        for col, cell in texts.items():
            found = named(cell)
            if found:
                jaren, fragment = found
                yield Hit(SHEET, row, col, {"jaren": jaren, "werkjaar": werkjaar, "mjp": ctx.settings.meerjarenplan, "fragment": fragment, "volgend": werkjaar + 1})
                break


# 'een Vlaamse preventiedoelstelling', 'de Vlaamse welzijnsdoelstellingen': any compound ending in
# 'doelstelling(en)' after 'Vlaamse' is a Flemish objective. The look-behind (no letter before
# 'vlaams') stands after the word: a pattern that starts with a word lets the regex engine skip
# to where the word occurs, one that starts with a look-behind is tried at every position of a
# long Waarom? (the same matches as (?<![a-z])vlaamse?...)
_FLEMISH_OBJECTIVE = re.compile(r"vlaams(?<![a-z]vlaams)e?\s+[a-z-]*doelstelling(?:en)?(?![a-z])")


@sheet_rule(
    "fiche-waarom-link",
    severity=INFO,
    sheet=SHEET,
    message="'Waarom?' legt geen link naar de omgevingsanalyse, het lokaal sociaal beleid of Vlaamse doelstellingen (ook niet naar het meerjarenplan of een beleidsprioriteit). Verwacht: zeg bij welke vaststelling uit de omgevingsanalyse, welk lokaal sociaal beleid of welke Vlaamse doelstelling de actie aansluit.",
    summary="Waarom? legt de link naar de omgevingsanalyse, het lokaal sociaal beleid of Vlaamse doelstellingen (of het meerjarenplan, een beleidsprioriteit).",
    quote="Noteer hier de context en waarom je deze actie waardevol vindt. Welke argumenten heb je om deze actie te verdedigen? Maak hier de link naar de omgevingsanalyse, het lokaal sociaal beleid of Vlaamse doelstellingen.",
)
def fiche_waarom_link(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 937-940 (seed 000).
    Wrong: `Waarom?` = `Er bestaan al veel initiatieven rond preventie, maar ze zijn versnipperd.`
    Right: `… zoals de omgevingsanalyse van 2023 aantoonde`, `… draagt bij aan de Vlaamse
    gezondheidsdoelstelling rond vaccinatie`, `… is een Vlaamse preventiedoelstelling` (any
    compound ending in 'doelstelling(en)' after 'Vlaamse'), `BruZEL engageerde zich in het
    meerjarenplan …`. Not a link: a compound objective without 'Vlaamse' (`de preventiedoelstelling
    van onze werkgroep`).
    Words: a setting (`waarom_link_woorden`). On the real BruZEL plan 4 of 5 fiches name none of
    these; read by hand, each of the four argues from experience or local context (e.g. "In
    Brussel blijft de combinatie van lage gezondheidsvaardigheden en meertaligheid een grote
    uitdaging") without naming the analysis: right by the letter, but a warning on nearly every
    fiche of a plan the department accepted reads as nagging, so it is info: a prompt to name the
    link, not a judgement.
    """
    words = phrases(typed(ctx.settings).actiefiches.waarom_link_woorden)
    unlinked = per_text(lambda c: words.search(c.folded) is None and _FLEMISH_OBJECTIVE.search(c.folded) is None)
    for cell in cells(ctx, SHEET, WAAROM):  # read again by fiche-andere-middelen (rules/common/inhoud.py)
        if unlinked(cell):
            yield Hit(SHEET, cell.row, WAAROM, {})


@sheet_rule(
    "fiche-indicator-meetmethode",
    severity=WARNING,
    sheet=SHEET,
    message="De indicatoren van deze fiche ({waarden}) noemen geen meetmethode. Verwacht: hoe u elke indicator meet, bv. bevraging (Microsoft Forms), registratie of telling, aanwezigheidslijst, verslag, feedbackmoment.",
    summary="De indicatoren van een actiefiche noemen een meetmethode (bevraging, Forms, registratie, telling, verslag, feedback …).",
    quote="Definieer de indicatoren die worden gebruikt om de voortgang en/of het succes van de actie te evalueren. Geef ook de meetmethode mee en, indien van toepassing, een streefdoel.",
)
def fiche_indicator_meetmethode(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 1100-1102 (seed 000).
    Wrong: only `Aantal georganiseerde overlegmomenten (minstens 3)` and `Aantal bereikte partners`.
    Right: `Tevredenheid deelnemers (bevraging via Microsoft Forms)`, `Aantal deelnemers
    (aanwezigheidslijst)`, `Aantal doorverwijzingen volgens de sociale diensten` (a named source
    of the figures: `[indicatoren] meetmethode_bron_woorden`, whole words). Both indicator columns
    of a fiche are read together: one method for the fiche is enough, so the finding (on the first
    filled column) quotes every filled indicator column. Words: a setting (`meetmethode_woorden`,
    also inside longer words). On the real BruZEL plan 1 of 5 fiches (OD 5.1) names none, which is
    right.
    """
    fiches = _fiches(ctx)
    if fiches is None:
        return
    methods = parts(typed(ctx.settings).actiefiches.meetmethode_woorden)
    sources = phrases(ctx.settings.section(IndicatorSettings).indicatoren.meetmethode_bron_woorden)
    measured = per_text(lambda c: methods.in_text(c.folded) or sources.search(c.folded) is not None)
    quoted = per_text(_quoted)  # plans repeat their indicators
    for row, texts in _texts(ctx, (PROCES_IND, OUTPUT_IND)):
        if texts and not any(map(measured, texts.values())):
            yield _indicators_hit(row, texts, quoted)


def _indicators_hit(row: int, texts: dict, quoted) -> Hit:
    """The finding on a fiche's indicators judged together: on the first filled column, quoting
    every filled one ('…' en '…'), each shortened as a '{waarde}' is. ``quoted``: :func:`_quoted`
    worked out once per distinct text (:func:`per_text` of the rule's loop)."""
    col = next(iter(texts))
    return Hit(SHEET, row, col, {"waarden": " en ".join(map(quoted, texts.values()))})


def _quoted(cell) -> str:
    return f"'{shorten(cell.text, 80)}'"


_DIGIT = re.compile(r"\d")


@sheet_rule(
    "fiche-indicator-streefdoel",
    severity=INFO,
    sheet=SHEET,
    message="De indicatoren van deze fiche ({waarden}) noemen geen enkel getal of streefdoel. Ter info: geef, indien van toepassing, een streefdoel (bv. minstens 3 overlegmomenten, 80% tevreden deelnemers).",
    summary="De indicatoren van een actiefiche noemen, indien van toepassing, een streefdoel (een getal; ter info).",
    quote="Definieer de indicatoren die worden gebruikt om de voortgang en/of het succes van de actie te evalueren. Geef ook de meetmethode mee en, indien van toepassing, een streefdoel.",
)
def fiche_indicator_streefdoel(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 1100-1102 (seed 000).
    Wrong (info): `Aantal deelnemers; tevredenheid deelnemers` (how many is enough?).
    Right: `Aantal georganiseerde overlegmomenten (minstens 3)`, `80% tevreden`. Info, because a
    target is asked only "indien van toepassing": on the real BruZEL plan 4 of 5 fiches give none,
    which is true but not necessarily wrong.
    """
    fiches = _fiches(ctx)
    if fiches is None:
        return
    words = phrases(typed(ctx.settings).actiefiches.streefdoel_woorden)
    targeted = per_text(lambda c: _DIGIT.search(c.text) is not None or words.search(c.folded) is not None)
    quoted = per_text(_quoted)  # plans repeat their indicators
    for row, texts in _texts(ctx, (PROCES_IND, OUTPUT_IND), last=(PROCES_IND, OUTPUT_IND)):  # the last rule to read them
        if texts and not any(map(targeted, texts.values())):
            yield _indicators_hit(row, texts, quoted)



@sheet_rule(
    "fiche-mijlpalen-tijd",
    severity=WARNING,
    sheet=SHEET,
    message="Het plan van aanpak noemt alleen {jaren}, geen mijlpaal in het werkjaar {werkjaar}. Is dit het plan van een eerdere actie? Verwacht: de stappen en mijlpalen van {werkjaar} (een datum of tijdslijn is niet nodig).",
    summary="Plan van aanpak en mijlpalen beschrijft de mijlpalen van het werkjaar, niet alleen die van vorige jaren (een datum is niet nodig: stappen zonder datum zijn mijlpalen).",
    quote="Geef een beknopt plan hoe deze actie gaat worden opgezet of aangepakt. Vermeld hier ook de mijlpalen.",
)
def fiche_mijlpalen_tijd(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 1014-1015 and 74-77 (seed 000): "Er wordt niet langer
    gevraagd om een tijdslijn door te geven."
    Wrong: `STAP 1: evaluatie (voorjaar 2025) STAP 2: actualisatie (zomer 2025)` (only years
    before the working year: last year's plan?).
    Right: `We starten een werkgroep, maken een model en organiseren drie overlegmomenten.` (steps
    without dates are milestones: since issue 21 no time is asked); `STAP 1: werkgroep (najaar
    2025) STAP 2: overlegmodel (januari-februari)` (a month without a year is read as one in the
    working year); years after the working year are fiche-mijlpaal-na-werkjaar. Words: a setting
    (`tijd_woorden`) besides month names and dates. On the real BruZEL plan: no finding.
    """
    fiches = _fiches(ctx, PLAN)
    if fiches is None:
        return
    werkjaar = ctx.settings.werkjaar
    markers = None
    for row, plan in zip(fiches.index.tolist(), fiches[PLAN].tolist()):
        if not isinstance(plan, str):
            continue
        named = years(plan)  # the common case: no year, or one of the working year
        if not named or max(named) >= werkjaar:
            continue
        if markers is None:
            markers = phrases([*typed(ctx.settings).actiefiches.tijd_woorden, *MONTHS])
        bare = without_marker_years(ascii_fold(plan))  # a month or season without a year: this year
        if DATE.search(bare) or markers.search(bare):
            continue
        yield Hit(SHEET, int(row), PLAN, {"jaren": ", ".join(str(y) for y in sorted(set(named))), "werkjaar": werkjaar})


@sheet_rule(
    "fiche-trekker-verantwoordelijkheid",
    severity=WARNING,
    sheet=SHEET,
    message="Trekker '{waarde}' noemt de zorgraad niet en zegt niet welke verantwoordelijkheid de zorgraad opneemt. Verwacht: wie de trekker is, en voor welke output of welk onderdeel de zorgraad{naam} de verantwoordelijkheid opneemt.{namen}",
    summary="Trekker zegt wie trekt en voor welke output of welk onderdeel de zorgraad zelf de verantwoordelijkheid opneemt (de zorgraad onder zijn naam of een van zijn andere namen in Algemeen telt).",
    quote="Wie is de trekker van de actie? Voor welke output of onderdeel van het project neemt de zorgraad de verantwoordelijkheid op?",
)
def fiche_trekker_verantwoordelijkheid(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 997-998 (seed 000).
    Wrong: `Trekker` = `Brusano` (what does the zorgraad do?); `Team Welzijn` when the zorgraad
    is `Zorgraad Kempen` and `Andere namen` is empty (the message suggests filling it).
    Right: the zorgraad under its name in Algemeen or one of its `Andere namen` (abbreviation, team
    name, the organisation that hosts it: `ELZ Meetjesland`, `Team ELZ`), as whole words, case and
    accents ignored (`Team ELZ` in `Team ELZ en de gemeente`, not `elz` inside `Welzijn`), trekt:
    the whole action is its responsibility; `Brusano; wij staan in voor de communicatie`,
    `Gezond in de stad, wij organiseren het overleg`. Words: a setting (`trekker_zorgraad_woorden`,
    `trekker_verantwoordelijkheid_woorden`). On the real BruZEL plan: no finding.
    """
    fiches = _fiches(ctx, TREKKER)
    if fiches is None:
        return
    names = zorgraad_namen(ctx)
    cfg = typed(ctx.settings).actiefiches
    ours = phrases([*names, *cfg.trekker_zorgraad_woorden, *cfg.trekker_verantwoordelijkheid_woorden])
    others = len(names) > 1
    suggestion = "" if others else " Is de trekker het team of een andere naam van de zorgraad, vul dan in het blad Algemeen het veld 'Andere namen' in (met komma's gescheiden: afkorting, teamnamen, de organisatie waarin de zorgraad ingebed is)."
    names_ours = per_text(lambda c: ours.search(c.folded) is not None)
    for cell in cells(ctx, SHEET, TREKKER, last=True):  # the only rule to read it
        if names_ours(cell):
            continue
        yield Hit(SHEET, cell.row, TREKKER, {"waarde": cell.text, "naam": f" ({', '.join(names)})" if names else "", "namen": suggestion})


@sheet_rule(
    "fiche-doelgroep-generiek",
    severity=INFO,
    sheet=SHEET,
    message="'Voor wie?' noemt alleen algemene termen ('{waarde}'). Ter info: maak de doelgroep zo expliciet en concreet mogelijk, bv. welke disciplines, welke wijk of gemeente, of welke groep inwoners (bv. ouderen die alleen wonen).",
    summary="Voor wie? noemt de doelgroep expliciet en concreet, niet alleen algemene termen (ter info).",
    quote="Lijst hier de doelgroep op die je wenst te bereiken met deze actie. Maak dit zo expliciet en concreet mogelijk.",
)
def fiche_doelgroep_generiek(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 983-984 (seed 000).
    Wrong (info): `Gezondheids- en welzijnsprofessionals`, `Iedereen`, `Alle partners`.
    Right: `(Lokale) gezondheids- en welzijnsprofessionals; coördinatoren van buurtwerkingen,
    straathoekwerkers`, `Huisartsen en apothekers in Schaarbeek`. A word outside the generic list
    (a setting, `doelgroep_generiek`, with the overlap stop words) makes it specific. Info: on the
    real BruZEL plan 2 of 5 fiches (`Gezondheids- en welzijnsprofessionals`) are reported; that
    is the zorgraad's usual public, so a prompt, not a fault.
    """
    fiches = _fiches(ctx, VOOR_WIE)
    if fiches is None:
        return
    cfg = typed(ctx.settings)
    # the zorgraad's own names and their place words ('de Brusselaars' for BruZEL): this plan's only
    generic = word_set((*cfg.actiefiches.doelgroep_generiek, *cfg.overlap.stopwoorden)) | eigen_woorden(ctx)
    only_generic = per_text(lambda c: all(w in generic or len(w) < 3 for w in letter_words(c.folded)))
    for cell in cells(ctx, SHEET, VOOR_WIE, last=True):  # the only rule to read it
        if only_generic(cell):
            yield Hit(SHEET, cell.row, VOOR_WIE, {"waarde": cell.text})

