"""A year's rule set is one swappable package (issue 9): `actieplan regelset nieuw` makes next
year's set without touching the mechanism, `--regelset` picks one, and every output shows the
rule set that checked the workbook."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from paths import EXAMPLE, ROOT
from workbooks import RULESET, valid_plan, write_plan

from actieplan.run.check import run
from actieplan.run.cli import main
from actieplan.plugin.registry import resolve


def _copy_project(tmp: Path) -> Path:
    """The package as installed (pipeline/ as actieplan, rules/ as actieplan.rules), in ``tmp``, with
    the 2026 rule set as its newest (a later year installed beside it is left out: these tests make 2027)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")

    def only_2026(folder: str, names: list[str]) -> set[str]:
        later = {n for n in names if Path(folder) == ROOT / "rules" and n.startswith("jaar") and n != "jaar2026"}
        return set(ignore(folder, names)) | later

    shutil.copytree(ROOT / "pipeline", tmp / "actieplan", ignore=ignore)
    shutil.copytree(ROOT / "rules", tmp / "actieplan" / "rules", ignore=only_2026)
    shutil.copy(ROOT / "pyproject.toml", tmp / "pyproject.toml")
    return tmp


def _run(copy: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    # the copy comes first on the path: it, not the installed package, answers `import actieplan`
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(copy), str(ROOT / "tests" / "helpers")])}
    env.pop("ACTIEPLAN_REGELSET", None)  # these commands use the newest set, as a user's do
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


MAKE_PLAN = """
import sys
from workbooks import shift_years
from workbooks import valid_plan
from actieplan.plugin.registry import resolve
from actieplan.write.template import write_template
rows = shift_years(valid_plan(), 1)
# 2027 starts the next multi-year plan (2027-2032), it does not shift 2024-2026
next(r for r in rows["Algemeen"] if r["Veld"] == "Meerjarenplan")["Waarde"] = "2027-2032"
write_template(sys.argv[1], rows, ruleset=resolve("2027"))
"""


def _texts_of_xlsx_sheet(path: Path, sheet: str) -> str:
    """Every string of one sheet of a workbook (shared strings it uses, inline strings)."""
    import openpyxl

    ws = openpyxl.load_workbook(path, read_only=True)[sheet]
    return " ".join(str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None)


