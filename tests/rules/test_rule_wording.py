"""Defects a tester found trying actieplan as a new user (wording, messages, the Controle sheet)."""

from __future__ import annotations

from workbooks import RULESET, Formula, valid_plan, write_saved

from actieplan.run.check import check_workbook
from actieplan.normalize import counted

VTE = "Geschatte capaciteit in # VTE"


def test_counted_takes_the_singular_for_one():
    assert counted(1, "fiche", "fiches") == "1 fiche"
    assert counted(0, "fiche", "fiches") == "0 fiches"
    assert counted(2, "fiche", "fiches") == "2 fiches"


def test_f_against_one_fiche_says_fiche_not_fiches(tmp_path):
    rows = valid_plan()
    rows["Actiefiches"] = rows["Actiefiches"][:1]
    rows["Capaciteit"][5][VTE] = 9.0
    _, report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows), ruleset=RULESET)
    (message,) = [f.message for f in report.findings if f.rule == "capaciteit-f-som-fiches"]
    assert " over 1 fiche)" in message, message


def test_an_error_a_total_passes_on_names_the_cell_it_comes_from(tmp_path):
    rows = valid_plan()
    rows["Capaciteit"][1][VTE] = Formula("=1/0", "#DIV/0!")  # C5
    rows["Capaciteit"][6][VTE] = Formula("=SUM(C5:C9)", "#DIV/0!")  # C10, the total
    _, report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows), ruleset=RULESET)
    by_cell = {f.cell: f.message for f in report.findings if f.rule == "cel-foutwaarde"}
    assert "deelt door nul" in by_cell["C5"]  # the cell that divides
    assert "deelt door nul" not in by_cell["C10"] and "neemt de foutwaarde over van C5" in by_cell["C10"], by_cell["C10"]


def _renamed(tmp_path, old: str, new: str):
    import openpyxl
    from workbooks import write_plan

    path = write_plan(tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    wb[old].title = new
    wb.save(path)
    _, report = check_workbook(path, ruleset=RULESET)
    return [f.message for f in report.findings if f.rule == "blad-ontbreekt" and f.sheet == old]


def test_a_sheet_named_like_the_table_title_is_named_with_what_to_rename_it_to(tmp_path):
    (message,) = _renamed(tmp_path, "Actiefiches", "Acties 2026")
    assert "'Acties 2026'" in message and "hernoem dat blad naar 'Actiefiches'" in message, message


def test_a_title_cut_to_excels_31_characters_is_recognised(tmp_path):
    (message,) = _renamed(tmp_path, "Doelstellingen", "Doelstellingen meerjarenplan 20")
    assert "hernoem dat blad naar 'Doelstellingen'" in message, message


def test_a_misspelt_sheet_is_named(tmp_path):
    (message,) = _renamed(tmp_path, "Stuurgroepen", "Stuurgroepn")
    assert "'Stuurgroepn'" in message and "hernoem dat blad naar 'Stuurgroepen'" in message, message


def test_an_unrelated_sheet_is_not_proposed(tmp_path):
    (message,) = _renamed(tmp_path, "Netwerkevents", "Notities")
    assert "Gevonden" not in message, message


def test_the_generic_target_group_message_names_no_city(check):
    """A Meetjesland plan was told to name 'welke groep Brusselaars' (issue 21, point 6): the
    message holds for every zorgraad."""
    rows = valid_plan()
    for row in rows["Algemeen"]:
        if row["Veld"] == "Zorgraad":
            row["Waarde"] = "Zorgraad Meetjesland"
    rows["Actiefiches"][0]["Voor wie?"] = "Gezondheids- en welzijnsprofessionals"
    found = [f for f in check(rows).findings if f.rule == "fiche-doelgroep-generiek"]
    assert found and all("Brussel" not in f.message for f in found)
    assert "welke groep inwoners" in found[0].message
