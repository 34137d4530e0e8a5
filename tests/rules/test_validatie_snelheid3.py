"""Issue 21, speed of validation on real texts, third round: each shortcut gives what the plain
way gives and does the less work it promises (each test fails on the code before it)."""

from __future__ import annotations

import random
import re
import sys
from re import _parser as sre_parse

from counted import CountedText, recording
from workbooks import RULESET

from actieplan.rules.common import actiefiches, tabellen
from actieplan.rules.text import dates
from actieplan.rules.text.cells import Cell, per_text
from actieplan.rules.text.words import LETTERS, ascii_fold, letter_words


def _engine_can_skip(pattern: re.Pattern[str]) -> bool:
    """Whether the regex engine can skip to where a match may begin: the pattern starts with a
    character or a set of them (in a group too), not with a look-behind or a repeat, which the
    engine tries at every position of a long text."""
    items = sre_parse.parse(pattern.pattern, pattern.flags).data
    while items and items[0][0] is sre_parse.SUBPATTERN:
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op in (sre_parse.LITERAL, sre_parse.IN):
        return True
    if op is sre_parse.BRANCH:  # each alternative starts with a character
        return all(alt.data and alt.data[0][0] is sre_parse.LITERAL for alt in av[1])
    return False


# -- regexes searched over long texts start with what the engine can look for ---------------------

_OLD_FLEMISH = re.compile(r"(?<![a-z])vlaamse?\s+[a-z-]*doelstelling(?:en)?(?![a-z])")


def test_a_flemish_objective_is_found_where_the_look_behind_first_found_it():
    pattern = actiefiches._FLEMISH_OBJECTIVE
    assert _engine_can_skip(pattern)
    texts = [
        "dit draagt bij aan de vlaamse preventiedoelstelling rond vaccinatie.",
        "een vlaamse  welzijnsdoelstellingen-kader", "de ervlaamse doelstelling", "vlaams doelstelling",
        "xvlaamse gezondheidsdoelstelling", "vlaamse doelstellingenkader", "(vlaamse doelstellingen)",
        "vlaamsvlaamse doelstelling", "de vlaamse-doelstelling", "de vlaamse\nzorgdoelstelling.",
    ]
    rng = random.Random(21)
    pieces = ["vlaams", "vlaamse", " ", "  ", "\n", "doelstelling", "doelstellingen", "zorg", "-", "x", "e", ".", "de "]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    for text in texts:
        old, new = _OLD_FLEMISH.search(text), pattern.search(text)
        assert (old and old.span()) == (new and new.span()), text


def test_a_number_of_times_is_found_where_the_two_alternatives_found_it():
    words = tuple(typed_frequency_words())
    pattern = tabellen._counted(words)
    assert _engine_can_skip(pattern)
    nouns = "|".join(sorted((re.escape(dates.fold(w)) for w in words), key=len, reverse=True))
    number = r"(?<![\d])\d{1,3}(?:\s*(?:a|-|–|tot|of)\s*\d{1,3})?"
    old = re.compile(number + r"\s*x(?![a-z])" + r"|" + number + r"\s+(?:[a-z]+\s+)?[a-z]*(?:" + nouns + r")(?![a-z])")
    texts = ["sinds 2022, 3x/jaar", "tot 4x/j", "10 vergaderingen", "3 a 4 bijeenkomsten", "1234x", "2022x", "x3 x",
             "sinds 2018, 10 grote vergaderingen", "15/03 x", "3 - 4 keer", "3 tot 4x", "+- 10x/jaar", "1x/maand (1u)"]
    rng = random.Random(3)
    pieces = ["1", "12", "1234", "x", " ", "a", "-", "tot", "of", "vergaderingen", "keer", "jaar", "/", "xy", "grote "]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(5000)]
    for text in texts:
        assert bool(old.search(text)) == bool(pattern.search(text)), text


def typed_frequency_words():
    from actieplan.rules.settings import typed

    return typed(RULESET.settings).stuurgroepen.frequentie_woorden


