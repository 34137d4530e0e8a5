"""The annotated copy: every finding at its cell, a Controle sheet, nothing of the user's lost,
and a copy that can be checked again without marks piling up."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
from lxml import etree
import pytest
from paths import EXAMPLE, TEMPLATE
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from workbooks import RULESET, valid_plan, write_plan

from actieplan.write.annotated import (
    AUTHOR,
    CONTROL_SHEET,
    MARK_COLOURS,
    annotate,
    clean_workbook,
)
from actieplan.run.check import check_workbook, run
from actieplan.model import Finding, Report, Severity
from actieplan.write.summary import verdict
from copies import OURS, assert_marked, broken_rows, findings_json, make_macro_workbook, set_cell_text, sheet_xml, with_excel_list_validation

LEGACY_STATE_SHEET = "_actieplan"  # an earlier version kept its state in this very hidden sheet


def annotated(tmp_path: Path, source: Path) -> tuple[Report, Path]:
    loaded, report = check_workbook(source, ruleset=RULESET)
    target = tmp_path / f"{source.stem}.gecontroleerd{source.suffix}"
    annotate(source, report, target, loaded)
    return report, target


# --------------------------------------------------------------------------- every finding at its cell


@pytest.mark.parametrize("which", ["broken", "example"])
def test_every_finding_is_marked_at_its_cell(tmp_path, which):
    source = write_plan(tmp_path / "plan.xlsx", broken_rows()) if which == "broken" else EXAMPLE
    report, copy = annotated(tmp_path, source)
    if which == "broken":
        assert {(f.rule, f.sheet, f.cell) for f in report.findings} >= {
            ("cel-verplicht", "Stuurgroepen", "B5"),
            ("vinkvak-ongeldig", "Actiefiches", "M4"),
            ("capaciteit-code", "Capaciteit", "A10"),
            ("algemeen-onbekend-veld", "Algemeen", "A7"),
        }
    assert_marked(report, copy)


def test_controle_sheet_lists_every_finding_with_a_working_link(tmp_path):
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    report, copy = annotated(tmp_path, source)
    wb = openpyxl.load_workbook(copy)
    assert wb.sheetnames[0] == CONTROL_SHEET
    assert wb.active.title == CONTROL_SHEET
    assert [ws.sheet_view.tabSelected for ws in wb.worksheets].count(True) == 1  # no grouped sheets
    ws = wb[CONTROL_SHEET]
    assert ws["A2"].value == verdict(report)
    h = control_header_row(ws)
    assert [c.value for c in ws[h][:6]] == ["Ernst", "Blad", "Cel", "Rij", "Regel", "Melding"]
    assert ws.freeze_panes == f"A{h + 1}"
    assert ws.auto_filter.ref == f"A{h}:F{h + len(report.findings)}"
    listed = []
    for r in range(h + 1, h + 1 + len(report.findings)):
        sev, sheet, where, title, rule, message = (ws.cell(r, c).value for c in range(1, 7))
        assert title == report.by_severity()[r - h - 1].row_title
        link = ws.cell(r, 3).hyperlink
        listed.append((sheet, where, rule, message))
        # the link jumps inside the workbook to exactly the finding's cell
        assert link is not None and link.location == f"{quote_sheetname(sheet)}!{where}"
        target_sheet, target_cell = link.location.rsplit("!", 1)
        assert wb[target_sheet.strip("'")][target_cell].comment is not None
    assert listed == [(f.sheet, f.cell, f.rule, f.message) for f in report.by_severity()]
    assert len(ws._charts) == 1


def control_header_row(ws) -> int:
    """The row of the findings' header on our Controle sheet."""
    return next(r for r in range(1, 61) if [ws.cell(r, c).value for c in (1, 2, 3)] == ["Ernst", "Blad", "Cel"])


