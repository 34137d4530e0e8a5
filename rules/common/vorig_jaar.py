"""Rules that compare the plan with last year's plan (``actieplan controleer PLAN --vorig-jaar VORIG``).

Last year's workbook is read with the same loader but not judged: every finding is on this
year's workbook. Without a previous workbook these rules find nothing.

Similarity comes from rapidfuzz, on folded text (lower case, no accents, no years, no
punctuation):

* two **fiches** are the same action when their texts are: the mean of the two most alike of
  `Wat?`, `Waarom?` and `Plan van aanpak en mijlpalen` (``fuzz.ratio``, 0-100, in word order: a
  sentence added or other years change little, the same words in another text do not count), or
  that together with the titles;
* two **titles** name the same action when most of the shorter title's words (stop words left
  out, weighted by length) occur in the other, a word matching a word that is the same up to a
  typo or a part of a compound (``fuzz.ratio``, ``fuzz.partial_ratio``): `Hulp- en zorgzones`
  is in `BruZEL betrekt ... bij de uitbouw van de vijf Brusselse hulp- en zorgzones`.
  An ongoing action's short title names the fiche that is clearly the closest even a little
  below the threshold (:func:`clearly_named`).

The thresholds are the year's settings (``[vorig_jaar]`` in ``settings.toml``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Iterable

import numpy as np
# rapidfuzz is imported where it is used: only a comparison with last year's plan needs it, and a
# check without one keeps its memory (a few MB of the peak at 10.000 fiches) for the rules

from actieplan.api import INFO, WARNING, Context, Hit, sheet_rule
from actieplan.api import clean_text, dutch_number, header_key, parse_number, table_of
from actieplan.rules.common.structure import link_answer
from actieplan.rules.settings import FROM_YEAR, SCHEMA, typed
from actieplan.rules.text.dates import years_in_parentheses
from actieplan.rules.text.index import WordIndex
from actieplan.rules.text.words import bounded_letters, title_words

from actieplan.rules.common.plan import capacity, eigen_woorden
from actieplan.rules.common.plan import CAPACITEIT_CODES

FICHES, DOORLOPEND, EVENTS, STUUR, CAP = "Actiefiches", "Doorlopende acties", "Netwerkevents", "Stuurgroepen", "Capaciteit"
TITLE = "Titel actie"
DOORLOPEND_TITEL = "Titel + jaar actiefiche"
EVENT_TITEL, EVENT_LINK = "Titel + format", "Link eerdere actiefiche"
STUUR_NAAM = "Naam en/of thema"
TEXTS = ("Wat?", "Waarom?", "Plan van aanpak en mijlpalen")
VTE = "Geschatte capaciteit in # VTE"

__settings__ = (SCHEMA,)

# a word this long found inside a longer one is a part of that compound; shorter ones ('gezond' in
# 'gezondheidsfiches') are too often a different word
MIN_COMPOUND_PART = 8
# the prefilter: each fiche or title is compared in full only with this many of last year's
# fiches, those sharing the most rare words with it (with fewer fiches last year: all of them,
# so a plan of a real zorgraad, 5 to 30 fiches, is compared exactly as without the prefilter)
MAX_CANDIDATES = 40
# What is compared is bounded (issue 19): a cell of 32,000 characters costs no more than a real
# fiche's text. A text counts by its first MAX_TEXT_CHARS folded characters (the 2026 example's
# longest text is 2,300; a copied fiche is alike from its first sentence); a title by its first
# MAX_TITLE_CHARS (and its words as rules/text/words.py's title_words bounds them: a title of real
# length keeps all its words, so a short title still matches a long one).
MAX_TEXT_CHARS = 2000
MAX_TITLE_CHARS = 300
# A short title of last year's fiche (issue 21, point 8): when no fiche reaches the title
# threshold, the closest one is the match when it is clearly the best: at least CLEAR_LEAD (15
# points of 100) above the next and at most NEAR_THRESHOLD (10 points) below the threshold.
CLEAR_LEAD = 0.15
NEAR_THRESHOLD = 0.10


# --------------------------------------------------------------------------- similarity


def copy_scores(fiches: list["Fiche"], previous: list["Fiche"], min_chars: int) -> np.ndarray:
    """How alike each fiche is to each of last year's (0-100), as a matrix: the texts' score (the
    mean of the two most alike of Wat?, Waarom? and Plan van aanpak, ``fuzz.ratio``; only texts of
    at least ``min_chars`` on both sides count), or that together with the titles' when higher.
    rapidfuzz's cdist compares all pairs in C++."""
    from rapidfuzz import fuzz, process

    per_column = []
    for col in TEXTS:
        a = [f.texts.get(col, "") for f in fiches]
        b = [p.texts.get(col, "") for p in previous]
        m = process.cdist(a, b, scorer=fuzz.ratio, dtype=np.float32)
        ok = np.outer([len(x) >= min_chars for x in a], [len(y) >= min_chars for y in b])
        per_column.append(np.where(ok, m, np.nan))
    stacked = np.sort(np.stack(per_column), axis=0)  # NaN sorts last
    counted = (~np.isnan(stacked)).sum(axis=0)
    filled = np.nan_to_num(stacked)
    # the two highest counted scores: with three, rows 1 and 2; with two, rows 0 and 1; with one, row 0
    top1 = np.choose(np.clip(counted - 1, 0, 2), filled)
    top2 = np.choose(np.clip(counted - 2, 0, 2), filled)
    texts = np.where(counted >= 2, (top1 + top2) / 2, np.where(counted == 1, top1, 0.0))
    titles = process.cdist([bounded_letters(f.title, MAX_TITLE_CHARS) for f in fiches],
                           [bounded_letters(p.title, MAX_TITLE_CHARS) for p in previous],
                           scorer=fuzz.token_sort_ratio, dtype=np.float32)
    return np.maximum(texts, (texts + titles) / 2)


