"""How the rules read free text: dates, years, frequencies, numbers of participants, overlap."""

from datetime import date, datetime

import pytest
from hypothesis import given, strategies as st

from actieplan.plugin.registry import resolve
from actieplan.rules.common.tabellen import looptijd_frequentie, states_number
from actieplan.rules.text.dates import parse_date, without_years, years_in_parentheses
from actieplan.rules.text.words import meaningful_words, shared_words

S = resolve("2026").settings


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-10-10", date(2025, 10, 10)),
        ("2025-10-10 00:00:00", date(2025, 10, 10)),
        (datetime(2025, 10, 10, 9, 30), date(2025, 10, 10)),
        ("10/10/2025", date(2025, 10, 10)),
        ("1-9-2025", date(2025, 9, 1)),
        ("10.10.25", date(2025, 10, 10)),
        ("10 oktober 2025", date(2025, 10, 10)),
        ("vrijdag 10 okt 2025", date(2025, 10, 10)),
        ("45940", date(2025, 10, 10)),  # an Excel serial number shown without date format
        ("31/02/2025", None),
        ("half oktober", None),
        ("2025", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# Every `Looptijd en frequentie` of BruZEL's plan, and what it states.
@pytest.mark.parametrize(
    "text, since, often",
    [
        ("Sinds 2022, 3x/jaar per hulp- en zorgzone", True, True),
        ("Sinds 2015 (vorige legislatuur als lid, sinds 2020 als voorzitter), +- 3 vergaderingen en evt. werkgroepen", True, True),
        ("Sinds 2016 als lid, sinds 2025 als voorzitter), +- 4 vergaderingen", True, True),
        ("Sinds 2018, 10 vergaderingen met telkens een voorbereidende vergadering", True, True),
        ("Sinds 2019, 3 à 4 bijeenkomsten + 3 à 4 bijeenkomsten van de gebruikersgroep", True, True),
        ("Sinds 2018, +- 8 vergaderingen en 8 werkgroepbijeenkomsten", True, True),
        ("Sinds 2011, 1 vergadering", True, True),
        ("Sinds 2019, 8 vergaderingen, 1 strategische denkdag", True, True),
        ("Sinds 2018, Tot 4x/j", True, True),
        ("Sinds 2024, +-4x/jaar", True, True),
        ("Sinds 2025, 1x/maand (1u)", True, True),
        ("Sinds 2018, 6x/jaar", True, True),
        ("Nieuw, maandelijks", True, True),
        ("Sinds 2021", True, False),
        ("Sinds 2022, momenteel on hold.", True, False),
        ("3x/jaar", False, True),
        ("regelmatig", False, False),
        ("Sinds 2018 vergaderingen", True, False),  # the year is not a number of meetings
    ],
)
def test_looptijd_frequentie(text, since, often):
    assert looptijd_frequentie(text, S) == (since, often)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("± 15 gezondheids- en welzijnsprofessionals/ overleg", True),
        ("± 50 gezondheids- en welzijnsprofessionals", True),
        ("Een twintigtal deelnemers", True),
        ("Gezondheids- en welzijnsprofessionals", False),
        ("wisselend", False),
    ],
)
def test_opkomst_states_number(text, expected):
    assert states_number(text, S) is expected


def test_years_of_an_ongoing_action():
    assert years_in_parentheses("Workshops inclusieve zorg (2025, 2024, 2023, 2022)") == [2025, 2024, 2023, 2022]
    assert years_in_parentheses("Campagne Gezond 2030 (2024)") == [2024]
    assert years_in_parentheses("Hulp- en zorgzones 2025") == [2025]
    assert without_years("Workshops inclusieve zorg (2025, 2024)") == "Workshops inclusieve zorg"
    assert without_years("Kijkstages (bij een ander) (2024)") == "Kijkstages (bij een ander)"


def test_meaningful_words_ignore_stop_words_and_plurals():
    fiche = meaningful_words("De zorgraad organiseert interprofessionele overlegmomenten op wijkniveau", S)
    assert fiche == {"interprofessionele", "wijkniveau"}
    group = meaningful_words("Werkgroep interprofessionele overlegmoment in het wijkniveau", S)
    assert shared_words(fiche, group, S) == ["interprofessionele", "wijkniveau"]
    assert shared_words(fiche, meaningful_words("Interprofessionele samenwerking", S), S) is None


def _span_one_char_at_a_time(text, start, end):
    """span_as_written's definition: each character's share of the folded text, counted one by one."""
    from actieplan.rules.text.words import ascii_fold

    if text.isascii():
        return start, end
    begin, pos = None, 0
    for i, ch in enumerate(text):
        pos += len(ascii_fold(ch))
        if begin is None and pos > start:
            begin = i
        if begin is not None and pos >= end:
            return begin, i + 1
    return (begin if begin is not None else len(text)), len(text)


