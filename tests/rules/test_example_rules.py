"""The real example (BruZEL's 2026 plan) reports exactly its real problems, at their cells.

Judged by reading the department's instructions against the plan:
- fiches OD 3.4 (row 6) and OD 4.1 (row 7) fill in indicators for both kinds of evaluation but
  tick neither box: "Selecteer minstens één van onderstaande manieren voor evaluatie";
- the ongoing action "Hulp- en zorgzones (2025)" has no milestones for 2026;
- two steering groups do not say how often they meet: "Sinds 2022, momenteel on hold."
  (Egied Van Broeckhoven school, row 22) and "Sinds 2021" (Werkgroep e-gezondheid en
  e-welzijn, row 37).
The template's further instructions (issue 15) add warnings, each read against the plan and right:
- steering groups whose objective is not concrete: 'Doelstelling staat nog niet volledig op punt'
  (CAPP, D7), '… ligt momenteel stil' (Adviesraad Welzijn en Gezondheid, D8), '… ligt eigenlijk –
  jammer genoeg – stil' (Egied Van Broeckhoven school, D22), 'Afstemming van elkaars werking.'
  (Overleg Brusano – Huis voor Gezondheid, D33);
- the Forum (Netwerkevents D5) says what happens at the event, not how it is evaluated;
- fiche OD 5.1 (N8) gives indicators without any measurement method.
Its infos are listed in test_example_infos below.
Everything else is right by the seed: F = 1,1 = 0,2 + 0,2 + 0,1 + 0,2 + 0,4; B..F = 6,1 is
below A = 6,18 (not above, not equal, not below 85%); every Opkomst states a number; fiche 5's
Wat? mentions the "meerjarenplan 2027–2032", which is no fiche for that plan.
"""

from paths import EXAMPLE

from actieplan.run.check import check_workbook
from actieplan.model import Severity
from workbooks import RULESET  # the rule set the test plans are written for

EXPECTED = {
    ("Actiefiches", "M6", "fiche-evaluatie-geen", "error"),
    ("Actiefiches", "M7", "fiche-evaluatie-geen", "error"),
    ("Doorlopende acties", "B5", "doorlopend-mijlpalen-leeg", "warning"),
    ("Stuurgroepen", "C22", "stuurgroep-looptijd-frequentie", "warning"),
    ("Stuurgroepen", "C37", "stuurgroep-looptijd-frequentie", "warning"),
    ("Stuurgroepen", "D7", "stuurgroep-doel-concreet", "warning"),
    ("Stuurgroepen", "D8", "stuurgroep-doel-concreet", "warning"),
    ("Stuurgroepen", "D22", "stuurgroep-doel-concreet", "warning"),
    ("Stuurgroepen", "D33", "stuurgroep-doel-concreet", "warning"),
    ("Netwerkevents", "D5", "netwerkevent-opvolging", "warning"),
    ("Actiefiches", "N8", "fiche-indicator-meetmethode", "warning"),
}

# Infos: prompts, not faults. Right: the 0,08 VTE margin (C10); the steering groups attended for
# the whole Huis voor Gezondheid too (E8-E11, E15, E37); Kijkstages, organised by KWWZ (A8); four
# fiches without a target in their indicators; two fiches for 'Gezondheids- en
# welzijnsprofessionals'; four fiches' Waarom? (G4, G5, G7, G8) name none of the environment
# analysis, local social policy, Flemish objectives, the multi-year plan or a policy priority (true
# by the letter, they argue from local context: a prompt, hence info). Not right: fiche OD 5.1's
# 'vanaf 2027' (D8) looks ahead to the next multi-year plan. Fiche OD 4.1's 'projectmiddelen' (G7)
# funded the 2021 update, not this action: a sentence about past years is not reported.
INFOS = {
    ("Capaciteit", "C10", "capaciteit-marge-ifp"),
    *(("Stuurgroepen", c, "stuurgroep-eigen-naam") for c in ("E8", "E9", "E10", "E11", "E15", "E37")),
    ("Netwerkevents", "A8", "netwerkevent-organisator"),
    *(("Actiefiches", c, "fiche-indicator-streefdoel") for c in ("N4", "N5", "N6", "N7")),
    ("Actiefiches", "H6", "fiche-doelgroep-generiek"),
    ("Actiefiches", "H7", "fiche-doelgroep-generiek"),
    *(("Actiefiches", c, "fiche-waarom-link") for c in ("G4", "G5", "G7", "G8")),
    ("Actiefiches", "D8", "fiche-later-jaar"),
}


def _report():
    return check_workbook(EXAMPLE, ruleset=RULESET)[1]


def test_example_reports_exactly_its_real_problems():
    report = _report()
    found = {(f.sheet, f.cell, f.rule, f.severity.value) for f in report.findings if f.severity is not Severity.INFO}
    assert found == EXPECTED, [f"{f.where} {f.rule}: {f.message}" for f in report.findings]
    assert not report.ok


# issue 15's info rules (other info rules, such as getal-als-tekst, have their own tests)
ISSUE_15_INFO_RULES = {
    "capaciteit-marge-ifp", "stuurgroep-eigen-naam", "netwerkevent-organisator", "fiche-indicator-streefdoel",
    "fiche-doelgroep-generiek", "fiche-andere-middelen", "fiche-later-jaar", "fiche-waarom-link",
}


def test_example_infos():
    found = {(f.sheet, f.cell, f.rule) for f in _report().findings if f.rule in ISSUE_15_INFO_RULES}
    assert found == INFOS, sorted(found ^ INFOS)


def test_example_messages_name_what_was_found():
    by_cell = {(f.sheet, f.cell): f.message for f in _report().findings}
    assert "'Sinds 2021'" in by_cell[("Stuurgroepen", "C37")]
    assert "'Sinds 2022, momenteel on hold.'" in by_cell[("Stuurgroepen", "C22")]
    assert "hoe vaak" in by_cell[("Stuurgroepen", "C37")]
    # the context of a word is quoted as written, dashes included (folding drops them)
    assert "jammer genoeg – stil" in by_cell[("Stuurgroepen", "D22")]
    assert "Hulp- en zorgzones (2025)" in by_cell[("Doorlopende acties", "B5")]
    for cell in ("M6", "M7"):
        message = by_cell[("Actiefiches", cell)]
        assert "Indicatoren procesevaluatie" in message and "Indicatoren resultaatgerichte evaluatie" in message


def test_example_capacity_facts_agree_with_the_seed():
    facts = _report().facts
    assert facts.capaciteit["A"] == 6.18
    assert facts.som_b_f == 6.1
    assert facts.som_vte_fiches == 1.1 and facts.capaciteit["F"] == 1.1