def test_filtering_the_findings_hides_neither_the_counts_nor_the_charts_data(tmp_path):
    """A filter hides whole rows: the counts and the chart's data stand outside the filtered rows."""
    source = shutil.copy(EXAMPLE, tmp_path / "plan.xlsx")
    report, copy = annotated(tmp_path, Path(source))
    assert report.findings
    ws = openpyxl.load_workbook(copy)[CONTROL_SHEET]
    first, last = (int("".join(ch for ch in ref if ch.isdigit())) for ref in ws.auto_filter.ref.split(":"))
    header = next(r for r in range(1, first) if ws.cell(r, 2).value == "Blad")  # the counts: columns B to E
    total = next(r for r in range(header, first) if ws.cell(r, 2).value == "Totaal")
    planned = next(r for r in range(1, first) if ws.cell(r, 8).value == "B-F: gepland")  # the chart's data: on the side
    assert not any(first <= r <= last for r in range(header, total + 1)), (ws.auto_filter.ref, header, total)
    chart = ws._charts[0]
    refs = [ref for s in chart.series for ref in (s.val.numRef.f, s.cat.strRef.f if s.cat.strRef else s.cat.numRef.f)]
    rows = {int(part.lstrip("$")) for ref in refs for part in re.findall(r"\$\d+", ref)}
    assert rows and max(rows) == planned
    assert not any(first <= r <= last for r in rows), (ws.auto_filter.ref, sorted(rows))
    with zipfile.ZipFile(copy) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1 and b'<c:plotVisOnly val="0"/>' in z.read(charts[0])  # hidden rows still count
        drawing = next(n for n in z.namelist() if n.startswith("xl/drawings/drawing") and n.endswith(".xml")
                       and b"c:chart" in z.read(n))
        anchor = etree.fromstring(z.read(drawing))[0]
    # the chart itself stands in rows above the filtered ones
    xdr = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
    rows = [int(anchor.find(f"{xdr}{end}/{xdr}row").text) + 1 for end in ("from", "to")]
    assert rows[0] >= 1 and rows[1] <= first, (rows, ws.auto_filter.ref)


def test_controle_counts_and_capacity_data(tmp_path):
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    report, copy = annotated(tmp_path, source)
    ws = openpyxl.load_workbook(copy)[CONTROL_SHEET]
    cells = {(r, c): ws.cell(r, c).value for r in range(1, 40) for c in range(1, 15)}
    header = next(r for r in range(1, 40) if cells[(r, 2)] == "Blad")  # the counts: columns B to E, above the list
    assert [cells[(header, c)] for c in range(2, 6)] == ["Blad", "Fouten", "Waarschuwingen", "Info"]
    counts = {}
    r = header + 1
    while cells[(r, 2)] != "Totaal":
        counts[cells[(r, 2)]] = (cells[(r, 3)], cells[(r, 4)], cells[(r, 5)])
        r += 1
    assert counts == {k: (v["error"], v["warning"], v["info"]) for k, v in report.counts_per_sheet().items()}
    assert (cells[(r, 3)], cells[(r, 4)], cells[(r, 5)]) == (report.counts["error"], report.counts["warning"], report.counts["info"])
    assert r < control_header_row(ws)
    available = next(r for r in range(1, 40) if cells[(r, 8)] == "A: beschikbaar")
    cap = report.facts.capaciteit
    assert cells[(available, 9)] == pytest.approx(cap["A"])
    assert [cells[(available + 1, c)] for c in range(10, 15)] == pytest.approx([cap[k] for k in "BCDEF"])


def test_whole_row_and_whole_sheet_findings(tmp_path):
    """A row finding colours the row's contract cells (note on the first); a sheet finding is listed only."""
    source = write_plan(tmp_path / "plan.xlsx", extra_columns={"Stuurgroepen": ["Eigen kolom"]})
    loaded, report = check_workbook(source, ruleset=RULESET)
    assert report.findings == []
    report.findings = [
        Finding("rij-regel", Severity.WARNING, "Stuurgroepen", None, 5, None, "Deze rij lijkt dubbel."),
        Finding("blad-regel", Severity.ERROR, "Netwerkevents", None, None, None, "Het blad is leeg."),
        Finding("blad-ontbreekt", Severity.ERROR, "Bestaat niet", None, None, None, "Het blad 'Bestaat niet' ontbreekt."),
    ]
    copy = tmp_path / "copy.xlsx"
    annotate(source, report, copy, loaded)
    wb = openpyxl.load_workbook(copy)
    ws = wb["Stuurgroepen"]
    contract = [f"{c}5" for c in "ABCDEF"]
    assert all(ws[a].fill.fgColor.rgb == MARK_COLOURS[Severity.WARNING] for a in contract)
    assert ws["G5"].fill.fill_type is None  # the extra column is not the contract's
    assert "[rij-regel]" in ws["A5"].comment.text and "rij 5" in ws["A5"].comment.text
    assert all(ws[a].comment is None for a in contract[1:])
    assert all(c.comment is None for row in wb["Netwerkevents"].iter_rows() for c in row)
    control = wb[CONTROL_SHEET]
    h = control_header_row(control)
    rows = [[control.cell(r, c).value for c in (1, 2, 3, 5)] for r in range(h + 1, h + 4)]  # the errors first
    assert rows[0][1:4] == ["Netwerkevents", "hele blad", "blad-regel"]
    assert rows[1][1:4] == ["Bestaat niet", "blad ontbreekt", "blad-ontbreekt"]
    assert control.cell(h + 2, 3).hyperlink is None
    assert rows[2][1:4] == ["Stuurgroepen", "rij 5", "rij-regel"]
    assert control.cell(h + 3, 3).hyperlink.location == "'Stuurgroepen'!A5"