def test_years_of_a_text_without_19_are_looked_for_from_their_20_and_give_what_year_gives():
    assert _engine_can_skip(dates._YEAR_20) and not _engine_can_skip(re.compile(r"(?<!\d)\d"))
    rng = random.Random(19)
    pieces = ["20", "19", "2026", "1999", "12026", "20261", "0", "7", " ", "-", "a", "(", "\u200b", "2"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert dates.years(text) == [int(y) for y in dates.YEAR.findall(text.replace("\u200b", "").strip())], text
    assert dates.years(" STAP 1 (najaar 2025), STAP 2 (2026-2027) ") == [2025, 2026, 2027]
    assert dates.years(2026) == [2026] and dates.years(None) == []


def test_the_words_of_a_folded_text_are_the_runs_of_letters():
    rng = random.Random(7)
    alphabet = "abz ,.-'\n\t0123é–•ËℌﬁßA"
    for _ in range(5000):
        folded = ascii_fold("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))))
        assert letter_words(folded) == LETTERS.findall(folded), folded


# -- per_text: a text met first is judged without an exception raised -----------------------------


def test_per_text_judges_a_new_text_without_raising_and_catching_an_exception():
    raised: list[str] = []

    def trace(frame, event, arg):
        if event == "exception":
            raised.append(arg[0].__name__)
        return trace

    judged: list[str] = []
    once = per_text(lambda cell: judged.append(cell.text) or (None if cell.text == "niets" else len(cell.text)))
    cells = [Cell(r, t) for r, t in enumerate(["niets", "twee", "niets", "twee", "drie"], start=4)]
    sys.settrace(trace)
    try:
        answers = [once(c) for c in cells]
    finally:
        sys.settrace(None)
    assert answers == [None, 4, None, 4, 4]
    assert judged == ["niets", "twee", "drie"]  # None is an answer too: judged once
    assert raised == []


# -- Gapped: a phrase of an ASCII text is one regex search ------------------------------------------

_PHRASES = ["liep al", "al opgestart", "zetten we … verder", "verder … zetten", "blijft … onderhouden", "verdergezet", "zet … voort"]


def test_gapped_search_of_an_ascii_text_gives_what_the_scan_of_each_place_gives():
    from actieplan.rules.common.inhoud import Gapped

    rng = random.Random(33)
    filler = "al zetten we verder de kaart blijft onderhouden liep opgestart zet voort verdergezet x. Al 3al al9 TM".split()
    for wide in (False, True):
        words = Gapped(_PHRASES, wide=wide)
        for _ in range(4000):
            text = rng.choice(["", " ", "\n"]).join(rng.choice(filler) for _ in range(rng.randint(0, 20)))
            start = rng.randint(0, max(0, len(text) - 1)) if rng.random() < 0.3 else 0
            end = rng.randint(start, len(text)) if rng.random() < 0.3 else len(text)
            assert words.search(text, start, end) == words._search(text, start, end), (text, start, end)


def test_gapped_search_does_not_step_through_each_place_of_a_frequent_first_word():
    from actieplan.rules.common.inhoud import Gapped

    words = Gapped(_PHRASES, wide=True)
    text = CountedText("al het werk dat al bestond, al de partners en al hun leden zetten al hun tijd in. " * 10)
    CountedText.finds = 0
    assert words.search(text) is None
    assert CountedText.finds <= len(words._groups)  # the old scan looked at each of the 50 places of 'al'
    assert words.search(text + "zetten we het al lang lopende werk verder") == (len(text), len(text) + 41)


def test_earlier_years_of_a_text_without_19_are_looked_for_from_their_20_and_found_as_before():
    found = dates.earlier_years(2026)
    assert found._twenties is not None and _engine_can_skip(found._twenties)
    assert sre_parse.parse(found._twenties.pattern).data[0] == (sre_parse.LITERAL, ord("2"))  # the string '20' first
    rng = random.Random(2026)
    pieces = ["20", "19", "2025", "2026", "1999", "12025", "20251", "0", "5", " ", "-", "2", "x"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(3000)]
    for werkjaar in (1900, 1950, 2000, 2001, 2010, 2026, 2099):
        pattern = dates.earlier_years(werkjaar)
        for text in texts:
            m = pattern.search(text)
            assert (m and m.span()) == ((w := pattern.pattern.search(text)) and w.span()), (werkjaar, text)
            assert (m is not None) == any(int(y) < werkjaar for y in dates.YEAR.findall(text)), (werkjaar, text)


def test_the_words_of_a_text_that_is_not_ascii_are_split_as_str():
    assert letter_words("zorg–welzijn café 3x") == "zorg–welzijn café 3x".translate(words_module().NOT_LETTERS).split()
    assert letter_words("Zorg, welzijn; 3x") == ["org", "welzijn", "x"]


def words_module():
    from actieplan.rules.text import words

    return words


# -- the first sentence of Wat?: one scan for its end -----------------------------------------------


def test_the_first_sentence_ends_where_sentence_span_says():
    from actieplan.rules.common import inhoud

    rng = random.Random(11)
    pieces = ["we", " ", "2", ".", "5", "!", "?", ";", "\n", "a", "1.", ".3", "²", "é"]
    texts = ["", ".", "2.5 uur.", "a.b", "1.", ".1", "versie 2.0; daarna", "x\n2.5"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 15))) for _ in range(5000)]
    for text in texts:
        assert inhoud._first_sentence_end(text) == inhoud.sentence_span(text, 0, 0)[1], text
    CountedText.finds = 0
    long = CountedText("We organiseren 2.5 dagen vorming voor de huisartsen van de regio. Daarna volgt een evaluatie." * 3)
    assert inhoud._first_sentence_end(long) == 64
    assert CountedText.finds == 0  # sentence_span looked for each of the five end characters in turn


