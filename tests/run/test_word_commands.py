"""`actieplan word` and `actieplan importeer` as commands, and the .docx wherever the commands
take a plan (folder mode, the web page, --zorgraad)."""

from __future__ import annotations

import copy
import io
import dataclasses
import types
import zipfile

import docx
import pytest
from lxml import etree

from actieplan.run.cli import main
from actieplan.run.folder import workbooks_in
from actieplan.run.importeer import load_plan, word
from actieplan.write.word import write_word
from actieplan.ooxml.wordml import CT_DOCX, W
from actieplan.write.word.checkbox import W14

from paths import EXAMPLE
from workbooks import RULESET, valid_plan, write_plan, write_under_table

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LAYOUT = RULESET.word


def _body_xml(path) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/document.xml"))


def _checkboxes(path) -> list[bool]:
    """The w14 checkbox content controls of a document, in order: ticked or not."""
    root = _body_xml(path)
    states = root.iterfind(f".//{{{W}}}sdt/{{{W}}}sdtPr/{{{W14}}}checkbox/{{{W14}}}checked")
    return [s.get(f"{{{W14}}}val") == "1" for s in states]


def _texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_word_writes_the_templates_layout_with_the_workbooks_values(tmp_path):
    target = word(EXAMPLE, tmp_path / "plan.docx", RULESET)
    document = docx.Document(str(target))
    texts = _texts(document)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    # the template's headings in its order: Algemeen's, the four tables', the fiches'
    assert headings[: len(LAYOUT.tables) + 2] == [LAYOUT.algemeen.headings[0], *(t.heading for t in LAYOUT.tables), LAYOUT.fiches.heading]
    # the Algemeen lines on the first page, before the first table
    first = texts[: texts.index(LAYOUT.tables[0].heading)]
    labels = [next(line.label for line in LAYOUT.algemeen.fields if t.startswith(line.label)) for t in first[1:]]
    has = set(load_plan(EXAMPLE, RULESET).sheets["Algemeen"].fields)
    assert labels == [line.label for line in LAYOUT.algemeen.fields if line.field.lower() in has]
    assert len(labels) >= 6  # a field the workbook lacks has no line (the document reads without it)
    assert "Zorgraad: BruZEL" in first and "Werkjaar: 2026" in first
    # each table under its heading, with the template's column titles
    for table, layout in zip(document.tables, LAYOUT.tables):
        assert [c.text for c in table.rows[0].cells] == [c.titles[0] if c.titles else "" for c in layout.columns]
    capaciteit = document.tables[0]
    assert [r.cells[0].text for r in capaciteit.rows[1:]] == [*LAYOUT.table("Capaciteit").codes, LAYOUT.table("Capaciteit").total]
    # one fiche table per action, its labels on the left, the instruction sentences on the right
    fiches = document.tables[len(LAYOUT.tables):]
    assert len(fiches) == 5
    for table in fiches:
        assert [r.cells[0].text for r in table.rows] == [b.label for b in LAYOUT.fiches.boxes]
        wat = table.rows[0].cells[1].text
        assert all(sentence in wat for sentence in LAYOUT.fiches.boxes[0].instructions)
    # the objectives' headings as the template writes them
    assert any(h.startswith("Strategische doelstelling 3 - De Brusselaar") for h in headings)
    assert any(h.startswith("Operationele doelstelling 3.1. - ") for h in headings)
    # two tick boxes per fiche as Word content controls, showing ☒ / ☐ too
    fiche_rows = load_plan(EXAMPLE, RULESET).frame("Actiefiches")
    ticks = [bool(t) for pair in zip(fiche_rows["Procesevaluatie"], fiche_rows["Resultaatgerichte evaluatie (output)"]) for t in pair]
    assert _checkboxes(target) == ticks and True in ticks and False in ticks
    sdt_text = "".join(_body_xml(target).itertext())
    assert "\u2612" in sdt_text


