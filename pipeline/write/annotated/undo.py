"""Undoing an annotation: the journal's records played back (fills, notes, cells and rows we made,
the sheets' selection, styles, parts we changed put back byte for byte where untouched since), our
sheets removed, our notes recognised by their text where the journal is gone."""

from __future__ import annotations

import base64
import hashlib
import zlib

from lxml import etree

from actieplan.ooxml import docprops
from actieplan.ooxml.cellref import coordinate, is_ref, split_ref
from actieplan.ooxml.ns import R, REL_COMMENTS, q
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels, rels_name
from actieplan.ooxml.sheet import SheetEditor
from actieplan.ooxml.sheetstream import edit_sheet
from actieplan.ooxml.styles import Styles
from actieplan.ooxml.workbook import Book
from actieplan.ooxml.xml import parse
from actieplan.write.annotated.journal import CellRecord, SheetRecord, find_state, undo_styles
from actieplan.write.annotated.notes import Notes, Templates, has_our_notes_in
from actieplan.write.annotated.own_sheets import (
    OwnSheet, find_own_sheets, notes_name, our_texts, read_user_text, rename_sheet, set_mark, shared_strings,
)
from actieplan.write.annotated.texts import KIND_CONTROL, KIND_NOTES, LEGACY_STATE_SHEET, MARK_COLOURS, RUN_PREFIX


