"""The one inverted index of the rules: word sets (a sheet's titles, its fiches' texts, last year's
fiches) and, for a query's words, the first set that shares enough of them
(:meth:`WordIndex.first`) or the few sets worth a full comparison (:meth:`WordIndex.ranked`),
without comparing every pair (10.000 fiches against 10.000 steering groups is 10^8 comparisons).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Iterable


class WordIndex:
    """Each word lists the sets that hold it, in order. A query walks the lists of its own words
    only: the work is the number of (word, set) entries the query's words have, whatever the
    length of the texts."""

    def __init__(
        self,
        items: Iterable[Iterable[str]],
        k: int = 1,
        *,
        vocabulary: frozenset[str] | None = None,
        common: int | None = None,
    ) -> None:
        """``k``: the fewest shared words :meth:`first` reports. ``vocabulary``: every word a
        query can hold, when known; words outside it cannot be shared, so they are left out.
        ``common``: a word held by more sets than this says nothing about which set is meant
        ('bruzel', 'brussel') and is left out."""
        self.items = [frozenset(words) for words in items]
        self.n = len(self.items)
        self.k = max(1, k)
        postings: dict[str, list[int]] = {}
        for i, words in enumerate(self.items):
            if vocabulary is not None:
                words = words & vocabulary
            if common is None and len(words) < self.k:
                continue  # it can never share k words (with `common`, it still counts in a word's share)
            for word in words:
                postings.setdefault(word, []).append(i)  # ascending: i grows
        if common is not None:
            postings = {word: p for word, p in postings.items() if len(p) <= common}
        self._postings = postings

    def first(self, words: frozenset[str], need: int | None = None) -> tuple[int, list[str]] | None:
        """(position, shared words sorted) of the first set sharing at least ``need`` words (``k``
        when not given), as a loop over every set would find it; or None."""
        need = self.k if need is None else max(self.k, need)
        if len(words) < need:
            return None
        lists = [p for p in map(self._postings.get, words) if p]
        if len(lists) < need:
            return None
        lists.sort(key=len)  # short lists first: a match found early prunes the long ones
        best: int | None = None
        counts: dict[int, int] = {}
        for postings in lists:
            for i in postings:
                if best is not None and i >= best:
                    break
                c = counts.get(i, 0) + 1
                counts[i] = c
                if c >= need:
                    best = i
                    break
        if best is None:
            return None
        return best, sorted(words & self.items[best])

    def ranked(self, words: Iterable[str], limit: int) -> list[int]:
        """The positions (in order) of at most ``limit`` sets sharing the most rare words with
        ``words`` (a word weighs its length times how rare it is); every set when there are no
        more than ``limit``."""
        if self.n <= limit:
            return list(range(self.n))
        score: Counter[int] = Counter()
        for w in set(words):
            hits = self._postings.get(w)
            if not hits:
                continue
            weight = len(w) * math.log(1 + self.n / len(hits))
            for j in hits:
                score[j] += weight
        return sorted(j for j, _ in score.most_common(limit))
