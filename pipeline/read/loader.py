"""Reads a workbook by the contract's reading rules, keeping every value's Excel position.

The stages, in order (each in its own module): :func:`~actieplan.read.sniff.sniff` (what kind of
file), :func:`~actieplan.read.guard.inspect_package` (the package limits, before any parser; it
hands over the parts it unpacked), :func:`~actieplan.read.scan.scan_sheet` (what the sheet XML
shows beyond the values: error values, formulas, hidden rows), then the cells, read from that XML
(:mod:`actieplan.read.cells`) or, for XML that reader does not take on, by python-calamine; then
the frames. The zip is opened by the sniff and the guard only.

Every frame is indexed by the Excel row number and its columns are the contract's headers, so a
failure's (index, column) is already the cell the user sees. Values are normalised as the
contract reads them (numbers in Dutch or English notation, tick-boxes, stray spaces); a value
that cannot be read as its column's kind is kept as text, so the schemas report it as found.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable

import pandas as pd
import python_calamine

from actieplan.errors import UnreadableWorkbook
from actieplan.model import DocLocation, Hit
from actieplan.normalize import clean_text, header_key, parse_number, parse_tick, sheet_key
from actieplan.read import cells
from actieplan.read.cells import Ambiguous, Unsupported
from actieplan.read.guard import GuardedPackage, inspect_package
from actieplan.read.scan import SheetObservations, scan_sheet
from actieplan.read.sniff import sniff
from actieplan.plugin.ruleset import Observation, Seen
from actieplan.plugin.sheetspec import NUMBER, TICK, SheetSpec

HEADER_SEARCH_ROWS = 10
# the rows below the header whose formula texts a sheet that asks for them (SheetSpec.formulas) gets
FORMULA_ROWS = 60
# Larger than any number a plan's number columns (VTE) can hold: such a value is a typing error.
MAX_NUMBER = 1_000_000
# Beyond this many rows a sheet is not an action plan; we stop reading and say so.
MAX_ROWS = 200_000


@dataclass
class LoadedSheet:
    spec: SheetSpec
    name: str  # as written in the workbook
    header_row: int  # Excel row number of the header
    columns: dict[str, int]  # contract header -> Excel column number (1-based)
    frame: pd.DataFrame  # index: Excel row number; columns: contract headers present
    merged: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    # a sheet whose spec asks for them: the formulas of its contract columns in the FORMULA_ROWS rows
    # below the header, saved result or not (the frame holds the saved result, or where the file
    # has none the value computed for it: see ``computed``)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    raw: dict[tuple[int, int], Any] = field(default_factory=dict)  # only where normalising changed the value
    # noted by actieplan.read.scan in the sheet's XML (the cell rules report them)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> '#DIV/0!'
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)  # formulas without a saved result
    # the formulas without a saved result that we computed (actieplan.read.formulas): their value is in the frame
    computed: dict[tuple[int, int], str] = field(default_factory=dict)
    # rows below the table that are not rows of it: Excel row -> ('totaal' | 'opmerking', what it holds)
    below: dict[int, tuple[str, str]] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    hidden: bool = False
    very_hidden: bool = False  # state="veryHidden": no menu of Excel shows it again
    too_long: dict[tuple[int, int], int] = field(default_factory=dict)  # (row, col) -> characters (over 32,767)
    # a field list (SheetSpec.fields): field name key (header_key) -> (Excel row, value), first occurrence
    fields: dict[str, tuple[int, Any]] = field(default_factory=dict)


@dataclass
class LoadedWorkbook:
    path: Path
    sheet_names: list[str]  # every sheet, in workbook order, as written
    sheets: dict[str, LoadedSheet]  # contract sheet name -> sheet
    # what the reader saw that the rules report (a missing sheet, header or column, a truncated sheet)
    observations: list[Observation] = field(default_factory=list)
    # what was read: "xlsx"/"xlsm" (a workbook) or "docx" (a plan in the department's Word template)
    kind: str = "xlsx"
    # a Word document's places: (sheet key, row, column header or None) -> where it stands in the
    # document ((sheet, None, None): the sheet's table); empty for a workbook (its places are cells)
    locations: dict[tuple[str, int | None, str | None], DocLocation] = field(default_factory=dict)
    # a document's own wording of a finding (its layout's): (rule id, sheet key, column) -> message
    messages: dict[tuple[str, str, str], str] = field(default_factory=dict)

    @property
    def is_document(self) -> bool:
        return self.kind == "docx"

    @property
    def suffix(self) -> str:
        """The suffix the writers give this kind's outputs (the annotated copy): '.docx', '.xlsx'."""
        return f".{self.kind}"

    def observe(self, kind: str, hit: Hit) -> None:
        self.observations.append(Observation(kind, hit))

    def frame(self, name: str) -> pd.DataFrame | None:
        sheet = self.sheets.get(name)
        return None if sheet is None else sheet.frame

    def sheet_name(self, key: str) -> str:
        sheet = self.sheets.get(key)
        if sheet is not None:
            return sheet.name
        for name in self.sheet_names:
            if sheet_key(name) == sheet_key(key):
                return name
        return key