# -- the indicators' quotes: each distinct text shortened once ---------------------------------------


def test_the_indicators_of_many_fiches_are_quoted_once_per_distinct_text(tmp_path, monkeypatch):
    import copy

    from workbooks import valid_plan, write_plan

    from actieplan.plugin.ruleset import Context
    from actieplan.read.loader import load_workbook

    rows = copy.deepcopy(valid_plan())
    base = rows["Actiefiches"][0]
    rows["Actiefiches"] = [
        dict(base, **{"Titel actie": f"Actie {n}", "Indicatoren procesevaluatie": "Aantal deelnemers",
                      "Indicatoren resultaatgerichte evaluatie": "Tevredenheid" if n % 2 else None})
        for n in range(6)
    ]
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())
    shortened: list[str] = []
    real = actiefiches.shorten
    monkeypatch.setattr(actiefiches, "shorten", lambda text, n: shortened.append(text) or real(text, n))
    hits = list(actiefiches.fiche_indicator_streefdoel(Context(wb, RULESET)))
    assert len(hits) == 6
    assert hits[1].values["waarden"] == "'Aantal deelnemers' en 'Tevredenheid'" and hits[0].values["waarden"] == "'Aantal deelnemers'"
    assert sorted(shortened) == ["Aantal deelnemers", "Tevredenheid"]  # twelve quotes, two texts


# -- small shared steps ------------------------------------------------------------------------------


def test_a_cells_parts_are_read_without_a_python_call():
    from operator import itemgetter

    cell = Cell(7, "Één tekst")
    assert (cell.row, cell.text, cell.folded) == (7, "Één tekst", "een tekst")
    assert all(isinstance(getattr(Cell, name).fget, itemgetter) for name in ("row", "text", "folded"))



# -- a word list's matcher made once per rule, not looked up per text ---------------------------------


def _many_fiches(tmp_path, n=6):
    import copy

    from workbooks import valid_plan, write_plan

    from actieplan.read.loader import load_workbook

    rows = copy.deepcopy(valid_plan())
    base = rows["Actiefiches"][0]
    texts = ["We starten een traject van drie jaar met de scholen.", "In deze eerste fase brengen we de noden in kaart.",
             "We organiseren vorming.", "Het project liep al in 2024.", "Vanaf 2027 rollen we het uit.", "Een nieuwe actie."]
    rows["Actiefiches"] = [dict(base, **{"Titel actie": f"Actie {k}", "Wat?": texts[k % len(texts)] + f" Deel {k}."}) for k in range(n)]
    return load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())


