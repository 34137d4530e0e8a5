"""Issue 21, speed of validation on real texts, second round: each shortcut gives what the plain
way gives and does the less work it promises (each test fails on the code before it)."""

from __future__ import annotations

import copy
import random
import unicodedata

from workbooks import RULESET, valid_plan, write_plan

from actieplan import normalize
from actieplan.normalize import fold
from actieplan.plugin.ruleset import Context
from actieplan.read.loader import load_workbook
from actieplan.rules.common import inhoud, structure
from actieplan.rules.text import words
from actieplan.rules.text.words import ascii_fold, fold_lower


def _plain_fold(text: str) -> str:
    """fold the plain way: NFKD, then every combining mark left out."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def test_fold_leaves_out_the_marks_as_the_plain_way_does():
    rng = random.Random(21)
    alphabet = "abcXYZ éëèÏöüçñ–—‘’•ÅØæœßﬁ²½\u0301\u0308\u0327Ωд中😀\u200b"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert fold(text) == _plain_fold(text), text


class _Counting:
    """unicodedata, counting the characters asked whether they are a combining mark."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __getattr__(self, name):
        return getattr(unicodedata, name)

    def combining(self, c: str) -> int:
        self.asked.append(c)
        return unicodedata.combining(c)


def test_fold_asks_only_the_characters_that_are_not_ascii_whether_they_are_a_mark(monkeypatch):
    counting = _Counting()
    monkeypatch.setattr(normalize, "unicodedata", counting)
    assert fold("Een geïntegreerde aanpak van het café") == "een geintegreerde aanpak van het cafe"
    # the decomposed text holds two marks ('̈' of 'ï', '́' of 'é'), and a dozen distinct ASCII letters
    assert sorted(counting.asked) == ["\u0301", "\u0308"]


# -- titel-dubbel and cel-plaatshouder: one pass over the rows ------------------------------------


def _plan_with(tmp_path, edit):
    rows = copy.deepcopy(valid_plan())
    edit(rows)
    return load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())


def _groups(rows):
    """Five steering groups: two pairs of equal name and trekker (accents, case and spaces apart),
    one equal name with another trekker, and a row whose name is empty."""
    base = rows["Stuurgroepen"][0]
    named = [("Overleg Eerstelijn", "Team zorgraad"), ("overleg  eerstelijn", "team ZORGRAAD"), ("Overleg eerstelijn", "Stad"),
             ("Werkgroep cafe", "Stad"), ("Werkgroep café", "stad"), (None, "Stad")]
    rows["Stuurgroepen"] = [dict(base, **{"Naam en/of thema": n, "Trekker": t}) for n, t in named]


def test_titel_dubbel_reports_the_later_of_equal_keys_and_reads_no_key_of_a_row_without_a_title(tmp_path, monkeypatch):
    wb = _plan_with(tmp_path, _groups)
    keyed = []
    real = structure._title_key
    monkeypatch.setattr(structure, "_title_key", lambda v: keyed.append(v) or real(v))
    hits = [h for h in structure.titel_dubbel(Context(wb, RULESET)) if h.sheet == "Stuurgroepen"]
    frame = wb.sheets["Stuurgroepen"].frame
    rows = frame.index.tolist()
    assert [(h.row, h.values["eerste"]) for h in hits] == [(rows[1], rows[0]), (rows[4], rows[3])]
    assert hits[0].values["wat"] == "'overleg  eerstelijn | team ZORGRAAD'"
    # the row without a name is no key: its trekker is not folded (pandas folded every cell first);
    # each distinct trekker is folded once (round 3: 'Stad' and 'stad', not three times)
    assert keyed.count("Stad") + keyed.count("stad") == 2


def test_cel_plaatshouder_judges_each_distinct_short_text_of_a_column_once(tmp_path, monkeypatch):
    def trekkers(rows):
        base = rows["Stuurgroepen"][0]
        rows["Stuurgroepen"] = [dict(base, **{"Naam en/of thema": f"Groep {n}", "Trekker": t}) for n, t in enumerate(["-", "-", "Stad", "-", "Stad"])]

    wb = _plan_with(tmp_path, trekkers)
    asked = []
    real = structure.placeholder_test
    monkeypatch.setattr(structure, "placeholder_test", lambda settings: (lambda v, judge=real(settings): asked.append(v) or judge(v)))
    hits = [h for h in structure.cel_plaatshouder(Context(wb, RULESET)) if h.sheet == "Stuurgroepen" and h.column == "Trekker"]
    rows = wb.sheets["Stuurgroepen"].frame.index.tolist()
    assert [(h.row, h.values["waarde"]) for h in hits] == [(rows[0], "-"), (rows[1], "-"), (rows[3], "-")]
    assert sorted(v for v in asked if v in ("-", "Stad")) == ["-", "Stad"]  # five cells, two texts