@pytest.mark.slow  # installs a copy of the project
def test_a_2027_rule_set_made_by_the_command_checks_a_2027_plan(tmp_path):
    copy = _copy_project(tmp_path / "project")
    work = tmp_path / "work"
    work.mkdir()
    made = _run(copy, "-m", "actieplan", "regelset", "nieuw", "2027", cwd=work)
    assert made.returncode == 0, made.stderr
    package = copy / "actieplan" / "rules" / "jaar2027"
    assert "actieplan-2027" in made.stdout and (package / "NAKIJKEN.md").is_file()
    # a year is data plus the rules it names: no rule code is copied
    python = list(package.glob("*.py"))
    assert [p.name for p in python] == ["__init__.py"]
    assert sum(len(p.read_text(encoding="utf-8").splitlines()) for p in python) <= 400
    settings = (package / "settings.toml").read_text(encoding="utf-8")
    assert 'werkjaar = 2027' in settings and "indiendatum = 2026-10-15" in settings
    # 2026 was the last year of the plan 2024-2026: the next plan starts in 2027 and lasts 6 years
    assert 'meerjarenplan = "2027-2032"' in settings and "meerjarenplan_start = 2027" in settings
    assert "meerjarenplan_einde = 2032" in settings and "volgend_meerjarenplan_jaren = 6" in settings
    pyproject = (copy / "pyproject.toml").read_text(encoding="utf-8")
    assert '"actieplan.rules.jaar2026", "actieplan.rules.jaar2027"]' in pyproject
    assert '"actieplan.rules.jaar2027" = ["*.toml", "*.md", "*.json"]' in pyproject
    catalogue = (package / "REGELS.md").read_text(encoding="utf-8")

    assert "Regelset `actieplan-2027`: werkjaar 2027, meerjarenplan 2027-2032, indienen uiterlijk 15/10/2026" in catalogue
    # where the wording is ours (the summaries), it names the new year from its settings
    assert "Het werkjaar in Algemeen is het jaar van de regelset (2027); is het een ander jaartal" in catalogue
    assert "de periode van de regelset (2027-2032)" in catalogue and "uiterste indiendatum (15/10/2026)" in catalogue
    assert "(actieplan-2027)" in catalogue and "(2024-2026)" not in catalogue and "(15/10/2025)" not in catalogue
    checklist = (package / "NAKIJKEN.md").read_text(encoding="utf-8")
    assert "Meerjarenplan 2027-2032: het meerjarenplan 2024-2026 liep af in 2026" in checklist
    assert "Bevestig de periode" in checklist
    assert "`capaciteit-f-som-fiches`" in checklist and "F De optelsom van de geschatte VTE" in checklist
    # the mechanism is untouched: the copy's pipeline is byte for byte the original
    for path in (ROOT / "pipeline").rglob("*.py"):
        relative = path.relative_to(ROOT / "pipeline")
        assert (copy / "actieplan" / relative).read_bytes() == path.read_bytes(), relative
    listed = _run(copy, "-m", "actieplan", "regelset", "lijst", cwd=work)
    assert "2026: actieplan-2026" in listed.stdout and "2027: actieplan-2027" in listed.stdout and "nieuwste" in listed.stdout
    again = _run(copy, "-m", "actieplan", "regelset", "nieuw", "2027", cwd=work)
    assert again.returncode == 2 and "nieuwste regelset is die van 2027" in again.stderr and "Traceback" not in again.stderr

    (work / "make_plan.py").write_text(MAKE_PLAN, encoding="utf-8")
    plan = work / "plan-2027.xlsx"
    written = _run(copy, str(work / "make_plan.py"), str(plan), cwd=work)
    assert written.returncode == 0, written.stderr
    checked = _run(copy, "-m", "actieplan", "controleer", str(plan), "--uitvoer", str(work / "out"), cwd=work)
    assert checked.returncode == 0, checked.stdout + checked.stderr  # the newest set is the default
    assert "Klaar om in te dienen" in checked.stdout
    # the 2027 plan checked with the 2026 set: the werkjaar finding names the set that fits
    older = _run(copy, "-m", "actieplan", "controleer", str(plan), "--regelset", "2026", "--uitvoer", str(work / "oud"), cwd=work)
    assert "algemeen-werkjaar" in older.stdout and "controleer het met --regelset 2027" in older.stdout, older.stdout
    assert "alleen het werkjaar is gecontroleerd" in older.stdout  # the year gate: no follow-up findings

    out = work / "out"
    findings = json.loads((out / "plan-2027.bevindingen.json").read_text(encoding="utf-8"))
    mail = BytesParser(policy=policy.default).parsebytes((out / "plan-2027.eml").read_bytes())
    outputs = {
        "json": json.dumps(findings, ensure_ascii=False),
        "html": (out / "plan-2027.rapport.html").read_text(encoding="utf-8"),
        "controle": _texts_of_xlsx_sheet(out / "plan-2027.gecontroleerd.xlsx", "Controle"),
        "mail": f"{mail['Subject']} {mail['To']} {mail.get_body(('plain',)).get_content()}",
    }
    run_id = findings["run"]["id"] if "run" in findings else ""
    today = date.today()
    for name, text in outputs.items():
        assert "2027" in text, name
        assert "15/10/2026" in text or "2026-10-15" in text, f"{name}: the 2027 set's deadline"
        # nothing of the 2026 set (its id, year, period or deadline): only the new deadline, today's
        # date and the run's id (a timestamp) may hold the digits 2026
        rest = text.replace("15/10/2026", "").replace("2026-10-15", "").replace(run_id, "")
        rest = rest.replace(f"{today:%d/%m/%Y}", "").replace(f"{today:%Y%m%d}", "")
        assert "2026" not in rest, (name, rest[max(0, rest.find("2026") - 80) : rest.find("2026") + 40])
        assert "15/10/2025" not in text and "2024-2026" not in text, name


def test_regelset_picks_the_year_and_an_unknown_year_is_refused(tmp_path, capsys):
    assert main(["controleer", str(write_plan(tmp_path / "plan.xlsx")), "--uitvoer", str(tmp_path / "out"), "--regelset", "2026"]) == 0
    assert "actieplan-2026" in (tmp_path / "out" / "plan.rapport.html").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["controleer", str(EXAMPLE), "--uitvoer", str(tmp_path / "out2"), "--regelset", "1999"]) == 2
    err = capsys.readouterr().err
    assert "Er is geen regelset voor '1999'" in err and "2026" in err and "Traceback" not in err
    assert not (tmp_path / "out2").exists()


