"""Issue 21, speed on real texts: the shortcuts in rules/text give exactly what the plain regexes
give. `Phrases.search` tries one alternation over a text's start first and learns per word list
whether that pays; `DATE` jumps to digits; a column's equal texts are folded once."""

from __future__ import annotations

import random
import re

from actieplan.rules.text.cells import _cells
from actieplan.rules.text.dates import DATE, MONTHS
from actieplan.rules.text.phrases import HEAD, Phrases
from actieplan.rules.text.words import ascii_fold

WORDS = ["voorjaar", "najaar", "q2", "week", "maand", "maanden", "eind", "doorlopend", *MONTHS]
FILLER = "we bouwen verder op de werking van het netwerk en bekijken samen met partners wat nodig is. ".split()


def _text(rng: random.Random) -> str:
    words = [rng.choice(FILLER) for _ in range(rng.randint(0, 120))]
    for _ in range(rng.choice((0, 0, 1, 3))):  # none, one or a few phrases, anywhere
        words.insert(rng.randint(0, len(words)), rng.choice(WORDS + ["meisje", "maandelijkse", "q20", "week-end", "é"]))
    return ascii_fold(" ".join(words))


def test_phrases_search_finds_what_the_whole_word_regex_finds_whatever_the_order_of_texts():
    rng = random.Random(21)
    phrases = Phrases(WORDS)
    pool = [_text(rng) for _ in range(3000)]
    early = [t for t in pool if (m := phrases.pattern.search(t)) is not None and m.start() < HEAD]
    other = [t for t in pool if t not in early]
    assert len(early) > 300 and len(other) > 300  # both kinds are there
    # runs of texts that name a phrase early, then runs that name it late or not at all: the probe
    # goes on and off
    texts = []
    while early or other:
        for kind in (early, other):
            texts += [kind.pop() for _ in range(min(len(kind), rng.randint(1, 80)))]
    for text in texts:
        got, want = phrases.search(text), phrases.pattern.search(text)
        assert (got and got.span()) == (want and want.span()), text


def test_phrases_search_with_a_phrase_across_the_probed_start():
    phrases = Phrases(["december", "q1"])
    text = "x" * (HEAD - 3) + " december q1"
    assert phrases.search(text).span() == phrases.pattern.search(text).span() == (HEAD - 2, HEAD + 6)
    assert phrases.search("x" * HEAD + " geen tijd") is None


OLD_DATE = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?!\d)")


def test_date_pattern_matches_as_before():
    rng = random.Random(6)
    for _ in range(20_000):
        text = "".join(rng.choice("0123456789/.- a") for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in DATE.finditer(text)] == [m.span() for m in OLD_DATE.finditer(text)], text
    assert DATE.search("op 15/03/2026 klaar").group() == "15/03/2026"
    assert DATE.search("nummer 115/03") is None


class _Ctx:
    """The little of a rule Context that :func:`_cells` reads."""

    def __init__(self, frame, settings):
        self._frame, self.settings = frame, settings

    def frame(self, sheet):
        return self._frame


def test_equal_texts_of_a_column_are_folded_once_and_share_the_folded_text():
    import pandas as pd
    from workbooks import RULESET

    same = "Eén tekst met een ‘aanhalingsteken’ en een • opsomming"
    frame = pd.DataFrame({"Wat?": [same, "Andere tekst", "".join(same), None, "/"]}, index=[4, 5, 6, 7, 8])
    cells = _cells(_Ctx(frame, RULESET.settings), "Actiefiches", "Wat?")
    assert [c.row for c in cells] == [4, 5, 6]
    assert cells[0].folded == ascii_fold(same) and cells[0].folded is cells[2].folded


def test_years_of_a_text_as_after_cleaning():
    from actieplan.api import clean_text
    from actieplan.rules.text.dates import YEAR, years

    for value in ["a\u00a02026\u00a0b", " 2025 ", "20\u200b26", "\ufeff2024", 2026, None, "", "x2026y", "12026", "2026\u00a0–\u00a02027 en 1899"]:
        s = clean_text(value)
        assert years(value) == ([int(y) for y in YEAR.findall(s)] if s else []), value
