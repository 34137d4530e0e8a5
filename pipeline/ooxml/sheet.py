"""Editing a worksheet part: :class:`SheetEditor`, what the annotation asks of a sheet and changes
in it, and :class:`Sheet`, the editor that parses the part into a tree (lxml keeps namespaces,
comments, CDATA and elements it does not know). The other editor, for big sheets, streams the
part (:class:`actieplan.ooxml.sheetstream.StreamSheet`); :func:`edit_sheet` picks one.
"""

from __future__ import annotations

from typing import Any, Iterable, Protocol

from lxml import etree

from actieplan.ooxml.cellref import column_of, coordinate, split_ref
from actieplan.ooxml.ns import R, local, q
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels
from actieplan.ooxml.xml import child, insert_in_order

# The order of CT_Worksheet's children (ECMA-376 part 1, 18.3.1.99): a new child goes before the
# first existing one that comes after it, or Excel "repairs" the file.
WORKSHEET_ORDER = [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
    "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
    "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
    "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
    "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
    "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
    "extLst",
]

ROW_TAG, CELL_TAG = q("row"), q("c")


def widen_spans(row: Any, col: int) -> None:
    """Widen a row's ``spans="1:16"`` (tree or streamed element) to take in a cell we add in ``col``."""
    spans = row.get("spans")
    if spans and ":" in spans:
        lo, hi = (int(x) for x in spans.split(":", 1))
        if not lo <= col <= hi:
            row.set("spans", f"{min(lo, col)}:{max(hi, col)}")


def extend_dimension(dim: Any, row: int, col: int) -> None:
    """Widen a sheet's ``<dimension ref="A1:P40">`` element (tree or streamed) to take in a cell we
    add; a missing or unreadable one is left as it is."""
    if dim is None or not dim.get("ref"):
        return
    try:
        parts = dim.get("ref").split(":")
        (r1, c1), (r2, c2) = split_ref(parts[0]), split_ref(parts[-1])
    except ValueError:
        return
    if r1 <= row <= r2 and c1 <= col <= c2:
        return
    r1, c1, r2, c2 = min(r1, row), min(c1, col), max(r2, row), max(c2, col)
    dim.set("ref", f"{coordinate(r1, c1)}:{coordinate(r2, c2)}")




class Attrs(Protocol):
    """A cell, row or dimension element as the editors hand it out (an lxml element or a streamed node)."""

    def get(self, name: str, default: Any = None) -> Any: ...

    def set(self, name: str, value: str) -> None: ...


class SheetEditor(Protocol):
    """What the annotation asks of a worksheet and changes in it; the tree :class:`Sheet` and the
    streamed :class:`actieplan.ooxml.sheetstream.StreamSheet` answer the same way (a test compares)."""

    pkg: Package
    name: str
    part: str
    rels: Rels  # the sheet's relationships

    @property
    def dimension(self) -> Attrs | None: ...

    def changed(self) -> None: ...

    def merged(self) -> list[tuple[int, int, int, int]]: ...

    def expect(self, rows: Iterable[int]) -> None: ...

    def row_cells(self, row: int) -> dict[int, Any] | None: ...

    def row_spans(self, row: int) -> str | None: ...

    def row_columns(self, row: int) -> list[int]: ...

    def cell(self, row: int, col: int) -> Attrs | None: ...

    def make_cell(self, row: int, col: int) -> tuple[Any, bool, bool]: ...

    def selected(self, value: bool | None = None) -> bool: ...

    def legacy_rid(self) -> str | None: ...

    def add_legacy_drawing(self, rid: str) -> None: ...

    def remove_legacy_drawing(self, rid: str) -> None: ...

    def undo_cell(self, cell: Any, at: tuple[int, int], style: str | None, spans: str | None, created: bool, row_created: bool) -> None: ...


