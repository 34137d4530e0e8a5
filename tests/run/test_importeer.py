"""`importeer`'s writer: a loaded plan into the master workbook, with the same rows and findings."""

from __future__ import annotations

import copy

import openpyxl
import pytest

from actieplan.errors import OutputError
from actieplan.run.importeer import default_target, importeer, load_plan, sheet_rows

from paths import EXAMPLE
from plan_forms import checked, finding_keys, frames_equal
from wordplan import VARIANTS, write_word_plan
from workbooks import RULESET, valid_plan, write_plan, write_under_table


def _plan_with_mistakes() -> dict:
    rows = copy.deepcopy(valid_plan())
    rows["Actiefiches"][0]["Personeelscapaciteit (VTE)"] = "0,3 VTE"  # text, as users type it
    rows["Actiefiches"][1]["Trekker"] = None  # a required cell left empty
    rows["Stuurgroepen"][0]["Looptijd en frequentie"] = "soms"
    return rows


@pytest.mark.parametrize("source", ["example", "mistakes"])
def test_an_imported_workbook_has_the_same_rows_and_findings(tmp_path, source):
    plan = EXAMPLE if source == "example" else write_plan(tmp_path / "fouten.xlsx", _plan_with_mistakes())
    target = importeer(plan, tmp_path / "geimporteerd.xlsx", RULESET)
    before, report_before = checked(plan)
    after, report_after = checked(target)
    assert frames_equal(before, after) == []
    assert finding_keys(report_after) == finding_keys(report_before)
    if source == "mistakes":
        assert report_before.counts["error"] > 0  # the comparison is about findings there are


def test_the_users_own_text_is_kept_where_reading_normalised_it(tmp_path):
    plan = write_plan(tmp_path / "plan.xlsx", _plan_with_mistakes())
    target = importeer(plan, tmp_path / "uit.xlsx", RULESET)
    ws = openpyxl.load_workbook(target)["Actiefiches"]
    values = [c.value for row in ws.iter_rows() for c in row]
    assert "0,3 VTE" in values


def test_a_merge_down_a_column_stays_a_merge(tmp_path):
    rows = copy.deepcopy(valid_plan())
    rows["Actiefiches"][1]["SD"] = None
    plan = write_plan(tmp_path / "plan.xlsx", rows)
    wb = openpyxl.load_workbook(plan)
    ws = wb["Actiefiches"]
    ws.merge_cells("A4:A5")  # SD of both fiches, as users merge it
    wb.save(plan)
    rows_read, merges = sheet_rows(load_plan(plan, RULESET).sheets["Actiefiches"])
    assert merges == [("SD", 0, 1)] and rows_read[1]["SD"] == rows_read[0]["SD"]
    target = importeer(plan, tmp_path / "uit.xlsx", RULESET)
    assert "A4:A5" in {str(r) for r in openpyxl.load_workbook(target)["Actiefiches"].merged_cells.ranges}
    assert finding_keys(checked(target)[1]) == finding_keys(checked(plan)[1])


def test_never_over_an_existing_file(tmp_path):
    plan = write_plan(tmp_path / "plan.xlsx")
    taken = tmp_path / "werkmap.xlsx"
    taken.write_bytes(b"van de gebruiker")
    with pytest.raises(OutputError, match="bestaat al; actieplan importeer schrijft nooit over een bestaand bestand") as exc:
        importeer(plan, taken, RULESET)
    assert "werkmap-2.xlsx" in str(exc.value)
    assert taken.read_bytes() == b"van de gebruiker"


def test_the_default_is_beside_the_plan_and_never_the_plan_itself(tmp_path):
    assert default_target(tmp_path / "plan.docx", ".xlsx") == tmp_path / "plan.xlsx"
    plan = write_plan(tmp_path / "plan.xlsx")
    before = plan.read_bytes()
    with pytest.raises(OutputError, match="'plan.xlsx' is al een Excel-werkmap. actieplan importeer leest een Word-document"):
        importeer(plan, None, RULESET)  # a workbook's default name is itself
    assert plan.read_bytes() == before


def test_a_target_that_is_no_workbook_is_refused(tmp_path):
    plan = write_plan(tmp_path / "plan.xlsx")
    with pytest.raises(OutputError, match="geen naam voor een Excel-werkmap.*uit.xlsx"):
        importeer(plan, tmp_path / "uit.docx", RULESET)
    assert not (tmp_path / "uit.docx").exists()


