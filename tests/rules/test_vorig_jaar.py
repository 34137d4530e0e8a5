"""`--vorig-jaar`: the plan against last year's plan (rules/common/vorig_jaar.py, pipeline/vorig_jaar.py).

The real example (BruZEL 2026) against its 2025 plan (workbooks/voorbeeld-actieplan-2025.xlsx,
reconstructed from the example's own texts, tools/vorig_jaar_data.py). Judged by reading both:
- `Workshops inclusieve zorg (2025, ...)` and `Hulp- en zorgzones (2025)` are last year's fiches
  rows 4 and 5, continued properly as ongoing actions: no finding;
- last year's Zorgwijkoverleg, Buurtprojecten and Eerstelijnsmeeting fiches (rows 6-8) go on as
  network events with "Link eerdere actiefiche: Ja": no finding;
- last year's gezondheidsfiches and prevention fiches (rows 9 and 11) are followed by new 2026
  fiches on the same subject with their own texts: no copy, not gone;
- last year's `BruZEL actualiseert de lokale sociale kaart van Jette` (row 10) is nowhere in
  2026: the one real finding, an info ("afgerond?");
- A went from 6,6 to 6,18 VTE (-6%): within 10%, no finding.
"""

import copy
import json
import runpy

import openpyxl
import pytest
from paths import EXAMPLE, ROOT

from actieplan.run.check import check_workbook, run
from actieplan.run.cli import main
from actieplan.errors import UnreadableWorkbook
from actieplan.write.template import write_template
from workbooks import RULESET  # the rule set the test plans are written for

PREVIOUS = ROOT / "workbooks" / "voorbeeld-actieplan-2025.xlsx"
EXPECTED_EXTRA = {("Doorlopende acties", None, "vorig-jaar-fiche-verdwenen", "info")}


def _example_data():
    maak = runpy.run_path(str(ROOT / "tools" / "maak_voorbeeld.py"))
    return maak["example_data"]()


def _previous_fiches():
    return runpy.run_path(str(ROOT / "tools" / "vorig_jaar_data.py"))["ACTIEFICHES"]


def _triples(report):
    return {(f.sheet, f.cell, f.rule, f.severity.value) for f in report.findings}


def test_previous_plan_is_in_sync_with_its_generator(tmp_path):
    from workbooks import workbook_cells

    maak = runpy.run_path(str(ROOT / "tools" / "maak_vorig_jaar.py"))
    fresh = maak["main"](tmp_path / "vorig.xlsx")
    assert workbook_cells(fresh) == workbook_cells(PREVIOUS)
    ws = openpyxl.load_workbook(PREVIOUS)["Doorlopende acties"]
    assert ws["B3"].value == "Mijlpalen in 2025"


def test_example_against_its_previous_plan_reports_exactly_the_real_findings():
    alone = check_workbook(EXAMPLE, ruleset=RULESET)[1]
    compared = check_workbook(EXAMPLE, vorig_jaar=PREVIOUS, ruleset=RULESET)[1]
    assert _triples(compared) == _triples(alone) | EXPECTED_EXTRA, [f"{f.where} {f.rule}: {f.message}" for f in compared.findings]
    (gone,) = [f for f in compared.findings if f.rule == "vorig-jaar-fiche-verdwenen"]
    assert "lokale sociale kaart van Jette" in gone.message and "rij 10" in gone.message
    summary = compared.facts.vorig_jaar
    assert summary["werkmap"] == PREVIOUS.name and summary["werkjaar"] == 2025
    # five fiches this year: two follow a fiche of last year ("verwant"), three are new; none counted twice
    related = {d["fiche"] for d in summary["verwant"]}
    assert summary["gekopieerd"] == [] and len(summary["nieuw"]) == 3 and len(related) == 2
    assert not related & set(summary["nieuw"])
    assert {d["rij_vorig"]: d["blad"] for d in summary["doorlopend"]} == {
        4: "Doorlopende acties", 5: "Doorlopende acties", 6: "Netwerkevents", 7: "Netwerkevents", 8: "Netwerkevents"}
    assert {d["rij_vorig"] for d in summary["verwant"]} == {9, 11}
    assert [d["rij_vorig"] for d in summary["verdwenen"]] == [10]
    assert summary["capaciteit"]["A"] == 6.6 and summary["capaciteit"]["F"] == 2.3


