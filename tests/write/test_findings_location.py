"""A finding in a Word plan carries its place in the document (`location`), a workbook's does not."""

from actieplan.model import DocLocation, Finding, Severity


def _finding(location=None, cell=None):
    return Finding("fiche-wat-leeg", Severity.ERROR, "Actiefiches", cell, 7, "Wat?", "Vul 'Wat?' in.", "Valpreventie", location=location)


def test_word_finding_has_location_without_anchor():
    where = DocLocation("Valpreventie thuis", 9, 2, "Wat?", anchor="{ns}body/{ns}tbl[9]/{ns}tr[2]/{ns}tc[2]")
    data = _finding(where).as_json()
    assert data["cell"] is None
    assert data["location"] == {"section": "Valpreventie thuis", "table": 9, "row": 2, "label": "Wat?"}
    assert _finding(where).where == "Actiefiches, 'Valpreventie thuis', tabel 9, rij 2 (Wat?)"


def test_workbook_finding_keeps_the_contract_fields():
    data = _finding(cell="D7").as_json()
    assert "location" not in data
    assert data["cell"] == "D7" and _finding(cell="D7").where == "Actiefiches!D7"


def test_paragraph_location_reads_without_table():
    assert DocLocation(None, None, None, "Zorgraad:").dutch == "document (Zorgraad:)"
    assert DocLocation("Algemeen", None, None, None).dutch == "'Algemeen'"


def test_the_json_has_every_field_of_a_finding_in_its_order():
    # as_json builds the dict itself (for speed): a field added to Finding must reach the JSON
    from dataclasses import fields

    full = _finding(DocLocation("Valpreventie thuis", 9, 2, "Wat?"), cell=None)
    full = Finding(**{**{f.name: getattr(full, f.name) for f in fields(Finding)}, "omitted": 3})
    assert list(full.as_json()) == [f.name for f in fields(Finding)]
    assert full.as_json()["severity"] == "error" and full.as_json()["omitted"] == 3
    assert list(_finding(cell="D7").as_json()) == [f.name for f in fields(Finding) if f.name not in ("omitted", "location")]