class Sheet(SheetEditor):
    """One worksheet part, parsed; finds and creates cells without disturbing the others."""

    def __init__(self, pkg: Package, name: str, part: str):
        self.pkg, self.name, self.part = pkg, name, part
        self._rows: dict[int, Any] | None = None
        self._cells: dict[int, dict[int, Any]] = {}
        self._unnumbered_rows = False
        self.rels = Rels(pkg, part)

    @property
    def root(self):
        return self.pkg.xml(self.part)  # parsed once, on first use

    @property
    def dimension(self):
        return self.root.find(q("dimension"))

    @property
    def data(self):
        return child(self.root, "sheetData", WORKSHEET_ORDER, create=True)

    def changed(self) -> None:
        self.pkg.changed(self.part)

    def rows(self) -> dict[int, Any]:
        if self._rows is None:
            self._rows = {}
            self._unnumbered_rows = False
            last = 0
            for row in self.data.iterchildren(ROW_TAG):
                r = row.get("r")
                if not r:
                    self._unnumbered_rows = True
                last = int(r) if r else last + 1
                self._rows[last] = row
        return self._rows

    @staticmethod
    def cells(row) -> dict[int, Any]:
        out, last = {}, 0
        for c in row.iterchildren(CELL_TAG):
            r = c.get("r")
            last = column_of(r) if r else last + 1
            out[last] = c
        return out

    def row_cells(self, row: int) -> dict[int, Any] | None:
        """The cells of a row by column, read once per row (a row is asked for once per mark)."""
        if row not in self._cells:
            found = self.rows().get(row)
            if found is None:
                return None
            self._cells[row] = self.cells(found)
        return self._cells[row]

    def cell(self, row: int, col: int):
        found = self.row_cells(row)
        return None if found is None else found.get(col)

    def make_cell(self, row: int, col: int) -> tuple[Any, bool, bool]:
        """The cell element, created where the sheet has none: (cell, cell created, row created)."""
        rows = self.rows()
        row_el = rows.get(row)
        row_created = False
        if row_el is None:
            row_el = etree.Element(q("row"), r=str(row))
            after = [r for r in rows if r < row]
            if after:
                rows[max(after)].addnext(row_el)
            else:
                self.data.insert(0, row_el)
            if self._unnumbered_rows:
                self._fill_refs(self.data, "row")
            rows[row] = row_el
            row_created = True
        cells = self.row_cells(row) if not row_created else {}
        self._cells[row] = cells
        if col in cells:
            return cells[col], False, row_created
        for c, el in cells.items():  # give every cell of the row its reference before inserting
            if el.get("r") is None:
                el.set("r", coordinate(row, c))
        cell = etree.Element(q("c"), r=coordinate(row, col))
        style = self._inherited_style(row_el, col)
        if style:
            cell.set("s", style)
        before = [c for c in cells if c < col]
        if before:
            cells[max(before)].addnext(cell)
        else:
            row_el.insert(0, cell)
        cells[col] = cell
        widen_spans(row_el, col)
        self._extend_dimension(row, col)
        return cell, True, row_created

    def _fill_refs(self, data, tag: str) -> None:
        last = 0
        for el in data:
            if local(el) != tag:
                continue
            r = el.get("r")
            if r is None:
                el.set("r", str(last + 1))
            last = int(el.get("r"))

    def _inherited_style(self, row_el, col: int) -> str | None:
        """The style an empty cell shows in Excel: its row's (customFormat), else its column's."""
        if row_el.get("customFormat") in ("1", "true") and row_el.get("s"):
            return row_el.get("s")
        cols = self.root.find(q("cols"))
        for c in cols if cols is not None else []:
            if local(c) == "col" and int(c.get("min", 0)) <= col <= int(c.get("max", 0)) and c.get("style"):
                return c.get("style")
        return None

    def _extend_dimension(self, row: int, col: int) -> None:
        extend_dimension(self.root.find(q("dimension")), row, col)

    def merged(self) -> list[tuple[int, int, int, int]]:
        """The merged ranges (r1, c1, r2, c2)."""
        block = self.root.find(q("mergeCells"))
        return merged_ranges([m.get("ref", "") for m in block] if block is not None else [])

    def expect(self, rows: Iterable[int]) -> None:
        """Rows about to be asked for (a streamed sheet reads them together; a tree has them)."""

    def row_spans(self, row: int) -> str | None:
        row_el = self.rows().get(row)
        return row_el.get("spans") if row_el is not None else None

    def row_columns(self, row: int) -> list[int]:
        row_el = self.rows().get(row)
        return sorted(Sheet.cells(row_el)) if row_el is not None else []

    def legacy_rid(self) -> str | None:
        legacy = self.root.find(q("legacyDrawing"))
        return legacy.get(q("id", R)) if legacy is not None else None

    def remove_legacy_drawing(self, rid: str) -> None:
        legacy = self.root.find(q("legacyDrawing"))
        if legacy is not None and legacy.get(q("id", R)) == rid:
            self.root.remove(legacy)
            self.changed()

    def undo_cell(self, cell, at: tuple[int, int], style: str | None, spans: str | None, created: bool, row_created: bool) -> None:
        """A marked cell as it was: its own style (None: none), its row's spans; gone again where we made it."""
        if style is None:
            cell.attrib.pop("s", None)
        else:
            cell.set("s", style)
        row = cell.getparent()
        if spans is not None:
            row.set("spans", spans)
        if created and len(cell) == 0 and set(cell.attrib) <= {"r", "s"}:
            row.remove(cell)
            self._cells.pop(at[0], None)
            if row_created and len(row) == 0 and set(row.attrib) <= {"r", "spans"}:
                row.getparent().remove(row)
                self._rows = None
        self.changed()

    def add_legacy_drawing(self, rid: str) -> None:
        legacy = etree.Element(q("legacyDrawing"))
        legacy.set(q("id", R), rid)
        insert_in_order(self.root, legacy, WORKSHEET_ORDER)
        self.changed()

    def selected(self, value: bool | None = None) -> bool:
        if self.part not in self.pkg.trees and b"tabSelected" not in self.pkg.read(self.part):
            if not value:
                return False  # nothing to read or change: the sheet stays unparsed
        views = self.root.find(q("sheetViews"))
        view = views.find(q("sheetView")) if views is not None else None
        if view is None:
            return False
        was = view.get("tabSelected") in ("1", "true")
        if value is not None and value != was:
            view.set("tabSelected", "1" if value else "0")  # in its place: undone, the bytes are as before
            self.changed()
        return was