def test_f_equal_to_the_fiches_within_tolerance_is_consistent_in_every_output(tmp_path):
    """F = 1,11 while the fiches add up to 1,1: within 0,01 VTE, so no finding, and no writer says otherwise."""
    rows = valid_plan()
    cap = next(r for r in rows["Capaciteit"] if r["Code"] == "F")
    cap["Geschatte capaciteit in # VTE"] = 1.11
    total = next((r for r in rows["Capaciteit"] if str(r["Code"]).replace(" ", "") == "B+C+D+E+F"), None)
    if total is not None:
        total["Geschatte capaciteit in # VTE"] = None  # the total row is not what this test is about
    result = run(write_plan(tmp_path / "plan.xlsx", rows), tmp_path / "out", ruleset=RULESET)
    report = result.report
    assert report.facts.capaciteit["F"] == 1.11 and report.facts.som_vte_fiches == 1.1
    assert "capaciteit-f-som-fiches" not in {f.rule for f in report.findings}
    html = (tmp_path / "out" / "plan.rapport.html").read_text(encoding="utf-8")
    assert "niet gelijk aan de som van de actiefiches" not in html
    assert "stemt overeen met de som van de actiefiches" in html and "0,01 VTE" in html
    findings = json.loads((tmp_path / "out" / "plan.bevindingen.json").read_text(encoding="utf-8"))
    assert all(f["rule"] != "capaciteit-f-som-fiches" for f in findings["findings"])
    controle = _texts_of_xlsx_sheet(tmp_path / "out" / "plan.gecontroleerd.xlsx", "Controle")
    assert "capaciteit-f-som-fiches" not in controle and "niet gelijk" not in controle
    # and just outside the tolerance every output says the same the other way round
    cap["Geschatte capaciteit in # VTE"] = 1.12
    result = run(write_plan(tmp_path / "plan2.xlsx", rows), tmp_path / "out2", ruleset=RULESET)
    assert "capaciteit-f-som-fiches" in {f.rule for f in result.report.findings}
    html = (tmp_path / "out2" / "plan2.rapport.html").read_text(encoding="utf-8")
    assert "F (1,12 VTE) is niet gelijk aan de som van de actiefiches" in html


def test_two_years_live_side_by_side_in_one_process():
    """No global registry: a rule set is built from its own modules, and the 2026 one is not changed by loading another."""
    rs = resolve("2026")
    assert rs is resolve("actieplan-2026") and rs.werkjaar == 2026
    assert list(rs.rules) == [r.id for r in rs.ordered()]
    assert {"blad-ontbreekt", "cel-foutwaarde", "capaciteit-f-som-fiches"} <= set(rs.rules)


def test_summaries_take_their_numbers_from_the_settings():
    import copy
    import dataclasses

    from actieplan.plugin.catalogue import render_catalogue

    rs = resolve("2026")
    assert "(binnen 0,01 VTE)" in rs.summary(rs.rules["capaciteit-f-som-fiches"])
    assert "minstens 85% van A" in rs.summary(rs.rules["capaciteit-onder-a"])
    assert "(25 tekens)" in rs.summary(rs.rules["fiche-tekst-kort"])
    raw = copy.deepcopy(rs.settings.raw)
    raw["capaciteit"].update(tolerantie_vte=0.05, ondergrens_fractie=0.9)
    other = dataclasses.replace(rs, settings=dataclasses.replace(rs.settings, raw=raw))
    assert "(binnen 0,05 VTE)" in other.summary(other.rules["capaciteit-f-som-fiches"])
    catalogue = render_catalogue(other)
    assert "minstens 90% van A" in catalogue and "85%" not in catalogue and "0,01 VTE" not in catalogue


def test_validating_leaves_a_callers_frozen_objects_frozen(tmp_path):
    """No interpreter-wide state changed by a library call: a server that froze its objects keeps them frozen."""
    import gc

    from actieplan.run.check import check_workbook

    path = write_plan(tmp_path / "plan.xlsx")
    assert gc.get_freeze_count() == 0
    check_workbook(path, ruleset=RULESET)
    assert gc.get_freeze_count() == 0  # left as found
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        check_workbook(path, ruleset=RULESET)
        assert gc.get_freeze_count() > 0.9 * before  # not thawed (a few frozen objects may be freed)
    finally:
        gc.unfreeze()


