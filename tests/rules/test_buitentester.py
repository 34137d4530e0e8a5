"""What an outside tester found on a plan of another zorgraad (issue 21, after the rules landed),
where a message's wording is the point. The firing cases and near misses of each point are in
tests/helpers/cases_waasland.py (run by test_rule_cases.py). Texts written for these tests."""

F = "Actiefiches"
PROCES_IND, OUTPUT, OUTPUT_IND = "Indicatoren procesevaluatie", "Resultaatgerichte evaluatie (output)", "Indicatoren resultaatgerichte evaluatie"


def test_indicators_judged_together_are_quoted_together(check, plan):
    """fiche-indicator-meetmethode judges both indicator columns of a fiche together (one method
    for the fiche is enough): its one finding quotes both, not only the first."""
    plan[F][0].update({PROCES_IND: "Aantal bereikte scholen", OUTPUT: "☒", OUTPUT_IND: "Aantal leerkrachten die het lespakket gebruiken"})
    (message,) = [f.message for f in check(plan).findings if f.rule == "fiche-indicator-meetmethode"]
    assert "'Aantal bereikte scholen' en 'Aantal leerkrachten die het lespakket gebruiken'" in message, message


def test_a_year_early_submission_date_reads_as_dutch(check, plan):
    """No '?.': the question about the year is said inside the sentence."""
    plan["Algemeen"][5]["Waarde"] = "13/10/2024"
    (message,) = [f.message for f in check(plan).findings if f.rule == "algemeen-datum-indiening"]
    assert "?" not in message and "(een tikfout in het jaartal, of de datum van een vorig actieplan)." in message, message
