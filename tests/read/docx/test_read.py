"""Reading the Word template as zorgraden fill it in: the instruction sentences in any formatting,
checkboxes of every kind, content controls, scope lines, the Algemeen lines, what cannot be placed,
and what is not the template at all."""

from __future__ import annotations

import copy
import zipfile

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from wordplan import LAYOUT, checkbox_control, write_word_plan
from workbooks import RULESET, valid_plan

from actieplan.errors import UnreadableWorkbook
from actieplan.read.docx import load_plan
from actieplan.run.check import check_workbook
from actieplan.run.cli import main


def _fiche_doc(path, cells: dict[str, list[str]], title="Wijkgerichte samenwerking rond valpreventie", zorgraad=True):
    """A minimal plan: the Algemeen lines and one fiche whose right cells hold ``cells[label]``
    (a paragraph per line; a line given as a list is that paragraph's runs, formatted differently)."""
    doc = docx.Document()
    if zorgraad:
        doc.add_paragraph("Zorgraad: Zorgraad Meetjesland")
    doc.add_heading(LAYOUT.fiches.heading, level=1)
    doc.add_heading("Strategische doelstelling 2 - Iedereen vindt zorg dichtbij", level=2)
    doc.add_heading("Operationele doelstelling 2.1. - We verbinden de partners in de wijk", level=3)
    doc.add_paragraph(title)
    table = doc.add_table(rows=0, cols=2)
    for label, lines in cells.items():
        row = table.add_row()
        row.cells[0].text = label
        cell = row.cells[1]
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            for k, run in enumerate(line if isinstance(line, list) else [line]):
                r = p.add_run(run)
                r.bold, r.italic = k % 2 == 1, k % 3 == 2
    doc.save(str(path))
    return path


def _fiche(path, **kwargs):
    return load_plan(_fiche_doc(path, **kwargs), RULESET).frame("Actiefiches").iloc[0]


def test_instruction_sentences_go_in_any_formatting_and_the_cells_split_into_the_columns(tmp_path):
    fiche = _fiche(tmp_path / "plan.docx", cells={
        "Wat?": [["Geef een korte ", "beschrijving van wat ", "je gaat doen."], "We brengen huisartsen en thuiszorg samen.",
                 "Definieer duidelijk de scope", "van de actie:", "1.Wat ga je wel doen?", "Drie wijkoverleggen",
                 "2. Wat ga je niet doen? Geen opleidingen"],
        "Waarom?": ["Waarom deze actie? Waarom deze actie nu?", ["Noteer hier de context en waarom je deze actie ", "waardevol vindt."],
                    "Welke argumenten heb je om deze actie te verdedigen? Maak hier de link naar de omgevingsanalyse, "
                    "het lokaal sociaal beleid of Vlaamse doelstellingen.", "Vallen is de eerste oorzaak van opname."],
        "Voor wie?": ["Doelgroep(en)", "Lijst hier de doelgroep op die je wenst te bereiken met deze actie. Maak dit zo "
                      "expliciet en concreet mogelijk.", "Thuiswonende 75-plussers"],
        "Met wie?": ["Wie is de trekker van de actie? Voor welke output of onderdeel van het project neemt de zorgraad de "
                     "verantwoordelijkheid op?", "De zorgraad trekt het overleg.",
                     "Met welke stakeholders wordt er samengewerkt voor deze actie?", "Huisartsenkring", "Thuisverpleging"],
        "Hoe?": ["Geef een beknopt plan hoe deze actie gaat worden opgezet of aangepakt. Vermeld hier ook de mijlpalen. "
                 "Geef een inschatting hoeveel personeelscapaciteit (in aantal VTE) dat deze actie zal vragen.",
                 "Plan van aanpak", "Maart: eerste overleg", "Personeelscapaciteit: 0.2 VTE"],
        "Evaluatie": ["Selecteer minstens één van onderstaande manieren voor evaluatie.",
                      "Definieer de indicatoren die worden gebruikt om de voortgang en/of het succes van de actie te "
                      "evalueren. Geef ook de meetmethode mee en, indien van toepassing, een streefdoel.",
                      "☒ Procesevaluatie", "Aantal overleggen", "Resultaatgerichte evaluatie (Output) ☐"],
    })
    assert fiche["SD"] == "2" and fiche["OD"] == "2.1"
    assert fiche["Titel actie"] == "Wijkgerichte samenwerking rond valpreventie"
    assert fiche["Wat?"] == "We brengen huisartsen en thuiszorg samen."
    assert fiche["Wat ga je wel doen?"] == "Drie wijkoverleggen" and fiche["Wat ga je niet doen?"] == "Geen opleidingen"
    assert fiche["Waarom?"] == "Vallen is de eerste oorzaak van opname."
    assert fiche["Voor wie?"] == "Thuiswonende 75-plussers"
    assert fiche["Trekker"] == "De zorgraad trekt het overleg."
    assert fiche["Stakeholders"] == "Huisartsenkring\nThuisverpleging"
    assert fiche["Plan van aanpak en mijlpalen"] == "Maart: eerste overleg"
    assert fiche["Personeelscapaciteit (VTE)"] == 0.2  # either decimal sign
    assert fiche["Procesevaluatie"] is True and fiche["Resultaatgerichte evaluatie (output)"] is False
    assert fiche["Indicatoren procesevaluatie"] == "Aantal overleggen"
    assert fiche["Indicatoren resultaatgerichte evaluatie"] is None


