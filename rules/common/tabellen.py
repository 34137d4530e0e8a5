"""Rules on the three overview tables: steering groups, network events and ongoing actions.

Patterns for "since when" and "how often", the words that state a number of participants and the
overlap thresholds are settings of the year (``settings.toml``).
"""

from __future__ import annotations

import functools
import math
import re
from typing import Iterable

from actieplan.api import ERROR, INFO, WARNING, Context, Hit, sheet_rule
from actieplan.api import clean_text, fold
from actieplan.rules.settings import FROM_YEAR, SCHEMA, typed
from actieplan.rules.text.cells import cells, column_items, filled, per_text, row_cells
from actieplan.rules.text.dates import MONTHS, has_year, without_years, years_in_parentheses
from actieplan.rules.text.dates import years as years_of
from actieplan.rules.text.index import WordIndex
from actieplan.rules.text.phrases import Phrases, parts, phrases
from actieplan.rules.text.words import around, letter_words, span_as_written, meaningful_among, meaningful_words_each, quick_fold, title_words_memo, word_set

from actieplan.rules.common.inhoud import INHOUD, gapped, inhoud, taking_part
from actieplan.rules.common.plan import zorgraad_namen
from actieplan.rules.common.structure import link_answer

STUUR, NAAM, LOOPTIJD = "Stuurgroepen", "Naam en/of thema", "Looptijd en frequentie"
EVENTS, EVENT_TITEL, OPKOMST = "Netwerkevents", "Titel + format", "Opkomst"
DOORLOPEND, DOORLOPEND_TITEL = "Doorlopende acties", "Titel + jaar actiefiche"

__settings__ = (SCHEMA, INHOUD)


def _fiche_words(ctx) -> list[tuple[int, str, frozenset[str]]]:
    fiches = ctx.frame("Actiefiches")
    if fiches is None or fiches.empty or "Titel actie" not in fiches:
        return []
    titles = [(int(r), t) for r, t in column_items(fiches["Titel actie"]) if t]
    words = meaningful_words_each((t for _, t in titles), ctx.settings, title_words_memo(ctx))
    return [(r, t, w) for (r, t), w in zip(titles, words)]


def _titles(ctx, sheet: str, column: str) -> list[tuple[int, str, frozenset[str]]]:
    frame = ctx.frame(sheet)
    if frame is None or frame.empty or column not in frame:
        return []
    rows = [(row, title) for row, title in zip(frame.index.tolist(), frame[column].tolist()) if title]
    return [(row, title, words) for (row, title), words in zip(rows, meaningful_words_each((t for _, t in rows), ctx.settings, title_words_memo(ctx)))]


def _fiche_index(ctx) -> tuple[list[tuple[int, str, frozenset[str]]], WordIndex | None, dict[str, list]]:
    """The fiche titles' words and their index, and the titles of the steering groups and events,
    built once per check for both overlap rules. Only words that a steering group or event title
    holds are indexed: no other word can be shared."""
    return ctx.cache.get("tabellen.fiche_index", lambda: _build_fiche_index(ctx))


def _build_fiche_index(ctx: Context) -> tuple[list[tuple[int, str, frozenset[str]]], WordIndex | None, dict[str, list]]:
    fiches = _fiche_words(ctx)
    titles = {STUUR: _titles(ctx, STUUR, NAAM), EVENTS: _titles(ctx, EVENTS, EVENT_TITEL)}
    vocabulary = frozenset().union(*(words for rows in titles.values() for _, _, words in rows))
    k = typed(ctx.settings).overlap.min_gedeelde_woorden
    index = WordIndex((words for _, _, words in fiches), k, vocabulary=vocabulary) if fiches else None
    return fiches, index, titles


def _wrong_side(ctx, sheet: str) -> dict[int, tuple[str, str]]:
    """The fiches that are the wrong side of an overlap with a row of ``sheet``: for a steering
    group, a fiche about taking part in meetings (fiche-deelname-overleg reports it there)."""
    return taking_part(ctx) if sheet == STUUR else {}


def _title_matches(ctx, sheet: str) -> list:
    """Per title of ``sheet`` (in _fiche_index's order) the first fiche title sharing enough of
    its words (WordIndex.first), or None: asked once per check, by the title comparison and by
    the content comparison (which leaves those rows to the first)."""
    def build() -> list:
        _, index, titles = _fiche_index(ctx)
        return [None if index is None else index.first(words) for _, _, words in titles[sheet]]

    return ctx.cache.get(("tabellen.title_matches", sheet), build)


def _overlaps(ctx, sheet: str, column: str) -> Iterable[Hit]:
    fiches, index, titles = _fiche_index(ctx)
    if not fiches:
        return
    fiche_side = _wrong_side(ctx, sheet)
    for (row, title, words), found in zip(titles[sheet], _title_matches(ctx, sheet)):
        if found is not None:
            f_row, f_title, _ = fiches[found[0]]
            if f_row in fiche_side:
                continue  # the fiche is what should go: the finding is on the fiche
            yield Hit(sheet, int(row), column, {"waarde": title, "fiche": f_title, "rij_fiche": f_row, "woorden": ", ".join(found[1])})


@sheet_rule(
    "stuurgroep-overlapt-fiche",
    severity=WARNING,
    sheet=STUUR,
    message="De stuurgroep '{waarde}' lijkt te gaan over de actie van de actiefiche '{fiche}' (blad Actiefiches, rij {rij_fiche}; gedeeld: {woorden}). Verwacht: stuurgroepen over een actie met een actiefiche in dit actieplan staan niet in deze tabel; haal de rij weg of licht in 'Opmerking' toe waarom ze er wel bij hoort.",
    summary="Een stuurgroep gaat niet over een actie waarvoor dit jaar een actiefiche is opgenomen (betekenisvolle woorden van de titels vergeleken).",
    quote=FROM_YEAR,
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
    quote=FROM_YEAR,
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
    names = [(int(r), without_years(t)) for r, t in column_items(ongoing[DOORLOPEND_TITEL]) if clean_text(t)]
    words = meaningful_words_each((n for _, n in names), ctx.settings, title_words_memo(ctx))
    vocabulary = frozenset().union(*(w for _, _, w in groups))
    index = WordIndex(words, typed(ctx.settings).overlap.min_gedeelde_woorden, vocabulary=vocabulary)
    for row, title, group_words in groups:
        found = index.first(group_words)
        if found is not None:
            o_row, o_title = names[found[0]]
            yield Hit(STUUR, int(row), NAAM, {"waarde": title, "doorlopend": o_title, "rij_doorlopend": o_row, "woorden": ", ".join(found[1])})


@functools.lru_cache(maxsize=16)
def _abbreviations(afkortingen: tuple[str, ...]) -> re.Pattern[str]:
    """The abbreviations as written (AV, BO): in lower case 'bo' or 'av' may be part of something else."""
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a) for a in afkortingen) + r")(?![\w])")


