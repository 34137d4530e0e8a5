"""The two matchers of word lists in folded text:

* :class:`Phrases`: the phrases as whole words ('mei' in 'in mei', not in 'meisje');
* :class:`Parts`: the words also inside a longer word ('forms' in 'Microsoft Forms', 'verslag'
  in 'verslaggeving', 'overleg' in 'zorgwijkoverleg').

Both test for substrings first (in C) and run a regular expression only where a phrase occurs:
the regex engine tries every position of a long text, a substring test skips through it. A
:class:`Phrases` finds exactly what its whole-word regex finds searching the whole text.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Iterable

from actieplan.api import clean_text, fold

from .words import ascii_fold, quick_fold, span_as_written


# the start of a text that Phrases.search looks at in one pass first
HEAD = 160
# a text of at most this many characters per group of phrases is searched with the regex alone
SHORT_PER_GROUP = 12


def _whole_words(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of ``phrases`` as whole words in folded text."""
    alternatives = sorted({re.escape(fold(p).strip()) for p in phrases if p.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


class Phrases:
    """A word list to find as whole words in folded text: substring tests on the folded text
    first; the regex (whole words) only where some phrase occurs as a substring, and from there
    on."""

    def __init__(self, phrases: Iterable[str]) -> None:
        phrases = [p for p in phrases if p.strip()]
        self.pattern = _whole_words(phrases)
        self.parts = tuple(sorted({" ".join(ascii_fold(p).split()) for p in phrases}, key=len))
        # When every alternative of the pattern is a part (plain words: always), no match begins
        # before the first place where a part occurs, so the regex starts there. A part that
        # another part begins with occurs no earlier than that one: only the shorter is looked for.
        # Parts that share a piece of text are looked for only where that piece occurs: a text
        # without 'financier' holds none of 'gefinancierd door', 'financiering van', ...
        # Otherwise (a phrase whose folded form is not its part) the regex searches the whole text.
        alternatives = {fold(p).strip() for p in phrases}
        self._groups: tuple[tuple[str | None, int, tuple[str, ...]], ...] | None = None
        self.gate = ""
        self._head: re.Pattern[str] | None = None
        self._head_end = 0
        self._skip, self._backoff = 0, 1
        self._short = 0  # a text up to this long is searched with the regex alone
        if alternatives <= set(self.parts):
            self.gate = _common_substring(self.parts)  # in every part: one test rules most texts out
            starts = [p for p in self.parts if not any(q != p and p.startswith(q) for q in self.parts)]
            self._groups = shared_pieces(starts)
            # the parts as one alternation, tried on the start of a text only (see search)
            longest = max(map(len, starts))
            self._head = re.compile("|".join(re.escape(p) for p in sorted(starts, key=len, reverse=True)))
            self._head_end = HEAD + longest
            # The scans below cost a step in Python per group, the regex a step in C per character
            # (measured: about 0.25 µs a group, 0.02 µs a character): on a short text (a title, a
            # trekker, an indicator) one regex search is the cheaper way to the same match.
            self._short = SHORT_PER_GROUP * len(self._groups)

    def search(self, folded: str) -> re.Match[str] | None:
        """The first whole-word match in ``folded`` (``self.pattern.search(folded)``)."""
        groups = self._groups
        if groups is None or len(folded) <= self._short:
            return self.pattern.search(folded)
        if self.gate and self.gate not in folded:
            return None
        if not self._skip:
            # Many columns name a phrase near their start ('STAP 1: … (januari)'): one alternation
            # over the first HEAD characters finds it in a single pass, where the groups below each
            # take a pass. A part found starting within HEAD is the earliest of all (a part found
            # there ends before _head_end; an earlier one would have ended there too), so the
            # whole-word search starts from it. Whether the probe pays is learnt per word list as
            # it goes: columns that name their phrases late (or not at all) skip it, and try it
            # again now and then. The results are the same either way.
            m = self._head.search(folded, 0, self._head_end)
            if m is not None and m.start() < HEAD:
                self._backoff = 1
                return self.pattern.search(folded, m.start())
            self._backoff = min(2 * self._backoff, 64)
            self._skip = self._backoff  # texts to search without the probe before trying it again
        else:
            self._skip -= 1
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
        if hit:  # the group found first is looked at first in the next text: a text that names one
            # phrase early keeps the scans for the others short (the order changes no result)
            self._groups = (groups[hit], *groups[:hit], *groups[hit + 1 :])  # a new tuple: a check
            # in another thread goes on with the one it holds
        return self.pattern.search(folded, first)

    def where(self, cell) -> tuple[int, int] | None:
        """Where in a :class:`~.cells.Cell`'s text (as written) the first phrase found lies, or None."""
        m = self.search(cell.folded)
        return None if m is None else span_as_written(cell.text, m.start(), m.end())

    def find(self, cell) -> str | None:
        """The first phrase found in a :class:`~.cells.Cell`, as written there (accents, case), or None."""
        span = self.where(cell)
        return None if span is None else cell.text[span[0] : span[1]]

    def find_in(self, value: Any) -> str | None:
        """The first phrase found in a value (a title: short, folded with :func:`quick_fold`), as
        written where folding kept the positions (it does for accents), else as folded."""
        s = clean_text(value)
        if s is None:
            return None
        folded = quick_fold(s)
        m = self.search(folded)
        if m is None:
            return None
        return s[m.start() : m.end()] if len(folded) == len(s) else m.group(0)


class Parts:
    """A word list to find in folded text also inside a longer word, as a yes or no: whether one of
    the words (folded) is a substring of the text, by substring tests in C."""

    def __init__(self, parts: Iterable[str]) -> None:
        words = {fold(p).strip() for p in parts if p.strip()}
        # a part that holds another part is found wherever that one is
        kept = sorted((p for p in words if not any(q != p and q in p for q in words)), key=len)
        self._groups = shared_pieces(kept)

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


def shared_pieces(parts: list[str], minimum: int = 4) -> tuple[tuple[str | None, int, tuple[str, ...]], ...]:
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


@functools.lru_cache(maxsize=64)  # rules ask per row with the same word list
def _phrases(words: tuple[str, ...]) -> Phrases:
    return Phrases(words)


def phrases(words: Iterable[str]) -> Phrases:
    """The :class:`Phrases` of a word list, made once per list."""
    return _phrases(tuple(words))


@functools.lru_cache(maxsize=64)
def _parts(words: tuple[str, ...]) -> Parts:
    return Parts(words)


def parts(words: Iterable[str]) -> Parts:
    """The :class:`Parts` of a word list, made once per list."""
    return _parts(tuple(words))