def test_checkboxes_as_content_controls_symbols_and_form_fields(tmp_path):
    path = _fiche_doc(tmp_path / "plan.docx", cells={
        "Wat?": ["Iets"], "Evaluatie": ["PLACEHOLDER-1 Procesevaluatie", "PLACEHOLDER-2 Resultaatgerichte evaluatie (Output)"],
    })
    doc = docx.Document(str(path))
    cell = doc.tables[0].rows[1].cells[1]
    first, second = cell.paragraphs
    first.runs[0].text = " Procesevaluatie"
    first.runs[0]._r.addprevious(checkbox_control(True))  # a content control: python-docx's text does not show it
    assert "☒" not in first.text
    second.runs[0].text = " Resultaatgerichte evaluatie (Output)"
    sym_run = OxmlElement("w:r")
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), "Wingdings")
    sym.set(qn("w:char"), "F0FE")  # a ticked box in Wingdings
    sym_run.append(sym)
    second.runs[0]._r.addprevious(sym_run)
    doc.save(str(path))
    fiche = load_plan(path, RULESET).frame("Actiefiches").iloc[0]
    assert fiche["Procesevaluatie"] is True and fiche["Resultaatgerichte evaluatie (output)"] is True

    # a legacy form checkbox (FORMCHECKBOX) that is not ticked
    doc = docx.Document(str(path))
    p = doc.tables[0].rows[1].cells[1].paragraphs[0]
    p._p.remove(p._p.find(qn("w:sdt")))
    begin = OxmlElement("w:r")
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData")
    box = OxmlElement("w:checkBox")
    default = OxmlElement("w:default")
    default.set(qn("w:val"), "0")
    box.append(default)
    ff.append(box)
    fld.append(ff)
    begin.append(fld)
    instr = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.text = " FORMCHECKBOX "
    instr.append(text)
    end = OxmlElement("w:r")
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    end.append(fld_end)
    text_run = p.runs[0]._r
    for el in (begin, instr, end):
        text_run.addprevious(el)
    doc.save(str(path))
    fiche = load_plan(path, RULESET).frame("Actiefiches").iloc[0]
    assert fiche["Procesevaluatie"] is False


def test_text_inside_content_controls_is_read(tmp_path):
    path = _fiche_doc(tmp_path / "plan.docx", cells={"Wat?": ["Geef een korte beschrijving van wat je gaat doen.", "x"],
                                                     "Voor wie?": ["Mantelzorgers"]})
    doc = docx.Document(str(path))
    p = doc.tables[0].rows[0].cells[1].paragraphs[1]
    run = p.runs[0]
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(OxmlElement("w:sdtPr"))
    p._p.remove(run._r)
    run._r.find(qn("w:t")).text = "Tekst in een besturingselement"
    content.append(run._r)
    sdt.append(content)
    p._p.append(sdt)
    # and a whole row inside a block-level control around the table's last row
    tbl = doc.tables[0]._tbl
    tr = tbl.findall(qn("w:tr"))[-1]
    outer, outer_content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    tbl.remove(tr)
    outer_content.append(tr)
    outer.append(OxmlElement("w:sdtPr"))
    outer.append(outer_content)
    tbl.append(outer)
    doc.save(str(path))
    assert "Tekst in een besturingselement" not in doc.tables[0].rows[0].cells[1].text  # python-docx misses it
    fiche = load_plan(path, RULESET).frame("Actiefiches").iloc[0]
    assert fiche["Wat?"] == "Tekst in een besturingselement"
    assert fiche["Voor wie?"] == "Mantelzorgers"


