"""Our own sheets in a workbook checked again: the Controle sheet of an earlier check (found by our
mark, a sheet-local defined name, :data:`SHEET_MARK`, that survives a rename and other programs'
saves; in a copy of an earlier version by its looks) and what the user wrote on it.

Excel, LibreOffice (which shows the name, no longer hidden) and openpyxl keep such a name with its
sheet through a rename and a save; our journal, which openpyxl drops, is not needed to recognise
the sheet. Text the user typed on our sheet is never thrown away: a re-check keeps that old sheet
(as "Controle (uw notities)", or under the name the user gave it) after the new Controle sheet,
and only the mail's attachment leaves it out.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from lxml import etree

from actieplan.normalize import visible
from actieplan.ooxml.cellref import coordinate
from actieplan.ooxml.ns import CHART, REL_SHARED_STRINGS, local, q
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels
from actieplan.ooxml.sheet import ROW_TAG, Sheet
from actieplan.ooxml.workbook import WORKBOOK_ORDER, Book
from actieplan.ooxml.xml import insert_in_order
from actieplan.write.annotated.journal import Journal
from actieplan.write.annotated.notes import OurTexts, Templates
from actieplan.write.annotated.texts import (
    CONTROL_HEADER_MAX_ROW, CONTROL_HEADERS, CONTROL_SHEET, COUNTS_COLUMN, COUNTS_HEADERS, CONTROL_TITLE, GAP_COLUMN, KIND_CONTROL, KIND_NOTES, NOTES_SHEET,
    SEVERITY_LABEL, SHEET_MARK,
)


def looks_like_control(pkg: Package, book: Book, part: str) -> bool:
    """Our Controle sheet: A1 starts with our title and a row below it holds our headers."""
    sheet = Sheet(pkg, "", part)
    strings = None

    def value(row: int, col: int) -> str:
        nonlocal strings
        c = sheet.cell(row, col)
        if c is None:
            return ""
        if c.get("t") == "inlineStr":
            return "".join(t.text or "" for t in c.iter(q("t")))
        v = c.find(q("v"))
        if v is None:
            return ""
        if c.get("t") == "s":
            if strings is None:
                strings = shared_strings(pkg, book)
            i = int(v.text or -1)
            return strings[i] if 0 <= i < len(strings) else ""
        return v.text or ""

    # (the list's first columns: a copy of an earlier version had no Rij column; its header stood in row 4,
    # now below the counts and the chart's data)
    return value(1, 1).startswith(CONTROL_TITLE) and any(
        [value(r, c) for c in range(1, 4)] == CONTROL_HEADERS[:3] for r in range(4, CONTROL_HEADER_MAX_ROW + 1)
    )


def shared_strings(pkg: Package, book: Book) -> list[str]:
    found = book.rels.of_type(REL_SHARED_STRINGS)
    if not found or not pkg.exists(found[0][1]):
        return []
    out = []
    for si in pkg.xml(found[0][1]):
        out.append("".join(t.text or "" for t in si.iter(q("t")) if local(t.getparent()) in ("si", "r")))
    return out





@dataclass
class OwnSheet:
    """A sheet of ours in a workbook we check again, and what the user wrote on it."""

    name: str
    kind: str
    digest: str | None  # of what we wrote, from the mark (None: a copy without one)
    user_cells: list[str] = field(default_factory=list)  # where the user's text is, as far as known
    messages: list[tuple[str, str]] = field(default_factory=list)  # (rule, message) of each finding listed on it
    changed: bool = False  # the user wrote on it: it is kept in the copy
    kept_as: str | None = None  # its name in the new copy


def _cell_value(c, strings: list[str] | None) -> str | None:
    """A cell's content as text, the same whoever saved it (inline or shared string, number
    written to 12 digits); a formula is '=' and its text. None for an empty cell."""
    f = c.find(q("f"))
    if f is not None:
        return "=" + (f.text or "")
    kind = c.get("t")
    if kind == "inlineStr":
        text = "".join(t.text or "" for t in c.iter(q("t")) if local(t.getparent()) in ("is", "r"))
        return text or None
    v = c.find(q("v"))
    if v is None or v.text is None or v.text == "":
        return None
    if kind == "s":
        i = int(v.text) if v.text.strip().isdigit() else -1
        return (strings[i] if strings is not None and 0 <= i < len(strings) else None) or None
    if kind in (None, "n"):
        try:
            return format(float(v.text), ".12g")
        except ValueError:
            return v.text
    return v.text


def sheet_values(root, strings: list[str] | None) -> dict[tuple[int, int], str]:
    """Every non-empty cell of a worksheet element: (row, column) -> its content as text."""
    out: dict[tuple[int, int], str] = {}
    data = root.find(q("sheetData"))
    last_row = 0
    for row in data.iterchildren(ROW_TAG) if data is not None else []:
        last_row = int(row.get("r")) if row.get("r") else last_row + 1
        for col, c in Sheet.cells(row).items():
            value = _cell_value(c, strings)
            if value is not None:
                out[(last_row, col)] = value
    return out


def content_digest(values: dict[tuple[int, int], str]) -> str:
    """A digest of a sheet's content that sorting or filtering the list of findings leaves alone:
    the rows, each as its columns and values, in sorted order."""
    rows: dict[int, list[tuple[int, str]]] = {}
    for (r, c), value in values.items():
        rows.setdefault(r, []).append((c, value))
    return rows_digest(repr(sorted(cells)) for cells in rows.values())


def rows_digest(lines) -> str:
    """:func:`content_digest` from each row's line: the ``repr`` of its sorted (column, value) pairs."""
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _mark_value(kind: str, digest: str | None = None) -> str:
    return '"' + (f"{kind} {digest}" if digest else kind) + '"'


