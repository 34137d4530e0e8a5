"""Issue 21 points 3, 4, 5 and 9 on a plan of a zorgraad outside Brussels
(tests/helpers/plan_noorderkempen.py, written for these points in its own words): every error and
warning the rules give on it, each judged against the template sentence it enforces, and the
infos of the new content rules. The per-rule firing cases and near misses are in
tests/helpers/cases_inhoud.py (run by test_rule_cases.py)."""

from plan_noorderkempen import plan
from workbooks import RULESET, write_plan

from actieplan.rules.common.inhoud import Gapped, sentence_span
from actieplan.run.check import check_workbook

# (sheet, cell, rule, severity): why it is right, with the template sentence (seed 000) it enforces
JUDGED = {
    ("Actiefiches", "C5", "fiche-deelname-overleg", "warning"):
        "the fiche is about sitting in the advisory board: 'GEEN actiefiche gemaakt worden voor deelname "
        "aan/trekken van stuurgroepen'",
    ("Actiefiches", "D6", "fiche-eerdere-actie", "warning"):
        "the training ran in 2024 and 2025: 'GEEN actiefiche worden ingevuld/gekopieerd voor acties die al "
        "eerder werden opgenomen in een actieplan, die nog doorlopen'",
    ("Actiefiches", "D7", "fiche-andere-middelen", "warning"):
        "fully paid by the province: 'Acties die de zorgraad zal uitvoeren met middelen, anders dan de "
        "reguliere middelen, worden NIET opgenomen in dit actieplan'",
    ("Actiefiches", "D9", "fiche-meerjarig", "warning"):
        "a first phase, the offer itself from 2027: 'geen nieuwe projecten met een meerjarige duurtijd "
        "worden opgestart, tenzij in het kader van een Vlaamse beleidsprioriteit'",
    ("Stuurgroepen", "A5", "stuurgroep-overlapt-fiche", "warning"):
        "the workgroup is the means of the content fiche of row 4 (the row is the wrong side): 'Stuurgroepen "
        "die betrekking hebben op een inhoudelijke actie waarvoor in het actieplan van 2026 een actiefiche is "
        "opgenomen' are not in the table",
    ("Stuurgroepen", "D9", "stuurgroep-doel-concreet", "warning"):
        "'Samenwerking en informatie-uitwisseling versterken' names no result: 'aan welke concrete "
        "resultaten of doelstelling de stuurgroep werkt (idealiter SMART geformuleerd)'",
    ("Netwerkevents", "E5", "netwerkevent-lopende-actie", "warning"):
        "'Ja' for an action that was never in a fiche: the column asks 'Is dit gelinkt aan een actiefiche "
        "uit 2025 of eerder actieplan'; such events 'Vermeld dit kort in onderstaande tabel'",
}
# Not reported, rightly: the steering group 'Adviesraad welzijn Hoogstraten' (A4) next to the fiche
# about sitting in it (the fiche is the wrong side); the content fiche's steps without dates (K4);
# the short but concrete 'Valpreventiemap klaar tegen juni.' (D8); the members' assembly of
# Zorgnet (A7); the bare 'Nee' (E4); the two-year track within the policy priority 'zorgzame
# buurten' and 'Zorgraad Noorderkempen wordt gefinancierd door de Vlaamse overheid' (row 8).
INFOS = {
    ("Stuurgroepen", "A6", "stuurgroep-sturing"),  # an information meeting: a fair question
    ("Actiefiches", "D8", "fiche-andere-middelen-deels"),  # printing costs partly paid by the town
}


def test_every_error_and_warning_on_a_plan_outside_brussels_is_judged(tmp_path):
    report = check_workbook(write_plan(tmp_path / "noorderkempen.xlsx", plan()), ruleset=RULESET)[1]
    found = {(f.sheet, f.cell, f.rule, f.severity.value) for f in report.findings if f.severity.value != "info"}
    assert found == set(JUDGED), sorted(found ^ set(JUDGED))
    new_rules = {"stuurgroep-sturing", "fiche-andere-middelen-deels"}
    infos = {(f.sheet, f.cell, f.rule) for f in report.findings if f.rule in new_rules}
    assert infos == INFOS
    assert not any("Brussel" in f.message or "BruZEL" in f.message for f in report.findings)


def test_a_phrase_with_a_gap_is_found_where_it_begins():
    words = Gapped(["blijft … onderhouden", "liep al", "zoals vorig jaar"])
    text = "de kaart blijft door ons team onderhouden. het liep al goed"
    assert words.search(text) == (text.index("blijft"), text.index("onderhouden") + len("onderhouden"))
    assert words.search("het project bleef liggen, zoals vorig jaartal") is None  # whole words only
    assert words.search("het blijft nog vier hele weken stil en onderhouden") is None  # a gap of three words at most
    assert words.search("x" * 10_000 + " liep al ") == (10_001, 10_008)


def test_a_sentence_ends_at_a_full_stop_but_not_in_a_number():
    text = "Eerste zin. Het budget is 2.5 keer groter; daarna\nnog iets"
    start = text.index("budget")
    assert text[slice(*sentence_span(text, start, start + 6))] == " Het budget is 2.5 keer groter"
