"""Text the user typed in a note of ours is never lost at a re-check: where it cannot be told apart
from our message (typed inside it, or our message changed), the whole note stays as the user's
own, in the new copy (our new message below it) and in the mail's clean attachment, and the
command says so. A note of ours the user did not touch still goes completely, also after
LibreOffice re-saved the copy."""

import email
import email.policy
import io
import re
import shutil
import zipfile

import openpyxl
import pytest
from paths import EXAMPLE
from lxml import etree
from openpyxl.comments import Comment
from clients import need, resave_with_libreoffice

from actieplan.write.annotated import NOTE_SEPARATOR
from actieplan.run.cli import main

CELL = "E9"
ELS = " (ELS: voorzitter bevestigt: wij vertegenwoordigen de zorgraad)"


@pytest.fixture(scope="module")
def first_copy(tmp_path_factory):
    """The 2026 example without errors (M6, M7 ticked), checked once: its copy and E9's note."""
    tmp = tmp_path_factory.mktemp("eerste")
    plan = tmp / "orig.xlsx"
    wb = openpyxl.load_workbook(EXAMPLE)
    wb["Actiefiches"]["M6"] = "☒"
    wb["Actiefiches"]["M7"] = "☒"
    wb.save(plan)
    assert main(["controleer", str(plan), "--uitvoer", str(tmp / "o1")]) == 0
    copy = tmp / "o1" / "orig.gecontroleerd.xlsx"
    ours = openpyxl.load_workbook(copy)["Stuurgroepen"][CELL].comment.text
    assert ours.startswith("INFO: ") and "Ter info: " in ours and ours.endswith("[stuurgroep-eigen-naam]")
    return copy, ours


# (name, how the user changes our note's text, whether ours can be told apart from theirs)
EDITS = [
    ("midden", lambda t: t.replace("Ter info", "Ter info" + ELS, 1), False),
    ("ervoor", lambda t: "ELS: voorzitter bevestigt.\n\n" + t, True),
    ("erna", lambda t: t + "\n\nELS: voorzitter bevestigt.", True),
    ("woord-weg", lambda t: t.replace("alleen ", "", 1), False),
    ("onaangeroerd", lambda t: t, True),
]


def _edit_openpyxl(copy, target, change):
    """As a user edits the note (openpyxl drops our hidden state, as some programs do)."""
    wb = openpyxl.load_workbook(copy)
    cell = wb["Stuurgroepen"][CELL]
    cell.comment = Comment(change(cell.comment.text), cell.comment.author)
    wb.save(target)


def _edit_in_place(copy, target, change):
    """As Excel edits the note: only the comments part changes, our hidden state stays."""
    with zipfile.ZipFile(copy) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if re.fullmatch(r"xl/comments\d*\.xml", info.filename) and b'ref="E9"' in data:
                root = etree.fromstring(data)
                ns = {"m": root.nsmap[None]}
                body = root.xpath('//m:comment[@ref="E9"]/m:text', namespaces=ns)[0]
                ts = body.xpath(".//m:t", namespaces=ns)
                text = "".join(t.text or "" for t in ts)
                for run in list(body)[1:]:  # one run holds the changed text
                    body.remove(run)
                ts[0].text = change(text)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            dst.writestr(info, data)
    assert "customXml/item1.xml" in zipfile.ZipFile(target).namelist()


def _attachment(eml):
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    return openpyxl.load_workbook(io.BytesIO(next(msg.iter_attachments()).get_content()))


def _recheck(tmp_path, edited, capsys):
    out = tmp_path / "oe9"
    assert main(["controleer", str(edited), "--uitvoer", str(out)]) == 0
    told = capsys.readouterr()
    stem = edited.stem
    copy = openpyxl.load_workbook(out / f"{stem}.gecontroleerd.xlsx")
    return copy, _attachment(out / f"{stem}.eml"), told.out + told.err


def _notes(wb):
    return {(ws.title, c.coordinate): c.comment.text for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.comment}


def _assert_kept(first_copy, edited, tmp_path, capsys, change, separable):
    _, ours = first_copy
    typed = change(ours)
    copy, attachment, told = _recheck(tmp_path, edited, capsys)
    note = copy["Stuurgroepen"][CELL].comment.text
    notice = "Stuurgroepen!E9" in told and "eigen notitie" in told
    clean = _notes(attachment)
    # no note of ours anywhere in the attachment
    assert not any(NOTE_SEPARATOR in t or t.rstrip().endswith("]") and t.startswith(("INFO", "FOUT", "WAARSCH"))
                   for k, t in clean.items() if k != ("Stuurgroepen", CELL)), clean
    if typed == ours:  # untouched: removed completely, our new note once, nothing said
        assert note == ours and note.count("[stuurgroep-eigen-naam]") == 1
        assert ("Stuurgroepen", CELL) not in clean and not notice
        return
    if separable:  # the user's text apart from ours: only theirs stays, ours comes anew below it
        mine = typed.replace(ours, "").strip()
        assert note == f"{mine}\n\n{NOTE_SEPARATOR}\n{ours}"
        assert clean[("Stuurgroepen", CELL)] == mine and not notice
        return
    # typed inside: the whole note is the user's, our new message below it; said in the output
    assert note == f"{typed}\n\n{NOTE_SEPARATOR}\n{ours}", note
    assert clean[("Stuurgroepen", CELL)] == typed
    assert notice, told
    assert copy["Stuurgroepen"][CELL].comment.author != "actieplan"
    # checked again as it is: the user's note stays once, ours below it once, nothing doubled
    again = tmp_path / "again"
    again.mkdir()
    shutil.copy(tmp_path / "oe9" / f"{edited.stem}.gecontroleerd.xlsx", again / "e9b.xlsx")
    copy2, attachment2, told2 = _recheck(again, again / "e9b.xlsx", capsys)
    assert copy2["Stuurgroepen"][CELL].comment.text == note
    assert _notes(attachment2)[("Stuurgroepen", CELL)] == typed and "eigen notitie" not in told2


