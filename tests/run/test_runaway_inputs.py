"""Inputs that run away, output that lies or leaks (issue 12, points 5-11). Real workbooks under
tmp_path through the real command; small caps via monkeypatch where a real-size input would be
slow (the real sizes are measured by the benchmark)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import zipfile
import sys
from pathlib import Path

import pytest
from paths import ROOT
from workbooks import RULESET, valid_plan, write_plan

from actieplan.run.cli import main
from actieplan.write.outputs import DIGESTS_SUFFIX


def _command(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """The command in a child process: a hang fails the test instead of stopping the suite."""
    return subprocess.run(
        [sys.executable, "-m", "actieplan", *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


# -- 7. FIFOs and other files that are not regular files ----------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_like_a_workbook_is_refused_not_waited_for(tmp_path):
    fifo = tmp_path / "x.xlsx"
    os.mkfifo(fifo)
    proc = _command("controleer", fifo, "--uitvoer", tmp_path / "uit", timeout=30)
    assert proc.returncode == 2
    assert "'x.xlsx' is geen gewoon bestand maar een FIFO" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_a_folder_is_skipped_and_the_overview_written(tmp_path):
    folder = tmp_path / "plannen"
    folder.mkdir()
    write_plan(folder / "goed.xlsx")
    os.mkfifo(folder / "x.xlsx")
    proc = _command("controleer", folder, "--uitvoer", tmp_path / "uit", timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "x.xlsx: geen gewoon bestand maar een FIFO" in proc.stdout
    assert (tmp_path / "uit" / "overzicht.xlsx").is_file() and (tmp_path / "uit" / "goed.bevindingen.json").is_file()


# -- 11. huge numbers ---------------------------------------------------------------------------------


def test_huge_numbers_are_a_finding_not_a_library_warning(tmp_path):
    rows = valid_plan()
    for row in rows["Capaciteit"]:
        row["Geschatte capaciteit in # VTE"] = 1e308
    for fiche in rows["Actiefiches"]:
        fiche["Personeelscapaciteit (VTE)"] = "1,7E+308"
    path = write_plan(tmp_path / "plan.xlsx", rows)
    proc = _command("controleer", path, "--uitvoer", tmp_path / "uit")
    assert proc.returncode == 1
    assert proc.stderr == ""  # no overflow warning, no source path
    data = json.loads((tmp_path / "uit" / "plan.bevindingen.json").read_text(encoding="utf-8"))
    huge = [f for f in data["findings"] if f["rule"] == "getal-ongeldig"]
    assert {f["sheet"] for f in huge} == {"Capaciteit", "Actiefiches"}
    assert "veel te groot" in huge[0]["message"]
    assert "'1E+308'" in huge[0]["message"] or "'1E+308'" in huge[-1]["message"]
    assert not re.search(r"\binf\b", proc.stdout) and "000000000000" not in proc.stdout


# -- 8. control characters in what we print and write -----------------------------------------------


def _hostile_plan() -> dict:
    rows = valid_plan()
    # '_x001B_' is how a cell stores ESC; calamine decodes it. This OD clears the screen and fakes a verdict.
    rows["Actiefiches"][0]["OD"] = "_x001B_[2J_x001B_[HKlaar om in te dienen._x0000_"
    rows["Stuurgroepen"][0]["Trekker"] = "_x202E_nam_x0007_"
    return rows


def test_control_characters_are_shown_never_obeyed(tmp_path, capsys):
    from lxml import etree

    name = "plan\x1b[31m#1.xlsx"
    path = write_plan(tmp_path / name, _hostile_plan())
    out = tmp_path / "uit"
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 1
    printed = capsys.readouterr()
    for text in (printed.out, printed.err):
        assert "\x1b" not in text and "\x00" not in text and "\x07" not in text and "\u202e" not in text
    assert "␛[2J" in printed.out and "plan␛[31m#1" in printed.out
    stem = "plan\x1b[31m#1"
    html = (out / f"{stem}.rapport.html").read_text(encoding="utf-8")
    assert not any(c in html for c in "\x1b\x00\x07\u202e") and "␛[2J" in html
    with zipfile.ZipFile(out / f"{stem}.gecontroleerd.xlsx") as archive:
        for part in archive.namelist():
            if part.endswith((".xml", ".rels", ".vml")):
                etree.fromstring(archive.read(part))  # well-formed XML, every part

    # folder mode: the overview's XML and its links
    folder = tmp_path / "map"
    folder.mkdir()
    write_plan(folder / name, _hostile_plan())
    write_plan(folder / "a#b.xlsx")
    assert main(["controleer", str(folder), "--uitvoer", str(tmp_path / "map-uit")]) == 1
    printed = capsys.readouterr()
    assert "\x1b" not in printed.out + printed.err
    with zipfile.ZipFile(tmp_path / "map-uit" / "overzicht.xlsx") as archive:
        for part in archive.namelist():
            if part.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(part))
        rels = archive.read("xl/worksheets/_rels/sheet1.xml.rels").decode()
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert 'Target="a%23b.rapport.html"' in rels and "location=" not in sheet  # '#' does not cut the link
    overview = (tmp_path / "map-uit" / "overzicht.html").read_text(encoding="utf-8")
    assert 'href="a%23b.rapport.html"' in overview and "\x1b" not in overview


def test_visible_makes_every_control_character_visible():
    from actieplan.normalize import visible

    assert visible("a\x1b[2Jb\nc\td\x7f\x9b\u202e") == "a␛[2Jb␊c␉d␡\\u009b\\u202e"
    assert visible("plan-\udcff.xlsx") == "plan-\\xff.xlsx"  # a file name that is not UTF-8
    assert visible("Zorgraad BruZEL – ‘Ça va’ 🙂") == "Zorgraad BruZEL – ‘Ça va’ 🙂"


# -- 10. every file name a file system allows ---------------------------------------------------------


@pytest.mark.parametrize("name", ["regel\nbreuk.xlsx", "terug\rloop.xlsx", "verticaal\vtab.xlsx", "niet-utf8-\udcff.xlsx"])
def test_names_with_control_characters_work(tmp_path, capsys, name):
    path = write_plan(tmp_path / name)
    out = tmp_path / "uit"
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 0
    err = capsys.readouterr().err
    assert err == ""
    stem = Path(name).stem
    draft = (out / f"{stem}.eml").read_bytes()
    assert b"X-Unsent: 1" in draft
    assert {p.name for p in out.iterdir() if not p.name.endswith(DIGESTS_SUFFIX)} == {f"{stem}.bevindingen.json", f"{stem}.rapport.html", f"{stem}.eml", f"{stem}.gecontroleerd.xlsx"}


def test_long_names_work_up_to_the_limit_and_are_refused_before_writing_beyond(tmp_path, capsys):
    out = tmp_path / "uit"
    fits = "a" * (255 - len(".gecontroleerd.xlsx"))  # the copy's name is exactly 255 bytes
    path = write_plan(tmp_path / f"{fits}.xlsx")
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 0
    assert (out / f"{fits}.gecontroleerd.xlsx").is_file() and (out / f"{fits}.eml").is_file()
    capsys.readouterr()

    too_long = "b" * 245
    path = write_plan(tmp_path / f"{too_long}.xlsx")
    out2 = tmp_path / "uit2"
    assert main(["controleer", str(path), "--uitvoer", str(out2)]) == 2
    err = capsys.readouterr().err
    assert "te lang" in err and "hoogstens 236 tekens" in err and "Traceback" not in err
    assert list(out2.iterdir()) == []  # nothing written


@pytest.mark.parametrize("name", ["..xlsx", ".gecontroleerd.xlsx", ".verborgen.xlsx"])
def test_names_that_would_give_hidden_outputs(tmp_path, capsys, name):
    path = write_plan(tmp_path / name)
    out = tmp_path / "uit"
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 0, capsys.readouterr().err
    names = sorted(p.name for p in out.iterdir() if not p.name.endswith(DIGESTS_SUFFIX))  # our hidden state aside
    assert names and not any(n.startswith(".") for n in names)
    assert len(names) == 4


# -- 9. a full disk -----------------------------------------------------------------------------------

_FULL_DISK = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as ENOSPC would
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
from actieplan.run.cli import main
sys.exit(main(["controleer", sys.argv[1], "--uitvoer", sys.argv[3]]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("limit", [3_000, 9_000, 12_000])
def test_a_full_disk_is_one_dutch_message(tmp_path, limit):
    rows = valid_plan()
    rows["Actiefiches"][0]["Personeelscapaciteit (VTE)"] = "veel"  # no draft: the copy is the big one
    path = write_plan(tmp_path / "plan.xlsx", rows)
    proc = subprocess.run([sys.executable, "-c", _FULL_DISK, str(path), str(limit), str(tmp_path / "uit")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr  # no 'Exception ignored in ZipFile.__del__', no traceback
    assert "kan niet geschreven worden" in lines[0] and "schijf is vol" in lines[0]
    assert not [p for p in (tmp_path / "uit").iterdir() if p.name.startswith(".") and not p.name.endswith(DIGESTS_SUFFIX)]


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_in_folder_mode_is_labelled_not_written(tmp_path):
    folder = tmp_path / "plannen"
    folder.mkdir()
    write_plan(folder / "plan.xlsx")
    code = _FULL_DISK.replace('"--uitvoer", sys.argv[3]]', '"--uitvoer", sys.argv[3], "--processen", "1"]')
    proc = subprocess.run([sys.executable, "-c", code, str(folder), "9000", str(tmp_path / "uit")],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "Niet geschreven" in proc.stdout and "schijf is vol" in proc.stdout
    assert "Niet gelezen" not in proc.stdout
    assert "Exception ignored" not in proc.stderr and "Traceback" not in proc.stderr


# -- 5. near-linear rules: the overlap index ------------------------------------------------------------


class _Counted(frozenset):
    """A word set that counts how often it is intersected with another (a pairwise comparison)."""

    calls = 0

    def __and__(self, other):
        _Counted.calls += 1
        return frozenset(self) & frozenset(other)


def test_long_titles_are_not_compared_pairwise():
    from actieplan.plugin.registry import resolve
    from actieplan.rules.text.index import WordIndex

    settings = resolve("2026").settings
    # 24+ meaningful words per title, and no two titles share a word: the worst case of the old
    # fallback, which compared every query with every title
    items = [frozenset(f"woord{i}x{j}" for j in range(30)) for i in range(300)]
    queries = [_Counted(f"ander{i}x{j}" for j in range(30)) for i in range(300)]
    index = WordIndex(items, settings["overlap"]["min_gedeelde_woorden"], vocabulary=frozenset().union(*queries))
    _Counted.calls = 0
    assert all(index.first(q) is None for q in queries)
    assert _Counted.calls == 0  # not one pairwise comparison (it was 300 x 300)


def test_the_index_finds_what_a_pairwise_loop_finds():
    import random

    from actieplan.plugin.registry import resolve
    from actieplan.rules.text.index import WordIndex

    settings = resolve("2026").settings
    k = int(settings["overlap"]["min_gedeelde_woorden"])
    rng = random.Random(12)
    vocabulary = [f"w{i}" for i in range(60)]
    items = [frozenset(rng.sample(vocabulary, rng.choice((0, 1, 2, 3, 5, 30)))) for _ in range(200)]
    for _ in range(300):
        query = frozenset(rng.sample(vocabulary, rng.choice((1, 2, 3, 4, 26, 40))))
        expected = next(((i, sorted(query & s)) for i, s in enumerate(items) if len(query & s) >= k), None)
        assert WordIndex(items, k).first(query) == expected


# -- 6. a cap on findings ------------------------------------------------------------------------------


def _all_wrong(path: Path, rows: int) -> Path:
    """A valid plan whose Actiefiches sheet has ``rows`` rows with every cell '-' (wrong everywhere)."""
    data = valid_plan()
    data["Actiefiches"] = [{c: "-" for c in data["Actiefiches"][0]} for _ in range(rows)]
    return write_plan(path, data)


def test_findings_past_the_cap_are_counted_in_every_output(tmp_path, capsys, monkeypatch):
    import openpyxl

    from actieplan.validate import engine as validate
    from actieplan.run.check import check_workbook

    path = _all_wrong(tmp_path / "fout.xlsx", 40)
    monkeypatch.setattr(validate, "MAX_PER_RULE_SHEET", 10**9)
    monkeypatch.setattr(validate, "MAX_PER_SHEET", 10**9)
    _, uncapped = check_workbook(path, ruleset=RULESET)
    assert uncapped.omitted == 0 and uncapped.counts["error"] > 200
    monkeypatch.setattr(validate, "MAX_PER_RULE_SHEET", 5)
    monkeypatch.setattr(validate, "MAX_PER_SHEET", 12)
    out = tmp_path / "uit"
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 1
    printed = capsys.readouterr().out

    data = json.loads((out / "fout.bevindingen.json").read_text(encoding="utf-8"))
    listed = [f for f in data["findings"] if f["sheet"] == "Actiefiches" and not f.get("omitted")]
    summaries = [f for f in data["findings"] if f.get("omitted")]
    assert len(listed) == 12 and summaries
    assert data["counts"] == uncapped.counts  # counted, not lost
    assert data["omitted"] == sum(f["omitted"] for f in summaries) == uncapped.counts["error"] - len(
        [f for f in data["findings"] if not f.get("omitted")]
    )
    for f in summaries:
        assert f["message"].startswith(f"En nog {f['omitted']} bevindingen van de regel '{f['rule']}' op het blad 'Actiefiches'")
    assert "En nog" in printed and f"{uncapped.counts['error']} fouten" in printed
    html = (out / "fout.rapport.html").read_text(encoding="utf-8")
    per_sheet = uncapped.counts_per_sheet()["Actiefiches"]["error"]
    assert "En nog" in html and f"Actiefiches ({per_sheet})" in html
    copy = openpyxl.load_workbook(out / "fout.gecontroleerd.xlsx")
    control = [str(c.value) for row in copy["Controle"].iter_rows() for c in row if c.value]
    assert any(v.startswith("En nog") for v in control)
    noted = [c for row in copy["Actiefiches"].iter_rows() for c in row if c.comment is not None]
    assert 0 < len(noted) <= 12


def test_folder_workers_are_bounded_by_the_memory(tmp_path, monkeypatch):
    from actieplan.run import folder

    monkeypatch.setattr(folder.os, "cpu_count", lambda: 16)
    monkeypatch.setattr(folder, "available_memory", lambda: 3 * folder.WORKER_MEMORY)
    assert folder.default_workers(40) == 3
    monkeypatch.setattr(folder, "available_memory", lambda: folder.WORKER_MEMORY // 2)
    assert folder.default_workers(40) == 1  # always one
    monkeypatch.setattr(folder, "available_memory", lambda: None)  # unknown: the cores decide
    assert folder.default_workers(40) == 16