# --------------------------------------------------------------------------- nothing of the user's lost


def rich_workbook(path: Path) -> Path:
    """The plan as a careful user keeps it: own fills, notes, formats, hidden things, names, lists."""
    write_plan(path, broken_rows())
    wb = openpyxl.load_workbook(path)
    st = wb["Stuurgroepen"]
    st["B5"].fill = PatternFill("solid", fgColor="FF00B050")  # the user's own green on the error cell
    st["B5"].comment = Comment("Nog te vragen aan Broes", "An")
    st["A4"].comment = Comment("Eigen notitie zonder bevinding", "An")
    st["A4"].font = Font(bold=True, color="FF7030A0")
    st.merge_cells("D4:D5")
    st.column_dimensions["F"].hidden = True
    st.column_dimensions["C"].width = 41.5
    st.row_dimensions[6].height = 33
    st.freeze_panes = "A4"
    cap = wb["Capaciteit"]
    cap["C10"] = "=SUM(C5:C9)"
    cap["C10"].number_format = "0.00"
    cap["E4"] = "=1+1"  # a user text that looks like a formula, stored as text
    cap["E4"].data_type = "s"
    fiches = wb["Actiefiches"]
    wb.defined_names["OD_codes"] = DefinedName("OD_codes", attr_text="Doelstellingen!$C$4:$C$50")
    dv = DataValidation(type="list", formula1="OD_codes", allow_blank=True, showErrorMessage=True, error="Kies een OD")
    dv.add("B4:B500")
    fiches.data_validations.append(dv)
    dv2 = DataValidation(type="list", formula1='"☒,☐"', allow_blank=True)
    dv2.add("M4:M500")
    fiches.data_validations.append(dv2)
    fiches.defined_names["Lokaal"] = DefinedName("Lokaal", attr_text="Actiefiches!$A$4")
    fiches.print_title_rows = "3:3"
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.worksheet.table import Table

    doel = wb["Doelstellingen"]
    doel.add_table(Table(displayName="Doelen", ref="A3:D5"))
    cap.conditional_formatting.add("C4:C10", CellIsRule(operator="lessThan", formula=["0"], fill=PatternFill("solid", fgColor="FFFFFF00")))
    cap["D4"].hyperlink = "https://www.vlaanderen.be/departement-zorg"
    cap.print_area = "A1:D10"
    wb.properties.creator = "An Peeters"
    hidden = wb.create_sheet("Notities")
    hidden["A1"] = "interne notities"
    hidden.sheet_state = "hidden"
    wb.move_sheet("Notities", offset=-3)
    wb.save(path)
    return path


def creator(path: Path) -> str:
    """The workbook's author as the file says it (openpyxl reads a missing one as 'openpyxl')."""
    import re

    with zipfile.ZipFile(path) as z:
        m = re.search(rb"<dc:creator>(.*?)</dc:creator>", z.read("docProps/core.xml"))
    return m.group(1).decode() if m else ""


def style_of(c) -> tuple:
    return (c.number_format, repr(c.font), repr(c.border), repr(c.alignment), repr(c.protection))


def validations(ws) -> list[tuple]:
    return sorted(
        (str(d.sqref), d.type, d.formula1, d.formula2, d.allow_blank, d.showErrorMessage, d.error, d.prompt, d.promptTitle)
        for d in ws.data_validations.dataValidation
    )


