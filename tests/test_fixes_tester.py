"""Defects a tester found trying actieplan as a new user (wording, messages, the Controle sheet)."""

from __future__ import annotations

from workbooks import Formula, valid_plan, write_saved

from actieplan.check import check_workbook
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
    _, report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows))
    (message,) = [f.message for f in report.findings if f.rule == "capaciteit-f-som-fiches"]
    assert " over 1 fiche)" in message, message


def test_an_error_a_total_passes_on_names_the_cell_it_comes_from(tmp_path):
    rows = valid_plan()
    rows["Capaciteit"][1][VTE] = Formula("=1/0", "#DIV/0!")  # C5
    rows["Capaciteit"][6][VTE] = Formula("=SUM(C5:C9)", "#DIV/0!")  # C10, the total
    _, report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows))
    by_cell = {f.cell: f.message for f in report.findings if f.rule == "cel-foutwaarde"}
    assert "deelt door nul" in by_cell["C5"]  # the cell that divides
    assert "deelt door nul" not in by_cell["C10"] and "neemt de foutwaarde over van C5" in by_cell["C10"], by_cell["C10"]
