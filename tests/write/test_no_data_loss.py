"""Issue 11, points 1 and 2: the two ways to lose a plan.

`actieplan sjabloon FILE` never replaces an existing file unless asked (--overschrijven), and
refuses a name that is not a workbook's; no output of `actieplan controleer` is ever the workbook
being checked (same path, a symbolic link, a hard link), in single and in folder mode.
"""

import hashlib
import os
import zipfile

import openpyxl
import pytest
from workbooks import RULESET, write_plan

from actieplan.run.cli import main
from actieplan.errors import OutputError
from actieplan.run.folder import check_folder
from actieplan.write.outputs import atomic_path, protecting


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 1. sjabloon ---------------------------------------------------------------------------------


def test_sjabloon_never_replaces_a_filled_in_plan(tmp_path, capsys):
    plan = write_plan(tmp_path / "mijn-actieplan-2026.xlsx")
    before = _digest(plan)
    assert main(["sjabloon", str(plan)]) == 2
    err = capsys.readouterr().err
    assert "bestaat al" in err and "--overschrijven" in err and "mijn-actieplan-2026-2.xlsx" in err
    assert "Traceback" not in err
    assert _digest(plan) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mijn-actieplan-2026.xlsx"]  # no temporary file left


def test_sjabloon_replaces_only_when_asked(tmp_path, capsys):
    plan = write_plan(tmp_path / "mijn-actieplan-2026.xlsx")
    assert main(["sjabloon", str(plan), "--overschrijven"]) == 0
    wb = openpyxl.load_workbook(plan)
    assert wb["Actiefiches"].max_row == 3  # the blank template: title, intro, header


def test_sjabloon_default_name_is_not_replaced_either(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["sjabloon"]) == 0
    target = tmp_path / "actieplan-2026-sjabloon.xlsx"
    target.write_bytes(b"my own notes")
    assert main(["sjabloon"]) == 2
    assert target.read_bytes() == b"my own notes"


def test_sjabloon_does_not_follow_a_dangling_link(tmp_path, capsys):
    link = tmp_path / "plan.xlsx"
    link.symlink_to(tmp_path / "elders.xlsx")
    assert main(["sjabloon", str(link)]) == 2
    assert link.is_symlink() and not (tmp_path / "elders.xlsx").exists()