def assert_same_user_content(source: Path, copy: Path, marked: set[tuple[str, str]], rich_text: bool = True) -> None:
    """Cell by cell: the copy holds everything the input holds; fills and notes differ only where marked."""
    a = openpyxl.load_workbook(source, rich_text=rich_text)
    b = openpyxl.load_workbook(copy, rich_text=rich_text)
    assert [n for n in b.sheetnames if n not in OURS] == a.sheetnames
    assert b.sheetnames[0] == CONTROL_SHEET and LEGACY_STATE_SHEET not in b.sheetnames  # no sheet of ours to unhide
    assert {k: v.attr_text for k, v in a.defined_names.items()} == {k: v.attr_text for k, v in b.defined_names.items()}
    assert creator(copy) == creator(source)
    for wa in a.worksheets:
        wb_ = b[wa.title]
        assert wb_.sheet_state == wa.sheet_state
        assert sorted(map(str, wb_.merged_cells.ranges)) == sorted(map(str, wa.merged_cells.ranges))
        assert validations(wb_) == validations(wa), wa.title
        assert wb_.freeze_panes == wa.freeze_panes
        assert wb_.print_title_rows == wa.print_title_rows and wb_.print_area == wa.print_area
        assert dict(wb_.tables.items()) == dict(wa.tables.items())
        assert [(str(cf.sqref), [r.formula for r in cf.rules]) for cf in wb_.conditional_formatting] == [
            (str(cf.sqref), [r.formula for r in cf.rules]) for cf in wa.conditional_formatting
        ]
        assert wb_.protection.sheet == wa.protection.sheet
        assert {k: v.attr_text for k, v in wb_.defined_names.items()} == {k: v.attr_text for k, v in wa.defined_names.items()}
        assert {k: (d.width, d.hidden, d.min, d.max) for k, d in wa.column_dimensions.items()} == {
            k: (d.width, d.hidden, d.min, d.max) for k, d in wb_.column_dimensions.items()
        }
        assert {k: (d.height, d.hidden) for k, d in wa.row_dimensions.items()} == {
            k: (d.height, d.hidden) for k, d in wb_.row_dimensions.items() if k in wa.row_dimensions
        }
        in_file = set(wa._cells)  # iter_rows makes the empty cells of the range too
        for row in wa.iter_rows():
            for ca in row:
                cb = wb_[ca.coordinate]
                where = f"{wa.title}!{ca.coordinate}"
                assert cb.value == ca.value, where
                assert cb.data_type == ca.data_type, where
                assert (cb.hyperlink and cb.hyperlink.target) == (ca.hyperlink and ca.hyperlink.target), where
                created = (wa.title, ca.coordinate) in marked and (ca.row, ca.column) not in in_file
                if not created:  # a marked empty cell takes its column's look, tested on its own
                    assert style_of(cb) == style_of(ca), where
                if (wa.title, ca.coordinate) not in marked:
                    assert repr(cb.fill) == repr(ca.fill), where
                    assert (cb.comment and cb.comment.text) == (ca.comment and ca.comment.text), where
                elif ca.comment is not None:
                    assert cb.comment.text.startswith(ca.comment.text), f"{where}: the user's note is gone"


def marked_cells(report: Report) -> set[tuple[str, str]]:
    return {(f.sheet, f.cell) for f in report.findings if f.cell}


@pytest.mark.parametrize("which", ["rich", "example", "template"])
def test_nothing_the_user_wrote_is_lost(tmp_path, which):
    source = {"rich": lambda: rich_workbook(tmp_path / "plan.xlsx"), "example": lambda: EXAMPLE, "template": lambda: TEMPLATE}[which]()
    before = source.read_bytes()
    report, copy = annotated(tmp_path, source)
    assert source.read_bytes() == before  # the input is only read
    assert_same_user_content(source, copy, marked_cells(report))


def test_template_validations_survive(tmp_path):
    """The style.md trap: the template's lists (OD via the defined name, tick-boxes) are in the copy."""
    for source in (TEMPLATE, EXAMPLE):
        _, copy = annotated(tmp_path, source)
        ws = openpyxl.load_workbook(copy)["Actiefiches"]
        kinds = {(d.type, d.formula1) for d in ws.data_validations.dataValidation}
        assert ("list", "OD_codes") in kinds
        assert any(t == "list" and "☒" in (f or "") for t, f in kinds)
        assert openpyxl.load_workbook(copy).defined_names["OD_codes"].attr_text.startswith("'Doelstellingen'!")


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    rows = broken_rows()
    rows["Algemeen"][0]["Waarde"] = '=HYPERLINK("http://example.org","klik")'
    source = write_plan(tmp_path / "plan.xlsx", rows)
    report, copy = annotated(tmp_path, source)
    assert any("=misschien" in f.message for f in report.findings)
    wb = openpyxl.load_workbook(copy)
    assert all(c.data_type != "f" for row in wb[CONTROL_SHEET].iter_rows() for c in row)
    assert wb[CONTROL_SHEET]["A1"].value.startswith('Controle van het actieplan =HYPERLINK(')
    assert wb["Actiefiches"]["C5"].data_type == "s" and wb["Actiefiches"]["C5"].value.startswith("=SOM")
    # and in the XML: no <f> element anywhere in our sheets
    control_xml = sheet_xml(copy, CONTROL_SHEET)
    assert "<f>" not in control_xml and "<f " not in control_xml


# --------------------------------------------------------------------------- checking the copy again


def test_checking_the_copy_again_gives_the_same_findings(tmp_path):
    for source in (write_plan(tmp_path / "plan.xlsx", broken_rows()), EXAMPLE):
        report, copy = annotated(tmp_path, source)
        again = check_workbook(copy, ruleset=RULESET)[1]
        assert findings_json(again) == findings_json(report)
        assert again.checked_copy and not report.checked_copy  # said to be a copy, checked the same
        assert again.facts == report.facts