@pytest.mark.slow  # hypothesis
@given(
    st.text(alphabet=st.sampled_from(list("ab Z.-1") + list("éëï–‘’•±ﬁİ½ß\u0301Å漢😀")), max_size=16),
    st.integers(0, 20),
    st.integers(0, 20),
)
def test_span_as_written_counts_each_character_as_folded(text, start, end):
    """Only the characters that are not ASCII are folded one by one; the span is the same as when
    every character is (dashes and quotes dropped, ligatures and 'İ' widened, accents kept as letters)."""
    from actieplan.rules.text.words import span_as_written

    assert span_as_written(text, start, end) == _span_one_char_at_a_time(text, start, end)


def test_span_as_written_in_a_long_text():
    """A word far behind dropped dashes and quotes and a widened ligature shows as written."""
    from actieplan.rules.text.words import ascii_fold, span_as_written

    text = "Overleg – ‘zorgwijk’ ﬁnale " * 200 + "met de Zorgraad BruZEL • café Één"
    folded = ascii_fold(text)
    for word, written in (("cafe", "café"), ("een", "Één"), ("bruzel", "BruZEL")):
        k = folded.rindex(word)
        b, e = span_as_written(text, k, k + len(word))
        assert text[b:e] == written


_PIECES = ["jaar", "najaar", "jan", "januari", "mei", "meisje", "lsb", "q1", "vlaamse", "vlaams", "beleid",
           "omgevingsanalyse", "gefinancierd", "door", "financiering", "van", "projectmiddelen", "–", "‘", "é",
           "Één", "2026", "meerjarig", "meerjarige", "driejarig", "forms", "verslaggeving", "x"]
_SEPARATORS = ["", " ", ".", "-", "x", "\n"]


@pytest.mark.slow  # hypothesis
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6),
    st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=14),
)
def test_phrases_find_the_first_whole_word_as_the_pattern_does(words, pieces):
    """Phrases.search (substring tests in groups, the regex only from the first place a phrase
    occurs) finds what the pattern finds searching the whole folded text, where a phrase occurs."""
    import re

    from actieplan.api import fold
    from actieplan.rules.text.cells import Cell
    from actieplan.rules.text.phrases import Parts, Phrases

    # Parts' definition: one of the words, folded, anywhere in the text
    part_pattern = re.compile("|".join(re.escape(fold(p).strip()) for p in words if p.strip()))
    phrases_, cell = Phrases(words), Cell(2, "".join(w + sep for w, sep in pieces))
    for _ in range(2):  # the second time with the group found first moved to the front
        expected = phrases_.pattern.search(cell.folded) if any(p in cell.folded for p in phrases_.parts) else None
        got = phrases_.search(cell.folded)
        assert (got.span() if got else None) == (expected.span() if expected else None)
        assert Parts(words).in_text(cell.folded) == (part_pattern.search(cell.folded) is not None)


def test_phrases_and_parts_on_a_long_text():
    from actieplan.rules.text.cells import Cell
    from actieplan.rules.text.phrases import Parts, Phrases

    cell = Cell(2, "Wij organiseren meisjesavonden en vlaamse-avonden. " * 300 + "Gefinancierd door de VGC, zie de omgevingsanalyse (mei 2025).")
    money = Phrases(["gefinancierd door", "financiering van", "projectmiddelen"])
    assert money.find(cell) == "Gefinancierd door"
    assert Phrases(["mei", "januari"]).find(cell) == "mei"  # not the 'mei' of 'meisjesavonden'
    assert Phrases(["lsb", "omgevingsanalyse", "vlaams beleid"]).find(cell) == "omgevingsanalyse"
    assert Phrases(["vlaams", "beleid"]).find(cell) is None  # 'vlaamse-avonden': no whole word
    assert Parts(["verslag", "forms"]).in_text(cell.folded) is False
    assert Parts(["avond", "forms"]).in_text(cell.folded) is True  # inside a longer word


@pytest.mark.slow  # hypothesis
@given(st.text(alphabet=st.sampled_from(list("aBc é1-.\n") + ["\u0301", "\u0308", "\u0323", "Σ", "İ", "ﬁ", "ẞ", "Ø", "½", "•", "–", "ë", "漢", "\ud800"]), max_size=20))
def test_ascii_fold_folds_runs_as_the_whole_text(text):
    """ascii_fold folds only the runs that are not ASCII (the encoder's error handler): the same
    text as NFKD of the whole, lower-cased, with what is not ASCII dropped."""
    import unicodedata

    from actieplan.rules.text.words import ascii_fold

    low = text.lower()
    assert ascii_fold(text) == unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode("ascii")


def test_marker_years_left_out_as_the_regex_does():
    """fiche-mijlpalen-tijd reads a month without its year: the years and what stands before them
    are cut as _MARKER_YEAR.sub cuts them, the regex tried only near the years."""
    from actieplan.rules.text.dates import MARKER_YEAR as _MARKER_YEAR
    from actieplan.rules.text.dates import without_marker_years as _without_marker_years

    texts = [
        "stap 1 (januari - februari 2025), stap 2 najaar2024 en 15/03/2025; 2019/2020 en 120255 of 2025",
        "geen jaar", "", "2025", "jan -feb 2025 maart", "werkgroep " * 50 + "voorjaar 2025 en dan mei",
    ]
    for text in texts:
        assert _without_marker_years(text) == _MARKER_YEAR.sub(" ", text)
    assert _without_marker_years("STAP 1 (januari - februari 2025), dan mei".lower()) == "stap 1 ( ), dan mei"


