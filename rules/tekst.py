"""Reading what people write in the plan's text cells: words, phrases, years, dates.

Shared by the rule modules; the word lists and thresholds come from the year's settings.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any, Callable, Iterable

from actieplan.api import clean_text, fold

_WORD_SPLIT = re.compile(r"[^a-z]+")
# a year not inside a longer number; the look-behind after the digits (no digit before them) lets
# the regex engine skip to each '1'/'2' instead of trying the look-behind at every position (2.7x
# faster on long texts; the same matches as (?<!\d)((?:19|20)\d{2})(?!\d))
_YEAR = re.compile(r"((?:19|20)\d\d)(?<!\d.{4})(?!\d)")
_PAREN = re.compile(r"\(([^()]*)\)")

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}


def _stem(word: str) -> str:
    """A light Dutch plural stem so 'overlegmomenten' and 'overlegmoment' meet."""
    if len(word) > 6 and word.endswith("en"):
        return word[:-2]
    if len(word) > 6 and word.endswith("s"):
        return word[:-1]
    return word


def quick_fold(s: str) -> str:
    """:func:`fold`, with a fast path for plain ASCII text (most cells; fold walks every character)."""
    return s.lower() if s.isascii() else fold(s)


def meaningful_words(text: Any, settings) -> frozenset[str]:
    """The words of ``text`` that say what it is about: long enough, not a stop word, stemmed."""
    s = text if isinstance(text, str) else clean_text(text)  # the loader's text is clean already
    if not s:
        return frozenset()
    cfg = settings["overlap"]
    return _meaningful_words(s, _folded(tuple(cfg["stopwoorden"])), int(cfg["min_woordlengte"]))


@functools.lru_cache(maxsize=8)
def _long_words(minimum: int) -> re.Pattern[str]:
    return re.compile(r"[a-z]{%d,}" % minimum)


def meaningful_words_each(texts: Iterable[Any], settings, memo: dict[str, frozenset[str]] | None = None) -> list[frozenset[str]]:
    """:func:`meaningful_words` of every text, the settings read once (a column of 10.000 titles).

    ``memo``: the words of texts met before in this check (a title is compared with several
    sheets), e.g. a dict in the rule Context's cache: it lives as long as the check, unlike a
    global cache that would keep every title's words of every plan checked."""
    cfg = settings["overlap"]
    stop, minimum = _folded(tuple(cfg["stopwoorden"])), int(cfg["min_woordlengte"])
    out = []
    for text in texts:
        s = text if isinstance(text, str) else clean_text(text)
        if not s:
            out.append(frozenset())
        elif memo is None:
            out.append(_meaningful_words(s, stop, minimum))
        else:
            words = memo.get(s)
            if words is None:
                words = memo[s] = _meaningful_words(s, stop, minimum)
            out.append(words)
    return out


def title_words_memo(ctx) -> dict[str, frozenset[str]] | None:
    """The memo of :func:`meaningful_words_each` for one check (the rule Context's cache)."""
    return ctx.cache.get("tekst.meaningful_words", dict)


def _meaningful_words(s: str, stop: frozenset[str], minimum: int) -> frozenset[str]:
    folded = quick_fold(s)
    # the runs of letters long enough, as split-then-filter would give them, without the short ones
    words = _long_words(minimum).findall(folded) if minimum >= 1 else _WORD_SPLIT.split(folded)
    return _kept(words, stop, minimum)


def _kept(words: Iterable[str], stop: frozenset[str], minimum: int) -> frozenset[str]:
    """The words long enough and not a stop word, stemmed (and not a stop word once stemmed)."""
    out = set()
    for word in words:
        if len(word) < minimum or word in stop:
            continue
        if len(word) > 6:  # _stem, inlined: this loop runs for every word of every title
            if word.endswith("en"):
                word = word[:-2]
            elif word.endswith("s"):
                word = word[:-1]
            if word in stop:
                continue
        out.add(word)
    return frozenset(out)