def test_the_multi_year_signs_are_made_once_per_rule(tmp_path, monkeypatch):
    from actieplan.plugin.ruleset import Context
    from actieplan.rules.common.inhoud import inhoud

    wb = _many_fiches(tmp_path)
    cfg = inhoud(RULESET.settings)
    asked = []
    real = actiefiches.phrases
    monkeypatch.setattr(actiefiches, "phrases", lambda words: asked.append(tuple(words)) or real(words))
    hits = list(actiefiches.fiche_meerjarig(Context(wb, RULESET)))
    assert [h.values["woord"] for h in hits] == ["traject van drie jaar", "deze eerste fase", "Vanaf 2027"]
    assert asked.count(tuple(cfg.meerjarig_zinnen)) == 1  # was: once per distinct text


def test_the_phrases_of_an_earlier_action_are_made_once_per_rule(tmp_path, monkeypatch):
    from actieplan.plugin.ruleset import Context
    from actieplan.rules.common import inhoud as inhoud_module

    wb = _many_fiches(tmp_path)
    cfg = inhoud_module.inhoud(RULESET.settings)
    asked = []
    real = inhoud_module.gapped
    monkeypatch.setattr(inhoud_module, "gapped", lambda words, wide=False: asked.append(tuple(words)) or real(words, wide))
    hits = list(inhoud_module.fiche_eerdere_actie(Context(wb, RULESET)))
    assert [h.values["woord"] for h in hits] == ["liep al"]
    assert asked.count(tuple(cfg.eerdere_actie_zinnen)) == 1  # was: once per distinct Wat? and scope


def test_the_ticks_of_the_fiches_are_read_from_lists_not_by_walking_the_frames_index(tmp_path, monkeypatch):
    import pandas as pd

    from actieplan.plugin.ruleset import Context

    wb = _many_fiches(tmp_path, n=3)
    frame = wb.sheets["Actiefiches"].frame
    frame.loc[frame.index[1], "Procesevaluatie"] = "misschien"
    frame.loc[frame.index[2], "Indicatoren resultaatgerichte evaluatie"] = "  Aantal  deelnemers "
    monkeypatch.setattr(pd.Index, "__iter__", lambda self: (_ for _ in ()).throw(AssertionError("Index.__iter__")))
    got = actiefiches._ticks_of(Context(wb, RULESET), frame)
    rows = frame.index.tolist()
    assert [row for row, _, _ in got] == rows
    assert got[1][1] == {"Procesevaluatie": None, "Resultaatgerichte evaluatie (output)": False}
    assert got[2][2]["Indicatoren resultaatgerichte evaluatie"] == "Aantal  deelnemers"
    assert got[0][1]["Procesevaluatie"] is True


def test_a_number_typed_as_text_is_read_from_the_columns_values_not_cell_by_cell_from_pandas(tmp_path, monkeypatch):
    import copy

    import pandas as pd
    from workbooks import valid_plan, write_plan

    from actieplan.plugin.ruleset import Context
    from actieplan.read.loader import load_workbook
    from actieplan.rules.common import cellen

    rows = copy.deepcopy(valid_plan())
    for k, fiche in enumerate(rows["Actiefiches"]):
        fiche["Personeelscapaciteit (VTE)"] = ["0,6 VTE", 0.4, "veel"][k % 3]
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())
    monkeypatch.setattr(pd.core.indexing._AtIndexer, "__getitem__", lambda self, key: (_ for _ in ()).throw(AssertionError(".at")))
    hits = [h for h in cellen.getal_als_tekst(Context(wb, RULESET)) if h.sheet == "Actiefiches"]
    assert [(h.row, h.values) for h in hits] == [(4, {"waarde": "0,6 VTE", "getal": "0,6"})]


def test_the_rules_that_walk_a_column_read_it_as_lists_and_find_what_series_items_found(tmp_path, monkeypatch):
    import pandas as pd
    from plan_kempen import plan
    from workbooks import write_plan

    from actieplan.plugin.ruleset import Context
    from actieplan.read.loader import load_workbook
    from actieplan.rules.common import structure

    wb = load_workbook(write_plan(tmp_path / "kempen.xlsx", plan()), RULESET.sheets.values())
    rules = [actiefiches.fiche_od_onbekend, actiefiches.fiche_ifp, actiefiches.fiche_hoort_elders, actiefiches.fiche_doorlopende_actie,
             structure.od_code_ongeldig, tabellen.netwerkevent_bestuur, tabellen.netwerkevent_opkomst, tabellen.doorlopend_jaar,
             tabellen.stuurgroep_doorlopende_actie, tabellen.stuurgroep_looptijd_frequentie, tabellen.stuurgroep_overlapt_fiche]
    expected = [list(rule(Context(wb, RULESET))) for rule in rules]
    assert any(expected)
    monkeypatch.setattr(pd.Series, "items", lambda self: (_ for _ in ()).throw(AssertionError("Series.items")))
    assert [list(rule(Context(wb, RULESET))) for rule in rules] == expected


