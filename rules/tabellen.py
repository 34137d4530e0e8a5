"""Rules on the three overview tables: steering groups, network events and ongoing actions.

Patterns for "since when" and "how often", the words that state a number of participants and the
overlap thresholds are settings of the year (``jaar2026.toml``).
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

from actieplan.model import Hit
from actieplan.normalize import clean_text, fold
from actieplan.rules.registry import ERROR, WARNING, sheet_rule
from actieplan.rules.tekst import WordIndex, filled, has_year, meaningful_words_each, phrase_pattern, quick_fold, without_years, years_in_parentheses

STUUR, NAAM, LOOPTIJD = "Stuurgroepen", "Naam en/of thema", "Looptijd en frequentie"
EVENTS, EVENT_TITEL, OPKOMST = "Netwerkevents", "Titel + format", "Opkomst"
DOORLOPEND, DOORLOPEND_TITEL = "Doorlopende acties", "Titel + jaar actiefiche"


def _fiche_words(ctx) -> list[tuple[int, str, frozenset[str]]]:
    fiches = ctx.frame("Actiefiches")
    if fiches is None or fiches.empty or "Titel actie" not in fiches:
        return []
    titles = [(int(r), t) for r, t in fiches["Titel actie"].items() if t]
    words = meaningful_words_each((t for _, t in titles), ctx.settings)
    return [(r, t, w) for (r, t), w in zip(titles, words)]


def _titles(ctx, sheet: str, column: str) -> list[tuple[int, str, frozenset[str]]]:
    frame = ctx.frame(sheet)
    if frame is None or frame.empty or column not in frame:
        return []
    rows = [(row, title) for row, title in frame[column].items() if title]
    return [(row, title, words) for (row, title), words in zip(rows, meaningful_words_each((t for _, t in rows), ctx.settings))]


def _fiche_index(ctx) -> tuple[list[tuple[int, str, frozenset[str]]], WordIndex | None, dict[str, list]]:
    """The fiche titles' words and their index, and the titles of the steering groups and events,
    built once per check for both overlap rules. Only words that a steering group or event title
    holds are indexed: no other word can be shared."""
    cache = getattr(ctx, "cache", None)
    if cache is not None and "tabellen.fiche_index" in cache:
        return cache["tabellen.fiche_index"]
    fiches = _fiche_words(ctx)
    titles = {STUUR: _titles(ctx, STUUR, NAAM), EVENTS: _titles(ctx, EVENTS, EVENT_TITEL)}
    vocabulary = frozenset().union(*(words for rows in titles.values() for _, _, words in rows))
    index = WordIndex((words for _, _, words in fiches), ctx.settings, vocabulary) if fiches else None
    found = (fiches, index, titles)
    if cache is not None:
        cache["tabellen.fiche_index"] = found
    return found


def _overlaps(ctx, sheet: str, column: str) -> Iterable[Hit]:
    fiches, index, titles = _fiche_index(ctx)
    if not fiches:
        return
    for row, title, words in titles[sheet]:
        found = index.first(words)
        if found is not None:
            f_row, f_title, _ = fiches[found[0]]
            yield Hit(sheet, int(row), column, {"waarde": title, "fiche": f_title, "rij_fiche": f_row, "woorden": ", ".join(found[1])})


@sheet_rule(
    "stuurgroep-overlapt-fiche",
    severity=WARNING,
    sheet=STUUR,
    message="De stuurgroep '{waarde}' lijkt te gaan over de actie van de actiefiche '{fiche}' (blad Actiefiches, rij {rij_fiche}; gedeeld: {woorden}). Verwacht: stuurgroepen over een actie met een actiefiche in dit actieplan staan niet in deze tabel; haal de rij weg of licht in 'Opmerking' toe waarom ze er wel bij hoort.",
    summary="Een stuurgroep gaat niet over een actie waarvoor dit jaar een actiefiche is opgenomen (betekenisvolle woorden van de titels vergeleken).",
    quote="Stuurgroepen die betrekking hebben op een inhoudelijke actie waarvoor in het actieplan van 2026 een actiefiche is opgenomen.",
)
def stuurgroep_overlapt_fiche(ctx) -> Iterable[Hit]:
    """
    Wrong: a steering group `Werkgroep interprofessionele overlegmomenten wijkniveau` next to the
    fiche `BruZEL organiseert interprofessionele overlegmomenten op wijkniveau`.
    Right: `Overlegplatform Dementie` (no fiche on dementia); sharing one word or only stop words
    (BruZEL, Brussel, overleg, werkgroep, ...) is not enough.
    """
    yield from _overlaps(ctx, STUUR, NAAM)


@sheet_rule(
    "netwerkevent-overlapt-fiche",
    severity=WARNING,
    sheet=EVENTS,
    message="Het netwerkevent '{waarde}' lijkt te horen bij de actie van de actiefiche '{fiche}' (blad Actiefiches, rij {rij_fiche}; gedeeld: {woorden}). Verwacht: netwerkevents bij een actie met een actiefiche in dit actieplan staan niet in deze tabel; haal de rij weg of licht in 'Opmerking' toe waarom ze er wel bij hoort.",
    summary="Een netwerkevent hoort niet bij een actie waarvoor dit jaar een actiefiche is opgenomen (betekenisvolle woorden van de titels vergeleken).",
    quote="Netwerkevents gekoppeld aan een inhoudelijke actie waarvoor in het actieplan van 2026 een actiefiche is opgenomen",
)
def netwerkevent_overlapt_fiche(ctx) -> Iterable[Hit]:
    """
    Wrong: an event `Lancering gezondheidsfiches, actualisatie voorgesteld op lunch` next to the fiche
    `BruZEL actualiseert de gezondheidsfiches`.
    Right: `Eerstelijnsmeeting: aangeboden lunch + inhoudelijke spreker` (format words do not count).
    """
    yield from _overlaps(ctx, EVENTS, EVENT_TITEL)


@sheet_rule(
    "stuurgroep-doorlopende-actie",
    severity=WARNING,
    sheet=STUUR,
    message="De stuurgroep '{waarde}' lijkt te horen bij de doorlopende actie '{doorlopend}' (blad Doorlopende acties, rij {rij_doorlopend}; gedeeld: {woorden}). Verwacht: vergaderingen over een project dat al in een eerdere actiefiche stond, staan bij de doorlopende acties, niet in deze tabel; haal de rij weg of licht in 'Opmerking' toe waarom ze er wel bij hoort.",
    summary="Een stuurgroep gaat niet over een actie die bij de doorlopende acties staat (betekenisvolle woorden van de titels vergeleken).",
    quote="Terugkerende vergaderingen gelinkt aan inhoudelijke projecten waarvoor in eerdere actieplannen al een actiefiche stond opgenomen (zie tabel “overzicht doorlopende acties”).",
)
def stuurgroep_doorlopende_actie(ctx) -> Iterable[Hit]:
    """
    Wrong: a steering group `Stuurgroep workshops inclusieve zorg` while Doorlopende acties lists
    `Workshops inclusieve zorg (2025, 2024, 2023, 2022)`.
    Right: `Zorgzone ActieRaden (ZAR)` next to `Hulp- en zorgzones (2025)`: one shared word is not enough.
    """
    groups = _titles(ctx, STUUR, NAAM)
    ongoing = ctx.frame(DOORLOPEND)
    if not groups or ongoing is None or ongoing.empty or DOORLOPEND_TITEL not in ongoing:
        return
    names = [(int(r), without_years(t)) for r, t in ongoing[DOORLOPEND_TITEL].items() if clean_text(t)]
    words = meaningful_words_each((n for _, n in names), ctx.settings)
    vocabulary = frozenset().union(*(w for _, _, w in groups))
    index = WordIndex(words, ctx.settings, vocabulary)
    for row, title, group_words in groups:
        found = index.first(group_words)
        if found is not None:
            o_row, o_title = names[found[0]]
            yield Hit(STUUR, int(row), NAAM, {"waarde": title, "doorlopend": o_title, "rij_doorlopend": o_row, "woorden": ", ".join(found[1])})


def _governance_patterns(settings) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cfg = settings["netwerkevents"]
    return _compiled_governance_patterns(tuple(cfg["bestuur_woorden"]), tuple(cfg["bestuur_afkortingen"]), tuple(cfg["netwerk_woorden"]))


@functools.lru_cache(maxsize=16)
def _compiled_governance_patterns(
    woorden: tuple[str, ...], afkortingen: tuple[str, ...], netwerk: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # abbreviations as written (AV, BO): in lower case 'bo' or 'av' may be part of something else
    abbreviations = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in afkortingen) + r")(?![\w])")
    return phrase_pattern(woorden), abbreviations, phrase_pattern(netwerk)


def governance_words(value, settings) -> str | None:
    """The words of a title that name the zorgraad's own governance (AV, BO), when nothing in it
    says there is a network event with it; else None."""
    raw = clean_text(value)
    if raw is None:
        return None
    words, abbreviations, network = _governance_patterns(settings)
    text = quick_fold(raw)
    m = words.search(text)
    found = (raw[m.start():m.end()] if len(text) == len(raw) else m.group(0)) if m else None
    if found is None:
        a = abbreviations.search(raw)
        found = a.group(0) if a else None
    if found is None or network.search(text):
        return None
    return found


@sheet_rule(
    "netwerkevent-bestuur",
    severity=WARNING,
    sheet=EVENTS,
    message="Het netwerkevent '{waarde}' lijkt een vergadering van het bestuur van de vzw ('{woorden}'). Verwacht: een AV of een vergadering van het bestuursorgaan (BO) zonder bijhorend netwerkevent staat niet in deze tabel (ze hoort bij rij B van de capaciteitsplanning); hoort er wel een netwerkmoment bij, zeg dat dan in de titel, bv. 'AV + netwerkmoment met receptie'.",
    summary="Een netwerkevent is geen vergadering die hoort bij het besturen van de vzw (een AV zonder netwerkevent, een BO).",
    quote="Vergaderingen die horen bij het besturen van een vzw, bijvoorbeeld de organisatie van een AV (zonder bijhorend netwerkevent) of een BO",
)
def netwerkevent_bestuur(ctx) -> Iterable[Hit]:
    """
    Wrong: an event `Algemene vergadering`, `AV voorjaar`, `Vergadering bestuursorgaan (BO)`.
    Right: `AV + netwerkmoment met receptie en inhoudelijke spreker` (a network event goes with it),
    `Forum, receptie (incl. catering) + inhoudelijk deel`.
    """
    frame = ctx.frame(EVENTS)
    if frame is None or frame.empty or EVENT_TITEL not in frame:
        return
    for row, value in frame[EVENT_TITEL].items():
        found = governance_words(value, ctx.settings)
        if found is not None:
            yield Hit(EVENTS, int(row), EVENT_TITEL, {"waarde": value, "woorden": found})


def _frequency_patterns(settings) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cfg = settings["stuurgroepen"]
    return _compiled_frequency_patterns(
        tuple(cfg["frequentie_woorden"]), tuple(cfg["frequentie_bijwoorden"]), tuple(cfg["looptijd_woorden"])
    )


@functools.lru_cache(maxsize=16)  # called per row: compile once per word list
def _compiled_frequency_patterns(
    frequentie_woorden: tuple[str, ...], frequentie_bijwoorden: tuple[str, ...], looptijd_woorden: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(sorted((re.escape(fold(w)) for w in frequentie_woorden), key=len, reverse=True))
    number = r"(?<![\d])\d{1,3}(?:\s*(?:a|-|–|tot|of)\s*\d{1,3})?"
    counted = re.compile(
        number + r"\s*x(?![a-z])"  # 3x/jaar, 1x/maand, tot 4x/j
        + r"|" + number + r"\s+(?:[a-z]+\s+)?[a-z]*(?:" + nouns + r")(?![a-z])"  # 10 vergaderingen, 3 à 4 bijeenkomsten
    )
    adverbs = phrase_pattern(frequentie_bijwoorden)
    since = phrase_pattern(looptijd_woorden)
    return counted, adverbs, since


def looptijd_frequentie(value, settings) -> tuple[bool, bool]:
    """(states since when, states how often) for a `Looptijd en frequentie` text."""
    text = quick_fold(clean_text(value) or "")
    counted, adverbs, since = _frequency_patterns(settings)
    has_since = has_year(text) or bool(since.search(text))
    has_often = bool(counted.search(text)) or bool(adverbs.search(text))
    return has_since, has_often


@sheet_rule(
    "stuurgroep-looptijd-frequentie",
    severity=WARNING,
    sheet=STUUR,
    message="'{waarde}' vermeldt niet {ontbreekt}. Verwacht: sinds wanneer de zorgraad betrokken is én hoe vaak de stuurgroep samenkomt, bv. 'Sinds 2022, 3x/jaar' of 'Sinds 2018, 10 vergaderingen'.",
    summary="Looptijd en frequentie zegt sinds wanneer (bv. Sinds 2022) en hoe vaak (bv. 3x/jaar, 10 vergaderingen, 1x/maand).",
    quote="hoe lang de zorgraad deze stuurgroep al trekt, deelneemt of betrokken is en hoe vaak de stuurgroep samenkomt per jaar;",
)
def stuurgroep_looptijd(ctx) -> Iterable[Hit]:
    """
    Wrong: `Sinds 2021` (how often?), `Sinds 2022, momenteel on hold.`, `3x/jaar` (since when?).
    Right: `Sinds 2022, 3x/jaar`, `Sinds 2018, 10 vergaderingen`, `Sinds 2025, 1x/maand (1u)`,
    `Sinds 2018, Tot 4x/j`, `Sinds 2019, 3 à 4 bijeenkomsten`, `Sinds 2024, +- 10x/jaar`.
    """
    frame = ctx.frame(STUUR)
    if frame is None or frame.empty or LOOPTIJD not in frame:
        return
    for row, value in frame[LOOPTIJD].items():
        if filled(value, ctx.settings) is None:
            continue  # cel-verplicht, cel-plaatshouder
        has_since, has_often = looptijd_frequentie(value, ctx.settings)
        missing = []
        if not has_since:
            missing.append("sinds wanneer (een jaartal, bv. Sinds 2022)")
        if not has_often:
            missing.append("hoe vaak de stuurgroep samenkomt (bv. 3x/jaar, 10 vergaderingen, 1x/maand)")
        if missing:
            yield Hit(STUUR, int(row), LOOPTIJD, {"waarde": value, "ontbreekt": " en niet ".join(missing)})


def states_number(value, settings) -> bool:
    raw = clean_text(value) or ""
    if any(c.isdigit() for c in raw):  # a digit stays a digit when folded: no need to fold ('± 50')
        return True
    text = quick_fold(raw)
    return any(c.isdigit() for c in text) or bool(phrase_pattern(settings["netwerkevents"]["aantal_woorden"]).search(text))


@sheet_rule(
    "netwerkevent-opkomst",
    severity=WARNING,
    sheet=EVENTS,
    message="Opkomst '{waarde}' noemt geen aantal. Verwacht: de verwachte opkomst als aantal, bv. '± 50 gezondheids- en welzijnsprofessionals'.",
    summary="Opkomst noemt een verwacht aantal deelnemers.",
    quote="de verwachte opkomst (kan sterk variëren in functie van de doelstelling of samenstelling van het doelpubliek)",
)
def opkomst(ctx) -> Iterable[Hit]:
    """
    Wrong: `Gezondheids- en welzijnsprofessionals`, `wisselend`.
    Right: `± 50 gezondheids- en welzijnsprofessionals`, `± 15 professionals/ overleg`, `een vijftigtal`.
    """
    frame = ctx.frame(EVENTS)
    if frame is None or frame.empty or OPKOMST not in frame:
        return
    for row, value in frame[OPKOMST].items():
        if filled(value, ctx.settings) is not None and not states_number(value, ctx.settings):
            yield Hit(EVENTS, int(row), OPKOMST, {"waarde": value})


@sheet_rule(
    "doorlopend-jaar",
    severity=ERROR,
    sheet=DOORLOPEND,
    message="'{waarde}' {probleem}. Verwacht: de titel met de jaren waarin de actie in een actiefiche stond, tussen {oudste} en {laatste}, bv. 'Workshops inclusieve zorg ({laatste}, {vorige})'.",
    summary="Titel + jaar actiefiche noemt minstens één jaar, elk vóór het werkjaar en niet vóór 2020.",
    quote="titel/thema van de actie + in welk jaar werd dit in een actiefiche opgenomen",
)
def doorlopend_jaar(ctx) -> Iterable[Hit]:
    """
    Wrong: `Hulp- en zorgzones` (no year), `Workshops (2026)` (a fiche of this year is no ongoing
    action), `Project (2018)` (before the first zorgraden).
    Right: `Workshops inclusieve zorg (2025, 2024, 2023, 2022)`, `Hulp- en zorgzones (2025)`.
    """
    frame = ctx.frame(DOORLOPEND)
    if frame is None or frame.empty or DOORLOPEND_TITEL not in frame:
        return
    werkjaar = ctx.settings.werkjaar
    oudste = int(ctx.settings["doorlopend"]["oudste_jaar"])
    for row, value in frame[DOORLOPEND_TITEL].items():
        if filled(value, ctx.settings) is None:
            continue  # cel-verplicht, cel-plaatshouder
        found = years_in_parentheses(value)
        if not found:
            problem = "noemt geen jaar"
        elif any(y >= werkjaar for y in found):
            problem = "noemt " + ", ".join(str(y) for y in sorted({y for y in found if y >= werkjaar})) + f", niet vóór het werkjaar {werkjaar}"
        elif any(y < oudste for y in found):
            problem = "noemt " + ", ".join(str(y) for y in sorted({y for y in found if y < oudste})) + f", vóór {oudste} (toen de eerste zorgraden startten)"
        else:
            continue
        yield Hit(DOORLOPEND, int(row), DOORLOPEND_TITEL, {"waarde": value, "probleem": problem, "oudste": oudste, "laatste": werkjaar - 1, "vorige": werkjaar - 2})


@sheet_rule(
    "doorlopend-mijlpalen-leeg",
    severity=WARNING,
    sheet=DOORLOPEND,
    message="Bij de doorlopende actie '{titel}' zijn geen mijlpalen ingevuld. Verwacht: welke verwachte mijlpalen zijn er in {werkjaar}? Wordt de actie normaal dit jaar afgerond?",
    summary="Bij elke doorlopende actie staan de verwachte mijlpalen van het werkjaar.",
    quote="welke verwachte mijlpalen zijn er in 2026? Wordt de actie normaal dit jaar afgerond?",
)
def doorlopend_mijlpalen_leeg(ctx) -> Iterable[Hit]:
    """
    Wrong: `Hulp- en zorgzones (2025)` with an empty `Mijlpalen in 2026`, or only `/` or `nvt`.
    Right: `4 workshops met bijhorende voorbereiding verspreid over het jaar`.
    """
    frame = ctx.frame(DOORLOPEND)
    column = f"Mijlpalen in {ctx.settings.werkjaar}"
    if frame is None or frame.empty or column not in frame:
        return
    titles = frame[DOORLOPEND_TITEL] if DOORLOPEND_TITEL in frame else frame[column].map(lambda _: "")
    for row, value, title in zip(frame.index, frame[column], titles):
        if filled(value, ctx.settings) is None:  # empty, or only a placeholder such as `/` or `nvt`
            yield Hit(DOORLOPEND, int(row), column, {"titel": clean_text(title) or "", "werkjaar": ctx.settings.werkjaar})