def test_text_that_cannot_be_placed_is_said_with_its_place(tmp_path):
    path = _fiche_doc(tmp_path / "plan.docx", cells={
        "Wat?": ["Een korte beschrijving."], "Budget": ["5000 euro"],
        "Evaluatie": ["Hier staat tekst voor de vakjes.", "☒ Procesevaluatie", "Aantal deelnemers"],
    })
    workbook, report = check_workbook(path, RULESET)
    notes = [f for f in report.findings if f.rule == "rij-onder-tabel"]
    assert len(notes) == 2, [f.message for f in report.findings]
    budget = next(f for f in notes if "Budget: 5000 euro" in f.message)
    assert budget.location.label == "Budget" and budget.location.row == 2
    assert budget.location.section == "Wijkgerichte samenwerking rond valpreventie"
    assert "Budget" in budget.where and budget.cell is None
    loose = next(f for f in notes if "Hier staat tekst" in f.message)
    assert loose.location.label == "Evaluatie"
    # the fiche itself is one fiche, not three
    assert len(workbook.frame("Actiefiches")) == 1


def test_the_algemeen_lines_and_the_rule_sets_defaults(tmp_path):
    rows = valid_plan()
    rows["Algemeen"] = [r for r in rows["Algemeen"] if r["Veld"] not in ("Werkjaar", "Meerjarenplan", "E-mail")]
    wb = load_plan(write_word_plan(tmp_path / "plan.docx", rows), RULESET)
    fields = {k: v for k, (_, v) in wb.sheets["Algemeen"].fields.items()}
    assert fields["zorgraad"] == "BruZEL" and fields["werkjaar"] == "2026" and fields["meerjarenplan"] == "2024-2026"
    assert "e-mail" not in fields  # a field the document lacks is absent, as in a workbook without it
    assert fields["contactpersoon"] == "An Peeters"


def test_the_zorgraad_from_the_documents_title(tmp_path):
    rows = valid_plan()
    rows["Algemeen"] = [r for r in rows["Algemeen"] if r["Veld"] != "Zorgraad"]
    path = write_word_plan(tmp_path / "plan.docx", rows)
    doc = docx.Document(str(path))
    doc.core_properties.title = "Actieplan zorgraad Pajottenland 2026"
    doc.save(str(path))
    # --zorgraad comes before a name guessed from the title (only a line 'Zorgraad:' comes before it)
    wb = load_plan(path, RULESET, zorgraad="Zorgraad Zennevallei")
    assert wb.sheets["Algemeen"].fields["zorgraad"][1] == "Zorgraad Zennevallei"
    wb = load_plan(path, RULESET)
    assert wb.sheets["Algemeen"].fields["zorgraad"][1] == "zorgraad Pajottenland"  # as the title writes it
    assert wb.locations[("Algemeen", 2, None)].section == "titel"


def test_the_zorgraad_from_the_header_else_the_option_else_exit_2(tmp_path, capsys):
    rows = valid_plan()
    in_header = load_plan(write_word_plan(tmp_path / "kop.docx", rows, header_footer=True), RULESET)
    assert in_header.sheets["Algemeen"].fields["zorgraad"][1] == "BruZEL"
    rows["Algemeen"] = [r for r in rows["Algemeen"] if r["Veld"] != "Zorgraad"]
    nameless = write_word_plan(tmp_path / "naamloos.docx", rows)
    with pytest.raises(UnreadableWorkbook) as e:
        load_plan(nameless, RULESET)
    assert "--zorgraad" in str(e.value) and "naamloos.docx" in str(e.value)
    given = load_plan(nameless, RULESET, zorgraad="Zorgraad Kempen")
    assert given.sheets["Algemeen"].fields["zorgraad"][1] == "Zorgraad Kempen"
    assert main(["controleer", str(nameless), "--uitvoer", str(tmp_path / "uit")]) == 2
    err = capsys.readouterr().err
    assert "--zorgraad NAAM" in err and "Traceback" not in err
    # the option reaches a check that runs in a child process under a time limit
    from actieplan.run.check import check_within

    report = check_within(nameless, RULESET, None, 60, zorgraad="Zorgraad Kempen")
    assert report.findings == [] or all(f.location is not None for f in report.findings)
    assert report.facts.zorgraad == "Zorgraad Kempen"


