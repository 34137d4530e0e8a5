"""Friction found by an outside user test (points 6-17): what the user is told, and where."""

import json
import re
from pathlib import Path

import pytest
from workbooks import RULESET, last_year_plan, valid_plan, write_plan

from actieplan.run.cli import main


def test_regel_points_to_the_command_and_to_the_catalogue_where_it_really_is(tmp_path, monkeypatch, capsys):
    """Point 13: 'of jaar2026/REGELS.md' named a path an installed user does not have."""
    monkeypatch.chdir(tmp_path)  # a user's own folder, not the source tree
    assert main(["regel", "cel-verplicht"]) == 0
    last = capsys.readouterr().out.rstrip().splitlines()[-1]
    assert last.startswith("Alle regels: actieplan regels")
    named = re.search(r"\(of het bestand (.+)\)\.$", last)
    assert named is not None, last
    catalogue = Path(named.group(1))
    assert catalogue.is_absolute() and catalogue.is_file() and catalogue.name == "REGELS.md"
    assert catalogue.read_text(encoding="utf-8").startswith("# Regels van het actieplan")


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_vorig_jaar_among_this_runs_outputs_is_named_as_last_years_plan(tmp_path, capsys):
    """Point 14: the refusal called last year's workbook 'de werkmap die gecontroleerd wordt'."""
    plan = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "uit"
    out.mkdir()
    previous = write_plan(out / "plan.gecontroleerd.xlsx", last_year_plan())  # one of this run's output names
    before = _digest(previous)
    code = main(["controleer", str(plan), "--uitvoer", str(out), "--vorig-jaar", str(previous)])
    err = capsys.readouterr().err
    assert code == 2
    assert "is het actieplan van vorig jaar (--vorig-jaar) ('plan.gecontroleerd.xlsx')" in err
    assert "de werkmap die gecontroleerd wordt" not in err
    assert "geef bij --vorig-jaar een werkmap die niet in de uitvoermap staat" in err
    assert _digest(previous) == before and sorted(p.name for p in out.iterdir()) == ["plan.gecontroleerd.xlsx"]


def test_the_checked_workbook_among_the_outputs_is_still_named_so(tmp_path, capsys):
    import os

    out = tmp_path / "uit"
    out.mkdir()
    plan = write_plan(tmp_path / "plan.xlsx")
    os.link(plan, out / "plan.gecontroleerd.xlsx")  # the copy's name is the checked workbook itself
    assert main(["controleer", str(plan), "--uitvoer", str(out)]) == 2
    assert "is de werkmap die gecontroleerd wordt ('plan.xlsx')" in capsys.readouterr().err