def load_workbook(path: str | Path, sheets: Iterable[SheetSpec]) -> LoadedWorkbook:
    """Read every sheet of ``sheets`` (a rule set's) from ``path``. Raises UnreadableWorkbook with a Dutch message.

    The contract sheets are read from the package's XML that the guard unpacked and checked anyway
    (actieplan.read.cells: shared strings decoded once, equal cells share one str); a workbook whose
    XML that reader does not take on is read with python-calamine, giving the same values."""
    path = Path(path)
    kind = sniff(path)
    if kind not in ("xlsx", "xlsm"):  # a plan in the Word template: actieplan.read.docx.load_plan reads it
        raise UnreadableWorkbook(f"'{path.name}' is een Word-document, geen Excel-werkmap.")
    specs = {spec.name: spec for spec in sheets}
    keys = {sheet_key(name) for name in specs}
    # zip bomb, entity bomb, oversized sheets: before any parser; keeps the XML of our sheets
    package = inspect_package(path, keep=lambda name: sheet_key(name) in keys)
    _refuse_look_alikes(path, package, specs)
    parts, package.parts = package.parts, {}
    seen = _scan(package, parts, specs)
    try:
        book = XmlBook(package, parts, keys)
    except Unsupported:
        book = None
        _refuse_ambiguous_cells(path, package, parts, keys)  # calamine would read them as it likes
    except Ambiguous as exc:
        raise _ambiguous(path, exc) from None
    del parts
    if book is not None:
        return _read_book(path, book, specs, seen, kind)
    handle = None
    try:
        if _utf8_name(path):
            book = python_calamine.load_workbook(str(path))
        else:  # a name that is not UTF-8 (allowed on Linux) cannot cross into calamine as a path
            handle = path.open("rb")
            book = python_calamine.load_workbook(handle)
    except python_calamine.PasswordError:
        raise UnreadableWorkbook(f"'{path.name}' is met een wachtwoord beveiligd. Verwijder het wachtwoord en sla opnieuw op.") from None
    except Exception as exc:  # calamine raises several types for broken zips and XML
        raise UnreadableWorkbook(
            f"'{path.name}' kan niet gelezen worden als Excel-werkmap ({type(exc).__name__}). "
            "Open het in Excel, sla het opnieuw op als .xlsx en probeer opnieuw."
        ) from None
    finally:
        if handle is not None:
            handle.close()
    try:
        return _read_book(path, book, specs, seen, kind)
    finally:
        book.close()


