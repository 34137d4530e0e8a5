"""Messages of the Algemeen rules name what was found and what is expected."""

from datetime import datetime

from workbooks import RULESET, valid_plan, write_plan

from actieplan.run.check import check_workbook


def _messages(tmp_path, **fields):
    rows = valid_plan()
    for row in rows["Algemeen"]:
        if row["Veld"] in fields:
            row["Waarde"] = fields[row["Veld"]]
    report = check_workbook(write_plan(tmp_path / "p.xlsx", rows), ruleset=RULESET)[1]
    return {f.rule: (f.cell, f.message) for f in report.findings}


def test_last_years_template_is_named_with_both_years(tmp_path):
    cell, message = _messages(tmp_path, Sjabloon="actieplan-2025")["algemeen-sjabloon"]
    assert cell == "B10"
    assert "actieplan-2025" in message and "werkjaar 2025" in message
    assert "actieplan-2026" in message and "werkjaar 2026" in message


def test_late_submission_names_the_date_found_and_the_deadline(tmp_path):
    cell, message = _messages(tmp_path, **{"Datum indiening": datetime(2025, 10, 20)})["algemeen-datum-indiening"]
    assert cell == "B9" and "20/10/2025" in message and "15/10/2025" in message


def test_a_plan_of_another_year_is_named(tmp_path):
    found = _messages(tmp_path, Werkjaar=2027, Meerjarenplan="2027-2032")
    assert "'2027'" in found["algemeen-werkjaar"][1] and "2026" in found["algemeen-werkjaar"][1]
    found = _messages(tmp_path, Meerjarenplan="2027-2032")
    assert "'2027-2032'" in found["algemeen-meerjarenplan"][1] and "2024-2026" in found["algemeen-meerjarenplan"][1]


def test_werkjaar_with_more_than_the_year_says_to_type_only_the_year(tmp_path):
    """'werkjaar 2026' is the right year in the wrong form: the message says so, not 'not the working year'."""
    from actieplan.run.check import check_workbook

    rows = valid_plan()
    rows["Algemeen"][1]["Waarde"] = "werkjaar 2026"
    (finding,) = [f for f in check_workbook(write_plan(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1].findings if f.rule == "algemeen-werkjaar"]
    assert "typ alleen 2026" in finding.message
    rows["Algemeen"][1]["Waarde"] = 2025
    (finding,) = [f for f in check_workbook(write_plan(tmp_path / "oud.xlsx", rows), ruleset=RULESET)[1].findings if f.rule == "algemeen-werkjaar"]
    assert "typ alleen" not in finding.message
