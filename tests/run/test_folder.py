"""`actieplan controleer MAP`: every workbook of a folder, the overview, exit codes, progress."""

import hashlib
import io
import json

import openpyxl
import pytest
from workbooks import RULESET, valid_plan, write_plan

from actieplan.run.cli import main
from actieplan.run.folder import Progress, check_folder, workbooks_in
from actieplan.write.overview import FIRST_COLUMNS, LAST_COLUMNS

FIGURES = [*(f"Capaciteit {c} (VTE)" for c in "ABCDEF"), "Aantal fiches", "Som VTE fiches"]  # the 2026 set's
HEADERS = [h for h, _ in FIRST_COLUMNS] + FIGURES + [h for h, _ in LAST_COLUMNS]


def _plan_with_errors():
    rows = valid_plan()
    rows["Actiefiches"][1]["Personeelscapaciteit (VTE)"] = "twee dagen"
    rows["Algemeen"][0]["Waarde"] = "Zorgraad <Oost> & =1+1"
    return rows


def _folder(tmp_path, broken=True):
    folder = tmp_path / "plannen"
    folder.mkdir()
    write_plan(folder / "a-bruzel.xlsx")
    rows = valid_plan()
    rows["Algemeen"][0]["Waarde"] = "Zorgraad Kempen"
    write_plan(folder / "b-kempen.xlsx", rows)
    write_plan(folder / "c-fouten.xlsx", _plan_with_errors())
    if broken:
        (folder / "d-kapot.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # a zip header, then nothing
    (folder / "~$a-bruzel.xlsx").write_bytes(b"lock")  # Excel's lock file while a-bruzel.xlsx is open
    (folder / "notities.txt").write_text("niet voor de controle", encoding="utf-8")
    return folder


def _overview(out):
    wb = openpyxl.load_workbook(out / "overzicht.xlsx")
    ws = wb["Overzicht"]
    header = [c.value for c in ws[1]]
    rows = {r[0].value: {h: c for h, c in zip(header, r)} for r in ws.iter_rows(min_row=2)}
    return wb, ws, header, rows


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_folder_checks_every_workbook_and_writes_the_overview(tmp_path, capsys):
    folder = _folder(tmp_path)
    before = _digests(folder)
    out = tmp_path / "uit"
    code = main(["controleer", str(folder), "--uitvoer", str(out)])
    captured = capsys.readouterr()
    assert code == 2  # one file could not be read: 2 wins over the errors of c-fouten
    assert _digests(folder) == before  # nothing in the folder changed

    wb, ws, header, rows = _overview(out)
    assert header == HEADERS
    assert list(rows) == ["a-bruzel.xlsx", "b-kempen.xlsx", "c-fouten.xlsx", "d-kapot.xlsx"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(HEADERS))}5"

    a = rows["a-bruzel.xlsx"]
    assert a["Zorgraad"].value == "BruZEL"
    assert a["Oordeel"].value == "Klaar om in te dienen"
    assert (a["Fouten"].value, a["Waarschuwingen"].value) == (0, 0)
    assert [a[f"Capaciteit {c} (VTE)"].value for c in "ABCDEF"] == [6.0, 0.5, 1.5, 1.5, 1.2, 1.1]
    assert a["Aantal fiches"].value == 2
    assert a["Som VTE fiches"].value == pytest.approx(1.1)
    assert a["Rapport"].hyperlink.target == "a-bruzel.rapport.html"
    assert (out / "a-bruzel.rapport.html").is_file()
    assert rows["b-kempen.xlsx"]["Zorgraad"].value == "Zorgraad Kempen"

    c = rows["c-fouten.xlsx"]
    findings = json.loads((out / "c-fouten.bevindingen.json").read_text(encoding="utf-8"))
    assert c["Oordeel"].value == "Nog niet klaar"
    assert c["Fouten"].value == findings["counts"]["error"] >= 1
    assert c["Waarschuwingen"].value == findings["counts"]["warning"]
    assert c["Zorgraad"].value == "Zorgraad <Oost> & =1+1" and c["Zorgraad"].data_type == "s"  # text, never a formula

    d = rows["d-kapot.xlsx"]
    assert d["Oordeel"].value == "Niet gelezen"
    assert "d-kapot.xlsx" in d["Melding"].value and "beschadigd" in d["Melding"].value
    assert d["Fouten"].value is None and d["Rapport"].value is None

    skipped = {r[0].value: r[1].value for r in wb["Overgeslagen"].iter_rows(min_row=2)}
    assert set(skipped) == {"~$a-bruzel.xlsx", "notities.txt"}
    assert "vergrendelbestand" in skipped["~$a-bruzel.xlsx"]
    assert not (out / "~$a-bruzel.bevindingen.json").exists()

    page = (out / "overzicht.html").read_text(encoding="utf-8")
    assert page.count("<tr><td>") == 4
    assert "Zorgraad &lt;Oost&gt; &amp; =1+1" in page and "<Oost>" not in page
    assert 'href="a-bruzel.rapport.html"' in page
    assert "d-kapot.xlsx" in page and "~$a-bruzel.xlsx" in page

    assert "Controle van de map" in captured.out and "4 werkmappen" in captured.out
    assert "Traceback" not in captured.err
    assert "[4/4]" in captured.err  # progress, one plain line per workbook (stderr is not a terminal)