def _refuse_look_alikes(path: Path, package: GuardedPackage, specs: dict[str, SheetSpec]) -> None:
    """Refuse two sheets whose names differ only in case (Excel allows no such pair; which one is
    'the' sheet depends on the reader), and a contract sheet that is hidden while a sheet with a
    look-alike name is visible (the hidden one would be checked, the visible one is what people read)."""
    by_key: dict[str, list[str]] = {}
    for name in package.sheets:
        by_key.setdefault(sheet_key(name), []).append(name)
    for names in by_key.values():
        if len(names) > 1:
            shown = " en ".join(f"'{n}'" for n in names)
            raise UnreadableWorkbook(
                f"'{path.name}' wordt niet gelezen: de bladen {shown} hebben dezelfde naam, op hoofdletters of "
                "spaties na. Excel staat dat niet toe en het is niet zeker welk blad u bedoelt. Verwijder of "
                "hernoem één van beide bladen en sla de werkmap opnieuw op."
            )
    visible = [n for n, sheet in package.sheets.items() if sheet.state == "visible"]
    for spec in specs.values():
        key = sheet_key(spec.name)
        for name, sheet in package.sheets.items():
            if sheet_key(name) != key or sheet.state == "visible":
                continue
            others = {sheet_key(n): n for n in visible if sheet_key(n) != key}
            close = difflib.get_close_matches(key, list(others), n=1, cutoff=0.8)
            if close:
                hidden = "zeer verborgen" if sheet.state == "veryHidden" else "verborgen"
                raise UnreadableWorkbook(
                    f"'{path.name}' wordt niet gelezen: het blad '{name}' is {hidden}, terwijl het blad "
                    f"'{others[close[0]]}' met een gelijkende naam zichtbaar is. Het verborgen blad zou gecontroleerd "
                    "worden, niet het blad dat u ziet. Maak het juiste blad zichtbaar onder de naam "
                    f"'{spec.name}', verwijder het andere en sla de werkmap opnieuw op."
                )


def _ambiguous(path: Path, exc: Ambiguous) -> UnreadableWorkbook:
    return UnreadableWorkbook(
        f"Het blad '{exc.sheet}' in '{path.name}' wordt niet gelezen: cel {exc.ref} is niet opgeslagen zoals Excel "
        "een cel opslaat (twee waarden in één cel), en Excel, LibreOffice en deze controle tonen er niet dezelfde "
        "waarde voor. Open de werkmap in Excel, typ de waarde van die cel opnieuw in en sla de werkmap opnieuw op."
    )


def _refuse_ambiguous_cells(path: Path, package: GuardedPackage, parts: dict[str, bytearray], keys: set[str]) -> None:
    for name, sheet in package.sheets.items():
        data = _part(parts, sheet.part) if sheet_key(name) in keys else None
        found = None if data is None else cells.find_ambiguous(data)
        if found is not None:
            found.sheet = name
            raise _ambiguous(path, found)


def _part(parts: dict[str, bytearray], part: str) -> bytearray | None:
    """The unpacked ``part`` (lower case, as the sheet list names it), whatever its case in the zip."""
    return next((d for p, d in parts.items() if p.lower() == part), None)


def _scan(package: GuardedPackage, parts: dict[str, bytearray], specs: dict[str, SheetSpec]) -> dict[str, SheetObservations]:
    """The observations of the contract sheets' XML, by sheet name as written (before the cells are
    read: the calamine fallback reads without the parts)."""
    wanted = {sheet_key(spec.name): spec for spec in specs.values()}
    seen = {}
    for name, sheet in package.sheets.items():
        spec = wanted.get(sheet_key(name))
        if spec is not None:
            rows = HEADER_SEARCH_ROWS + FORMULA_ROWS if spec.formulas else 0
            seen[name] = scan_sheet(_part(parts, sheet.part), sheet.state, package.long_strings, rows, sheet.long_text)
    return seen


class XmlBook:
    """The workbook's contract sheets read from the XML kept by the guard, in the shape of
    python-calamine's workbook (``sheet_names``, ``get_sheet_by_name``) so one code path reads
    both. Every kept sheet is read here, so :class:`Unsupported` comes before anything is used."""

    def __init__(self, package: GuardedPackage, parts: dict[str, bytearray], keys: set[str]):
        if "xl/workbook.xml" not in parts:
            raise Unsupported("workbook part elsewhere")
        if any(p.lower() == "xl/styles.xml" and p != "xl/styles.xml" for p in parts):
            raise Unsupported("part names in another case")
        is_1904 = cells.date1904(parts["xl/workbook.xml"])
        formats = cells.cell_formats(parts.get("xl/styles.xml"))
        strings = [] if package.shared is None else package.shared.result()
        package.shared = None
        self.sheet_names = list(package.sheets)
        self._sheets: dict[str, XmlSheet] = {}
        for name, sheet in package.sheets.items():
            data = _part(parts, sheet.part)
            if data is None and sheet_key(name) in keys:
                raise Unsupported(f"no part for sheet {name}")
            if data is not None:
                try:
                    rows, merged = cells.read_sheet(data, strings, formats, is_1904, MAX_ROWS + 1, sheet.cell_tags)
                except Ambiguous as exc:
                    exc.sheet = name
                    raise
                self._sheets[name] = XmlSheet(rows, merged)

    def get_sheet_by_name(self, name: str) -> "XmlSheet":
        return self._sheets.pop(name)  # read once: the rows are not kept here after that

    def close(self) -> None:
        self._sheets.clear()


