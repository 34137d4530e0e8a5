"""The blank template: generated from the sheet definitions, with help and validation per column."""

import openpyxl
from paths import TEMPLATE

from actieplan.run.check import check_workbook
from actieplan.rules.common.plan import CAPACITEIT_CODES, TOTAL_CODE
from actieplan.plugin.registry import resolve
from workbooks import RULESET  # the rule set the test plans are written for


def _dv_for(ws, col_letter):
    for dv in ws.data_validations.dataValidation:
        if any(str(r).startswith(f"{col_letter}4:") for r in str(dv.sqref).split()):
            return dv
    return None


def test_every_sheet_has_the_contract_headers_on_row_3_and_a_frozen_header():
    wb = openpyxl.load_workbook(TEMPLATE)
    assert wb.sheetnames[0] == "Instructies"
    for spec in resolve("2026").sheets.values():
        ws = wb[spec.name]
        assert [c.value for c in ws[3]][: len(spec.columns)] == [c.header for c in spec.columns]
        assert ws.freeze_panes == "A4"
        for j, col in enumerate(spec.columns):
            letter = openpyxl.utils.get_column_letter(j + 1)
            assert ws.column_dimensions[letter].width >= 8
            dv = _dv_for(ws, letter)
            assert dv is not None and dv.prompt == col.help[:255], (spec.name, col.header)


def test_validations_that_prevent_mistakes():
    wb = openpyxl.load_workbook(TEMPLATE)
    fiches = wb["Actiefiches"]
    assert _dv_for(fiches, "M").type == "list" and "☒" in _dv_for(fiches, "M").formula1
    assert _dv_for(fiches, "O").type == "list"
    assert _dv_for(fiches, "L").type == "decimal" and _dv_for(fiches, "L").operator == "greaterThanOrEqual"
    assert _dv_for(fiches, "B").formula1 == "OD_codes"
    assert wb.defined_names["OD_codes"].attr_text == "'Doelstellingen'!$C$4:$C$503"
    assert _dv_for(wb["Netwerkevents"], "E").formula1 == '"Ja,Nee"'
    assert _dv_for(wb["Capaciteit"], "C").type == "decimal"


def test_capaciteit_is_prefilled_with_codes_and_a_total_formula():
    ws = openpyxl.load_workbook(TEMPLATE)["Capaciteit"]
    codes = [ws.cell(row=r, column=1).value for r in range(4, 11)]
    assert codes == [*CAPACITEIT_CODES, TOTAL_CODE]
    assert all(ws.cell(row=r, column=2).value for r in range(4, 10))
    assert ws["C10"].value == "=SUM(C5:C9)"


def test_blank_template_asks_for_what_is_missing():
    _, report = check_workbook(TEMPLATE, ruleset=RULESET)
    rules = {f.rule for f in report.findings}
    assert "blad-leeg" in rules and "cel-verplicht" in rules
    # the prefilled fields and codes are not reported
    assert "capaciteit-code" not in rules and "kolom-ontbreekt" not in rules
    assert {f.cell for f in report.findings if f.rule == "algemeen-veld"} == {"B4"}  # only Zorgraad is empty


def _instructies(path):
    ws = openpyxl.load_workbook(path)["Instructies"]
    return ws, [(r, ws.cell(r, 1).value) for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value]


def test_instructies_fit_the_page_and_every_wrapped_row_is_tall_enough():
    """Issue 11 point 18: no wrapped text in 15-pt rows, no column running off an A4 page; in the
    committed template and the example alike."""
    from paths import EXAMPLE

    for path in (TEMPLATE, EXAMPLE):
        ws, rows = _instructies(path)
        width = ws.column_dimensions["A"].width
        assert width <= 80, f"{path.name}: column A ({width}) is wider than A4 portrait"
        assert ws.page_setup.orientation == "portrait" and ws.page_setup.paperSize in (9, "9")
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True and ws.page_setup.fitToHeight == 0
        for r, text in rows:
            if ws.cell(r, 1).alignment.wrap_text:
                # at most ~1.2 characters per width unit fit on a line, whichever font draws them
                lines = -(-len(text) // int(width * 1.2))
                height = ws.row_dimensions[r].height
                assert height is not None and height >= 15 * lines, (path.name, r, height, lines, text[:40])