def test_an_events_timing_is_judged_once_per_distinct_text(tmp_path, monkeypatch):
    import copy

    from workbooks import valid_plan, write_plan

    from actieplan.plugin.ruleset import Context
    from actieplan.read.loader import load_workbook

    assert _engine_can_skip(tabellen._TIMES)
    rows = copy.deepcopy(valid_plan())
    base = rows["Netwerkevents"][0]
    timings = ["1x/jaar in maart", "Wordt nog bekeken", "1x/jaar in maart", "maart 2025", "Wordt nog bekeken", "2 edities"]
    rows["Netwerkevents"] = [dict(base, **{"Titel + format": f"Forum {k}", "Frequentie + timing": t}) for k, t in enumerate(timings)]
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())
    asked = []
    real = tabellen.looptijd_frequentie
    monkeypatch.setattr(tabellen, "looptijd_frequentie", lambda value, settings: asked.append(value) or real(value, settings))
    hits = list(tabellen.netwerkevent_timing(Context(wb, RULESET)))
    first = wb.sheets["Netwerkevents"].frame.index[0]
    assert [(h.row - first, h.values["probleem"]) for h in hits] == [
        (1, "zegt niet hoe vaak of wanneer"), (3, "noemt 2025, niet het werkjaar 2026"), (4, "zegt niet hoe vaak of wanneer")]
    assert sorted(asked) == ["1x/jaar in maart", "2 edities", "Wordt nog bekeken"]  # six events, three texts


def test_the_ongoing_actions_and_the_events_judge_each_distinct_text_once(tmp_path, monkeypatch):
    import copy

    from workbooks import valid_plan, write_plan

    from actieplan.plugin.ruleset import Context
    from actieplan.read.loader import load_workbook

    rows = copy.deepcopy(valid_plan())
    ongoing = rows["Doorlopende acties"][0]
    said = [("4 workshops verspreid over het jaar", "De workshops worden geëvalueerd."),
            ("Brochure herdrukken", "Ook de komende jaren is blijvend inzet nodig.")]
    rows["Doorlopende acties"] = [dict(ongoing, **{"Titel + jaar actiefiche": f"Actie {k} (2025)", "Mijlpalen in 2026": said[k % 2][0],
                                                   "Verduurzaming + blijvende inzet": said[k % 2][1]}) for k in range(6)]
    event = rows["Netwerkevents"][0]
    rows["Netwerkevents"] = [dict(event, **{"Titel + format": f"Forum {k}", "Opvolging/evaluatie": "Verslag naar de deelnemers."}) for k in range(5)]
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())
    ctx = Context(wb, RULESET)
    ending, staying = [], []
    real_ending, real_staying = tabellen._says_ending, tabellen._stays_on
    monkeypatch.setattr(tabellen, "_says_ending", lambda ctx, folded, text: ending.append(text) or real_ending(ctx, folded, text))
    monkeypatch.setattr(tabellen, "_stays_on", lambda ctx, folded: staying.append(folded) or real_staying(ctx, folded))
    afronding = list(tabellen.doorlopend_afronding(ctx))
    inzet = list(tabellen.doorlopend_blijvende_inzet(ctx))
    assert [h.values["waarde"] for h in afronding] == ["4 workshops verspreid over het jaar"] * 3
    assert [h.values["waarde"] for h in inzet] == ["De workshops worden geëvalueerd."] * 3
    assert len(ending) == 4  # six actions, each of the four distinct texts read once (it was twelve reads)
    assert len(staying) == 4  # once per distinct text in each rule: three in doorlopend-afronding, one in blijvende-inzet
    found: list = []
    monkeypatch.setattr(tabellen, "phrases", recording(tabellen.phrases, "find", found))
    list(tabellen.netwerkevent_organisator(Context(wb, RULESET)))
    assert [c.text for c in found].count("Verslag naar de deelnemers.") == 1  # five events share it


