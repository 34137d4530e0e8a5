"""The annotated copy ``NAME.gecontroleerd.xlsx``: the user's own workbook with every finding
marked at its cell and a first sheet ``Controle`` that lists them all.

The copy is made by editing the workbook's package (the zip of XML parts), not by loading and
saving it with a spreadsheet library: every part we do not need to change is copied byte for
byte, compressed bytes and all (:class:`actieplan.ooxml.package.Package`). What changes:

* the sheets with findings, only where a mark needs it: the style index of the marked cells (a
  new cell element where the cell has none) and the ``legacyDrawing`` of notes;
* ``styles.xml``: fills and cell formats appended (a copy of the cell's own format with our fill);
* the sheets' notes (legacy comments and their VML shapes): ours added; a user's own note on
  the same cell keeps its text, ours is added below it; a cell with a threaded comment gets no
  note of ours (its thread is left alone);
* the new ``Controle`` sheet and its chart (made with xlsxwriter in a scratch package and
  transplanted with their styles remapped), first and active; the workbook part, its
  relationships and the content types list it.

What we did is recorded in a custom XML part (:mod:`.journal`), which no user sees or unhides.
Checking an annotated copy again first undoes exactly what that part records (where the cell
is still as we left it), so marks never pile up and the user's own fills and notes come back
where a finding is gone. Where another program dropped the part (LibreOffice does), our notes
are recognised by their text and our Controle sheet by its header; a fill is only taken away
together with a note of ours, never on its own (the user may use our colours). Our Controle
sheet carries a mark of its own (a sheet-local defined name, see :mod:`.own_sheets`) that survives
a rename and other programs' saves; text the user typed on it is kept at a re-check (the old
sheet stays as "Controle (uw notities)") and only the mail's attachment leaves it out.

:func:`clean_workbook` gives the user's workbook without any of our additions (the mail's
attachment). The sheets we mark or unmark are edited as a stream of bytes
(:class:`actieplan.ooxml.sheetstream.StreamSheet`: never a whole tree in memory, every byte we do not change kept);
the small parts, and a sheet the stream cannot follow exactly, are read and written with lxml,
which keeps namespaces, comments, CDATA and elements it does not know.

The modules: :mod:`.texts` (the words and colours), :mod:`.notes` (our notes' text),
:mod:`.marks`, :mod:`.controle` (the Controle sheet), :mod:`.journal`, :mod:`.own_sheets`,
:mod:`.undo`, :mod:`.writer` (the functions below). The package editing itself is
:mod:`actieplan.ooxml`.
"""

from actieplan.write.annotated.own_sheets import OwnSheet, kept_notice, left_out_notice, mixed_notice
from actieplan.write.annotated.texts import (
    AUTHOR, CONTROL_SHEET, MARK_COLOURS, NOTE_SEPARATOR, NOTES_SHEET, SEVERITY_LABEL, SHEET_MARK,
)
from actieplan.write.annotated.writer import annotate, annotated_name, clean_workbook, has_our_notes, is_annotated, templates_of, write_annotated

__all__ = [
    "AUTHOR", "CONTROL_SHEET", "MARK_COLOURS", "NOTE_SEPARATOR", "NOTES_SHEET", "SEVERITY_LABEL", "SHEET_MARK", "OwnSheet",
    "annotate", "annotated_name", "clean_workbook", "has_our_notes", "is_annotated", "kept_notice", "left_out_notice",
    "mixed_notice", "templates_of", "write_annotated",
]
