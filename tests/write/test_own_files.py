"""Files we did not write are never touched; a killed run's leftovers go; a run's outputs carry its
id (issue 12, points 1-3). Every case runs the real command on real workbooks under tmp_path."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import zipfile
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import openpyxl
from paths import ROOT
from workbooks import valid_plan, write_plan

from actieplan.run.cli import main
from actieplan.write.outputs import DIGESTS_SUFFIX, owner_key
from actieplan.write.lock import LOCK_SUFFIX


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _broken_plan() -> dict:
    rows = valid_plan()
    rows["Actiefiches"][0]["Personeelscapaciteit (VTE)"] = "veel"
    return rows


def _run(*args: str, capsys=None) -> tuple[int, str]:
    code = main(["controleer", *map(str, args)])
    out = capsys.readouterr().out if capsys is not None else ""
    return code, out


def _run_ids(out: Path, stem: str = "plan", xlsx: str | None = None, eml: str | None = None) -> dict[str, str]:
    ids = {"json": json.loads((out / f"{stem}.bevindingen.json").read_text(encoding="utf-8"))["run"]["id"]}
    html = (out / f"{stem}.rapport.html").read_text(encoding="utf-8")
    ids["html"] = re.search(r'<meta name="actieplan-run" content="([^"]+)">', html).group(1)
    copy = out / (xlsx or f"{stem}.gecontroleerd.xlsx")
    ids["xlsx"] = openpyxl.load_workbook(copy).custom_doc_props["actieplan-run"].value
    draft = out / (eml or f"{stem}.eml")
    if draft.exists():
        ids["eml"] = message_from_bytes(draft.read_bytes(), policy=default)["X-Actieplan-Run"]
    return ids


# -- 1. the user's own .eml ------------------------------------------------------------------------


def test_users_own_mail_next_to_the_workbook_is_never_removed_or_replaced(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_plan(inbox / "zorgraad-a.xlsx", _broken_plan())
    write_plan(inbox / "zorgraad-b.xlsx")
    for name in ("zorgraad-a.eml", "zorgraad-b.eml"):
        (inbox / name).write_bytes(b"From: zorgraad@example.org\r\nSubject: ons actieplan\r\n\r\nIn bijlage.\r\n")
    before = {name: _digest(inbox / name) for name in ("zorgraad-a.eml", "zorgraad-b.eml")}

    code, out = _run(inbox, "--uitvoer", inbox, capsys=capsys)
    assert code == 1
    assert {name: _digest(inbox / name) for name in before} == before
    draft = message_from_bytes((inbox / "zorgraad-b (2).eml").read_bytes(), policy=default)
    assert draft["X-Unsent"] == "1" and draft["X-Actieplan-Output-Of"] == owner_key("zorgraad-b")
    assert not (inbox / "zorgraad-a (2).eml").exists()  # no draft for a plan with errors
    assert "'zorgraad-b.eml'" in out and "'zorgraad-b (2).eml'" in out and "ongemoeid" in out
    overview = openpyxl.load_workbook(inbox / "overzicht.xlsx")["Overzicht"]
    assert any("zorgraad-b (2).eml" in str(c.value) for row in overview.iter_rows() for c in row)

    # the next run replaces its own draft (no 'zorgraad-b (3).eml'); once zorgraad-b has an error,
    # its draft of ours goes and the user's mail stays
    _run(inbox, "--uitvoer", inbox, capsys=capsys)
    assert not (inbox / "zorgraad-b (3).eml").exists()
    write_plan(inbox / "zorgraad-b.xlsx", _broken_plan())
    _run(inbox, "--uitvoer", inbox, capsys=capsys)
    assert not (inbox / "zorgraad-b (2).eml").exists()
    assert {name: _digest(inbox / name) for name in before} == before


def test_users_own_mail_in_single_mode_with_output_here(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_plan(tmp_path / "plan.xlsx")
    (tmp_path / "plan.eml").write_text("From: iemand@example.org\n\nMijn eigen mail\n", encoding="utf-8")
    before = _digest(tmp_path / "plan.eml")
    code, out = _run("plan.xlsx", "--uitvoer", ".", capsys=capsys)
    assert code == 0
    assert _digest(tmp_path / "plan.eml") == before
    assert (tmp_path / "plan (2).eml").is_file() and "'plan (2).eml'" in out
    # the report points at the draft where it really is
    assert "plan (2).eml" in (tmp_path / "plan.rapport.html").read_text(encoding="utf-8")


# -- 2. every other output name ---------------------------------------------------------------------


def test_users_files_with_our_output_names_are_left_alone(tmp_path, capsys):
    out = tmp_path / "uit"
    out.mkdir()
    path = write_plan(tmp_path / "plan.xlsx")
    mine = {
        "plan.rapport.html": b"<!DOCTYPE html><html><body>Mijn eigen verslag</body></html>",
        "plan.bevindingen.json": b'{"mijn": "eigen lijst"}',
    }
    for name, data in mine.items():
        (out / name).write_bytes(data)
    user_book = openpyxl.Workbook()
    user_book.active["A1"] = "mijn eigen werkmap"
    user_book.save(out / "plan.gecontroleerd.xlsx")
    mine["plan.gecontroleerd.xlsx"] = (out / "plan.gecontroleerd.xlsx").read_bytes()

    code, stdout = _run(path, "--uitvoer", out, capsys=capsys)
    assert code == 0
    for name, data in mine.items():
        assert (out / name).read_bytes() == data, name
    ids = _run_ids(out, "plan (2)", xlsx="plan (2).gecontroleerd.xlsx", eml="plan.eml")
    assert len(set(ids.values())) == 1
    for name in mine:
        assert f"'{name}' in" in stdout
    # our own earlier outputs, on the other hand, are replaced in place
    first = _digest(out / "plan (2).bevindingen.json")
    _run(path, "--uitvoer", out, capsys=capsys)
    assert _digest(out / "plan (2).bevindingen.json") != first
    assert not (out / "plan (3).bevindingen.json").exists()


def test_users_overview_files_are_left_alone(tmp_path, capsys):
    folder = tmp_path / "plannen"
    folder.mkdir()
    write_plan(folder / "a.xlsx")
    (folder / "overzicht.html").write_text("<p>mijn overzicht</p>", encoding="utf-8")
    code, out = _run(folder, "--uitvoer", folder, capsys=capsys)
    assert code == 0
    assert (folder / "overzicht.html").read_text(encoding="utf-8") == "<p>mijn overzicht</p>"
    assert "actieplan-run" in (folder / "overzicht (2).html").read_text(encoding="utf-8")
    # our overview of the earlier run is not taken for a workbook, the user's would be
    user_book = openpyxl.Workbook()
    user_book.save(folder / "overzicht.xlsx")
    _run(folder, "--uitvoer", folder, capsys=capsys)
    assert openpyxl.load_workbook(folder / "overzicht (2).xlsx")["Overzicht"].max_row >= 2


def test_an_overview_the_user_edited_is_kept_and_the_next_goes_beside_it(tmp_path, capsys):
    folder = tmp_path / "plannen"
    folder.mkdir()
    write_plan(folder / "a.xlsx")
    write_plan(folder / "b.xlsx", _broken_plan())
    assert _run(folder, "--uitvoer", folder, capsys=capsys)[0] == 1
    # the user works on in our overview: a note beside the table, a line added to the page
    book = openpyxl.load_workbook(folder / "overzicht.xlsx")
    book["Overzicht"]["L2"] = "gebeld met b, past het aan"
    book.save(folder / "overzicht.xlsx")
    page = (folder / "overzicht.html").read_text(encoding="utf-8").replace("</body>", "<p>mijn opmerking</p></body>")
    (folder / "overzicht.html").write_text(page, encoding="utf-8")
    edited = {name: _digest(folder / name) for name in ("overzicht.xlsx", "overzicht.html")}

    code, out = _run(folder, "--uitvoer", folder, capsys=capsys)
    assert code == 1
    assert {name: _digest(folder / name) for name in edited} == edited  # both kept as the user saved them
    assert "gewijzigd sinds actieplan het schreef" in out and "overzicht (2).xlsx" in out
    assert "actieplan-run" in (folder / "overzicht (2).html").read_text(encoding="utf-8")
    rows = [r[0] for r in openpyxl.load_workbook(folder / "overzicht (2).xlsx")["Overzicht"].iter_rows(values_only=True)]
    # our earlier overview, edited or under its second name, is no plan to check
    assert not any(str(v).startswith("overzicht") for v in rows if v), rows

    _run(folder, "--uitvoer", folder, capsys=capsys)  # a third run replaces its own unchanged '(2)'
    assert {name: _digest(folder / name) for name in edited} == edited
    assert not (folder / "overzicht (3).xlsx").exists() and not (folder / "overzicht (3).html").exists()


# -- 3. a killed run ----------------------------------------------------------------------------------

_KILLED = """
import os, signal, sys
import actieplan.ooxml.package

