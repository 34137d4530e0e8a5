"""A plan in the Word template gets the same findings as the same plan typed into the workbook
(issue 22): written every way zorgraden write the template, with and without mistakes."""

from __future__ import annotations

import copy
import re

import docx
import pytest

from maak_voorbeeld import example_data
from wordplan import VARIANTS, finding_keys, same_plan, write_word_plan
from workbooks import RULESET, valid_plan, write_plan

from actieplan.run.check import check_workbook
from actieplan.write.template import write_template


def _both(tmp_path, rows, merges=(), **options):
    doc = write_word_plan(tmp_path / "plan.docx", rows, merges=list(merges), **options)
    book = write_template(tmp_path / "plan.xlsx", same_plan(rows), list(merges), ruleset=RULESET)
    doc_report = check_workbook(doc, RULESET)[1]
    return finding_keys(doc_report, True), finding_keys(check_workbook(book, RULESET)[1], False), doc_report


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_the_example_reads_as_its_workbook_every_way_it_is_written(tmp_path, variant):
    rows, merges = example_data()
    doc, book, report = _both(tmp_path, rows, merges, **VARIANTS[variant])
    assert doc == book
    assert len(doc) > 10  # the example has its warnings: they are compared, not just an empty list
    assert all(f.cell is None and f.location is not None for f in report.findings)


def _mistakes() -> dict:
    """A plan of another zorgraad with mistakes in every part (texts of our own)."""
    rows = valid_plan()
    for r in rows["Algemeen"]:
        if r["Veld"] == "Zorgraad":
            r["Waarde"] = "Waasland"
    rows["Capaciteit"][5]["Geschatte capaciteit in # VTE"] = 2.4  # F is not the sum of the fiches
    rows["Capaciteit"][2]["Geschatte capaciteit in # VTE"] = "anderhalve"
    rows["Stuurgroepen"][1]["Trekker"] = None
    rows["Netwerkevents"][0]["Link eerdere actiefiche"] = "misschien"
    rows["Doorlopende acties"][0]["Mijlpalen in 2026"] = None
    first, second = rows["Actiefiches"]
    first["Waarom?"] = "Omdat het moet."
    first["Personeelscapaciteit (VTE)"] = "veel"
    first["Procesevaluatie"] = None
    first["Wat ga je niet doen?"] = "• Geen nieuwe website\n• Geen vertalingen"
    second["Trekker"] = None
    second["Indicatoren resultaatgerichte evaluatie"] = None
    second["Stakeholders"] = "/"
    third = copy.deepcopy(second)
    third["Titel actie"] = second["Titel actie"]  # the same title twice
    rows["Actiefiches"].append(third)
    return rows


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_a_plan_with_mistakes_gets_the_workbooks_findings(tmp_path, variant):
    doc, book, report = _both(tmp_path, _mistakes(), **VARIANTS[variant])
    assert doc == book
    rules = {k[0] for k in doc}
    assert {"cel-verplicht", "fiche-evaluatie-geen", "titel-dubbel", "cel-plaatshouder", "doorlopend-mijlpalen-leeg"} <= rules, rules
    assert not report.ok


def test_a_finding_names_its_place_in_the_document(tmp_path):
    rows = _mistakes()
    report = _both(tmp_path, rows)[2]
    trekker = next(f for f in report.findings if f.sheet == "Stuurgroepen" and f.column == "Trekker")
    assert trekker.location.section == "Overzicht stuurgroepen" and trekker.location.label == "Trekker"
    assert trekker.location.row == 3 and trekker.cell is None  # the header is row 1 of the table
    assert trekker.location.as_json() == {"section": "Overzicht stuurgroepen", "table": trekker.location.table,
                                          "row": 3, "label": "Trekker"}
    vte = next(f for f in report.findings if f.sheet == "Actiefiches" and f.column == "Personeelscapaciteit (VTE)")
    assert vte.location.section == rows["Actiefiches"][0]["Titel actie"] and vte.location.label == "Hoe?"
    assert vte.location.anchor.endswith("}tc[2]")
    assert "location" in vte.as_json() and vte.as_json()["cell"] is None