def test_a_continued_action_is_judged_without_hashing_the_whole_inhoud_settings(monkeypatch):
    cfg = inhoud.inhoud(RULESET.settings)
    hashed = []
    monkeypatch.setattr(inhoud.Inhoud, "__hash__", lambda self: hashed.append(1) or 0)
    text = "het vormingsaanbod van vorig jaar zetten we dit jaar in twee gemeenten verder."
    assert inhoud._continued(text, cfg, 2026) is not None
    assert inhoud._continued("we zetten de gesprekken verder in 2026.", cfg, 2026) is None
    assert hashed == []


# -- ascii_fold: the common characters replaced first ---------------------------------------------


def test_ascii_fold_gives_what_folding_the_whole_text_gives():
    rng = random.Random(5)
    alphabet = "ab Z.,é ëÉÏ•’‘“”–—…±àçÅ\u0301\u0308ﬁ½Ωд中😀\u200b"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")
        assert ascii_fold(text) == plain, text
        assert text.lower().isascii() or fold_lower(text.lower()) == plain


def test_ascii_fold_replaces_the_common_characters_without_the_error_handler():
    before = words._folded_run.cache_info()
    assert ascii_fold("• Geïntegreerde zorg – het ‘café’ van één coördinator…") == " geintegreerde zorg  het cafe van een coordinator..."
    after = words._folded_run.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)  # no run went to the handler
    assert ascii_fold("Ωmega ½") == "mega 12"  # the others still do (½: 1, a fraction slash, 2)
    assert words._folded_run.cache_info() != after


def test_quick_fold_folds_a_short_text_that_is_not_ascii_once(monkeypatch):
    calls = []
    monkeypatch.setattr(words, "fold", lambda s: calls.append(s) or fold(s))
    words._short_fold.cache_clear()
    title = "Vorming ‘geïntegreerde zorg’ – één keer"
    assert [words.quick_fold(title) for _ in range(3)] == [fold(title)] * 3
    assert calls == [title]
    long = "é" + "x" * words.SHORT_TEXT  # a long text is not kept
    assert words.quick_fold(long) == fold(long) and calls[-1] == long


def test_row_cells_gives_each_row_its_cells_in_column_order(tmp_path):
    from actieplan.rules.text.cells import cells, row_cells

    def sparse(rows):
        fiches = rows["Actiefiches"]
        fiches[0]["Wat ga je wel doen?"] = None  # a row with the second column only, one with the first only
        fiches[1]["Wat?"] = "/"

    wb = _plan_with(tmp_path, sparse)
    columns = ("Wat ga je wel doen?", "Wat?", "Waarom?")
    ctx = Context(wb, RULESET)
    plain: dict[int, dict] = {}
    for column in columns:
        for c in cells(ctx, "Actiefiches", column):
            plain.setdefault(c.row, {})[column] = c
    got = row_cells(Context(wb, RULESET), "Actiefiches", columns)
    assert got == sorted(plain.items())
    assert [list(found) for _, found in got] == [list(found) for _, found in sorted(plain.items())]
    assert list(got[0][1]) == ["Wat?", "Waarom?"] and list(got[1][1]) == ["Wat ga je wel doen?", "Waarom?"]


def test_titles_of_a_sheet_are_read_from_lists_not_row_by_row_from_pandas(tmp_path, monkeypatch):
    import pandas as pd

    from actieplan.rules.common import tabellen

    wb = _plan_with(tmp_path, lambda rows: None)
    frame = wb.sheets["Stuurgroepen"].frame
    expected = [(r, t) for r, t in zip(frame.index.tolist(), frame["Naam en/of thema"].tolist()) if t]
    monkeypatch.setattr(pd.Series, "items", lambda self: (_ for _ in ()).throw(AssertionError("Series.items")))
    got = tabellen._titles(Context(wb, RULESET), "Stuurgroepen", "Naam en/of thema")
    assert [(r, t) for r, t, _ in got] == expected and all(isinstance(r, int) for r, _, _ in got)
