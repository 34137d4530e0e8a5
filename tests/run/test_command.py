"""`actieplan controleer` end to end, in-process: exit codes, the findings file, the input untouched."""

import hashlib
import json

import openpyxl
import pytest
from paths import EXAMPLE, TEMPLATE
from workbooks import RULESET, valid_plan, workbook_cells, write_plan

from actieplan.run.cli import main
from actieplan.validate.locate import _show
from actieplan.normalize import clean_text
from actieplan.plugin.registry import resolve
from actieplan.write.template import write_template


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_clean_plan_exits_0_and_writes_findings(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx")
    code = main(["controleer", str(path), "--uitvoer", str(tmp_path / "uit")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Klaar om in te dienen" in out
    data = json.loads((tmp_path / "uit" / "plan.bevindingen.json").read_text(encoding="utf-8"))
    run = data.pop("run")
    assert run["generator"] == "actieplan" and run["id"] and run["output_of"]
    assert data.pop("regelset") == {"id": "actieplan-2026", "werkjaar": 2026, "indiendatum": "2025-10-15"}
    assert data == {"workbook": "plan.xlsx", "ok": True, "counts": {"error": 0, "warning": 0, "info": 0}, "findings": []}


def test_errors_exit_1_and_name_sheet_and_cell(tmp_path, capsys):
    rows = valid_plan()
    rows["Actiefiches"][1]["Personeelscapaciteit (VTE)"] = "twee dagen"
    path = write_plan(tmp_path / "plan.xlsx", rows)
    code = main(["controleer", str(path), "--uitvoer", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "Actiefiches!L5" in out and "'twee dagen'" in out
    data = json.loads((tmp_path / "plan.bevindingen.json").read_text(encoding="utf-8"))
    finding = next(f for f in data["findings"] if f["rule"] == "getal-ongeldig")
    assert finding == {
        "rule": "getal-ongeldig",
        "severity": "error",
        "sheet": "Actiefiches",
        "cell": "L5",
        "row": 5,
        "column": "Personeelscapaciteit (VTE)",
        "message": finding["message"],
        "row_title": "BruZEL actualiseert de gezondheidsfiches",
    }
    # the message names the fiche too, so it reads on its own in the summary
    assert finding["message"].startswith("Actiefiche 'BruZEL actualiseert de gezondheidsfiches': ")
    assert data["ok"] is False and data["counts"]["error"] >= 1


def test_input_file_is_never_modified(tmp_path):
    path = write_plan(tmp_path / "plan.xlsx")
    before, mtime = _digest(path), path.stat().st_mtime_ns
    main(["controleer", str(path), "--uitvoer", str(tmp_path / "uit")])
    assert _digest(path) == before and path.stat().st_mtime_ns == mtime


def test_missing_file_exits_2_in_dutch(tmp_path, capsys):
    code = main(["controleer", str(tmp_path / "bestaat-niet.xlsx")])
    err = capsys.readouterr().err
    assert code == 2 and "bestaat niet" in err and "Traceback" not in err


def test_misuse_exits_2(capsys):
    try:
        code = main(["controleer"])
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    assert "verkeerd gebruik" in capsys.readouterr().err


def test_python_m_pipeline_runs(tmp_path):
    import subprocess
    import sys

    path = write_plan(tmp_path / "plan.xlsx")
    proc = subprocess.run(
        [sys.executable, "-m", "actieplan", "controleer", str(path), "--uitvoer", str(tmp_path / "uit")],
        capture_output=True, text=True, cwd=EXAMPLE.parents[1],
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "uit" / "plan.bevindingen.json").exists()


def test_every_finding_on_the_example_points_at_its_value(tmp_path):
    main(["controleer", str(EXAMPLE), "--uitvoer", str(tmp_path)])
    data = json.loads((tmp_path / f"{EXAMPLE.stem}.bevindingen.json").read_text(encoding="utf-8"))
    wb = openpyxl.load_workbook(EXAMPLE)
    assert data["findings"], "the example has real imperfections"
    for f in data["findings"]:
        assert f["sheet"] in wb.sheetnames
        if f["cell"] is None:
            continue
        ws = wb[f["sheet"]]
        assert f["cell"] == f"{openpyxl.utils.get_column_letter(ws[f['cell']].column)}{f['row']}"
        assert ws[f["cell"]].row <= ws.max_row and ws[f["cell"]].column <= ws.max_column
        header = ws.cell(row=3, column=ws[f["cell"]].column).value
        assert header == f["column"], f
        rule = resolve("2026").rules[f["rule"]]
        if rule.vector is not None and ws[f["cell"]].value is not None:
            assert _show(clean_text(ws[f["cell"]].value))[:20] in f["message"], f


def test_template_is_in_sync_with_the_generator(tmp_path):
    fresh = write_template(tmp_path / "sjabloon.xlsx", ruleset=RULESET)
    assert workbook_cells(fresh) == workbook_cells(TEMPLATE)


def test_example_is_in_sync_with_its_transcription(tmp_path):
    import runpy

    maak = runpy.run_path(str(EXAMPLE.parents[1] / "tools" / "maak_voorbeeld.py"))
    fresh = maak["main"](tmp_path / "voorbeeld.xlsx")
    assert workbook_cells(fresh) == workbook_cells(EXAMPLE)


def test_sjabloon_command_writes_the_template(tmp_path, capsys):
    target = tmp_path / "leeg.xlsx"
    assert main(["sjabloon", str(target)]) == 0
    assert workbook_cells(target) == workbook_cells(TEMPLATE)


def test_regel_command_prints_one_rule(capsys):
    """Issue 11 point 15: readable Dutch, the message filled in as it really reads, no Markdown."""
    assert main(["regel", "cel-verplicht"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Regel cel-verplicht: fout, op elk blad.")
    assert "Voorbeeld van een melding:" in out and "Sjabloon:" in out
    assert main(["regel", "cel-verplichtt"]) == 2
    assert "Bedoelt u: cel-verplicht?" in capsys.readouterr().err
    assert main(["regel", "[cel-verplicht]"]) == 0  # as copied from a message's tail
    capsys.readouterr()
    assert main(["regel", "vte"]) == 2  # a piece of a name: the rules that hold it
    assert "Bedoelt u:" in capsys.readouterr().err


def test_every_rule_reads_as_dutch_with_a_filled_in_example():
    from actieplan.plugin.catalogue import render_rule_text

    ruleset = resolve("2026")
    for rule in ruleset.rules.values():
        text = render_rule_text(rule, ruleset)
        assert "{" not in text and "}" not in text, rule.id
        assert "Voorbeeld van een melding:" in text, rule.id
        assert not any(w in text for w in ("Wrong", "Right", "###", "**", "`")), (rule.id, text)


def test_outputs_are_ordinary_files_not_private_ones(tmp_path):
    import os
    import stat

    path = write_plan(tmp_path / "plan.xlsx")
    main(["controleer", str(path), "--uitvoer", str(tmp_path / "uit")])
    umask = os.umask(0)
    os.umask(umask)
    mode = stat.S_IMODE((tmp_path / "uit" / "plan.bevindingen.json").stat().st_mode)
    assert mode == 0o666 & ~umask


class _ClosedPipe:
    """A stdout whose reader has gone (`actieplan ... | head`)."""

    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")


def test_closed_pipe_is_a_normal_end_in_process(tmp_path, monkeypatch, capsys):
    """Issue 11 point 16: the check ran and wrote its outputs; the reader leaving is no bug."""
    path = write_plan(tmp_path / "plan.xlsx")
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    code = main(["controleer", str(path), "--uitvoer", str(tmp_path / "uit")])
    err = capsys.readouterr().err
    assert code == 0 and err == ""
    assert (tmp_path / "uit" / "plan.bevindingen.json").exists()


def test_closed_pipe_is_a_normal_end_in_a_shell(tmp_path):
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "actieplan", "controleer", str(EXAMPLE), "--uitvoer", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )
    proc.stdout.close()  # `| head -0`: the reader is gone before the first line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1, err  # the example has errors: its own code, as without a pipe
    assert err == ""  # no "er ging iets onverwachts mis", no "Exception ignored ... BrokenPipeError"
    proc = subprocess.Popen([sys.executable, "-m", "actieplan", "regels"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    proc.stdout.close()  # the whole catalogue into a closed pipe
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and err == ""


# -- issue 11, point 15: the command line speaks Dutch everywhere --------------------------------

ENGLISH = ("usage", "positional arguments", "options:", "optional arguments", "show this help message",
           "unrecognized arguments", "the following arguments are required", "invalid choice", "expected",
           "error:", "No such file", "Permission denied")


def _run(argv, capsys):
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out + out.err


def test_help_is_dutch(capsys):
    for argv in (["--help"], ["controleer", "--help"], ["sjabloon", "-h"], ["regel", "--help"]):
        code, text = _run(argv, capsys)
        assert code == 0
        assert text.startswith("gebruik: actieplan") and "opties:" in text and "toon deze hulp en stop" in text, text
        assert not [w for w in ENGLISH if w in text], (argv, text)
    assert "--submappen" in _run(["controleer", "--help"], capsys)[1]


def test_misuse_is_said_in_dutch_with_exit_2(capsys):
    cases = {
        ("controleer",): "deze argumenten ontbreken: PLAN",
        ("controleer", "a.xlsx", "--onbekend"): "onbekende argumenten: --onbekend",
        ("controler", "a.xlsx"): "onbekende keuze: 'controler' (kies uit 'controleer'",
        ("controleer", "a.xlsx", "--uitvoer"): "argument --uitvoer: verwacht één waarde",
        ("controleer", "a.xlsx", "--processen", "twee"): "argument --processen: 'twee' is geen geheel getal",
        ("regel",): "deze argumenten ontbreken: ID",
    }
    for argv, said in cases.items():
        code, text = _run(list(argv), capsys)
        assert code == 2, argv
        assert said in text and "verkeerd gebruik" in text and "gebruik: actieplan" in text, (argv, text)
        assert not [w for w in ENGLISH if w in text], (argv, text)


def test_argparse_is_dutch_only_inside_our_parser():
    """The gettext hook is put back: another ArgumentParser in the same process keeps its texts."""
    import argparse

    from actieplan.run.cli import build_parser

    build_parser().parse_args(["regels"])
    other = argparse.ArgumentParser(prog="ander")
    assert other.format_help().startswith("usage: ander")


def test_operating_system_errors_are_dutch(tmp_path, capsys):
    import errno

    from actieplan.errors import os_reason

    assert os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory")) == "het bestand of de map bestaat niet"
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == "geen toegang"
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "de schijf is vol"
    assert "systeem" in os_reason(OSError(errno.EHOSTDOWN, "Host is down"))  # never the English text
    # a folder mode over a folder that vanished between listing and reading
    from actieplan.run.folder import _entries

    with pytest.raises(Exception) as info:
        _entries(tmp_path / "weg", is_top=True)
    assert "bestaat niet" in str(info.value) and "No such" not in str(info.value)


def test_an_unknown_year_from_the_environment_says_where_it_came_from(tmp_path, monkeypatch, capsys):
    """ACTIEPLAN_REGELSET sets --regelset's default: a user who never typed --regelset is told that
    the unknown year came from the environment variable, and how to change it."""
    monkeypatch.setenv("ACTIEPLAN_REGELSET", "1999")
    source = write_plan(tmp_path / "plan.xlsx", valid_plan())
    assert main(["controleer", str(source), "--uitvoer", str(tmp_path / "uit")]) == 2
    err = capsys.readouterr().err
    assert "Er is geen regelset voor '1999'" in err and "omgevingsvariabele ACTIEPLAN_REGELSET" in err
    assert "Traceback" not in err and not (tmp_path / "uit").exists()
    # typed on the command line, the year is the user's own: no word about the environment
    assert main(["controleer", str(source), "--regelset", "1999", "--uitvoer", str(tmp_path / "uit")]) == 2
    assert "omgevingsvariabele" not in capsys.readouterr().err


def test_a_check_past_its_time_limit_stops_with_exit_2_and_writes_nothing(tmp_path, capsys):
    """Issue 19 point 6: a check that takes too long (`--vorig-jaar` with huge cells) is stopped at
    the time limit the web page has too, said in Dutch with the limit, and nothing is written."""
    from actieplan.run.limits import CHECK_TIMEOUT
    from actieplan.run.web.jobs import WebConfig

    assert WebConfig().check_timeout == CHECK_TIMEOUT  # one setting for the command and the web page
    path = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "uit"
    code = main(["controleer", str(path), "--uitvoer", str(out), "--tijdslimiet", "0,001"])
    err = capsys.readouterr().err
    assert code == 2
    assert "langer dan de tijdslimiet van 0,001 seconden" in err and "niets geschreven" in err and "--tijdslimiet" in err
    assert not out.exists()
    assert main(["controleer", str(path), "--uitvoer", str(out), "--tijdslimiet", "60"]) == 0  # within it: as always
    assert (out / "plan.bevindingen.json").is_file()


@pytest.mark.parametrize("value", ["0", "-5", "veel", "inf"])
def test_a_time_limit_that_is_no_positive_number_is_refused_in_dutch(tmp_path, capsys, value):
    path = write_plan(tmp_path / "plan.xlsx")
    with pytest.raises(SystemExit) as stop:
        main(["controleer", str(path), "--uitvoer", str(tmp_path / "uit"), "--tijdslimiet", value])
    assert stop.value.code == 2
    assert "--tijdslimiet" in capsys.readouterr().err


def test_a_time_limit_of_more_than_a_day_is_refused_in_dutch(tmp_path, capsys):
    """`--tijdslimiet 1e9` crashed (OverflowError in the operating system's wait); a limit above a
    day is refused as a misuse, in Dutch, before anything is read or written."""
    source = write_plan(tmp_path / "plan.xlsx", valid_plan())
    for value in ("1e9", "3000000", "86401"):
        with pytest.raises(SystemExit) as stop:
            main(["controleer", str(source), "--tijdslimiet", value, "--uitvoer", str(tmp_path / "uit")])
        assert stop.value.code == 2
        err = capsys.readouterr().err
        assert "te lang" in err and "86400 seconden" in err and "Traceback" not in err
    assert not (tmp_path / "uit").exists()
    assert main(["controleer", str(source), "--tijdslimiet", "86400", "--uitvoer", str(tmp_path / "uit")]) == 0


def test_regel_suggests_the_rules_a_name_begins_with_first(capsys):
    """Issue 23, point 8b: 'actieplan regel capaciteit-f' suggested three rules, not capaciteit-f-som-fiches."""
    assert main(["regel", "capaciteit-f"]) == 2
    err = capsys.readouterr().err
    suggested = err.split("Bedoelt u: ", 1)[1].split("?", 1)[0].split(", ")
    assert suggested[0] == "capaciteit-f-som-fiches"
    assert main(["regel", "capaciteit-totaaal"]) == 2  # a typo still gets the names spelled alike
    assert "capaciteit-totaal" in capsys.readouterr().err