def test_unticked_boxes_and_the_users_values_reach_the_fiche(tmp_path):
    rows = copy.deepcopy(valid_plan())
    rows["Actiefiches"][0]["Resultaatgerichte evaluatie (output)"] = "nee"
    rows["Actiefiches"][0]["Personeelscapaciteit (VTE)"] = 0.25
    plan = write_plan(tmp_path / "plan.xlsx", rows)
    target = word(plan, None, RULESET)
    assert target == tmp_path / "plan.docx"
    assert _checkboxes(target)[:2] == [True, False]
    fiche = docx.Document(str(target)).tables[len(LAYOUT.tables)]
    hoe = next(r.cells[1].text for r in fiche.rows if r.cells[0].text == "Hoe?")
    assert "Personeelscapaciteit: 0,25" in hoe


def test_every_layout_text_comes_from_the_year_data(tmp_path):
    # another year's words: the document follows them, the mechanism adds none of its own
    fiches = LAYOUT.fiches
    boxes = tuple(dataclasses.replace(b, labels=(f"Vak {i}",), instructions=(f"Zin {i}.",)) for i, b in enumerate(fiches.boxes))
    layout = dataclasses.replace(
        LAYOUT,
        tables=tuple(dataclasses.replace(t, headings=(f"Tabel {t.sheet}",)) for t in LAYOUT.tables),
        fiches=dataclasses.replace(fiches, headings=("Fiches van het jaar",), boxes=boxes, sd_write="SD {code}: {tekst}"),
    )
    ruleset = types.SimpleNamespace(word=layout, sheets=RULESET.sheets, id=RULESET.id)
    data = {k: v for k, v in valid_plan().items()}
    target = write_word(tmp_path / "ander.docx", data, ruleset=ruleset)
    document = docx.Document(str(target))
    texts = _texts(document)
    assert {f"Tabel {t.sheet}" for t in LAYOUT.tables} <= set(texts) and "Fiches van het jaar" in texts
    assert not {t.heading for t in LAYOUT.tables} & set(texts) and LAYOUT.fiches.heading not in texts
    assert any(t.startswith("SD 3: ") for t in texts)
    fiche = document.tables[len(LAYOUT.tables)]
    assert [r.cells[0].text for r in fiche.rows] == [f"Vak {i}" for i in range(len(boxes))]
    assert fiche.rows[0].cells[1].paragraphs[0].text == "Zin 0."


def test_word_never_writes_over_an_existing_file(tmp_path, capsys):
    plan = write_plan(tmp_path / "plan.xlsx")
    taken = tmp_path / "plan.docx"
    taken.write_bytes(b"het eigen document")
    assert main(["word", str(plan)]) == 2
    err = capsys.readouterr().err
    assert "'" + str(taken) + "' bestaat al; actieplan word schrijft nooit over een bestaand bestand" in err and "plan-2.docx" in err
    assert taken.read_bytes() == b"het eigen document"
    assert main(["word", str(plan), "--naar", str(tmp_path / "plan.txt")]) == 2
    assert "geen naam voor een Word-document" in capsys.readouterr().err


