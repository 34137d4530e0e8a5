"""Issue 21, speed of validation on real texts: the shortcuts of the rules give exactly what the
plain way gives, and do the less work they promise (each test fails on the code before them)."""

from __future__ import annotations

import copy
import random

from counted import CountedText
from workbooks import RULESET, valid_plan, write_plan

from actieplan.plugin.ruleset import Context
from actieplan.read.loader import load_workbook
from actieplan.rules.common import inhoud
from actieplan.rules.common.inhoud import Gapped


def _plain(words: Gapped, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """Gapped.search the plain way: every phrase at every place; the earliest, the longest there."""
    end = len(text) if end is None else end
    found = []
    for head, gap, *_ in words._items:
        for i in range(start, end - len(head) + 1):
            if not text.startswith(head, i) or (i and text[i - 1].isalnum()):
                continue
            if gap is None:
                k = i + len(head)
                if k >= len(text) or not text[k].isalnum():
                    found.append((i, -k))
            elif (m := gap.match(text, i, end)) is not None:
                found.append((i, -m.end()))
    if not found:
        return None
    i, j = min(found)
    return i, -j


PHRASES = ["liep al", "reeds opgestart", "al opgestart", "zetten we … verder", "zetten we verder", "tweede editie",
           "nieuwe editie", "blijft … onderhouden", "zoals vorig jaar", "ook dit jaar", "verdergezet"]
FILLER = "we liep al zetten het project verder en blijft de kaart ook dit jaar reeds opgestart tweede nieuwe editie onderhouden zoals vorig".split()


def test_gapped_search_finds_the_earliest_and_longest_phrase_as_a_plain_scan_does():
    rng = random.Random(21)
    for wide in (False, True):
        words = Gapped(PHRASES, wide=wide)
        for _ in range(3000):
            text = " ".join(rng.choice(FILLER + ["x", "x.", "jaartal", "al,"]) for _ in range(rng.randint(0, 25)))
            start = rng.randint(0, max(0, len(text) - 1)) if rng.random() < 0.3 else 0
            end = rng.randint(start, len(text)) if rng.random() < 0.3 else None
            assert words.search(text, start, end) == _plain(words, text, start, end), (text, start, end)


def test_gapped_search_looks_for_a_group_of_phrases_once_where_their_shared_piece_is_absent():
    words = Gapped(PHRASES)
    CountedText.finds = 0
    text = CountedText("een tekst die geen enkele van de zinnen noemt, ook later niet " * 5)
    assert words.search(text) is None
    # one search per group of phrases that share a piece ('editie', 'opgestart', 'jaar'), not one per
    # phrase; a phrase on its own is one regex search (round 3), no substring search
    shared = [piece for piece, _, _ in words._groups if piece is not None]
    assert CountedText.finds == len(shared) and len(words._groups) < len(PHRASES) - 3


def test_an_earlier_action_is_read_once_per_distinct_text(tmp_path, monkeypatch):
    rows = copy.deepcopy(valid_plan())
    fiche = rows["Actiefiches"][0]
    fiche["Wat?"] = "Het vormingsaanbod voor mantelzorgers liep al in 2024; we breiden het uit."
    rows["Actiefiches"] = [dict(fiche, **{"Titel actie": f"Vorming mantelzorgers {n}"}) for n in range(4)]
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())
    calls = []
    real = inhoud._earlier_action
    monkeypatch.setattr(inhoud, "_earlier_action", lambda folded, col, *a: calls.append((col, folded)) or real(folded, col, *a))
    hits = list(inhoud.fiche_eerdere_actie(Context(wb, RULESET)))
    assert [(h.row, h.column, h.values["woord"]) for h in hits] == [(r, "Wat?", "liep al") for r in (4, 5, 6, 7)]
    assert [col for col, _ in calls].count("Wat?") == 1  # four fiches, one text: read once