save = actieplan.ooxml.package.Package.save

def die(self, tmp):  # halfway through the copy (written, not yet moved), as SIGKILL or a power cut would
    save(self, tmp)
    os.kill(os.getpid(), signal.SIGKILL)

actieplan.ooxml.package.Package.save = die
from actieplan.run.cli import main
main(["controleer", sys.argv[1], "--uitvoer", sys.argv[2]])
"""


def test_a_killed_run_is_cleaned_up_by_the_next_run_of_the_same_workbook(tmp_path, capsys):
    out = tmp_path / "uit"
    path = write_plan(tmp_path / "plan.xlsx")
    other = write_plan(tmp_path / "ander.xlsx")
    _run(path, "--uitvoer", out, capsys=capsys)
    complete = _run_ids(out)
    assert len(set(complete.values())) == 1  # one run, one id in every output

    write_plan(path, _broken_plan())
    proc = subprocess.run([sys.executable, "-c", _KILLED, str(path), str(out)], cwd=ROOT, capture_output=True)
    assert proc.returncode == -9
    leftovers = _temporary(out)
    assert leftovers and all(n.startswith(".actieplan-") for n in leftovers)
    # the outputs of one run are replaced together or not at all (issue 19 point 13): killed while
    # it wrote the copy, the run replaced nothing; the previous run's outputs are all still there
    assert _run_ids(out) == complete
    assert json.loads((out / "plan.bevindingen.json").read_text(encoding="utf-8"))["ok"] is True
    assert (out / "plan.eml").exists()
    # a leftover of an older version (mkstemp's name) is recognised too
    (out / ".plan.gecontroleerd.xlsx.k2j4_x9q.tmp").write_bytes(b"PK half")

    _run(other, "--uitvoer", out, capsys=capsys)  # another workbook's run leaves them alone
    assert _temporary(out) == sorted([*leftovers, ".plan.gecontroleerd.xlsx.k2j4_x9q.tmp"])
    _run(path, "--uitvoer", out, capsys=capsys)
    assert _temporary(out) == []
    assert len(set(_run_ids(out).values())) == 1
    assert not (out / "plan.eml").exists()  # the broken plan has no draft


def _temporary(out):
    """Our temporary files in ``out`` (not the digests nor the lock files, which stay)."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith(".") and not p.name.endswith((DIGESTS_SUFFIX, LOCK_SUFFIX)))