def set_mark(book: Book, index: int, kind: str, digest: str | None = None) -> None:
    """Our mark on the sheet at ``index`` (replacing one it has)."""
    names = book.root.find(q("definedNames"))
    if names is None:
        names = etree.Element(q("definedNames"))
        insert_in_order(book.root, names, WORKBOOK_ORDER)
    for dn in list(names):
        if dn.get("name") == SHEET_MARK and dn.get("localSheetId") == str(index):
            names.remove(dn)
    el = etree.SubElement(names, q("definedName"), name=SHEET_MARK, localSheetId=str(index), hidden="1")
    el.text = _mark_value(kind, digest)
    book.changed()


def _marks(book: Book) -> dict[int, tuple[str, str | None]]:
    """sheet index -> (kind, digest) of every sheet with our mark."""
    names = book.root.find(q("definedNames"))
    out = {}
    for dn in names if names is not None else []:
        local_id = dn.get("localSheetId")
        if dn.get("name") != SHEET_MARK or local_id is None or not local_id.isdigit():
            continue
        words = (dn.text or "").strip().strip('"').split()
        if words and words[0] in (KIND_CONTROL, KIND_NOTES):
            out[int(local_id)] = (words[0], words[1] if len(words) > 1 else None)
    return out


def find_own_sheets(pkg: Package, book: Book, journal: Journal | None) -> list[OwnSheet]:
    """Our sheets in the workbook: those with our mark; in a copy of an earlier version (no mark),
    the Controle sheet the state names or, without state, one called Controle... that looks like
    ours (a user's own sheet of that name is never taken for ours)."""
    entries = book.sheets()
    found = [
        OwnSheet(entries[i][0], kind, digest)
        for i, (kind, digest) in sorted(_marks(book).items())
        if i < len(entries) and entries[i][1] and pkg.exists(entries[i][1])
    ]
    if any(s.kind == KIND_CONTROL for s in found):
        return found
    names = {n: p for n, p, _ in entries if p and pkg.exists(p)}
    marked = {s.name for s in found}
    legacy = journal.control if journal is not None else None
    if legacy in names and legacy not in marked and looks_like_control(pkg, book, names[legacy]):
        return found + [OwnSheet(legacy, KIND_CONTROL, None)]
    for name, part in names.items():
        if name in marked or not name.lower().startswith(CONTROL_SHEET.lower()):
            continue
        if looks_like_control(pkg, book, part):
            return found + [OwnSheet(name, KIND_CONTROL, None)]
    return found


def read_user_text(pkg: Package, book: Book, own: OwnSheet, strings: list[str]) -> None:
    """Whether the user wrote on our sheet, and where: the digest of what we wrote says whether;
    the cells we never write (the empty column G, rows 4 to the header outside the counts, right
    of the list in its rows, below it in columns A to F, any formula) say where. Without a digest
    (a copy of an earlier version) only those cells count."""
    values = sheet_values(Sheet(pkg, own.name, book.sheet_part(own.name)).root, strings)
    header = next((r for r in range(4, CONTROL_HEADER_MAX_ROW + 1)
                   if [values.get((r, c), "") for c in range(1, 4)] == CONTROL_HEADERS[:3]), None)
    labels = set(SEVERITY_LABEL.values())
    last = header or 0
    while header and (values.get((last + 1, 1)) in labels or (last == header and (last + 1, 1) in values)):
        last += 1
    rule_col, message_col = CONTROL_HEADERS.index("Regel") + 1, CONTROL_HEADERS.index("Melding") + 1
    own.messages = [(values[(r, rule_col)], values[(r, message_col)]) for r in range((header or 0) + 1, last + 1)
                    if header and (r, rule_col) in values and (r, message_col) in values]
    # the counts per sheet: above the list, from row 4 to their Totaal row, in columns B to E
    counts_end = next((r for r in range(4, header or 0) if values.get((r, COUNTS_COLUMN + 1)) == "Totaal"), 0)
    cells = []
    for (r, c), value in sorted(values.items()):
        ours = (
            (r <= 3 and c == 1)
            or (4 <= r <= counts_end and COUNTS_COLUMN < c <= COUNTS_COLUMN + len(COUNTS_HEADERS))
            or (header is not None and header <= r <= last and c <= len(CONTROL_HEADERS))
            or (c > GAP_COLUMN and not (header is not None and header <= r <= last))
        )
        if value.startswith("=") or not ours:
            cells.append(coordinate(r, c))
    own.user_cells = cells
    own.changed = bool(cells) or (own.digest is not None and content_digest(values) != own.digest)


