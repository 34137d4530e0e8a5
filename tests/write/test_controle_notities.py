"""Our Controle sheet in a copy the user worked in: what they typed on it is never lost at a
re-check, and the sheet never goes to the department, whatever they renamed it to.

End to end through `actieplan controleer`, on copies edited as a user would (openpyxl, and the
same copy re-saved by LibreOffice, which rewrites every part)."""

from __future__ import annotations

import json
from email import policy
from email.parser import BytesParser
from io import BytesIO
from pathlib import Path

import openpyxl
import pytest
from paths import EXAMPLE
from clients import SAVERS, need, resave_with_libreoffice
from webclient import upload

from actieplan.write.annotated import NOTES_SHEET, SHEET_MARK
from actieplan.run.cli import main

NOTES = {"G17": "Status (Els)", "G19": "gevraagd aan Vivalis, antwoord 12/10", "G20": "bewust zo gelaten"}
TEMPLATE_SHEETS = ["Instructies", "Algemeen", "Capaciteit", "Stuurgroepen", "Netwerkevents", "Doorlopende acties",
                   "Actiefiches", "Doelstellingen"]


def check(path: Path, out: Path, capsys) -> tuple[int, str]:
    code = main(["controleer", str(path), "--uitvoer", str(out)])
    return code, capsys.readouterr().out


def first_copy(tmp_path: Path, capsys, source: Path = EXAMPLE) -> Path:
    check(source, tmp_path / "orig_out", capsys)
    return tmp_path / "orig_out" / f"{source.stem}.gecontroleerd.xlsx"


def saved(wb, path: Path, saver: str, tmp_path: Path) -> Path:
    """Save as the user does: openpyxl, or that file opened and saved again by LibreOffice."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if saver == "openpyxl":
        wb.save(path)
        return path
    need("soffice")
    staged = tmp_path / "lo-in" / path.name
    staged.parent.mkdir(parents=True, exist_ok=True)
    wb.save(staged)
    done = resave_with_libreoffice(staged, path.parent, tmp_path)
    assert done.returncode == 0 and path.exists(), done.stderr
    return path


def fix_errors(wb) -> None:
    """The example's two errors: no way of evaluating ticked on Actiefiches rows 6 and 7."""
    sheet = wb["Actiefiches"]
    for row in (6, 7):
        sheet[f"M{row}"] = "☒"
        sheet[f"O{row}"] = "☒"


def attachment_sheets(eml: Path) -> list[str]:
    with eml.open("rb") as fh:
        msg = BytesParser(policy=policy.default).parse(fh)
    (part,) = list(msg.iter_attachments())
    return openpyxl.load_workbook(BytesIO(part.get_content())).sheetnames


def findings(json_path: Path) -> list[tuple]:
    data = json.loads(json_path.read_text(encoding="utf-8"))
    return [(f["rule"], f["severity"], f.get("sheet"), f.get("cell"), f["message"]) for f in data["findings"]]


@pytest.mark.parametrize("saver", SAVERS)
def test_text_typed_on_controle_comes_back_and_is_told(tmp_path, capsys, saver):
    copy = first_copy(tmp_path, capsys)
    wb = openpyxl.load_workbook(copy)
    for ref, text in NOTES.items():
        wb["Controle"][ref] = text
    werk = saved(wb, tmp_path / "todo" / "plan-werk.xlsx", saver, tmp_path)

    code, out = check(werk, tmp_path / "todo" / "o", capsys)
    assert code == 1
    assert "G17, G19, G20" in out and f"bewaard als '{NOTES_SHEET}'" in out
    new = openpyxl.load_workbook(tmp_path / "todo" / "o" / "plan-werk.gecontroleerd.xlsx")
    assert new.sheetnames == ["Controle", NOTES_SHEET, *TEMPLATE_SHEETS]
    assert {ref: new[NOTES_SHEET][ref].value for ref in NOTES} == NOTES
    assert new["Controle"]["G19"].value is None  # the new list is ours alone
    assert f"bewaard als '{NOTES_SHEET}'" in new["Controle"]["A3"].value
    # the kept sheet changes nothing in what the check finds
    assert findings(tmp_path / "todo" / "o" / "plan-werk.bevindingen.json") == findings(
        tmp_path / "orig_out" / "voorbeeld-actieplan-2026.bevindingen.json")

    # checked again (nothing typed since): the notes stay once, the Controle sheet is replaced
    code, out = check(tmp_path / "todo" / "o" / "plan-werk.gecontroleerd.xlsx", tmp_path / "todo" / "o2", capsys)
    assert "eigen tekst" not in out
    again = openpyxl.load_workbook(tmp_path / "todo" / "o2" / "plan-werk.gecontroleerd.xlsx")
    assert again.sheetnames == ["Controle", NOTES_SHEET, *TEMPLATE_SHEETS]
    assert {ref: again[NOTES_SHEET][ref].value for ref in NOTES} == NOTES


