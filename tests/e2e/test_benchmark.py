"""The benchmark's generator and table at tiny sizes: that it works, not how fast (no timed test)."""

from collections import Counter

import pytest

import benchmark
from benchmark import main, render_targets
from plannen import plan_data, write_folder, write_workbook
from actieplan.run.check import check_workbook
from workbooks import RULESET  # the rule set the test plans are written for

pytestmark = pytest.mark.slow  # the benchmark's processes at tiny sizes


def test_generated_plan_follows_the_contract_without_findings(tmp_path):
    path = write_workbook(tmp_path / "plan.xlsx", 12, seed=3)
    workbook, report = check_workbook(path, ruleset=RULESET)
    # some VTE are typed as text, as people do ('0,3 VTE'): read as numbers, noted for information only
    assert [f for f in report.findings if f.rule != "getal-als-tekst"] == []
    assert all(f.severity.value == "info" and f.column == "Personeelscapaciteit (VTE)" for f in report.findings)
    rows = {name: len(sheet.frame) for name, sheet in workbook.sheets.items()}
    assert rows["Actiefiches"] == 12 and rows["Stuurgroepen"] == 12
    assert rows["Netwerkevents"] == rows["Doorlopende acties"] == 6
    assert report.facts.aantal_fiches == 12
    assert report.facts.capaciteit["F"] == report.facts.som_vte_fiches


def test_texts_are_as_long_as_a_real_plan():
    fiche = plan_data(40, seed=1)["Actiefiches"]
    mean = sum(len(f["Wat?"]) + len(f["Waarom?"]) + len(f["Plan van aanpak en mijlpalen"]) for f in fiche) / len(fiche)
    assert 2000 < mean < 4500  # BruZEL 2026: about 3.000 characters in these three cells


def test_planted_mistakes_are_found(tmp_path):
    path = write_workbook(tmp_path / "fout.xlsx", 8, seed=2, errors=7)
    _, report = check_workbook(path, ruleset=RULESET)
    rules = Counter(f.rule for f in report.findings)
    for rule in ("getal-ongeldig", "cel-verplicht", "od-code-ongeldig", "vinkvak-ongeldig", "ja-nee-ongeldig", "getal-negatief"):
        assert rules[rule] >= 1, rule
    assert not report.ok


def test_folder_of_plans_varies_size_and_mistakes(tmp_path):
    paths = write_folder(tmp_path / "map", count=8, seed=4)
    assert len({p.name for p in paths}) == 8
    sizes, failing = set(), 0
    for path in paths:
        workbook, report = check_workbook(path, ruleset=RULESET)
        sizes.add(len(workbook.sheets["Actiefiches"].frame))
        failing += not report.ok
    assert len(sizes) > 1 and all(3 <= n <= 15 for n in sizes)
    assert 0 < failing < 8


def test_benchmark_prints_the_table_at_tiny_sizes(capsys):
    assert main(["--sizes", "2,4", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    for label in ("lezen", "valideren", "end-to-end (run)", "peer: calamine (kaal lezen)", "lezen / calamine",
                  "schrijven: json", "piekgeheugen (MB)", "piek t/m lezen (MB)", "piek t/m valideren (MB)",
                  "geheugen na imports (MB)", "Doelen (issues 6, 10 en 21)"):
        assert label in out, label
    if benchmark.frictionless_available():
        assert "peer: frictionless validate" in out and "end-to-end / frictionless" in out
    header = next(line for line in out.splitlines() if line.startswith("fiches"))
    assert header.split()[1:] == ["2", "4"]


def test_without_frictionless_a_note_and_no_column(capsys, monkeypatch):
    monkeypatch.setattr(benchmark, "frictionless_available", lambda: False)
    assert main(["--sizes", "2", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "frictionless is niet geïnstalleerd" in out
    assert "peer: frictionless" not in out and "peer: calamine" in out


def _result(validate, e2e, fl=None, copy=None, peak=None):
    out = {"stages": {"lezen": 0.1, "valideren": validate, "end-to-end": e2e}, "peers": {"frictionless": fl} if fl else {}}
    if copy is not None:
        out["writers"] = {"annotated": copy}
    if peak is not None:
        out["memory"] = {"piek_mb": peak}
    return out


def test_targets_are_judged_from_the_figures():
    good = {1_000: _result(0.05, 1.0), 5_000: _result(0.2, 1.5, fl=7.0, copy=0.1), 10_000: _result(0.4, 3.0, fl=8.0, peak=200)}
    text = render_targets(good)
    # issue 6: validation, scaling, faster than frictionless; issue 10: copy, end to end, ratio, memory;
    # issue 21: the ratio at 10,000 fiches
    assert text.count("NIET GEHAALD") == 0 and text.count("GEHAALD") == 8
    assert "bij 10.000 fiches <= 0.4x (issue 21, CPU-tijd): 0.38x  GEHAALD" in text
    bad = {1_000: _result(0.05, 1.0), 5_000: _result(0.2, 8.0, fl=7.0, copy=4.0), 10_000: _result(0.6, 13.0, fl=8.0, peak=451)}
    assert render_targets(bad).count("NIET GEHAALD") == 8


def test_vorig_jaar_timing_runs_at_tiny_sizes():
    results = benchmark.time_vorig_jaar([2, 3])
    assert set(results) == {2, 3}
    assert all(r["valideren"] > 0 and r["met_vorig_jaar"] > 0 for r in results.values())


def test_extreme_inputs_at_tiny_sizes(tmp_path, monkeypatch, capsys):
    """The long-title and all-wrong cases of issue 12 (real sizes: python tools/benchmark.py --extreem)."""
    import plannen

    monkeypatch.setattr(benchmark, "LONG_TITLE_SIZES", (20, 40))
    monkeypatch.setattr(benchmark, "ALL_WRONG_SIZES", (30,))
    assert benchmark.main(["--extreem", "--keep", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "| 20 | 10 |" in out and "| 40 | 20 |" in out
    row = next(line for line in out.splitlines() if line.startswith("| 30 |"))
    assert row.count("|") == 8 and " MB |" in row
    data = plannen.long_title_data(5)
    assert all(len(f["Titel actie"].split()) >= 24 for f in data["Actiefiches"])
    assert all(v == "-" for f in plannen.all_wrong_data(3)["Actiefiches"] for v in f.values())
