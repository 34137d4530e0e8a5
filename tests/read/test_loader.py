"""The contract's reading rules, on real workbooks written in the test."""

import openpyxl
import pytest
from workbooks import RULESET, valid_plan, write_plan, write_under_table

from actieplan.run.check import check_workbook
from actieplan.read.loader import load_workbook as _load
from actieplan.normalize import header_key, parse_number, parse_tick


def load_workbook(path):
    return _load(path, RULESET.sheets.values())


@pytest.mark.parametrize(
    "text, number",
    [("0,2", 0.2), ("0.2", 0.2), ("0,2 VTE", 0.2), ("6,18", 6.18), (" 1,5 vte ", 1.5), ("1.234,5", 1234.5), (0.5, 0.5), ("± 0,5", 0.5)],
)
def test_numbers_in_dutch_and_english_notation(text, number):
    assert parse_number(text) == pytest.approx(number)


@pytest.mark.parametrize("text", ["twee", "0,2 à 0,3", "", None, True])
def test_not_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("value", ["ja", "x", "X", "☒", "✓", "true", "TRUE", "1", 1, True])
def test_ticked(value):
    assert parse_tick(value) is True


@pytest.mark.parametrize("value", [None, "", "nee", "☐", "false", "0", 0, False])
def test_not_ticked(value):
    assert parse_tick(value) is False


def test_header_matching():
    assert header_key("Naam en/ of thema?") == header_key("Naam en/of thema")
    assert header_key("  TREKKER: ") == header_key("Trekker")
    assert header_key("Titel  +\n jaar actiefiche") == header_key("Titel + jaar actiefiche")


def test_title_rows_and_blank_rows_shift_only_row_numbers(tmp_path):
    rows = valid_plan()
    plain = load_workbook(write_plan(tmp_path / "a.xlsx", rows))
    moved = load_workbook(
        write_plan(tmp_path / "b.xlsx", rows, title_rows=5, blank_rows_after={"Stuurgroepen": [0], "Actiefiches": [0]})
    )
    for name in plain.sheets:
        a, b = plain.sheets[name].frame, moved.sheets[name].frame
        assert a.reset_index(drop=True).equals(b.reset_index(drop=True)), name
    assert plain.sheets["Stuurgroepen"].header_row == 3
    assert moved.sheets["Stuurgroepen"].header_row == 6
    assert list(plain.sheets["Stuurgroepen"].frame.index) == [4, 5]
    assert list(moved.sheets["Stuurgroepen"].frame.index) == [7, 9]  # blank row 8 skipped


def test_findings_follow_the_shift(tmp_path, check):
    rows = valid_plan()
    rows["Stuurgroepen"][1]["Trekker"] = None
    report = check(rows, title_rows=5, blank_rows_after={"Stuurgroepen": [0]})
    assert ("Stuurgroepen", "B9", "cel-verplicht") in {(f.sheet, f.cell, f.rule) for f in report.findings}


