"""A copy the user kept working in is never replaced: an output is replaced or removed only while
its bytes are still what we wrote (the digest in the hidden state file), not merely because it
carries our marker."""

import hashlib

import openpyxl
import pytest
from clients import need, resave_with_libreoffice
from workbooks import write_plan

from actieplan.run.cli import main
from actieplan.write.outputs import digests_path, owner_key


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check(path, out, capsys):
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 0
    return capsys.readouterr()


def _visible(out):
    return sorted(p.name for p in out.iterdir() if not p.name.startswith("."))


def _edited_copy_stays(tmp_path, capsys, edit):
    plan = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "output"
    _check(plan, out, capsys)
    copy = out / "plan.gecontroleerd.xlsx"
    assert digests_path(out, owner_key("plan")).is_file()
    edit(copy)
    edited = _digest(copy)

    captured = _check(plan, out, capsys)
    assert _digest(copy) == edited  # the user's work is still there, byte for byte
    new = out / "plan (2).gecontroleerd.xlsx"
    assert new.is_file() and openpyxl.load_workbook(new).sheetnames[0] == "Controle"
    text = captured.out + captured.err
    assert "'plan.gecontroleerd.xlsx'" in text and "gewijzigd" in text and "blijft staan" in text
    assert "'plan (2).gecontroleerd.xlsx'" in text

    # a third run without edits replaces its own new copy, and still leaves the edited one alone
    again = _check(plan, out, capsys)
    assert _digest(copy) == edited
    assert _visible(out) == ["plan (2).gecontroleerd.xlsx", "plan.bevindingen.json", "plan.eml",
                             "plan.gecontroleerd.xlsx", "plan.rapport.html"]
    assert "'plan (2).gecontroleerd.xlsx'" in again.out + again.err


def test_a_copy_edited_with_openpyxl_is_kept_and_the_new_one_gets_another_name(tmp_path, capsys):
    def edit(copy):
        wb = openpyxl.load_workbook(copy)
        wb.worksheets[-1]["Z40"] = "mijn eigen aanvulling"
        wb.save(copy)

    _edited_copy_stays(tmp_path, capsys, edit)
    wb = openpyxl.load_workbook(tmp_path / "output" / "plan.gecontroleerd.xlsx")
    assert wb.worksheets[-1]["Z40"].value == "mijn eigen aanvulling"


@pytest.mark.slow  # LibreOffice
def test_a_copy_resaved_in_libreoffice_is_kept(tmp_path, capsys):
    need("soffice")

    def edit(copy):
        proc = resave_with_libreoffice(copy, tmp_path / "lo", tmp_path)
        saved = tmp_path / "lo" / copy.name
        assert proc.returncode == 0 and saved.exists(), proc.stderr
        copy.write_bytes(saved.read_bytes())  # as if saved in place

    _edited_copy_stays(tmp_path, capsys, edit)


def test_an_unedited_copy_is_replaced_in_place(tmp_path, capsys):
    plan = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "output"
    _check(plan, out, capsys)
    first = _digest(out / "plan.gecontroleerd.xlsx")
    captured = _check(plan, out, capsys)
    assert "gewijzigd" not in captured.out + captured.err
    assert _visible(out) == ["plan.bevindingen.json", "plan.eml", "plan.gecontroleerd.xlsx", "plan.rapport.html"]
    assert _digest(out / "plan.gecontroleerd.xlsx") != first  # a new run id: really rewritten


def test_an_edited_report_is_kept_too(tmp_path, capsys):
    plan = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "output"
    _check(plan, out, capsys)
    report = out / "plan.rapport.html"
    report.write_text(report.read_text(encoding="utf-8") + "<!-- mijn notitie -->", encoding="utf-8")
    captured = _check(plan, out, capsys)
    assert report.read_text(encoding="utf-8").endswith("<!-- mijn notitie -->")
    assert (out / "plan (2).rapport.html").is_file() and "gewijzigd" in captured.out + captured.err


def test_without_recorded_digests_the_marker_decides_as_before(tmp_path, capsys):
    plan = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "output"
    _check(plan, out, capsys)
    digests_path(out, owner_key("plan")).unlink()  # outputs of an older version: no digests
    wb = openpyxl.load_workbook(out / "plan.gecontroleerd.xlsx")
    wb.worksheets[-1]["Z40"] = "x"
    wb.save(out / "plan.gecontroleerd.xlsx")
    _check(plan, out, capsys)
    assert _visible(out) == ["plan.bevindingen.json", "plan.eml", "plan.gecontroleerd.xlsx", "plan.rapport.html"]


@pytest.mark.parametrize("uitvoer", [[], ["--uitvoer", "output"]])
def test_checking_the_checked_copy_again_writes_a_numbered_copy(tmp_path, monkeypatch, capsys, uitvoer):
    """Issue 23: the README's workflow (keep working in the checked copy, check it again) works in
    the copy's own folder: report and findings under the plain name, the new copy '-2', then '-3';
    the copy that was checked is never written."""
    import shutil

    from paths import EXAMPLE

    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    first_code = main(["controleer", EXAMPLE.name])
    out = tmp_path / "output"
    stem = EXAMPLE.stem
    first = out / f"{stem}.gecontroleerd.xlsx"
    kept = _digest(first)
    capsys.readouterr()

    assert main(["controleer", f"output/{first.name}", *uitvoer]) == first_code  # as for its findings, not 2
    said = capsys.readouterr()
    assert _digest(first) == kept
    second = out / f"{stem}.gecontroleerd-2.xlsx"
    assert second.is_file() and openpyxl.load_workbook(second).sheetnames[0] == "Controle"
    assert _visible(out) == [f"{stem}.bevindingen.json", f"{stem}.gecontroleerd-2.xlsx", f"{stem}.gecontroleerd.xlsx",
                             f"{stem}.rapport.html"]
    line = [ln for ln in said.out.splitlines() if "blijft zoals ze is" in ln]
    assert len(line) == 1 and f"'{second.name}'" in line[0] and f"'{first.name}'" in line[0]
    assert "nooit overschreven" not in said.err

    kept_second = _digest(second)
    assert main(["controleer", f"output/{second.name}", *uitvoer]) == first_code
    assert _digest(first) == kept and _digest(second) == kept_second
    assert (out / f"{stem}.gecontroleerd-3.xlsx").is_file()
    assert f"'{stem}.gecontroleerd-3.xlsx'" in capsys.readouterr().out
