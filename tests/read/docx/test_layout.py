"""The Word template's layout is the year's data (word.toml), typed and checked when a rule set loads it."""

from __future__ import annotations

import pytest

from workbooks import RULESET

from actieplan.plugin.scaffold import _checklist, shift_settings
from actieplan.plugin.settings import RuleSetError, parse_settings
from actieplan.plugin.wordspec import matches_title, norm, parse_layout
from actieplan.rules.jaar2026.sheets import sheet_specs

TEXT = RULESET.word_path.read_text(encoding="utf-8")


def _parse(text: str, settings=RULESET.settings, sheets=None):
    return parse_layout(text, "word.toml", settings, sheets or RULESET.sheets)


def test_the_rule_set_reaches_its_layout_and_every_name_is_a_contract_header():
    layout = RULESET.word
    assert layout is RULESET.word  # loaded once
    assert [t.sheet for t in layout.tables] == ["Capaciteit", "Stuurgroepen", "Netwerkevents", "Doorlopende acties"]
    for table in layout.tables:
        headers = {c.header for c in RULESET.sheets[table.sheet].columns}
        assert {c.column for c in table.columns} <= headers
    capaciteit = layout.table("Capaciteit")
    assert capaciteit.codes == ("A", "B", "C", "D", "E", "F") and capaciteit.total == "B + C + D + E + F"
    assert [b.label for b in layout.fiches.boxes] == ["Wat?", "Waarom?", "Voor wie?", "Met wie?", "Hoe?", "Evaluatie"]
    assert [f.label for f in layout.algemeen.fields] == [
        "Zorgraad:", "Andere namen:", "Werkjaar:", "Meerjarenplan:", "Contactpersoon:", "E-mail:", "Datum indiening:",
        "Sjabloon:",
    ]
    assert dict(layout.algemeen.defaults) == {"Werkjaar": "2026", "Meerjarenplan": "2024-2026", "Sjabloon": "actieplan-2026"}


def test_the_year_comes_from_the_settings_not_the_file():
    assert RULESET.word.fiches.heading == "Acties 2026"
    assert RULESET.word.table("Doorlopende acties").column_of("Mijlpalen in 2026").column == "Mijlpalen in 2026"
    later = parse_settings(shift_settings(RULESET.word_path.with_name("settings.toml").read_text(encoding="utf-8"),
                                          RULESET.settings, 1), "settings.toml")
    sheets = {s.name: s for s in sheet_specs(later)}
    layout = _parse(TEXT, later, sheets)
    assert layout.fiches.heading == "Acties 2027" and "2026" not in repr(layout)


def test_titles_match_the_variations_users_make():
    stuurgroepen = RULESET.word.table("Stuurgroepen")
    for title in ("Naam en/ of thema?", "naam en /of thema", "NAAM EN/OF THEMA:"):
        assert stuurgroepen.column_of(title).column == "Naam en/of thema"
    assert RULESET.word.table("Capaciteit").column_of("Opmerkingen (vb. al geweten dat ...)").column == "Opmerkingen"
    assert stuurgroepen.column_of("Budget") is None
    assert not matches_title("Trekkers van alles", ["Trekker"])
    assert norm("  Wat ga je\u00a0wel   doen? ") == "wat ga je wel doen"


def test_the_objectives_headings_and_the_zorgraad_in_a_title():
    fiches = RULESET.word.fiches
    assert fiches.od.match("Operationele doelstelling 2.4. - Een tekst").group("code", "tekst") == ("2.4", "Een tekst")
    assert fiches.sd.match("Strategische doelstelling 7 – Nog een tekst").group("code") == "7"
    assert fiches.sd.match("Operationele doelstelling 7.1 - x") is None
    assert fiches.sd.match("SD 2 - Zorg dichtbij").group("code", "tekst") == ("2", "Zorg dichtbij")
    assert fiches.od.match("OD 2.3 Samenwerking in de wijk").group("code", "tekst") == ("2.3", "Samenwerking in de wijk")
    assert fiches.od.match("Odenbeweging in de wijk") is None and fiches.sd.match("Sdoelen 2030") is None
    # the name as the document writes it: "Zorgraad" stays, only "Actieplan", "van de" and the year go
    assert RULESET.word.algemeen.zorgraad_in("Actieplan Zorgraad Kempen 2026") == "Zorgraad Kempen"
    assert RULESET.word.algemeen.zorgraad_in("Pagina 3 van 30") is None
    for title in ("Actieplan 2026 - Zorgraad Kempen", "actieplan van de Zorgraad Kempen"):
        assert RULESET.word.algemeen.zorgraad_in(title) == "Zorgraad Kempen", title
    assert RULESET.word.algemeen.zorgraad_in("Actieplan Kempen – 2026") == "Kempen"
    assert RULESET.word.algemeen.zorgraad_in("Actieplan 2026") is None


@pytest.mark.parametrize(
    "change, said",
    [
        (('kolom = "Trekker"\ntitels = ["Trekker",', 'kolom = "Trekkers"\ntitels = ["Trekker",'), "geen kolom 'Trekkers'"),
        (('blad = "Netwerkevents"', 'blad = "Events"'), "het blad 'Events' bestaat niet"),
        (("(?P<code>\\d+\\.\\d+)", "(?P<nummer>\\d+\\.\\d+)"), "mist de groep(en) code"),
        (('koppen = ["Procesevaluatie"]\nvinkje = "Procesevaluatie"', 'koppen = ["Procesevaluatie"]\nvinkje = "Proces"'),
         "geen kolom 'Proces'"),
        (('kolom = "Trekker"\n\n[[fiches.vak.deel]]', 'kolom = ""\n\n[[fiches.vak.deel]]'), "geen vak vult de verplichte kolom(men) Trekker"),
        (('labels = ["Hoe?"]', 'labels = ["Wat?"]'), "hetzelfde label"),
        (("[fiches.vinkjes]", "[fiches.vinkjes_]"), "[vinkjes] ontbreekt"),
        (("sd = '^(?:strategische", "sd = '(^(?:strategische"), "geen geldige reguliere expressie"),
        (('kolom = "OD"\ntekst', 'kolom = "Doel"\ntekst'), "geen kolom 'Doel'"),
    ],
)
def test_a_wrong_layout_is_said_in_dutch_when_the_rule_set_loads_it(change, said):
    old, new = change
    assert old in TEXT
    with pytest.raises(RuleSetError) as e:
        _parse(TEXT.replace(old, new, 1))
    assert said in str(e.value) and "word.toml" in str(e.value)


def test_a_documents_own_message_names_a_rule_of_the_rule_set(tmp_path):
    import dataclasses

    (tmp_path / "word.toml").write_text(TEXT.replace('regel = "cel-verplicht"', 'regel = "cel-verplicht-oud"', 1),
                                        encoding="utf-8")
    other = dataclasses.replace(RULESET, path=tmp_path)
    with pytest.raises(RuleSetError) as e:
        other.word
    assert "cel-verplicht-oud" in str(e.value) and "[[melding]]" in str(e.value)
    assert RULESET.word.messages[("cel-verplicht", "Actiefiches", "OD")]


def test_a_new_years_checklist_asks_to_check_the_word_template(tmp_path):
    assert "word.toml" in _checklist(RULESET, RULESET, tmp_path)
