"""Column letters and cell references (A, AB, XFD; B12), as openpyxl.utils spells them.

Not imported from openpyxl.utils because importing any part of openpyxl imports all of it
(~14 MB and a noticeable part of the start-up), and a check of a workbook needs openpyxl for
nothing else: reading, the rules and the outputs use python-calamine, our XML reader, lxml and
xlsxwriter.
"""

from __future__ import annotations

import re

MAX_COLUMN = 18_278  # ZZZ, as far as openpyxl goes (Excel's last column is XFD, 16.384)

_LETTERS: dict[int, str] = {}
_INDEX: dict[str, int] = {}
for _i in range(1, MAX_COLUMN + 1):
    _n, _s = _i, ""
    while _n:
        _n, _rem = divmod(_n - 1, 26)
        _s = chr(65 + _rem) + _s
    _LETTERS[_i], _INDEX[_s] = _s, _i
del _i, _n, _s, _rem

_COORDINATE = re.compile(r"^[$]?([A-Za-z]{1,3})[$]?(\d+)$")


def get_column_letter(col: int) -> str:
    """1 -> 'A', 28 -> 'AB'; ValueError outside 1..18.278 (openpyxl's get_column_letter)."""
    try:
        return _LETTERS[col]
    except KeyError:
        raise ValueError(f"Invalid column index {col}") from None


def column_index_from_string(letters: str) -> int:
    """'A' -> 1, 'ab' -> 28; ValueError for anything else (openpyxl's column_index_from_string)."""
    try:
        return _INDEX[letters.upper()]
    except KeyError:
        raise ValueError(f"{letters} is not a valid column name") from None


def coordinate_from_string(ref: str) -> tuple[str, int]:
    """'$B$12' -> ('B', 12); ValueError for what is no cell reference."""
    m = _COORDINATE.match(ref)
    if m is None or int(m.group(2)) == 0:
        raise ValueError(f"Invalid cell coordinates ({ref})")
    return m.group(1), int(m.group(2))


def column_of(ref: str) -> int:
    """The column number of a cell reference ('AB12' -> 28, '$b$3' -> 2; 0 when it starts with no
    letter), without a regular expression: the annotated copy calls it for every cell of every
    row it marks. A reference in the usual form (capitals, then the row) is looked up; any other
    is spelled out letter by letter."""
    n = _INDEX.get(ref.rstrip("0123456789"))
    if n is not None:
        return n
    n = 0
    for ch in ref:
        o = ord(ch)
        if 65 <= o <= 90:
            n = n * 26 + o - 64
        elif 97 <= o <= 122:
            n = n * 26 + o - 96
        elif ch != "$":
            break
    return n


def split_ref(ref: str) -> tuple[int, int]:
    """'$B$12' -> (12, 2): a cell reference as (row, column); ValueError for what is none."""
    m = _COORDINATE.match(ref)
    if not m:
        raise ValueError(ref)
    return int(m.group(2)), _INDEX[m.group(1).upper()]


def is_ref(ref: str) -> bool:
    """Whether ``ref`` is a cell reference (1 to 3 letters, a row number, '$' allowed)."""
    return _COORDINATE.match(ref) is not None


def coordinate(row: int, col: int) -> str:
    """(12, 2) -> 'B12'."""
    letters = _LETTERS.get(col)
    if letters is None:  # beyond ZZZ (or 0, which spells as no letters): spelled as openpyxl would not
        letters, n = "", col
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(65 + rem) + letters
    return f"{letters}{row}"