def our_texts(journal: Journal | None, own_found: list[OwnSheet], templates: Templates | None = None) -> OurTexts:
    """The messages an earlier check wrote: every note its state records, and the rows (rule,
    message) of its Controle sheet, which other programs keep where they drop the state."""
    known = OurTexts(templates)
    for record in journal.cells() if journal is not None else []:
        if record.note:
            known.add_note(record.note)
    for own in own_found:
        if own.kind == KIND_CONTROL:
            for rule, message in own.messages:
                known.add_message(rule, message)
    return known


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _retarget(text: str, old: str, new: str) -> str:
    """A formula's references to sheet ``old`` made references to sheet ``new``."""
    pattern = re.escape(_quoted(old)) + "!"
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", old):
        pattern = f"(?:{pattern}|(?<![A-Za-z0-9_.'!]){re.escape(old)}!)"
    return re.sub(pattern, lambda m: _quoted(new) + "!", text)


def rename_sheet(pkg: Package, book: Book, old: str, new: str) -> None:
    """Rename a sheet of ours, with the references to it in the workbook's names and in its charts."""
    part = None
    for name, p, el in book.sheets():
        if name == old:
            el.set("name", new)
            part = p
    names = book.root.find(q("definedNames"))
    for dn in names if names is not None else []:
        if dn.text and dn.get("name") != SHEET_MARK:
            dn.text = _retarget(dn.text, old, new)
    book.changed()
    for _, kind, drawing in Rels(pkg, part).items() if part else []:
        if not kind.endswith("/drawing") or not pkg.exists(drawing):
            continue
        for _, kind2, chart in Rels(pkg, drawing).items():
            if not kind2.endswith("/chart") or not pkg.exists(chart):
                continue
            root = pkg.xml(chart)
            for f in root.iter(q("f", CHART)):
                if f.text:
                    f.text = _retarget(f.text, old, new)
            pkg.changed(chart)


def notes_name(book: Book, own: OwnSheet) -> str:
    """The kept sheet's name: the user's own name for it, else 'Controle (uw notities)' (free)."""
    taken = {n.lower() for n, _, _ in book.sheets() if n != own.name}
    if not own.name.lower().startswith(CONTROL_SHEET.lower()) and own.name.lower() not in taken:
        return own.name
    name, n = NOTES_SHEET, 1
    while name.lower() in taken:
        n += 1
        name = f"{CONTROL_SHEET} (uw notities {n})"
    return name


def _cells_text(cells: list[str], limit: int = 8) -> str:
    shown = ", ".join(cells[:limit])
    return shown + (f" en nog {len(cells) - limit}" if len(cells) > limit else "")


def kept_notice(own: OwnSheet) -> str:
    """Dutch: where the user's text on our old sheet went in the new copy."""
    where = f" ({_cells_text(own.user_cells)})" if own.user_cells else ""
    return (
        f"Op het blad '{visible(own.name)}' van de vorige controle stond eigen tekst{where}. Dat blad is bewaard als "
        f"'{visible(own.kept_as)}', na het nieuwe blad Controle: neem over wat u nog nodig hebt. Het gaat nooit mee "
        "in de bijlage voor het departement."
    )


def mixed_notice(cells: list[str]) -> str:
    """Dutch: notes of ours the user typed inside are kept whole as the user's own notes."""
    where = ", ".join(visible(c) for c in cells[:10]) + (f" en nog {len(cells) - 10}" if len(cells) > 10 else "")
    one = len(cells) == 1
    return (
        f"{'De notitie' if one else 'De notities'} op {where} {'bevat' if one else 'bevatten'} tekst die u typte in een "
        f"melding van de vorige controle, of een melding die u wijzigde. {'Ze blijft' if one else 'Ze blijven'} "
        "helemaal staan als uw eigen notitie: in de gecontroleerde kopie met de nieuwe melding eronder, in de bijlage van "
        "het e-mailconcept zonder. Haal de oude melding zelf weg als u ze niet meer nodig hebt."
    )


def left_out_notice(own: OwnSheet) -> str:
    """Dutch: the user's text on a sheet of ours does not go to the department."""
    where = f" ({_cells_text(own.user_cells)})" if own.user_cells else ""
    return (
        f"Het blad '{visible(own.name)}' is een blad van de controle, met eigen tekst{where}: het gaat niet mee in de "
        "bijlage van het e-mailconcept. Wat het departement moet lezen, zet u op de bladen van het sjabloon."
    )