@pytest.mark.parametrize("saver", SAVERS)
def test_checking_a_copy_again_and_again_does_not_pile_up_sheets(tmp_path, capsys, saver):
    copy = first_copy(tmp_path, capsys)
    current = saved(openpyxl.load_workbook(copy), tmp_path / "werk" / "plan.xlsx", saver, tmp_path)
    for n in (1, 2):
        code, out = check(current, tmp_path / f"o{n}", capsys)
        assert "eigen tekst" not in out
        (current,) = (tmp_path / f"o{n}").glob("*.gecontroleerd.xlsx")
        assert openpyxl.load_workbook(current).sheetnames == ["Controle", *TEMPLATE_SHEETS]


@pytest.mark.parametrize("saver", SAVERS)
def test_a_renamed_controle_sheet_never_goes_to_the_department(tmp_path, capsys, saver):
    copy = first_copy(tmp_path, capsys)
    wb = openpyxl.load_workbook(copy)
    wb["Controle"].title = "Bevindingen okt"
    fix_errors(wb)
    plan = saved(wb, tmp_path / "ren" / "plan.xlsx", saver, tmp_path)

    code, out = check(plan, tmp_path / "ren" / "o", capsys)
    assert code == 0 and "Klaar om in te dienen" in out and "eigen tekst" not in out
    assert attachment_sheets(tmp_path / "ren" / "o" / "plan.eml") == TEMPLATE_SHEETS
    # in the copy our old sheet is replaced, not kept beside the new one
    assert openpyxl.load_workbook(tmp_path / "ren" / "o" / "plan.gecontroleerd.xlsx").sheetnames == [
        "Controle", *TEMPLATE_SHEETS]


@pytest.mark.parametrize("saver", SAVERS)
def test_text_on_a_renamed_controle_sheet_is_kept_in_the_copy_and_left_out_of_the_mail(tmp_path, capsys, saver):
    copy = first_copy(tmp_path, capsys)
    wb = openpyxl.load_workbook(copy)
    wb["Controle"].title = "Bevindingen okt"
    wb["Bevindingen okt"]["G19"] = "gevraagd aan Vivalis"
    fix_errors(wb)
    plan = saved(wb, tmp_path / "ren" / "plan.xlsx", saver, tmp_path)

    code, out = check(plan, tmp_path / "ren" / "o", capsys)
    assert code == 0
    assert "'Bevindingen okt'" in out and "G19" in out and "niet mee in de bijlage" in out
    assert attachment_sheets(tmp_path / "ren" / "o" / "plan.eml") == TEMPLATE_SHEETS
    new = openpyxl.load_workbook(tmp_path / "ren" / "o" / "plan.gecontroleerd.xlsx")
    assert new.sheetnames == ["Controle", "Bevindingen okt", *TEMPLATE_SHEETS]
    assert new["Bevindingen okt"]["G19"].value == "gevraagd aan Vivalis"
    # the kept sheet is still ours for the mail the next time too
    code, out = check(tmp_path / "ren" / "o" / "plan.gecontroleerd.xlsx", tmp_path / "ren" / "o2", capsys)
    assert code == 0 and "'Bevindingen okt'" in out and "niet mee in de bijlage" in out
    (eml,) = (tmp_path / "ren" / "o2").glob("*.eml")
    assert attachment_sheets(eml) == TEMPLATE_SHEETS