def test_exit_1_when_a_workbook_has_errors_and_0_when_all_are_ready(tmp_path):
    folder = _folder(tmp_path, broken=False)
    assert main(["controleer", str(folder), "--uitvoer", str(tmp_path / "uit1"), "--processen", "1"]) == 1
    (folder / "c-fouten.xlsx").unlink()
    assert main(["controleer", str(folder), "--uitvoer", str(tmp_path / "uit0")]) == 0
    _, _, _, rows = _overview(tmp_path / "uit0")
    assert [r["Oordeel"].value for r in rows.values()] == ["Klaar om in te dienen"] * 2


def test_one_process_and_the_pool_give_the_same_rows(tmp_path):
    folder = _folder(tmp_path)
    single = check_folder(folder, tmp_path / "uit1", workers=1, ruleset=RULESET)
    pooled = check_folder(folder, tmp_path / "uit2", workers=2, ruleset=RULESET)

    def comparable(rows):
        return [{k: v for k, v in r.items() if k != "seconden"} for r in rows]

    assert comparable(single.rows) == comparable(pooled.rows)
    assert single.exit_code == pooled.exit_code == 2


def test_empty_folder_and_folder_without_workbooks_exit_2_in_dutch(tmp_path, capsys):
    empty = tmp_path / "leeg"
    empty.mkdir()
    assert main(["controleer", str(empty), "--uitvoer", str(tmp_path / "uit")]) == 2
    assert "geen enkele Excel-werkmap" in capsys.readouterr().err
    (empty / "~$plan.xlsx").write_bytes(b"lock")
    assert main(["controleer", str(empty), "--uitvoer", str(tmp_path / "uit")]) == 2
    err = capsys.readouterr().err
    assert "geen enkele Excel-werkmap" in err and "1 ander bestand overgeslagen" in err


def test_earlier_outputs_in_the_same_folder_are_skipped(tmp_path):
    folder = _folder(tmp_path, broken=False)
    first = check_folder(folder, folder, workers=1, ruleset=RULESET)  # outputs written into the folder itself
    assert len(first.rows) == 3
    again, skipped, _ = workbooks_in(folder, folder)
    assert [p.name for p in again] == ["a-bruzel.xlsx", "b-kempen.xlsx", "c-fouten.xlsx"]
    reasons = dict(skipped)
    assert "gecontroleerde kopie" in reasons["a-bruzel.gecontroleerd.xlsx"]
    assert "overzicht" in reasons["overzicht.xlsx"]