def meaningful_words_folded(folded: str, settings) -> frozenset[str]:
    """:func:`meaningful_words` of a text already folded with :func:`ascii_fold` (a long text:
    no second, slow folding)."""
    cfg = settings["overlap"]
    stop, minimum = _folded(tuple(cfg["stopwoorden"])), int(cfg["min_woordlengte"])
    return _kept(_long_words(max(1, minimum)).findall(folded), stop, minimum)


def shared_words(a: frozenset[str], b: frozenset[str], settings) -> list[str] | None:
    """The shared words when ``a`` and ``b`` share enough of them to be about the same thing."""
    common = sorted(a & b)
    return common if len(common) >= int(settings["overlap"]["min_gedeelde_woorden"]) else None


class WordIndex:
    """Many word sets (e.g. every fiche title's), to find the first one that shares enough words
    with a given set, as a loop over :func:`shared_words` would, without comparing every pair
    (10.000 fiches against 10.000 steering groups is 10^8 comparisons).

    An inverted index: each word lists the sets that hold it, in order. A query walks the lists
    of its own words only, counting per set, and stops in each list at the best set found so far:
    the work is the number of (word, set) entries the query's words have, whatever the length of
    the texts (long titles used to fall back to comparing every pair).
    """

    def __init__(self, items: Iterable[frozenset[str]], settings, vocabulary: frozenset[str] | None = None) -> None:
        """``vocabulary``: every word the sets passed to :meth:`first` can hold, when known; words
        outside it cannot be shared, so they are left out of the index."""
        self.items = list(items)
        self.k = max(1, int(settings["overlap"]["min_gedeelde_woorden"]))
        self._postings: dict[str, list[int]] = {}
        for i, words in enumerate(self.items):
            if vocabulary is not None:
                words = words & vocabulary
            if len(words) < self.k:
                continue
            for word in words:
                self._postings.setdefault(word, []).append(i)  # ascending: i grows

    def first(self, words: frozenset[str]) -> tuple[int, list[str]] | None:
        """(position, shared words sorted) of the first set sharing at least ``k`` words, or None."""
        if len(words) < self.k:
            return None
        lists = [p for p in map(self._postings.get, words) if p]
        if len(lists) < self.k:
            return None
        lists.sort(key=len)  # short lists first: a match found early prunes the long ones
        best: int | None = None
        counts: dict[int, int] = {}
        k = self.k
        for postings in lists:
            for i in postings:
                if best is not None and i >= best:
                    break
                c = counts.get(i, 0) + 1
                counts[i] = c
                if c >= k:
                    best = i
                    break
        if best is None:
            return None
        return best, sorted(words & self.items[best])


@functools.lru_cache(maxsize=64)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``phrases`` as whole words in folded text."""
    return _phrase_pattern(tuple(phrases))


@functools.lru_cache(maxsize=64)  # rules call it per row with the same word list
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted({re.escape(fold(p).strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


def part_pattern(parts: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``parts`` in folded text, also inside a longer word
    ('forms' in 'Microsoft Forms', 'verslag' in 'verslaggeving', 'overleg' in 'zorgwijkoverleg')."""
    return _part_pattern(tuple(parts))


