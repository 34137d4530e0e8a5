"""A column's filled text cells, read once per check for the word rules: empty cells and
placeholders ('/', 'nvt', the settings' list) left out, each folded once."""

from __future__ import annotations

import functools
from operator import itemgetter
from typing import Any, Callable, Iterable, TypeVar

from actieplan.api import clean_text
from actieplan.rules.settings import typed

from .words import ascii_fold, fold_lower, quick_fold

T = TypeVar("T")

_PLACEHOLDER_MAX = 20  # longer texts are never a placeholder: no folding of long cells


def placeholder(value: Any, settings) -> str | None:
    """The text of ``value`` when it is only a placeholder (`/`, `-`, `nvt`, `n.v.t.`, `geen`, `...`,
    `x`, the settings' list) that stands for an empty cell; None otherwise."""
    s = value if isinstance(value, str) else clean_text(value)
    if not s or len(s) > _PLACEHOLDER_MAX:
        return None  # the settings are read only for a short text
    return _placeholder(s, _placeholders(typed(settings).cellen.plaatshouders))


def placeholder_test(settings) -> Callable[[Any], str | None]:
    """:func:`placeholder` with the settings' list read once: for a loop over a column's cells."""
    known = _placeholders(typed(settings).cellen.plaatshouders)
    return lambda value: _placeholder(value, known)


def filled(value: Any, settings) -> str | None:
    """The cell's text as a person means it, or None when it is empty or only a placeholder."""
    s = clean_text(value)
    if s is None or placeholder(s, settings) is not None:
        return None
    return s


def _placeholder(value: Any, known: frozenset[str]) -> str | None:
    s = value if isinstance(value, str) else clean_text(value)
    if not s or len(s) > _PLACEHOLDER_MAX:
        return None
    s = s.strip()
    if not s:
        return None
    key = " ".join(quick_fold(s).split())
    return s if key in known or key.replace(" ", "") in known else None


@functools.lru_cache(maxsize=8)
def _placeholders(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(quick_fold(w).split()) for w in words) | frozenset("".join(quick_fold(w).split()) for w in words)


class Cell(tuple):
    """A filled text cell read once for the word rules: (Excel row, text, folded text)."""

    __slots__ = ()

    def __new__(cls, row: int, text: str):
        return super().__new__(cls, (row, text, ascii_fold(text)))

    # read in C (a lambda was a Python call each time a rule read a cell's text)
    row = property(itemgetter(0))
    text = property(itemgetter(1))
    folded = property(itemgetter(2))


def column_items(series) -> Iterable[tuple[Any, Any]]:
    """``series.items()``, read out of pandas as two lists first (iterating a Series boxes each
    value and each row number through a Python step: twice as slow on a column of 5.000 rows)."""
    return zip(series.index.tolist(), series.tolist())


def cells(ctx, sheet: str, column: str, last: bool = False) -> list[Cell]:
    """The filled cells of a column (empty cells and placeholders left out), folded and split into
    words once per check: several rules look for words in the same long texts.

    ``last``: no rule after this one reads the column, so its cells leave the check's cache (the
    folded copy of a long column is megabytes that would otherwise stay until the check ends). A
    rule that reads it later all the same gets the same cells, folded anew."""
    key = ("text.cells", sheet, column)
    return ctx.cache.take(key, lambda: _cells(ctx, sheet, column)) if last else ctx.cache.get(key, lambda: _cells(ctx, sheet, column))


_SKIP = object()  # a placeholder's place in _cells' folded texts


def _cells(ctx, sheet: str, column: str) -> list[Cell]:
    frame = ctx.frame(sheet)
    out: list[Cell] = []
    if frame is not None and not frame.empty and column in frame:
        known = _placeholders(typed(ctx.settings).cellen.plaatshouders)
        new, longest = tuple.__new__, _PLACEHOLDER_MAX
        # each distinct text of the column judged and folded once, equal cells share the folded
        # text (_SKIP: a placeholder)
        folded: dict[str, Any] = {}
        for row, value in zip(frame.index.tolist(), frame[column].tolist()):
            if value is None:
                continue
            # the loader's text is clean already: only other values need clean_text
            text = value if isinstance(value, str) else clean_text(value)
            if not text:
                continue
            low = folded.get(text)
            if low is None:
                if len(text) <= longest and _placeholder(text, known) is not None:
                    low = _SKIP
                else:  # ascii_fold(text), lower case once (lower() of a lower-case text changes nothing)
                    low = text.lower()
                    if not low.isascii():
                        low = fold_lower(low)
                folded[text] = low
            if low is not _SKIP:
                # Cell(row, text), inlined: this loop runs for every filled text cell of the plan
                out.append(new(Cell, (int(row), text, low)))
    return out


def row_cells(ctx, sheet: str, columns: Iterable[str], last: Iterable[str] = ()) -> list[tuple[int, dict[str, Cell]]]:
    """Per row that has any of ``columns`` filled: (Excel row, {column: Cell}), in sheet order.
    ``last``: the columns no later rule reads (see :func:`cells`)."""
    last = frozenset(last)
    rows: dict[int, dict[str, Cell]] = {}
    for column in columns:
        found = cells(ctx, sheet, column, last=column in last)
        if not rows:  # the first column read: a dict per row in one step
            rows = {c[0]: {column: c} for c in found}
            continue
        at = rows.get
        for c in found:
            row = at(c[0])
            if row is None:
                rows[c[0]] = {column: c}
            else:
                row[column] = c
    return sorted(rows.items())


def per_text(judge: Callable[["Cell"], T]) -> Callable[["Cell"], T]:
    """``judge`` of a cell, worked out once per distinct text: plans repeat texts (a trekker, a
    standard sentence in Wat?, the same indicators), and equal cells share one str (the reader and
    :func:`cells`), so the lookup hashes each text once. The answers live as long as the returned
    function: one rule's loop, not the process."""
    known: dict[str, Any] = {}
    at = known.get

    def once(cell: "Cell") -> T:
        text = cell[1]
        value = at(text, _UNJUDGED)
        if value is _UNJUDGED:  # a text met first: a lookup that misses raises nothing (a KeyError
            value = known[text] = judge(cell)  # raised and caught cost more than the lookup)
        return value

    return once


_UNJUDGED = object()  # per_text's mark of a text not judged yet (None is an answer)