def test_an_events_link_and_follow_up_are_read_once_per_distinct_text(tmp_path, monkeypatch):
    import copy

    from workbooks import valid_plan, write_plan

    from actieplan.plugin.ruleset import Context
    from actieplan.read.loader import load_workbook

    rows = copy.deepcopy(valid_plan())
    event = rows["Netwerkevents"][0]
    rows["Netwerkevents"] = [dict(event, **{"Titel + format": f"Forum {k}", "Link eerdere actiefiche": "Ja",
                                            "Opvolging/evaluatie": "Hoort bij een lopend project dat nooit in een actiefiche stond."})
                             for k in range(5)]
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())
    answered, followed = [], []
    real_answer = tabellen.link_answer
    monkeypatch.setattr(tabellen, "link_answer", lambda text: answered.append(text) or real_answer(text))
    monkeypatch.setattr(tabellen, "parts", recording(tabellen.parts, "in_text", followed))
    lopend = list(tabellen.netwerkevent_lopende_actie(Context(wb, RULESET)))
    opvolging = list(tabellen.netwerkevent_opvolging(Context(wb, RULESET)))
    assert len(lopend) == 5 and {h.values["woord"] for h in lopend} == {"nooit in een actiefiche"}
    assert len(opvolging) == 5
    assert answered == ["Ja"] and len(followed) == 1  # five events, one text each


def test_short_texts_and_turnouts_are_judged_once_per_distinct_text(tmp_path, monkeypatch):
    import copy

    from workbooks import valid_plan, write_plan

    from actieplan.plugin.ruleset import Context
    from actieplan.read.loader import load_workbook

    rows = copy.deepcopy(valid_plan())
    base = rows["Actiefiches"][0]
    rows["Actiefiches"] = [dict(base, **{"Titel actie": f"Actie {k}", "Waarom?": ["Belangrijk thema.", base["Waarom?"]][k % 2]}) for k in range(6)]
    event = rows["Netwerkevents"][0]
    rows["Netwerkevents"] = [dict(event, **{"Titel + format": f"Forum {k}", "Opkomst": ["wisselend", "± 50 artsen"][k % 2]}) for k in range(6)]
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())
    measured, counted = [], []
    real_long, real_number = actiefiches.surely_long, tabellen.states_number
    monkeypatch.setattr(actiefiches, "surely_long", lambda text, minimum: measured.append(text) or real_long(text, minimum))
    monkeypatch.setattr(tabellen, "states_number", lambda value, settings: counted.append(value) or real_number(value, settings))
    kort = [h for h in actiefiches.fiche_tekst_kort(Context(wb, RULESET)) if h.column == "Waarom?"]
    opkomst = list(tabellen.netwerkevent_opkomst(Context(wb, RULESET)))
    assert [h.values["waarde"] for h in kort] == ["Belangrijk thema."] * 3
    assert [h.values["waarde"] for h in opkomst] == ["wisselend"] * 3
    assert measured.count("Belangrijk thema.") == 1 and sorted(counted) == ["wisselend", "± 50 artsen"]


def test_the_rules_that_walk_rows_read_the_columns_as_lists_not_by_iterating_pandas(tmp_path, monkeypatch):
    import pandas as pd
    from plan_westhoek import plan
    from workbooks import write_plan

    from actieplan.plugin.ruleset import Context
    from actieplan.read.loader import load_workbook

    wb = load_workbook(write_plan(tmp_path / "westhoek.xlsx", plan()), RULESET.sheets.values())
    frame = wb.sheets["Doorlopende acties"].frame
    frame.loc[frame.index[0], "Mijlpalen in 2026"] = None  # one ongoing action without milestones
    rules = [actiefiches.fiche_od_andere_sd, actiefiches.fiche_mijlpaal_na_werkjaar, tabellen.doorlopend_mijlpalen_leeg,
             tabellen.stuurgroep_in_fiche]
    expected = [list(rule(Context(wb, RULESET))) for rule in rules]
    assert expected[2]
    boom = lambda self: (_ for _ in ()).throw(AssertionError("iterating pandas"))  # noqa: E731
    monkeypatch.setattr(pd.Index, "__iter__", boom)
    monkeypatch.setattr(pd.Series, "__iter__", boom)
    assert [list(rule(Context(wb, RULESET))) for rule in rules] == expected