class XmlSheet:
    def __init__(self, rows: list[list[Any]], merged: list):
        self.rows, self.merged_cell_ranges = rows, merged

    def to_python(self, skip_empty_area: bool = False, nrows: int | None = None) -> list[list[Any]]:
        return self.rows if nrows is None else self.rows[:nrows]


def _utf8_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _renamed_hint(spec: SheetSpec, others: dict[str, str]) -> str:
    """' Gevonden werd wel het blad ...: hernoem het ...' when a sheet that is no contract sheet is
    named like the template's table title of ``spec`` (``Acties JAAR`` for ``Actiefiches``; a title
    longer than Excel's 31 characters cut off) or close to its name (``Actiefichs``); else ''."""
    title = sheet_key(spec.title)
    for key, name in others.items():
        if key == title or (len(key) >= 20 and title.startswith(key)):
            return (f" Gevonden werd wel het blad '{name}', met de titel van die tabel in het sjabloon: hernoem dat "
                    f"blad naar '{spec.name}' (een blad wordt gevonden op zijn naam, niet op zijn titel).")
    close = difflib.get_close_matches(sheet_key(spec.name), list(others), n=1, cutoff=0.6)
    if close:
        return f" Gevonden werd wel het blad '{others[close[0]]}': hernoem dat blad naar '{spec.name}'."
    return ""


def _read_book(path: Path, book: Any, specs: dict[str, SheetSpec], seen: dict[str, SheetObservations], kind: str = "xlsx") -> LoadedWorkbook:
    names = list(book.sheet_names)
    by_key = {}
    for name in names:
        by_key.setdefault(sheet_key(name), name)
    wb = LoadedWorkbook(path=path, sheet_names=names, sheets={}, kind=kind)
    # the sheets that are no contract sheet: one of them may be a missing sheet under another name
    others = {key: name for key, name in by_key.items() if key not in {sheet_key(s) for s in specs}}
    for spec in specs.values():
        name = by_key.get(sheet_key(spec.name))
        if name is None:
            wb.observe(Seen.MISSING_SHEET, Hit(spec.name, values={"gevonden": _renamed_hint(spec, others)}))
            continue
        try:
            calamine_sheet = book.get_sheet_by_name(name)  # parses the sheet: once per sheet
            rows = calamine_sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
            merged = calamine_sheet.merged_cell_ranges or []
        except Exception as exc:
            raise UnreadableWorkbook(
                f"Het blad '{name}' in '{path.name}' kan niet gelezen worden ({type(exc).__name__}). "
                "Sla de werkmap opnieuw op in Excel en probeer opnieuw."
            ) from None
        noted = seen.get(name)
        if noted is not None:
            _put_errors(rows, noted.errors)
        sheet = _read_sheet(wb, spec, name, rows, merged)
        if sheet is not None:
            if noted is not None:
                sheet.errors, sheet.uncached = noted.errors, noted.uncached
                sheet.hidden_rows, sheet.hidden, sheet.very_hidden = noted.hidden_rows, noted.hidden, noted.very_hidden
                sheet.too_long = noted.too_long
                if spec.formulas:
                    first, last, cols = sheet.header_row + 1, sheet.header_row + FORMULA_ROWS, set(sheet.columns.values())
                    sheet.formulas = {(r, c): f for (r, c), f in noted.formulas.items() if first <= r <= last and c in cols}
            wb.sheets[spec.name] = sheet
    _compute_uncached(wb)
    for sheet in wb.sheets.values():
        _set_apart_rows_below(sheet, wb)
    for sheet in wb.sheets.values():
        index_fields(sheet)
    return wb