def strip_annotations(
    pkg: Package, book: Book, keep_notes: bool = False, own: list[OwnSheet] | None = None, mixed: list[str] | None = None,
    templates: Templates | None = None, stream: bool = True,
) -> bool:
    """Undo a previous annotation in the package: fills and notes back, our sheet and state gone.

    A fill or note is only put back where it is still ours: what the user changed after the
    check stays as they left it. Our Controle sheet goes, unless the user wrote on it and
    ``keep_notes`` (the new copy): then it stays, renamed and marked as notes (an earlier such
    sheet stays too). Without ``keep_notes`` (the attachment) every sheet of ours goes. ``own``
    receives our sheets found, with what the user wrote on them; ``mixed`` the cells ('Blad!E9')
    whose note holds text the user typed inside ours, kept whole as the user's note. Returns
    whether the package was annotated. ``templates``: the rules' messages, to recognise our
    notes where the journal is gone; ``stream``: big sheets edited as streams.
    """
    state, state_part = find_state(pkg)
    styles_record = state.styles if state is not None else None
    styles_digest = None
    if styles_record is not None and pkg.exists(styles_record.part or "") and styles_record.part not in pkg.trees:
        styles_digest = hashlib.sha256(pkg.read(styles_record.part)).hexdigest()
    originals = {}
    for original in state.originals if state is not None else []:
        name = original.part
        if name in pkg.infos and name not in pkg.trees and hashlib.sha256(pkg.zip.read(name)).hexdigest() == original.after:
            try:
                originals[name] = zlib.decompress(base64.b64decode(original.data))
            except (ValueError, zlib.error):
                continue
    own_found = find_own_sheets(pkg, book, state)
    legacy = next((n for n, _, el in book.sheets() if n == LEGACY_STATE_SHEET and el.get("state") == "veryHidden"), None)
    if state is None and not own_found and legacy is None and not has_our_notes_in(pkg, templates):
        return False
    strings = shared_strings(pkg, book) if own_found else []
    for sheet in own_found:
        read_user_text(pkg, book, sheet, strings)
    known = our_texts(state, own_found, templates)
    if own is not None:
        own.extend(own_found)
    # the Controle sheet goes now; a sheet kept for the user's text is renamed (and goes after the
    # views are restored, in the attachment: the state counted it as one of the workbook's sheets)
    drop = [s.name for s in own_found if s.kind == KIND_CONTROL and not (keep_notes and s.changed)]
    later = [s.name for s in own_found if s.name not in drop and not keep_notes]
    kept = [s for s in own_found if s.kind == KIND_CONTROL and keep_notes and s.changed]
    ours = set(s.name for s in own_found) | {legacy}
    names = {n: p for n, p, _ in book.sheets() if p and pkg.exists(p)}
    styles = Styles(pkg, book.styles_part())
    sheets: dict[str, SheetEditor] = {}
    notes: dict[str, Notes] = {}

    def sheet_of(name: str) -> SheetEditor | None:
        if name not in names or name in ours:
            return None
        if name not in sheets:
            sheets[name] = edit_sheet(pkg, name, names[name], stream=stream)
            notes[name] = Notes(sheets[name], book)
        return sheets[name]

    for cell_record in state.cells() if state is not None else []:  # rows read together
        sheet = sheet_of(cell_record.sheet)
        if sheet is not None and is_ref(cell_record.cell or ""):
            sheet.expect([split_ref(cell_record.cell)[0]])

    restored: set[tuple[str, str]] = set()
    spans_done: set[tuple[str, int]] = set()
    own_fills = state.fills() if state is not None else {}
    created_notes: dict[str, tuple[bool, bool]] = {}
    for record in state.records if state is not None else []:
        if isinstance(record, SheetRecord):
            created_notes[record.name] = (record.notes_made, record.vml_made)
            sheet = sheet_of(record.name)
            dim = sheet.dimension if sheet is not None and record.own_dimension else None
            if dim is not None and dim.get("ref") == record.our_dimension:
                dim.set("ref", record.own_dimension)
                sheet.changed()
        if not isinstance(record, CellRecord):
            continue
        name, ref = record.sheet, record.cell
        sheet = sheet_of(name)
        if sheet is None:
            continue
        restored.add((name, ref))
        _restore_cell(sheet, styles, record, split_ref(ref), own_fills, spans_done)
        note = record.note
        if note is not None:
            if notes[name].strip(ref, note, record.appended, known) == "mixed" and mixed is not None:
                mixed.append(f"{name}!{ref}")
    # notes of ours the state does not name (moved with their row, or no state at all)
    for name in names:
        if name in ours or (name not in sheets and not Rels(pkg, names[name]).of_type(REL_COMMENTS)):
            continue
        sheet = sheet_of(name)
        if sheet is None:
            continue
        try:
            found = notes[name].ours()
        except etree.XMLSyntaxError:
            continue
        sheet.expect(split_ref(ref)[0] for ref in found if (name, ref) not in restored and is_ref(ref))
        for ref, text in found.items():
            if (name, ref) in restored:
                continue
            if notes[name].strip(ref, None, known=known) == "mixed":
                if mixed is not None:
                    mixed.append(f"{name}!{ref}")
                continue  # the note is the user's now: so is the cell's fill
            _clear_our_fill(sheet, styles, split_ref(ref))
            if "(hele rij " in text:  # the other cells of a whole-row mark carry only the fill
                for col in sheet.row_columns(split_ref(ref)[0]):
                    if (name, coordinate(split_ref(ref)[0], col)) not in restored:
                        _clear_our_fill(sheet, styles, (split_ref(ref)[0], col))
    for name, (comments_made, vml_made) in created_notes.items():
        if name in notes and (comments_made or vml_made):
            notes[name].drop_if_empty(comments_made, vml_made)
    drop_names = state is None or state.names_made
    for sheet_name in [*drop, legacy]:
        if sheet_name:
            _remove_sheet(pkg, book, sheet_name, drop_names and not kept)
    positions = [i for i, (n, _, _) in enumerate(book.sheets()) if n in {s.name for s in kept}]
    for sheet in kept:
        index = next(i for i, (n, _, _) in enumerate(book.sheets()) if n == sheet.name)
        sheet.kept_as = notes_name(book, sheet)
        if sheet.kept_as != sheet.name:
            rename_sheet(pkg, book, sheet.name, sheet.kept_as)
        set_mark(book, index, KIND_NOTES)
    if state is not None:
        views = book.root.find(q("bookViews"))
        view = views.find(q("workbookView")) if views is not None else None
        if view is not None:
            count = len(book.sheets())
            for attr, value in (("activeTab", state.active_tab), ("firstSheet", state.first_sheet)):
                if value == "":
                    view.attrib.pop(attr, None)
                elif value is not None and value.isdigit():
                    # the state counted the user's sheets without the Controle sheet we kept
                    index = int(value) + sum(1 for k in positions if k <= int(value))
                    if index < count:
                        view.set(attr, str(index))
        for selected in state.selected:
            sheet = sheet_of(selected)
            if sheet is not None:
                sheet.selected(True)
        _remove_part_tree(pkg, book, state_part)
        for rid, kind, target in book.rels.items():
            if target == state_part:
                book.rels.remove(rid)
        for ext in state.types:
            if not any(n.lower().endswith("." + ext) for n in pkg.order if pkg.exists(n)):
                book.types.drop_default(ext)
    for sheet_name in later:
        _remove_sheet(pkg, book, sheet_name, drop_names)
    docprops.drop_properties(pkg, book.types, RUN_PREFIX, state.properties_made if state is not None else None)
    if state is None or later:
        _ensure_one_selected(pkg, book, stream)
    if not kept:
        undo_styles(pkg, styles_record, styles_digest)  # (a kept sheet still uses our styles)
    book.changed()
    for name, data in originals.items():  # untouched since we wrote them: exactly as they were
        if kept and name in (book.part, rels_name(book.part), "[Content_Types].xml", book.styles_part()):
            continue  # (the kept sheet is in them now)
        pkg.put(name, data)
    return True


