"""The round trips of issue 22: workbook -> `word` -> `controleer` gives the workbook's findings;
`word` -> `importeer` gives the workbook's content; a Word plan -> `importeer` -> `controleer`
gives the document's findings."""

from __future__ import annotations

import copy

import pytest

from actieplan.run.cli import main
from actieplan.run.importeer import importeer, load_plan, word
from actieplan.write.word import objective_code

from paths import EXAMPLE
from plan_forms import as_in_a_document, checked, finding_keys, frames_equal
from workbooks import RULESET, valid_plan, write_plan

def _plan_with_mistakes() -> dict:
    rows = copy.deepcopy(valid_plan())
    fiche = rows["Actiefiches"][0]
    fiche["Procesevaluatie"] = "☐"
    fiche["Resultaatgerichte evaluatie (output)"] = "☐"  # no evaluation chosen
    fiche["Wat ga je niet doen?"] = None
    rows["Actiefiches"][1]["Stakeholders"] = None
    rows["Stuurgroepen"][0]["Trekker"] = None
    rows["Netwerkevents"][0]["Link eerdere actiefiche"] = "misschien"
    rows["Capaciteit"][1]["Geschatte capaciteit in # VTE"] = 9.5  # B more than A
    return rows


def _plan(tmp_path, which: str):
    if which == "voorbeeld":
        return EXAMPLE
    return write_plan(tmp_path / f"{which}.xlsx", valid_plan() if which == "goed" else _plan_with_mistakes())


@pytest.mark.parametrize("which", ["voorbeeld", "goed", "fouten"])
def test_word_then_controleer_gives_the_workbooks_findings(tmp_path, which):
    plan = _plan(tmp_path, which)
    document = word(plan, tmp_path / "plan.docx", RULESET)
    workbook_findings = finding_keys(checked(plan)[1])
    document_findings = finding_keys(checked(document)[1])
    assert document_findings == as_in_a_document(workbook_findings)
    if which == "fouten":  # the mistakes are found in both forms
        assert {k[0] for k in document_findings} >= {"fiche-evaluatie-geen", "cel-verplicht", "ja-nee-ongeldig", "capaciteit-boven-a"}


def _codes(frame):
    """SD/OD codes as the rules compare them (without 'SD'/'OD'): the document's headings write the number."""
    frame = frame.copy()
    for column in ("SD", "OD"):
        if column in frame:
            frame[column] = [objective_code(v) or None for v in frame[column]]
    return frame


@pytest.mark.parametrize("which", ["voorbeeld", "fouten"])
def test_word_then_importeer_gives_the_workbooks_content(tmp_path, which):
    plan = _plan(tmp_path, which)
    document = word(plan, tmp_path / "plan.docx", RULESET)
    imported = importeer(document, None, RULESET)
    assert imported == tmp_path / "plan.xlsx"  # beside the document, under its name
    before, after = load_plan(plan, RULESET), load_plan(imported, RULESET)
    for name in RULESET.sheets:
        assert _codes(after.frame(name)).reset_index(drop=True).equals(_codes(before.frame(name)).reset_index(drop=True)), name
    # and checking the imported workbook gives the document's findings
    assert finding_keys(checked(imported)[1]) == finding_keys(checked(document)[1])
    assert frames_equal(load_plan(document, RULESET), after) == []


def test_the_commands_round_trip_and_leave_the_inputs_alone(tmp_path, capsys):
    plan = write_plan(tmp_path / "plan.xlsx", _plan_with_mistakes())
    before = plan.read_bytes()
    assert main(["word", str(plan)]) == 0
    document = tmp_path / "plan.docx"
    written = document.read_bytes()
    assert main(["importeer", str(document), "--naar", str(tmp_path / "terug.xlsx")]) == 0
    assert finding_keys(checked(tmp_path / "terug.xlsx")[1]) == finding_keys(checked(plan)[1])
    assert plan.read_bytes() == before and document.read_bytes() == written
    capsys.readouterr()
    assert main(["importeer", str(document)]) == 2  # plan.xlsx, beside it, exists: never overwritten
    assert "bestaat al" in capsys.readouterr().err and plan.read_bytes() == before


def test_importeer_asks_for_the_zorgraad_of_a_document_that_names_none(tmp_path, capsys):
    rows = copy.deepcopy(valid_plan())
    rows["Algemeen"] = [r for r in rows["Algemeen"] if r["Veld"] != "Zorgraad"]
    document = word(write_plan(tmp_path / "plan.xlsx", rows), tmp_path / "zonder.docx", RULESET)
    assert main(["importeer", str(document)]) == 2
    assert "--zorgraad" in capsys.readouterr().err
    assert not (tmp_path / "zonder.xlsx").exists()
    assert main(["importeer", str(document), "--zorgraad", "Zorgraad Scheldeland"]) == 0
    fields = load_plan(tmp_path / "zonder.xlsx", RULESET).sheets["Algemeen"].fields
    assert fields["zorgraad"][1] == "Zorgraad Scheldeland"


def test_a_fiche_without_od_keeps_its_error_in_the_document(tmp_path):
    # the objectives come from the document's headings: a fiche without an OD stands before the first
    # one, so its missing OD is still an error there (in a workbook its SD stays, in a document it cannot)
    rows = copy.deepcopy(valid_plan())
    rows["Actiefiches"][1]["OD"] = None
    plan = write_plan(tmp_path / "plan.xlsx", rows)
    document_findings = finding_keys(checked(word(plan, tmp_path / "plan.docx", RULESET))[1])
    title = rows["Actiefiches"][1]["Titel actie"]
    assert document_findings[("cel-verplicht", "error", "Actiefiches", "OD", title)] == 1
    assert as_in_a_document(finding_keys(checked(plan)[1])) - document_findings == type(document_findings)()


def test_a_49_fiche_plan_goes_through_word_fiche_by_fiche(tmp_path):
    rows = copy.deepcopy(valid_plan())
    fiches = rows["Actiefiches"]
    rows["Actiefiches"] = []
    for i in range(49):
        fiche = copy.deepcopy(fiches[i % len(fiches)])
        fiche["Titel actie"] = f"Actie {i + 1}: een eigen titel voor elke fiche"
        fiche["Personeelscapaciteit (VTE)"] = 0.02
        rows["Actiefiches"].append(fiche)
    plan = write_plan(tmp_path / "groot.xlsx", rows)
    document = word(plan, tmp_path / "groot.docx", RULESET)
    read = load_plan(document, RULESET).frame("Actiefiches")
    assert sorted(read["Titel actie"]) == sorted(f["Titel actie"] for f in rows["Actiefiches"])
    assert finding_keys(checked(document)[1]) == as_in_a_document(finding_keys(checked(plan)[1]))
