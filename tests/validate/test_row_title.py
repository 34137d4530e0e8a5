"""Every finding on a row of a table names that row: a `row_title` field (fiche title, steering
group name, event title, ongoing action title), the message, the JSON, the HTML and the Controle
sheet (issue 11, point 11)."""

import json

import openpyxl
from paths import EXAMPLE
from workbooks import RULESET, valid_plan, write_plan

from actieplan.write.annotated import CONTROL_SHEET
from actieplan.run.check import check_workbook, run
from actieplan.write.html import render_html


def _by_rule(report):
    return {f.rule: f for f in report.findings}


def test_each_table_names_its_row(tmp_path):
    rows = valid_plan()
    rows["Actiefiches"][1]["Personeelscapaciteit (VTE)"] = "twee dagen"  # getal-ongeldig
    rows["Stuurgroepen"][0]["Looptijd en frequentie"] = "Sinds 2016"  # stuurgroep-looptijd-frequentie
    rows["Netwerkevents"][0]["Opkomst"] = "wisselend"  # netwerkevent-opkomst
    rows["Doorlopende acties"][0]["Verduurzaming + blijvende inzet"] = None  # cel-verplicht
    rows["Capaciteit"][0]["Geschatte capaciteit in # VTE"] = "zes"  # no table row title here
    _, report = check_workbook(write_plan(tmp_path / "plan.xlsx", rows), ruleset=RULESET)
    found = {(f.sheet, f.cell): f for f in report.findings}
    expected = {
        ("Actiefiches", "L5"): ("BruZEL actualiseert de gezondheidsfiches", "Actiefiche"),
        ("Stuurgroepen", "C4"): ("Overlegplatform Dementie", "Stuurgroep"),
        ("Netwerkevents", "C4"): ("Eerstelijnsmeeting: aangeboden lunch + inhoudelijke spreker", "Netwerkevent"),
        ("Doorlopende acties", "C4"): ("Workshops inclusieve zorg (2025, 2024, 2023, 2022)", "Doorlopende actie"),
    }
    for where, (title, label) in expected.items():
        f = found[where]
        assert f.row_title == title, f
        assert f.message.startswith(f"{label} '{title}': "), f.message
    capaciteit = next(f for f in report.findings if f.sheet == "Capaciteit")
    assert capaciteit.row_title is None and capaciteit.message.startswith("'zes'")


def test_title_is_not_repeated_when_the_message_quotes_it(tmp_path):
    rows = valid_plan()
    rows["Doorlopende acties"][0]["Mijlpalen in 2026"] = None  # its message names the action itself
    _, report = check_workbook(write_plan(tmp_path / "plan.xlsx", rows), ruleset=RULESET)
    f = _by_rule(report)["doorlopend-mijlpalen-leeg"]
    assert f.row_title == "Workshops inclusieve zorg (2025, 2024, 2023, 2022)"
    assert f.message.count("Workshops inclusieve zorg") == 1


def test_empty_title_and_header_row_have_none(tmp_path):
    rows = valid_plan()
    rows["Actiefiches"][0]["Titel actie"] = None
    _, report = check_workbook(write_plan(tmp_path / "plan.xlsx", rows), ruleset=RULESET)
    f = next(f for f in report.findings if f.sheet == "Actiefiches" and f.cell == "C4")
    assert f.rule == "cel-verplicht" and f.row_title is None


def test_long_title_is_whole_in_the_field_and_short_in_the_message(tmp_path):
    rows = valid_plan()
    long_title = "BruZEL actualiseert de gezondheidsfiches " + "en nog veel meer woorden " * 6
    rows["Actiefiches"][1]["Titel actie"] = long_title
    rows["Actiefiches"][1]["Personeelscapaciteit (VTE)"] = "twee dagen"
    _, report = check_workbook(write_plan(tmp_path / "plan.xlsx", rows), ruleset=RULESET)
    f = next(f for f in report.findings if f.rule == "getal-ongeldig")
    assert f.row_title == " ".join(long_title.split())
    head = f.message.split("': ")[0]
    assert head.endswith("…") and len(head) < 80


def test_row_title_in_json_html_and_controle_sheet(tmp_path):
    result = run(EXAMPLE, tmp_path, ruleset=RULESET)
    data = json.loads((tmp_path / "voorbeeld-actieplan-2026.bevindingen.json").read_text(encoding="utf-8"))
    titled = [f for f in data["findings"] if f["row_title"]]
    assert {f["sheet"] for f in titled} >= {"Stuurgroepen", "Actiefiches"}
    assert all("row_title" in f for f in data["findings"])
    fiche = next(f for f in titled if f["sheet"] == "Actiefiches")
    assert fiche["row_title"].startswith("BruZEL ")

    page = render_html(result.report)
    assert '<td class="rij">BruZEL actualiseert de gezondheidsfiches</td>' in page

    control = openpyxl.load_workbook(tmp_path / "voorbeeld-actieplan-2026.gecontroleerd.xlsx")[CONTROL_SHEET]
    h = next(r for r in range(1, 61) if control.cell(r, 1).value == "Ernst")
    assert control.cell(h, 4).value == "Rij"
    by_severity = sorted(data["findings"], key=lambda f: ["error", "warning", "info"].index(f["severity"]))  # errors first
    assert [control.cell(r, 4).value for r in range(h + 1, h + 1 + len(data["findings"]))] == [f["row_title"] for f in by_severity]
