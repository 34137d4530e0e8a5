"""Issue 11, wrong verdicts on real workbooks (points 3, 4, 7, 12, 13).

Workbooks "saved by Excel" are written with xlsxwriter, whose ``write_formula(..., value=...)``
stores a formula's saved result (:func:`workbooks.write_saved`); workbooks "saved by a script"
with openpyxl, which stores none (:func:`workbooks.write_plan` with a :class:`workbooks.Formula`).
"""

from workbooks import RULESET, Formula, valid_plan, write_plan, write_saved

from actieplan.run.check import check_workbook
from actieplan.write.html import render_html

VTE = "Geschatte capaciteit in # VTE"
FICHE_VTE = "Personeelscapaciteit (VTE)"
CAP = {"A": 0, "B": 1, "C": 2, "D": 3, "E": 4, "F": 5, "TOTAAL": 6}  # Capaciteit rows 4..10


def _plan(**capacity):
    rows = valid_plan()
    for code, value in capacity.items():
        rows["Capaciteit"][CAP[code]][VTE] = value
    return rows


def _at(report, cell, sheet="Capaciteit"):
    return {f.rule: f.message for f in report.findings if f.sheet == sheet and f.cell == cell}


# -- 3. a formula's saved result is what Excel shows -------------------------------------------


def test_saved_result_of_f_is_used_and_compared_with_the_fiches(tmp_path):
    """The issue's case: F sums one fiche too few; the file's saved value is what the department sees."""
    rows = _plan(F=Formula("=SUM(Actiefiches!L4:L4)", saved=0.6), TOTAAL=Formula("=SUM(C5:C9)", saved=5.3))
    workbook, report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows), ruleset=RULESET)
    found = _at(report, "C9")
    assert set(found) == {"capaciteit-f-som-fiches"}
    message = found["capaciteit-f-som-fiches"]
    assert "F (0,6 VTE)" in message and "(1,1 VTE over 2 fiches)" in message
    assert "=SUM(Actiefiches!L4:L4)" in message and "opgeslagen uitkomst" in message
    assert not report.ok
    assert report.facts.capaciteit["F"] == 0.6 and report.facts.capaciteit_bron["F"] == "opgeslagen"
    page = render_html(report)
    assert "opgeslagen uitkomst, zoals Excel ze toont" in page and "F (0,6 VTE) is niet gelijk" in page


def test_saved_result_wins_over_what_we_would_compute(tmp_path):
    """A saved 1,1 where our own computation would give 0,6 (a value changed since): Excel shows 1,1."""
    rows = _plan(F=Formula("=SUM(Actiefiches!L4:L4)", saved=1.1), TOTAAL=Formula("=SUM(C5:C9)", saved=5.8))
    report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    assert report.facts.capaciteit["F"] == 1.1
    assert not [f for f in report.findings if f.rule.startswith("capaciteit-")]