def governance_words(value, settings) -> str | None:
    """The words of a title that name the zorgraad's own governance (AV, BO), when nothing in it
    says there is a network event with it; else None."""
    raw = clean_text(value)
    if raw is None:
        return None
    cfg = typed(settings).netwerkevents
    found = phrases(cfg.bestuur_woorden).find_in(raw)
    if found is None:
        a = _abbreviations(cfg.bestuur_afkortingen).search(raw)
        found = a.group(0) if a else None
    if found is None or phrases(cfg.netwerk_woorden).search(quick_fold(raw)):
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
    for row, value in column_items(frame[EVENT_TITEL]):
        found = governance_words(value, ctx.settings)
        if found is not None:
            yield Hit(EVENTS, int(row), EVENT_TITEL, {"waarde": value, "woorden": found})


def _frequency_patterns(settings) -> tuple[re.Pattern[str], Phrases, Phrases]:
    cfg = typed(settings).stuurgroepen
    return _counted(cfg.frequentie_woorden), phrases(cfg.frequentie_bijwoorden), phrases(cfg.looptijd_woorden)


@functools.lru_cache(maxsize=16)  # called per row: compile once per word list
def _counted(frequentie_woorden: tuple[str, ...]) -> re.Pattern[str]:
    """A number of times: '3x/jaar', '1x/maand', 'tot 4x/j', '10 vergaderingen', '3 à 4 bijeenkomsten'."""
    nouns = "|".join(sorted((re.escape(fold(w)) for w in frequentie_woorden), key=len, reverse=True))
    # a number of at most three digits with no digit before it; the look-behind stands after the
    # first digit, so the regex engine jumps from digit to digit instead of trying every position
    # (as dates.DATE does: the same matches as (?<![\d])\d{1,3}). Both kinds begin with the number,
    # which is matched once: a search finds a match where the two alternatives did (it is read as yes or no)
    number = r"\d(?<!\d\d)\d{0,2}(?:\s*(?:a|-|–|tot|of)\s*\d{1,3})?"
    return re.compile(
        number + r"(?:\s*x(?![a-z])"  # 3x/jaar, 1x/maand, tot 4x/j
        + r"|\s+(?:[a-z]+\s+)?[a-z]*(?:" + nouns + r")(?![a-z]))"  # 10 vergaderingen, 3 à 4 bijeenkomsten
    )


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
def stuurgroep_looptijd_frequentie(ctx) -> Iterable[Hit]:
    """
    Wrong: `Sinds 2021` (how often?), `Sinds 2022, momenteel on hold.`, `3x/jaar` (since when?).
    Right: `Sinds 2022, 3x/jaar`, `Sinds 2018, 10 vergaderingen`, `Sinds 2025, 1x/maand (1u)`,
    `Sinds 2018, Tot 4x/j`, `Sinds 2019, 3 à 4 bijeenkomsten`, `Sinds 2024, +- 10x/jaar`.
    """
    frame = ctx.frame(STUUR)
    if frame is None or frame.empty or LOOPTIJD not in frame:
        return

    def judge(value) -> tuple[bool, bool] | None:
        """(since, how often) of a filled cell; None for an empty one or a placeholder."""
        return None if filled(value, ctx.settings) is None else looptijd_frequentie(value, ctx.settings)

    said: dict[str, tuple[bool, bool] | None] = {}  # each distinct text read once
    for row, value in column_items(frame[LOOPTIJD]):
        if isinstance(value, str):
            judged = said[value] if value in said else said.setdefault(value, judge(value))
        else:
            judged = judge(value)
        if judged is None:
            continue  # cel-verplicht, cel-plaatshouder
        has_since, has_often = judged
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
    return any(c.isdigit() for c in text) or bool(phrases(typed(settings).netwerkevents.aantal_woorden).search(text))


@sheet_rule(
    "netwerkevent-opkomst",
    severity=WARNING,
    sheet=EVENTS,
    message="Opkomst '{waarde}' noemt geen aantal. Verwacht: de verwachte opkomst als aantal, bv. '± 50 gezondheids- en welzijnsprofessionals'.",
    summary="Opkomst noemt een verwacht aantal deelnemers.",
    quote="de verwachte opkomst (kan sterk variëren in functie van de doelstelling of samenstelling van het doelpubliek)",
)
def netwerkevent_opkomst(ctx) -> Iterable[Hit]:
    """
    Wrong: `Gezondheids- en welzijnsprofessionals`, `wisselend`.
    Right: `± 50 gezondheids- en welzijnsprofessionals`, `± 15 professionals/ overleg`, `een vijftigtal`.
    """
    frame = ctx.frame(EVENTS)
    if frame is None or frame.empty or OPKOMST not in frame:
        return
    def unnumbered(value) -> bool:
        return filled(value, ctx.settings) is not None and not states_number(value, ctx.settings)

    judged: dict[str, bool] = {}  # events repeat their expected turnout: each distinct text judged once
    for row, value in column_items(frame[OPKOMST]):
        if not isinstance(value, str):
            found = unnumbered(value)
        elif (found := judged.get(value)) is None:
            found = judged[value] = unnumbered(value)
        if found:
            yield Hit(EVENTS, int(row), OPKOMST, {"waarde": value})


