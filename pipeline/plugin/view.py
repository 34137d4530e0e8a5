"""What a rule sees of a workbook: typed read-only views, declared here, implemented by the loader.

The loader's ``LoadedWorkbook`` and ``LoadedSheet`` satisfy these protocols structurally (they are
not imported here); a rule types its argument as :class:`WorkbookView` and never imports the
loader. Everything a rule may read is listed: a new need is a new line here first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping, Protocol

if TYPE_CHECKING:
    import pandas as pd

    from actieplan.plugin.ruleset import Observation
    from actieplan.plugin.sheetspec import SheetSpec

Cell = tuple[int, int]  # (Excel row, Excel column), both 1-based


class SheetView(Protocol):
    """One contract sheet as read: its frame (index: Excel row; columns: contract headers) and
    what the loader noted about its cells."""

    spec: SheetSpec
    name: str  # as written in the workbook
    header_row: int  # Excel row of the header
    columns: Mapping[str, int]  # contract header -> Excel column
    frame: pd.DataFrame
    formulas: Mapping[Cell, str]  # formula cells with a saved result
    uncached: Mapping[Cell, str]  # formulas without a saved result
    computed: Mapping[Cell, str]  # of those, the ones the loader computed
    errors: Mapping[Cell, str]  # error values ('#DIV/0!')
    raw: Mapping[Cell, Any]  # the value as written, where normalising changed it
    below: Mapping[int, tuple[str, str]]  # text below the table: row -> (column letter, text)
    too_long: Mapping[Cell, int]  # cells over Excel's 32,767 characters
    fields: Mapping[str, tuple[int, Any]]  # a field-list sheet: key -> (Excel row, value)
    hidden_rows: set[int]
    hidden: bool
    very_hidden: bool


class WorkbookView(Protocol):
    """The workbook a rule checks (or last year's, ``Context.previous``)."""

    path: Path
    sheet_names: list[str]  # every sheet, in workbook order, as written
    sheets: Mapping[str, SheetView]  # contract sheet name -> sheet
    observations: list[Observation]  # what the loader saw while reading (loader rules report them)

    def frame(self, name: str) -> pd.DataFrame | None: ...

    def sheet_name(self, key: str) -> str: ...


def table_of(workbook: WorkbookView, sheet: str, row: int) -> int | None:
    """The number of the table (1-based, in reading order) that holds ``sheet``'s ``row`` in a Word
    document (an action's fiche table), or None: a workbook (its rows are rows of a sheet) or a row
    the document gave no table of its own."""
    locations = getattr(workbook, "locations", None) or {}
    place = locations.get((sheet, row, None))
    return None if place is None else place.table


def is_document(workbook: WorkbookView) -> bool:
    """Whether the plan was read from a Word document (its parts are tables and sections, not sheets)."""
    return getattr(workbook, "kind", "xlsx") == "docx"