@pytest.mark.parametrize("name,change,separable", EDITS, ids=[e[0] for e in EDITS])
@pytest.mark.parametrize("edit", [_edit_openpyxl, _edit_in_place], ids=["openpyxl", "state-kept"])
def test_text_typed_in_our_note_is_kept(first_copy, tmp_path, capsys, name, change, separable, edit):
    edited = tmp_path / "e9.xlsx"
    edit(first_copy[0], edited, change)
    _assert_kept(first_copy, edited, tmp_path, capsys, change, separable)


@pytest.mark.slow  # LibreOffice
@pytest.mark.parametrize("name,change,separable", EDITS, ids=[e[0] for e in EDITS])
def test_text_typed_in_our_note_is_kept_after_libreoffice(first_copy, tmp_path, capsys, name, change, separable):
    need("soffice")
    edited = tmp_path / "e9.xlsx"
    _edit_openpyxl(first_copy[0], tmp_path / "bewerkt.xlsx", change)
    proc = resave_with_libreoffice(tmp_path / "bewerkt.xlsx", tmp_path / "lo", tmp_path)
    assert proc.returncode == 0, proc.stderr
    shutil.copy(tmp_path / "lo" / "bewerkt.xlsx", edited)
    _assert_kept(first_copy, edited, tmp_path, capsys, change, separable)


@pytest.mark.slow  # LibreOffice
def test_an_untouched_copy_resaved_by_libreoffice_loses_every_note_of_ours(first_copy, tmp_path, capsys):
    """LibreOffice keeps our state but rewrites the notes (runs, fonts): still ours, all of them."""
    need("soffice")
    proc = resave_with_libreoffice(first_copy[0], tmp_path / "lo", tmp_path)
    assert proc.returncode == 0, proc.stderr
    edited = tmp_path / "e9.xlsx"
    shutil.copy(tmp_path / "lo" / first_copy[0].name, edited)
    before = _notes(openpyxl.load_workbook(first_copy[0]))
    copy, attachment, told = _recheck(tmp_path, edited, capsys)
    assert _notes(copy) == before  # the same notes again, none doubled
    assert _notes(attachment) == {} and "eigen notitie" not in told


REWRAPS = [
    lambda t: t.replace(" ", "\n", 3).replace(": ", ":  ", 2) + "\n",  # other line breaks and spaces
    lambda t: "actieplan:\n" + t,  # the author's name put first, as Excel shows a note
    lambda t: t.replace("\n", "\r\n").replace("? ", "?\t"),
]


@pytest.mark.parametrize("rewrap", REWRAPS, ids=["regels", "auteur", "crlf-tab"])
def test_a_note_rewrapped_by_another_program_is_still_ours(first_copy, tmp_path, capsys, rewrap):
    """Other line breaks and spaces in our message (a re-wrap) do not make it the user's."""
    _, ours = first_copy
    edited = tmp_path / "e9.xlsx"
    _edit_openpyxl(first_copy[0], edited, rewrap)
    copy, attachment, told = _recheck(tmp_path, edited, capsys)
    assert copy["Stuurgroepen"][CELL].comment.text == ours
    assert ("Stuurgroepen", CELL) not in _notes(attachment) and "eigen notitie" not in told


@pytest.mark.parametrize("how", ["sheet-deleted", "rows-deleted"])
def test_our_notes_are_ours_without_the_controle_sheet(first_copy, tmp_path, capsys, how):
    """The Controle sheet deleted (or rows of it) and the state dropped: our untouched notes are
    still ours (they read as their rule's message does): none goes into the attachment, none is
    said to hold the user's text, none doubled in the copy; text typed into one is still kept."""
    copy, ours = first_copy
    wb = openpyxl.load_workbook(copy)  # openpyxl drops our hidden state part
    control = next(ws for ws in wb.worksheets if ws.title.startswith("Controle"))
    if how == "sheet-deleted":
        wb.remove(control)
    else:
        control.delete_rows(18, 3)
    cell = wb["Stuurgroepen"][CELL]
    cell.comment = Comment(cell.comment.text.replace("Ter info", "Ter info" + ELS, 1), cell.comment.author)
    edited = tmp_path / "zonder.xlsx"
    wb.save(edited)
    new_copy, attachment, told = _recheck(tmp_path, edited, capsys)
    clean = _notes(attachment)
    assert set(clean) == {("Stuurgroepen", CELL)} and ELS in clean[("Stuurgroepen", CELL)], clean
    said = [line for line in told.splitlines() if "tekst die u typte" in line]
    assert said and all("Stuurgroepen!E9" in line and not re.search(r"Stuurgroepen!D\d|Capaciteit!C10", line) for line in said), told
    notes = _notes(new_copy)
    assert all(NOTE_SEPARATOR not in t for k, t in notes.items() if k != ("Stuurgroepen", CELL))