@sheet_rule(
    "doorlopend-jaar",
    severity=ERROR,
    sheet=DOORLOPEND,
    message="'{waarde}' {probleem}. Verwacht: de titel met de jaren waarin de actie in een actiefiche stond, tussen {oudste} en {laatste}, bv. 'Workshops inclusieve zorg ({laatste}, {vorige})'.",
    summary="Titel + jaar actiefiche noemt minstens één jaar, elk vóór het werkjaar en niet vóór {doorlopend[oudste_jaar]}.",
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
    oudste = typed(ctx.settings).doorlopend.oudste_jaar
    for row, value in column_items(frame[DOORLOPEND_TITEL]):
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
    message="Bij de doorlopende actie '{titel}' zijn geen mijlpalen ingevuld. Verwacht: welke verwachte mijlpalen zijn er in {werkjaar}?{afronding}",
    summary="Bij elke doorlopende actie staan de verwachte mijlpalen van het werkjaar.",
    quote=FROM_YEAR,
)
def doorlopend_mijlpalen_leeg(ctx) -> Iterable[Hit]:
    """
    Wrong: `Hulp- en zorgzones (2025)` with an empty `Mijlpalen in 2026`, or only `/` or `nvt`.
    Right: `4 workshops met bijhorende voorbereiding verspreid over het jaar`.
    One finding says all the cell needs: when `Verduurzaming + blijvende inzet` does not say
    whether the action ends this year either, the message asks for that too (with an example), so
    that filling in the milestones does not bring a second finding, doorlopend-afronding, on the
    same cell (issue 21, point 7).
    """
    frame = ctx.frame(DOORLOPEND)
    werkjaar = ctx.settings.werkjaar
    column, inzet = _ongoing_columns(ctx)
    if frame is None or frame.empty or column not in frame:
        return
    titles = frame[DOORLOPEND_TITEL] if DOORLOPEND_TITEL in frame else frame[column].map(lambda _: "")
    inzet_values = frame[inzet] if inzet in frame else frame[column].map(lambda _: None)
    for row, value, title, said in zip(frame.index.tolist(), frame[column].tolist(), titles.tolist(), inzet_values.tolist()):
        if filled(value, ctx.settings) is None:  # empty, or only a placeholder such as `/` or `nvt`
            said = filled(said, ctx.settings)
            if said is not None and _says_ending(ctx, quick_fold(said), said):
                afronding = ""  # Verduurzaming says it already: only the milestones are missing
            else:
                afronding = (f" Wordt de actie normaal dit jaar afgerond? Zeg ook dat, hier of in '{inzet}' "
                             f"(bv. 'wordt in juni {werkjaar} afgerond' of 'loopt door na {werkjaar}').")
            yield Hit(DOORLOPEND, int(row), column, {"titel": clean_text(title) or "", "werkjaar": werkjaar, "afronding": afronding})


def _says_ending(ctx, folded: str, text: str) -> bool:
    """Whether a text says if an ongoing action ends in the working year or runs on: a word of
    `[doorlopend.vragen] afronding_woorden`, or a year after the working year."""
    words = ctx.cache.get("tabellen.afronding_woorden", lambda: phrases(typed(ctx.settings).doorlopend.vragen.afronding_woorden))
    if words.search(folded) is not None or any(y > ctx.settings.werkjaar for y in years_of(text)) or _stays_on(ctx, folded):
        return True
    # a handover dated in the working year: the action ends for the zorgraad then
    handover = ctx.cache.get("tabellen.overdracht_woorden", lambda: phrases(typed(ctx.settings).doorlopend.vragen.overdracht_woorden))
    return any(handover.search(quick_fold(s)) is not None and ctx.settings.werkjaar in years_of(s) for s in _SENTENCE.split(text))


_SENTENCE = re.compile(r"(?<=[.;!?])\s+|\n")


def _stays_on(ctx, folded: str) -> bool:
    """Whether a text says that the zorgraad, by its name or one of its `Andere namen`, stays on
    ('Team Eerstelijn Kust blijft de vorming geven'), as the word lists' 'zorgraad blijft' does."""
    names = zorgraad_namen(ctx)
    if not names:  # Algemeen names none
        return False
    said = ctx.cache.get("tabellen.blijft_namen", lambda: phrases([f"{quick_fold(n)} {verb}" for n in names for verb in ("blijft", "blijven")]))
    return said.search(folded) is not None


# -- the template's further instructions for the three tables (issue 15) -------------------------

DOEL, MEERWAARDE, STUUR_TREKKER, OPMERKING = "Concrete doelstelling", "Meerwaarde voor de zorgraad", "Trekker", "Opmerking"
TIMING, OPVOLGING = "Frequentie + timing", "Opvolging/evaluatie"
MIJLPALEN_PREFIX, INZET = "Mijlpalen in", "Verduurzaming + blijvende inzet"


def _rows(ctx, sheet: str, columns: tuple[str, ...], last: tuple[str, ...] = ()):
    """(Excel row, {column: text}) per row of ``sheet`` with any of ``columns`` filled; empty cells
    and placeholders left out."""
    for row, found in row_cells(ctx, sheet, columns, last):
        yield row, {c: cell.text for c, cell in found.items()}