def _restore_cell(sheet: SheetEditor, styles: Styles | None, record: CellRecord, at: tuple[int, int], own_fills: dict[str, str | None],
                  spans_done: set[tuple[str, int]] | None = None) -> None:
    cell = sheet.cell(*at)
    if cell is None or styles is None:
        return
    current = int(cell.get("s", "0"))
    if styles.fill_colour(current) != record.colour:
        return  # the user changed the fill after the check: theirs now
    ours = record.style
    original = record.own_style
    if ours is not None and str(current) == ours:
        # as we left it (same styles part): the cell's own format index back
        # a row's spans as the first mark in it found them (each later mark recorded the spans the one before it left)
        spans = record.own_spans
        if spans is not None and spans_done is not None:
            if (sheet.name, at[0]) in spans_done:
                spans = None
            spans_done.add((sheet.name, at[0]))
        sheet.undo_cell(cell, at, original, spans, record.made, record.row_made)
        return
    # another program rewrote the styles: the cell's present format with its own fill again
    fill_xml = record.own_fill or own_fills.get(record.own_style or "0")
    fill = parse(fill_xml.encode("utf-8")) if fill_xml else None
    cell.set("s", str(styles.with_fill(current, fill)))
    sheet.changed()


def _clear_our_fill(sheet: SheetEditor, styles: Styles | None, at: tuple[int, int]) -> None:
    """A mark of ours whose record is lost: its fill goes (the user's fill under it is unknown)."""
    cell = sheet.cell(*at)
    if cell is None or styles is None:
        return
    current = int(cell.get("s", "0"))
    if styles.fill_colour(current) in MARK_COLOURS.values():
        cell.set("s", str(styles.with_fill(current, None)))
        sheet.changed()


def _remove_part_tree(pkg: Package, book: Book, part: str | None, keep: set[str] | None = None) -> None:
    """Remove a part and every part only it refers to (its relationships followed)."""
    if not part or not pkg.exists(part):
        return
    rels = Rels(pkg, part)
    for _, kind, target in rels.items():
        if kind.endswith("/hyperlink") or target == part:
            continue
        _remove_part_tree(pkg, book, target)
    pkg.remove(part)
    if pkg.exists(rels.name):
        pkg.remove(rels.name)
    book.types.drop(part)


def _remove_sheet(pkg: Package, book: Book, name: str, drop_empty_names: bool = True) -> None:
    entries = book.sheets()
    index = next((i for i, (n, _, _) in enumerate(entries) if n == name), None)
    if index is None:
        return
    _, part, el = entries[index]
    rid = el.get(q("id", R))
    el.getparent().remove(el)
    book.rels.remove(rid)
    _remove_part_tree(pkg, book, part)
    names = book.root.find(q("definedNames"))
    for dn in list(names) if names is not None else []:
        local_id = dn.get("localSheetId")
        if local_id is None or not local_id.isdigit():
            continue
        if int(local_id) == index:
            names.remove(dn)
        elif int(local_id) > index:
            dn.set("localSheetId", str(int(local_id) - 1))
    if names is not None and len(names) == 0 and drop_empty_names:
        book.root.remove(names)
    views = book.root.find(q("bookViews"))
    for view in views if views is not None else []:
        for attr in ("activeTab", "firstSheet"):
            value = view.get(attr)
            if value is not None and value.isdigit() and int(value) > index:
                view.set(attr, str(int(value) - 1))
    book.changed()


def _ensure_one_selected(pkg: Package, book: Book, stream: bool = True) -> None:
    """The active sheet is selected (else Excel shows no tab as chosen)."""
    entries = [(n, p, el) for n, p, el in book.sheets() if p and pkg.exists(p) and p.endswith(".xml")]
    if not entries:
        return
    views = book.root.find(q("bookViews"))
    view = views.find(q("workbookView")) if views is not None else None
    active = int(view.get("activeTab", "0")) if view is not None else 0
    if not 0 <= active < len(entries) or entries[active][2].get("state") in ("hidden", "veryHidden"):
        active = next((i for i, e in enumerate(entries) if e[2].get("state") in (None, "visible")), 0)
        if view is not None:
            view.set("activeTab", str(active))
    chosen = [edit_sheet(pkg, n, p, head_only=True, stream=stream) for n, p, _ in entries]
    if not any(s.selected() for s in chosen):  # (a tree is only parsed where its bytes say tabSelected)
        chosen[active].selected(True)