def test_row_titles_read_each_sheets_title_column_once_and_give_what_the_frame_holds(tmp_path, monkeypatch):
    from actieplan.model import Hit
    from actieplan.validate import locate

    rows = copy.deepcopy(valid_plan())
    rows["Actiefiches"][1]["Titel actie"] = None  # a row without a title
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())
    frame = wb.sheets["Actiefiches"].frame
    reads = []
    real = locate.RowTitles._read
    monkeypatch.setattr(locate.RowTitles, "_read", lambda self, key: reads.append(key) or real(self, key))
    titles = locate.RowTitles(wb)
    got = [titles(Hit("Actiefiches", row, "Wat?")) for row in (*frame.index.tolist(), 1, 999)]
    assert got == [frame.at[4, "Titel actie"], None, *[frame.at[r, "Titel actie"] for r in frame.index[2:]], None, None]
    assert titles(Hit("Actiefiches", None)) is None and titles(Hit("Algemeen", 4, "Waarde")) is None
    assert reads == ["Actiefiches", "Algemeen"]  # once per sheet, however many hits


def test_per_text_judges_each_distinct_text_once_whatever_the_row():
    from actieplan.rules.text.cells import Cell, per_text

    seen = []
    judge = per_text(lambda cell: seen.append(cell.row) or cell.folded.count("a"))
    same = "Team ELZ Waasland"
    cells = [Cell(4, same), Cell(5, "Logo"), Cell(6, "".join(same)), Cell(7, same)]
    assert [judge(c) for c in cells] == [4, 0, 4, 4]
    assert seen == [4, 5]  # the text of rows 6 and 7 was judged at row 4
    assert per_text(lambda cell: cell.row)(cells[3]) == 7  # another judge keeps its own answers


def test_a_code_written_again_is_read_from_what_was_read_before():
    from actieplan.rules.text import codes

    codes._code_of.cache_clear()
    assert [codes.od_code("OD 03.1 - Zorgzones uitbouwen") for _ in range(3)] == ["3.1"] * 3
    assert codes.sd_code("OD 03.1 - Zorgzones uitbouwen") is None  # another pattern, another answer
    info = codes._code_of.cache_info()
    assert (info.misses, info.hits) == (2, 2)