def test_a_messages_cell_and_row_read_as_the_place_in_the_document(tmp_path):
    """{cel} (the Excel address in a workbook's message) is the document's place; {rij} its table row."""
    from dataclasses import replace

    from actieplan.model import Hit
    from actieplan.read.docx import load_plan
    from actieplan.validate.locate import to_finding

    rule = replace(next(iter(RULESET.rules.values())), message="Zie {cel}, rij {rij}.")
    wb = load_plan(write_word_plan(tmp_path / "plan.docx"), RULESET)
    finding = to_finding(rule, Hit("Stuurgroepen", 3, "Trekker", {}), wb)
    assert finding.message == "Stuurgroep 'Algemene vergadering': Zie 'Overzicht stuurgroepen', tabel 2, rij 3 (Trekker), rij 3."
    assert finding.cell is None and finding.row == 3 and finding.location.label == "Trekker"
    # a row without that column's place: the row; a sheet: its table
    assert to_finding(rule, Hit("Stuurgroepen", 3, "Onbekend", {}), wb).location.label is None
    whole = to_finding(rule, Hit("Stuurgroepen", None, None, {}), wb)
    assert whole.location.row is None and whole.location.table == 2 and whole.message == "Zie 'Overzicht stuurgroepen', tabel 2, rij ."


def test_a_49_fiche_plan_reads_fiche_by_fiche(tmp_path):
    rows = valid_plan()
    base = rows["Actiefiches"][0]
    rows["Actiefiches"] = [
        dict(base, **{"Titel actie": f"Actie nummer {i} rond zorgzones", "Personeelscapaciteit (VTE)": round(0.01 * i, 2),
                      "Wat ga je wel doen?": f"• Stap {i}a\n• Stap {i}b"})
        for i in range(1, 50)
    ]
    path = write_word_plan(tmp_path / "groot.docx", rows, lists=True, page_breaks=True)
    from actieplan.read.docx import load_plan

    frame = load_plan(path, RULESET).frame("Actiefiches")
    assert len(frame) == 49
    assert list(frame["Titel actie"]) == [f"Actie nummer {i} rond zorgzones" for i in range(1, 50)]
    assert list(frame["Personeelscapaciteit (VTE)"]) == [round(0.01 * i, 2) for i in range(1, 50)]
    assert frame["Wat ga je wel doen?"].iloc[48] == "• Stap 49a\n• Stap 49b"
    doc, book, _ = _both(tmp_path, rows)
    assert doc == book


def test_last_years_plan_may_be_a_word_document(tmp_path):
    from workbooks import last_year_plan

    plan = write_plan(tmp_path / "plan.xlsx", same_plan(valid_plan()))
    previous = last_year_plan()
    previous["Algemeen"] = [r for r in previous["Algemeen"] if r["Veld"] != "Werkjaar"]  # its headings say 2025
    previous_doc = write_word_plan(tmp_path / "vorig.docx", previous, header_footer=True)
    previous_book = write_plan(tmp_path / "vorig.xlsx", same_plan(last_year_plan()))
    with_doc = check_workbook(plan, RULESET, vorig_jaar=previous_doc)[1]
    with_book = check_workbook(plan, RULESET, vorig_jaar=previous_book)[1]
    assert finding_keys(with_doc, False) == finding_keys(with_book, False)
    # this year's plan dropped last year's fiches from its ongoing actions: the comparison says so
    rows = valid_plan()
    rows["Doorlopende acties"] = []
    rows["Netwerkevents"] = []
    plan2 = write_plan(tmp_path / "plan2.xlsx", same_plan(rows))
    said_doc = finding_keys(check_workbook(plan2, RULESET, vorig_jaar=previous_doc)[1], False)
    said_book = finding_keys(check_workbook(plan2, RULESET, vorig_jaar=previous_book)[1], False)
    gone = [k[5] for k in said_doc if k[0] == "vorig-jaar-fiche-verdwenen"]
    # last year's document names its fiche by its table, the workbook by its row
    assert len(gone) == 2 and all(re.search(r"\(vorig\.docx, tabel \d+\)", m) for m in gone), gone
    said_doc = {(*k[:5], re.sub(r"tabel \d+", "rij <n>", k[5].replace("vorig.docx", "vorig.xlsx"))) for k in said_doc}
    assert said_doc == said_book