def test_the_mechanism_names_no_year():
    """No year in the mechanism's code: a year is a rule set's data. (That the mechanism imports no
    rule set is an import-linter contract, checked on the AST by tests/test_contracts.py.)"""
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted((ROOT / "pipeline").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "2026" in line  # the year of the rule set installed with it (namespace URIs carry other years)
    ]
    assert found == []


def test_settings_are_validated_when_a_rule_set_is_loaded():
    import pytest

    from actieplan.plugin.settings import RuleSetError, parse_settings

    text = (resolve("2026").path / "settings.toml").read_text(encoding="utf-8")
    assert parse_settings(text, "settings.toml").werkjaar == 2026
    for wrong, said in (
        ("werkjaar = 2026", "werkjaar = \"2026\""),
        ("meerjarenplan = \"2024-2026\"", "meerjarenplan = \"2023-2026\""),
        ("indiendatum = 2025-10-15", "indiendatum = \"15 oktober\""),
        ("departement_email = \"eerstelijn@vlaanderen.be\"", "departement_email = \"eerstelijn\""),
        ("volgend_meerjarenplan_jaren = 6", "volgend_meerjarenplan_jaren = 0"),
    ):
        assert wrong in text
        with pytest.raises(RuleSetError) as exc:
            parse_settings(text.replace(wrong, said, 1), "settings.toml")
        assert "settings.toml" in str(exc.value) and said.split(" = ")[0] in str(exc.value)


def test_a_new_rule_set_is_refused_in_an_installed_copy(tmp_path):
    """Without a developer's copy (no pyproject.toml above the rules) the new set would be lost at the next install."""
    copy = _copy_project(tmp_path / "site-packages")
    (copy / "pyproject.toml").unlink()
    work = tmp_path / "work"
    work.mkdir()
    made = _run(copy, "-m", "actieplan", "regelset", "nieuw", "2027", cwd=work)
    assert made.returncode == 2 and "pip install -e ." in made.stderr and "kopie voor ontwikkelaars" in made.stderr
    assert "Traceback" not in made.stderr, made.stderr
    assert not (copy / "actieplan" / "rules" / "jaar2027").exists()


def test_the_period_stays_while_the_new_year_lies_in_it():
    from actieplan.plugin.scaffold import shift_settings

    base = resolve("2026")
    text = (base.path / "settings.toml").read_text(encoding="utf-8")
    shifted = text.replace("meerjarenplan_einde = 2026", "meerjarenplan_einde = 2028").replace('"2024-2026"', '"2024-2028"')
    from actieplan.plugin.settings import parse_settings

    old = parse_settings(shifted, "settings.toml")
    new = parse_settings(shift_settings(shifted, old, 1), "settings.toml")
    assert new.werkjaar == 2027 and new.meerjarenplan_jaren == (2024, 2028) and new.meerjarenplan == "2024-2028"
    past = parse_settings(shift_settings(text, base.settings, 1), "settings.toml")
    assert past.meerjarenplan_jaren == (2027, 2032) and past.meerjarenplan == "2027-2032"


def test_the_werkjaar_finding_names_the_rule_set_of_the_plans_year(tmp_path, monkeypatch):
    import actieplan.plugin.registry

    installed = actieplan.plugin.registry.available()
    monkeypatch.setattr(actieplan.plugin.registry, "available", lambda: {**installed, "2027": "actieplan.rules.jaar2027"})
    for year, hint in ((2027, True), (2025, False)):
        rows = valid_plan()
        next(r for r in rows["Algemeen"] if r["Veld"] == "Werkjaar")["Waarde"] = year
        report = run(write_plan(tmp_path / f"plan{year}.xlsx", rows), tmp_path / f"out{year}", ruleset=resolve("2026")).report
        [found] = [f for f in report.findings if f.rule == "algemeen-werkjaar"]
        assert f"Werkjaar '{year}'" in found.message and "Verwacht: 2026." in found.message
        assert ("controleer het met --regelset 2027" in found.message) is hint, found.message