def test_clean_text_and_shorten_of_a_plain_str_give_what_the_general_path_gives():
    import re

    from actieplan.normalize import clean_text, shorten

    class Other(str):
        """A str of another type: clean_text takes its general path."""

    # shorten splits on what str.split() takes for white space: the same characters as \s
    assert all(bool(re.match(r"\s", chr(c))) == chr(c).isspace() for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    rng = random.Random(6)
    alphabet = "ab é\u00a0\u200b\ufeff\t\n\u2003\x1c-."
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert clean_text(text) == clean_text(Other(text)), repr(text)
        assert shorten(text, 12) == shorten(Other(text), 12) == _old_shorten(text, 12), repr(text)


def _old_shorten(text, limit):
    import re

    s = re.sub(r"\s+", " ", str(text).replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").strip())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def test_earlier_years_finds_a_year_before_the_working_year_where_every_year_compared_does():
    from actieplan.rules.text.dates import YEAR, earlier_years

    texts = [f"{n:04d}" for n in range(1850, 2150)]
    texts = [t for n in texts for t in (n, f"x{n} ", f"1{n}", f"{n}5", f"({n}-2026)")]
    for werkjaar in (1900, 1901, 1999, 2000, 2001, 2010, 2019, 2020, 2026, 2030, 2099):
        pattern = earlier_years(werkjaar)
        for text in texts:
            assert (pattern.search(text) is not None) == any(int(y) < werkjaar for y in YEAR.findall(text)), (werkjaar, text)


class _FrameCtx:
    """The little of a rule Context that text.cells reads: one frame and the settings."""

    def __init__(self, frame):
        self._frame, self.settings = frame, RULESET.settings

    def frame(self, sheet):
        return self._frame


def test_a_columns_cells_judge_each_distinct_short_text_once_for_a_placeholder(monkeypatch):
    import pandas as pd

    from actieplan.rules.text import cells as text_cells

    asked = []
    real = text_cells._placeholder
    monkeypatch.setattr(text_cells, "_placeholder", lambda value, known: asked.append(value) or real(value, known))
    values = ["/", "Team ELZ", "/", "•", "nvt", "Team ELZ", "/", None, "Team ELZ"]
    frame = pd.DataFrame({"Trekker": values}, index=range(4, 4 + len(values)))
    got = text_cells._cells(_FrameCtx(frame), "Actiefiches", "Trekker")
    # a text that folds to nothing ('•') is no placeholder: it stays, as before
    assert [(c.row, c.text, c.folded) for c in got] == [(5, "Team ELZ", "team elz"), (7, "•", ""), (9, "Team ELZ", "team elz"), (12, "Team ELZ", "team elz")]
    assert sorted(asked) == sorted(["/", "Team ELZ", "•", "nvt"])  # once per distinct text


def test_a_short_text_is_searched_with_the_whole_word_regex_alone_and_finds_the_same():
    from actieplan.rules.text.phrases import HEAD, SHORT_PER_GROUP, Phrases

    words = Phrases(["nieuwsbrief", "jaarverslag", "meerjarenplan", "stuurgroep", "website", "vzw-administratie"])
    short = SHORT_PER_GROUP * len(words._groups)
    rng = random.Random(3)
    pieces = ["opmaak", "van", "het", "jaarverslag", "nieuwsbrieven", "website", "de", "stuurgroepen", "vzw-administratie", "x"]
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        got, want = words.search(text), words.pattern.search(text)
        assert (got and got.span()) == (want and want.span()), text
    CountedText.finds = 0
    title = CountedText("opmaak van de driemaandelijkse nieuwsbrief")
    assert len(title) <= short and words.search(title).group() == "nieuwsbrief"
    assert CountedText.finds == 0  # no scan per group: one regex search
    long_text = CountedText("x " * (short + HEAD) + "de nieuwsbrief")  # past the probed start too
    assert words.search(long_text).group() == "nieuwsbrief" and CountedText.finds > 0  # a long text: the scans


def test_title_words_judge_each_word_once_per_check_and_give_the_words_without_the_memo():
    from actieplan.rules.settings import typed
    from actieplan.rules.text.words import TitleWords, meaningful_words_each

    overlap = typed(RULESET.settings).overlap
    stop = sorted(w for w in overlap.stop if len(w) >= overlap.min_woordlengte and w.isalpha())[0]
    titles = ["Vorming van mantelzorgers", f"Mantelzorgers {stop} in de wijk", "Werkgroep mantelzorgers en huisartsen", "", "De wijk"]
    memo = TitleWords(overlap.stop)
    with_memo = meaningful_words_each(titles, RULESET.settings, memo)
    assert with_memo == meaningful_words_each(titles, RULESET.settings)
    assert "mantelzorger" in with_memo[0] and stop not in with_memo[1]
    assert memo.kept["mantelzorgers"] == "mantelzorger" and memo.kept[stop] is None  # each word once, a stop word too


def test_a_steering_groups_title_is_compared_with_the_fiche_titles_once_for_both_rules(tmp_path):
    from actieplan.rules.common import tabellen

    rows = copy.deepcopy(valid_plan())
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())
    ctx = Context(wb, RULESET)
    first = list(tabellen.stuurgroep_overlapt_fiche(ctx))
    _, index, _ = tabellen._fiche_index(ctx)

    def asked_again(words, need=None):
        raise AssertionError("the title index is asked again")

    index.first = asked_again  # the content comparison must use the answers of the title comparison
    again = Context(wb, RULESET)
    again.cache = ctx.cache
    assert list(tabellen.stuurgroep_in_fiche(again)) == list(tabellen.stuurgroep_in_fiche(Context(wb, RULESET)))
    assert first == list(tabellen.stuurgroep_overlapt_fiche(Context(wb, RULESET)))