@pytest.mark.parametrize("way", sorted(VARIANTS))
def test_importeer_of_a_word_plan_gives_the_documents_rows_and_findings(tmp_path, way):
    # the plan written in the template the ways users write it (tests/helpers/wordplan.py)
    document = write_word_plan(tmp_path / "plan.docx", _plan_with_mistakes(), **VARIANTS[way])
    before = document.read_bytes()
    imported = importeer(document, None, RULESET)
    assert imported == tmp_path / "plan.xlsx" and document.read_bytes() == before
    read, report = checked(document)
    again, report_again = checked(imported)
    assert frames_equal(read, again) == []
    assert finding_keys(report_again) == finding_keys(report) and report.counts["error"] > 0


def _with_notes_under_tables(path):
    """A valid plan with a note under two tables, as users write them: in the table's first column
    (a title column: 'NB' makes it a note) and in another column."""
    plan = write_plan(path)
    write_under_table(plan, [("Stuurgroepen", 1, "NB: de stuurgroep van de huisartsenkring valt in maart weg."),
                             ("Actiefiches", 5, "Fiche 4 volgt na de beslissing van de raad van bestuur.")])
    return plan


def test_importeer_keeps_the_notes_under_a_table(tmp_path):
    plan = _with_notes_under_tables(tmp_path / "plan.xlsx")
    source = load_plan(plan, RULESET)
    assert [k for k, _ in source.sheets["Actiefiches"].below.values()] == ["opmerking"]  # read as a note, not a fiche
    target = importeer(plan, tmp_path / "uit.xlsx", RULESET)
    written = openpyxl.load_workbook(target)
    texts = {s: [c.value for row in written[s].iter_rows() for c in row if isinstance(c.value, str)] for s in ("Stuurgroepen", "Actiefiches")}
    assert "NB: de stuurgroep van de huisartsenkring valt in maart weg." in texts["Stuurgroepen"]
    # in the title column of Actiefiches? no: its first column is SD, so the text stays as written
    assert "Fiche 4 volgt na de beslissing van de raad van bestuur." in texts["Actiefiches"]
    before, report_before = checked(plan)
    after, report_after = checked(target)
    assert frames_equal(before, after) == []  # still notes, not a steering group or a fiche
    assert finding_keys(report_after) == finding_keys(report_before)
    assert sum(f.rule == "rij-onder-tabel" for f in report_after.findings) == 2


def test_a_note_in_a_title_column_is_worded_as_a_note(tmp_path):
    plan = write_plan(tmp_path / "plan.xlsx")
    write_under_table(plan, [("Netwerkevents", 3, "Data onder voorbehoud van de zaalhuur.")])  # not the title column
    target = importeer(plan, tmp_path / "uit.xlsx", RULESET)
    texts = [c.value for row in openpyxl.load_workbook(target)["Netwerkevents"].iter_rows() for c in row]
    assert "Opmerking: Data onder voorbehoud van de zaalhuur." in texts  # column A is the title column there
    assert finding_keys(checked(target)[1]) == finding_keys(checked(plan)[1])  # a note before and after
    assert any(f.rule == "rij-onder-tabel" for f in checked(target)[1].findings)


def test_importeer_keeps_a_fiches_row_the_template_does_not_have(tmp_path):
    import docx

    document = write_word_plan(tmp_path / "plan.docx", valid_plan())
    doc = docx.Document(str(document))
    fiche = next(t for t in doc.tables if len(t.columns) == 2)
    row = fiche.add_row()
    row.cells[0].text, row.cells[1].text = "Budget", "12.000 euro uit de werkingsmiddelen"
    doc.save(str(document))
    imported = importeer(document, None, RULESET)
    texts = [c.value for row in openpyxl.load_workbook(imported)["Actiefiches"].iter_rows() for c in row]
    assert "Budget: 12.000 euro uit de werkingsmiddelen" in texts
    assert [f.rule for f in checked(imported)[1].findings if f.rule == "rij-onder-tabel"] == ["rij-onder-tabel"]