def test_two_files_with_the_same_output_name_are_not_both_checked(tmp_path):
    folder = tmp_path / "plannen"
    folder.mkdir()
    write_plan(folder / "plan.xlsx")
    write_plan(folder / "plan.xlsm")
    files, skipped, _ = workbooks_in(folder)
    assert [p.name for p in files] == ["plan.xlsm"] or [p.name for p in files] == ["plan.xlsx"]
    assert len(skipped) == 1 and "dezelfde naam" in skipped[0][1]


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_rewrites_one_line_on_a_terminal_and_prints_lines_otherwise():
    rows = [
        {"bestand": "lang-bestandsnaam.xlsx", "gelezen": True, "ok": True, "fouten": 0, "waarschuwingen": 1},
        {"bestand": "b.xlsx", "gelezen": False, "ok": False, "fouten": None, "waarschuwingen": None},
    ]
    tty = _Terminal()
    progress = Progress(2, tty)
    for row in rows:
        progress.step(row)
    text = tty.getvalue()
    assert text.startswith("\r[1/2] lang-bestandsnaam.xlsx: klaar (1 waarschuwing)")
    assert "\r[2/2] b.xlsx: niet gelezen" in text and text.endswith("\n") and text.count("\n") == 1
    # the shorter second line blanks out the rest of the first
    first, second = text.split("\r")[1:]
    assert len(second.rstrip("\n")) >= len(first)

    plain = io.StringIO()
    progress = Progress(2, plain)
    for row in rows:
        progress.step(row)
    assert plain.getvalue().splitlines() == [
        "[1/2] lang-bestandsnaam.xlsx: klaar (1 waarschuwing)",
        "[2/2] b.xlsx: niet gelezen",
    ]


def test_an_annotated_copy_sent_in_is_checked_and_said_to_be_one(tmp_path):
    """11.9: a plan that arrives as NAME.gecontroleerd.xlsx (its own workbook not in the folder) is
    checked like any plan, without our marks; the overview and the report say it was a copy."""
    from actieplan.run.check import run

    made = tmp_path / "eerder"
    first = run(write_plan(tmp_path / "d-limburg.xlsx", _plan_with_errors()), made, ruleset=RULESET)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_plan(inbox / "a-bruzel.xlsx")
    copy = made / "d-limburg.gecontroleerd.xlsx"
    (inbox / copy.name).write_bytes(copy.read_bytes())
    chosen, skipped, _ = workbooks_in(inbox)
    assert [p.name for p in chosen] == ["a-bruzel.xlsx", "d-limburg.gecontroleerd.xlsx"] and not skipped
    result = check_folder(inbox, tmp_path / "uit", workers=1, ruleset=RULESET)
    row = next(r for r in result.rows if r["bestand"] == copy.name)
    assert row["gelezen"] and row["fouten"] == first.report.counts["error"]
    assert "gecontroleerde kopie" in row["melding"]
    assert "gecontroleerde kopie" not in next(r for r in result.rows if r["bestand"] == "a-bruzel.xlsx")["melding"]
    assert "gecontroleerde kopie van een eerdere controle" in (tmp_path / "uit" / "d-limburg.rapport.html").read_text(encoding="utf-8")
    ws = openpyxl.load_workbook(tmp_path / "uit" / "overzicht.xlsx").active
    assert any("gecontroleerde kopie" in str(c.value) for row_ in ws.iter_rows() for c in row_)


# -- issue 11, point 17: folder-mode friction; point 15: several workbooks ------------------------


def test_subfolders_are_named_and_searched_with_submappen(tmp_path, capsys):
    folder = tmp_path / "plannen"
    (folder / "archief" / "2025").mkdir(parents=True)
    write_plan(folder / "a.xlsx")
    rows = valid_plan()
    rows["Algemeen"][0]["Waarde"] = "Zorgraad Kempen"
    write_plan(folder / "archief" / "oud.xlsx", rows)
    rows["Algemeen"][0]["Waarde"] = "Zorgraad Oost"
    write_plan(folder / "archief" / "2025" / "ouder.xlsx", rows)
    out = folder / "uit"  # the output folder inside the folder is never searched nor listed

    assert main(["controleer", str(folder), "--uitvoer", str(out)]) == 0
    text = capsys.readouterr().out
    assert "1 werkmap in" in text and "1 werkmappen" not in text
    assert "Niet doorzocht: 1 submap ('archief')" in text and "--submappen" in text
    assert "'uit'" not in text
    assert "archief" in (out / "overzicht.html").read_text(encoding="utf-8")

    assert main(["controleer", str(folder), "--uitvoer", str(out), "--submappen"]) == 0
    text = capsys.readouterr().out
    assert "3 werkmappen" in text and "Niet doorzocht" not in text
    assert list(_overview(out)[3]) == ["a.xlsx", "archief/2025/ouder.xlsx", "archief/oud.xlsx"]


