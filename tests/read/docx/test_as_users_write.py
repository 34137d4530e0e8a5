"""The template as an outside Word user filled it in (issue 22, the tester's plan): scope headings in
Word list numbering, a total row without a code, the zorgraad's name in the page header, a fiche
without its objective's heading."""

from __future__ import annotations

import docx

from wordplan import LAYOUT, write_word_plan
from workbooks import RULESET, valid_plan

from actieplan.read.docx import load_plan
from actieplan.run.check import check_workbook

CAPACITY = LAYOUT.table("Capaciteit")


def _doc(zorgraad: str | None = "Zorgraad: Zorgraad Houtland"):
    doc = docx.Document()
    if zorgraad:
        doc.add_paragraph(zorgraad)
    return doc


def _fiche_table(doc, cells: dict[str, list[tuple[str, str | None]]]):
    """A fiche table: per label, the right cell's paragraphs as (text, style)."""
    table = doc.add_table(rows=0, cols=2)
    for label, paras in cells.items():
        row = table.add_row()
        row.cells[0].text = label
        cell = row.cells[1]
        for i, (text, style) in enumerate(paras):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.add_run(text)
            if style:
                p.style = doc.styles[style]
    return table


def test_scope_headings_in_word_list_numbering_fill_the_scope_columns_and_keep_the_answers_lists(tmp_path):
    doc = _doc()
    doc.add_heading(LAYOUT.fiches.heading, level=1)
    doc.add_heading("Strategische doelstelling 4 - Zorg die aansluit", level=2)
    doc.add_heading("Operationele doelstelling 4.2. - Samen met de apothekers", level=3)
    doc.add_paragraph("Medicatienazicht bij thuiswonende ouderen")
    _fiche_table(doc, {
        "Wat?": [("Apothekers kijken de medicatie van kwetsbare ouderen na.", None),
                 ("Wat ga je wel doen?", "List Number"), ("Vier opleidingsavonden", "List Bullet"),
                 ("Een fiche voor de huisarts", None),
                 ("Wat ga je niet doen?", "List Number"), ("Geen thuisbezoeken door de zorgraad", None)],
        "Met wie?": [("De zorgraad brengt de partners samen.", None),
                     ("Met welke stakeholders wordt er samengewerkt voor deze actie?", "List Bullet"),
                     ("Apothekersvereniging", "List Bullet")],
    })
    path = tmp_path / "lijsten.docx"
    doc.save(str(path))
    fiche = load_plan(path, RULESET).frame("Actiefiches").iloc[0]
    bullet = LAYOUT.fiches.bullet
    assert fiche["Wat?"] == "Apothekers kijken de medicatie van kwetsbare ouderen na."
    assert fiche["Wat ga je wel doen?"] == f"{bullet}Vier opleidingsavonden\nEen fiche voor de huisarts"
    assert fiche["Wat ga je niet doen?"] == "Geen thuisbezoeken door de zorgraad"
    assert fiche["Trekker"] == "De zorgraad brengt de partners samen."
    assert fiche["Stakeholders"] == f"{bullet}Apothekersvereniging"


def test_every_heading_and_label_reads_after_a_typed_list_marker():
    stuurgroepen = LAYOUT.table("Stuurgroepen")
    for marker in ("• ", "- ", "1. ", "2) ", "a) ", "b. ", "(3) ", "4.1 "):
        assert stuurgroepen.is_heading(marker + stuurgroepen.heading), marker
        assert LAYOUT.fiches.is_heading(marker + LAYOUT.fiches.heading), marker
        assert LAYOUT.algemeen.field_of(marker + "Zorgraad:") is not None, marker
        assert LAYOUT.fiches.box_of(marker + "Met wie?") is LAYOUT.fiches.box_of("Met wie?"), marker
    # a text that only looks like a marker stays what it is
    assert CAPACITY.column_of("# VTE") is not None and LAYOUT.algemeen.field_of("E-mail:") is not None
    assert not stuurgroepen.is_heading("Overzicht")