@pytest.mark.slow  # hypothesis
@given(st.lists(st.sampled_from(["2019", "2025", "20", "1", "/", "-", " ", "najaar", "jan", "\n", ".", "x", "–", ","]), max_size=16))
def test_marker_years_property(pieces):
    from actieplan.rules.text.dates import MARKER_YEAR as _MARKER_YEAR
    from actieplan.rules.text.dates import without_marker_years as _without_marker_years

    text = "".join(pieces)
    assert _without_marker_years(text) == _MARKER_YEAR.sub(" ", text)


def test_meaningful_words_remembered_for_one_check():
    """The words of a title met before in the same check come from the check's memo (a dict that
    lives as long as the check), not from a global cache; the same words either way."""
    from actieplan.rules.text.words import meaningful_words_each

    titles = ["Overlegmomenten op wijkniveau", "", "Overlegmomenten op wijkniveau", None, "Workshops inclusieve zorg"]
    memo: dict = {}
    assert meaningful_words_each(titles, S, memo) == meaningful_words_each(titles, S)
    assert set(memo) == {"Overlegmomenten op wijkniveau", "Workshops inclusieve zorg"}
    memo["Workshops inclusieve zorg"] = frozenset({"uit", "het", "geheugen"})
    assert meaningful_words_each(["Workshops inclusieve zorg"], S, memo) == [frozenset({"uit", "het", "geheugen"})]


def test_folded_cells_leave_the_cache_after_their_last_reader(tmp_path):
    """A column's folded cells stay in the check's cache while later rules read them and leave it
    with the last one (``last=True``); a reader after that gets the same cells, folded anew. After
    every rule of the rule set has run, no text column's cells are left in the cache: a rule added
    after a column's declared last reader shows up here (its cells would stay to the end)."""
    from actieplan.read.loader import load_workbook
    from actieplan.plugin.ruleset import Context
    from actieplan.rules.text.cells import cells

    from workbooks import write_plan

    rs = resolve("2026")
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx"), rs.sheets.values())
    ctx = Context(wb, rs)
    first = cells(ctx, "Actiefiches", "Waarom?")
    assert first and cells(ctx, "Actiefiches", "Waarom?") is first  # kept for the next reader
    assert cells(ctx, "Actiefiches", "Waarom?", last=True) is first
    assert not [k for k in ctx.cache if isinstance(k, tuple) and k[0] == "text.cells"]
    again = cells(ctx, "Actiefiches", "Waarom?", last=True)
    assert again == first and again is not first

    ctx = Context(wb, rs)
    for rule in rs.rules.values():
        if rule.func is not None:
            list(rule.func(ctx))
    assert any(k[0] == "text.cells" for k in ctx.cache if isinstance(k, tuple)) is False
    assert "tabellen.fiche_content" in ctx.cache  # the rules did read the texts


def test_the_rules_tables_are_typed_and_a_wrong_key_is_named():
    """The tables the rules read are checked when the rule set loads: a wrong type or a missing key
    is an error naming it, not a cast failing in the middle of a check."""
    from actieplan.plugin.settings import RuleSetError, parse_settings
    from actieplan.rules.common import algemeen
    from actieplan.rules.settings import typed

    rs = resolve("2026")
    assert typed(rs.settings).capaciteit.tolerantie_vte == 0.01 and typed(rs.settings).vorig_jaar.kopie_drempel == 75.0
    text = (rs.path / "settings.toml").read_text(encoding="utf-8")
    wrong = parse_settings(text.replace("tolerantie_vte = 0.01", 'tolerantie_vte = "0,01"'), "x/settings.toml")
    with pytest.raises(RuleSetError, match=r"\[capaciteit\] tolerantie_vte = '0,01'; verwacht: een getal"):
        typed(wrong)
    missing = parse_settings(text.replace("oudste_jaar = 2020", ""), "x/settings.toml")
    with pytest.raises(RuleSetError, match=r"ontbreekt \[doorlopend\] oudste_jaar"):
        typed(missing)
    # a quote that names the year is the year's ([citaten]); a year without it cannot load the rule
    [rule] = [r for r in algemeen.__rules__ if r.id == "algemeen-werkjaar"]
    assert rule.quote == "" and "werkjaar 2026" in rs.rules["algemeen-werkjaar"].quote
    unquoted = parse_settings(text.replace('"algemeen-werkjaar" = ', '"iets-anders" = '), "x/settings.toml")
    with pytest.raises(RuleSetError, match=r'ontbreekt \[citaten\] "algemeen-werkjaar"'):
        unquoted.quoted(rule)