def test_folder_without_workbooks_but_with_subfolders_says_so(tmp_path, capsys):
    folder = tmp_path / "plannen"
    (folder / "2026").mkdir(parents=True)
    write_plan(folder / "2026" / "a.xlsx")
    assert main(["controleer", str(folder), "--uitvoer", str(tmp_path / "uit")]) == 2
    err = capsys.readouterr().err
    assert "geen enkele Excel-werkmap" in err and "'2026'" in err and "--submappen" in err


def test_several_workbooks_claiming_one_zorgraad_are_warned_about(tmp_path, capsys):
    folder = tmp_path / "plannen"
    folder.mkdir()
    write_plan(folder / "bruzel.xlsx")
    write_plan(folder / "bruzel-v2.xlsx")  # both say Zorgraad: BruZEL
    rows = valid_plan()
    rows["Algemeen"][0]["Waarde"] = "Zorgraad Kempen"
    write_plan(folder / "kempen.xlsx", rows)
    assert main(["controleer", str(folder), "--uitvoer", str(tmp_path / "uit")]) == 0
    text = capsys.readouterr().out
    assert "Let op: 2 werkmappen noemen dezelfde zorgraad 'BruZEL' ('bruzel-v2.xlsx', 'bruzel.xlsx')" in text
    overview = {name: row["Melding"].value for name, row in _overview(tmp_path / "uit")[3].items()}
    assert "ook 'bruzel.xlsx' noemt de zorgraad 'BruZEL'" in overview["bruzel-v2.xlsx"]
    assert overview["kempen.xlsx"] is None
    assert "dezelfde zorgraad" in (tmp_path / "uit" / "overzicht.html").read_text(encoding="utf-8")


def test_overview_prints_on_the_width_of_one_page(tmp_path):
    check_folder(_folder(tmp_path), tmp_path / "uit", workers=1, ruleset=RULESET)
    wb = openpyxl.load_workbook(tmp_path / "uit" / "overzicht.xlsx")
    for ws in wb.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True, ws.title
        assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0, ws.title  # absent means 1
        assert ws.page_setup.orientation == "landscape" and ws.print_title_rows.replace("$", "") == "1:1", ws.title


def test_several_workbooks_on_the_command_line(tmp_path, capsys):
    """`actieplan controleer *.xlsx`: the shell hands over several files; each is checked."""
    folder = _folder(tmp_path, broken=False)
    given = sorted(str(p) for p in folder.glob("*.xlsx"))  # as a shell expands the wildcard
    assert any("~$" in g for g in given)
    code = main(["controleer", *given, "--uitvoer", str(tmp_path / "uit"), "--processen", "1"])
    text = capsys.readouterr().out
    assert code == 1  # c-fouten.xlsx has errors
    assert "Controle van de gegeven werkmappen: 3 werkmappen" in text
    assert "Overgeslagen: " in text and "vergrendelbestand" in text
    assert list(_overview(tmp_path / "uit")[3]) == ["a-bruzel.xlsx", "b-kempen.xlsx", "c-fouten.xlsx"]
    for stem in ("a-bruzel", "b-kempen", "c-fouten"):
        assert (tmp_path / "uit" / f"{stem}.bevindingen.json").exists()


def test_several_workbooks_one_missing_gets_its_row(tmp_path, capsys):
    write_plan(tmp_path / "a.xlsx")
    code = main(["controleer", str(tmp_path / "a.xlsx"), str(tmp_path / "weg.xlsx"), "--uitvoer", str(tmp_path / "uit")])
    text = capsys.readouterr().out
    assert code == 2 and "weg.xlsx" in text and "bestaat niet" in text


def test_a_folder_among_several_workbooks_is_refused(tmp_path, capsys):
    write_plan(tmp_path / "a.xlsx")
    (tmp_path / "map").mkdir()
    assert main(["controleer", str(tmp_path / "a.xlsx"), str(tmp_path / "map"), "--uitvoer", str(tmp_path / "uit")]) == 2
    assert "is een map" in capsys.readouterr().err