def test_a_missing_output_folder_is_made_and_said(tmp_path, capsys):
    """Point 12: --uitvoer a/b/c made the tree without a word (a typo leaves a stray tree)."""
    plan = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "a" / "b" / "c"
    assert main(["controleer", str(plan), "--uitvoer", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"Let op: De uitvoermap '{out}' bestond niet en is aangemaakt." in said
    assert "kies de juiste map met --uitvoer" in said
    assert (out / "plan.rapport.html").is_file()
    assert main(["controleer", str(plan), "--uitvoer", str(out)]) == 0  # now it exists: nothing to say
    assert "bestond niet" not in capsys.readouterr().out


def test_a_missing_output_folder_is_said_in_folder_mode_too(tmp_path, capsys):
    plannen = tmp_path / "plannen"
    plannen.mkdir()
    write_plan(plannen / "plan.xlsx")
    out = tmp_path / "resultaten" / "2026"
    assert main(["controleer", str(plannen), "--uitvoer", str(out), "--processen", "1"]) == 0
    assert f"Let op: De uitvoermap '{out}' bestond niet en is aangemaakt." in capsys.readouterr().out
    assert (out / "overzicht.xlsx").is_file()


@pytest.mark.parametrize("mode", ["werkmap", "map"])
def test_the_default_output_folder_is_made_and_said_plainly_not_called_a_typo(tmp_path, monkeypatch, capsys, mode):
    """Issue 23, point 3: without --uitvoer the user typed no folder name, so there is no typo to
    suspect; the folder 'output' is said to be made, plainly."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plannen").mkdir()
    write_plan(tmp_path / "plannen" / "plan.xlsx")
    given = "plannen/plan.xlsx" if mode == "werkmap" else "plannen"
    assert main(["controleer", given, "--processen", "1"][: 2 if mode == "werkmap" else 4]) == 0
    said = capsys.readouterr().out
    assert "Let op: De uitvoermap 'output' is aangemaakt" in said
    assert "tikfout" not in said and "bestond niet" not in said
    assert (tmp_path / "output" / "plan.rapport.html").is_file()


def test_sjabloon_into_an_existing_folder_writes_the_usual_name_inside_it(tmp_path, monkeypatch, capsys):
    """Point 11: 'actieplan sjabloon ../plannen/' suggested '../plannen.xlsx'."""
    import openpyxl

    werk = tmp_path / "werk"
    plannen = tmp_path / "plannen"
    werk.mkdir()
    plannen.mkdir()
    monkeypatch.chdir(werk)
    assert main(["sjabloon", "../plannen/"]) == 0
    target = plannen / "actieplan-2026-sjabloon.xlsx"
    assert capsys.readouterr().out.strip() == f"Sjabloon geschreven: {Path('../plannen') / target.name}"
    assert "Actiefiches" in openpyxl.load_workbook(target, read_only=True).sheetnames
    # still never over an existing file: a plan filled in under that name stays as it is
    target.write_bytes(b"mijn ingevuld plan")
    assert main(["sjabloon", "../plannen"]) == 2
    err = capsys.readouterr().err
    assert f"'{Path('../plannen') / target.name}' bestaat al" in err and "--overschrijven" in err
    assert target.read_bytes() == b"mijn ingevuld plan"
    assert main(["sjabloon", "../plannen", "--overschrijven"]) == 0
    assert target.read_bytes()[:2] == b"PK"


def test_sjabloon_into_a_folder_that_does_not_exist_or_under_a_lock_file_name(tmp_path, monkeypatch, capsys):
    """'actieplan sjabloon NIEUW/' said 'NIEUW' was no workbook name; '~$x.xlsx' wrote a template
    that controleer would skip as Excel's lock file."""
    monkeypatch.chdir(tmp_path)
    assert main(["sjabloon", "NIEUW/"]) == 2
    err = capsys.readouterr().err
    assert "De map 'NIEUW' bestaat niet" in err and "Traceback" not in err
    assert not (tmp_path / "NIEUW").exists()
    assert main(["sjabloon", "~$plan.xlsx"]) == 2
    err = capsys.readouterr().err
    assert "vergrendelbestanden" in err and "'actieplan sjabloon plan.xlsx'" in err
    assert not (tmp_path / "~$plan.xlsx").exists()


def _word_package(path: Path) -> Path:
    """A minimal .docx package: what Word writes, as far as a reader can tell."""
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path


@pytest.mark.parametrize("name", ["actieplan.doc", "actieplan.odt", "actieplan.rtf", "plan.xlsx"])
def test_a_word_document_is_named_so_with_the_way_into_the_template(tmp_path, capsys, name):
    """Point 7: the department's template is a Word document; 'open it in Excel and save as .xlsx'
    (or 'Opslaan als') was the wrong advice for it, by its suffix and renamed to .xlsx alike. A .docx
    is read since issue 22 (tests/read/docx); the other text formats are saved as .docx first."""
    path = tmp_path / name
    if name.endswith(".xlsx"):
        _word_package(path)
    else:
        path.write_bytes(b"{\\rtf1 Actieplan 2026}" if name.endswith(".rtf") else b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    out = tmp_path / "uit"
    assert main(["controleer", str(path), "--uitvoer", str(out)]) == 2
    err = capsys.readouterr().err
    if name == "plan.xlsx":
        assert f"'{name}' is een Word-document met de naam .xlsx, geen Excel-werkmap. Hernoem het naar .docx" in err, err
    else:
        assert f"'{name}' is een " in err and "'Opslaan als' > 'Word-document (*.docx)'" in err, err
    assert "Open het bestand in Excel" not in err and "'Excel-werkmap (*.xlsx)'" not in err
    assert not out.exists() or not any(out.iterdir())


def test_an_old_word_document_in_a_folder_is_skipped_with_advice(tmp_path, capsys):
    # a .docx is checked in folder mode (tests/run/test_word_commands.py); a .doc is not, and says how
    plannen = tmp_path / "plannen"
    plannen.mkdir()
    write_plan(plannen / "plan.xlsx")
    (plannen / "actieplan.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    assert main(["controleer", str(plannen), "--uitvoer", str(tmp_path / "uit"), "--processen", "1"]) == 0
    out = capsys.readouterr().out
    assert "Overgeslagen: actieplan.doc: een .doc-document" in out and "'Word-document (*.docx)'" in out, out


def _open_in_excel(plan: Path) -> Path:
    """Excel's owner file beside an open workbook: '~$' + the full name (165 bytes, the user's name)."""
    lock = plan.with_name("~$" + plan.name)
    lock.write_bytes(b"\x07Gebruiker".ljust(165, b"\x00"))
    return lock


OPEN_NOTICE = ("Let op: 'plan.xlsx' is open in Excel (er staat een vergrendelbestand '~$plan.xlsx' naast); bewaar het "
               "eerst, anders controleert actieplan de laatst bewaarde versie")


def test_a_workbook_open_in_excel_is_said_in_single_mode(tmp_path, capsys):
    """Point 6: the check (and the mail's attachment) is of the file as last saved; say so."""
    plan = write_plan(tmp_path / "plan.xlsx")
    assert main(["controleer", str(plan), "--uitvoer", str(tmp_path / "uit")]) == 0
    assert "vergrendelbestand" not in capsys.readouterr().out  # not open: nothing to say
    _open_in_excel(plan)
    assert main(["controleer", str(plan), "--uitvoer", str(tmp_path / "uit")]) == 0
    out = capsys.readouterr().out
    assert OPEN_NOTICE + " (die zit ook als bijlage in het concept-e-mailbericht)." in out
    assert "Bewaar de werkmap in Excel en controleer opnieuw." in out


def test_a_workbook_open_in_excel_is_said_for_several_files_and_on_its_row_in_folder_mode(tmp_path, capsys):
    import openpyxl

    plannen = tmp_path / "plannen"
    plannen.mkdir()
    plan = write_plan(plannen / "plan.xlsx")
    write_plan(plannen / "ander.xlsx")
    _open_in_excel(plan)
    assert main(["controleer", str(plan), str(plannen / "ander.xlsx"), "--uitvoer", str(tmp_path / "los"), "--processen", "1"]) == 0
    assert OPEN_NOTICE in capsys.readouterr().out
    out = tmp_path / "uit"
    assert main(["controleer", str(plannen), "--uitvoer", str(out), "--processen", "1"]) == 0
    said = capsys.readouterr().out
    assert OPEN_NOTICE in said
    assert "Overgeslagen: ~$plan.xlsx: tijdelijk vergrendelbestand van Excel" in said
    rows = {r[0]: r for r in openpyxl.load_workbook(out / "overzicht.xlsx").active.iter_rows(min_row=2, values_only=True)}
    assert "'plan.xlsx' is open in Excel" in rows["plan.xlsx"][-1]
    assert "vergrendelbestand" not in rows["ander.xlsx"][-1]  # (both name the zorgraad BruZEL: said on both rows)


def test_unsearched_sub_folders_are_named_alike_in_terminal_html_and_xlsx(tmp_path, capsys):
    """Point 16: the Overgeslagen sheet of overzicht.xlsx left out the sub-folders not searched."""
    import openpyxl

    plannen = tmp_path / "plannen"
    (plannen / "archief").mkdir(parents=True)
    write_plan(plannen / "plan.xlsx")
    write_plan(plannen / "archief" / "oud.xlsx")
    out = tmp_path / "uit"
    assert main(["controleer", str(plannen), "--uitvoer", str(out), "--processen", "1"]) == 0
    assert "Niet doorzocht: 1 submap ('archief')" in capsys.readouterr().out
    assert "<li><b>archief/</b></li>" in (out / "overzicht.html").read_text(encoding="utf-8")
    sheet = openpyxl.load_workbook(out / "overzicht.xlsx")["Overgeslagen"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows == [("archief/", "Niet doorzocht (submap). Werkmappen in submappen worden niet gecontroleerd; met "
                                 "--submappen worden ook de submappen doorzocht.")]


def _draft_body(path: Path) -> tuple[str, str]:
    import email
    from email import policy

    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    return message["Subject"], message.get_body(("plain",)).get_content()


def test_a_plan_ready_after_the_deadline_says_so_in_the_draft_and_the_output(tmp_path):
    """Point 17: 'indienen uiterlijk 15/10/2025' and 'Klaar om in te dienen' on 30/11/2026, without a word
    that the deadline had passed. The day is given, not read from the clock."""
    from datetime import date

    from actieplan.run.check import late_notice, run
    from actieplan.write.summary import render_summary

    plan = write_plan(tmp_path / "plan.xlsx")
    late = run(plan, tmp_path / "laat", today=date(2026, 11, 30), ruleset=RULESET)
    said = render_summary(late.report, late.outputs, [late_notice(late)])  # as `actieplan controleer` says it
    assert "Let op: De indiendatum (15/10/2025) is voorbij; het concept-e-mailbericht zegt dat." in said
    assert "vraag het departement (eerstelijn@vlaanderen.be)" in said
    subject, body = _draft_body(tmp_path / "laat" / "plan.eml")
    assert "De indiendatum (15/10/2025) is voorbij: dit actieplan wordt na de uiterste datum ingediend." in body
    assert "voorbij" not in subject
    # on the day itself and before it: nothing to say
    for day in (date(2025, 10, 15), date(2025, 9, 1)):
        ok = run(plan, tmp_path / f"op-tijd-{day}", today=day, ruleset=RULESET)
        assert late_notice(ok) is None
        assert "voorbij" not in _draft_body(tmp_path / f"op-tijd-{day}" / "plan.eml")[1]

    # a plan with errors gets no draft, but the deadline has passed all the same: said as the report
    # and the web page say it (issue 23, point 4), without naming a draft
    rows = valid_plan()
    rows["Actiefiches"][1]["Personeelscapaciteit (VTE)"] = "twee dagen"
    wrong = run(write_plan(tmp_path / "fout.xlsx", rows), tmp_path / "fout", today=date(2026, 11, 30), ruleset=RULESET)
    notice = late_notice(wrong)
    assert not wrong.report.ok and notice.startswith("De indiendatum (15/10/2025) is voorbij. Dien het actieplan")
    assert "concept-e-mailbericht" not in notice


def test_the_command_says_the_deadline_has_passed(tmp_path, monkeypatch, capsys):
    from datetime import date

    class Day(date):  # the check's day, fixed: 30/11/2026
        @classmethod
        def today(cls):
            return cls(2026, 11, 30)

    monkeypatch.setattr("actieplan.run.check.date", Day)
    plan = write_plan(tmp_path / "plan.xlsx")
    assert main(["controleer", str(plan), "--uitvoer", str(tmp_path / "uit")]) == 0
    out = capsys.readouterr().out
    assert "Klaar om in te dienen" in out and "Let op: De indiendatum (15/10/2025) is voorbij;" in out
    # with errors too, as the report and the web page say it (the third user try: only they did)
    rows = valid_plan()
    rows["Actiefiches"][1]["Personeelscapaciteit (VTE)"] = "twee dagen"
    broken = write_plan(tmp_path / "fout.xlsx", rows)
    assert main(["controleer", str(broken), "--uitvoer", str(tmp_path / "uit")]) == 1
    out = capsys.readouterr().out
    assert "Nog niet klaar" in out and "Let op: De indiendatum (15/10/2025) is voorbij. Dien het actieplan" in out


def test_folder_mode_says_the_deadline_has_passed_once(tmp_path, monkeypatch, capsys):
    from datetime import date

    class Day(date):
        @classmethod
        def today(cls):
            return cls(2026, 11, 30)

    monkeypatch.setattr("actieplan.run.check.date", Day)
    plannen = tmp_path / "plannen"
    plannen.mkdir()
    write_plan(plannen / "a.xlsx")
    write_plan(plannen / "b.xlsx")
    assert main(["controleer", str(plannen), "--uitvoer", str(tmp_path / "uit"), "--processen", "1"]) == 0
    out = capsys.readouterr().out
    assert out.count("is voorbij") == 1
    assert "Let op: De indiendatum (15/10/2025) is voorbij; de 2 concept-e-mailberichten zeggen dat." in out

    class Before(date):
        @classmethod
        def today(cls):
            return cls(2025, 10, 1)

    monkeypatch.setattr("actieplan.run.check.date", Before)
    assert main(["controleer", str(plannen), "--uitvoer", str(tmp_path / "uit"), "--processen", "1"]) == 0
    assert "is voorbij" not in capsys.readouterr().out


def _marks(out: str) -> list[str]:
    """The severity of each finding line the command printed, in order."""
    return [m.group(1) for m in re.finditer(r"^  (FOUT|WAARSCHUWING|INFO) ", out, re.M)]


def test_the_command_lists_errors_first_and_counts_the_infos(tmp_path, capsys):
    """Issue 23 point 1: the example's 2 FOUT lines came as lines 24 and 29 of 35, among 24 INFO lines.
    Errors, then warnings; the infos only counted while there are errors, all of them with --alles."""
    from paths import EXAMPLE

    assert main(["controleer", str(EXAMPLE), "--uitvoer", str(tmp_path / "uit")]) == 1
    out = capsys.readouterr().out
    findings = json.loads((tmp_path / "uit" / "voorbeeld-actieplan-2026.bevindingen.json").read_text(encoding="utf-8"))["findings"]
    infos = sum(1 for f in findings if f["severity"] == "info")
    errors = sum(1 for f in findings if f["severity"] == "error")
    warnings = sum(1 for f in findings if f["severity"] == "warning")
    assert errors and warnings and infos
    assert _marks(out) == ["FOUT"] * errors + ["WAARSCHUWING"] * warnings
    assert f"  … en {infos} meldingen ter info (toon ze met --alles)." in out.splitlines()
    # the findings file keeps the engine's order (by sheet and row): tools read it
    severities = [f["severity"] for f in findings]
    assert severities != sorted(severities, key=["error", "warning", "info"].index)

    assert main(["controleer", str(EXAMPLE), "--uitvoer", str(tmp_path / "alles"), "--alles"]) == 1
    out = capsys.readouterr().out
    assert _marks(out) == ["FOUT"] * errors + ["WAARSCHUWING"] * warnings + ["INFO"] * infos
    assert "--alles" not in out
    # within a severity, by sheet and row as before: the infos in the findings file's order
    listed = re.findall(r"^  INFO +(\S+)", out, re.M)
    expected = [f["sheet"] + (f"!{f['cell']}" if f["cell"] else f" rij {f['row']}" if f["row"] else "") for f in findings
                if f["severity"] == "info"]
    assert [w.split(" ")[0] for w in listed] == [e.split(" ")[0] for e in expected]


def test_without_errors_the_infos_are_listed_after_the_warnings():
    """Only errors hide the infos (a count and --alles); a plan without errors lists them all, after its warnings."""
    from actieplan.model import Finding, Report, Severity
    from actieplan.write.summary import render_summary

    def finding(severity: Severity, cell: str) -> Finding:
        return Finding("r", severity, "Capaciteit", cell, int(cell[1:]), None, f"melding {cell}")

    report = Report("plan.xlsx", [finding(Severity.INFO, "C5"), finding(Severity.WARNING, "C6"), finding(Severity.INFO, "C7")])
    out = render_summary(report)
    assert _marks(out) == ["WAARSCHUWING", "INFO", "INFO"]
    assert "Capaciteit!C5" in out.splitlines()[2] and "--alles" not in out


def test_the_report_and_the_controle_sheet_say_the_deadline_has_passed(tmp_path):
    """Issue 23 point 4: on 06/12/2026 the report's 'Wat nu?' still said 'Dien het actieplan ten laatste op
    15/10/2025 in'. The report and the Controle sheet say it as the command line says it; a plan with
    errors as well as a ready one."""
    from datetime import date
    from html import unescape

    import openpyxl

    from actieplan.run.check import late_notice, run

    day = date(2026, 12, 6)
    rows = valid_plan()
    rows["Actiefiches"][1]["Personeelscapaciteit (VTE)"] = "twee dagen"
    for name, plan_rows in (("klaar", None), ("fout", rows)):
        plan = write_plan(tmp_path / f"{name}.xlsx", plan_rows)
        result = run(plan, tmp_path / name, today=day, ruleset=RULESET)
        steps = unescape((tmp_path / name / f"{name}.rapport.html").read_text(encoding="utf-8"))
        steps = " ".join(re.sub(r"<[^>]+>", "", steps[steps.index('id="volgende-stappen"'):]).split())
        assert "ten laatste op 15/10/2025" not in steps and "Uiterste datum van indienen" not in steps
        advice = "Dien het actieplan zo snel mogelijk in, of vraag het departement (eerstelijn@vlaanderen.be) hoe het verder moet."
        assert f"De indiendatum (15/10/2025) is voorbij" in steps and advice in steps
        if result.report.ok:  # the command line's words, the hint about a later year aside
            said = late_notice(result)
            assert said.split(" Is dit")[0] in steps
        help_text = openpyxl.load_workbook(tmp_path / name / f"{name}.gecontroleerd.xlsx")["Controle"]["A3"].value
        assert f"De indiendatum (15/10/2025) is voorbij. {advice}" in help_text
    # before the deadline: the deadline, nothing about it having passed
    run(write_plan(tmp_path / "vroeg.xlsx"), tmp_path / "vroeg", today=date(2025, 10, 1), ruleset=RULESET)
    html = (tmp_path / "vroeg" / "vroeg.rapport.html").read_text(encoding="utf-8")
    assert "Uiterste datum van indienen: 15/10/2025" in html and "voorbij" not in html


def test_a_word_document_open_in_word_is_said_in_its_own_words(tmp_path, capsys):
    """Word's owner file drops the first two characters of a long name ('actieplan.docx' ->
    '~$tieplan.docx'); the note speaks of the document and Word, not of a workbook and Excel."""
    from wordplan import write_word_plan

    plan = write_word_plan(tmp_path / "actieplan.docx")
    lock = tmp_path / "~$tieplan.docx"
    lock.write_bytes(b"\x07Gebruiker".ljust(162, b"\x00"))
    main(["controleer", str(plan), "--uitvoer", str(tmp_path / "uit")])
    out = capsys.readouterr().out
    assert "'actieplan.docx' is open in Word (er staat een vergrendelbestand '~$tieplan.docx' naast)" in out
    assert "Bewaar het document in Word en controleer opnieuw." in out and "werkmap in" not in out
    # the owner file itself, given as the plan or met in a folder, is named as Word's
    assert main(["controleer", str(lock), "--uitvoer", str(tmp_path / "uit2")]) == 2
    err = capsys.readouterr().err
    assert "vergrendelbestand dat Word maakt terwijl een document open is" in err and "Excel" not in err
    plannen = tmp_path / "plannen"
    plannen.mkdir()
    plan.rename(plannen / plan.name)
    lock.rename(plannen / lock.name)
    main(["controleer", str(plannen), "--uitvoer", str(tmp_path / "uit3"), "--processen", "1"])
    out = capsys.readouterr().out
    assert "~$tieplan.docx: tijdelijk vergrendelbestand van Word" in out