def _capacity_doc(path, rows: list[tuple[str, ...]]):
    """The capacity table as a department's layout may have it: a code and a description cell under
    one merged header cell, then the VTE and the remarks."""
    doc = _doc()
    doc.add_heading(CAPACITY.heading, level=1)
    table = doc.add_table(rows=1, cols=4)
    head = table.rows[0].cells
    head[0].merge(head[1])
    head[2].text, head[3].text = CAPACITY.titled[0].titles[0], CAPACITY.titled[1].titles[0]
    for values in rows:
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value
    doc.save(str(path))
    return path


PARTS = [("A", "Totale personeelscapaciteit", "4,0", ""), ("B", "Administratie", "0,5", ""), ("C", "Events", "0,5", ""),
         ("D", "Vergaderingen", "1,0", ""), ("E", "Opvolging", "0,5", ""), ("F", "Acties", "1,0", "")]


def test_a_total_row_with_an_empty_code_cell_is_known_by_its_sum(tmp_path):
    for n, total in enumerate([("", CAPACITY.total, "3,5", ""), ("", "Totaal (B+C+D+E+F)", "3,5", ""),
                               ("Totaal B + C + D + E + F", "", "3,5", "")]):
        path = _capacity_doc(tmp_path / f"totaal{n}.docx", [*PARTS, total])
        workbook, report = check_workbook(path, RULESET)
        frame = workbook.frame("Capaciteit")
        assert list(frame["Code"]) == [*"ABCDEF", CAPACITY.total], total
        assert frame["Onderdeel"].iloc[-1] == (total[1] or total[0])
        assert not [f.message for f in report.findings if f.sheet == "Capaciteit"], total


def test_the_zorgraad_from_the_header_as_written_agrees_with_a_zorgraad_line(tmp_path):
    rows = valid_plan()
    for row in rows["Algemeen"]:
        if row["Veld"] == "Zorgraad":
            row["Waarde"] = "Zorgraad Houtland"
    line = load_plan(write_word_plan(tmp_path / "regel.docx", rows), RULESET)
    header = load_plan(write_word_plan(tmp_path / "kop.docx", rows, header_footer=True), RULESET)
    assert line.sheets["Algemeen"].fields["zorgraad"][1] == "Zorgraad Houtland"
    assert header.sheets["Algemeen"].fields["zorgraad"][1] == "Zorgraad Houtland"
    zorgraad_in = LAYOUT.algemeen.zorgraad_in
    assert zorgraad_in("Actieplan Zorgraad Houtland 2026") == "Zorgraad Houtland"
    assert zorgraad_in("Actieplan 2026 - Houtland") == "Houtland"


def test_a_fiche_without_its_objectives_heading_is_told_so(tmp_path):
    doc = _doc()
    doc.add_heading(LAYOUT.fiches.heading, level=1)
    doc.add_paragraph("Buurtgerichte valpreventie")
    _fiche_table(doc, {"Wat?": [("Een korte beschrijving.", None)], "Voor wie?": [("Thuiswonende ouderen", None)]})
    path = tmp_path / "zonder-od.docx"
    doc.save(str(path))
    report = check_workbook(path, RULESET)[1]
    od = next(f for f in report.findings if f.rule == "cel-verplicht" and f.column == "OD")
    sd = next(f for f in report.findings if f.rule == "cel-verplicht" and f.column == "SD")
    assert "Operationele doelstelling" in od.message and "geen kop" in od.message, od.message
    assert "Strategische doelstelling" in sd.message and "geen kop" in sd.message, sd.message
    assert "De cel in kolom" not in od.message
    assert od.location.section == "Buurtgerichte valpreventie"
    # a workbook keeps the workbook's wording
    workbook_report = check_workbook(_workbook_without_od(tmp_path), RULESET)[1]
    book = next(f for f in workbook_report.findings if f.rule == "cel-verplicht" and f.column == "OD")
    assert book.message.endswith("De cel in kolom 'OD' is leeg; vul ze in.")


def _workbook_without_od(tmp_path):
    from workbooks import write_plan

    rows = valid_plan()
    rows["Actiefiches"][0]["OD"] = None
    return write_plan(tmp_path / "zonder-od.xlsx", rows)
