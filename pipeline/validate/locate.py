"""The one place that turns a rule's hit into a finding with its Excel address and message."""

from __future__ import annotations

import string
from typing import Any

import pandas as pd
from actieplan.ooxml.cellref import get_column_letter

from actieplan.read.loader import LoadedWorkbook
from actieplan.model import DocLocation, Finding, Hit
from actieplan.normalize import clean_text, shorten
from actieplan.plugin.ruleset import Rule


class _Defaults(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def cell_of(workbook: LoadedWorkbook, hit: Hit) -> tuple[int | None, str | None]:
    """(Excel column number, address) of the hit's cell; a merged cell maps to its top-left cell."""
    sheet = workbook.sheets.get(hit.sheet)
    col = hit.col
    if col is None and hit.column is not None and sheet is not None:
        col = sheet.columns.get(hit.column)
    if hit.row is None or col is None:
        return col, None
    row = hit.row
    if sheet is not None and (row, col) in sheet.merged:
        row, col = sheet.merged[(row, col)]
    return col, f"{get_column_letter(col)}{row}"


def location_of(workbook: LoadedWorkbook, hit: Hit) -> DocLocation | None:
    """Where a hit lies in a Word document: its row and column, else its row, else its sheet's table."""
    if not workbook.is_document:
        return None
    column = hit.column
    sheet = workbook.sheets.get(hit.sheet)
    if column is None and hit.col is not None and sheet is not None:
        column = next((h for h, c in sheet.columns.items() if c == hit.col), None)
    keys = [(hit.sheet, hit.row, column), (hit.sheet, hit.row, None)] if hit.row is not None else []
    keys.append((hit.sheet, None, None))
    return next((workbook.locations[k] for k in keys if k in workbook.locations), None)


def to_finding(rule: Rule, hit: Hit, workbook: LoadedWorkbook, titles: "RowTitles | None" = None) -> Finding:
    """The finding of a rule's hit: its cell, its row's title and the message (``titles``: the
    workbook's :class:`RowTitles`, shared by the findings of one check)."""
    sheet_name = workbook.sheet_name(hit.sheet)
    location = location_of(workbook, hit)
    if workbook.is_document:
        # a document has no cells: its place (the table, row and label) stands where a cell would
        cell, row = None, location.row if location is not None else None
        shown = location.dutch if location is not None else ""
    else:
        _, cell = cell_of(workbook, hit)
        row = hit.row
        if cell is not None:
            row = int(cell.lstrip(string.ascii_uppercase))
        shown = cell or ""
    values: dict[str, Any] = {"blad": sheet_name, "cel": shown, "rij": row or "", "kolom": hit.column or ""}
    for key, value in hit.values.items():
        values[key] = shorten(value, 80) if isinstance(value, str) and key == "waarde" else value
    if "waarde" in values and not isinstance(values["waarde"], str):
        values["waarde"] = _show(values["waarde"])
    # a document may word a finding its own way (a column filled from a heading, not a cell)
    wording = workbook.messages.get((rule.id, hit.sheet, hit.column or ""), rule.message)
    message = wording.format_map(_Defaults(values))
    title = (titles or RowTitles(workbook))(hit)
    if title is not None:
        short = shorten(title, MESSAGE_TITLE_CHARS)
        if short.rstrip("…") not in message:
            # the row's title leads the message, so it reads on its own (summary, note, Controle sheet)
            sheet = workbook.sheets[hit.sheet]
            message = f"{sheet.spec.row_label.capitalize() or sheet.name} '{short}': {message}"
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        sheet=sheet_name,
        cell=cell,
        row=row,
        column=hit.column,
        message=message,
        row_title=title,
        location=location,
    )


TITLE_CHARS = 250  # the field: the whole title of any real row
MESSAGE_TITLE_CHARS = 60  # in the message: enough to recognise the row


def row_title(workbook: LoadedWorkbook, hit: Hit) -> str | None:
    """The title of the table row a hit is on (the sheet spec's title column), or None: off a
    table's data rows, on a sheet without a title column, or when the row's title cell is empty."""
    return RowTitles(workbook)(hit)


class RowTitles:
    """:func:`row_title` for many hits of one workbook: each sheet's title column is read out of
    its frame once, as a dict (a check turns thousands of hits into findings; a lookup in the
    frame per hit cost more than the rest of the finding)."""

    def __init__(self, workbook: LoadedWorkbook) -> None:
        self.workbook = workbook
        self._columns: dict[str, dict[Any, Any]] = {}

    def __call__(self, hit: Hit) -> str | None:
        if hit.row is None:
            return None
        column = self._columns.get(hit.sheet)
        if column is None:
            column = self._columns[hit.sheet] = self._read(hit.sheet)
        value = column.get(hit.row, _ABSENT)
        if value is _ABSENT:
            return None
        return shorten(value, TITLE_CHARS) if clean_text(value) else None

    def _read(self, key: str) -> dict[Any, Any]:
        """Excel row -> the value of the sheet's title column ({} without one)."""
        sheet = self.workbook.sheets.get(key)
        if sheet is None:
            return {}
        header = sheet.spec.title_header
        frame = sheet.frame
        if header is None or header not in frame.columns:
            return {}
        values = frame[header]
        if isinstance(values, pd.DataFrame):  # a duplicated header cannot happen, but never crash on it
            values = values.iloc[:, 0]
        # reversed: a duplicated row label (it cannot happen either) keeps its first value
        return dict(zip(reversed(frame.index.tolist()), reversed(values.tolist())))


_ABSENT = object()


def _show(value: Any) -> str:
    from actieplan.normalize import dutch_number

    if isinstance(value, bool):
        return "☒" if value else "☐"
    if isinstance(value, float):
        return dutch_number(value)
    return shorten(value, 80)
