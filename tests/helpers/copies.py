"""Plans with mistakes and questions about annotated copies, shared by the tests of the copy, the
mail, the report and the real clients."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from workbooks import valid_plan

from actieplan.model import SEVERITY_ORDER, Report, Severity
from actieplan.write.annotated import AUTHOR, CONTROL_SHEET, MARK_COLOURS, NOTE_SEPARATOR


OURS = {CONTROL_SHEET}


def broken_rows():
    """A plan with errors in several sheets, a user text that starts with '=', and a warning."""
    rows = valid_plan()
    rows["Stuurgroepen"][1]["Trekker"] = None  # cel-verplicht, B5
    rows["Actiefiches"][0]["Procesevaluatie"] = "=misschien"  # vinkvak-ongeldig, M4; text, not a formula
    rows["Actiefiches"][1]["Titel actie"] = "=SOM(A1:A3) is geen formule"
    rows["Capaciteit"][6]["Code"] = "G"  # capaciteit-code, A10
    rows["Algemeen"][3]["Veld"] = "Contact persoon"  # algemeen-onbekend-veld (info), A7
    return rows


def expected_marks(report: Report) -> dict[tuple[str, str], Severity]:
    """(sheet, cell) -> the most severe severity among the findings at that cell."""
    out: dict[tuple[str, str], Severity] = {}
    for f in report.findings:
        if f.cell:
            key = (f.sheet, f.cell)
            if key not in out or SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[out[key]]:
                out[key] = f.severity
    return out


def assert_marked(report: Report, copy: Path) -> None:
    wb = openpyxl.load_workbook(copy)
    for f in report.findings:
        if not f.cell:
            continue
        c = wb[f.sheet][f.cell]
        assert c.fill.fill_type == "solid", f"{f.sheet}!{f.cell} has no mark"
        assert c.fill.fgColor.rgb == MARK_COLOURS[expected_marks(report)[(f.sheet, f.cell)]], f"{f.sheet}!{f.cell}"
        assert c.comment is not None and f"[{f.rule}]" in c.comment.text, f"{f.sheet}!{f.cell} lacks {f.rule}"
        assert f.message in c.comment.text
        assert c.comment.author == AUTHOR or NOTE_SEPARATOR in c.comment.text  # ours, or ours below the user's
    # and nothing else carries a note of ours
    noted = {
        (ws.title, c.coordinate)
        for ws in wb.worksheets
        if ws.title not in OURS
        for row in ws.iter_rows()
        for c in row
        if c.comment is not None and (c.comment.author == AUTHOR or NOTE_SEPARATOR in c.comment.text)
    }
    expected = {(f.sheet, f.cell) for f in report.findings if f.cell}
    # a whole-row finding is noted on the row's first contract cell (column A in these plans)
    expected |= {(f.sheet, f"A{f.row}") for f in report.findings if f.row and not f.cell}
    assert noted == expected


def findings_json(report: Report) -> list[dict]:
    return [f.as_json() for f in report.findings]


def set_cell_text(path: Path, sheet: str, ref: str, text: str) -> None:
    """Type ``text`` into a cell as Excel saves it: only that cell changes, every other part stays."""
    from lxml import etree

    from actieplan.ooxml.cellref import split_ref
    from actieplan.ooxml.ns import MAIN as NS_MAIN
    from actieplan.ooxml.package import Package
    from actieplan.ooxml.sheet import Sheet

    pkg = Package(path)
    part = sheet_parts(pkg.zip)[sheet]
    ws = Sheet(pkg, sheet, part)
    cell, _, _ = ws.make_cell(*split_ref(ref))
    for child in list(cell):
        cell.remove(child)
    cell.set("t", "inlineStr")
    etree.SubElement(etree.SubElement(cell, f"{{{NS_MAIN}}}is"), f"{{{NS_MAIN}}}t").text = text
    pkg.changed(part)
    tmp = path.with_name(path.name + ".tmp")
    pkg.save(tmp)
    pkg.close()
    tmp.replace(path)


def make_macro_workbook(xlsx: Path, xlsm: Path, vba: bytes) -> None:
    """An .xlsm as Excel writes it: the workbook part typed macro-enabled, a vbaProject part."""
    with zipfile.ZipFile(xlsx) as src, zipfile.ZipFile(xlsm, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                text = data.decode().replace(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
                text = text.replace(
                    "</Types>",
                    '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
                data = text.encode()
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.decode().replace(
                    "</Relationships>",
                    '<Relationship Id="rIdVBA" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
                    'Target="vbaProject.bin"/></Relationships>',
                ).encode()
            dst.writestr(item, data)
        dst.writestr("xl/vbaProject.bin", vba)


X14_VALIDATION = (
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">'
    "<x14:formula1><xm:f>Doelstellingen!$C$4:$C$20</xm:f></x14:formula1>"
    "<xm:sqref>B4:B200</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>"
)


def with_excel_list_validation(xlsx: Path, target: Path, sheet_part: str = "xl/worksheets/sheet6.xml") -> Path:
    """The plan as Excel saves a list that points at another sheet: in the sheet's <extLst>."""
    with zipfile.ZipFile(xlsx) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == sheet_part:
                text = data.decode()
                assert "<extLst" not in text
                data = text.replace("</worksheet>", X14_VALIDATION + "</worksheet>").encode()
            dst.writestr(item, data)
    return target


def sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    from actieplan.ooxml.workbook import sheet_parts as parts

    return parts(z)


def sheet_xml(path: Path, sheet: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(sheet_parts(z)[sheet]).decode()