def index_fields(sheet: LoadedSheet) -> None:
    """A field list's fields (SheetSpec.fields): field name key -> (row, value), first occurrence."""
    if sheet.spec.fields and len(sheet.spec.columns) >= 2:
        name, value = sheet.spec.columns[0].header, sheet.spec.columns[1].header
        if name in sheet.frame and value in sheet.frame:
            for row, veld, waarde in zip(sheet.frame.index, sheet.frame[name], sheet.frame[value]):
                if veld is not None:
                    sheet.fields.setdefault(header_key(veld), (int(row), waarde))


def _compute_uncached(wb: LoadedWorkbook) -> None:
    """A formula in a number column without a saved result (a workbook saved by a script) gets the
    value Excel would compute, where we can compute it (actieplan.read.formulas); a formula that has
    a saved result keeps it: that is what Excel shows the department."""
    from actieplan.read.formulas import evaluate

    for sheet in wb.sheets.values():
        numbers = {c for h, c in sheet.columns.items() if sheet.spec.column(h).kind == NUMBER}
        by_col = {c: h for h, c in sheet.columns.items()}
        for (row, col), formula in sorted(sheet.uncached.items()):
            if col not in numbers or row not in sheet.frame.index:
                continue
            result = evaluate(wb, sheet, formula)
            if result.value is not None:
                sheet.frame.at[row, by_col[col]] = result.value
                sheet.computed[(row, col)] = formula


_TOTAL_LABEL = re.compile(r"^\s*(?:sub)?(?:totaal|totalen|total|som|samen)\b", re.IGNORECASE)
NOTE_LABEL = re.compile(r"^\s*(?:\*|\(\*\)|nb\b|n\.b\.|noot\b|opmerking|toelichting|let op\b|bron\b|legende\b)", re.IGNORECASE)


def _set_apart_rows_below(sheet: LoadedSheet, wb: LoadedWorkbook | None = None) -> None:
    """Take a total row ('Totaal' with =SUM(L5:L17)) or a note row under a table out of the table:
    it is no fiche, group or event, and its numbers are no part of the sums. The rows after the
    last row of the table are looked at, from the bottom up, and a row between the table's rows
    that says it is a note ('Opmerking: …' alone); the table keeps at least one row.
    A row holding only a formula without a saved result is not in the frame (calamine reads it as
    empty): it is looked at too."""
    if len(sheet.frame) < 2:
        return
    if not sheet.spec.row_label:
        # a table of fixed rows (Capaciteit's codes, Algemeen's fields): only a row that says it is a
        # note ('Opmerking: …', '* …', 'NB …') in its one filled cell
        _set_apart_notes(sheet)
        return
    frame = sheet.frame
    kinds = {c.header: c.kind for c in sheet.spec.columns}
    by_col = {c: h for h, c in sheet.columns.items()}
    formula_only: dict[int, dict[str, str]] = {}
    for (row, col), formula in sheet.uncached.items():
        if row not in frame.index and row > frame.index[0] and col in by_col:
            formula_only.setdefault(row, {})[by_col[col]] = formula
    title = sheet.spec.title_header
    apart: dict[int, tuple[str, str]] = {}
    for row in sorted(set(frame.index[1:]) | set(formula_only), reverse=True):
        if row in formula_only:
            shown = [f"{f}" + _value_of(wb, sheet, f) for f in formula_only[row].values()]
            if not all("SUM" in f.upper() for f in formula_only[row].values()):
                break
            apart[int(row)] = ("totaal", " | ".join(shown))
            continue
        filled = {h: frame.at[row, h] for h in frame.columns if frame.at[row, h] is not None}
        kind = _below_kind(sheet, int(row), filled, kinds, title, frame.loc[: row - 1])
        if kind is None:
            break
        apart[int(row)] = kind
    apart.update(_note_rows(frame, apart))  # and a note between the rows of the table
    if apart:
        sheet.below = dict(sorted(apart.items()))
        sheet.frame = frame.drop(index=[r for r in apart if r in frame.index])