@sheet_rule(
    "stuurgroep-eigen-naam",
    severity=INFO,
    sheet=STUUR,
    message="'{kolom}' zegt '{woord}': neemt de zorgraad hier deel als vertegenwoordiger of lid van de zorgraad, of in eigen naam of namens een eigen organisatie? Ter info: de tabel bevat alleen vergaderingen waar iemand de zorgraad vertegenwoordigt; bij twijfel opnemen en in 'Opmerking' toelichten.",
    summary="Een stuurgroep wordt bijgewoond als vertegenwoordiger of lid van de zorgraad, niet in eigen naam of namens de eigen organisatie (ter info).",
    quote="vanuit zijn of haar rol als vertegenwoordiger of lid van de zorgraad (dus niet in eigen naam of namens de eigen organisatie, kring of lokaal bestuur);",
)
def stuurgroep_eigen_naam(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 185-187 (seed 000).
    Wrong (info): `Meerwaarde` = `Niet enkel voor BruZEL, voor heel het Huis (op naam van directie
    Huis voor Gezondheid)`; `Opmerking` = `deelname in eigen naam`.
    Right: `Garanderen van Nederlandstalige stem; koppeling acties Brusano-BruZEL`. Words: a
    setting (`[stuurgroepen.vertegenwoordiging] eigen_naam_woorden`). Info, not a warning: the
    template says "bij twijfel … neem die dan op"; on the real BruZEL plan the 7 rows it reports
    all say they sit there for the umbrella organisation too, which is a fair question, not a fault.
    """
    words = phrases(typed(ctx.settings).stuurgroepen.vertegenwoordiging.eigen_naam_woorden)
    find = per_text(words.find)
    for row, texts in row_cells(ctx, STUUR, (DOEL, MEERWAARDE, OPMERKING), last=(MEERWAARDE, OPMERKING)):  # DOEL: read again later
        for col, cell in texts.items():
            found = find(cell)
            if found:
                yield Hit(STUUR, row, col, {"woord": found})
                break


@sheet_rule(
    "stuurgroep-eigen-overleg",
    severity=WARNING,
    sheet=STUUR,
    message="De stuurgroep '{waarde}' lijkt een overleg van de zorgraad zelf (trekker '{trekker}', gevonden: '{woord}'). Verwacht: alleen vergaderingen buiten de overleggen binnen de zorgraad; de eigen algemene vergadering, raad van bestuur of teamvergadering hoort in rij B of D van de capaciteitsplanning, niet in deze tabel.",
    summary="De tabel stuurgroepen bevat geen overleg binnen de zorgraad zelf (eigen AV, bestuur, teamvergadering met de zorgraad als trekker).",
    quote="Terugkerende vergaderingen waar OF een werknemer OF een bestuurder OF een lid van de algemene vergadering aan deelneemt, buiten de overleggen binnen de zorgraad,",
)
def stuurgroep_eigen_overleg(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 185-186 (seed 000).
    Wrong: `Raad van bestuur` with trekker `BruZEL` (the zorgraad named in Algemeen, or one of its
    `Andere namen`, e.g. the organisation that hosts it), or `Teamvergadering` with trekker `zorgraad`.
    Right: `Algemene vergadering` with trekker `Zorgnet Icuro` (another organisation's assembly);
    `Grootstedelijk overleg ELZ` co-trekt by BruZEL. Words: a setting (`eigen_overleg_woorden`).
    On the real BruZEL plan: no finding.
    """
    cfg = typed(ctx.settings).stuurgroepen.vertegenwoordiging
    # the zorgraad: its name or one of its Andere namen in Algemeen (whole words), or these words
    words, ours = phrases(cfg.eigen_overleg_woorden), phrases([*zorgraad_namen(ctx), *cfg.zorgraad_woorden])
    names_ours = per_text(lambda c: ours.search(quick_fold(c.text)) is not None)
    for row, texts in row_cells(ctx, STUUR, (NAAM, STUUR_TREKKER), last=(STUUR_TREKKER,)):  # NAAM: read again by stuurgroep-sturing
        if NAAM not in texts or STUUR_TREKKER not in texts or not names_ours(texts[STUUR_TREKKER]):
            continue
        title, trekker = texts[NAAM].text, texts[STUUR_TREKKER].text
        found = words.find_in(title)
        if found:
            yield Hit(STUUR, row, NAAM, {"waarde": title, "trekker": trekker, "woord": found})


@sheet_rule(
    "stuurgroep-doel-concreet",
    severity=WARNING,
    sheet=STUUR,
    message="'Concrete doelstelling' {probleem} ('{waarde}'). Verwacht: aan welke concrete resultaten of doelstelling de stuurgroep werkt, idealiter SMART, zodat dit geëvalueerd kan worden in het jaarverslag; ligt ze stil, zeg dan in 'Opmerking' of ze in {werkjaar} samenkomt.",
    summary="Een stuurgroep heeft een concrete doelstelling: niet 'on hold', 'ligt stil' of 'nog niet op punt', en niet alleen algemene woorden ('afstemming', 'samenwerking', 'informatie-uitwisseling'); een korte doelstelling mag.",
    quote="aan welke concrete resultaten of doelstelling de stuurgroep werkt (idealiter SMART geformuleerd), zodat dit geëvalueerd kan worden in het jaarverslag,",
)
def stuurgroep_doel_concreet(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 179-180 (seed 000).
    Wrong: `Doelstelling staat nog niet volledig op punt.`, `… ligt momenteel stil omwille van geen
    regering`, `Afstemming van elkaars werking.`, `Samenwerking en informatie-uitwisseling
    versterken.` (only general words: what result?).
    Right: `Advies geven aan de GGC-minister over dossiers binnen de eerstelijnszorg in Brussel.`,
    `Draaiboek hittegolven tegen mei.` (short but concrete: since issue 21 the length is no
    defect by itself). Words: settings (`doel_vaag_woorden`; `[inhoud] doel_algemene_woorden`
    with the generic target-group words and the overlap stop words; words shorter than 4 letters
    do not count).
    """
    words = phrases(typed(ctx.settings).stuurgroepen.vertegenwoordiging.doel_vaag_woorden)
    cfg = typed(ctx.settings)
    general = word_set((*inhoud(ctx.settings).doel_algemene_woorden, *cfg.actiefiches.doelgroep_generiek, *cfg.overlap.stopwoorden))
    vague = ctx.cache.get("tabellen.doel_vaag", set)  # stuurgroep-sturing says nothing more on them

    def judge(cell) -> tuple[str, str] | None:
        """(the problem, the words shown) of an objective, or None when it is concrete."""
        span = words.where(cell)
        if span:
            return f"zegt '{cell.text[span[0] : span[1]]}'", around(cell.text, *span)
        if all(w in general or len(w) < 4 for w in letter_words(cell.folded)):
            return "noemt alleen algemene woorden, geen concreet resultaat", cell.text
        return None

    judged = per_text(judge)
    for cell in cells(ctx, STUUR, DOEL):  # read again by stuurgroep-sturing
        found = judged(cell)
        if found is None:
            continue
        problem, shown = found
        vague.add(cell.row)
        yield Hit(STUUR, cell.row, DOEL, {"probleem": problem, "waarde": shown, "werkjaar": ctx.settings.werkjaar})


@sheet_rule(
    "stuurgroep-sturing",
    severity=INFO,
    sheet=STUUR,
    message="'{kolom}' beschrijft een vergadering om te informeren of uit te wisselen ('{woord}'), niet om strategische beslissingen te nemen, richting te geven of de voortgang van projecten op te volgen. Ter info: de tabel bevat stuurgroepen met die bedoeling; bij twijfel opnemen en in 'Opmerking' toelichten.",
    summary="Een stuurgroep is een terugkerende vergadering om strategische beslissingen te nemen, richting te geven of de voortgang van projecten op te volgen, geen informatievergadering (ter info; een AV van een organisatie waarvan de zorgraad lid is, nooit).",
    quote="Terugkerende vergaderingen rond een bepaald (inhoudelijk) thema, onder de naam “stuurgroep”, “werkgroep”, of andere namen, waarbij het de bedoeling is strategische beslissingen te nemen, richting te geven of voortgang van bepaalde projecten op te volgen.",
)
def stuurgroep_sturing(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 189-191 and 200 (seed 000).
    Wrong (info): `Infomoment thuiszorgdiensten` with `Concrete doelstelling` = `Elkaar
    informeren over het aanbod in de regio.` (informing, nothing decided or followed up).
    Right: `Zorgnetwerk dementie` = `De partners bepalen samen de prioriteiten en volgen de
    acties op.`; a general assembly of an organisation the zorgraad is a member of (never
    questioned: `[inhoud] lid_av_woorden`); a row that names no purpose either way. Info only:
    the template says "Bij twijfel … neem die dan op". Words: settings (`[inhoud]
    informatie_woorden`, `sturing_woorden`, also inside longer words).
    """
    cfg = inhoud(ctx.settings)
    info, steering, member = phrases(cfg.informatie_woorden), parts(cfg.sturing_woorden), phrases(cfg.lid_av_woorden)
    vague = ctx.cache.get("tabellen.doel_vaag", set)
    steers, informs = per_text(lambda c: steering.in_text(c.folded)), per_text(info.find)
    for row, texts in row_cells(ctx, STUUR, (NAAM, DOEL), last=(NAAM, DOEL)):  # the last rule to read them
        if NAAM in texts and member.search(texts[NAAM].folded) or row in vague:
            continue  # a members' general assembly is never questioned; a vague objective is reported
        if any(map(steers, texts.values())):
            continue
        for col, cell in texts.items():
            found = informs(cell)
            if found:
                yield Hit(STUUR, row, col, {"woord": found})
                break


EVENT_LINK = "Link eerdere actiefiche"


@sheet_rule(
    "netwerkevent-lopende-actie",
    severity=WARNING,
    sheet=EVENTS,
    message="'Link eerdere actiefiche' antwoordt Ja ('{waarde}'), maar {waar} zegt dat de actie nooit in een actiefiche stond ('{woord}'). Verwacht: 'Ja' alleen bij een actie uit een actiefiche van {vorig} of eerder; bij een actie die al liep maar nooit in een actiefiche stond: 'Nee', met kort vermeld bij welke lopende actie het netwerkevent hoort (bv. 'Nee, hoort bij het lopende project …').",
    summary="Een netwerkevent bij een actie die al liep maar nooit in een actiefiche stond, zegt dat kort en antwoordt Nee bij Link eerdere actiefiche (niet Ja); een kaal 'Nee' mag.",
    quote="Netwerkevents gekoppeld aan een inhoudelijke actie die al lopende was/is voor 2026, maar nog nooit in een actiefiche werd opgenomen. Vermeld dit kort in onderstaande tabel.",
)
def netwerkevent_lopende_actie(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 726 and 739-740 (seed 000): the column asks "Is dit gelinkt
    aan een actiefiche uit 2025 of eerder actieplan of staat dit los van een inhoudelijke
    actiefiche?", so an event of an action that was never in a fiche stands apart from any fiche.
    Wrong: `Link eerdere actiefiche` = `Ja, bij onze buurtwerking die nooit in een actiefiche
    stond`; `Ja` with `Opmerking` = `Hoort bij het lopende valpreventieproject, zonder actiefiche`.
    Right: a bare `Nee` (an event on its own, or one whose action the row names elsewhere); `Nee,
    hoort bij het lopende project valpreventie (nooit in een actiefiche)`; `Ja (actiefiche 2024
    …)`. Words: a setting (`[inhoud] nooit_fiche_woorden`).
    """
    frame = ctx.frame(EVENTS)
    if frame is None or frame.empty or EVENT_LINK not in frame:
        return
    never = gapped(inhoud(ctx.settings).nooit_fiche_woorden)
    # events repeat their answers and follow-up: each distinct text read once
    linked, said = per_text(lambda c: link_answer(c.text) is True), per_text(lambda c: never.search(c.folded))
    for row, texts in row_cells(ctx, EVENTS, (EVENT_LINK, EVENT_TITEL, OPVOLGING, OPMERKING), last=(EVENT_LINK,)):  # the only rule to read it
        link = texts.get(EVENT_LINK)
        if link is None or not linked(link):
            continue
        for col, cell in texts.items():
            m = said(cell)
            if m:
                s, e = span_as_written(cell.text, *m)
                waar = "dezelfde cel" if col == EVENT_LINK else f"'{col}'"
                yield Hit(EVENTS, row, EVENT_LINK, {"waarde": link.text, "waar": waar, "woord": cell.text[s:e], "vorig": ctx.settings.werkjaar - 1})
                break


@sheet_rule(
    "netwerkevent-opvolging",
    severity=WARNING,
    sheet=EVENTS,
    message="'Opvolging/evaluatie' zegt niet hoe het netwerkevent opgevolgd of geëvalueerd wordt ('{waarde}'). Verwacht: bv. een bevraging van de deelnemers (Microsoft Forms), een interne evaluatie, of hoe u nagaat of actoren met de informatie of de gelegde connecties aan de slag gaan.",
    summary="Opvolging/evaluatie zegt hoe het netwerkevent opgevolgd of geëvalueerd wordt.",
    quote="de verwachte opkomst … en hoe het evenement opgevolgd/geëvalueerd wordt (vb. gaan actoren met de aangeboden informatie of gelegde connecties aan de slag?)",
)
def netwerkevent_opvolging(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 723-724 (seed 000).
    Wrong: `De achterban wordt bevraagd (input en goedkeuring actieplannen en meerjarenplan),
    bespreking inhoudelijk thema, netwerkmoment` (what happens at the event, not how it is
    evaluated).
    Right: `Iedere editie wordt geëvalueerd via Microsoft Forms bij de deelnemers`, `Peiling naar
    impact …`. Words: a setting (`[netwerkevents.opvolging] woorden`, also inside longer words).
    On the real BruZEL plan 1 of 5 events (the Forum) is reported, rightly.
    """
    words = parts(typed(ctx.settings).netwerkevents.opvolging.woorden)
    followed = per_text(lambda c: words.in_text(c.folded))  # events repeat their follow-up
    for cell in cells(ctx, EVENTS, OPVOLGING):
        if not followed(cell):
            yield Hit(EVENTS, cell.row, OPVOLGING, {"waarde": cell.text})


@sheet_rule(
    "netwerkevent-format",
    severity=WARNING,
    sheet=EVENTS,
    message="'Titel + format' {probleem} ('{waarde}'). Verwacht: de titel + een korte (!) toelichting over het format, bv. 'online webinar', 'aangeboden lunch + inhoudelijke spreker' of 'receptie'.",
    summary="Titel + format geeft de titel en een korte toelichting over het format (lunch, webinar, receptie …), niet langer dan {netwerkevents[format][max_tekens]} tekens.",
    quote="de titel + korte (!) toelichting over het format vb. online webinar OF aangeboden lunch + inhoudelijke spreker OF receptie OF….;",
)
def netwerkevent_format(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, line 719 (seed 000).
    Wrong: `Ontmoetingsdag eerstelijn` (which format?); a title of three sentences.
    Right: `Eerstelijnsmeeting: aangeboden lunch + inhoudelijke spreker`, `Zorgwijkoverleg,
    aangeboden lunch + casusbespreking`. Words and length: settings (`[netwerkevents.format]`;
    format words also inside longer words). On the real BruZEL plan: no finding.
    """
    cfg = typed(ctx.settings).netwerkevents.format
    words, maximum = parts(cfg.woorden), cfg.max_tekens
    for row, texts in _rows(ctx, EVENTS, (EVENT_TITEL,)):
        text = texts.get(EVENT_TITEL)
        if not text:
            continue
        length = len(" ".join(text.split()))
        if length > maximum:
            problem = f"telt {length} tekens, meer dan {maximum}"
        elif not words.in_text(quick_fold(text)):
            problem = "noemt geen format"
        else:
            continue
        yield Hit(EVENTS, row, EVENT_TITEL, {"probleem": problem, "waarde": text})


# a number of times or editions: '3 keer', '2x', '1 periode', '4 edities' (\d\d* for \d+: a pattern
# that starts with a digit lets the regex engine jump from digit to digit)
_TIMES = re.compile(r"\d\d*\s*(?:x|keer|maal|periode|editie)")


@sheet_rule(
    "netwerkevent-timing",
    severity=WARNING,
    sheet=EVENTS,
    message="'Frequentie + timing' {probleem} ('{waarde}'). Verwacht: hoe vaak en/of wanneer in {werkjaar} het netwerkevent plaatsvindt, bv. '1x/jaar in maart', '3x/jaar', 'najaar {werkjaar}'.",
    summary="Frequentie + timing zegt hoe vaak of wanneer het netwerkevent plaatsvindt, in het werkjaar.",
    quote=FROM_YEAR,
)
def netwerkevent_timing(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 715 and 721 (seed 000).
    Wrong: `Wordt nog bekeken` (no frequency, no time), `maart 2025` (another year than the
    working year).
    Right: `1x/jaar in maart`, `3x/jaar in 4 verschillende regio's`, `1 periode in het jaar`,
    `najaar 2026`. Words: the steering groups' frequency words and `[netwerkevents.format]
    timing_woorden`, with month names. On the real BruZEL plan: no finding.
    """
    werkjaar = ctx.settings.werkjaar
    markers = phrases([*typed(ctx.settings).netwerkevents.format.timing_woorden, *MONTHS])

    def judge(cell) -> str | None:
        """The problem of a timing, or None."""
        text = cell.text
        named = years_of(text)
        if named and werkjaar not in named:
            return "noemt " + ", ".join(str(y) for y in sorted(set(named))) + f", niet het werkjaar {werkjaar}"
        _, often = looptijd_frequentie(text, ctx.settings)
        folded = quick_fold(text)
        if often or named or markers.search(folded) or _TIMES.search(folded):
            return None
        return "zegt niet hoe vaak of wanneer"

    problem_of = per_text(judge)  # events repeat their timing ('1x/jaar', 'najaar 2026')
    for cell in cells(ctx, EVENTS, TIMING, last=True):  # the only rule to read it
        problem = problem_of(cell)
        if problem is not None:
            yield Hit(EVENTS, cell.row, TIMING, {"probleem": problem, "waarde": cell.text, "werkjaar": werkjaar})


@sheet_rule(
    "netwerkevent-organisator",
    severity=INFO,
    sheet=EVENTS,
    message="'{kolom}' zegt '{woord}': organiseert de zorgraad dit netwerkevent zelf? Ter info: de tabel bevat de netwerkevents die de zorgraad zal organiseren in {werkjaar}; bij twijfel opnemen en in 'Opmerking' de rol van de zorgraad toelichten.",
    summary="Een netwerkevent wordt door de zorgraad zelf georganiseerd (geen 'ondersteunende rol' of een andere trekker; ter info).",
    quote=FROM_YEAR,
)
def netwerkevent_organisator(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, line 715 (seed 000).
    Wrong (info): `Kijkstages …, Kenniscentrum Welzijn, Wonen, Zorg is trekker.` with `BruZEL neemt
    een ondersteunde rol op en staat mee in voor de bekendmaking`.
    Right: `Eerstelijnsmeeting: aangeboden lunch + inhoudelijke spreker` organised by the zorgraad.
    Info, not a warning: the template says "bij twijfel … neem die dan op"; on the real BruZEL plan
    the one row reported (Kijkstages) is indeed organised by another actor, a fair question.
    Words: a setting (`[netwerkevents.organisator] woorden`).
    """
    find = per_text(phrases(typed(ctx.settings).netwerkevents.organisator.woorden).find)  # events repeat their follow-up
    for row, texts in row_cells(ctx, EVENTS, (EVENT_TITEL, OPVOLGING, OPMERKING), last=(EVENT_TITEL, OPVOLGING, OPMERKING)):  # the last rule to read them
        for col, cell in texts.items():
            found = find(cell)
            if found:
                yield Hit(EVENTS, row, col, {"woord": found, "werkjaar": ctx.settings.werkjaar})
                break


def _ongoing_columns(ctx) -> tuple[str, str]:
    return f"{MIJLPALEN_PREFIX} {ctx.settings.werkjaar}", INZET


@sheet_rule(
    "doorlopend-afronding",
    severity=WARNING,
    sheet=DOORLOPEND,
    message="Bij de doorlopende actie '{titel}' staat niet of ze in {werkjaar} wordt afgerond ('{waarde}'). Verwacht: in '{mijlpalen}' of '{inzet}' of de actie dit jaar afloopt of nog doorloopt.",
    summary="Een doorlopende actie zegt of ze in het werkjaar wordt afgerond.",
    quote=FROM_YEAR,
)
def doorlopend_afronding(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, line 855 (seed 000).
    Wrong: milestones `4 workshops verspreid over het jaar` and `Verduurzaamd bij Brusano.` with no
    word on whether it ends.
    Right: `… wordt in juni 2026 afgerond`, or `Ook de komende jaren zal er blijvend inzet nodig
    zijn` (it runs on). Words: a setting (`[doorlopend.vragen] afronding_woorden`), or a year
    after the working year. An empty milestone cell is doorlopend-mijlpalen-leeg. On the real
    BruZEL plan: no finding.
    """
    mijlpalen, inzet = _ongoing_columns(ctx)
    werkjaar = ctx.settings.werkjaar
    ends = per_text(lambda c: _says_ending(ctx, c.folded, c.text))  # ongoing actions repeat their texts
    for row, texts in row_cells(ctx, DOORLOPEND, (DOORLOPEND_TITEL, mijlpalen, inzet), last=(DOORLOPEND_TITEL, mijlpalen)):  # inzet: read again later
        if mijlpalen not in texts:
            continue  # doorlopend-mijlpalen-leeg
        said = [texts[c] for c in (mijlpalen, inzet) if c in texts]
        if any(map(ends, said)):
            continue
        title = texts[DOORLOPEND_TITEL].text if DOORLOPEND_TITEL in texts else ""
        yield Hit(DOORLOPEND, row, mijlpalen, {"titel": title, "werkjaar": werkjaar, "waarde": texts[mijlpalen].text, "mijlpalen": mijlpalen, "inzet": inzet})


@sheet_rule(
    "doorlopend-blijvende-inzet",
    severity=WARNING,
    sheet=DOORLOPEND,
    message="'{kolom}' zegt niet of er de komende jaren blijvende inzet van de zorgraad nodig is ('{waarde}'). Verwacht: welke inspanningen de actie verduurzamen, en of de zorgraad er na {werkjaar} nog tijd in steekt.",
    summary="Verduurzaming + blijvende inzet zegt of er de komende jaren blijvende inzet van de zorgraad nodig is.",
    quote="welke inspanningen worden ondernomen om de actie te verduurzamen? Is er (ook) de komende jaren blijvende inzet nodig van uit de zorgraad?",
)
def doorlopend_blijvende_inzet(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 856-858 (seed 000).
    Wrong: `De workshops worden met de deelnemers geëvalueerd.` (and the zorgraad after that?).
    Right: `Ook de komende jaren zal er blijvend inzet nodig zijn vanuit BruZEL`, `Na 2026 is geen
    inzet van de zorgraad meer nodig`, a handover (`De verenigingen nemen de organisatie vanaf
    2027 over`: no lasting effort of the zorgraad, which answers the question; '…' is up to ten
    words of the sentence), or the zorgraad staying on under one of its own names (`Team Kust blijft
    …`, Algemeen: Zorgraad, Andere namen). Words: a setting (`[doorlopend.vragen] inzet_woorden`).
    On the real BruZEL plan: no finding.
    """
    _, inzet = _ongoing_columns(ctx)
    words = gapped(typed(ctx.settings).doorlopend.vragen.inzet_woorden, wide=True)
    unsaid = per_text(lambda c: not words.search(c.folded) and not _stays_on(ctx, c.folded))  # texts repeat
    for cell in cells(ctx, DOORLOPEND, inzet, last=True):  # the last rule to read it
        if unsaid(cell):
            yield Hit(DOORLOPEND, cell.row, inzet, {"waarde": cell.text, "werkjaar": ctx.settings.werkjaar})


def _fiche_content_index(ctx) -> tuple[list[tuple[int, str]], WordIndex | None]:
    """Per fiche (Excel row, title) and the index of the meaningful words of its Wat? and Wat ga je
    wel doen?, without the words that many fiches share (they say nothing about one fiche)."""
    return ctx.cache.get("tabellen.fiche_content", lambda: _build_fiche_content_index(ctx))


def _build_fiche_content_index(ctx: Context) -> tuple[list[tuple[int, str]], WordIndex | None]:
    fiches = ctx.frame("Actiefiches")
    if fiches is None or fiches.empty or "Titel actie" not in fiches:
        return [], None
    # only the words some steering group or event title holds can be shared: stem just those
    _, _, titles = _fiche_index(ctx)
    vocabulary = frozenset().union(*(words for rows in titles.values() for _, _, words in rows))
    forms = vocabulary | {w + "en" for w in vocabulary} | {w + "s" for w in vocabulary}
    # a word is a run of 3 letters or more (the runs split apart in C, not found by a regex)
    forms = frozenset(w for w in forms if len(w) >= 3)
    content: dict[int, frozenset[str]] = {}
    # Wat? and what the fiche will do; what it will not do is no reason to call a group its own
    # built once per check, after the fiche rules: no rule reads these two columns' cells later
    # a fiche's words are those of its cells together (each word is judged on its own), each
    # distinct text read once
    kept: dict[str, str | None] = {}  # each word judged once
    words_of = per_text(lambda c: meaningful_among(forms.intersection(letter_words(c.folded)), ctx.settings, kept))
    for row, found in row_cells(ctx, "Actiefiches", ("Wat?", "Wat ga je wel doen?"), last=("Wat?", "Wat ga je wel doen?")):
        words = frozenset().union(*map(words_of, found.values()))
        if words:
            content[row] = words
    rows = [(int(r), t) for r, t in zip(fiches.index.tolist(), fiches["Titel actie"].tolist())]
    overlap = typed(ctx.settings).overlap
    limit = max(3, int(len(rows) * overlap.max_aandeel_fiches))
    index = WordIndex((content.get(r, frozenset()) for r, _ in rows), overlap.min_gedeelde_woorden, common=limit)
    return rows, index


def _content_overlaps(ctx, sheet: str, column: str) -> Iterable[Hit]:
    """Rows of ``sheet`` whose title's meaningful words are (nearly) all in one fiche's Wat? and
    scope, and that the title comparison did not report already."""
    rows, content = _fiche_content_index(ctx)
    if not rows:
        return
    fiches, index, titles = _fiche_index(ctx)
    cfg = typed(ctx.settings)
    k, share = cfg.overlap.min_gedeelde_woorden, cfg.overlap.min_aandeel_titel
    generic = word_set(cfg.actiefiches.doelgroep_generiek, stemmed=True)  # folded and stemmed like meaningful words
    fiche_side = _wrong_side(ctx, sheet)
    for (row, title, all_words), matched in zip(titles[sheet], _title_matches(ctx, sheet)):
        if matched is not None:
            continue  # stuurgroep/netwerkevent-overlapt-fiche reports it
        words = frozenset(w for w in all_words if w not in generic)  # 'gezondheid', 'welzijn' say nothing
        if len(words) < k:
            continue
        found = content.first(words, need=math.ceil(len(words) * share))
        if found is None:
            continue
        f_row, f_title = rows[found[0]]
        if f_row in fiche_side:
            continue  # the fiche is what should go: the finding is on the fiche
        yield Hit(sheet, int(row), column, {"waarde": title, "fiche": f_title, "rij_fiche": f_row, "woorden": ", ".join(found[1])})


@sheet_rule(
    "stuurgroep-in-fiche",
    severity=WARNING,
    sheet=STUUR,
    message="De stuurgroep '{waarde}' lijkt te gaan over de actie van de actiefiche '{fiche}' (blad Actiefiches, rij {rij_fiche}: Wat? en 'Wat ga je wel doen?' noemen {woorden}). Verwacht: stuurgroepen over een actie met een actiefiche in dit actieplan staan niet in deze tabel; haal de rij weg of licht in 'Opmerking' toe waarom ze er wel bij hoort.",
    summary="Een stuurgroep gaat niet over een actie met een actiefiche: haar titel staat niet (bijna) woord voor woord in Wat? en 'Wat ga je wel doen?' van een fiche.",
    quote=FROM_YEAR,
)
def stuurgroep_in_fiche(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, line 196 (seed 000).
    Wrong: a steering group `Werkgroep preventienetwerk vaccinatie` while a fiche's `Wat?` says
    `… een duurzaam preventienetwerk … een projectmatige strategie rond vaccinatie`.
    Right: `Ontbijtsessies vaccinatie` (one of its two words in the fiche); a group whose title
    shares words with a fiche's title is stuurgroep-overlapt-fiche. At least
    `min_gedeelde_woorden` (2) and `min_aandeel_titel` (2 of 3) of the title's meaningful words
    must be in one fiche's Wat? and `Wat ga je wel doen?` (not `Wat ga je niet doen?`: what a fiche
    leaves out is no reason to call a group its own); words in more than `max_aandeel_fiches` of
    the fiches are left out. On the real BruZEL plan: no finding.
    """
    yield from _content_overlaps(ctx, STUUR, NAAM)


@sheet_rule(
    "netwerkevent-in-fiche",
    severity=WARNING,
    sheet=EVENTS,
    message="Het netwerkevent '{waarde}' lijkt te horen bij de actie van de actiefiche '{fiche}' (blad Actiefiches, rij {rij_fiche}: Wat? en 'Wat ga je wel doen?' noemen {woorden}). Verwacht: netwerkevents bij een actie met een actiefiche in dit actieplan staan niet in deze tabel; haal de rij weg of licht in 'Opmerking' toe waarom ze er wel bij hoort.",
    summary="Een netwerkevent hoort niet bij een actie met een actiefiche: zijn titel staat niet (bijna) woord voor woord in Wat? en 'Wat ga je wel doen?' van een fiche.",
    quote=FROM_YEAR,
)
def netwerkevent_in_fiche(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, line 745 (seed 000).
    Wrong: an event `Infosessie vaccinatie preventienetwerk` while a fiche's `Wat?` says `… een
    duurzaam preventienetwerk … rond vaccinatie op wijkniveau`.
    Right: `Eerstelijnsmeeting: aangeboden lunch + inhoudelijke spreker` (format words are stop
    words). Thresholds as stuurgroep-in-fiche. On the real BruZEL plan: no finding.
    """
    yield from _content_overlaps(ctx, EVENTS, EVENT_TITEL)