def test_a_word_document_that_is_not_the_template_is_exit_2_naming_the_parts(tmp_path, capsys):
    doc = docx.Document()
    doc.add_heading("Uitnodiging nieuwjaarsreceptie", level=1)
    doc.add_paragraph("Beste partners, graag nodigen we u uit.")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Datum"
    table.cell(0, 1).text = "Plaats"
    path = tmp_path / "brief.docx"
    doc.save(str(path))
    with pytest.raises(UnreadableWorkbook) as e:
        load_plan(path, RULESET)
    for part in ("Overzicht capaciteitsplanning", "Overzicht stuurgroepen", "Overzicht netwerkevents",
                 "Overzicht doorlopende acties", "Acties 2026", "Wat?"):
        assert part in str(e.value)
    assert main(["controleer", str(path), "--uitvoer", str(tmp_path / "uit")]) == 2
    assert "niet het sjabloon" in capsys.readouterr().err


def test_a_template_with_one_table_missing_reports_it_as_a_missing_part(tmp_path):
    rows = valid_plan()
    path = write_word_plan(tmp_path / "plan.docx", rows)
    doc = docx.Document(str(path))
    for p in doc.paragraphs:  # the network events' heading and table gone
        if p.text == "Overzicht netwerkevents":
            p._p.getparent().remove(p._p)
    tbl = doc.tables[2]._tbl
    tbl.getparent().remove(tbl)
    doc.save(str(path))
    report = check_workbook(path, RULESET)[1]
    missing = [f for f in report.findings if f.rule == "blad-ontbreekt"]
    assert [f.sheet for f in missing] == ["Netwerkevents"]
    assert "'Overzicht netwerkevents'" in missing[0].message and "'Titel + format'" in missing[0].message
    assert missing[0].location.section == "Overzicht netwerkevents" and missing[0].location.anchor is None


def test_a_finding_about_a_whole_part_has_that_parts_place(tmp_path):
    rows = valid_plan()
    rows["Actiefiches"] = []
    report = check_workbook(write_word_plan(tmp_path / "plan.docx", rows), RULESET)[1]
    empty = next(f for f in report.findings if f.rule == "blad-leeg" and f.sheet == "Actiefiches")
    assert empty.location.section == "Acties 2026" and empty.location.anchor.endswith("}p[" + empty.location.anchor.rsplit("[", 1)[1])
    assert all(f.location is not None for f in report.findings)


@pytest.mark.parametrize("name, said", [
    ("plan.docm", "met macro's"), ("plan.dotx", "Word-sjabloon"), ("plan.doc", "oud Word-document"),
    ("plan.odt", "OpenDocument-tekst"), ("plan.rtf", "RTF-document"),
])
def test_other_text_formats_are_refused_with_the_way_to_a_docx(tmp_path, capsys, name, said):
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    assert main(["controleer", str(path), "--uitvoer", str(tmp_path / "uit")]) == 2
    err = capsys.readouterr().err
    assert said in err and "'Word-document (*.docx)'" in err


def test_a_workbook_named_docx_and_a_docx_with_an_entity_are_refused(tmp_path, capsys):
    from workbooks import write_plan

    renamed = write_plan(tmp_path / "plan.xlsx").rename(tmp_path / "plan.docx")
    assert main(["controleer", str(renamed), "--uitvoer", str(tmp_path / "uit")]) == 2
    assert "Excel-werkmap met de naam .docx" in capsys.readouterr().err
    good = write_word_plan(tmp_path / "goed.docx")
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE w [<!ENTITY a "aaaa">]>', 1)
            out.writestr(info, data)
    with pytest.raises(UnreadableWorkbook) as e:
        load_plan(bomb, RULESET)
    assert "DOCTYPE" in str(e.value)


