"""The year gate: a plan of another year (Werkjaar a plain other year) gets the one year error and
nothing else, through the command; the right year typed oddly is no gate (issues 21 and 23)."""

import json

from paths import ROOT
from workbooks import RULESET, shift_years, valid_plan, write_plan

from actieplan.run.check import check_workbook
from actieplan.run.cli import main

EXAMPLE_2025 = ROOT / "workbooks" / "voorbeeld-actieplan-2025.xlsx"
EXAMPLE = ROOT / "workbooks" / "voorbeeld-actieplan-2026.xlsx"


def _check(path, out, capsys) -> tuple[int, list[dict], str]:
    code = main(["controleer", str(path), "--regelset", "2026", "--uitvoer", str(out)])
    printed = capsys.readouterr().out
    (written,) = out.glob("*.bevindingen.json")
    return code, json.loads(written.read_text(encoding="utf-8"))["findings"], printed


def test_a_2027_plan_gets_only_the_year_error_and_how_to_get_a_rule_set(tmp_path, capsys):
    plan = write_plan(tmp_path / "actieplan-2027.xlsx", shift_years(valid_plan(), 1))
    code, findings, printed = _check(plan, tmp_path / "uit", capsys)
    assert code == 1
    assert [(f["rule"], f["severity"], f["cell"]) for f in findings] == [("algemeen-werkjaar", "error", "B5")]
    message = findings[0]["message"]
    assert "'2027'" in message and "geen regelset voor 2027" in message
    assert "nieuwere versie van actieplan" in message and "actieplan regelset nieuw 2027" in message
    assert "niet uitgevoerd" in message
    assert "sjabloon" not in message and "Neem de gegevens over" not in printed
    assert "ander werkjaar" in printed.splitlines()[0]  # the verdict says why


def test_the_year_as_a_number_is_a_gate_too(tmp_path):
    rows = shift_years(valid_plan(), 1)
    rows["Algemeen"][1]["Waarde"] = 2027.0
    report = check_workbook(write_plan(tmp_path / "p.xlsx", rows), ruleset=RULESET)[1]
    assert [f.rule for f in report.findings] == ["algemeen-werkjaar"] and report.stopped and report.panels == ()


def test_the_2025_example_gets_only_the_year_error_and_no_advice_to_copy_data(tmp_path, capsys):
    code, findings, printed = _check(EXAMPLE_2025, tmp_path / "uit", capsys)
    assert code == 1
    assert [f["rule"] for f in findings] == ["algemeen-werkjaar"]
    message = findings[0]["message"]
    assert "'2025'" in message and "niet uitgevoerd" in message
    assert "sjabloon" not in printed and "gegevens" not in printed and "nieuwere versie" not in message


def test_the_findings_file_says_the_other_rules_did_not_run(tmp_path, capsys):
    """A tool reading the JSON sees why there is one finding only: `stopped` holds the verdict's reason."""
    _check(EXAMPLE_2025, tmp_path / "uit", capsys)
    data = json.loads(next((tmp_path / "uit").glob("*.bevindingen.json")).read_text(encoding="utf-8"))
    assert "ander werkjaar" in data["stopped"] and data["counts"]["error"] == 1
    _check(EXAMPLE, tmp_path / "uit2", capsys)
    assert "stopped" not in json.loads(next((tmp_path / "uit2").glob("*.bevindingen.json")).read_text(encoding="utf-8"))


def test_werkjaar_with_more_than_the_year_is_no_gate(tmp_path):
    """'werkjaar 2026' is the right plan typed oddly: today's message, and the other rules still run."""
    rows = valid_plan()
    rows["Algemeen"][1]["Waarde"] = "werkjaar 2026"
    rows["Algemeen"][2]["Waarde"] = "2027-2032"  # a finding of another rule, which must still come
    report = check_workbook(write_plan(tmp_path / "p.xlsx", rows), ruleset=RULESET)[1]
    rules = {f.rule: f.message for f in report.findings}
    assert "typ alleen 2026" in rules["algemeen-werkjaar"] and "niet uitgevoerd" not in rules["algemeen-werkjaar"]
    assert "algemeen-meerjarenplan" in rules and not report.stopped


def test_a_plan_of_a_year_whose_rule_set_is_installed_is_told_to_use_it(tmp_path, monkeypatch):
    import actieplan.plugin.registry

    installed = actieplan.plugin.registry.available()
    monkeypatch.setattr(actieplan.plugin.registry, "available", lambda: {**installed, "2027": "actieplan.rules.jaar2027"})
    report = check_workbook(write_plan(tmp_path / "p.xlsx", shift_years(valid_plan(), 1)), ruleset=RULESET)[1]
    [finding] = report.findings
    assert "controleer het met --regelset 2027" in finding.message and "niet uitgevoerd" in finding.message
    assert "geen regelset" not in finding.message