def test_recheck_after_fixing_restores_the_users_own_fill_and_note(tmp_path):
    source = rich_workbook(tmp_path / "plan.xlsx")
    report, copy = annotated(tmp_path, source)
    # the user fixes B5 in the copy, in Excel (which keeps every part of the package)
    set_cell_text(copy, "Stuurgroepen", "B5", "Broes")
    loaded, again = check_workbook(copy, ruleset=RULESET)
    fixed = {("cel-verplicht", "Stuurgroepen", "B5")}
    assert {(f.rule, f.sheet, f.cell) for f in again.findings} == {(f.rule, f.sheet, f.cell) for f in report.findings} - fixed
    second = tmp_path / "second.xlsx"
    annotate(copy, again, second, loaded)
    out = openpyxl.load_workbook(second)
    assert out.sheetnames.count(CONTROL_SHEET) == 1 and LEGACY_STATE_SHEET not in out.sheetnames
    assert [n for n in out.sheetnames if n.startswith(CONTROL_SHEET)] == [CONTROL_SHEET]
    b5 = out["Stuurgroepen"]["B5"]
    assert b5.fill.fgColor.rgb == "FF00B050"  # the user's own green is back
    assert b5.comment.text == "Nog te vragen aan Broes" and b5.comment.author == "An"
    assert out["Stuurgroepen"]["A4"].comment.text == "Eigen notitie zonder bevinding"
    assert_marked(again, second)
    # every remaining note holds each of its rules once: no duplicated notes
    for f in again.findings:
        if f.cell:
            assert out[f.sheet][f.cell].comment.text.count(f"[{f.rule}]") == 1
    # and a third round on the unchanged second copy changes nothing
    third = tmp_path / "third.xlsx"
    annotate(second, check_workbook(second, ruleset=RULESET)[1], third)
    assert_same_copy(second, third)


def assert_same_copy(a: Path, b: Path) -> None:
    wa, wb = openpyxl.load_workbook(a), openpyxl.load_workbook(b)
    assert wa.sheetnames == wb.sheetnames
    for ws in wa.worksheets:
        if ws.title in OURS:
            continue
        for row in ws.iter_rows():
            for c in row:
                d = wb[ws.title][c.coordinate]
                assert (c.value, repr(c.fill), c.comment and c.comment.text) == (d.value, repr(d.fill), d.comment and d.comment.text), c.coordinate


def test_clean_workbook_gives_back_the_users_workbook(tmp_path):
    source = rich_workbook(tmp_path / "plan.xlsx")
    _, copy = annotated(tmp_path, source)
    clean = tmp_path / "clean.xlsx"
    assert clean_workbook(copy, clean)
    a, b = openpyxl.load_workbook(source), openpyxl.load_workbook(clean)
    assert b.sheetnames == a.sheetnames
    for ws in a.worksheets:
        for row in ws.iter_rows():
            for c in row:
                d = b[ws.title][c.coordinate]
                assert (c.value, repr(c.fill), c.comment and c.comment.text) == (d.value, repr(d.fill), d.comment and d.comment.text)
    assert not clean_workbook(source, tmp_path / "not-annotated.xlsx")
    assert not (tmp_path / "not-annotated.xlsx").exists()


def test_moved_marks_do_not_stay_behind(tmp_path):
    """The user inserts a row above a marked cell in the copy: the old mark moves and must go."""
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    report, copy = annotated(tmp_path, source)
    wb = openpyxl.load_workbook(copy)
    ws = wb["Stuurgroepen"]
    ws.insert_rows(4)  # B5 (the empty Trekker) is now B6; openpyxl moves cells with their style
    wb.save(copy)
    loaded, again = check_workbook(copy, ruleset=RULESET)
    second = tmp_path / "second.xlsx"
    annotate(copy, again, second, loaded)
    out = openpyxl.load_workbook(second)["Stuurgroepen"]
    marked = {f.cell for f in again.findings if f.sheet == "Stuurgroepen" and f.cell}
    assert "B6" in marked
    for row in out.iter_rows():
        for c in row:
            if c.coordinate not in marked:
                assert c.fill.fill_type is None, f"stale mark at {c.coordinate}"
                assert c.comment is None or c.comment.author != AUTHOR, f"stale note at {c.coordinate}"


def test_run_writes_the_copy_without_doubling_the_name(tmp_path):
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    out = tmp_path / "uit"
    first = run(source, out, ruleset=RULESET)
    copy = out / "plan.gecontroleerd.xlsx"
    assert copy in first.outputs
    # the copy is never written over itself: checked again beside itself, the new copy is '-2' (issue 23)
    kept = copy.read_bytes()
    assert out / "plan.gecontroleerd-2.xlsx" in run(copy, out, ruleset=RULESET).outputs
    assert copy.read_bytes() == kept
    again = tmp_path / "opnieuw"
    second = run(copy, again, ruleset=RULESET)
    assert again / "plan.gecontroleerd.xlsx" in second.outputs
    assert not (again / "plan.gecontroleerd.gecontroleerd.xlsx").exists()
    data = json.loads((again / "plan.bevindingen.json").read_text(encoding="utf-8"))
    assert data["findings"] == [f.as_json() for f in first.report.findings]