def test_a_fiche_copied_from_last_years_document_names_its_table(tmp_path):
    from workbooks import last_year_plan

    previous = last_year_plan()
    previous_doc = write_word_plan(tmp_path / "vorig.docx", previous, header_footer=True)
    rows = valid_plan()
    rows["Actiefiches"] = [dict(r) for r in same_plan(last_year_plan())["Actiefiches"][:1]] + rows["Actiefiches"]
    plan = write_plan(tmp_path / "plan.xlsx", same_plan(rows))
    report = check_workbook(plan, RULESET, vorig_jaar=previous_doc)[1]
    copied = [f.message for f in report.findings if f.rule == "vorig-jaar-fiche-gekopieerd"]
    tables = [t for t in docx.Document(str(previous_doc)).tables]
    assert copied, [f.rule for f in report.findings]
    assert all(re.search(r"van vorig jaar \(vorig\.docx, tabel \d+; gelijkenis", m) for m in copied), copied
    assert not any("blad Actiefiches" in m or "rij " in m.split("van vorig jaar", 1)[1].split(";")[0] for m in copied)
    # the table named is that fiche's own: it holds the copied fiche's texts
    table = tables[int(re.search(r"tabel (\d+);", copied[0]).group(1)) - 1]
    shown = " ".join(cell.text for row in table.rows for cell in row.cells)
    assert str(rows["Actiefiches"][0]["Wat?"])[:40] in shown


@pytest.mark.slow  # starts LibreOffice Writer
@pytest.mark.parametrize("variant", ["tekens", "alles"])
def test_the_same_document_saved_by_libreoffice_writer_reads_the_same(tmp_path, variant):
    from clients import need
    from wordplan import resave_with_writer

    need("soffice")
    rows, merges = example_data()
    original = write_word_plan(tmp_path / "plan.docx", rows, merges=merges, **VARIANTS[variant])
    out = tmp_path / "writer"
    done = resave_with_writer(original, out, tmp_path / "lo-profiel")
    saved = out / "plan.docx"
    assert saved.is_file(), done.stderr
    assert saved.read_bytes() != original.read_bytes()
    before = check_workbook(original, RULESET)[1]
    after = check_workbook(saved, RULESET)[1]
    assert finding_keys(after, True) == finding_keys(before, True)
    from actieplan.read.docx import load_plan

    for sheet in RULESET.sheets:
        a, b = load_plan(original, RULESET).frame(sheet), load_plan(saved, RULESET).frame(sheet)
        assert a.reset_index(drop=True).equals(b.reset_index(drop=True)), sheet


def test_reading_leaves_the_document_as_it_was_and_the_json_has_the_place(tmp_path):
    import hashlib
    import json

    from actieplan.write.findings import write_findings_json

    rows = _mistakes()
    path = write_word_plan(tmp_path / "plan.docx", rows, checkboxes="controls", merged_labels=True)
    before = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    report = check_workbook(path, RULESET)[1]
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before
    data = json.loads(write_findings_json(report, tmp_path / "plan.bevindingen.json").read_text(encoding="utf-8"))
    trekker = next(f for f in data["findings"] if f["sheet"] == "Stuurgroepen" and f["column"] == "Trekker")
    assert trekker["cell"] is None and trekker["row_title"] == "Algemene vergadering"
    assert trekker["location"] == {"section": "Overzicht stuurgroepen", "table": 2, "row": 3, "label": "Trekker"}


@pytest.mark.parametrize("variant", ["tekens", "alles"])
def test_every_anchor_is_a_paragraph_or_cell_of_the_documents_own_xml(tmp_path, variant):
    """The annotated copy puts its comments by DocLocation.anchor on word/document.xml as stored."""
    import zipfile

    from lxml import etree

    rows, merges = example_data()
    path = write_word_plan(tmp_path / "plan.docx", rows, merges=merges, **VARIANTS[variant])
    report = check_workbook(path, RULESET)[1]
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    anchored = [f for f in report.findings if f.location is not None and f.location.anchor]
    assert len(anchored) >= len(report.findings) - 1
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for f in anchored:
        el = root.find(f.location.anchor)
        assert el is not None and el.tag in (f"{w}p", f"{w}tc"), (f.rule, f.location)
        if f.location.table is not None and el.tag == f"{w}tc":  # in the table the place names
            assert f.location.anchor.startswith(f"{w}body/{w}tbl[{f.location.table}]/"), (f.rule, f.location)