def test_a_workbook_past_the_time_limit_gets_its_row_and_no_outputs(tmp_path, capsys):
    """Issue 19 point 6: folder mode has the command's time limit per workbook (`--tijdslimiet`)."""
    folder = tmp_path / "in"
    folder.mkdir()
    write_plan(folder / "a.xlsx")
    write_plan(folder / "b.xlsx")
    out = tmp_path / "uit"
    assert main(["controleer", str(folder), "--uitvoer", str(out), "--processen", "1", "--tijdslimiet", "0,001"]) == 2
    rows = check_folder(folder, out, RULESET, workers=1, time_limit=0.001).rows
    assert [r["gelezen"] for r in rows] == [False, False]
    assert all("tijdslimiet van 0,001 seconden" in r["melding"] for r in rows)
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["overzicht.html", "overzicht.xlsx"]


def test_the_folder_summary_says_its_seconds_with_a_decimal_comma(tmp_path):
    """Issue 23, point 8c: '4 werkmappen in 0.7 s' had a decimal point; Dutch has a comma, as everywhere else."""
    import re

    from actieplan.run.folder import render_folder_summary

    plannen = tmp_path / "plannen"
    plannen.mkdir()
    write_plan(plannen / "plan.xlsx")
    result = check_folder(plannen, tmp_path / "out", RULESET, workers=1)
    result.seconds = 0.71
    first = render_folder_summary(result).splitlines()[0]
    assert "1 werkmap in 0,7 s" in first and not re.search(r"\d\.\d s", first)
    result.seconds = 12.0
    assert " in 12 s " in render_folder_summary(result).splitlines()[0]


def _overview_with_long_names(tmp_path):
    """A folder as a department receives it: a file name without spaces that cannot wrap at a word,
    a workbook that cannot be read (a long Melding) and the figures' columns."""
    plannen = tmp_path / "plannen"
    plannen.mkdir()
    write_plan(plannen / "Zorgraad_Meetjesland_actieplan_2026_definitieve_versie_na_overleg_met_het_bestuur.xlsx")
    write_plan(plannen / "plan.xlsx")
    (plannen / "kapot.xlsx").write_bytes(b"geen werkmap")
    check_folder(plannen, tmp_path / "out", RULESET, workers=1)
    return tmp_path / "out" / "overzicht.html"


def test_the_overview_page_keeps_to_the_window_with_a_readable_melding_column(tmp_path):
    """Issue 23, point 8e: overzicht.html needed horizontal scrolling at 1280 px and squeezed the
    Melding column. The table keeps to the window (fixed layout, 100% wide), the Melding column has
    its own width, and a long file name wraps inside its cell."""
    import re

    page = _overview_with_long_names(tmp_path).read_text(encoding="utf-8")
    css = re.search(r"<style>(.*?)</style>", page, re.S).group(1).replace(" ", "")
    assert "table.overzicht{width:100%;table-layout:fixed" in css
    assert "overflow-wrap:anywhere" in css
    assert re.search(r"col\.melding\{width:(\d+)%\}", css) and int(re.search(r"col\.melding\{width:(\d+)%\}", css).group(1)) >= 20
    cols = re.findall(r'<col class="([a-z]+)">', page)
    headers = re.findall(r"<th>([^<]*)</th>", page)
    assert len(cols) == len(headers) and cols[headers.index("Melding")] == "melding" and cols[0] == "bestand"


@pytest.mark.slow
def test_the_overview_page_has_no_horizontal_scrolling_at_1280_px_in_chromium(tmp_path):
    """The same in a real browser: Chromium headless, 1280 px wide, the page is no wider than the window."""
    import re
    import shutil
    import subprocess

    browser = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
    if browser is None:
        pytest.skip("chromium niet geïnstalleerd (apt: chromium)")
    page = _overview_with_long_names(tmp_path)
    probe = page.with_name("meting.html")
    probe.write_text(page.read_text(encoding="utf-8").replace(
        "</body>", "<script>document.body.setAttribute('data-breedte', document.documentElement.scrollWidth + ' ' "
                   "+ window.innerWidth + ' ' + [...document.querySelectorAll('th')].find(t => t.textContent == 'Melding').getBoundingClientRect().width)</script></body>"),
        encoding="utf-8")
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--dump-dom",
                          probe.as_uri()], capture_output=True, text=True, timeout=120).stdout
    scroll, inner, melding = (float(v) for v in re.search(r'data-breedte="([^"]*)"', dom).group(1).split())
    assert inner == 1280 and scroll <= 1280
    assert melding >= 250  # readable: some 40 characters a line