def test_a_run_still_writing_keeps_its_temporary_file(tmp_path, capsys):
    """A leftover whose process still runs (a second check of the same workbook) is not removed."""
    import os

    out = tmp_path / "uit"
    out.mkdir()
    path = write_plan(tmp_path / "plan.xlsx")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        busy = out / f".actieplan-{owner_key('plan')}-{sleeper.pid}-0123abcd.tmp"
        busy.write_bytes(b"PK")
        _run(path, "--uitvoer", out, capsys=capsys)
        assert busy.exists()
    finally:
        sleeper.kill()
        sleeper.wait()
    _run(path, "--uitvoer", out, capsys=capsys)
    assert not busy.exists()
    mine = out / f".actieplan-{owner_key('plan')}-{os.getpid()}-0123abcd.tmp"  # this process writes it
    mine.write_bytes(b"PK")
    _run(path, "--uitvoer", out, capsys=capsys)
    assert mine.exists()


def test_the_clean_attachment_carries_no_run_marker(tmp_path, capsys):
    """Re-checking an annotated copy: the attachment is the user's workbook, without our marker."""
    out = tmp_path / "uit"
    path = write_plan(tmp_path / "plan.xlsx")
    _run(path, "--uitvoer", out, capsys=capsys)
    copy = out / "plan.gecontroleerd.xlsx"
    moved = tmp_path / "werk" / "plan.gecontroleerd.xlsx"
    moved.parent.mkdir()
    copy.replace(moved)
    _run(moved, "--uitvoer", out, capsys=capsys)
    draft = message_from_bytes((out / "plan.eml").read_bytes(), policy=default)
    attachment = next(draft.iter_attachments()).get_content()
    with zipfile.ZipFile(__import__("io").BytesIO(attachment)) as archive:
        custom = archive.read("docProps/custom.xml") if "docProps/custom.xml" in archive.namelist() else b""
    assert b"actieplan-run" not in custom


# -- issue 19: runs at once, a full disk, an interrupted move ----------------------------------------


def _state(out: Path) -> dict[str, str]:
    """{name: SHA-256} of every visible file in ``out``."""
    return {p.name: _digest(p) for p in out.iterdir() if not p.name.startswith(".")}


def _recorded(out: Path, stem: str = "plan") -> dict:
    from actieplan.write.outputs import digests_path

    return json.loads(digests_path(out, owner_key(stem)).read_text(encoding="utf-8"))