def test_importeer_keeps_a_paragraph_under_a_table_of_a_word_plan(tmp_path):
    import docx

    document = write_word_plan(tmp_path / "plan.docx", valid_plan())
    doc = docx.Document(str(document))
    stuurgroepen = next(t for t in RULESET.word.tables if t.sheet == "Stuurgroepen")
    table = next(t for t in doc.tables if any(stuurgroepen.columns[0].titles[0] in c.text for c in t.rows[0].cells))
    note = docx.Document().add_paragraph("Noot: de stuurgroep mantelzorg wordt in juni herbekeken.")._p
    table._tbl.addnext(note)  # a paragraph right under the table, before the next heading
    doc.add_paragraph("Opgemaakt door het team eerstelijn, oktober 2025.")  # after the last fiche
    doc.save(str(document))
    workbook, report = checked(document)
    assert [t for _, t in workbook.sheets["Stuurgroepen"].below.values()] == ["Noot: de stuurgroep mantelzorg wordt in juni herbekeken."]
    assert [t for _, t in workbook.sheets["Actiefiches"].below.values()] == ["Opgemaakt door het team eerstelijn, oktober 2025."]
    assert sum(f.rule == "rij-onder-tabel" for f in report.findings) == 2
    imported = importeer(document, None, RULESET)
    texts = [c.value for row in openpyxl.load_workbook(imported)["Stuurgroepen"].iter_rows() for c in row]
    assert "Noot: de stuurgroep mantelzorg wordt in juni herbekeken." in texts
    assert finding_keys(checked(imported)[1]) == finding_keys(report)


def test_an_objective_the_workbook_lacks_gets_a_heading_without_title_that_says_so(tmp_path):
    rows = copy.deepcopy(valid_plan())
    rows["Actiefiches"][0]["SD"], rows["Actiefiches"][0]["OD"] = "SD 9", "OD 9.4"  # not in Doelstellingen
    plan = write_plan(tmp_path / "plan.xlsx", rows)
    assert "fiche-od-onbekend" in {f.rule for f in checked(plan)[1].findings}
    from actieplan.run.importeer import word

    document = word(plan, tmp_path / "plan.docx", RULESET)
    said = [f for f in checked(document)[1].findings if f.sheet == "Doelstellingen" and f.severity.value == "error"]
    assert said and all("meerjarenplan" in f.message and "geen titel" in f.message for f in said)
    assert all("vul ze in" not in f.message for f in said)  # not the workbook's 'the cell is empty; fill it in'


def _paragraph_under(doc, sheet: str, text: str):
    import docx

    heading = next(t for t in RULESET.word.tables if t.sheet == sheet).heading
    at = next(p._p for p in doc.paragraphs if p.text.strip() == heading)
    while not at.tag.endswith("}tbl"):  # the first table after the part's heading
        at = at.getnext()
    at.addnext(docx.Document().add_paragraph(text)._p)


def test_a_note_between_two_tables_without_a_heading_is_kept(tmp_path):
    import docx

    document = write_word_plan(tmp_path / "plan.docx", valid_plan())
    doc = docx.Document(str(document))
    _paragraph_under(doc, "Stuurgroepen", "Daarnaast nemen we deel aan overleg dat ad hoc wordt bijeengeroepen.")
    events = next(t for t in RULESET.word.tables if t.sheet == "Netwerkevents")
    heading = next(p._p for p in doc.paragraphs if p.text.strip() == events.heading)
    while not heading.getnext().tag.endswith("}tbl"):  # the next table follows right under the note:
        heading.getparent().remove(heading.getnext())  # no heading, no instruction above it
    heading.getparent().remove(heading)
    doc.save(str(document))
    workbook, report = checked(document)
    assert [t for _, t in workbook.sheets["Stuurgroepen"].below.values()] == ["Daarnaast nemen we deel aan overleg dat ad hoc wordt bijeengeroepen."]
    assert len(workbook.frame("Netwerkevents")) == len(valid_plan()["Netwerkevents"])  # the next table is still read
    notes = [f for f in report.findings if f.rule == "rij-onder-tabel"]
    assert len(notes) == 1 and notes[0].message.startswith("Deze tekst lijkt een opmerking")  # no "Rij  onder": the place says where
    texts = [c.value for row in openpyxl.load_workbook(importeer(document, None, RULESET))["Stuurgroepen"].iter_rows() for c in row]
    assert "Opmerking: Daarnaast nemen we deel aan overleg dat ad hoc wordt bijeengeroepen." in texts  # column A: the name


def test_a_plain_note_under_the_capacity_table_of_a_word_plan_stays_a_note_after_importeer(tmp_path):
    import docx

    document = write_word_plan(tmp_path / "plan.docx", valid_plan())
    doc = docx.Document(str(document))
    _paragraph_under(doc, "Capaciteit", "De cijfers zijn ramingen van september.")
    doc.save(str(document))
    report = checked(document)[1]
    assert [f.rule for f in report.findings if f.sheet == "Capaciteit"] == ["rij-onder-tabel"]
    imported = importeer(document, None, RULESET)
    texts = [c.value for row in openpyxl.load_workbook(imported)["Capaciteit"].iter_rows() for c in row]
    assert "Opmerking: De cijfers zijn ramingen van september." in texts  # said to be a note: no code, no VTE
    assert finding_keys(checked(imported)[1]) == finding_keys(report)