# -- the caps: a hit's place read without a sheet lookup per hit -------------------------------------


def test_the_caps_order_the_hits_by_place_without_looking_up_the_sheet_per_hit(tmp_path):
    import copy

    from workbooks import valid_plan, write_plan

    from actieplan.model import Hit
    from actieplan.read.loader import load_workbook
    from actieplan.validate import engine

    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", copy.deepcopy(valid_plan())), RULESET.sheets.values())
    rng = random.Random(4)
    columns = ["Wat?", "Titel actie", None, "Trekker"]
    hits = [(rng.choice(["r1", "r2"]), Hit("Actiefiches", rng.randint(4, 400), rng.choice(columns), col=rng.choice([None, None, 30])))
            for _ in range(900)]
    hits += [("r1", Hit("Stuurgroepen", 5, "Trekker")), ("r3", Hit("Actiefiches", None, None))]

    def plain_position(item):
        hit = item[1]
        sheet = wb.sheets.get(hit.sheet)
        col = hit.col if hit.col is not None else (sheet.columns.get(hit.column, 0) if sheet is not None and hit.column else 0)
        return (hit.sheet, hit.row or 0, col or 0)

    ordered = sorted(hits, key=plain_position)

    class Counting(dict):
        gets = 0

        def get(self, *args):
            Counting.gets += 1
            return super().get(*args)

    wb.sheets = Counting(wb.sheets)
    kept, omitted = engine.cap_hits(hits, wb)
    assert kept == [item for item in ordered if item in kept] and len(kept) == 402  # 200 per rule on a sheet, and the two others
    assert sum(omitted.values()) > 0
    assert Counting.gets == 0  # the sheet of each of 902 hits was looked up (a dict get per hit)


# -- the fiche content index: the words of a text judged once, without joining them again -----------


def test_the_meaningful_words_among_a_texts_runs_of_letters_are_those_of_the_joined_text():
    from actieplan.rules.settings import typed
    from actieplan.rules.text import words

    overlap = typed(RULESET.settings).overlap
    rng = random.Random(8)
    vocabulary = ["overleg", "overlegmomenten", "de", "huisartsen", "zorg", "en", "apothekers", "werkgroepen", "wijk", "bruzel", "van"]
    kept: dict = {}
    for _ in range(3000):
        runs = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        joined = " ".join(runs)  # the plain way: the runs joined, found again by the regex, judged each
        plain = words._kept(words._long_words(max(1, overlap.min_woordlengte)).findall(joined), overlap.stop, overlap.min_woordlengte)
        assert words.meaningful_among(runs, RULESET.settings, kept) == plain, runs
    assert set(kept) <= set(vocabulary)  # each word judged once, whatever the number of texts


def test_a_text_that_names_means_without_a_word_of_funding_is_not_judged_for_funding(tmp_path, monkeypatch):
    import copy

    from workbooks import valid_plan, write_plan

    from actieplan.plugin.ruleset import Context
    from actieplan.read.loader import load_workbook
    from actieplan.rules.common import inhoud as inhoud_module

    rows = copy.deepcopy(valid_plan())
    base = rows["Actiefiches"][0]
    texts = ["We doen dit met de beschikbare middelen en een klein budget.",  # no phrase of funding, no verb of paying
             "Het project wordt volledig gefinancierd door de provincie.", "Deels betaald uit projectsubsidies van de gemeente."]
    rows["Actiefiches"] = [dict(base, **{"Titel actie": f"Actie {k}", "Wat?": t, "Waarom?": "Uit de omgevingsanalyse."}) for k, t in enumerate(texts)]
    wb = load_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET.sheets.values())
    searched: list[str] = []
    monkeypatch.setattr(inhoud_module, "phrases", recording(inhoud_module.phrases, "search", searched))
    found = inhoud_module.funding(Context(wb, RULESET))
    first = wb.sheets["Actiefiches"].frame.index[0]
    assert {row - first: kind for row, (kind, _, _) in found.items()} == {1: inhoud_module.FULL, 2: inhoud_module.PARTLY}
    assert not any("beschikbare middelen" in text for text in searched)  # it was judged: 'middelen' opened the gate