@pytest.mark.parametrize("name", ["x.csv", "plan.xls", "plan", "plan.ods"])
def test_sjabloon_refuses_a_name_that_is_not_a_workbook(tmp_path, capsys, name):
    assert main(["sjabloon", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert ".xlsx" in err and "Kies een naam" in err
    assert list(tmp_path.iterdir()) == []


def test_sjabloon_xlsm_is_a_real_macro_workbook(tmp_path, capsys):
    target = tmp_path / "plan.XLSM"
    assert main(["sjabloon", str(target)]) == 0
    with zipfile.ZipFile(target) as z:
        types = z.read("[Content_Types].xml")
    assert b"application/vnd.ms-excel.sheet.macroEnabled.main+xml" in types
    assert b"spreadsheetml.sheet.main+xml" not in types
    assert "Actiefiches" in openpyxl.load_workbook(target).sheetnames


def test_no_clobber_write_refuses_a_file_that_appeared(tmp_path):
    target = tmp_path / "plan.xlsx"
    with pytest.raises(FileExistsError):
        with atomic_path(target, replace=False) as tmp:
            tmp.write_bytes(b"template")
            target.write_bytes(b"the user's plan, saved meanwhile")
    assert target.read_bytes() == b"the user's plan, saved meanwhile"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]


# -- 2. no output is ever the input ------------------------------------------------------------


def test_checking_the_annotated_copy_in_the_output_folder_keeps_it(tmp_path, monkeypatch, capsys):
    """The issue's case: `actieplan controleer output/NAME.gecontroleerd.xlsx` with the default output."""
    monkeypatch.chdir(tmp_path)
    write_plan(tmp_path / "plan.xlsx")
    assert main(["controleer", "plan.xlsx"]) in (0, 1)
    copy = tmp_path / "output" / "plan.gecontroleerd.xlsx"
    before = {p.name: _digest(p) for p in (tmp_path / "output").iterdir()}
    capsys.readouterr()
    # issue 23: checked again beside itself, the copy stays and the new copy is '-2'
    assert main(["controleer", str(copy.relative_to(tmp_path))]) in (0, 1)
    assert "Traceback" not in capsys.readouterr().err
    assert _digest(copy) == before["plan.gecontroleerd.xlsx"]
    assert (tmp_path / "output" / "plan.gecontroleerd-2.xlsx").exists()
    # with another output folder it is checked as usual
    assert main(["controleer", str(copy), "--uitvoer", str(tmp_path / "opnieuw")]) in (0, 1)
    assert (tmp_path / "opnieuw" / "plan.gecontroleerd.xlsx").exists()
    assert _digest(copy) == before["plan.gecontroleerd.xlsx"]


def test_an_output_folder_that_is_a_link_to_the_input_folder(tmp_path, capsys):
    werk = tmp_path / "werk"
    werk.mkdir()
    plan = write_plan(werk / "plan.gecontroleerd.xlsx")
    before = _digest(plan)
    (tmp_path / "uit").symlink_to(werk, target_is_directory=True)
    # the same folder under another name: the copy is checked again beside itself (issue 23), never written
    assert main(["controleer", str(plan), "--uitvoer", str(tmp_path / "uit")]) in (0, 1)
    assert _digest(plan) == before
    assert "plan.gecontroleerd-2.xlsx" in {p.name for p in werk.iterdir()}


def test_an_output_that_is_a_hard_link_of_the_input(tmp_path, capsys):
    plan = write_plan(tmp_path / "plan.gecontroleerd.xlsx")
    out = tmp_path / "uit"
    out.mkdir()
    os.link(plan, out / "plan.gecontroleerd.xlsx")
    assert main(["controleer", str(plan), "--uitvoer", str(out)]) == 2
    assert "nooit overschreven" in capsys.readouterr().err
    assert os.path.samefile(plan, out / "plan.gecontroleerd.xlsx")
    assert sorted(p.name for p in out.iterdir()) == ["plan.gecontroleerd.xlsx"]


def test_an_output_that_is_a_symbolic_link_to_the_input(tmp_path, capsys):
    plan = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "uit"
    out.mkdir()
    (out / "plan.rapport.html").symlink_to(plan)
    before = _digest(plan)
    assert main(["controleer", str(plan), "--uitvoer", str(out)]) == 2
    assert _digest(plan) == before and (out / "plan.rapport.html").is_symlink()


def test_every_write_is_refused_inside_protecting(tmp_path):
    plan = write_plan(tmp_path / "plan.xlsx")
    alias = tmp_path / "alias.xlsx"
    os.link(plan, alias)
    with protecting([plan]):
        for target in (plan, tmp_path / "." / "plan.xlsx", alias):
            with pytest.raises(OutputError):
                with atomic_path(target) as tmp:
                    tmp.write_bytes(b"x")
        with atomic_path(tmp_path / "other.json") as tmp:  # anything else is written as usual
            tmp.write_bytes(b"{}")
    with atomic_path(alias) as tmp:  # outside a check: an ordinary file
        tmp.write_bytes(b"x")
    assert (tmp_path / "other.json").read_bytes() == b"{}"


@pytest.mark.parametrize("workers", [1, 2])
def test_folder_mode_never_writes_over_one_of_its_workbooks(tmp_path, workers):
    """An output of one workbook that is (a hard link to) another workbook of the folder."""
    folder, out = tmp_path / "plannen", tmp_path / "uit"
    folder.mkdir()
    out.mkdir()
    write_plan(folder / "a.xlsx")
    other = write_plan(folder / "b.xlsx")
    os.link(other, out / "a.gecontroleerd.xlsx")
    before = _digest(other)
    result = check_folder(folder, out, workers=workers, ruleset=RULESET)
    rows = {r["bestand"]: r for r in result.rows}
    assert _digest(other) == before and os.path.samefile(other, out / "a.gecontroleerd.xlsx")
    assert not rows["a.xlsx"]["gelezen"] and "nooit overschreven" in rows["a.xlsx"]["melding"]
    assert rows["b.xlsx"]["gelezen"]
    assert result.exit_code == 2
