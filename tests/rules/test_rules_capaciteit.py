"""Capacity rules on formula cells: computed from the cells they refer to, never trusted from a
cached value (a workbook written by a program has none)."""

import openpyxl
import pytest
from workbooks import RULESET, write_plan

from actieplan.run.check import check_workbook


def _with_formulas(path, formulas):
    wb = openpyxl.load_workbook(path)
    ws = wb["Capaciteit"]
    for cell, formula in formulas.items():
        ws[cell] = formula
    wb.save(path)
    return path


def _capacity_findings(path):
    report = check_workbook(path, ruleset=RULESET)[1]
    return {(f.cell, f.rule): f.message for f in report.findings if f.rule.startswith("capaciteit-")}


def test_total_formula_that_adds_up_is_fine(tmp_path):
    path = _with_formulas(write_plan(tmp_path / "p.xlsx"), {"C10": "=SUM(C5:C9)"})
    assert _capacity_findings(path) == {}


def test_total_formula_that_forgets_f_is_an_error_with_the_computed_value(tmp_path):
    path = _with_formulas(write_plan(tmp_path / "p.xlsx"), {"C10": "=C5+C6+C7+C8"})
    found = _capacity_findings(path)
    assert set(found) == {("C10", "capaciteit-totaal")}
    # 0,5 + 1,5 (typed as text "1,5") + 1,5 + 1,2 = 4,7; B..F = 5,8
    assert "4,7 VTE" in found[("C10", "capaciteit-totaal")] and "5,8 VTE" in found[("C10", "capaciteit-totaal")]


def test_f_as_a_formula_is_computed_against_the_fiches(tmp_path):
    ok = _with_formulas(write_plan(tmp_path / "ok.xlsx"), {"C9": "=0.6+0.5", "C10": "=SUM(C5:C9)"})
    assert _capacity_findings(ok) == {}
    wrong = _with_formulas(write_plan(tmp_path / "wrong.xlsx"), {"C9": "=0.6+0.5+0.1", "C10": "=SUM(C5:C9)"})
    found = _capacity_findings(wrong)
    # the computed F (1,2) also leaves B..F = 5,9 of A = 6: a margin below 3% (info)
    assert set(found) == {("C9", "capaciteit-f-som-fiches"), ("C10", "capaciteit-marge-ifp")}
    assert "F (1,2 VTE)" in found[("C9", "capaciteit-f-som-fiches")] and "(1,1 VTE over 2 fiches)" in found[("C9", "capaciteit-f-som-fiches")]


@pytest.mark.parametrize(
    "a, expected",
    [
        (6.18, set()),  # the example: 6,1 of 6,18, a small margin
        (5.8, {("C10", "capaciteit-gelijk-a")}),
        (5.79, {("C10", "capaciteit-gelijk-a")}),  # within the 0,01 tolerance counts as equal
        (5.5, {("C10", "capaciteit-boven-a")}),
        (6.9, {("C10", "capaciteit-onder-a")}),
    ],
)
def test_b_to_f_against_a_with_a_formula_total(tmp_path, a, expected):
    path = _with_formulas(write_plan(tmp_path / "p.xlsx"), {"C4": a, "C10": "=SUM(C5:C9)"})
    assert set(_capacity_findings(path)) == expected


def test_a_text_cell_the_formula_skips_is_named_with_its_own_number(tmp_path):
    """Issue 23, point 8d: the F message suggested 'bv. 0,4' for a cell holding '0,1 VTE', and said
    'telt ... niet (goed) mee'; now it names the cell's own number, in plain words."""
    path = _with_formulas(write_plan(tmp_path / "p.xlsx"), {"C14": 1.0, "C15": "0,1 VTE", "C9": "=SUM(C14:C15)"})
    found = _capacity_findings(path)
    message = next(text for (cell, rule), text in found.items() if "C15" in text)
    assert "C15 ('0,1 VTE')" in message
    assert "Typ daar alleen het getal (0,1 in plaats van '0,1 VTE')" in message
    assert "bv. 0,4" not in message and "(goed)" not in message
