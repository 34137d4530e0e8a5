"""A user's text shaped like xlsxwriter's own rich-string XML ('<r>...</r>') is stored as text in
every workbook we write with xlsxwriter: the Controle sheet of the copy, `importeer`'s workbook
(and the folder overview, through the same function). xlsxwriter writes such a string into the part raw."""

from __future__ import annotations

import copy
import zipfile

import openpyxl

from actieplan.run.check import run
from actieplan.run.importeer import importeer
from actieplan.write.xlsxtext import looks_rich

from workbooks import RULESET, valid_plan, write_plan

# markup with a prefix no namespace declares: raw in a part, the part is no longer XML
TITLE = "<r><t>Valpreventie</t></r><x:vreemd/></r>"


def _plan(tmp_path, name="plan.xlsx"):
    rows = copy.deepcopy(valid_plan())
    rows["Actiefiches"][0]["Titel actie"] = TITLE
    rows["Actiefiches"][0]["Wat?"] = None  # a finding on this fiche: its title is listed in Controle
    return write_plan(tmp_path / name, rows)


def _cells(path, sheet):
    return [c.value for row in openpyxl.load_workbook(path)[sheet].iter_rows() for c in row]


def _no_raw_markup(path):
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                assert b"<x:vreemd/>" not in z.read(name), name


def test_the_controle_sheet_keeps_such_a_title_as_text(tmp_path):
    assert looks_rich(TITLE)
    result = run(_plan(tmp_path), tmp_path / "uit", ruleset=RULESET)
    copy_path = next((tmp_path / "uit").glob("*.gecontroleerd.xlsx"))
    _no_raw_markup(copy_path)
    assert TITLE in _cells(copy_path, "Controle")
    assert TITLE in _cells(copy_path, "Actiefiches")  # the user's own cell, as it was
    assert result.exit_code == 1


def test_importeer_writes_such_a_text_as_text(tmp_path):
    target = importeer(_plan(tmp_path), tmp_path / "uit.xlsx", RULESET)
    _no_raw_markup(target)
    assert TITLE in _cells(target, "Actiefiches")


def test_put_text_with_and_without_a_format(tmp_path):
    import xlsxwriter

    from actieplan.write.xlsxtext import put_text

    path = tmp_path / "los.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Blad")
    bold = wb.add_format({"bold": True})
    put_text(ws, 0, 0, TITLE)
    put_text(ws, 1, 0, TITLE, bold)
    put_text(ws, 2, 0, "<r>gewoon</r> niet aan het eind", bold)
    wb.close()
    _no_raw_markup(path)
    sheet = openpyxl.load_workbook(path)["Blad"]
    assert [sheet.cell(r, 1).value for r in (1, 2, 3)] == [TITLE, TITLE, "<r>gewoon</r> niet aan het eind"]
    assert sheet.cell(2, 1).font.b  # the cell's format is kept