def test_five_runs_at_once_leave_one_set_of_outputs_with_matching_digests(tmp_path):
    """Issue 19 point 8: five runs on one output folder left outputs of four runs, stale digests,
    and every later run writing '(2)' names. Now one run writes at a time: one run's outputs,
    digests that match them, and later runs replace them in place."""
    out = tmp_path / "uit"
    path = write_plan(tmp_path / "plan.xlsx")
    command = [sys.executable, "-m", "actieplan.run.cli", "controleer", str(path), "--uitvoer", str(out)]
    procs = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(5)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for p in procs:
        p.stderr.close()
    assert all(code in (0, 2) for code, _ in results), results
    assert all("andere controle" in err for code, err in results if code == 2), results  # a run that waited too long says so
    assert any(code == 0 for code, _ in results)
    names = sorted(_state(out))
    assert names == ["plan.bevindingen.json", "plan.eml", "plan.gecontroleerd.xlsx", "plan.rapport.html"]
    assert len(set(_run_ids(out).values())) == 1  # all four of one run
    recorded = _recorded(out)
    assert recorded["sha256"] == _state(out) and "pending" not in recorded
    assert _temporary(out) == []
    main(["controleer", str(path), "--uitvoer", str(out)])  # a later run: the same names, nothing '(2)'
    assert sorted(_state(out)) == names


def test_a_second_run_waits_then_says_another_check_is_running(tmp_path, capsys, monkeypatch):
    from actieplan.write import lock

    out = tmp_path / "uit"
    out.mkdir()
    path = write_plan(tmp_path / "plan.xlsx")
    monkeypatch.setattr(lock, "LOCK_WAIT", 0.3)
    with lock.output_lock(out, owner_key("plan"), "plan.xlsx"):  # another run is writing
        code = main(["controleer", str(path), "--uitvoer", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert "andere controle van 'plan.xlsx'" in err and "niets geschreven" in err
    assert sorted(p.name for p in out.iterdir()) == []
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 0  # released: the next run writes


def test_a_full_disk_leaves_the_previous_outputs_all_as_they_were(tmp_path, capsys, monkeypatch):
    """Issue 19 point 13: with a full disk the new findings and report stood beside the previous
    run's draft and copy. Outputs of one run are replaced together or not at all."""
    import errno

    from actieplan.write import html, outputs

    out = tmp_path / "uit"
    path = write_plan(tmp_path / "plan.xlsx")
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 0
    before = _state(out)
    recorded = _recorded(out)
    write_plan(path, _broken_plan())  # the next run would write other findings and remove the draft

    def full(target, text, key=None):  # the disk fills up halfway through the report
        with outputs.atomic_path(target, key) as tmp:
            tmp.write_bytes(text.encode("utf-8")[:100])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(html, "write_text", full)  # the report, written after the findings
    capsys.readouterr()
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 2
    assert "schijf is vol" in capsys.readouterr().err
    assert _state(out) == before
    assert _recorded(out) == recorded
    assert _temporary(out) == []


_KILLED_AMONG_MOVES = """
import os, signal, sys
import actieplan.write.outputs as outputs

move = outputs._move
moved = []

def die(tmp, target, *rest):  # the second output moved into place, then the power goes
    move(tmp, target, *rest)
    if not target.name.startswith("."):  # (not the run's records)
        moved.append(target)
    if len(moved) == 2:
        os.kill(os.getpid(), signal.SIGKILL)

outputs._move = die
from actieplan.run.cli import main
main(["controleer", sys.argv[1], "--uitvoer", sys.argv[2]])
"""


def test_a_run_killed_among_its_moves_is_repaired_not_taken_for_an_edit(tmp_path, capsys):
    """Issue 19 point 8: a digest record that does not match the outputs because our own run was
    interrupted is repaired by the next run: it replaces the outputs in place (no '(2)' names)."""
    out = tmp_path / "uit"
    path = write_plan(tmp_path / "plan.xlsx")
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 0
    names = sorted(_state(out))
    write_plan(path, _broken_plan())
    proc = subprocess.run([sys.executable, "-c", _KILLED_AMONG_MOVES, str(path), str(out)], cwd=ROOT, capture_output=True)
    assert proc.returncode == -9
    ids = _run_ids(out)
    assert ids["json"] == ids["html"] != ids["xlsx"]  # half moved: the findings and report are the killed run's
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 1
    after = sorted(_state(out))
    assert [n for n in after if "(2)" in n] == []
    assert after == [n for n in names if n != "plan.eml"]  # the broken plan has no draft
    assert len(set(_run_ids(out).values())) == 1
    recorded = _recorded(out)
    assert recorded["sha256"] == _state(out) and "pending" not in recorded
