"""Objective codes as plans write them (issue 21, point 2): the code is read out of the SD and OD
cells of Doelstellingen and Actiefiches in one place (rules/text/codes.py)."""

import pytest

from actieplan.rules.text.codes import code_label, od_code, sd_code


@pytest.mark.parametrize("value, code", [
    ("Strategische doelstelling 2", "2"), ("SD2", "2"), ("SD 2:", "2"), ("SD 02 – Zorg dichtbij", "2"),
    ("strat. doelstelling 5", "5"), ("2", "2"), ("2.", "2"), (2.0, "2"),
])
def test_sd_code_read_out_of_text(value, code):
    assert sd_code(value) == code


@pytest.mark.parametrize("value, code", [
    ("Operationele doelstelling 2.4", "2.4"), ("OD 2.4 - Mantelzorgers ondersteunen", "2.4"),
    ("OD2.4:", "2.4"), ("2.4.", "2.4"), ("2.4. Mantelzorg", "2.4"), ("2.4 Mantelzorg", "2.4"),
    ("OD 2.10", "2.10"), ("1.2.3", "1.2.3"), (2.4, "2.4"),
])
def test_od_code_read_out_of_text(value, code):
    assert od_code(value) == code


@pytest.mark.parametrize("value", ["Strategische doelstelling twee", "zie meerjarenplan", "Doel: zie hoger 2.4", "2 4", None, True])
def test_no_code_in_text(value):
    assert od_code(value) is None and sd_code(value) is None


def test_a_longer_number_is_another_code():
    assert od_code("OD 2.1") != od_code("OD 2.10")


def test_label_names_the_code_not_the_title():
    assert code_label("SD", "Strategische doelstelling 2: Zorg dichtbij") == "SD 2"
    assert code_label("OD", "OD 2.4 - Mantelzorgers ondersteunen") == "OD 2.4"
    assert code_label("SD", "SD 02") == "SD 02"
    assert code_label("SD", "2") == "SD 2"


def _written_out(rows):
    """The plan's codes as some plans write them: the words, and titles after the code."""
    rows["Doelstellingen"][0].update(SD="Strategische doelstelling 3", OD="Operationele doelstelling 3.1")
    rows["Doelstellingen"][1].update(SD="SD4: Zelfredzaamheid", OD="OD 4.1 - Gezondheidsvaardigheden")
    rows["Actiefiches"][0].update(SD="SD 3:", OD="OD 3.1 - Overleg op wijkniveau")
    rows["Actiefiches"][1].update(SD="Strategische doelstelling 4", OD="OD4.1:")


CODE_RULES = {"sd-code-ongeldig", "od-code-ongeldig", "fiche-od-onbekend", "fiche-od-andere-sd", "doelstellingen-ontbreken"}


def test_written_out_codes_are_read(check, plan):
    _written_out(plan)
    report = check(plan)
    assert [(f.where, f.rule) for f in report.findings if f.rule in CODE_RULES] == []


def test_written_out_codes_still_compared(check, plan):
    """Near misses: a code that is not in Doelstellingen (3.10 is not 3.1), an OD under the wrong SD,
    and a cell with no code at all stay findings."""
    _written_out(plan)
    plan["Actiefiches"][0].update(OD="OD 3.10 - Overleg op wijkniveau")
    plan["Actiefiches"][1].update(SD="Strategische doelstelling 3")
    report = check(plan)
    found = {(f.sheet, f.cell, f.rule) for f in report.findings if f.rule in CODE_RULES}
    assert found == {("Actiefiches", "B4", "fiche-od-onbekend"), ("Actiefiches", "A5", "fiche-od-andere-sd")}
    other = next(f for f in report.findings if f.rule == "fiche-od-andere-sd")
    assert "SD 3" in other.message and "OD 4.1" in other.message and "Gezondheidsvaardigheden" not in other.message
    plan["Actiefiches"][0].update(OD="Operationele doelstelling drie")
    plan["Doelstellingen"][0].update(SD="zie meerjarenplan")
    found = {(f.sheet, f.cell, f.rule) for f in check(plan).findings if f.rule in CODE_RULES}
    assert ("Actiefiches", "B4", "od-code-ongeldig") in found and ("Doelstellingen", "A4", "sd-code-ongeldig") in found