def test_formula_without_saved_result_is_computed_across_sheets(tmp_path):
    rows = _plan(F=Formula("=SUM(Actiefiches!L4:L4)"), TOTAAL=Formula("=SUM(C5:C9)"))
    report = check_workbook(write_plan(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    message = _at(report, "C9")["capaciteit-f-som-fiches"]
    assert "F (0,6 VTE)" in message and "zelf uit" in message
    assert report.facts.capaciteit_bron == {"F": "berekend", "B + C + D + E + F": "berekend"}
    assert not [f for f in report.findings if f.rule == "formule-zonder-waarde"]

    rows = _plan(F=Formula("=SUM('Actiefiches'!L4:L5)"), TOTAAL=Formula("=SUM(C5:C9)"))
    report = check_workbook(write_plan(tmp_path / "ok.xlsx", rows), ruleset=RULESET)[1]
    assert report.facts.capaciteit["F"] == 1.1 and report.ok
    assert [f.rule for f in report.findings] == []


# -- 4. numbers typed as text ------------------------------------------------------------------


def test_saved_total_that_skips_text_names_the_text_cells(tmp_path):
    """Excel's =SUM skips '1,5' (text): the saved total is 4,3 where the plan says 5,8."""
    rows = _plan(C="1,5", TOTAAL=Formula("=SUM(C5:C9)", saved=4.3))
    report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    total = _at(report, "C10")
    assert set(total) == {"capaciteit-totaal"}
    assert "4,3 VTE" in total["capaciteit-totaal"] and "5,8 VTE" in total["capaciteit-totaal"]
    assert "C6 ('1,5')" in total["capaciteit-totaal"]
    assert set(_at(report, "C6")) == {"getal-als-tekst"}


def test_value_error_of_a_plus_formula_names_the_text_cell(tmp_path):
    rows = _plan(E="1,2 VTE", TOTAAL=Formula("=C5+C6+C7+C8+C9", saved="#VALUE!"))
    report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    total = _at(report, "C10")
    assert set(total) == {"cel-foutwaarde"}, total
    assert "C8 ('1,2 VTE')" in total["cel-foutwaarde"]


def test_f_over_fiches_typed_as_text_names_the_fiche_cells(tmp_path):
    rows = _plan(F=Formula("=SUM(Actiefiches!L4:L5)", saved=0.5), TOTAAL=Formula("=SUM(C5:C9)", saved=5.2))
    rows["Actiefiches"][0][FICHE_VTE] = "0,6 VTE"
    report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    message = _at(report, "C9")["capaciteit-f-som-fiches"]
    assert "F (0,5 VTE)" in message and "Actiefiches!L4 ('0,6 VTE')" in message
    assert set(_at(report, "L4", "Actiefiches")) == {"getal-als-tekst"}


def test_computed_total_skips_text_as_excel_does(tmp_path):
    rows = _plan(C="1,5", TOTAAL=Formula("=SUM(C5:C9)"))
    report = check_workbook(write_plan(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    message = _at(report, "C10")["capaciteit-totaal"]
    assert "vermeldt 4,3 VTE" in message and "C6 ('1,5')" in message and "zelf uit" in message


# -- 7. a total formula without a saved result is not "empty" ----------------------------------


def test_total_formula_without_saved_result_is_not_an_empty_cell(tmp_path):
    report = check_workbook(write_plan(tmp_path / "plan.xlsx", _plan(TOTAAL=Formula("=SUM(C5:C9)"))), ruleset=RULESET)[1]
    assert report.findings == [] and report.facts.capaciteit_totaal == 5.8
    # one we cannot compute is reported as having no saved result, once, and never as empty
    report = check_workbook(write_plan(tmp_path / "other.xlsx", _plan(TOTAAL=Formula("=SUM(X5:X9)"))), ruleset=RULESET)[1]
    assert set(_at(report, "C10")) == {"formule-zonder-waarde"}


# -- 13. one finding for an error value; TRUE where text belongs -------------------------------


def test_error_value_in_a_vte_cell_is_reported_once(tmp_path):
    rows = valid_plan()
    rows["Actiefiches"][1][FICHE_VTE] = Formula("=1/0", saved="#DIV/0!")
    report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    assert set(_at(report, "L5", "Actiefiches")) == {"cel-foutwaarde"}


def test_true_in_trekker_is_named_as_a_logical_value(tmp_path):
    rows = valid_plan()
    rows["Stuurgroepen"][1]["Trekker"] = True
    report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    message = _at(report, "B5", "Stuurgroepen")["cel-type"]
    assert "WAAR" in message and "☒" not in message and "logische waarde" in message


# -- 12. common ways of writing ----------------------------------------------------------------


def test_other_ticks_and_a_full_stop_are_read(tmp_path):
    rows = valid_plan()
    rows["Actiefiches"][0]["Procesevaluatie"] = "☑"
    rows["Actiefiches"][1]["Resultaatgerichte evaluatie (output)"] = "v"
    rows["Actiefiches"][1][FICHE_VTE] = "0,5 vte."
    report = check_workbook(write_plan(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    assert {f.rule for f in report.findings} == {"getal-als-tekst"}  # text, but read as 0,5
    assert report.ok and report.facts.som_vte_fiches == 1.1


# -- 6. a total or a note under a table --------------------------------------------------------


def _fiche_findings(report):
    return {(f.cell or f"rij {f.row}", f.rule) for f in report.findings if f.sheet == "Actiefiches"}


def test_total_row_under_the_fiches_is_not_a_fiche(tmp_path):
    """The issue's case: 'Totaal' with =SUM(L4:L5) under the fiches, saved by Excel."""
    rows = valid_plan()
    rows["Actiefiches"].append({"Titel actie": "Totaal", FICHE_VTE: Formula("=SUM(L4:L5)", saved=1.1)})
    report = check_workbook(write_saved(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    assert _fiche_findings(report) == {("rij 6", "rij-onder-tabel")}
    message = next(f.message for f in report.findings if f.rule == "rij-onder-tabel")
    assert "Rij 6 onder de tabel is een totaalrij ('Totaal | 1,1')" in message and "actiefiche" in message
    assert report.ok and report.facts.aantal_fiches == 2 and report.facts.som_vte_fiches == 1.1


def test_total_without_label_and_a_note_below_it(tmp_path):
    """Saved by a script: =SUM without a saved result, no label; a blank row; then a note."""
    rows = valid_plan()
    rows["Actiefiches"].append({FICHE_VTE: Formula("=SUM(L4:L5)")})
    rows["Actiefiches"].append({"SD": "* De VTE zijn schattingen van de coördinator."})
    rows["Stuurgroepen"].append({"Naam en/of thema": "NB: de frequentie kan in 2026 nog wijzigen."})
    report = check_workbook(write_plan(tmp_path / "plan.xlsx", rows, blank_rows_after={"Actiefiches": [2]}), ruleset=RULESET)[1]
    assert _fiche_findings(report) == {("rij 6", "rij-onder-tabel"), ("rij 8", "rij-onder-tabel")}
    below = {(f.sheet, f.row): f.message for f in report.findings if f.rule == "rij-onder-tabel"}
    assert "totaalrij" in below[("Actiefiches", 6)] and "opmerking" in below[("Actiefiches", 8)]
    assert "opmerking" in below[("Stuurgroepen", 6)]
    assert report.ok and report.facts.aantal_fiches == 2


def test_an_unfinished_last_fiche_is_still_a_fiche(tmp_path):
    rows = valid_plan()
    rows["Actiefiches"].append({"Titel actie": "BruZEL start een werkgroep mantelzorg"})
    report = check_workbook(write_plan(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    rules = {rule for _, rule in _fiche_findings(report)}
    assert "rij-onder-tabel" not in rules and "cel-verplicht" in rules
    assert report.facts.aantal_fiches == 3


# -- 5. the zorgraad's own numbering -----------------------------------------------------------


def _numbered(doel, fiches):
    rows = valid_plan()
    for row, (sd, od) in zip(rows["Doelstellingen"], doel):
        row.update(SD=sd, OD=od)
    for row, (sd, od) in zip(rows["Actiefiches"], fiches):
        row.update(SD=sd, OD=od)
    return rows


def test_other_numberings_pass_when_consistent(tmp_path):
    for i, (doel, fiches) in enumerate([
        ([("SD 3", "OD 1"), ("SD 4", "OD 2")], [("SD 3", "OD 1"), ("SD 4", "OD 2")]),  # OD 1 ... OD 6
        ([("SD 1", "1.1.1"), ("SD 2", "2.1.1")], [("SD 1", "1.1.1"), ("SD 2", "OD 2.1.1.")]),  # three levels
        ([("SD 01", "OD 01.1"), ("SD 02", "OD 02.1")], [("SD 1", "1.1"), ("SD 2", "2.1")]),  # leading zeros
    ]):
        report = check_workbook(write_plan(tmp_path / f"plan{i}.xlsx", _numbered(doel, fiches)), ruleset=RULESET)[1]
        assert [(f.where, f.message) for f in report.findings] == [], doel


def test_inconsistent_numbering_names_the_zorgraads_own_codes(tmp_path):
    rows = _numbered([("SD 01", "OD 1"), ("SD 02", "OD 2")], [("SD 2", "OD 1"), ("SD 2", "OD 2")])
    report = check_workbook(write_plan(tmp_path / "plan.xlsx", rows), ruleset=RULESET)[1]
    (finding,) = [f for f in report.findings if f.rule == "fiche-od-andere-sd"]
    assert finding.cell == "A4"
    assert "onder SD 2, maar OD 1 hoort" in finding.message and "bij SD 01" in finding.message
    assert not [f for f in report.findings if f.rule in ("od-code-ongeldig", "sd-code-ongeldig", "fiche-od-onbekend")]


def test_link_answer_reads_the_questions_own_words():
    """'Is dit gelinkt aan een actiefiche ... of staat dit los van een inhoudelijke actiefiche?'"""
    from actieplan.rules.common.structure import link_answer

    assert [link_answer(v) for v in ("Ja", "ja (zorgwijkoverleg 2024)", "Gelinkt aan actiefiche Eerstelijnsmeeting (2025)",
                                      "Gekoppeld aan de fiche rond mantelzorg")] == [True] * 4
    assert [link_answer(v) for v in ("Nee", "Neen.", "Staat los van een actiefiche", "Niet gelinkt", "Los van een fiche",
                                      "Geen link")] == [False] * 6
    assert [link_answer(v) for v in ("Janssen vraagt het na", "Misschien", "zie fiche 2024", "", None, 1)] == [None] * 6
    # the template's question left unanswered
    assert [link_answer(v) for v in ("Ja/Nee", "ja / nee", "Ja of nee", "Nee/Ja", "Ja / Neen", "Ja, Nee", "Ja (Nee)",
                                      "Ja\nNee")] == [None] * 8
    assert [link_answer(v) for v in ("Ja, netwerkmoment 2025", "Nee, jammer genoeg")] == [True, False]


def test_a_very_hidden_sheet_is_told_how_to_show_it(tmp_path):
    """'rechtsklik op een bladtab > Zichtbaar maken' cannot show a sheet a macro made 'veryHidden'."""
    import openpyxl

    from actieplan.run.check import check_workbook

    path = write_plan(tmp_path / "plan.xlsx")
    for state, expected, not_expected in (("veryHidden", "Alt+F11", "rechtsklik"), ("hidden", "rechtsklik", "Alt+F11")):
        wb = openpyxl.load_workbook(path)
        wb["Doelstellingen"].sheet_state = state
        wb.save(tmp_path / f"{state}.xlsx")
        (finding,) = [f for f in check_workbook(tmp_path / f"{state}.xlsx", ruleset=RULESET)[1].findings if f.rule == "blad-verborgen"]
        assert expected in finding.message and not_expected not in finding.message
