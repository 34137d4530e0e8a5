"""The heuristic rules of issue 15 on a plan of our own (tests/plan_scheldeland.py), besides the
real BruZEL example (test_example_rules.py): what they report, judged by reading the plan.

Right (by the template): the steering groups 'Regionaal overleg geestelijke gezondheid' (objective
'Afstemming eerste lijn en GGZ.', not concrete) and 'Overleg diabetes Waasland' ('Nog te bepalen');
'Dagelijks bestuur' with the zorgraad as trekker (its own governance); the event organised by the
OCMW (info); the ongoing diabetes action that does not say whether it ends in 2026 (that the
huisartsenkring takes it over answers whether the zorgraad keeps working on it: no longer reported
since the outside tester's point on handovers); fiche 'Gezondheidsvaardigheden in de wachtzaal' (partly financed by
the province: info; no link in Waarom?; no measurement method; its plan without dates is no
longer reported since issue 21: steps without dates are milestones); the
'Meerjarig traject buurtgerichte zorg'; indicators without a target (info, true but 'indien van
toepassing'); 'Patiënten' as the target group (info; the generic list lacked 'patiënten' until this
plan showed it).
Wrong: none since issue 21 ('Intervisie …', noting the agreements and going over them at the next
session, is a follow-up; netwerkevent-opvolging reported it until 'overlopen' became a word of it).
Missed (false negatives): 'zetelt hier namens de huisartsenkring' (stuurgroep-eigen-naam knows
'namens de kring', not every organisation); 'Informeel netwerkmoment, geen formele evaluatie'
(netwerkevent-opvolging sees the word, not the negation).
"""

from plan_scheldeland import plan
from workbooks import RULESET, write_plan

from actieplan.run.check import check_workbook
from actieplan.plugin.registry import resolve

ISSUE_15 = {
    "capaciteit-tabellen", "capaciteit-marge-ifp", "fiche-meerjarig", "fiche-later-jaar", "fiche-andere-middelen", "fiche-andere-middelen-deels",
    "fiche-waarom-link", "fiche-indicator-meetmethode", "fiche-indicator-streefdoel", "fiche-mijlpalen-tijd",
    "fiche-trekker-verantwoordelijkheid", "fiche-doelgroep-generiek", "stuurgroep-eigen-naam", "stuurgroep-eigen-overleg",
    "stuurgroep-doel-concreet", "netwerkevent-opvolging", "netwerkevent-format", "netwerkevent-timing",
    "netwerkevent-organisator", "doorlopend-afronding", "doorlopend-blijvende-inzet", "stuurgroep-in-fiche",
    "netwerkevent-in-fiche", "cel-plaatshouder", "doelstellingen-ontbreken",
}

EXPECTED = {
    ("Stuurgroepen", "D6", "stuurgroep-doel-concreet", "warning"),
    ("Stuurgroepen", "A9", "stuurgroep-eigen-overleg", "warning"),
    ("Stuurgroepen", "D10", "stuurgroep-doel-concreet", "warning"),
    ("Netwerkevents", "A7", "netwerkevent-organisator", "info"),
    ("Doorlopende acties", "B5", "doorlopend-afronding", "warning"),
    ("Actiefiches", "P5", "fiche-indicator-streefdoel", "info"),
    ("Actiefiches", "D6", "fiche-andere-middelen-deels", "info"),
    ("Actiefiches", "G6", "fiche-waarom-link", "info"),
    ("Actiefiches", "H6", "fiche-doelgroep-generiek", "info"),
    ("Actiefiches", "N6", "fiche-indicator-meetmethode", "warning"),
    ("Actiefiches", "N6", "fiche-indicator-streefdoel", "info"),
    ("Actiefiches", "D7", "fiche-meerjarig", "warning"),
    ("Actiefiches", "N7", "fiche-indicator-streefdoel", "info"),
    ("Actiefiches", "F8", "cel-plaatshouder", "error"),
}


def test_issue_15_rules_on_our_own_plan(tmp_path):
    assert ISSUE_15 <= set(resolve("2026").rules)
    report = check_workbook(write_plan(tmp_path / "scheldeland.xlsx", plan()), ruleset=RULESET)[1]
    found = {(f.sheet, f.cell, f.rule, f.severity.value) for f in report.findings if f.rule in ISSUE_15}
    assert found == EXPECTED, sorted(found ^ EXPECTED)