@functools.lru_cache(maxsize=64)
def _part_pattern(parts: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = sorted({re.escape(fold(p).strip()) for p in parts if p.strip()}, key=len, reverse=True)
    return re.compile("|".join(alternatives))


class Parts:
    """A word list to find in folded text also inside a longer word, as a yes or no: whether
    :func:`part_pattern` would find one, by substring tests (in C) instead of the regex engine
    trying every position of a long text."""

    def __init__(self, parts: Iterable[str]) -> None:
        words = {fold(p).strip() for p in parts if p.strip()}  # part_pattern's alternatives
        # a part that holds another part is found wherever that one is
        kept = sorted((p for p in words if not any(q != p and q in p for q in words)), key=len)
        self._groups = _shared_pieces(kept)

    def in_text(self, folded: str) -> bool:
        groups = self._groups
        for g, (piece, _, members) in enumerate(groups):
            if piece is not None and piece not in folded:
                continue
            for part in members:
                if part in folded:
                    if g:  # looked at first in the next text (the order changes no result)
                        self._groups = (groups[g], *groups[:g], *groups[g + 1 :])
                    return True
        return False


@functools.lru_cache(maxsize=64)
def _parts(words: tuple[str, ...]) -> Parts:
    return Parts(words)


def parts(words: Iterable[str]) -> Parts:
    return _parts(tuple(words))


def around(text: str, start: int, end: int, width: int = 30) -> str:
    """The words around text[start:end], about ``width`` characters either side, cut at spaces."""
    left = text.rfind(" ", 0, max(0, start - width)) + 1 if start > width else 0
    right = text.find(" ", end + width // 2)
    right = len(text) if right < 0 else right
    return ("…" if left else "") + " ".join(text[left:right].split()) + ("…" if right < len(text) else "")


def find_phrase(text: Any, pattern: re.Pattern[str]) -> str | None:
    s = clean_text(text)
    if s is None:
        return None
    folded = quick_fold(s)
    m = pattern.search(folded)
    if m is None:
        return None
    # show the words as written where folding kept the positions (it does for accents)
    return s[m.start() : m.end()] if len(folded) == len(s) else m.group(0)


def placeholder(value: Any, settings) -> str | None:
    """The text of ``value`` when it is only a placeholder (`/`, `-`, `nvt`, `n.v.t.`, `geen`, `...`,
    `x`, the settings' list) that stands for an empty cell; None otherwise."""
    s = value if isinstance(value, str) else clean_text(value)
    if not s or len(s) > _PLACEHOLDER_MAX:
        return None  # the settings are read only for a short text
    return _placeholder(s, _placeholders(tuple(settings["cellen"]["plaatshouders"])))


def placeholder_test(settings) -> Callable[[Any], str | None]:
    """:func:`placeholder` with the settings' list read once: for a loop over a column's cells."""
    known = _placeholders(tuple(settings["cellen"]["plaatshouders"]))
    return lambda value: _placeholder(value, known)


def _placeholder(value: Any, known: frozenset[str]) -> str | None:
    s = value if isinstance(value, str) else clean_text(value)
    if not s or len(s) > _PLACEHOLDER_MAX:
        return None
    s = s.strip()
    if not s:
        return None
    key = " ".join(quick_fold(s).split())
    return s if key in known or key.replace(" ", "") in known else None


_PLACEHOLDER_MAX = 20  # longer texts are never a placeholder: no folding of long cells


@functools.lru_cache(maxsize=8)
def _placeholders(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(fold(w).split()) for w in words) | frozenset("".join(fold(w).split()) for w in words)


_TOKEN = re.compile(r"[a-z0-9]+")


def ascii_fold(s: str) -> str:
    """Lower case, accents gone and other non-ASCII characters dropped: for finding words in long
    texts fast (:func:`fold` walks every character in Python; this stays in C).

    What NFKD and an ASCII encoding that drops the rest make of the text, done only to its runs of
    characters that are not ASCII: the ASCII encoder hands each run to :func:`_fold_run` (a long
    text is mostly ASCII, with an 'ë' or a bullet here and there). The same text as folding the
    whole: NFKD decomposes each character on its own and reorders only combining marks, which
    never cross an ASCII character (and are dropped)."""
    s = s.lower()
    return s if s.isascii() else s.encode("ascii", _FOLD_ERRORS).decode("ascii")


@functools.lru_cache(maxsize=512)  # a plan's few distinct runs ('ë', '•', '–'), over and over
def _folded_run(run: str) -> str:
    return unicodedata.normalize("NFKD", run).encode("ascii", "ignore").decode("ascii")


def _fold_run(error: UnicodeEncodeError) -> tuple[str, int]:
    return _folded_run(error.object[error.start : error.end]), error.end


_FOLD_ERRORS = "actieplan.tekst.ascii_fold"
codecs.register_error(_FOLD_ERRORS, _fold_run)


def span_as_written(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the span ``start:end`` of :func:`ascii_fold` (``text``) lies in ``text`` itself.

    Folding drops characters (a dash '–', quotes '‘’') and so shifts positions; a finding must show
    the words as the user wrote them. Folding one character at a time gives the same text as
    folding the whole (NFKD decomposes each character on its own, and what it reorders are the
    combining marks that are dropped), so each character's share of the folded text is counted.
    An ASCII character's share is one; only the others are folded one by one, and a run of ASCII
    characters is passed in one step (a fiche text is thousands of characters, a few not ASCII).
    """
    if text.isascii():
        return start, end
    begin: int | None = None
    delta = 0  # len(ascii_fold(text[:i])) - i, at the start i of the current run of ASCII characters
    i = 0
    for m in _NON_ASCII.finditer(text):
        j = m.start()
        # the ASCII characters i..j-1: after character k the folded text is k + 1 + delta long
        if begin is None and start - delta < j:
            begin = max(i, start - delta)
        if begin is not None and end - delta - 1 < j:
            return begin, max(begin, i, end - delta - 1) + 1
        delta += len(ascii_fold(m.group())) - 1
        pos = j + 1 + delta  # after character j
        if begin is None and pos > start:
            begin = j
        if begin is not None and pos >= end:
            return begin, j + 1
        i = j + 1
    j = len(text)
    if begin is None and start - delta < j:
        begin = max(i, start - delta)
    if begin is not None and end - delta - 1 < j:
        return begin, max(begin, i, end - delta - 1) + 1
    return (begin if begin is not None else len(text)), len(text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


_SENTENCE_END = re.compile(r"[.!?;\n]")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (up to '.', '!', '?', ';' or a line break, either side) that holds
    text[start:end]; a full stop between digits ('2.5') does not end it."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        if not (m.group() == "." and 0 < m.start() < len(text) - 1 and text[m.start() - 1].isdigit() and text[m.start() + 1].isdigit()):
            left = m.end()
    right = len(text)
    for m in _SENTENCE_END.finditer(text, end):
        if m.group() == "." and 0 < m.start() < len(text) - 1 and text[m.start() - 1].isdigit() and text[m.start() + 1].isdigit():
            continue
        right = m.start()
        break
    return text[left:right]


class Cell(tuple):
    """A filled text cell read once for the word rules: (Excel row, text, folded text)."""

    __slots__ = ()

    def __new__(cls, row: int, text: str):
        return super().__new__(cls, (row, text, ascii_fold(text)))

    row = property(lambda self: self[0])
    text = property(lambda self: self[1])
    folded = property(lambda self: self[2])


def cells(ctx, sheet: str, column: str, last: bool = False) -> list[Cell]:
    """The filled cells of a column (empty cells and placeholders left out), folded and split into
    words once per check: several rules look for words in the same long texts.

    ``last``: no rule after this one reads the column, so its cells leave the check's cache (the
    folded copy of a long column is megabytes that would otherwise stay until the check ends). A
    rule that reads it later all the same gets the same cells, folded anew."""
    key = ("tekst.cells", sheet, column)
    return ctx.cache.take(key, lambda: _cells(ctx, sheet, column)) if last else ctx.cache.get(key, lambda: _cells(ctx, sheet, column))


def _cells(ctx, sheet: str, column: str) -> list[Cell]:
    frame = ctx.frame(sheet)
    out: list[Cell] = []
    if frame is not None and not frame.empty and column in frame:
        known = _placeholders(tuple(ctx.settings["cellen"]["plaatshouders"]))
        new, longest, errors = tuple.__new__, _PLACEHOLDER_MAX, _FOLD_ERRORS
        for row, value in zip(frame.index.tolist(), frame[column].tolist()):
            if value is None:
                continue
            # the loader's text is clean already: only other values need clean_text
            text = value if isinstance(value, str) else clean_text(value)
            if not text or (len(text) <= longest and _placeholder(text, known) is not None):
                continue
            # Cell(row, text), inlined: this loop runs for every filled text cell of the plan;
            # ascii_fold(text), lower case once (lower() of a lower-case text changes nothing)
            low = text.lower()
            out.append(new(Cell, (int(row), text, low if low.isascii() else low.encode("ascii", errors).decode("ascii"))))
    return out


def row_cells(ctx, sheet: str, columns: Iterable[str], last: Iterable[str] = ()) -> list[tuple[int, dict[str, Cell]]]:
    """Per row that has any of ``columns`` filled: (Excel row, {column: Cell}), in sheet order.
    ``last``: the columns no later rule reads (see :func:`cells`)."""
    last = frozenset(last)
    rows: dict[int, dict[str, Cell]] = {}
    for column in columns:
        for c in cells(ctx, sheet, column, last=column in last):
            rows.setdefault(c.row, {})[column] = c
    return sorted(rows.items())


class Phrases:
    """A word list to find in :class:`Cell` s fast: substring tests (in C) on the folded text
    first; the regex (whole words, the text as written) only where some phrase occurs as a
    substring, and from there on: the regex engine tries every position of a long text, a
    substring test skips through it."""

    def __init__(self, phrases: Iterable[str]) -> None:
        phrases = [p for p in phrases if p.strip()]
        self.pattern = phrase_pattern(phrases)
        self.parts = tuple(sorted({" ".join(ascii_fold(p).split()) for p in phrases}, key=len))
        self.gate = _common_substring(self.parts)  # in every part: one test rules most cells out
        # When every alternative of the pattern is a part (plain words: always), no match begins
        # before the first place where a part occurs, so the regex starts there. A part that
        # another part begins with occurs no earlier than that one: only the shorter is looked for.
        # Parts that share a piece of text are looked for only where that piece occurs: a text
        # without 'financier' holds none of 'gefinancierd door', 'financiering van', ...
        alternatives = {fold(p).strip() for p in phrases}
        self._groups: tuple[tuple[str | None, int, tuple[str, ...]], ...] | None = None
        if alternatives <= set(self.parts):
            starts = [p for p in self.parts if not any(q != p and p.startswith(q) for q in self.parts)]
            self._groups = _shared_pieces(starts)

    def search(self, cell: Cell) -> re.Match[str] | None:
        """The first whole-word match in the cell's folded text (``self.pattern.search``), or None
        when no phrase occurs in it."""
        folded = cell.folded
        if self.gate and self.gate not in folded:
            return None
        groups = self._groups
        if groups is None:
            for part in self.parts:
                if part in folded:
                    return self.pattern.search(folded)
            return None
        first, hit = -1, 0
        for g, (piece, longest, parts) in enumerate(groups):
            # an occurrence before the first one found so far, or none
            if piece is not None and (folded.find(piece) if first < 0 else folded.find(piece, 0, first + longest - 1)) < 0:
                continue
            for part in parts:
                i = folded.find(part) if first < 0 else folded.find(part, 0, first + len(part) - 1)
                if i >= 0:
                    first, hit = i, g
        if first < 0:
            return None
        if hit:  # the group found first is looked at first in the next cell: a text that names one
            # phrase early keeps the scans for the others short (the order changes no result)
            self._groups = (groups[hit], *groups[:hit], *groups[hit + 1 :])  # a new tuple: a check
            # in another thread goes on with the one it holds
        return self.pattern.search(folded, first)

    def where(self, cell: Cell) -> tuple[int, int] | None:
        """Where in the cell's text (as written) the first phrase found lies, or None."""
        m = self.search(cell)
        return None if m is None else span_as_written(cell.text, m.start(), m.end())

    def find(self, cell: Cell) -> str | None:
        """The first phrase found in the cell, as written there (accents, case), or None."""
        span = self.where(cell)
        return None if span is None else cell.text[span[0] : span[1]]


def _shared_pieces(parts: list[str], minimum: int = 4) -> tuple[tuple[str | None, int, tuple[str, ...]], ...]:
    """The parts in groups that share a piece of text (at least ``minimum`` characters), greedily
    the piece most parts hold first: (piece or None for a part on its own, the longest part's
    length, the parts)."""
    groups: list[tuple[str | None, int, tuple[str, ...]]] = []
    left = list(parts)
    while left:
        counts: dict[str, int] = {}
        for p in left:
            for sub in {p[i:j] for i in range(len(p)) for j in range(i + minimum, len(p) + 1)}:
                counts[sub] = counts.get(sub, 0) + 1
        best = max(counts.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]), default=None)
        if best is None or best[1] < 2:
            break
        group = tuple(p for p in left if best[0] in p)
        groups.append((best[0], max(map(len, group)), group))
        left = [p for p in left if best[0] not in p]
    groups.extend((None, len(p), (p,)) for p in left)
    return tuple(groups)