def test_the_commands_exit_codes_and_messages(tmp_path, capsys):
    plan = write_plan(tmp_path / "plan.xlsx")
    before = plan.read_bytes()
    assert main(["word", str(plan)]) == 0
    assert f"Word-document geschreven: {tmp_path / 'plan.docx'}" in capsys.readouterr().out
    assert main(["importeer", str(plan), "--naar", str(tmp_path / "terug.xlsx")]) == 0
    assert f"Werkmap geschreven: {tmp_path / 'terug.xlsx'}" in capsys.readouterr().out
    assert plan.read_bytes() == before
    assert main(["importeer", str(plan), "--naar", str(tmp_path / "terug.xlsx")]) == 2  # exists now
    assert "bestaat al" in capsys.readouterr().err
    assert main(["importeer", str(tmp_path / "weg.docx")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:  # misuse, said in Dutch
        main(["word"])
    assert exc.value.code == 2 and "deze argumenten ontbreken" in capsys.readouterr().err


def test_zorgraad_is_for_one_plan(tmp_path, capsys):
    plannen = tmp_path / "plannen"
    plannen.mkdir()
    write_plan(plannen / "plan.xlsx")
    assert main(["controleer", str(plannen), "--zorgraad", "Scheldeland", "--uitvoer", str(tmp_path / "uit")]) == 2
    assert "--zorgraad geldt voor één actieplan" in capsys.readouterr().err
    assert not (tmp_path / "uit").exists()


def test_folder_mode_takes_a_docx_and_skips_our_annotated_one(tmp_path):
    folder = tmp_path / "plannen"
    folder.mkdir()
    write_plan(folder / "a.xlsx")
    word(folder / "a.xlsx", folder / "b.docx", RULESET)
    (folder / "b.gecontroleerd.docx").write_bytes((folder / "b.docx").read_bytes())
    (folder / "c.odt").write_bytes(b"PK\x03\x04")
    chosen, skipped, _ = workbooks_in(folder)
    assert [p.name for p in chosen] == ["a.xlsx", "b.docx"]
    reasons = dict(skipped)
    assert "gecontroleerd Word-document" in reasons["b.gecontroleerd.docx"]
    assert "'Word-document (*.docx)'" in reasons["c.odt"]


def test_the_web_page_takes_a_docx(web, tmp_path):
    from actieplan.run.web.jobs import _not_a_workbook

    page = web().get("/").text
    assert page.count('accept=".xlsx,.xlsm,.docx,') == 2
    assert "het Word-sjabloon van het departement, .docx" in page
    document = word(write_plan(tmp_path / "plan.xlsx"), None, RULESET)
    old = tmp_path / "plan.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    assert not _not_a_workbook(document) and _not_a_workbook(old)  # a broken .docx: 400; a .doc: 415


@pytest.mark.parametrize("name", ["plan.doc", "plan.odt", "plan.rtf"])
def test_other_text_documents_still_get_their_refusal(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(b"{\\rtf1 Actieplan}" if name.endswith(".rtf") else b"PK\x03\x04" + b"\0" * 100)
    assert main(["controleer", str(path), "--uitvoer", str(tmp_path / "uit")]) == 2
    err = capsys.readouterr().err
    assert f"'{name}'" in err and "Traceback" not in err


def _content(path) -> list[list[str]]:
    """A document's paragraphs and table cells as text, in order (not its bytes: they hold times)."""
    document = docx.Document(str(path))
    return [_texts(document), *([c.text for r in t.rows for c in r.cells] for t in document.tables)]


def test_the_examples_word_version_is_what_word_writes(tmp_path):
    committed = EXAMPLE.with_suffix(".docx")
    assert _content(committed) == _content(word(EXAMPLE, tmp_path / "opnieuw.docx", RULESET)), (
        "workbooks/voorbeeld-actieplan-2026.docx is stale: run python tools/maak_voorbeeld.py"
    )


def test_a_bug_of_ours_in_word_is_said_without_a_traceback(tmp_path, capsys, monkeypatch):
    import actieplan.write.word as writer

    def broken(*args, **kwargs):
        raise RuntimeError("stuk")

    monkeypatch.setattr(writer, "write_word", broken)
    plan = write_plan(tmp_path / "plan.xlsx")
    assert main(["word", str(plan)]) == 2
    err = capsys.readouterr().err
    assert "er ging iets onverwachts mis bij het controleren van 'plan.xlsx' (RuntimeError)" in err and "Traceback" not in err
    assert not (tmp_path / "plan.docx").exists()


def test_the_web_pages_zorgraad_reaches_the_check(tmp_path, web):
    from actieplan.run.web import worker

    assert 'name="zorgraad"' in web().get("/").text
    rows = valid_plan()
    rows["Algemeen"] = [r for r in rows["Algemeen"] if r["Veld"] != "Zorgraad"]
    document = word(write_plan(tmp_path / "plan.xlsx", rows), tmp_path / "zonder.docx", RULESET)
    without = worker.check(str(document), str(tmp_path / "uit1"), None, RULESET)
    assert without["ok"] is False and without["kind"] == "unreadable" and "zorgraad" in without["message"].lower()
    given = worker.check(str(document), str(tmp_path / "uit2"), None, RULESET, None, "Zorgraad Scheldeland")
    assert given.get("kind") != "unreadable", given  # read: the name came with the form


def test_a_folder_as_target_is_said_with_a_file_name_in_it(tmp_path, capsys):
    plan = write_plan(tmp_path / "plan.xlsx")
    folder = tmp_path / "uit.docx"
    folder.mkdir()
    assert main(["word", str(plan), "--naar", str(folder)]) == 2
    assert f"'{folder}' is een map. Geef de naam van het nieuwe bestand, bv. --naar '{folder / 'plan.docx'}'" in capsys.readouterr().err


def test_importeer_of_a_letter_says_what_is_missing_and_writes_nothing(tmp_path, capsys):
    letter = docx.Document()
    letter.add_paragraph("Beste collega, in bijlage vindt u ons verslag.")
    path = tmp_path / "brief.docx"
    letter.save(str(path))
    assert main(["importeer", str(path)]) == 2
    err = capsys.readouterr().err
    assert "'brief.docx'" in err and LAYOUT.tables[0].heading in err and "Traceback" not in err
    assert not (tmp_path / "brief.xlsx").exists()


def test_the_documents_properties_are_its_own(tmp_path):
    props = docx.Document(str(word(write_plan(tmp_path / "plan.xlsx"), None, RULESET))).core_properties
    assert props.author == "" and "python-docx" not in props.comments and props.created.year >= 2025
    assert props.subject == RULESET.id


def test_word_of_a_document_without_naar_says_it_is_one_already(tmp_path, capsys):
    document = word(write_plan(tmp_path / "plan.xlsx"), tmp_path / "ingediend.docx", RULESET)
    before = document.read_bytes()
    assert main(["word", str(document)]) == 2
    assert "'ingediend.docx' is al een Word-document. actieplan word leest een Excel-werkmap" in capsys.readouterr().err
    assert document.read_bytes() == before


def test_a_cell_merged_down_a_column_is_one_cell_in_the_document(tmp_path):
    # the example's two general assemblies share one 'Concrete doelstelling' (tools/voorbeeld_data.py)
    stuurgroepen = load_plan(EXAMPLE, RULESET).sheets["Stuurgroepen"]
    rows = list(stuurgroepen.frame.index)
    first = next(i for i, r in enumerate(rows) if (r, stuurgroepen.columns["Concrete doelstelling"]) in stuurgroepen.merged) - 1
    document = docx.Document(str(word(EXAMPLE, tmp_path / "plan.docx", RULESET)))
    table = document.tables[[t.sheet for t in LAYOUT.tables].index("Stuurgroepen")]
    j = [c.column for c in LAYOUT.table("Stuurgroepen").columns].index("Concrete doelstelling")
    top, below = table.cell(first + 1, j), table.cell(first + 2, j)
    assert top._tc is below._tc and top.text  # one cell over both rows, its text once
    read = load_plan(tmp_path / "plan.docx", RULESET).frame("Stuurgroepen")
    assert read.iloc[first]["Concrete doelstelling"] == read.iloc[first + 1]["Concrete doelstelling"]


def test_the_zorgraad_hint_repeats_the_command_that_was_run(tmp_path, monkeypatch, capsys):
    """The hint names the command the user ran (importeer with its --naar, controleer with its
    --uitvoer) with the paths as typed, so it works from the user's folder."""
    from wordplan import write_word_plan

    write_word_plan(tmp_path / "naamloos.docx", algemeen=False)
    (tmp_path / "werk").mkdir()
    monkeypatch.chdir(tmp_path / "werk")
    assert main(["importeer", "../naamloos.docx", "--naar", "n.xlsx"]) == 2
    err = capsys.readouterr().err
    assert "bv. 'actieplan importeer ../naamloos.docx --naar n.xlsx --zorgraad \"Naam\"'" in err, err
    assert not (tmp_path / "werk" / "n.xlsx").exists()
    assert main(["controleer", "../naamloos.docx", "--uitvoer", "uit"]) == 2  # the check runs in a child process
    assert "bv. 'actieplan controleer ../naamloos.docx --uitvoer uit --zorgraad \"Naam\"'" in capsys.readouterr().err


def test_the_free_name_hint_keeps_the_inputs_path(tmp_path, monkeypatch, capsys):
    from wordplan import write_word_plan

    write_word_plan(tmp_path / "PLAN.docx")
    (tmp_path / "PLAN.xlsx").write_bytes(b"al hier")
    (tmp_path / "werk").mkdir()
    monkeypatch.chdir(tmp_path / "werk")
    assert main(["importeer", "../PLAN.docx"]) == 2
    err = capsys.readouterr().err
    assert "bv. 'actieplan importeer ../PLAN.docx --naar ../PLAN-2.xlsx'" in err, err
    assert (tmp_path / "PLAN.xlsx").read_bytes() == b"al hier"



def test_a_word_plan_uploaded_on_the_web_page_gets_its_commented_document(web):
    """The whole way through the page: the example's Word version in, the verdict in a document's
    words, and the annotated document to download with a comment of actieplan per finding."""
    from webclient import links, upload

    client = web()
    document = EXAMPLE.with_suffix(".docx")
    r = upload(client, (document.name, document.read_bytes()))
    page = r.text.replace("\xa0", " ")
    assert r.status_code == 200 and "2 fouten" in page, page[:500]
    assert "in uw document" in page and "tabel 7, rij 6 (Evaluatie)" in page and "Capaciteit!C" not in page  # places, no cells
    (copy_url,) = [url for name, url in links(r.text).items() if name.endswith(".gecontroleerd.docx")]
    copy = client.get(copy_url)
    assert copy.status_code == 200 and copy.headers["content-type"].startswith(CT_DOCX)
    with zipfile.ZipFile(io.BytesIO(copy.content)) as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
    authors = [c.get(f"{{{W}}}author") for c in comments.iter(f"{{{W}}}comment")]
    assert len(authors) == 33 and set(authors) == {"actieplan"}  # the example's Word findings, infos included


def test_word_keeps_the_notes_under_a_table(tmp_path):
    plan = write_plan(tmp_path / "plan.xlsx")
    write_under_table(plan, [("Stuurgroepen", 2, "Opmerking: de werkgroep zorgtrajecten start pas in het najaar.")])
    document = docx.Document(str(word(plan, tmp_path / "plan.docx", RULESET)))
    texts = _texts(document)
    at = texts.index("Opmerking: de werkgroep zorgtrajecten start pas in het najaar.")
    heading = max(i for i, t in enumerate(texts[:at]) if t in {t.heading for t in LAYOUT.tables})
    assert texts[heading] == next(t.heading for t in LAYOUT.tables if t.sheet == "Stuurgroepen")  # under its own table


def test_word_of_another_years_workbook_says_which_rule_set_and_writes_nothing(tmp_path, capsys):
    rows = valid_plan()
    for row in rows["Algemeen"]:
        if row["Veld"] == "Werkjaar":
            row["Waarde"] = 2025
    plan = write_plan(tmp_path / "plan.xlsx", rows)
    assert main(["word", str(plan)]) == 2
    err = capsys.readouterr().err
    assert "'plan.xlsx' is het actieplan 2025" in err and "Word-sjabloon van 2026" in err, err
    assert "geen regelset (en geen Word-sjabloon) voor 2025" in err and "Traceback" not in err
    assert not (tmp_path / "plan.docx").exists()
    for row in rows["Algemeen"]:
        if row["Veld"] == "Werkjaar":
            row["Waarde"] = 2027
    assert main(["word", str(write_plan(tmp_path / "later.xlsx", rows))]) == 2
    assert "komt met een nieuwere versie van actieplan" in capsys.readouterr().err
    # the same plan with this year's Werkjaar (or none) is written
    rows["Algemeen"] = [r for r in rows["Algemeen"] if r["Veld"] != "Werkjaar"]
    assert main(["word", str(write_plan(tmp_path / "zonder.xlsx", rows))]) == 0
    assert (tmp_path / "zonder.docx").exists()