def candidates(docs: list[Iterable[str]]) -> WordIndex:
    """An inverted index of last year's fiches (or this year's) by word: :meth:`WordIndex.ranked`
    gives the few worth a full comparison.

    A word shared by more than a tenth of the fiches (and more than MAX_CANDIDATES) says nothing
    about which fiche is meant (`bruzel`, `brussel`) and is left out, so every look-up costs at most
    that many postings per word: the whole comparison grows with N, not N x N.
    """
    return WordIndex(docs, common=max(MAX_CANDIDATES, len(docs) // 10))


def _all_words(f: "Fiche") -> set[str]:
    return {w for text in f.texts.values() for w in text.split() if len(w) >= 4} | set(bounded_letters(f.title, MAX_TITLE_CHARS).split())


def best_copies(fiches: list["Fiche"], previous: list["Fiche"], min_chars: int) -> list[tuple[int, float]]:
    """For each fiche, the most alike of last year's (index, score) by ``copy_scores``, among the
    candidates of the word index (all of last year's when there are few)."""
    if len(previous) <= MAX_CANDIDATES:
        scores = copy_scores(fiches, previous, min_chars)
        best = scores.argmax(axis=1)
        return [(int(best[i]), float(scores[i, best[i]])) for i in range(len(fiches))]
    index = candidates([_all_words(p) for p in previous])
    out = []
    for f in fiches:
        cand = index.ranked(_all_words(f), MAX_CANDIDATES)
        if not cand:
            out.append((0, 0.0))
            continue
        row = copy_scores([f], [previous[j] for j in cand], min_chars)[0]
        k = int(row.argmax())
        out.append((cand[k], float(row[k])))
    return out



@functools.lru_cache(maxsize=65536)
def _same_word(a: str, b: str, threshold: float) -> bool:
    from rapidfuzz import fuzz

    if a == b or fuzz.ratio(a, b) >= threshold:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # a part of a compound: 'buurtprojecten' in 'buurtprojectenondersteuning'
    return len(short) >= MIN_COMPOUND_PART and fuzz.partial_ratio(short, long_) >= threshold


def clearly_named(scored: list[tuple[float, "Fiche"]], threshold: float) -> "Fiche | None":
    """The fiche of last year a title names, from its candidates scored by :func:`title_match`
    (best first): the best when it reaches ``threshold``; else the best when it is clearly the
    best, CLEAR_LEAD above the next (or alone) and within NEAR_THRESHOLD of ``threshold`` (a short
    title of a long one); else None. Only the few ranked candidates are scored (issue 19's bound)."""
    if not scored:
        return None
    best, fiche = scored[0]
    if best >= threshold:
        return fiche
    following = scored[1][0] if len(scored) > 1 else 0.0
    if best >= threshold - NEAR_THRESHOLD - 1e-9 and best - following >= CLEAR_LEAD - 1e-9:
        return fiche
    return None


def title_match(a: tuple[str, ...], b: tuple[str, ...], word_threshold: float) -> float:
    """The share (0-1, weighted by word length) of the shorter title's words found in the other."""
    if not a or not b:
        return 0.0
    short, other = (a, b) if sum(map(len, a)) <= sum(map(len, b)) else (b, a)
    found = sum(len(w) for w in short if any(_same_word(w, o, word_threshold) for o in other))
    return found / sum(len(w) for w in short)


# --------------------------------------------------------------------------- the comparison


@dataclass
class Fiche:
    row: int
    title: str
    words: tuple[str, ...]
    texts: dict[str, str]
    table: int | None = None  # its table in a Word document (a fiche is a table there); None in a workbook

    def place(self, sheet_too: bool = False) -> str:
        """Where the fiche stands in its plan: 'tabel 7' in a Word document, else its row ('rij 2',
        with ``sheet_too`` 'blad Actiefiches, rij 2')."""
        if self.table is not None:
            return f"tabel {self.table}"
        return f"blad {FICHES}, rij {self.row}" if sheet_too else f"rij {self.row}"


@dataclass
class Comparison:
    """This year's plan against last year's, computed once per check."""

    name: str  # last year's workbook's file name
    werkjaar: int | None  # last year's working year
    fiches: list[Fiche]  # this year's
    previous: list[Fiche]  # last year's
    copies: dict[int, tuple[Fiche, float]] = field(default_factory=dict)  # this year's row -> (last year's fiche, score)
    continued: dict[int, tuple[str, str]] = field(default_factory=dict)  # last year's row -> (table, title there)
    related: dict[int, Fiche] = field(default_factory=dict)  # last year's row -> this year's fiche on the same action
    unknown_ongoing: list[tuple[int, str, list[Fiche]]] = field(default_factory=list)  # (row, title, closest)
    # this year's ongoing actions naming last year that were ongoing actions last year too:
    # (row, title, last year's row, last year's title)
    still_ongoing: list[tuple[int, str, int, str]] = field(default_factory=list)
    capacity: dict[str, float | None] = field(default_factory=dict)  # last year's A-F

    @property
    def disappeared(self) -> list[Fiche]:
        return [f for f in self.previous if f.row not in self.continued and f.row not in self.related]


def _stop(ctx) -> frozenset[str]:
    cfg = typed(ctx.settings)
    # besides the overlap's, its own, and the words of this zorgraad's own names ('bruzel', 'brussel'
    # for BruZEL; 'meetjesland' for Zorgraad Meetjesland): they name no action
    return cfg.overlap.stop | cfg.vorig_jaar.stop | eigen_woorden(ctx)


def _read_fiches(workbook, stop: frozenset[str], min_len: int) -> list[Fiche]:
    frame = workbook.frame(FICHES)
    if frame is None or frame.empty or TITLE not in frame:
        return []
    out = []
    columns = {col: frame[col].tolist() if col in frame else [None] * len(frame) for col in TEXTS}
    for k, (row, title) in enumerate(frame[TITLE].items()):
        title = clean_text(title) or ""
        texts = {col: bounded_letters(clean_text(columns[col][k]) or "", MAX_TEXT_CHARS) for col in TEXTS}
        if not title and not any(texts.values()):
            continue
        out.append(Fiche(int(row), title, title_words(title, stop, min_len), texts, table_of(workbook, FICHES, int(row))))
    return out


def _werkjaar(workbook) -> int | None:
    algemeen = workbook.sheets.get("Algemeen")
    _, value = algemeen.fields.get(header_key("Werkjaar"), (None, None)) if algemeen is not None else (None, None)
    number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else parse_number(value)
    return int(number) if number is not None and float(number).is_integer() else None


def comparison(ctx) -> Comparison | None:
    """The comparison with last year's plan (``ctx.previous``), or None without one."""
    previous = ctx.previous
    if previous is None:
        return None
    return ctx.cache.get("vorig_jaar", lambda: _compare(ctx, previous))


def _compare(ctx, previous) -> Comparison:
    cfg = typed(ctx.settings).vorig_jaar
    stop, min_len = _stop(ctx), cfg.min_woordlengte
    word_t, title_t = cfg.woord_drempel, cfg.titel_drempel
    c = Comparison(
        name=previous.path.name,
        werkjaar=_werkjaar(previous),
        fiches=_read_fiches(ctx.workbook, stop, min_len),
        previous=_read_fiches(previous, stop, min_len),
    )
    prev_cap = capacity(Context(previous, ctx.ruleset))  # last year's workbook, with a memo of its own
    c.capacity = {code: (prev_cap[code].value if code in prev_cap else None) for code in CAPACITEIT_CODES}

    # copies: this year's fiche against every fiche of last year; the most alike one counts
    threshold = cfg.kopie_drempel
    if c.fiches and c.previous:
        for f, (j, score) in zip(c.fiches, best_copies(c.fiches, c.previous, cfg.min_tekens)):
            if score >= threshold:
                c.copies[f.row] = (c.previous[j], score)
                c.continued.setdefault(c.previous[j].row, (FICHES, f.title))
    by_title = candidates([p.words for p in c.previous])

    # last year's fiches that go on as an ongoing action, a network event or a steering group
    tables = []
    ongoing = ctx.frame(DOORLOPEND)
    if ongoing is not None and DOORLOPEND_TITEL in ongoing:
        tables.append((DOORLOPEND, [(int(r), t, None) for r, t in ongoing[DOORLOPEND_TITEL].items() if clean_text(t)]))
    events = ctx.frame(EVENTS)
    if events is not None and EVENT_TITEL in events:
        links = events[EVENT_LINK].tolist() if EVENT_LINK in events else [None] * len(events)
        tables.append((EVENTS, [(int(r), t, l) for (r, t), l in zip(events[EVENT_TITEL].items(), links) if clean_text(t)]))
    groups = ctx.frame(STUUR)
    if groups is not None and STUUR_NAAM in groups:
        tables.append((STUUR, [(int(r), t, None) for r, t in groups[STUUR_NAAM].items() if clean_text(t)]))
    link_t = cfg.titel_drempel_met_link
    for table, rows in tables:
        for _, title, link in rows:
            words = title_words(title, stop, min_len)
            says_linked = table == EVENTS and link_answer(clean_text(link)) is True
            scored = []
            for j in by_title.ranked(words, MAX_CANDIDATES):
                p = c.previous[j]
                score = title_match(words, p.words, word_t)
                scored.append((score, p))
                if score >= title_t or (says_linked and score >= link_t):
                    c.continued.setdefault(p.row, (table, clean_text(title) or ""))
            if table == DOORLOPEND:  # an ongoing action named by a short title of last year's fiche
                named_fiche = clearly_named(sorted(scored, key=lambda sp: -sp[0]), title_t)
                if named_fiche is not None:
                    c.continued.setdefault(named_fiche.row, (table, clean_text(title) or ""))
            if says_linked:  # 'Ja, actiefiche X (2025)', 'Gelinkt aan actiefiche X': the fiche it names
                named = title_words(link, stop, min_len)
                for j in by_title.ranked(named, MAX_CANDIDATES):
                    p = c.previous[j]
                    if title_match(named, p.words, word_t) >= title_t:
                        c.continued.setdefault(p.row, (table, clean_text(title) or ""))

    # last year's fiches on the same action as one of this year's (a new phase, a new fiche)
    this_year = candidates([f.words for f in c.fiches])
    for p in c.previous:
        if p.row in c.continued:
            continue
        for k in this_year.ranked(p.words, MAX_CANDIDATES):
            f = c.fiches[k]
            if title_match(p.words, f.words, word_t) >= cfg.verwant_drempel:
                c.related[p.row] = f
                break

    # ongoing actions that name last year's working year: a fiche of last year with that title?
    # Or an ongoing action of last year already (its sheet read with its own year's headers,
    # 'Mijlpalen in 2025'): then it goes on, it is not unknown.
    before = previous.frame(DOORLOPEND)
    prev_ongoing = []
    if before is not None and DOORLOPEND_TITEL in before:
        prev_ongoing = [(int(r), clean_text(t), title_words(t, stop, min_len)) for r, t in before[DOORLOPEND_TITEL].items() if clean_text(t)]
    if ongoing is not None and DOORLOPEND_TITEL in ongoing and c.werkjaar is not None:
        for row, title in ongoing[DOORLOPEND_TITEL].items():
            text = clean_text(title)
            if not text or c.werkjaar not in years_in_parentheses(text):
                continue
            words = title_words(text, stop, min_len)
            scored = sorted(((title_match(words, c.previous[j].words, word_t), c.previous[j]) for j in by_title.ranked(words, MAX_CANDIDATES)), key=lambda sp: -sp[0])
            if clearly_named(scored, title_t) is not None:
                continue
            was = max(((title_match(words, w, word_t), r, t) for r, t, w in prev_ongoing), default=None, key=lambda x: x[0])
            if was is not None and was[0] >= title_t:
                c.still_ongoing.append((int(row), text, was[1], was[2]))
                continue
            closest = [p for s, p in scored[: cfg.toon_titels] if s > 0]
            c.unknown_ongoing.append((int(row), text, closest))
    return c


def facts(ctx) -> dict[str, Any] | None:
    """The comparison for the report and the Controle sheet ("Vergeleken met vorig jaar")."""
    c = comparison(ctx)
    if c is None:
        return None
    return {
        "werkmap": c.name,
        "werkjaar": c.werkjaar,
        # new: neither a copy of a fiche of last year nor the next step of one ("verwant")
        "nieuw": [f.title for f in c.fiches if f.row not in c.copies and f.row not in {r.row for r in c.related.values()}],
        "gekopieerd": [{"fiche": f.title, "rij": f.row, "vorig": c.copies[f.row][0].title, "rij_vorig": c.copies[f.row][0].row}
                       for f in c.fiches if f.row in c.copies],
        "doorlopend": [{"vorig": p.title, "rij_vorig": p.row, "blad": c.continued[p.row][0], "als": c.continued[p.row][1]}
                       for p in c.previous if p.row in c.continued and c.continued[p.row][0] != FICHES],
        "verwant": [{"vorig": p.title, "rij_vorig": p.row, "fiche": c.related[p.row].title} for p in c.previous if p.row in c.related],
        "verdwenen": [{"vorig": p.title, "rij_vorig": p.row} for p in c.disappeared],
        "nog_doorlopend": [{"doorlopend": t, "rij": r, "vorig": tv, "rij_vorig": rv} for r, t, rv, tv in c.still_ongoing],
        "capaciteit": c.capacity,
    }


# --------------------------------------------------------------------------- rules


def _jaar(c: Comparison) -> str:
    return str(c.werkjaar) if c.werkjaar is not None else "vorig jaar"


@sheet_rule(
    "vorig-jaar-fiche-gekopieerd",
    severity=WARNING,
    sheet=FICHES,
    message="De fiche '{waarde}' is (bijna) dezelfde als de fiche '{vorig}' van vorig jaar ({werkmap}, {plaats_vorig}; gelijkenis {score}%). Verwacht: geen actiefiche voor een actie die al in een vorig actieplan stond; verplaats ze naar Doorlopende acties als '{vorig_kort} ({jaar})', met de mijlpalen van dit jaar.",
    summary="Een actiefiche is geen (licht aangepaste) kopie van een actiefiche van vorig jaar (alleen met --vorig-jaar).",
    quote="GEEN actiefiche worden ingevuld/gekopieerd voor acties die al eerder werden opgenomen in een actieplan, die nog doorlopen of waar de zorgraad na verduurzaming nog bij betrokken is. … Het is ook NIET nodig om een actiefiche uit een vorig actieplan opnieuw in dit actieplan te plakken.",
)
def vorig_jaar_fiche_gekopieerd(ctx) -> Iterable[Hit]:
    """
    Wrong: last year's fiche `Workshops inclusieve zorg` pasted again, its title reworded, a
    sentence added to `Wat?` and the years changed to this year.
    Right: the action in Doorlopende acties as `Workshops inclusieve zorg (2025, 2024)`; or a new
    fiche on the same subject with its own texts (`BruZEL actualiseert de gezondheidsfiches` after
    last year's `BruZEL maakt de gezondheidsfiches ... bekend`): shared words such as `Brussel`,
    `eerstelijn`, `samenwerking` or one shared sentence do not make a copy.
    """
    c = comparison(ctx)
    if c is None:
        return
    for f in c.fiches:
        if f.row in c.copies:
            p, score = c.copies[f.row]
            short = p.title.split(":")[0].strip() if ":" in p.title else p.title
            yield Hit(FICHES, f.row, TITLE, {
                "waarde": f.title, "vorig": p.title, "rij_vorig": p.row, "plaats_vorig": p.place(sheet_too=True), "werkmap": c.name,
                "score": round(score), "vorig_kort": short, "jaar": _jaar(c),
            })


@sheet_rule(
    "vorig-jaar-doorlopend-onbekend",
    severity=WARNING,
    sheet=DOORLOPEND,
    message="De doorlopende actie '{waarde}' noemt {jaar}, maar in het actieplan van {jaar} ({werkmap}) staat geen actiefiche met die titel. {dichtst} Verwacht: de titel van de actiefiche van {jaar}, of alleen de jaren waarin de actie echt in een actiefiche stond.",
    summary="Een doorlopende actie die het vorige werkjaar noemt, komt overeen met een actiefiche van vorig jaar (alleen met --vorig-jaar).",
    quote="titel/thema van de actie + in welk jaar werd dit in een actiefiche opgenomen",
)
def vorig_jaar_doorlopend_onbekend(ctx) -> Iterable[Hit]:
    """
    Wrong: `Zorgpad dementie (2025)` while last year's plan has no fiche on it.
    Right: `Hulp- en zorgzones (2025)` with last year's fiche `Hulp- en zorgzones: BruZEL betrekt
    het Nederlandstalige netwerk ...`; a short title of a long one that is clearly the closest
    (`Werkkrachten na COVID winnen (2025)` for `Werkkrachten na de COVID-19-crisis opnieuw warm
    maken voor een job in de zorg- en welzijnssector: ...`, 74 against the next 52, threshold 75:
    :func:`clearly_named`). Years before last year cannot be checked against last year's workbook
    and are not reported: `Bewegen op Verwijzing (2023, 2022)`.
    """
    c = comparison(ctx)
    if c is None:
        return
    for row, title, closest in c.unknown_ongoing:
        if closest:
            shown = "; ".join(f"'{p.title}' ({p.place()})" for p in closest)
            dichtst = f"Het dichtst daarbij: {shown}."
        else:
            dichtst = "Geen enkele fiche van vorig jaar lijkt erop."
        yield Hit(DOORLOPEND, row, DOORLOPEND_TITEL, {"waarde": title, "jaar": _jaar(c), "werkmap": c.name, "dichtst": dichtst})


@sheet_rule(
    "vorig-jaar-fiche-verdwenen",
    severity=INFO,
    sheet=DOORLOPEND,
    message="De actiefiche '{vorig}' van vorig jaar ({werkmap}, {plaats_vorig}) komt dit jaar nergens terug: niet bij de doorlopende acties, de netwerkevents, de stuurgroepen of de actiefiches. Is de actie afgerond? Loopt ze nog door, vermeld ze dan in Doorlopende acties als '{vorig_kort} ({jaar})'.",
    summary="Elke actiefiche van vorig jaar komt terug als doorlopende actie, netwerkevent, stuurgroep of fiche, of is afgerond (alleen met --vorig-jaar; info).",
    quote=FROM_YEAR,
)
def vorig_jaar_fiche_verdwenen(ctx) -> Iterable[Hit]:
    """
    Wrong (info): last year's fiche `BruZEL actualiseert de lokale sociale kaart van Jette`
    appears nowhere this year; was it finished?
    Right: last year's `Hulp- en zorgzones: ...` listed as the ongoing action `Hulp- en zorgzones
    (2025)`, or last year's `BruZEL breidt het zorgwijkoverleg uit ...` as the network event
    `Zorgwijkoverleg, aangeboden lunch + casusbespreking` with `Link eerdere actiefiche: Ja`, or a
    network event whose `Link eerdere actiefiche` names the fiche (`Gelinkt aan actiefiche 'BruZEL
    actualiseert de lokale sociale kaart van Jette' (2025)`).
    """
    c = comparison(ctx)
    if c is None:
        return
    for p in c.disappeared:
        short = p.title.split(":")[0].strip() if ":" in p.title else p.title
        yield Hit(DOORLOPEND, None, None, {"vorig": p.title, "rij_vorig": p.row, "plaats_vorig": p.place(), "werkmap": c.name,
                                           "vorig_kort": short, "jaar": _jaar(c)})


@sheet_rule(
    "vorig-jaar-capaciteit-a",
    severity=INFO,
    sheet=CAP,
    message="A, de totale capaciteit, is {a} VTE; vorig jaar ({werkmap}) was dat {a_vorig} VTE: {richting} van {procent}%, meer dan {grens}%. Licht de reden toe in Opmerkingen (bv. langdurige afwezigheid, ouderschapsverlof, een nieuwe medewerker).",
    summary="A, de totale capaciteit, verschilt niet meer dan {vorig_jaar[capaciteit_a_wijziging]:%} van vorig jaar, of de reden staat erbij (alleen met --vorig-jaar; info).",
    quote="Opmerkingen (vb. al geweten dat er langdurig mindere capaciteit is door ziekte,….)",
)
def vorig_jaar_capaciteit_a(ctx) -> Iterable[Hit]:
    """
    Wrong (info): A = 5,2 VTE this year against 6,6 VTE last year (21% less).
    Right: A = 6,18 VTE against 6,6 VTE (6% less), within the 10% of the settings.
    """
    c = comparison(ctx)
    if c is None:
        return
    cap = capacity(ctx)
    before = c.capacity.get("A")
    if "A" not in cap or cap["A"].value is None or not before:
        return
    now = cap["A"].value
    change = (now - before) / before
    limit = typed(ctx.settings).vorig_jaar.capaciteit_a_wijziging
    if abs(change) > limit + 1e-9:
        yield Hit(CAP, cap["A"].row, VTE, {
            "a": dutch_number(now), "a_vorig": dutch_number(before), "werkmap": c.name,
            "richting": "een daling" if change < 0 else "een stijging",
            "procent": round(abs(change) * 100), "grens": round(limit * 100),
        })