def _set_apart_notes(sheet: LoadedSheet) -> None:
    apart = _note_rows(sheet.frame, {})
    if apart:
        sheet.below = dict(sorted(apart.items()))
        sheet.frame = sheet.frame.drop(index=list(apart))


def _note_rows(frame, apart: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """The rows (not in ``apart``) whose one filled cell says it is a note ('Opmerking: …', '* …',
    'Noot: …'), wherever they stand: above, between or under the table's rows; the table keeps at
    least one row."""
    out: dict[int, tuple[str, str]] = {}
    single = frame.notna().sum(axis=1) == 1  # one filled cell: the few rows looked at in Python
    for row in frame.index[single.to_numpy()]:
        if row in apart:
            continue
        value = frame.loc[row].dropna().iloc[0]
        if isinstance(value, str) and NOTE_LABEL.match(value):
            out[int(row)] = ("opmerking", _shown(value))
    if len(out) + len(apart) >= len(frame):  # only notes: the first stays the table's row
        out.pop(int(frame.index[0]), None)
    return out


def _value_of(wb, sheet, formula: str) -> str:
    if wb is None:
        return ""
    from actieplan.read.formulas import evaluate
    from actieplan.normalize import dutch_number

    value = evaluate(wb, sheet, formula).value
    return "" if value is None else f" = {dutch_number(value)}"


def _shown(value: Any) -> str:
    from actieplan.normalize import dutch_number

    return dutch_number(value) if isinstance(value, float) else str(value)


def _below_kind(sheet, row, filled, kinds, title, above) -> tuple[str, str] | None:
    texts = {h: v for h, v in filled.items() if kinds.get(h) != NUMBER}
    numbers = {h: v for h, v in filled.items() if kinds.get(h) == NUMBER}
    shown = " | ".join(_shown(v) for v in filled.values())
    formulas = [sheet.uncached.get((row, sheet.columns[h])) or sheet.formulas.get((row, sheet.columns[h])) for h in numbers]
    if any(_TOTAL_LABEL.match(str(v)) for v in texts.values()) and len(texts) == 1:
        return "totaal", shown
    if not texts and numbers:
        if any(f and "SUM" in f.upper() for f in formulas):
            return "totaal", shown
        for h, v in numbers.items():
            column = [x for x in above[h] if isinstance(x, float)]
            if isinstance(v, float) and len(column) >= 2 and abs(sum(column) - v) < 0.011:
                return "totaal", shown
        return None
    if len(filled) == 1 and texts:
        (h, v), = texts.items()
        if h != title or NOTE_LABEL.match(str(v)):
            return "opmerking", shown
    return None


def _put_errors(rows: list[list[Any]], errors: dict[tuple[int, int], str]) -> None:
    """calamine reads an error value (#REF!, #DIV/0!) as ''; put the error text back in its cell so
    the cell is not taken for empty (a cell rule reports it)."""
    for (r, c), value in errors.items():
        if r - 1 < len(rows) and c - 1 < len(rows[r - 1]) and rows[r - 1][c - 1] == "":
            rows[r - 1][c - 1] = value


def _find_header(spec: SheetSpec, rows: list[list[Any]]) -> tuple[int | None, list[str]]:
    """The header row index (0-based) and the required headers missing from it."""
    wanted = {header_key(h) for h in spec.required}
    best, best_missing = None, list(spec.required)
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = {header_key(v) for v in row if clean_text(v)}
        missing = [h for h in spec.required if header_key(h) not in keys]
        if not missing:
            return i, []
        if len(missing) < len(best_missing) and len(wanted) - len(missing) >= max(1, len(wanted) // 2):
            best, best_missing = i, missing
    return best, best_missing


def _read_sheet(
    wb: LoadedWorkbook, spec: SheetSpec, name: str, rows: list[list[Any]], merged_ranges: list
) -> LoadedSheet | None:
    header_idx, missing = _find_header(spec, rows)
    if header_idx is None:
        wb.observe(Seen.NO_HEADER, Hit(spec.name, values={"koppen": ", ".join(spec.required)}))
        return None
    header = rows[header_idx]
    header_row = header_idx + 1
    columns: dict[str, int] = {}
    seen: dict[str, int] = {}
    known = {header_key(c.header): c.header for c in spec.columns}
    for j, value in enumerate(header):
        key = header_key(value) if clean_text(value) else ""
        if not key:
            continue
        if key in known:
            canonical = known[key]
            if canonical in columns:
                wb.observe(
                    Seen.DUPLICATE_COLUMN,
                    Hit(spec.name, row=header_row, col=j + 1, values={"kop": clean_text(value), "eerste": _letter(columns[canonical])}),
                )
                continue
            columns[canonical] = j + 1
        seen[key] = j + 1
    unmatched = [k for k in seen if k not in known]
    for header in missing:
        close = difflib.get_close_matches(header_key(header), unmatched, n=1, cutoff=0.5)
        if close:
            col = seen[close[0]]
            wb.observe(
                Seen.MISSING_COLUMN,
                Hit(spec.name, row=header_row, col=col, values={"kop": header, "gevonden": f" De dichtstbijzijnde kop is '{clean_text(header_at(rows, header_idx, col))}'; schrijf die als '{header}'."}),
            )
        else:
            wb.observe(Seen.MISSING_COLUMN, Hit(spec.name, row=header_row, values={"kop": header, "gevonden": ""}))
    if len(rows) > MAX_ROWS:
        wb.observe(Seen.TRUNCATED, Hit(spec.name, values={"max": f"{MAX_ROWS:,}".replace(",", ".")}))
        rows = rows[:MAX_ROWS]

    merged: dict[tuple[int, int], tuple[int, int]] = {}
    for (r0, c0), (r1, c1) in merged_ranges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    merged[(r + 1, c + 1)] = (r0 + 1, c0 + 1)

    # Column by column rather than cell by cell (a big plan has hundreds of thousands of cells):
    # the values of each contract column, the cells of a merge filled from its top-left cell in
    # that cell's column only (one text shared by the rows below, as BruZEL's 'Concrete
    # doelstelling' of two general assemblies). A cell merged into from another column is empty,
    # as Excel holds it: a title merged across 'Wat?' does not fill in 'Wat?'.
    kinds = {c.header: c.kind for c in spec.columns}
    body = rows[header_idx + 1 :]
    first_row = header_idx + 2  # Excel row of body[0]
    values: dict[str, list[Any]] = {}
    # rows of one width (to_python's are: the sheet's range) are cut by C, a column at a time
    row_width = len(rows[header_idx])
    uniform = all(len(row) == row_width for row in body)
    for h, col in columns.items():
        j = col - 1
        values[h] = list(map(itemgetter(j), body)) if uniform else [row[j] if j < len(row) else "" for row in body]
    by_col = {col: h for h, col in columns.items()}
    for (r, c), (r0, c0) in merged.items():
        h = by_col.get(c)
        if c != c0 or h is None or not first_row <= r < first_row + len(body) or r0 - 1 <= header_idx:
            continue
        src = rows[r0 - 1]
        values[h][r - first_row] = src[c0 - 1] if c0 - 1 < len(src) else ""
    # clean_text once per distinct value: equal texts (one str object from the shared strings) and
    # the empty cells ('') are looked up, not cleaned again
    cleaned: dict[Any, str | None] = {"": None}
    numbers: dict[float, str | None] = {}  # apart: 1.0 == True as a key, but they read differently
    odd: set[str] = set()  # the texts whose cleaning did more than strip them
    get, missing = cleaned.get, _MISSING
    texts = {
        h: [t if (t := get(v, missing)) is not missing else _clean_once(v, cleaned, numbers, odd) for v in vals]
        for h, vals in values.items()
    }
    # the rows with a filled cell (clean_text gives a text that is not empty, or None), found in C
    keep = list(compress(range(len(body)), map(any, zip(*texts.values())))) if texts else []
    index = [first_row + k for k in keep]
    data: dict[str, list[Any]] = {}
    raw: dict[tuple[int, int], Any] = {}
    for h, col in columns.items():
        vals, text = values[h], texts[h]
        # an empty cell ('') reads as None and needs no note of what it held: every reader of raw
        # answers the same for '' as for no entry (no text, nothing typed)
        if kinds[h] in (NUMBER, TICK):
            norms = _normalised(vals, text, keep, kinds[h])
            for k, norm in zip(keep, norms):
                value = vals[k]
                if norm is not value and value != "" and not (isinstance(value, str) and norm == value.strip()):
                    raw[(first_row + k, col)] = value
        else:
            norms = [text[k] for k in keep]
            # the same test for a text: a value that is no text, or a text whose cleaning did more
            # than strip it (found once per distinct text by _clean_once)
            # (none in a column of texts only, each cleaned by a strip: the common case, found in C)
            if not odd.isdisjoint(vals) or not set(map(type, vals)) <= {str}:
                for k in [k for k in keep if (v := vals[k]) != "" and (type(v) is not str or v in odd)]:
                    raw[(first_row + k, col)] = vals[k]
        data[h] = norms
    frame = pd.DataFrame(data, index=pd.Index(index, dtype="int64", name="rij"), columns=list(columns), dtype=object)
    return LoadedSheet(spec=spec, name=name, header_row=header_row, columns=columns, frame=frame, merged=merged, raw=raw)


_MISSING = object()


def _clean_once(value: Any, cleaned: dict[Any, str | None], numbers: dict[float, str | None], odd: set[str]) -> str | None:
    """clean_text(value), remembered (in ``cleaned``, or ``numbers`` for a float); a text whose
    cleaning did more than strip it is added to ``odd``."""
    if type(value) is float:
        text = numbers.get(value, _MISSING)
        if text is _MISSING:
            text = numbers[value] = clean_text(value)
        return text
    if type(value) is not str:
        return clean_text(value)  # not remembered: 1.0 == True as a key, but they read differently
    if value.isascii():  # none of the invisible characters clean_text takes out (most texts)
        text = value.strip() or None
        if text is None:  # blanks only ('' is looked up before)
            odd.add(value)
    else:
        spaced = value  # looking for the three is faster than replacing them (the text itself when none)
        if "\u00a0" in value or "\u200b" in value or "\ufeff" in value:
            spaced = value.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
        text = spaced.strip() or None  # clean_text, inlined
        if (spaced is not value or text is None) and text != value.strip():
            odd.add(value)
    cleaned[value] = text
    return text


_SAME = object()


def _normalised(vals: list[Any], text: list[str | None], keep: list[int], kind: str) -> list[Any]:
    """:func:`_normalise` of the kept cells of a number or tick column, once per distinct text or
    (non-zero: 0.0 == -0.0) number; the value itself where normalising kept it (the caller notes
    in ``raw`` the cells whose value it changed, by identity)."""
    done: dict[Any, Any] = {}
    out = []
    append = out.append
    for k in keep:
        t = text[k]
        if t is None:
            append(None)
            continue
        v = vals[k]
        if type(v) is str or (type(v) is float and v != 0.0):
            norm = done.get(v, _MISSING)
            if norm is _MISSING:
                norm = _normalise(v, kind, t)
                done[v] = _SAME if norm is v else norm
            elif norm is _SAME:
                norm = v
        else:
            norm = _normalise(v, kind, t)
        append(norm)
    return out


def header_at(rows: list[list[Any]], i: int, col: int) -> Any:
    row = rows[i]
    return row[col - 1] if col - 1 < len(row) else ""


def _normalise(value: Any, kind: str, text: Any = ...) -> Any:
    """``value`` read as a column of ``kind`` reads it; ``text``: its clean_text, when known."""
    if text is ...:
        text = clean_text(value)
    if text is None:
        return None
    if kind == NUMBER:
        number = parse_number(value)
        # a number no plan can mean (1E+308) is kept as found, so getal-ongeldig reports it and no
        # rule sums it into an overflow
        if number is not None and abs(number) > MAX_NUMBER:
            return f"{number:.6G}" if isinstance(value, (int, float)) else text  # 1E+308, as Excel shows it
        return text if number is None else number
    if kind == TICK:
        tick = parse_tick(value)
        return text if tick is None else tick
    return text


def _letter(col: int) -> str:
    from actieplan.ooxml.cellref import get_column_letter

    return get_column_letter(col)
