"""Notes added to a comments part and a drawing the copy makes itself are kept as the bytes lxml
would write for them and spliced in when the part is written (no element per note); anything that
asks for the notes as elements gets the same notes as a tree, and a text lxml refuses still goes
through the tree (which refuses it as before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbooks import valid_plan, write_plan

from actieplan.ooxml.comments import LegacyNotes
from actieplan.ooxml.package import Package
from actieplan.ooxml.sheetstream import edit_sheet
from actieplan.ooxml.workbook import Book
from actieplan.ooxml.xml import serialize

AUTHORS = ("actieplan", "Team Waas", "actieplan")
TEXTS = ["FOUT: a & b < c > d [regel-a]", "line\r\nbreak and 'quotes' \"too\"", "emoji 🙂 é ]]>", "  spaces  "]


def _notes(path: Path) -> tuple[Package, LegacyNotes]:
    pkg = Package(path)
    book = Book(pkg)
    name, part, _ = next(s for s in book.sheets() if s[0] == "Actiefiches")
    return pkg, LegacyNotes(edit_sheet(pkg, name, part), book)


def _parts(pkg: Package, notes: LegacyNotes) -> tuple[bytes, bytes]:
    return pkg.read(notes.part), pkg.read(notes.vml_part)


def test_new_notes_are_written_as_the_tree_writes_them(tmp_path):
    path = write_plan(tmp_path / "plan.xlsx", valid_plan())
    pkg, notes = _notes(path)
    for i, text in enumerate(TEXTS):  # (two authors, each note's author as the tree numbers it)
        notes.new_note(f"D{4 + i}", text, AUTHORS[i % 3])
    assert len(notes.root.find(f"{{{notes.root.nsmap[None]}}}commentList")) == 0  # no element made per note
    fast = _parts(pkg, notes)
    tree_pkg, tree_notes = _notes(path)
    tree_notes.ensure_parts()
    tree_notes._materialize()  # (no note yet: the tree from the start)
    tree_notes.shapes._materialize()
    for i, text in enumerate(TEXTS):
        tree_notes.new_note(f"D{4 + i}", text, AUTHORS[i % 3])
    assert fast == _parts(tree_pkg, tree_notes)
    assert notes.note_of("D5") is not None  # asked for: the notes made a tree, the same
    notes.shapes._materialize()
    assert fast == (serialize(notes.root), serialize(notes.shapes.root)) == _parts(pkg, notes)
    pkg.close()
    tree_pkg.close()


def test_a_note_asked_for_or_removed_is_there_as_an_element(tmp_path):
    pkg, notes = _notes(write_plan(tmp_path / "plan.xlsx", valid_plan()))
    notes.new_note("D4", "first", "actieplan")
    notes.new_note("D5", "second", "actieplan")
    notes.remove("D4", notes.by_ref()["D4"])
    assert list(notes.by_ref()) == ["D5"]
    part, vml = _parts(pkg, notes)
    assert b"first" not in part and b"second" in part and vml.count(b"<v:shape ") == 1
    pkg.close()


def test_a_text_lxml_refuses_goes_through_the_tree(tmp_path):
    pkg, notes = _notes(write_plan(tmp_path / "plan.xlsx", valid_plan()))
    notes.new_note("D4", "fine", "actieplan")
    with pytest.raises(ValueError):
        notes.new_note("D5", "a \x01 control character", "actieplan")
    pkg.close()
