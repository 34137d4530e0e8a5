"""What a rule set says about each sheet of its template: the sheet, its columns, their kinds.

The loader, the schemas, the blank template and the rule catalogue all read these; a year's
package (``rules/jaarNNNN/sheets.py``) builds them from its settings.
"""

from __future__ import annotations

from dataclasses import dataclass

# Column kinds: how the loader reads a cell and which column rules apply.
TEXT, NUMBER, TICK, JANEE, SD, OD = "text", "number", "tick", "janee", "sd", "od"


@dataclass(frozen=True)
class Column:
    header: str
    required: bool = True
    kind: str = TEXT
    help: str = ""
    width: int = 30
    # may be left empty although the column is required (the template asks nothing more of it)
    may_be_empty: bool = False
    # the template offers a list of the values of this column in another sheet (e.g. the OD codes)
    choices_from: str = ""
    choices_message: str = ""  # shown when a value outside the list is typed


@dataclass(frozen=True)
class SheetSpec:
    name: str
    title: str  # the template's table title
    columns: tuple[Column, ...]
    intro: str = ""
    # the columns that together identify a row: no two rows may share them (a title)
    unique_key: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    # a list of fields: one row per field, the first column names it, the second holds its value
    # (the loader indexes them: LoadedSheet.fields)
    fields: bool = False
    # formula cells are read from the sheet's XML (computed by the rules, never trusted as cached)
    formulas: bool = False
    # what to write when the sheet has no rows (blad-leeg)
    when_empty: str = ""
    # the column that names a row (its title), and what one row is called, for the findings
    # on a row: "Actiefiche 'Workshops inclusieve zorg': ..."
    title_column: str | None = None
    row_label: str = ""

    @property
    def required(self) -> list[str]:
        return [c.header for c in self.columns if c.required]

    @property
    def title_header(self) -> str | None:
        """The column whose value names a row: ``title_column``, else the first of ``unique_key``."""
        return self.title_column or (self.unique_key[0] if self.unique_key else None)

    def column(self, header: str) -> Column:
        for c in self.columns:
            if c.header == header:
                return c
        raise KeyError(header)