def test_a_fiche_table_continued_after_a_page_break_is_one_fiche(tmp_path):
    path = _fiche_doc(tmp_path / "plan.docx", cells={
        "Wat?": ["Een korte beschrijving."], "Waarom?": ["Omdat het nodig is."],
        "Hoe?": ["Plan van aanpak", "Stap 1", "Personeelscapaciteit: 0,3 VTE"], "Evaluatie": ["☒ Procesevaluatie", "Aantal"],
    })
    doc = docx.Document(str(path))
    tbl = doc.tables[0]._tbl
    rows = tbl.findall(qn("w:tr"))
    second = copy.deepcopy(tbl)
    for tr in second.findall(qn("w:tr"))[:2]:
        second.remove(tr)
    for tr in rows[2:]:
        tbl.remove(tr)
    breaker = doc.add_paragraph()
    breaker.add_run().add_break(WD_BREAK.PAGE)
    tbl.addnext(breaker._p)
    breaker._p.addnext(second)
    doc.save(str(path))
    assert len(docx.Document(str(path)).tables) == 2
    frame = load_plan(path, RULESET).frame("Actiefiches")
    assert len(frame) == 1
    fiche = frame.iloc[0]
    assert fiche["Waarom?"] == "Omdat het nodig is." and fiche["Personeelscapaciteit (VTE)"] == 0.3
    assert fiche["Procesevaluatie"] is True


def test_an_instruction_above_its_label_belongs_to_that_labels_box(tmp_path):
    """Seed 000: 'Wie is de trekker van de actie? ...' stands in the row above the label 'Met wie?'
    (the label cell centred over two rows, the upper one left empty)."""
    path = _fiche_doc(tmp_path / "plan.docx", cells={
        "Voor wie?": ["Jonge mantelzorgers"],
        "": ["Wie is de trekker van de actie? Voor welke output of onderdeel van het project neemt de zorgraad de "
             "verantwoordelijkheid op?", "De zorgraad, met het CAW."],
        "Met wie?": ["Met welke stakeholders wordt er samengewerkt voor deze actie?", "Scholen"],
    })
    fiche = load_plan(path, RULESET).frame("Actiefiches").iloc[0]
    assert fiche["Voor wie?"] == "Jonge mantelzorgers"
    assert fiche["Trekker"] == "De zorgraad, met het CAW." and fiche["Stakeholders"] == "Scholen"


def test_numbered_headings_are_the_templates_headings(tmp_path):
    """Headings numbered by Word (a numbered heading style) or by hand ('2. Overzicht stuurgroepen')."""
    path = write_word_plan(tmp_path / "plan.docx")
    doc = docx.Document(str(path))
    for k, p in enumerate(doc.paragraphs):
        if p.text == "Overzicht stuurgroepen":
            p.text = "2. Overzicht stuurgroepen"
        elif p.text in ("Overzicht netwerkevents", "Acties 2026"):
            p.style = doc.styles["List Number"]  # Word's own numbering on the heading
    doc.save(str(path))
    report = check_workbook(path, RULESET)[1]
    assert report.findings == [], [f.message for f in report.findings]


def test_a_label_with_a_remark_or_its_instruction_under_it(tmp_path):
    path = _fiche_doc(tmp_path / "plan.docx", cells={
        "Wat? (kort)": ["Een buurtgerichte aanpak."],
        "Waarom?": ["Er is nood aan afstemming."],
    })
    doc = docx.Document(str(path))
    label = doc.tables[0].rows[1].cells[0]
    label.add_paragraph("Waarom deze actie? Waarom deze actie nu?")  # the instruction under the label
    doc.save(str(path))
    fiche = load_plan(path, RULESET).frame("Actiefiches").iloc[0]
    assert fiche["Wat?"] == "Een buurtgerichte aanpak." and fiche["Waarom?"] == "Er is nood aan afstemming."


def test_the_title_in_the_first_row_with_the_second_cell_left_empty(tmp_path):
    path = _fiche_doc(tmp_path / "plan.docx", title="", cells={
        "Een gezonde wijk voor iedereen": [""], "Wat?": ["Een buurtgerichte aanpak."], "Waarom?": ["Er is nood aan."],
    })
    workbook = load_plan(path, RULESET)
    fiche = workbook.frame("Actiefiches").iloc[0]
    assert fiche["Titel actie"] == "Een gezonde wijk voor iedereen" and fiche["Wat?"] == "Een buurtgerichte aanpak."
    assert not workbook.sheets["Actiefiches"].below


