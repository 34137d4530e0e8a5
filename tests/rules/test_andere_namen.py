"""The zorgraad's other names (issue 21, point 1): the Algemeen field `Andere namen` (abbreviation,
team names, the organisation that hosts the zorgraad), in the template, the example and the
trekker rule. Texts of a made-up zorgraad, not the example's."""

import openpyxl
import pytest
from paths import ROOT

from actieplan.rules.common.plan import ALGEMEEN_FIELDS

RULE = "fiche-trekker-verantwoordelijkheid"


def _zorgraad(rows, naam, andere=None):
    """Algemeen names the zorgraad ``naam``, with `Andere namen` ``andere`` (no such row when None)."""
    algemeen = rows["Algemeen"]
    algemeen[0]["Waarde"] = naam
    if andere is not None:
        algemeen.insert(1, {"Veld": "Andere namen", "Waarde": andere})


def _trekkers(rows, *trekkers):
    for fiche, trekker in zip(rows["Actiefiches"], trekkers):
        fiche["Trekker"] = trekker


def _trekker_findings(report):
    return {f.cell: f.message for f in report.findings if f.rule == RULE}


def test_a_team_name_without_other_names_is_reported_and_told_to_fill_the_field(check, plan):
    _zorgraad(plan, "Eerstelijnszone Dijleland-Hageland")
    _trekkers(plan, "Team Dijleland", "Welzijnshuis Hageland")
    found = _trekker_findings(check(plan))
    assert set(found) == {"I4", "I5"}
    assert all("'Andere namen'" in m and "Algemeen" in m for m in found.values())


def test_a_trekker_named_by_one_of_the_other_names_is_the_zorgraad(check, plan):
    _zorgraad(plan, "Eerstelijnszone Dijleland-Hageland", "Team Dijleland, DiHa; Welzijnshuis Hageland")
    _trekkers(plan, "team dijleland", "Wélzijnshuis HAGELAND (secretariaat)")
    report = check(plan)
    assert _trekker_findings(report) == {}
    assert not [f for f in report.findings if f.rule == "algemeen-onbekend-veld"]


def test_other_names_are_whole_words_not_parts_of_a_word(check, plan):
    """Near miss: 'DiHa' does not name 'Dihabo vzw'; the message then lists the names and no longer
    suggests the field, which is filled."""
    _zorgraad(plan, "Eerstelijnszone Dijleland-Hageland", "DiHa, Team Dijleland")
    _trekkers(plan, "Dihabo vzw", "Team Dijleland")
    found = _trekker_findings(check(plan))
    assert set(found) == {"I4"}
    assert "DiHa" in found["I4"] and "'Andere namen'" not in found["I4"]


def test_the_field_is_in_the_template_and_the_example():
    assert "Andere namen" in ALGEMEEN_FIELDS
    for name, expected in (("actieplan-2026-sjabloon.xlsx", None), ("voorbeeld-actieplan-2026.xlsx", "Eerstelijnszone Brussel, Huis voor Gezondheid")):
        ws = openpyxl.load_workbook(ROOT / "workbooks" / name, read_only=True)["Algemeen"]
        values = {row[0]: row[1] for row in ws.iter_rows(values_only=True) if row and row[0]}
        assert "Andere namen" in values, name
        assert values["Andere namen"] == expected


@pytest.mark.parametrize("andere", ["", " , ;", None])
def test_empty_other_names_change_nothing(check, plan, andere):
    _zorgraad(plan, "BruZEL", andere)
    assert [(f.where, f.rule) for f in check(plan).findings] == []


def test_a_steering_group_led_by_the_host_organisation_is_the_zorgraads_own_meeting(check, plan):
    """stuurgroep-eigen-overleg knows the other names too; a longer name that begins like one does not count."""
    _zorgraad(plan, "Eerstelijnszone Dijleland-Hageland", "Welzijnshuis Hageland")
    plan["Stuurgroepen"][1].update({"Naam en/of thema": "Raad van bestuur", "Trekker": "Welzijnshuis Hageland"})
    found = {f.cell for f in check(plan).findings if f.rule == "stuurgroep-eigen-overleg"}
    assert found == {"A5"}
    plan["Stuurgroepen"][1]["Trekker"] = "Welzijnshuis Hagelandse Rand"
    assert not [f for f in check(plan).findings if f.rule == "stuurgroep-eigen-overleg"]