def merged_ranges(refs: Iterable[str]) -> list[tuple[int, int, int, int]]:
    out = []
    for ref in refs:
        try:
            a, _, b = ref.partition(":")
            (r1, c1), (r2, c2) = split_ref(a), split_ref(b or a)
        except ValueError:
            continue
        out.append((r1, c1, r2, c2))
    return out




class MergedOrigins:
    """Where a cell's merged range starts (notes and fills go on that cell). Small ranges are
    looked up in a dict; a few large ones (a merged intro block) are scanned."""

    SMALL = 1_000

    def __init__(self, ranges: Iterable[tuple[int, int, int, int]]):
        self.cells: dict[tuple[int, int], tuple[int, int]] = {}
        self.large: list[tuple[int, int, int, int]] = []
        for r1, c1, r2, c2 in ranges:
            if (r2 - r1 + 1) * (c2 - c1 + 1) > self.SMALL:
                self.large.append((r1, c1, r2, c2))
                continue
            for row in range(r1, r2 + 1):
                for col in range(c1, c2 + 1):
                    self.cells[(row, col)] = (r1, c1)

    def get(self, key: tuple[int, int]) -> tuple[int, int]:
        found = self.cells.get(key)
        if found is not None:
            return found
        row, col = key
        for r1, c1, r2, c2 in self.large:
            if r1 <= row <= r2 and c1 <= col <= c2:
                return r1, c1
        return key


# --------------------------------------------------------------------------- notes
