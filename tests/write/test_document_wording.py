"""A plan checked as a Word document is called a document in every text the user reads (the report,
the draft mail, folder mode's overview, the web page): not a workbook with sheets. A workbook's
wording is pinned by the writers' own tests."""

from __future__ import annotations

import email
import email.policy
import re

from actieplan.run.cli import main
from actieplan.write.wording import DOCUMENT, WORKBOOK, plans_counted, wording

from webclient import upload
from wordplan import write_word_plan
from workbooks import valid_plan, write_plan


def _with_an_error() -> dict:
    rows = valid_plan()
    rows["Actiefiches"][0]["Wat?"] = None  # a required answer left empty
    return rows


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_words_follow_the_suffix():
    assert wording("plan.docx") is DOCUMENT and wording("PLAN.DOCX") is DOCUMENT
    assert wording("plan.xlsx") is WORKBOOK and wording(None) is WORKBOOK
    assert plans_counted(["a.xlsx", "b.xlsm"]) == ("werkmap", "werkmappen")
    assert plans_counted(["a.xlsx", "b.docx"]) == ("bestand", "bestanden")


def test_the_report_of_a_document_speaks_of_the_document(tmp_path, capsys):
    plan = write_word_plan(tmp_path / "plan.docx", _with_an_error())
    assert main(["controleer", str(plan), "--uitvoer", str(tmp_path / "uit")]) == 1
    page = _text((tmp_path / "uit" / "plan.rapport.html").read_text(encoding="utf-8"))
    assert "Word-document plan.docx , gecontroleerd op" in page, page[:300]
    assert "Verbeter eerst de fouten hieronder en controleer het document opnieuw." in page
    assert "Controleer het document opnieuw." in page
    assert "Overzicht per deel" in page and "Overzicht per blad" not in page
    assert "F in de capaciteitstabel" in page and "op het blad" not in page
    assert not re.search(r"\bwerkmap\b|\bWerkmap\b|\bBlad\b", page), re.findall(r".{40}(?:[Ww]erkmap|Blad).{40}", page)


def test_the_draft_mail_of_a_document_speaks_of_the_document(tmp_path, capsys):
    plan = write_word_plan(tmp_path / "plan.docx")
    assert main(["controleer", str(plan), "--uitvoer", str(tmp_path / "uit")]) == 0
    message = email.message_from_bytes((tmp_path / "uit" / "plan.eml").read_bytes(), policy=email.policy.default)
    body = message.get_body(("plain",)).get_content()
    assert "Het document is vooraf gecontroleerd op het sjabloon" in body and "werkmap" not in body.lower()
    page = _text((tmp_path / "uit" / "plan.rapport.html").read_text(encoding="utf-8"))
    assert "met het document als bijlage" in page


def test_folder_mode_counts_files_when_a_document_is_among_them(tmp_path, capsys):
    folder = tmp_path / "plannen"
    folder.mkdir()
    write_plan(folder / "a.xlsx")
    write_word_plan(folder / "b.docx")
    main(["controleer", str(folder), "--uitvoer", str(tmp_path / "uit")])
    out = capsys.readouterr().out
    assert f"Controle van de map {folder}: 2 bestanden in" in out, out
    assert "(en per bestand de gecontroleerde kopie" in out and "werkmappen" not in out
    overview = _text((tmp_path / "uit" / "overzicht.html").read_text(encoding="utf-8"))
    assert "2 bestanden —" in overview and "werkmappen" not in overview


def test_the_web_page_of_a_document_speaks_of_the_document(tmp_path, web):
    plan = write_word_plan(tmp_path / "plan.docx", _with_an_error())
    page = _text(upload(web(), ("plan.docx", plan.read_bytes())).text)
    assert "Verbeter de fouten hieronder in uw document" in page
    assert "Overzicht per deel" in page and "Overzicht per blad" not in page
    assert "Plaats" in page and "tabel " in page  # a finding's place in the document, not a cell


def test_a_workbook_keeps_its_words(tmp_path, web):
    plan = write_plan(tmp_path / "plan.xlsx", _with_an_error())
    page = _text(upload(web(), ("plan.xlsx", plan.read_bytes())).text)
    assert "Verbeter de fouten hieronder in uw werkmap" in page and "Overzicht per blad" in page