def test_valid_plan_against_last_years_plan_has_no_findings(check):
    report = check(vorig=True)
    assert [(f.where, f.rule, f.message) for f in report.findings] == []


def _example_with_fiche(tmp_path, fiche, at=None):
    data, merges = _example_data()
    data = copy.deepcopy(data)
    if at is None:
        data["Actiefiches"].append(fiche)
    else:
        data["Actiefiches"][at] = fiche
    return write_template(tmp_path / "variant-2026.xlsx", data, merges, ruleset=RULESET)


@pytest.mark.parametrize("index", range(8))
def test_every_fiche_of_last_year_pasted_into_the_example_is_caught_at_its_row(tmp_path, index):
    fiche = dict(_previous_fiches()[index])
    path = _example_with_fiche(tmp_path, fiche)  # the 6th fiche: Excel row 9
    report = check_workbook(path, vorig_jaar=PREVIOUS, ruleset=RULESET)[1]
    copies = [f for f in report.findings if f.rule == "vorig-jaar-fiche-gekopieerd"]
    assert [(f.sheet, f.cell) for f in copies] == [("Actiefiches", "C9")]
    assert f"rij {index + 4}" in copies[0].message and fiche["Titel actie"][:30] in copies[0].message


def test_a_lightly_edited_copy_in_place_of_a_fiche_is_caught_there(tmp_path):
    fiche = dict(_previous_fiches()[2])  # Zorgwijkoverleg
    fiche["Titel actie"] = "BruZEL zet het zorgwijkoverleg verder in vier regio's"
    fiche["Wat?"] = fiche["Wat?"].replace("2025", "2026") + " In 2026 voegen we een online editie toe."
    fiche["Plan van aanpak en mijlpalen"] = fiche["Plan van aanpak en mijlpalen"].replace("2025", "2026")
    path = _example_with_fiche(tmp_path, fiche, at=1)  # instead of fiche 2 (row 5)
    report = check_workbook(path, vorig_jaar=PREVIOUS, ruleset=RULESET)[1]
    copies = [f for f in report.findings if f.rule == "vorig-jaar-fiche-gekopieerd"]
    assert [f.cell for f in copies] == ["C5"]
    assert "Doorlopende acties" in copies[0].message and "rij 6" in copies[0].message


def test_an_ongoing_action_with_a_made_up_2025_title_is_caught(tmp_path):
    data, merges = _example_data()
    data = copy.deepcopy(data)
    data["Doorlopende acties"].append(dict(data["Doorlopende acties"][0], **{"Titel + jaar actiefiche": "Zorgpad dementie in de wijk (2025)"}))
    data["Doorlopende acties"].append(dict(data["Doorlopende acties"][0], **{"Titel + jaar actiefiche": "Sociale kaart Jette (2025, 2024)"}))
    path = write_template(tmp_path / "variant.xlsx", data, merges, ruleset=RULESET)
    report = check_workbook(path, vorig_jaar=PREVIOUS, ruleset=RULESET)[1]
    found = [f for f in report.findings if f.rule == "vorig-jaar-doorlopend-onbekend"]
    assert [(f.sheet, f.cell) for f in found] == [("Doorlopende acties", "A6")]
    assert "Zorgpad dementie in de wijk (2025)" in found[0].message
    # the real sociale kaart is now continued: it is no longer reported as gone
    assert not [f for f in report.findings if f.rule == "vorig-jaar-fiche-verdwenen"]


def test_findings_json_names_the_previous_workbook_only_when_given(tmp_path):
    run(EXAMPLE, tmp_path / "met", vorig_jaar=PREVIOUS, ruleset=RULESET)
    run(EXAMPLE, tmp_path / "zonder", ruleset=RULESET)
    met = json.loads((tmp_path / "met" / "voorbeeld-actieplan-2026.bevindingen.json").read_text(encoding="utf-8"))
    zonder = json.loads((tmp_path / "zonder" / "voorbeeld-actieplan-2026.bevindingen.json").read_text(encoding="utf-8"))
    assert met["vorig_jaar"] == PREVIOUS.name and list(met)[:3] == ["run", "workbook", "vorig_jaar"]
    assert "vorig_jaar" not in zonder