def test_sheet_names_case_and_spaces(tmp_path):
    path = write_plan(tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Stuurgroepen"].title = " STUURGROEPEN "
    wb.save(path)
    loaded = load_workbook(path)
    assert loaded.sheets["Stuurgroepen"].name == " STUURGROEPEN "
    assert len(loaded.sheets["Stuurgroepen"].frame) == 2


def test_extra_columns_are_kept_and_ignored(tmp_path, check):
    report = check(extra_columns={"Actiefiches": ["Interne nota"], "Stuurgroepen": ["Budget"]})
    assert report.findings == []


def test_merged_cells_give_their_value_to_every_cell(tmp_path):
    path = write_plan(tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Stuurgroepen"]
    ws["D5"] = None
    ws.merge_cells("D4:D5")
    wb.save(path)
    loaded = load_workbook(path)
    frame = loaded.sheets["Stuurgroepen"].frame
    assert frame.at[5, "Concrete doelstelling"] == frame.at[4, "Concrete doelstelling"]
    assert loaded.sheets["Stuurgroepen"].merged[(5, 4)] == (4, 4)


def test_a_merge_across_columns_does_not_fill_the_next_column(tmp_path):
    """A title merged across 'Wat?' (C5:D5) leaves 'Wat?' empty, as Excel holds it: a required cell
    hidden under a merge is reported, not filled with the title."""
    path = write_plan(tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Actiefiches"]
    ws["D5"] = None
    ws.merge_cells("C5:D5")
    wb.save(path)
    fiches = load_workbook(path).sheets["Actiefiches"]
    assert fiches.frame.at[5, "Wat?"] is None and fiches.frame.at[5, "Titel actie"]
    report = check_workbook(path, ruleset=RULESET)[1]
    assert [(f.rule, f.message) for f in report.findings if f.rule == "cel-verplicht" and "'Wat?'" in f.message]
    assert not report.ok


def test_values_keep_their_cells(tmp_path):
    rows = valid_plan()
    rows["Actiefiches"][0]["Personeelscapaciteit (VTE)"] = "0,6 VTE"
    loaded = load_workbook(write_plan(tmp_path / "a.xlsx", rows))
    fiches = loaded.sheets["Actiefiches"]
    assert fiches.columns["Personeelscapaciteit (VTE)"] == 12  # column L
    assert fiches.frame.at[4, "Personeelscapaciteit (VTE)"] == pytest.approx(0.6)  # '0,6 VTE' in L4
    assert fiches.frame.at[4, "Procesevaluatie"] is True
    assert fiches.frame.at[5, "Procesevaluatie"] is False


@pytest.mark.parametrize("note", ["Opmerking: de VTE zijn een inschatting van september.", "* Schatting van de coördinator.", "Noot: zie het jaarverslag."])
def test_a_note_under_the_capacity_table_is_a_note_not_a_code(tmp_path, note):
    # Capaciteit has fixed rows (its codes A-F and the total): a note under them was read as a row
    # with an unknown code and an empty VTE (two false errors)
    plan = write_plan(tmp_path / "plan.xlsx")
    row = write_under_table(plan, [("Capaciteit", 1, note)], merge_to=4)["Capaciteit"]
    workbook, report = check_workbook(plan, RULESET)
    assert workbook.sheets["Capaciteit"].below == {row: ("opmerking", note)}
    said = [(f.rule, f.severity.value) for f in report.findings if f.sheet == "Capaciteit"]
    assert said == [("rij-onder-tabel", "info")]


def test_a_capacity_row_that_is_no_note_stays_a_row(tmp_path):
    # near miss: a text under the table that does not say it is a note is still checked as a row
    plan = write_plan(tmp_path / "plan.xlsx")
    write_under_table(plan, [("Capaciteit", 1, "G")])
    workbook, report = check_workbook(plan, RULESET)
    assert not workbook.sheets["Capaciteit"].below
    assert "capaciteit-code" in {f.rule for f in report.findings}


@pytest.mark.parametrize("sheet, text", [("Stuurgroepen", "Opmerking: de twee volgende stuurgroepen vallen samen in 2026."),
                                         ("Capaciteit", "* E omvat ook het onthaal van nieuwe partners.")])
def test_a_note_between_the_rows_of_a_table_is_a_note(tmp_path, sheet, text):
    # a second outside try: such a row gave four (Stuurgroepen) or two (Capaciteit) false errors
    plan = write_plan(tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(plan)
    ws = wb[sheet]
    ws.insert_rows(5)  # between the table's second and third rows
    ws.cell(row=5, column=1, value=text)
    wb.save(plan)
    workbook, report = check_workbook(plan, RULESET)
    assert workbook.sheets[sheet].below == {5: ("opmerking", text)}
    said = [(f.rule, f.message.split(" (")[0]) for f in report.findings if f.sheet == sheet]
    assert said == [("rij-onder-tabel", "Rij 5 tussen de rijen van de tabel lijkt een opmerking")]


def test_a_row_between_the_rows_with_only_a_name_is_still_a_row(tmp_path):
    # near miss: a steering group with only its name is an incomplete steering group, not a note
    plan = write_plan(tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(plan)
    ws = wb["Stuurgroepen"]
    ws.insert_rows(5)
    ws.cell(row=5, column=1, value="Werkgroep valpreventie")
    wb.save(plan)
    workbook, report = check_workbook(plan, RULESET)
    assert not workbook.sheets["Stuurgroepen"].below
    assert {f.rule for f in report.findings if f.sheet == "Stuurgroepen"} >= {"cel-verplicht"}


@pytest.mark.parametrize("sheet, text", [("Stuurgroepen", "Noot: de vergaderdata van 2026 volgen in januari."),
                                         ("Actiefiches", "* de fiches volgen de volgorde van het meerjarenplan.")])
def test_a_note_in_the_first_data_row_is_a_note(tmp_path, sheet, text):
    # a last outside try: a note right under the header row was checked as a row (4 to 13 false errors)
    plan = write_plan(tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(plan)
    wb[sheet].insert_rows(4)  # the header is on row 3
    wb[sheet].cell(row=4, column=1, value=text)
    wb.save(plan)
    workbook, report = check_workbook(plan, RULESET)
    assert workbook.sheets[sheet].below == {4: ("opmerking", text)}
    said = [(f.rule, f.message.split(" (")[0]) for f in report.findings if f.sheet == sheet]
    assert said == [("rij-onder-tabel", "Rij 4 boven de rijen van de tabel lijkt een opmerking")]


def test_a_table_of_only_a_note_keeps_it_as_its_row(tmp_path):
    rows = valid_plan()
    rows["Netwerkevents"] = [{"Titel + format": "Opmerking: dit jaar geen netwerkevents."}, {"Titel + format": "NB zie 2027."}]
    workbook, _ = check_workbook(write_plan(tmp_path / "plan.xlsx", rows), RULESET)
    assert list(workbook.sheets["Netwerkevents"].frame.index) == [4] and list(workbook.sheets["Netwerkevents"].below) == [5]
