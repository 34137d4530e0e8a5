"""The real example (BruZEL's 2026 plan) reports exactly its real problems, at their cells.

Judged by reading the department's instructions against the plan:
- fiches OD 3.4 (row 6) and OD 4.1 (row 7) fill in indicators for both kinds of evaluation but
  tick neither box: "Selecteer minstens één van onderstaande manieren voor evaluatie";
- the ongoing action "Hulp- en zorgzones (2025)" has no milestones for 2026;
- two steering groups do not say how often they meet: "Sinds 2022, momenteel on hold."
  (Egied Van Broeckhoven school, row 22) and "Sinds 2021" (Werkgroep e-gezondheid en
  e-welzijn, row 37).
Everything else is right by the seed: F = 1,1 = 0,2 + 0,2 + 0,1 + 0,2 + 0,4; B..F = 6,1 is
below A = 6,18 (not above, not equal, not below 85%); every Opkomst states a number; fiche 5's
Wat? mentions the "meerjarenplan 2027–2032", which is no fiche for that plan.
"""

from conftest import EXAMPLE

from actieplan.check import check_workbook
from actieplan.model import Severity

EXPECTED = {
    ("Actiefiches", "M6", "fiche-evaluatie-geen", "error"),
    ("Actiefiches", "M7", "fiche-evaluatie-geen", "error"),
    ("Doorlopende acties", "B5", "doorlopend-mijlpalen-leeg", "warning"),
    ("Stuurgroepen", "C22", "stuurgroep-looptijd-frequentie", "warning"),
    ("Stuurgroepen", "C37", "stuurgroep-looptijd-frequentie", "warning"),
}


def _report():
    return check_workbook(EXAMPLE)[1]


def test_example_reports_exactly_its_real_problems():
    report = _report()
    found = {(f.sheet, f.cell, f.rule, f.severity.value) for f in report.findings if f.severity is not Severity.INFO}
    assert found == EXPECTED, [f"{f.where} {f.rule}: {f.message}" for f in report.findings]
    assert not report.ok


def test_example_messages_name_what_was_found():
    by_cell = {(f.sheet, f.cell): f.message for f in _report().findings}
    assert "'Sinds 2021'" in by_cell[("Stuurgroepen", "C37")]
    assert "'Sinds 2022, momenteel on hold.'" in by_cell[("Stuurgroepen", "C22")]
    assert "hoe vaak" in by_cell[("Stuurgroepen", "C37")]
    assert "Hulp- en zorgzones (2025)" in by_cell[("Doorlopende acties", "B5")]
    for cell in ("M6", "M7"):
        message = by_cell[("Actiefiches", cell)]
        assert "Indicatoren procesevaluatie" in message and "Indicatoren resultaatgerichte evaluatie" in message


def test_example_capacity_facts_agree_with_the_seed():
    facts = _report().facts
    assert facts["capaciteit"]["A"] == 6.18
    assert facts["som_b_f"] == 6.1
    assert facts["som_vte_fiches"] == 1.1 and facts["capaciteit"]["F"] == 1.1