def test_the_previous_workbook_is_never_modified(tmp_path):
    before = PREVIOUS.read_bytes()
    assert main(["controleer", str(EXAMPLE), "--vorig-jaar", str(PREVIOUS), "--uitvoer", str(tmp_path)]) == 1
    assert PREVIOUS.read_bytes() == before
    assert not list(tmp_path.glob("voorbeeld-actieplan-2025*"))  # last year's plan is not judged


def _refused(capsys, *args):
    assert main(["controleer", str(EXAMPLE), "--vorig-jaar", *map(str, args)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


def test_bad_previous_workbooks_are_refused_in_dutch(tmp_path, capsys):
    err = _refused(capsys, tmp_path / "vorig.xlsx", "--uitvoer", tmp_path / "uit")
    assert "vorig jaar" in err and "vorig.xlsx" in err and "bestaat niet" in err
    broken = tmp_path / "kapot-2025.xlsx"
    broken.write_bytes(b"PK\x03\x04 dit is geen werkmap")
    err = _refused(capsys, broken)
    assert "kapot-2025.xlsx" in err and "voorbeeld-actieplan-2026" not in err.split("kapot-2025.xlsx")[0]
    err = _refused(capsys, EXAMPLE)
    assert "hetzelfde bestand" in err
    copy_ = tmp_path / "kopie.xlsx"
    copy_.write_bytes(EXAMPLE.read_bytes())
    assert "een kopie van" in _refused(capsys, copy_)
    err = _refused(capsys, ROOT / "workbooks" / "actieplan-2026-sjabloon.xlsx")
    assert "werkjaar 2026" in err and "hetzelfde werkjaar" in err
    data, merges = _example_data()
    later = copy.deepcopy(data)
    later["Algemeen"] = [dict(r, Waarde=2027) if r["Veld"] == "Werkjaar" else r for r in later["Algemeen"]]
    err = _refused(capsys, write_template(tmp_path / "plan-2027.xlsx", later, merges, ruleset=RULESET))
    assert "een later werkjaar" in err and "plan-2027.xlsx" in err
    err = _refused(capsys, tmp_path)
    assert "is een map" in err


def test_check_workbook_takes_the_previous_plan_as_a_plain_parameter(tmp_path):
    with pytest.raises(UnreadableWorkbook, match="vorig jaar"):
        check_workbook(EXAMPLE, vorig_jaar=tmp_path / "ontbreekt.xlsx", ruleset=RULESET)


def test_report_and_controle_sheet_show_the_comparison_only_when_given(tmp_path):
    run(EXAMPLE, tmp_path / "met", vorig_jaar=PREVIOUS, ruleset=RULESET)
    run(EXAMPLE, tmp_path / "zonder", ruleset=RULESET)
    html = (tmp_path / "met" / "voorbeeld-actieplan-2026.rapport.html").read_text(encoding="utf-8")
    section = html[html.index('<section id="vorig-jaar">'):]
    section = section[: section.index("</section>")]
    assert "Vergeleken met vorig jaar" in section and PREVIOUS.name in section
    assert "lokale sociale kaart van Jette (rij 10)" in section
    assert "doorlopende actie 'Hulp- en zorgzones (2025)'" in section
    assert section.count("<svg") == 1 and "6,6" in section and "6,18" in section and "-0,42" in section
    assert 'id="vorig-jaar"' not in (tmp_path / "zonder" / "voorbeeld-actieplan-2026.rapport.html").read_text(encoding="utf-8")

    def column_h(path):
        ws = openpyxl.load_workbook(path)["Controle"]
        return [(c.row, c.value, ws.cell(row=c.row, column=c.column + 1).value) for c in ws["H"] if c.value is not None]

    met = column_h(tmp_path / "met" / "voorbeeld-actieplan-2026.gecontroleerd.xlsx")
    labels = {value: row for row, value, _ in met}
    assert f"Vergeleken met vorig jaar: {PREVIOUS.name} (werkjaar 2025)" in labels
    assert "Fiches van vorig jaar die nergens terugkomen (afgerond?): 1" in labels
    gone = labels["Fiches van vorig jaar die nergens terugkomen (afgerond?): 1"]
    ws = openpyxl.load_workbook(tmp_path / "met" / "voorbeeld-actieplan-2026.gecontroleerd.xlsx")["Controle"]
    assert ws.cell(row=gone + 1, column=9).value == "BruZEL actualiseert de lokale sociale kaart van Jette (rij 10)"
    vorig = labels["Vorig jaar"]
    assert [ws.cell(row=vorig, column=9 + j).value for j in range(6)] == [6.6, 0.5, 1.2, 1.5, 1.0, 2.3]
    assert [ws.cell(row=vorig + 1, column=9 + j).value for j in range(6)] == [6.18, 0.5, 1.5, 1.5, 1.5, 1.1]
    zonder = column_h(tmp_path / "zonder" / "voorbeeld-actieplan-2026.gecontroleerd.xlsx")
    assert not any(str(v).startswith("Vergeleken met vorig jaar") for _, v, _ in zonder)


def test_folder_mode_pairs_each_plan_with_last_years_plan_of_its_zorgraad(tmp_path, capsys):
    from workbooks import valid_plan, write_plan

    from actieplan.run.folder import check_folder, render_folder_summary
    from actieplan.read.vorig_jaar import zorgraad_key

    assert zorgraad_key(" Bru-ZÉL ") == zorgraad_key("bruzel") != zorgraad_key("ELZ Antwerpen")
    plans, vorig, out = tmp_path / "plannen", tmp_path / "vorig", tmp_path / "uit"
    plans.mkdir()
    vorig.mkdir()
    data, merges = _example_data()
    data = copy.deepcopy(data)
    data["Algemeen"] = [dict(r, Waarde=" Bru-ZÉL ") if r["Veld"] == "Zorgraad" else r for r in data["Algemeen"]]
    write_template(plans / "bruzel-2026.xlsx", data, merges, ruleset=RULESET)
    other = valid_plan()
    other["Algemeen"][0]["Waarde"] = "ELZ Antwerpen"
    write_plan(plans / "antwerpen-2026.xlsx", other)
    (vorig / "BruZEL 2025.xlsx").write_bytes(PREVIOUS.read_bytes())
    (vorig / "notities.txt").write_text("geen werkmap", encoding="utf-8")

    result = check_folder(plans, out, workers=1, vorig_jaar=vorig, ruleset=RULESET)
    rows = {r["bestand"]: r for r in result.rows}
    assert rows["bruzel-2026.xlsx"]["vorig_jaar"] == "BruZEL 2025.xlsx"
    assert rows["antwerpen-2026.xlsx"]["vorig_jaar"] is None
    assert result.without_partner == ["antwerpen-2026.xlsx"]
    assert [name for name, _ in result.previous_skipped] == ["notities.txt"]
    assert json.loads((out / "bruzel-2026.bevindingen.json").read_text(encoding="utf-8"))["vorig_jaar"] == "BruZEL 2025.xlsx"
    assert "vorig_jaar" not in json.loads((out / "antwerpen-2026.bevindingen.json").read_text(encoding="utf-8"))
    summary = render_folder_summary(result)
    assert "1 actieplan gekoppeld per zorgraad" in summary
    assert "Zonder actieplan van vorig jaar (zorgraad niet gevonden): antwerpen-2026.xlsx" in summary
    ws = openpyxl.load_workbook(out / "overzicht.xlsx")["Overzicht"]
    assert [c.value for c in ws[1]][:3] == ["Bestand", "Zorgraad", "Vorig jaar"]
    assert {ws.cell(row=r, column=1).value: ws.cell(row=r, column=3).value for r in (2, 3)} == {
        "antwerpen-2026.xlsx": "geen gevonden", "bruzel-2026.xlsx": "BruZEL 2025.xlsx"}
    assert "antwerpen-2026.xlsx" in (out / "overzicht.html").read_text(encoding="utf-8").split("Vergeleken met vorig jaar")[1]

    # without --vorig-jaar the overview is as before
    plain = check_folder(plans, tmp_path / "zonder", workers=1, ruleset=RULESET)
    assert "Vorig jaar" not in [c.value for c in openpyxl.load_workbook(tmp_path / "zonder" / "overzicht.xlsx")["Overzicht"][1]]
    assert "Vergeleken met vorig jaar" not in render_folder_summary(plain)

    assert main(["controleer", str(plans), "--vorig-jaar", str(vorig / "notities.txt"), "--uitvoer", str(out)]) == 2
    assert "geen map" in capsys.readouterr().err


NASTY = [None, "", " ", 0, 2025, 3.5, True, "=SUM(A1:A2)", "#REF!", "(2025)", "2025", "x" * 5000, "é" * 50, "Hulp- en zorgzones (2025)"]


@pytest.mark.parametrize("value", NASTY, ids=repr)
def test_any_value_in_either_plan_never_crashes_the_comparison(check, plan, value):
    def last(rows):
        for header in ("Titel actie", "Wat?", "Waarom?", "Plan van aanpak en mijlpalen"):
            rows["Actiefiches"][1][header] = value
        rows["Capaciteit"][0]["Geschatte capaciteit in # VTE"] = value

    for header in ("Titel actie", "Wat?"):
        plan["Actiefiches"][0][header] = value
    plan["Doorlopende acties"][0]["Titel + jaar actiefiche"] = value
    plan["Netwerkevents"][0]["Link eerdere actiefiche"] = value
    report = check(plan, vorig=last)
    assert report.previous is not None and report.facts.vorig_jaar is not None
    for f in report.findings:
        assert "{" not in f.message, f.message


def test_a_previous_workbook_without_fiche_titles_is_refused(tmp_path, capsys):
    from workbooks import last_year_plan, write_plan

    rows = last_year_plan()
    path = write_plan(tmp_path / "zonder-titels-2025.xlsx", rows, headers={"Actiefiches": ["SD", "OD", "Titel"]})
    err = _refused(capsys, path)
    assert "zonder-titels-2025.xlsx" in err and "Titel actie" in err


def test_last_years_ongoing_actions_are_read_with_their_own_years_headers(tmp_path):
    """Last year's Doorlopende acties has 'Mijlpalen in 2025' (the contract: the header names the
    sheet's own working year); an action ongoing in both years is recognised, not 'unknown'."""
    from actieplan.plugin.registry import resolve
    from actieplan.read.vorig_jaar import load_previous

    previous = load_previous(PREVIOUS, EXAMPLE, 2026, resolve(2026))
    ongoing = previous.frame("Doorlopende acties")
    assert ongoing is not None and "Mijlpalen in 2025" in ongoing
    assert ongoing["Titel + jaar actiefiche"].tolist() == ["Bewegen op Verwijzing (2023, 2022)"]

    data, merges = _example_data()
    data = copy.deepcopy(data)
    data["Doorlopende acties"].append(dict(data["Doorlopende acties"][0], **{"Titel + jaar actiefiche": "Bewegen op Verwijzing (2025, 2023, 2022)"}))
    data["Doorlopende acties"].append(dict(data["Doorlopende acties"][0], **{"Titel + jaar actiefiche": "Zorgpad dementie in de wijk (2025)"}))
    path = write_template(tmp_path / "variant.xlsx", data, merges, ruleset=RULESET)
    report = check_workbook(path, vorig_jaar=PREVIOUS, ruleset=RULESET)[1]
    found = [f for f in report.findings if f.rule == "vorig-jaar-doorlopend-onbekend"]
    assert [f.cell for f in found] == ["A7"]  # only the made-up one; row 6 was ongoing last year too
    assert report.facts.vorig_jaar["nog_doorlopend"] == [
        {"doorlopend": "Bewegen op Verwijzing (2025, 2023, 2022)", "rij": 6, "vorig": "Bewegen op Verwijzing (2023, 2022)", "rij_vorig": 4}]


def test_the_copy_search_compares_each_fiche_with_a_bounded_number_of_last_years(monkeypatch):
    """Issue 12: near-linear in the rows. With many fiches last year, a fiche is compared in full
    only with those sharing rare words with it; a copy among 500 is still found at its row."""
    import random

    from actieplan.rules.common import vorig_jaar as vj

    rng = random.Random(7)
    vocab = [f"woord{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{i}" for i in range(3000)]

    def fiche(row):
        texts = {col: " ".join(rng.sample(vocab, 30)) + " bruzel brussel eerstelijn" for col in vj.TEXTS}
        title = " ".join(rng.sample(vocab, 4))
        return vj.Fiche(row, title, tuple(title.split()), texts)

    previous = [fiche(r) for r in range(4, 504)]
    fiches = [fiche(r) for r in range(4, 24)]
    edited = previous[321].texts | {"Wat?": previous[321].texts["Wat?"] + " een zin erbij"}
    fiches[5] = vj.Fiche(9, "iets anders", ("iets", "anders"), edited)
    fiches[11] = previous[77]
    sizes = []
    real = vj.copy_scores
    monkeypatch.setattr(vj, "copy_scores", lambda a, b, m: sizes.append(len(a) * len(b)) or real(a, b, m))
    best = vj.best_copies(fiches, previous, 40)
    assert best[11] == (77, 100.0) and best[5][0] == 321 and best[5][1] >= 75
    assert sizes and max(sizes) <= vj.MAX_CANDIDATES and sum(sizes) <= vj.MAX_CANDIDATES * len(fiches)
    # few fiches last year: all of them are compared, exactly as before
    sizes.clear()
    vj.best_copies(fiches, previous[:30], 40)
    assert sizes == [len(fiches) * 30]


def test_folder_mode_says_which_of_two_plans_of_last_year_it_used(tmp_path):
    """A draft and a final version of last year's plan of one zorgraad: the one saved last is used,
    and the row of the overview names the other (found by a user test: it picked one silently)."""
    import os

    from actieplan.run.folder import check_folder, render_folder_summary

    plans, vorig, out = tmp_path / "plannen", tmp_path / "vorig", tmp_path / "uit"
    plans.mkdir()
    vorig.mkdir()
    (plans / "bruzel-2026.xlsx").write_bytes(EXAMPLE.read_bytes())
    for name, saved in (("z-ontwerp 2025.xlsx", 1_700_000_000), ("a-definitief 2025.xlsx", 1_750_000_000)):
        (vorig / name).write_bytes(PREVIOUS.read_bytes())
        os.utime(vorig / name, (saved, saved))
    result = check_folder(plans, out, workers=1, vorig_jaar=vorig, ruleset=RULESET)
    row = result.rows[0]
    assert row["vorig_jaar"] == "a-definitief 2025.xlsx"  # saved last, though it sorts first by name
    assert "'z-ontwerp 2025.xlsx' is er een van hetzelfde werkjaar en werd niet gebruikt" in row["melding"]
    assert "z-ontwerp 2025.xlsx" in render_folder_summary(result)
    assert "z-ontwerp 2025.xlsx" in (out / "overzicht.html").read_text(encoding="utf-8")


def test_an_event_linked_by_name_to_last_years_fiche_continues_it(tmp_path):
    """'Gelinkt aan actiefiche X (2025)': X goes on as this network event; it is not 'nergens terug'."""
    alone = check_workbook(EXAMPLE, vorig_jaar=PREVIOUS, ruleset=RULESET)[1]
    assert [d["rij_vorig"] for d in alone.facts.vorig_jaar["verdwenen"]] == [10]
    wb = openpyxl.load_workbook(EXAMPLE)
    ws = wb["Netwerkevents"]
    link_col = next(c.column for c in ws[3] if c.value == "Link eerdere actiefiche")
    ws.cell(row=8, column=link_col).value = "Gelinkt aan actiefiche 'BruZEL actualiseert de lokale sociale kaart van Jette' (2025)"
    wb.save(tmp_path / "plan.xlsx")
    report = check_workbook(tmp_path / "plan.xlsx", vorig_jaar=PREVIOUS, ruleset=RULESET)[1]
    assert report.facts.vorig_jaar["verdwenen"] == []
    assert 10 in {d["rij_vorig"] for d in report.facts.vorig_jaar["doorlopend"]}
    assert not [f for f in report.findings if f.rule == "vorig-jaar-fiche-verdwenen"]
    # the same words without saying it is linked ('Nee, ...') continue nothing
    ws.cell(row=8, column=link_col).value = "Nee, los van 'BruZEL actualiseert de lokale sociale kaart van Jette'"
    wb.save(tmp_path / "nee.xlsx")
    assert [d["rij_vorig"] for d in check_workbook(tmp_path / "nee.xlsx", vorig_jaar=PREVIOUS, ruleset=RULESET)[1].facts.vorig_jaar["verdwenen"]] == [10]


def _long_text(rng, vocab, chars):
    words = []
    while sum(map(len, words)) + len(words) < chars:
        words.append(rng.choice(vocab))
    return " ".join(words)[:chars]


def test_cells_of_32000_characters_are_compared_on_a_bounded_start(tmp_path, monkeypatch):
    """Issue 19 point 6: 10 fiches of 32,000 characters made `--vorig-jaar` take 34 s. What is
    compared is bounded (characters per text, words per title), whatever the length of a cell; a
    copy among them is still found."""
    import random

    import rapidfuzz.process

    from actieplan.rules.common import vorig_jaar as vj
    from actieplan.rules.text import words as words_module

    rng = random.Random(19)
    vocab = [f"woord{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(600)]
    data, merges = _example_data()
    data = copy.deepcopy(data)
    base = data["Actiefiches"][0]
    for k in range(3):  # (10 took 34 s before)
        fiche = dict(base)
        fiche["Titel actie"] = _long_text(rng, vocab, 32000)
        for col in vj.TEXTS:
            fiche[col] = _long_text(rng, vocab, 32000)
        data["Actiefiches"].append(fiche)
    data["Actiefiches"].append(dict(_previous_fiches()[4]))  # last year's row 8, pasted among them
    path = write_template(tmp_path / "lang-2026.xlsx", data, merges, ruleset=RULESET)

    compared: list[int] = []  # the characters of every text or title rapidfuzz compares in full
    real_cdist = rapidfuzz.process.cdist
    monkeypatch.setattr(rapidfuzz.process, "cdist",
                        lambda a, b, **kw: compared.extend(len(x) for x in [*a, *b]) or real_cdist(a, b, **kw))
    words: list[tuple[str, ...]] = []
    real_match = vj.title_match
    monkeypatch.setattr(vj, "title_match", lambda a, b, t: words.extend((a, b)) or real_match(a, b, t))
    report = check_workbook(path, vorig_jaar=PREVIOUS, ruleset=RULESET)[1]

    assert compared and max(compared) <= vj.MAX_TEXT_CHARS
    assert words and max(map(len, words)) <= words_module.MAX_TITLE_WORDS
    assert max(len(w) for ws in words for w in ws) <= words_module.MAX_WORD_CHARS
    row = 4 + len(data["Actiefiches"]) - 1
    copies = [f for f in report.findings if f.rule == "vorig-jaar-fiche-gekopieerd"]
    assert [f.cell for f in copies] == [f"C{row}"]


def test_a_short_title_still_matches_the_start_of_a_very_long_one():
    from actieplan.rules.common import vorig_jaar as vj
    from actieplan.rules.text import words as words_module

    stop = frozenset()
    short = vj.title_words("Hulp- en zorgzones (2025)", stop, 4)
    long_ = vj.title_words("BruZEL betrekt de partners bij de uitbouw van de vijf Brusselse hulp- en zorgzones. "
                           + "woord " * 16000, stop, 4)
    assert len(long_) <= words_module.MAX_TITLE_WORDS
    assert vj.title_match(short, long_, 85) == 1.0