def _common_substring(parts: tuple[str, ...], minimum: int = 3) -> str:
    """The longest string (at least ``minimum`` characters) that every part contains, or ''."""
    if not parts:
        return ""
    shortest = min(parts, key=len)
    for size in range(len(shortest), minimum - 1, -1):
        for start in range(len(shortest) - size + 1):
            sub = shortest[start : start + size]
            if all(sub in p for p in parts):
                return sub
    return ""


@functools.lru_cache(maxsize=64)
def _phrases(words: tuple[str, ...]) -> Phrases:
    return Phrases(words)


def phrases(words: Iterable[str]) -> Phrases:
    return _phrases(tuple(words))


def filled(value: Any, settings) -> str | None:
    """The cell's text as a person means it, or None when it is empty or only a placeholder."""
    s = clean_text(value)
    if s is None or placeholder(s, settings) is not None:
        return None
    return s


def years(text: Any) -> list[int]:
    """Every year 1900-2099 written in ``text``, in order."""
    s = clean_text(text)
    return [int(y) for y in _YEAR.findall(s)] if s else []


def has_year(text: str) -> bool:
    """Whether ``text`` (already clean) names a year 1900-2099."""
    return _YEAR.search(text) is not None


def years_in_parentheses(text: Any) -> list[int]:
    """Years inside parentheses ('Workshops (2025, 2024)'); all years of the text when none are."""
    s = clean_text(text) or ""
    inside = [y for group in _PAREN.findall(s) for y in years(group)]
    return inside or years(s)


def without_years(text: Any) -> str:
    """The title without its '(2025, 2024)' part: what the action is called."""
    s = clean_text(text) or ""
    if "(" not in s:
        return s
    return _PAREN.sub(lambda m: "" if _YEAR.search(m.group(1)) else m.group(0), s).strip()


def parse_date(value: Any) -> date | None:
    """A date typed as a date cell, ISO text, Dutch text (10/10/2025, 10-10-2025, 10 oktober 2025)
    or an Excel serial number; None when it is not a date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = clean_text(value)
    if s is None:
        return None
    if re.fullmatch(r"\d{5}(?:[.,]0+)?", s):  # an Excel serial number shown as a number
        serial = int(re.split(r"[.,]", s)[0])
        if 36526 <= serial <= 73051:  # 2000-01-01 .. 2099-12-31
            return date(1899, 12, 30) + timedelta(days=serial)
        return None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", s)
    if m:
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", s)
    if m:
        year = int(m.group(3))
        return _date(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(?:[a-z]+dag\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", fold(s))
    if m and m.group(2) in MONTHS:
        return _date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    return None


def _date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def dutch_date(d: date) -> str:
    return d.strftime("%d/%m/%Y")