def test_a_copy_without_our_mark_keeps_the_users_text_by_recognising_our_own(tmp_path, capsys):
    """A copy of an earlier version (no mark, and openpyxl dropped our state): the cells we never
    write tell the user's text; a Controle sheet with nothing of theirs still goes."""
    copy = first_copy(tmp_path, capsys)
    for typed in (False, True):
        wb = openpyxl.load_workbook(copy)
        del wb["Controle"].defined_names[SHEET_MARK]
        if typed:
            wb["Controle"]["G20"] = "bewust zo gelaten"
        plan = saved(wb, tmp_path / f"oud-{typed}" / "plan.xlsx", "openpyxl", tmp_path)
        code, out = check(plan, tmp_path / f"oud-{typed}" / "o", capsys)
        names = openpyxl.load_workbook(tmp_path / f"oud-{typed}" / "o" / "plan.gecontroleerd.xlsx").sheetnames
        if typed:
            assert names == ["Controle", NOTES_SHEET, *TEMPLATE_SHEETS] and "(G20)" in out
        else:
            assert names == ["Controle", *TEMPLATE_SHEETS] and "eigen tekst" not in out


def test_a_users_own_sheet_called_controle_is_always_kept(tmp_path, capsys):
    wb = openpyxl.load_workbook(EXAMPLE)
    wb.create_sheet("Controle")["A1"] = "Eigen controlelijst"
    fix_errors(wb)
    own = tmp_path / "eigen" / "plan.xlsx"
    own.parent.mkdir()
    wb.save(own)

    code, _ = check(own, tmp_path / "o1", capsys)
    first = openpyxl.load_workbook(tmp_path / "o1" / "plan.gecontroleerd.xlsx")
    assert first.sheetnames == ["Controle 2", *TEMPLATE_SHEETS, "Controle"]
    assert first["Controle"]["A1"].value == "Eigen controlelijst"
    assert attachment_sheets(tmp_path / "o1" / "plan.eml") == [*TEMPLATE_SHEETS, "Controle"]

    # in the copy the user renames our sheet and makes another sheet of their own called Controle 2
    wb = openpyxl.load_workbook(tmp_path / "o1" / "plan.gecontroleerd.xlsx")
    wb["Controle 2"].title = "Bevindingen"
    wb.create_sheet("Controle 2")["A1"] = "Nog een eigen blad"
    work = tmp_path / "werk" / "plan.xlsx"
    work.parent.mkdir()
    wb.save(work)
    code, out = check(work, tmp_path / "o2", capsys)
    assert code == 0 and "eigen tekst" not in out
    second = openpyxl.load_workbook(tmp_path / "o2" / "plan.gecontroleerd.xlsx")
    assert second.sheetnames == ["Controle 3", *TEMPLATE_SHEETS, "Controle", "Controle 2"]
    assert second["Controle"]["A1"].value == "Eigen controlelijst"
    assert second["Controle 2"]["A1"].value == "Nog een eigen blad"
    assert attachment_sheets(tmp_path / "o2" / "plan.eml") == [*TEMPLATE_SHEETS, "Controle", "Controle 2"]


def test_the_web_page_tells_where_the_users_text_on_controle_went(tmp_path, capsys, web):
    copy = first_copy(tmp_path, capsys)
    wb = openpyxl.load_workbook(copy)
    wb["Controle"].title = "Bevindingen okt"
    wb["Bevindingen okt"]["G19"] = "gevraagd aan Vivalis"
    fix_errors(wb)
    plan = saved(wb, tmp_path / "ren" / "plan.xlsx", "openpyxl", tmp_path)
    page = upload(web(), (plan.name, plan.read_bytes())).text
    assert "Let op: " in page and "Bevindingen okt" in page and "niet mee in de bijlage" in page
    assert "bewaard als" in page  # and kept in the copy
