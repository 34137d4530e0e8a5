"""Rules on the action fiches ("Acties 2026"), on their own and against the other sheets.

Word lists (IFP, work that belongs elsewhere), the minimum length of a narrative and the overlap
thresholds are settings of the year (``jaar2026.toml``).
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

import pandas as pd

from actieplan.model import Hit
from actieplan.normalize import clean_text, dutch_number
from actieplan.rules.facts import FICHE_VTE, capacity, fiche_vte
from actieplan.rules.registry import ERROR, WARNING, sheet_rule
from actieplan.rules.structure import od_code, sd_code
from actieplan.rules.tekst import WordIndex, filled, find_phrase, meaningful_words_each, phrase_pattern, quick_fold, without_years, years

SHEET = "Actiefiches"
TITLE = "Titel actie"
PLAN = "Plan van aanpak en mijlpalen"
PROCES, PROCES_IND = "Procesevaluatie", "Indicatoren procesevaluatie"
OUTPUT, OUTPUT_IND = "Resultaatgerichte evaluatie (output)", "Indicatoren resultaatgerichte evaluatie"
EVALUATIONS = ((PROCES, PROCES_IND), (OUTPUT, OUTPUT_IND))


def _fiches(ctx, *columns: str) -> pd.DataFrame | None:
    frame = ctx.frame(SHEET)
    if frame is None or frame.empty or any(c not in frame for c in columns):
        return None
    return frame


def _objectives(ctx) -> dict[str, tuple[str | None, int]] | None:
    """OD code -> (its SD code, Excel row) from Doelstellingen; None when that sheet has none."""
    frame = ctx.frame("Doelstellingen")
    if frame is None or frame.empty or "OD" not in frame:
        return None
    out: dict[str, tuple[str | None, int]] = {}
    sds = frame["SD"] if "SD" in frame else pd.Series(None, index=frame.index, dtype=object)
    for row, od, sd in zip(frame.index, frame["OD"], sds):
        code = od_code(od)
        if code is not None and code not in out:
            out[code] = (sd_code(sd), int(row))
    return out or None


@sheet_rule(
    "doelstellingen-ontbreken",
    severity=ERROR,
    sheet="Doelstellingen",
    message="Het blad Doelstellingen bevat {probleem}, terwijl er {n} actiefiche(s) zijn. Zo kan niet nagegaan worden of de acties onder de doelstellingen van het meerjarenplan vallen (de controles van SD en OD worden overgeslagen). Verwacht: één rij per operationele doelstelling van het goedgekeurde meerjarenplan {mjp}, met haar SD- en OD-code (bv. SD 3 en OD 3.1).",
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
    yield Hit("Doelstellingen", None, None, {"probleem": problem, "n": len(fiches), "mjp": ctx.settings.meerjarenplan})


@sheet_rule(
    "fiche-od-onbekend",
    severity=ERROR,
    sheet=SHEET,
    message="OD '{waarde}' staat niet in het blad Doelstellingen (het goedgekeurde meerjarenplan). Verwacht: één van {bekend}.",
    summary="De OD van een actiefiche bestaat in het blad Doelstellingen.",
    quote="De acties in dit sjabloon kaderen steeds binnen het door het Departement Zorg goedgekeurde meerjarenplan. Dat wil concreet zeggen dat de acties vallen onder de opgestelde doelstellingen uit dat meerjarenplan.",
)
def od_onbekend(ctx) -> Iterable[Hit]:
    """
    Wrong: a fiche under `OD 3.2` while Doelstellingen lists 3.1, 3.3, 3.4, 4.1 and 5.1.
    Right: `OD 3.4`, `3.4` or `3.4.` when Doelstellingen has `OD 3.4`.
    """
    fiches = _fiches(ctx, "OD")
    objectives = _objectives(ctx)
    if fiches is None or objectives is None:
        return
    known = ", ".join(sorted(objectives, key=lambda c: tuple(int(p) for p in c.split("."))))
    for row, value in fiches["OD"].items():
        code = od_code(value)
        if code is not None and code not in objectives:
            yield Hit(SHEET, int(row), "OD", {"waarde": value, "bekend": known})


@sheet_rule(
    "fiche-od-andere-sd",
    severity=ERROR,
    sheet=SHEET,
    message="De fiche staat onder SD {sd}, maar OD {od} hoort volgens het blad Doelstellingen (rij {rij_doel}) bij SD {od_sd}. Verwacht: SD {od_sd}, of de OD van SD {sd} waar de actie onder valt.",
    summary="De OD van een actiefiche hoort bij de SD van die fiche, zoals in het blad Doelstellingen.",
    quote="De acties in dit sjabloon kaderen steeds binnen het door het Departement Zorg goedgekeurde meerjarenplan. Dat wil concreet zeggen dat de acties vallen onder de opgestelde doelstellingen uit dat meerjarenplan.",
)
def od_andere_sd(ctx) -> Iterable[Hit]:
    """
    Wrong: `SD 4` with `OD 3.1`, where Doelstellingen puts OD 3.1 under SD 3.
    Right: `SD 3` with `OD 3.1`.
    """
    fiches = _fiches(ctx, "SD", "OD")
    objectives = _objectives(ctx)
    if fiches is None or objectives is None:
        return
    for row, sd_value, od_value in zip(fiches.index, fiches["SD"], fiches["OD"]):
        sd, od = sd_code(sd_value), od_code(od_value)
        if sd is None or od is None or od not in objectives:
            continue
        od_sd, doel_row = objectives[od]
        od_sd = od_sd or od.split(".")[0]
        if sd != od_sd:
            yield Hit(SHEET, int(row), "SD", {"sd": sd, "od": od, "od_sd": od_sd, "rij_doel": doel_row})


@sheet_rule(
    "fiche-vte-bereik",
    severity=ERROR,
    sheet=SHEET,
    message="Personeelscapaciteit {vte} VTE {probleem}. Verwacht: meer dan 0 VTE en hoogstens A, de totale capaciteit van de zorgraad{a_tekst}.",
    summary="De personeelscapaciteit van een actiefiche is meer dan 0 VTE en niet meer dan A.",
    quote="Geef een inschatting hoeveel personeelscapaciteit (in aantal VTE) dat deze actie zal vragen.",
)
def vte_bereik(ctx) -> Iterable[Hit]:
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
    cache = getattr(ctx, "cache", None)
    if cache is None:
        return list(_ticks(fiches))
    if "actiefiches.ticks" not in cache:
        cache["actiefiches.ticks"] = list(_ticks(fiches))
    return cache["actiefiches.ticks"]


def _ticks(fiches: pd.DataFrame):
    """Per fiche: (row, {tick column: True/False/None (unreadable)}, {indicator column: text or None})."""
    none = [None] * len(fiches)  # columns as lists: no per-cell frame lookups
    ticks_of = {tick: (fiches[tick].tolist() if tick in fiches else none) for tick, _ in EVALUATIONS}
    inds_of = {ind: (fiches[ind].tolist() if ind in fiches else none) for _, ind in EVALUATIONS}
    for k, row in enumerate(fiches.index):
        ticks = {}
        for tick, _ in EVALUATIONS:
            v = ticks_of[tick][k]
            ticks[tick] = v if isinstance(v, bool) else (False if v is None else None)
        indicators = {ind: clean_text(inds_of[ind][k]) for _, ind in EVALUATIONS}
        yield int(row), ticks, indicators


@sheet_rule(
    "fiche-evaluatie-geen",
    severity=ERROR,
    sheet=SHEET,
    message="Geen enkele manier van evaluatie is aangevinkt (Procesevaluatie en Resultaatgerichte evaluatie staan allebei op ☐){indicatoren}. Verwacht: minstens één ☒.",
    summary="Bij elke actiefiche is minstens één manier van evaluatie aangevinkt.",
    quote="Selecteer minstens één van onderstaande manieren voor evaluatie.",
)
def evaluatie_geen(ctx) -> Iterable[Hit]:
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
def evaluatie_zonder_indicatoren(ctx) -> Iterable[Hit]:
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
def indicatoren_zonder_vinkje(ctx) -> Iterable[Hit]:
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
def ifp(ctx) -> Iterable[Hit]:
    """
    Wrong: `Rol van BruZEL in het IFP`, `Voorbereiding interfederaal plan geïntegreerde zorg`.
    Right: no such fiche; a fiche that only mentions the IFP in `Waarom?` is not reported.
    """
    fiches = _fiches(ctx, TITLE)
    if fiches is None:
        return
    pattern = phrase_pattern(ctx.settings["actiefiches"]["ifp"])
    for row, title in fiches[TITLE].items():
        word = find_phrase(title, pattern)
        if word:
            yield Hit(SHEET, int(row), TITLE, {"waarde": title, "woord": word})


@sheet_rule(
    "fiche-hoort-elders",
    severity=WARNING,
    sheet=SHEET,
    message="De titel '{waarde}' wijst op werk waarvoor geen actiefiche gemaakt wordt (gevonden: '{woord}'). Verwacht: dit werk staat in {plaats}.",
    summary="Er is geen actiefiche voor stuurgroepen, netwerkevents, vzw-administratie, generieke communicatie, jaarverslag, meerjarenplan of volgend actieplan (alleen de titel telt).",
    quote="GEEN actiefiche gemaakt worden voor deelname aan/trekken van stuurgroepen of de organisatie van netwerkevents. … GEEN actiefiche gemaakt worden voor het administratieve werk dat hoort bij een vzw, of voor het werk dat gaat naar het meerjarenplan 2027-2032, het jaarverslag of volgende actieplan, of voor generieke communicatieve zaken zoals het uitsturen van een nieuwsbrief;",
)
def hoort_elders(ctx) -> Iterable[Hit]:
    """
    Wrong: a fiche titled `Opmaak meerjarenplan 2027-2032`, `Maandelijkse nieuwsbrief` or
    `Deelname aan stuurgroepen`.
    Right: a fiche on a content action; its `Wat?` may mention the multi-year plan 2027-2032
    (only the title is matched).
    """
    fiches = _fiches(ctx, TITLE)
    if fiches is None:
        return
    groups = ctx.settings["actiefiches"]["elders"].values()
    categories = [(phrase_pattern(c["woorden"]), c["plaats"]) for c in groups]
    any_word = phrase_pattern([w for c in groups for w in c["woorden"]])
    for row, title in fiches[TITLE].items():
        if not find_phrase(title, any_word):
            continue  # one search per title; the category only for the few that match
        for pattern, place in categories:
            word = find_phrase(title, pattern)
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
def doorlopende_actie(ctx) -> Iterable[Hit]:
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
    names = [(int(r), without_years(t)) for r, t in ongoing[col].items() if t]
    ongoing_words = [(r, name, words) for (r, name), words in zip(names, meaningful_words_each((n for _, n in names), ctx.settings))]
    titled = [(row, title) for row, title in fiches[TITLE].items() if title]
    title_words = meaningful_words_each((t for _, t in titled), ctx.settings)
    # only words some fiche title holds can be shared: the index leaves the others out
    index = WordIndex((words for _, _, words in ongoing_words), ctx.settings, frozenset().union(*title_words))
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


_MJP_RANGE = re.compile(r"meerjarenplan(?:nen)?\s*\(?\s*(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)\d{2}", re.IGNORECASE)


@sheet_rule(
    "fiche-mijlpaal-na-werkjaar",
    severity=WARNING,
    sheet=SHEET,
    message="Het plan van aanpak noemt {jaren}, na het werkjaar {werkjaar}. Verwacht: mijlpalen in {werkjaar} (of eerder): {werkjaar} is het laatste jaar van het meerjarenplan {mjp}; een meerjarig project kan alleen voor een Vlaamse beleidsprioriteit.",
    summary="De mijlpalen in het plan van aanpak liggen niet na het werkjaar (geen nieuwe meerjarige projecten).",
    quote="Gezien 2026 het laatste jaar is in uitvoering van het meerjarenplan 2024-2026 gaan we ervan uit dat er dit jaar geen nieuwe projecten met een meerjarige duurtijd worden opgestart, tenzij in het kader van een Vlaamse beleidsprioriteit opgelegd door de minister.",
)
def mijlpaal_na_werkjaar(ctx) -> Iterable[Hit]:
    """
    Wrong: `STAP 4: uitrol in alle wijken (voorjaar 2027)`.
    Right: `STAP 1: werkgroep samenstellen (najaar 2025)` ... `STAP 5: verduurzaming (najaar 2026)`;
    a mention of the `meerjarenplan 2027-2032` is not a milestone.
    """
    fiches = _fiches(ctx, PLAN)
    if fiches is None:
        return
    werkjaar = ctx.settings.werkjaar
    later_year = _later_years(werkjaar)
    for row, plan in zip(fiches.index, fiches[PLAN].tolist()):
        if not isinstance(plan, str) or not later_year.search(plan):
            continue  # the common case, one scan of the text
        text = _MJP_RANGE.sub(" ", plan)
        later = sorted({y for y in years(text) if y > werkjaar})
        if later:
            yield Hit(SHEET, int(row), PLAN, {"jaren": ", ".join(map(str, later)), "werkjaar": werkjaar, "mjp": ctx.settings.meerjarenplan})


@functools.lru_cache(maxsize=8)
def _later_years(werkjaar: int) -> re.Pattern[str]:
    """A quick test for any year after ``werkjaar`` up to 2099 (a literal prefix the engine scans fast)."""
    return re.compile("(?:" + "|".join(str(y) for y in range(werkjaar + 1, 2100)) + r")(?!\d)")


@sheet_rule(
    "fiche-tekst-kort",
    severity=WARNING,
    sheet=SHEET,
    message="'{kolom}' telt maar {lengte} tekens ('{waarde}'). Verwacht: minstens {minimum} tekens; beschrijf de actie zo dat blijkt dat er grondig over is nagedacht.",
    summary="Wat?, Waarom? en Plan van aanpak en mijlpalen zijn niet korter dan het minimum (80 tekens).",
    quote="We verwachten dat over de actiefiches grondig is gereflecteerd.",
)
def tekst_kort(ctx) -> Iterable[Hit]:
    """
    Wrong: `Waarom?` = `Belangrijk thema.`
    Right: `Waarom?` links the action to the environment analysis, local social policy or Flemish
    objectives in a few sentences. An empty cell is cel-verplicht, not this rule.
    """
    cfg = ctx.settings["actiefiches"]
    minimum = int(cfg["min_tekens_verhaal"])
    frame = ctx.frame(SHEET)
    if frame is None:
        return
    for col in cfg["verhaal_kolommen"]:
        if col not in frame:
            continue
        for row, value in zip(frame.index, frame[col].tolist()):
            if not isinstance(value, str) or _surely_long(value, minimum):
                continue
            text = filled(value, ctx.settings)  # a placeholder is cel-plaatshouder, not this rule
            length = len(" ".join(text.split())) if text else 0
            if text is not None and length < minimum:
                yield Hit(SHEET, int(row), col, {"waarde": text, "lengte": length, "minimum": minimum})


def _surely_long(text: str, minimum: int) -> bool:
    """True when ``text`` has at least ``minimum`` characters that are not white space, so its
    length with white space collapsed is surely not below ``minimum`` (no split of a long text)."""
    if len(text) < minimum:
        return False
    for part in (text[: 2 * minimum], text):  # the head usually settles it; else the whole text
        spaces = part.count(" ") + part.count("\n") + part.count("\t") + part.count("\r") + part.count("\u00a0")
        if len(part) - spaces >= minimum:
            return True
    return False
