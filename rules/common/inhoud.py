"""Rules that read what a fiche is about, found by its content (issue 21, points 3 and 4): a fiche
for taking part in meetings, a fiche for an action that continues from earlier plans, an action
funded by other means than the regular ones.

The phrases are settings of the year (``[inhoud]`` in ``settings.toml``). A phrase may hold '…':
up to three words of any kind stand there ('blijft … onderhouden' finds 'blijft de kaart
onderhouden'); in a list read with a wide gap (``voortzetting_zinnen``, and the handovers of
``[doorlopend.vragen] inzet_woorden``) up to ten words of the same sentence. Each word list is compiled once per rule set and each text column is folded once
per check (:mod:`actieplan.rules.text.cells`): these rules read long texts of every fiche.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

from actieplan.api import INFO, WARNING, Hit, sheet_rule
from actieplan.rules.settings import SCHEMA, typed
from actieplan.rules.text.cells import cells, per_text, row_cells
from actieplan.rules.text.dates import PLAN_PERIOD, YEAR, earlier_years
from actieplan.rules.text.phrases import shared_pieces, parts, phrases
from actieplan.rules.text.words import around, ascii_fold, quick_fold, span_as_written

from actieplan.rules.common.plan import zorgraad_namen

Words = tuple[str, ...]

SHEET, TITLE = "Actiefiches", "Titel actie"
WAT, WEL, WAAROM = "Wat?", "Wat ga je wel doen?", "Waarom?"


@dataclass(frozen=True)
class Inhoud:
    """``[inhoud]`` of settings.toml: what each list means is said there."""

    deelname_zinnen: Words
    eigen_overleg_delen: Words
    overleg_woorden: Words
    eerdere_actie_zinnen: Words
    voortzetting_zinnen: Words
    vorig_actieplan_woorden: Words
    start_woorden: Words
    andere_middelen_volledig: Words
    middelen_werkwoorden: Words
    middelen_woorden: Words
    reguliere_middelen_woorden: Words
    deels_woorden: Words
    zorgraad_woorden: Words
    meerjarig_zinnen: Words
    meerjarig_termijn_woorden: Words
    vlaamse_beleidsprioriteiten: Words
    nooit_fiche_woorden: Words
    sturing_woorden: Words
    informatie_woorden: Words
    lid_av_woorden: Words
    doel_algemene_woorden: Words


@dataclass(frozen=True)
class InhoudSettings:
    inhoud: Inhoud


INHOUD = InhoudSettings
__settings__ = (SCHEMA, INHOUD)


def inhoud(settings) -> Inhoud:
    """The ``[inhoud]`` table, typed (built and checked once per rule set)."""
    return settings.section(InhoudSettings).inhoud


# -- phrases with gaps --------------------------------------------------------------------------

_GAP = r"(?:\s+[^\s]+){0,3}?\s+"  # '…' in a phrase: up to three words
SENTENCE = 10  # a wide gap: '…' is up to this many words of the same sentence
_WIDE_GAP = r"(?:\s+[^\s.!?;]+){0,%d}?\s+" % SENTENCE


class Gapped:
    """A word list whose phrases may hold '…' (a gap of up to three words), found as whole words
    in folded text. Each phrase is looked for where its first part occurs (a substring test in
    C); only a phrase with a gap runs a regex, anchored there. ``wide``: '…' is up to
    :data:`SENTENCE` words that do not end the sentence ('we zetten de actie die we in 2024
    opstartten verder', 'de verenigingen nemen de organisatie vanaf 2027 over')."""

    def __init__(self, phrases_: Iterable[str], wide: bool = False) -> None:
        gap_ = _WIDE_GAP if wide else _GAP
        items = []
        for phrase in phrases_:
            pieces = [" ".join(quick_fold(p).split()) for p in phrase.split("…")]
            pieces = [p for p in pieces if p]
            if not pieces:
                continue
            gap = re.compile(gap_.join(re.escape(p) for p in pieces) + r"(?![a-z0-9])") if len(pieces) > 1 else None
            items.append((pieces[0], gap, _finder(pieces, gap_)))
        self._items = tuple(items)
        # The phrases in groups whose first parts share a piece of text ('editie', 'zetten'): a
        # text without the piece holds none of them, one substring test rules the group out.
        self._groups = tuple(
            (piece, longest, tuple(item for item in items if item[0] in heads))
            for piece, longest, heads in shared_pieces(sorted({head for head, _, _ in items}, key=len))
        )

    def search(self, folded: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """(start, end) of the first phrase found in folded[start:end] (the longest where two
        begin at the same place), or None."""
        end = len(folded) if end is None else end
        if not folded.isascii():
            return self._search(folded, start, end)
        # ASCII text (what ascii_fold gives): each phrase is one regex search, which skips from one
        # place of its first word to the next in C (a first word such as 'al' or 'verder' occurs
        # dozens of times in a long text, and each was a step in Python)
        best: tuple[int, int] | None = None
        for piece, longest, items in self._groups:
            if piece is not None and folded.find(piece, start, end if best is None else min(end, best[0] + longest)) < 0:
                continue  # no phrase of the group begins as early as the best so far
            for head, gap, finder in items:
                limit = end if best is None else min(end, best[0] + len(head))  # only as early or earlier
                # the first place the phrase matches: its first word within [start, limit), the
                # rest up to ``end`` (a phrase of one word: up to the text's end, as _search reads it)
                m = finder.search(folded, start) if gap is None else finder.search(folded, start, end)
                if m is not None and m.start() + len(head) <= limit:
                    i, j = m.span()
                    if best is None or i < best[0] or j > best[1]:
                        best = (i, j)
        return best

    def _search(self, folded: str, start: int, end: int) -> tuple[int, int] | None:
        """:meth:`search` by substring tests and a match at each place of a phrase's first word
        (a text that is not ASCII: str.isalnum says what a letter is there)."""
        best: tuple[int, int] | None = None
        for piece, longest, items in self._groups:
            if piece is not None and folded.find(piece, start, end if best is None else min(end, best[0] + longest)) < 0:
                continue  # no phrase of the group begins as early as the best so far
            for head, gap, _ in items:
                limit = end if best is None else min(end, best[0] + len(head))  # only as early or earlier
                i = folded.find(head, start, limit)
                while i >= 0:
                    if i == 0 or not folded[i - 1].isalnum():
                        j = -1
                        if gap is None:
                            k = i + len(head)
                            j = k if k >= len(folded) or not folded[k].isalnum() else -1
                        else:
                            m = gap.match(folded, i, end)
                            j = m.end() if m else -1
                        if j >= 0:
                            if best is None or i < best[0] or j > best[1]:
                                best = (i, j)
                            break
                    i = folded.find(head, i + 1, limit)
        return best


def _finder(pieces: list[str], gap: str) -> re.Pattern[str]:
    """A phrase of :class:`Gapped` as one regex for ASCII text: its first word, not after a letter
    or digit (the look-behind after the word: the engine then looks for the word itself), the gaps
    and the other words, and no letter or digit after it (what str.isalnum says of ASCII)."""
    head = re.escape(pieces[0])
    rest = "".join(gap + re.escape(p) for p in pieces[1:])
    return re.compile(f"{head}(?<![A-Za-z0-9]{head}){rest}" + (r"(?![a-z0-9])" if rest else r"(?![A-Za-z0-9])"))


@functools.lru_cache(maxsize=32)
def _gapped(words: Words, wide: bool) -> Gapped:
    return Gapped(words, wide)


def gapped(words: Iterable[str], wide: bool = False) -> Gapped:
    """The :class:`Gapped` of a word list, made once per list (``wide``: see :class:`Gapped`)."""
    return _gapped(tuple(words), wide)


_ENDS = ".!?;\n"


def _decimal(text: str, i: int) -> bool:
    """Whether the full stop at ``i`` stands between digits ('2.5'): no end of a sentence."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence of ``text`` that holds text[start:end]: up to '.', '!', '?',
    ';' or a line break either side (a full stop between digits, '2.5', does not end it)."""
    left, right = 0, len(text)
    for c in _ENDS:
        i = text.rfind(c, left, start)
        while i >= 0 and c == "." and _decimal(text, i):
            i = text.rfind(c, left, i)
        left = max(left, i + 1)
        j = text.find(c, end, right)
        while j >= 0 and c == "." and _decimal(text, j):
            j = text.find(c, j + 1, right)
        if j >= 0:
            right = j
    return left, right


_END = re.compile("[" + re.escape(_ENDS) + "]")


def _first_sentence_end(folded: str) -> int:
    """``sentence_span(folded, 0, 0)[1]``: where the first sentence ends, the first end character
    found in one scan (sentence_span looks for each of them in turn)."""
    for m in _END.finditer(folded):
        i = m.start()
        if folded[i] != "." or not _decimal(folded, i):
            return i
    return len(folded)


# -- a fiche for taking part in meetings ---------------------------------------------------------


def taking_part(ctx) -> dict[int, tuple[str, str]]:
    """Fiches about taking part in meetings of others: Excel row -> (column, the words as
    written). Read in the title and the first sentence of Wat? (what the action is): a phrase of
    taking part ('neemt deel aan', 'vertegenwoordigt … in', 'zetelt in') with a meeting after it
    ('overlegorganen', 'stuurgroep', 'adviesraad'). Found once per check (rules on both sides of
    an overlap ask)."""
    return ctx.cache.get("inhoud.taking_part", lambda: _taking_part(ctx))


def _taking_part(ctx) -> dict[int, tuple[str, str]]:
    frame = ctx.frame(SHEET)
    if frame is None or frame.empty:
        return {}
    cfg = inhoud(ctx.settings)
    words, meetings, own = gapped(cfg.deelname_zinnen), parts(cfg.overleg_woorden), parts(cfg.eigen_overleg_delen)

    def found(text: str, folded: str, end: int) -> str | None:
        if not meetings.in_text(folded if end >= len(folded) else folded[:end]):
            return None  # no meeting named before ``end``: no phrase can have one with it (one cheap test first)
        m = words.search(folded, 0, end)
        while m is not None:
            if meetings.in_text(folded[m[1] : min(end, m[1] + 40)]) or meetings.in_text(folded[m[0] : m[1]]):
                if own.in_text(folded[slice(*sentence_span(folded, *m))]):
                    return None  # meetings the zorgraad sets up itself: a means of its own action
                s, e = span_as_written(text, *m)
                return text[s:e]
            m = words.search(folded, m[1], end)
        return None

    out: dict[int, tuple[str, str]] = {}
    if TITLE in frame:
        for row, title in zip(frame.index.tolist(), frame[TITLE].tolist()):
            if isinstance(title, str) and title:
                folded = ascii_fold(title)
                hit = found(title, folded, len(folded))
                if hit:
                    out[int(row)] = (TITLE, hit)
    in_first_sentence = per_text(lambda c: found(c.text, c.folded, _first_sentence_end(c.folded)))
    for cell in cells(ctx, SHEET, WAT):
        if cell.row in out:
            continue
        hit = in_first_sentence(cell)
        if hit:
            out[cell.row] = (WAT, hit)
    return out


@sheet_rule(
    "fiche-deelname-overleg",
    severity=WARNING,
    sheet=SHEET,
    message="'{kolom}' zegt '{woord}': deze fiche gaat over deelnemen aan vergaderingen van anderen. Verwacht: geen actiefiche voor deelname aan (of het trekken van) stuurgroepen; zet die vergaderingen in de tabel Stuurgroepen (met looptijd, frequentie en concrete doelstelling) en tel de tijd bij rij D van de capaciteitsplanning. Staan ze daar al, laat de fiche dan weg.",
    summary="Er is geen actiefiche voor deelname aan stuurgroepen of overlegorganen (titel of eerste zin van Wat?: 'neemt deel aan', 'vertegenwoordigt … in', 'zetelt in', 'deelname aan' een overleg).",
    quote="GEEN actiefiche gemaakt worden voor deelname aan/trekken van stuurgroepen of de organisatie van netwerkevents. Hiervoor wordt een nieuwe tabel opgenomen (zie verder);",
)
def fiche_deelname_overleg(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 49-53 (seed 000).
    Wrong: `Wat?` = `Onze coördinator zetelt in de adviesraad van het woonzorgcentrum en het
    lokale overleg armoede.`; a title `Vertegenwoordiging van de zorgraad in de regionale
    overlegorganen`.
    Right: a content fiche with its own meetings as a means: `We richten een werkgroep op met
    apothekers die een stappenplan uitwerkt`, `We organiseren drie wijkoverleggen waar
    huisartsen kunnen deelnemen aan het overleg` (a sentence that says the zorgraad sets the
    meetings up: `eigen_overleg_delen`); `Deelname aan de vorming door 40 huisartsen`
    (attending a training is no meeting); taking part named later in Wat? or only in the scope
    (a means of the action, not the action). When a steering-group row and such a fiche overlap,
    the fiche is the wrong side: stuurgroep-overlapt-fiche and stuurgroep-in-fiche stay silent
    for it. Words: settings (`[inhoud] deelname_zinnen`, `overleg_woorden`).
    """
    for row, (col, word) in sorted(taking_part(ctx).items()):
        yield Hit(SHEET, row, col, {"woord": word})


# -- a fiche for an action of earlier plans ------------------------------------------------------

_IN_YEAR = r"(?:in|sinds|vanaf)\s+(?:[a-z]+\s+)?((?:19|20)\d\d)(?!\d)"
# a title that says it continues: 'Valpreventie in woonzorgcentra, vervolg', '… (vervolg 2025)', 'Vervolg: …'
_TITLE_SEQUEL = re.compile(r"(?:[,(:\-–]\s*vervolg(?:traject|project|actie)?(?:\s+(?:19|20)\d\d)?\s*\)?\s*$)|(?:^\s*vervolg\s*[:\-–])")


@functools.lru_cache(maxsize=8)
def _started(words: Words) -> re.Pattern[str]:
    """A start or run in a year (group 1 or 2), either order, a few words apart: 'opgestart in
    2024', 'liep al in 2024', 'in 2024 opgestart', 'die we in 2024 opstartten'."""
    w = "|".join(re.escape(quick_fold(x)) for x in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{w})(?:\s+[a-z]+){{0,2}}?\s+{_IN_YEAR}|(?<![a-z]){_IN_YEAR}(?:\s+[a-z]+){{0,2}}?\s+(?:{w})(?![a-z])")


def _earlier_year(sentence: str, werkjaar: int) -> bool:
    """Whether ``sentence`` (folded) names a year before the working year (not the period of a
    multi-year plan, 'meerjarenplan 2024-2026')."""
    if "meerjarenplan" in sentence:
        sentence = PLAN_PERIOD.sub(" ", sentence)
    return earlier_years(werkjaar).search(sentence) is not None


@functools.lru_cache(maxsize=4)  # keyed by the two lists: hashing all of [inhoud] per text cost more than the search
def _continuation(verbs: Words, earlier_plan: Words):
    return gapped(verbs, wide=True), phrases(earlier_plan)


def _continued(folded: str, cfg: Inhoud, werkjaar: int, earlier: bool | None = None) -> tuple[int, int] | None:
    """(start, end) of a continuation verb ('zetten … verder', 'voortgezet', in any word order of
    a sentence) in a sentence that names an earlier year or a previous action plan. ``earlier``:
    whether the text names an earlier year, when the caller knows."""
    words, earlier_plan = _continuation(cfg.voortzetting_zinnen, cfg.vorig_actieplan_woorden)
    if earlier is None:
        earlier = _earlier_year(folded, werkjaar)
    if not earlier and earlier_plan.search(folded) is None:
        return None  # no sentence can hold one: the verbs are not looked for
    span = words.search(folded)
    while span is not None:
        sentence = folded[slice(*sentence_span(folded, *span))]
        if _earlier_year(sentence, werkjaar) or earlier_plan.search(sentence):
            return span
        span = words.search(folded, span[1])
    return None


def _earlier_action(folded: str, col: str, cfg: Inhoud, werkjaar: int, phrases_: Gapped | None = None) -> tuple[int, int] | None:
    """Where a fiche's text says its action ran before the working year, or None. Wat? and the
    scope: the phrases of ``eerdere_actie_zinnen`` (``phrases_``: their :class:`Gapped`, when the
    caller made it once), a start or run in an earlier year, a continuation of an earlier year's
    action; Waarom? (context): only the continuation."""
    if col == TITLE:
        m = _TITLE_SEQUEL.search(folded) if "vervolg" in folded else None  # the pattern's one word first
        return (m.start(), m.end()) if m else None
    span, earlier = None, None
    if col != WAAROM:
        span = (phrases_ or gapped(cfg.eerdere_actie_zinnen)).search(folded)
        if span is None:
            earlier = _earlier_year(folded, werkjaar)
            if earlier:
                started = next((m for m in _started(cfg.start_woorden).finditer(folded) if int(m.group(1) or m.group(2)) < werkjaar), None)
                span = (started.start(), started.end()) if started else None
    return span or _continued(folded, cfg, werkjaar, earlier)


@sheet_rule(
    "fiche-eerdere-actie",
    severity=WARNING,
    sheet=SHEET,
    message="'{kolom}' zegt '{woord}' ('{fragment}'): de actie liep al vóór {werkjaar}. Verwacht: geen actiefiche voor een actie die al in een eerder actieplan stond of nog doorloopt; vermeld ze in de tabel Doorlopende acties (titel + jaar van de actiefiche) en tel de tijd bij rij E van de capaciteitsplanning.",
    summary="Er is geen actiefiche voor een actie die al liep (Wat? of de scope: 'liep al', 'reeds opgestart', 'zetten we verder', 'herhalen jaarlijks', 'blijft … onderhouden', opgestart, gestart of gelanceerd in een vorig jaar; Wat?, de scope of Waarom?: voortgezet of verdergezet met een vorig jaar of het vorige actieplan in dezelfde zin; een titel die eindigt op 'vervolg'), ook zonder het plan van vorig jaar.",
    quote="GEEN actiefiche worden ingevuld/gekopieerd voor acties die al eerder werden opgenomen in een actieplan, die nog doorlopen of waar de zorgraad na verduurzaming nog bij betrokken is.",
)
def fiche_eerdere_actie(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 55-58 (seed 000).
    Wrong: `Wat?` = `Het vormingsaanbod voor mantelzorgers liep al in 2024; dit jaar zetten we het
    verder in twee gemeenten.`, `De sociale kaart blijft door ons team onderhouden.`, `Gestart in
    2023 met drie scholen.`, `Het project werd in 2025 gelanceerd …` (a start or run in a year
    before the working year, `start_woorden`); `We zetten het project dat we in 2025 uitrolden
    verder` (a continuation verb, `voortzetting_zinnen`, up to ten words apart within a sentence,
    with an earlier year or the previous action plan, `vorig_actieplan_woorden`, in that
    sentence), also in `Waarom?` (`… liep in 2024 en wordt in 2026 voortgezet`); a title that
    ends in `, vervolg` or `(vervolg)`.
    Right: a new action (`In 2026 richten we een werkgroep op …`, `We starten in 2026 …`); `We
    bouwen verder op de methodiek van …` and `We bouwen verder op de bevraging van 2025`
    (building on a method or an earlier result is no continued action: the action itself is
    new); `Gestart in januari 2026`; `In 2024 bleek uit de omgevingsanalyse dat …` (a finding of
    an earlier year, no earlier action); `een opvolging van de deelnemers in het najaar`; a
    continuation verb without an earlier year (`we zetten de gesprekken verder in 2026`); a past
    project named in `Waarom?` as context (`Een gelijkaardig project liep al in 2024 in een
    buurgemeente`: only a continuation counts there). Read: the title, Wat?, Wat ga je wel doen?
    and Waarom?, also without `--vorig-jaar`; one finding per fiche. Words: settings (`[inhoud]
    eerdere_actie_zinnen`, `voortzetting_zinnen`, `vorig_actieplan_woorden`, `start_woorden`).
    """
    werkjaar, cfg = ctx.settings.werkjaar, inhoud(ctx.settings)
    frame = ctx.frame(SHEET)
    titles = {}
    if frame is not None and TITLE in frame:
        titles = {int(r): t for r, t in zip(frame.index.tolist(), frame[TITLE].tolist()) if isinstance(t, str) and t}
    read = dict(row_cells(ctx, SHEET, (WAT, WEL, WAAROM)))
    # plans repeat texts: each distinct text of a column is read once
    said = gapped(cfg.eerdere_actie_zinnen)  # made once, not looked up per text
    judge = {col: per_text(lambda c, col=col: _earlier_action(c.folded, col, cfg, werkjaar, said)) for col in (WAT, WEL, WAAROM)}
    for row in sorted(read.keys() | titles.keys()):
        found = None
        for col, cell in read.get(row, {}).items():
            span = judge[col](cell)
            if span is not None:
                found = col, cell.text, span
                break
        else:
            title = titles.get(row)  # last: the texts say more than a title
            span = None if title is None else _earlier_action(ascii_fold(title), TITLE, cfg, werkjaar)
            if span is not None:
                found = TITLE, title, span
        if found is not None:
            col, text, span = found
            s, e = span_as_written(text, *span)
            woord = text[s:e].strip(" ,(:-–")
            yield Hit(SHEET, row, col, {"woord": woord, "fragment": around(text, s, e), "werkjaar": werkjaar})


# -- other funding -------------------------------------------------------------------------------

FULL, FULL_PHRASE, PARTLY, PARTLY_ONLY = "volledig", "volledig!", "deels", "deels?"


@functools.lru_cache(maxsize=8)
def _funded_with(verbs: Words, nouns: Words) -> re.Pattern[str]:
    """'gerealiseerd met VIVEL-middelen', 'betaald uit projectsubsidies van de provincie': a verb
    of paying, then the means (group 1: the word before them, e.g. 'vivel-' or 'reguliere')."""
    v = "|".join(re.escape(quick_fold(w)) for w in sorted(verbs, key=len, reverse=True))
    n = "|".join(re.escape(quick_fold(w)) for w in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{v})\s+(?:met|via|door|uit|vanuit)\s+(?:de\s+|het\s+)?([a-z0-9]+(?:-|\s+))?(?:[a-z]*(?:{n}))(?![a-z])")


def funding(ctx) -> dict[int, tuple[str, str, str]]:
    """Per fiche whose Wat? or Waarom? says the action is paid with other than the regular means:
    Excel row -> (FULL or PARTLY, column, the words as written). FULL: 'volledig gefinancierd
    door', 'gerealiseerd met X-middelen', 'niet met de reguliere middelen'; PARTLY: partly, or
    other means named without saying how much ('gefinancierd door', 'projectsubsidie'). Left out:
    a sentence about past years, one that names the regular means (the Flemish government, the
    Department), and one about the zorgraad's funding in general ('<zorgraad> wordt gefinancierd
    door ...'). Found once per check (two rules ask)."""
    return ctx.cache.get("inhoud.funding", lambda: _funding(ctx))


def _funding(ctx) -> dict[int, tuple[str, str, str]]:
    cfg, werkjaar = inhoud(ctx.settings), ctx.settings.werkjaar
    full = phrases(cfg.andere_middelen_volledig)
    paid = _funded_with(cfg.middelen_werkwoorden, cfg.middelen_woorden)
    weak = phrases(typed(ctx.settings).actiefiches.andere_middelen_woorden)
    regular, partly = phrases(cfg.reguliere_middelen_woorden), phrases(cfg.deels_woorden)
    # the zorgraad by its name or one of its Andere namen: '<zorgraad> wordt gefinancierd door ...' is about it, not the action
    ours = [quick_fold(w) for w in (*cfg.zorgraad_woorden, *zorgraad_namen(ctx))]
    verbs = tuple(quick_fold(v) for v in cfg.middelen_werkwoorden)
    paid_by = phrases([f"{v} {p}" for v in verbs for p in ("door", "via", "met", "uit")])
    # a text is judged only when it holds a word every finding needs: a phrase of full or partial
    # funding, or a verb of paying (the means, 'middelen', 'budget', count only after such a verb)
    gate = parts([*cfg.andere_middelen_volledig, *typed(ctx.settings).actiefiches.andere_middelen_woorden, *cfg.middelen_werkwoorden])

    def judge(text: str, folded: str) -> tuple[str, tuple[int, int]] | None:
        found: list[tuple[str, int, int]] = []
        m = full.search(folded)
        if m:
            found.append((FULL_PHRASE, m.start(), m.end()))
        for p in paid.finditer(folded) if any(v in folded for v in verbs) else ():
            before = (p.group(1) or "").strip(" -")
            if not regular.search(before):
                found.append((FULL, p.start(), p.end()))
                break
        m = weak.search(folded)
        if m:
            found.append((PARTLY, m.start(), m.end()))
        m = paid_by.search(folded)  # 'gedragen door de gemeente': other means only with 'deels' ...
        if m:
            found.append((PARTLY_ONLY, m.start(), m.end()))
        best = None
        for kind, start, end in sorted(found, key=lambda f: (f[0] not in (FULL, FULL_PHRASE), f[0] == PARTLY_ONLY, f[1])):
            s0, s1 = sentence_span(folded, start, end)
            sentence = folded[s0:s1]
            told = [int(y) for y in YEAR.findall(sentence)]
            if told and max(told) < werkjaar:
                continue  # how something was paid for in the past
            lead = folded[s0:start].rstrip()
            if any(re.search(rf"(?<![a-z]){re.escape(w)}\s+(?:wordt|werd|is)(?:\s+[a-z]+){{0,2}}$", lead) for w in ours if w):
                continue  # the zorgraad's funding in general, not the action's
            if kind == FULL_PHRASE:
                kind = FULL  # 'niet met de reguliere middelen' names them to say they do not pay
            elif regular.search(sentence):
                continue  # the regular means (the Flemish government, its own means) pay for it
            if kind == PARTLY_ONLY:
                if not partly.search(sentence):
                    continue  # '... uitgevoerd door de werkgroep': no word on funding
                kind = PARTLY
            if kind == FULL and partly.search(sentence):
                kind = PARTLY
            best = (kind, (start, end))
            break
        return best

    out: dict[int, tuple[str, str, str]] = {}
    judged_once = per_text(lambda c: judge(c.text, c.folded) if gate.in_text(c.folded) else None)
    # where an action's funding is told; the last rule to read Waarom?
    for row, texts in row_cells(ctx, SHEET, (WAT, WAAROM), last=(WAAROM,)):
        result = None
        for col, cell in texts.items():
            judged = judged_once(cell)
            if judged and (result is None or (judged[0] == FULL and result[0] != FULL)):
                s, e = span_as_written(cell.text, *judged[1])
                result = (judged[0], col, cell.text[s:e])
        if result:
            out[row] = result
    return out


@sheet_rule(
    "fiche-andere-middelen",
    severity=WARNING,
    sheet=SHEET,
    message="'{kolom}' zegt '{woord}': deze actie wordt uitgevoerd met andere middelen dan de reguliere middelen. Verwacht: zulke acties staan niet in dit actieplan; laat de fiche weg, of zeg in de fiche welk deel met de reguliere subsidie betaald wordt (deels met de reguliere subsidie gefinancierde acties horen er wel in).",
    summary="Er is geen actiefiche voor een actie die volledig met andere middelen dan de reguliere wordt uitgevoerd ('volledig gefinancierd door', 'gerealiseerd met X-middelen', 'niet met de reguliere middelen').",
    quote="Acties die de zorgraad zal uitvoeren met middelen, anders dan de reguliere middelen, worden NIET opgenomen in dit actieplan. Indien acties deels gefinancierd worden met de reguliere subsidie en deels met andere middelen, wordt de actie WEL opgenomen in het actieplan;",
)
def fiche_andere_middelen(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 44-47 (seed 000).
    Wrong: `Wat?` = `Het project wordt volledig gefinancierd door de provincie.`, `De cursus wordt
    gerealiseerd met VIVEL-middelen.`, `Dit doen we niet met de reguliere middelen.`
    Right: `Het project wordt deels gefinancierd door de provincie` (fiche-andere-middelen-deels,
    info); `Onze zorgraad wordt gefinancierd door de Vlaamse overheid.` (the zorgraad's funding
    in general, and the regular means); `gefinancierd met de reguliere middelen`; a sentence whose
    years all lie before the working year (`In 2021 betaald met projectmiddelen.`). A warning
    since issue 21 (it was info): these words say the action is not in the plan at all. Words:
    settings (`[inhoud] andere_middelen_volledig`, `middelen_werkwoorden`, `middelen_woorden`).
    """
    for row, (kind, col, word) in sorted(funding(ctx).items()):
        if kind == FULL:
            yield Hit(SHEET, row, col, {"woord": word})


@sheet_rule(
    "fiche-andere-middelen-deels",
    severity=INFO,
    sheet=SHEET,
    message="'{kolom}' noemt '{woord}'. Acties die deels met de reguliere subsidie en deels met andere middelen gefinancierd worden, horen in dit actieplan; acties die de zorgraad volledig met andere middelen uitvoert niet. Ter info: kijk na hoe deze actie gefinancierd wordt.",
    summary="Een actiefiche die andere middelen noemt (deels, of zonder te zeggen hoeveel: projectmiddelen, gefinancierd door) wordt minstens deels met de reguliere middelen uitgevoerd (ter info).",
    quote="Acties die de zorgraad zal uitvoeren met middelen, anders dan de reguliere middelen, worden NIET opgenomen in dit actieplan. Indien acties deels gefinancierd worden met de reguliere subsidie en deels met andere middelen, wordt de actie WEL opgenomen in het actieplan;",
)
def fiche_andere_middelen_deels(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 44-47 (seed 000).
    Wrong (info): `Wat?` = `De brochure wordt mee gefinancierd door de gemeente.`, `Dit project
    wordt gefinancierd door de VGC` (how much?).
    Right: no other funding named; `volledig gefinancierd door …` is fiche-andere-middelen (a
    warning); the zorgraad's funding in general; funding of past years. Info: the action stays in
    the plan, the words are a prompt to look. On the real BruZEL plan the one hit (projectmiddelen
    of the VGC) funded the 2021 update: a sentence about past years is not reported. Words: a
    setting (`andere_middelen_woorden`, `[inhoud] deels_woorden`).
    """
    for row, (kind, col, word) in sorted(funding(ctx).items()):
        if kind == PARTLY:
            yield Hit(SHEET, row, col, {"woord": word})