def test_numbered_objective_headings_are_the_objectives(tmp_path):
    path = _fiche_doc(tmp_path / "plan.docx", cells={"Wat? (kort)": ["Een buurtgerichte aanpak van valpreventie."],
                                                    "Waarom?": ["Vallen is de eerste oorzaak van opname."]})
    doc = docx.Document(str(path))
    for p in doc.paragraphs:
        if p.text.startswith("Strategische doelstelling 2"):
            p.text = "1. " + p.text  # typed numbering before the objective's heading
        elif p.text.startswith("Operationele doelstelling 2.1"):
            p.text = "a) " + p.text
    doc.save(str(path))
    workbook = load_plan(path, RULESET)
    fiche = workbook.frame("Actiefiches").iloc[0]
    assert (fiche["SD"], fiche["OD"]) == ("2", "2.1")
    objective = workbook.frame("Doelstellingen").iloc[0]
    assert objective["Operationele doelstelling"] == "We verbinden de partners in de wijk"


@pytest.mark.parametrize("title_in_table", [False, True])
def test_a_note_between_two_fiches_stands_under_the_first(tmp_path, title_in_table):
    fl = LAYOUT.fiches
    rows = valid_plan()
    first, second = rows[fl.sheet][0], rows[fl.sheet][1]
    second[fl.od_column] = first[fl.od_column]  # one objective: the fiches follow each other, no heading between
    path = write_word_plan(tmp_path / "plan.docx", rows, title_in_table=title_in_table)
    doc = docx.Document(str(path))
    fiche_tables = [t for t in doc.tables if first[fl.title_column] in t._tbl.xml or first["Wat?"] in t._tbl.xml]
    note = doc.add_paragraph("Opmerking: de gemeente bevestigt haar deelname pas in maart.")
    fiche_tables[0]._tbl.addnext(note._p)  # right under the first fiche's table
    doc.save(str(path))
    _, report = check_workbook(path, RULESET)
    notes = [f for f in report.findings if f.rule == "rij-onder-tabel" and "gemeente bevestigt" in f.message]
    assert len(notes) == 1, [f.message for f in report.findings]
    assert notes[0].location.section == first[fl.title_column]


def test_a_note_under_the_last_fiche_of_an_objective_stands_under_that_fiche(tmp_path):
    fl = LAYOUT.fiches
    rows = valid_plan()
    first = rows[fl.sheet][0]
    path = write_word_plan(tmp_path / "plan.docx", rows, title_in_table=True)
    doc = docx.Document(str(path))
    table = next(t for t in doc.tables if first[fl.title_column] in t._tbl.xml)
    note = doc.add_paragraph("Opmerking: timing hangt af van de subsidie.")
    table._tbl.addnext(note._p)
    assert table._tbl.getnext().getnext().tag == qn("w:p")  # the next objective's heading follows
    doc.save(str(path))
    _, report = check_workbook(path, RULESET)
    notes = [f for f in report.findings if f.rule == "rij-onder-tabel" and "hangt af van de subsidie" in f.message]
    assert len(notes) == 1 and notes[0].location.section == first[fl.title_column], [f.message for f in report.findings]
    assert "zet ze dan in het vak of de cel van die actiefiche waar ze thuishoort" in notes[0].message
    assert "kolommen" not in notes[0].message and "onder de tabel" not in notes[0].message


def test_text_under_the_parts_heading_or_a_strategic_objective_is_a_note_not_lost(tmp_path):
    fl = LAYOUT.fiches
    path = write_word_plan(tmp_path / "plan.docx", valid_plan(), title_in_table=True)
    doc = docx.Document(str(path))
    body = doc.paragraphs
    part = next(p for p in body if p.text.strip() == fl.heading)
    sd = next(p for p in body if fl.sd.match(p.text.strip()))
    for anchor, text in ((part, "Hieronder volgen onze acties voor volgend jaar."), (sd, "Deze doelstelling is nieuw in het plan.")):
        note = doc.add_paragraph(text)
        anchor._p.addnext(note._p)
    doc.save(str(path))
    workbook, report = check_workbook(path, RULESET)
    notes = {f.location.section: f for f in report.findings if f.rule == "rij-onder-tabel"}
    assert set(notes) == {fl.heading, sd.text.strip()}, [f.message for f in report.findings]
    assert "Hieronder volgen onze acties" in notes[fl.heading].message
    assert "Deze doelstelling is nieuw" in notes[sd.text.strip()].message
    # the fiches and their objectives are read as before
    assert len(workbook.frame(fl.sheet)) == len(valid_plan()[fl.sheet])