def test_users_own_sheet_named_controle_is_kept(tmp_path):
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    wb = openpyxl.load_workbook(source)
    wb.create_sheet("Controle")["A1"] = "mijn eigen controleblad"
    wb.save(source)
    report, copy = annotated(tmp_path, source)
    out = openpyxl.load_workbook(copy)
    assert out["Controle"]["A1"].value == "mijn eigen controleblad"
    assert out.sheetnames[0] == "Controle 2"
    # and a re-check removes only ours
    loaded, again = check_workbook(copy, ruleset=RULESET)
    second = tmp_path / "second.xlsx"
    annotate(copy, again, second, loaded)
    out = openpyxl.load_workbook(second)
    assert out["Controle"]["A1"].value == "mijn eigen controleblad"
    assert out.sheetnames.count("Controle 2") == 1 and out.sheetnames[0] == "Controle 2"


def test_macro_workbook_keeps_its_macros(tmp_path):
    xlsx = write_plan(tmp_path / "plan.xlsx", broken_rows())
    xlsm = tmp_path / "plan.xlsm"
    vba = b"\xd0\xcf\x11\xe0fake vba project" * 20
    make_macro_workbook(xlsx, xlsm, vba)
    out = tmp_path / "uit"
    result = run(xlsm, out, ruleset=RULESET)
    copy = out / "plan.gecontroleerd.xlsm"
    assert copy in result.outputs
    with zipfile.ZipFile(copy) as z:
        assert z.read("xl/vbaProject.bin") == vba
        assert "macroEnabled" in z.read("[Content_Types].xml").decode()
    assert_marked(result.report, copy)


def test_input_is_never_modified_and_copy_is_a_new_file(tmp_path):
    source = tmp_path / "plan.xlsx"
    shutil.copy(EXAMPLE, source)
    before = source.read_bytes()
    run(source, tmp_path, ruleset=RULESET)
    assert source.read_bytes() == before
    assert (tmp_path / "plan.gecontroleerd.xlsx").exists()


# --------------------------------------------------------------------------- validations openpyxl drops


def test_validations_in_excel_extensions_survive(tmp_path):
    """style.md's trap: openpyxl drops <extLst> validations; the copy must still have them."""
    plain = write_plan(tmp_path / "plain.xlsx", broken_rows())
    source = with_excel_list_validation(plain, tmp_path / "plan.xlsx")
    assert "Doelstellingen!$C$4:$C$20" in sheet_xml(source, "Actiefiches")
    report, copy = annotated(tmp_path, source)
    for path in (copy,):
        xml = sheet_xml(path, "Actiefiches")
        assert xml.count("<x14:dataValidation ") == 1
        assert "<xm:f>Doelstellingen!$C$4:$C$20</xm:f>" in xml and "<xm:sqref>B4:B200</xm:sqref>" in xml
        from defusedxml.ElementTree import fromstring as parse_xml

        root = parse_xml(xml.encode())  # well-formed, namespaces declared
        assert root[-1].tag.endswith("extLst")
    # checking the copy again keeps it once, and the mail attachment (clean copy) keeps it too
    loaded, again = check_workbook(copy, ruleset=RULESET)
    assert findings_json(again) == findings_json(report)
    second = tmp_path / "second.xlsx"
    annotate(copy, again, second, loaded)
    assert sheet_xml(second, "Actiefiches").count("<x14:dataValidation ") == 1
    clean = tmp_path / "clean.xlsx"
    assert clean_workbook(second, clean)
    assert sheet_xml(clean, "Actiefiches").count("<x14:dataValidation ") == 1
    # sheets without the extension get none
    assert "<extLst" not in sheet_xml(copy, "Stuurgroepen")


