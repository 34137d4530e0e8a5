"""The one place that turns a rule's hit into a finding with its Excel address and message."""

from __future__ import annotations

import string
from typing import Any

from openpyxl.utils import get_column_letter

from actieplan.loader import LoadedWorkbook
from actieplan.model import Finding, Hit
from actieplan.normalize import shorten
from actieplan.rules.registry import Rule


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


def to_finding(rule: Rule, hit: Hit, workbook: LoadedWorkbook) -> Finding:
    sheet_name = workbook.sheet_name(hit.sheet)
    col, cell = cell_of(workbook, hit)
    row = hit.row
    if cell is not None:
        row = int(cell.lstrip(string.ascii_uppercase))
    values: dict[str, Any] = {"blad": sheet_name, "cel": cell or "", "rij": row or "", "kolom": hit.column or ""}
    for key, value in hit.values.items():
        values[key] = shorten(value, 80) if isinstance(value, str) and key == "waarde" else value
    if "waarde" in values and not isinstance(values["waarde"], str):
        values["waarde"] = _show(values["waarde"])
    message = rule.message.format_map(_Defaults(values))
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        sheet=sheet_name,
        cell=cell,
        row=row,
        column=hit.column,
        message=message,
    )


def _show(value: Any) -> str:
    from actieplan.normalize import dutch_number

    if isinstance(value, bool):
        return "☒" if value else "☐"
    if isinstance(value, float):
        return dutch_number(value)
    return shorten(value, 80)