def test_a_finding_inside_a_merged_range_is_noted_on_its_first_cell(tmp_path):
    source = write_plan(tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(source)
    wb["Stuurgroepen"].merge_cells("D4:D5")
    wb.save(source)
    loaded, report = check_workbook(source, ruleset=RULESET)
    report.findings = [Finding("x-regel", Severity.ERROR, "Stuurgroepen", "D5", 5, "Concrete doelstelling", "Samengevoegd.")]
    copy = tmp_path / "copy.xlsx"
    annotate(source, report, copy, loaded)
    ws = openpyxl.load_workbook(copy)["Stuurgroepen"]
    assert "[x-regel]" in ws["D4"].comment.text
    assert ws["D4"].fill.fgColor.rgb == MARK_COLOURS[Severity.ERROR]
    assert "D4:D5" in {str(r) for r in ws.merged_cells.ranges}


def test_images_of_the_user_survive(tmp_path):
    """openpyxl keeps images only with Pillow; a logo in the plan must be in the copy, byte for byte."""
    import io

    from openpyxl.drawing.image import Image as XLImage
    from PIL import Image as PILImage

    buf = io.BytesIO()
    PILImage.new("RGB", (40, 20), (200, 30, 30)).save(buf, format="PNG")
    png = buf.getvalue()
    source = write_plan(tmp_path / "plan.xlsx", broken_rows())
    wb = openpyxl.load_workbook(source)
    logo = XLImage(io.BytesIO(png))
    wb["Algemeen"].add_image(logo, "D1")
    wb.save(source)
    _, copy = annotated(tmp_path, source)
    with zipfile.ZipFile(copy) as z:
        media = [z.read(n) for n in z.namelist() if n.startswith("xl/media/")]
    assert media == [png]
    assert "mist" not in openpyxl.load_workbook(copy)[CONTROL_SHEET]["A3"].value


def test_a_text_box_is_kept_and_nothing_is_said_lost(tmp_path):
    """A text box (a shape) used to be lost with openpyxl; the package copy keeps its drawing part
    byte for byte, and the Controle sheet warns about nothing."""
    import xlsxwriter

    from actieplan.plugin.registry import resolve

    source = tmp_path / "plan.xlsx"
    book = xlsxwriter.Workbook(str(source))
    rows = valid_plan()
    for spec in resolve("2026").sheets.values():
        ws = book.add_worksheet(spec.name)
        headers = [c.header for c in spec.columns]
        ws.write_row(0, 0, headers)
        for i, row in enumerate(rows[spec.name], start=1):
            ws.write_row(i, 0, [row.get(h) for h in headers])
    book.get_worksheet_by_name("Algemeen").insert_textbox("D2", "Nog na te kijken door An")
    book.close()
    report, copy = annotated(tmp_path, source)
    with zipfile.ZipFile(source) as a, zipfile.ZipFile(copy) as b:
        drawings = [n for n in a.namelist() if n.startswith("xl/drawings/drawing")]
        assert drawings and all(a.read(n) == b.read(n) for n in drawings)
        assert any(b"Nog na te kijken door An" in b.read(n) for n in drawings)
    note = openpyxl.load_workbook(copy)[CONTROL_SHEET]["A3"].value
    assert "mist" not in note and "Let op" not in note


def test_example_copy_shows_every_finding_of_the_findings_file(tmp_path):
    """The issue's acceptance on the real example, read from what the command wrote."""
    result = run(EXAMPLE, tmp_path, ruleset=RULESET)
    data = json.loads((tmp_path / "voorbeeld-actieplan-2026.bevindingen.json").read_text(encoding="utf-8"))
    copy = tmp_path / "voorbeeld-actieplan-2026.gecontroleerd.xlsx"
    wb = openpyxl.load_workbook(copy)
    for f in data["findings"]:
        if f["cell"]:
            c = wb[f["sheet"]][f["cell"]]
            assert c.fill.fill_type == "solid" and c.fill.fgColor.rgb in MARK_COLOURS.values(), f
            assert f"[{f['rule']}]" in c.comment.text, f
    control = wb[CONTROL_SHEET]
    h = control_header_row(control)
    # issue 23 point 1: errors, then warnings, then infos; within each the findings file's order (by sheet and row)
    ordered = sorted(data["findings"], key=lambda f: ["error", "warning", "info"].index(f["severity"]))
    assert ordered != data["findings"]  # the example's errors stand among its infos in the file
    listed = [tuple(control.cell(r, c).value for c in range(1, 6)) for r in range(h + 1, h + 1 + len(data["findings"]))]
    assert listed == [
        ({"error": "FOUT", "warning": "WAARSCHUWING", "info": "INFO"}[f["severity"]], f["sheet"] or "werkmap",
         f["cell"] or (f"rij {f['row']}" if f["row"] else "hele blad"), f["row_title"], f["rule"])
        for f in ordered
    ]
    for r, f in enumerate(ordered, start=h + 1):
        if f["cell"]:
            assert control.cell(r, 3).hyperlink.location == f"{quote_sheetname(f['sheet'])}!{f['cell']}"
    assert_same_user_content(EXAMPLE, copy, marked_cells(result.report))
    again = run(copy, tmp_path / "opnieuw", ruleset=RULESET)
    assert findings_json(again.report) == data["findings"]


def test_a_large_merged_area_is_handled_without_listing_its_cells():
    from actieplan.ooxml.sheet import MergedOrigins

    origins = MergedOrigins([(1, 8, 5000, 26), (4, 4, 5, 4)])  # H1:Z5000 and D4:D5
    assert len(origins.cells) == 2 and len(origins.large) == 1
    assert origins.get((4000, 12)) == (1, 8)
    assert origins.get((5, 4)) == (4, 4)
    assert origins.get((5, 3)) == (5, 3)


# --------------------------------------------------------------------------- formula results


def formula_cells(xml: str) -> dict[str, tuple]:
    """Cell reference -> (type, formula, saved result) of every formula cell, from the parsed sheet."""
    from lxml import etree

    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    out = {}
    for c in etree.fromstring(xml.encode()).iter(f"{ns}c"):
        f = c.find(f"{ns}f")
        if f is not None:
            v = c.find(f"{ns}v")
            out[c.get("r")] = (c.get("t"), f.text, None if v is None else v.text)
    return out


def test_formula_results_stay_in_the_copy(tmp_path):
    """A formula keeps its saved result in the copy (a re-check reads results, not formulas)."""
    from actieplan.write.template import write_template

    rows = valid_plan()
    rows["Capaciteit"][6]["Geschatte capaciteit in # VTE"] = None  # the template writes =SUM(C5:C9)
    rows["Stuurgroepen"][1]["Trekker"] = None  # and an error, so the copy has marks
    rows["Capaciteit"][0]["Code"] = "G"  # and a mark on the Capaciteit sheet itself
    source = write_template(tmp_path / "plan.xlsx", rows, ruleset=RULESET)
    before = formula_cells(sheet_xml(source, "Capaciteit"))
    assert before["C10"][1] == "SUM(C5:C9)" and before["C10"][2] is not None
    loaded, report = check_workbook(source, ruleset=RULESET)
    assert any(f.sheet == "Capaciteit" for f in report.findings)
    copy = tmp_path / "plan.gecontroleerd.xlsx"
    annotate(source, report, copy, loaded)
    assert formula_cells(sheet_xml(copy, "Capaciteit")) == before
    assert findings_json(check_workbook(copy, ruleset=RULESET)[1]) == findings_json(report)


def test_a_marked_empty_cell_keeps_the_look_its_column_gives_it(tmp_path):
    """An empty required cell does not exist in the file; created for the mark, it takes its
    column's style (the template's wrap and alignment), and undoing the mark removes it again."""
    from actieplan.write.template import write_template

    rows = valid_plan()
    rows["Stuurgroepen"][1]["Trekker"] = None
    source = write_template(tmp_path / "plan.xlsx", rows, ruleset=RULESET)
    before = openpyxl.load_workbook(source)["Stuurgroepen"]
    assert (5, 2) not in before._cells
    column_style = before.column_dimensions["B"]
    loaded, report = check_workbook(source, ruleset=RULESET)
    assert ("Stuurgroepen", "B5") in marked_cells(report)
    copy = tmp_path / "copy.xlsx"
    annotate(source, report, copy, loaded)
    b5 = openpyxl.load_workbook(copy)["Stuurgroepen"]["B5"]
    assert b5.alignment.wrap_text and b5.alignment.vertical == "top"
    assert repr(b5.font) == repr(column_style.font)
    clean = tmp_path / "clean.xlsx"
    assert clean_workbook(copy, clean)
    again = openpyxl.load_workbook(clean)["Stuurgroepen"]
    assert (5, 2) not in again._cells  # gone again, as in the input: Excel shows its column's look


def test_the_controle_chart_gives_each_series_its_own_colour(tmp_path):
    """Issue 23 point 5: a plan last saved by LibreOffice has no theme; a chart that leaves its colours
    to the theme stays empty there. Each series carries its colour (fill and border) in the chart part:
    the rule set's (those of the report's chart), all different."""
    source = write_plan(tmp_path / "plan.xlsx")
    report, copy = annotated(tmp_path, source)
    spec = report.facts.chart()
    assert spec is not None and len(set(spec.colours)) == len(spec.series)
    with zipfile.ZipFile(copy) as z:
        part = next(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        root = etree.fromstring(z.read(part))
    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart", "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
    series = root.findall(".//c:ser", ns)
    assert len(series) == len(spec.series)
    for ser, colour in zip(series, spec.colours):
        fill = ser.find("c:spPr/a:solidFill/a:srgbClr", ns)
        line = ser.find("c:spPr/a:ln/a:solidFill/a:srgbClr", ns)
        assert fill is not None and line is not None, etree.tostring(ser)[:300]
        assert fill.get("val") == line.get("val") == colour.lstrip("#").upper()
