"""Objective codes as plans write them: the one place that reads an SD or OD code out of a cell.

The codes are the zorgraad's own (from its multi-year plan). Plans write them bare or with a
prefix and often with the objective's title after them::

    3   SD 3   SD3   SD 03   3.   Strategische doelstelling 3   SD 3: Toegankelijke zorg
    3.1   3.1.   OD 3.1   OD3.1:   Operationele doelstelling 3.1   OD 3.1 - Zorgzones uitbouwen

Every rule that compares codes reads them here, normalised: prefix, leading zeros, a trailing dot
and a title after the code do not count (``SD 01`` is ``1``, ``OD 03.1. Zorgzones`` is ``3.1``);
``3.1`` and ``3.10`` stay different. The code comes first: a cell whose text starts with no code
(``zie meerjarenplan``, ``Strategische doelstelling drie``) holds none, and a number further on in
a text is never taken for one.
"""

from __future__ import annotations

import functools
import re

# the prefix: the abbreviation or the words ('Strategische doelstelling', 'Strat. doelstelling',
# 'Doelstelling'), then maybe a '.', ':' or 'nr.' before the number
_PREFIX = r"(?:{abbr}|(?:{word}\w*\.?\s*)?doelstelling)\s*(?:nr\.?|nummer)?\s*[.:]?\s*"
# after the code: nothing, or a separator and the title, or a space and a title that starts with a
# letter (not a digit: '3 1' is no code 3 followed by a title)
_AFTER = r"(?:\s*[.:)\-–—]\s*.*|\s+[^\W\d].*)?"
_CODE = r"^\s*(?:{prefix})?(\d+(?:\s*\.\s*\d+)*)\s*\.?" + _AFTER + r"$"

SD_PATTERN = re.compile(_CODE.format(prefix=_PREFIX.format(abbr="SD", word="strat")), re.IGNORECASE | re.DOTALL)
OD_PATTERN = re.compile(_CODE.format(prefix=_PREFIX.format(abbr="OD", word="op")), re.IGNORECASE | re.DOTALL)


def _code(value, pattern: re.Pattern) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = int(value) if value.is_integer() else f"{value:g}"  # 3,1 typed as a number
    return _code_of(str(value), pattern)


@functools.lru_cache(maxsize=4096)  # a plan writes its few codes over and over (SD 3 on hundreds of fiches)
def _code_of(text: str, pattern: re.Pattern) -> str | None:
    m = pattern.match(text)
    if not m:
        return None
    return ".".join(str(int(part)) for part in m.group(1).replace(" ", "").split("."))


def sd_code(value) -> str | None:
    """'SD 3', 'SD 03', '3', '3.', 3.0, 'Strategische doelstelling 3', 'SD 3: titel' -> '3';
    None when the cell starts with no SD code (one number)."""
    code = _code(value, SD_PATTERN)
    return code if code is not None and "." not in code else None


def od_code(value) -> str | None:
    """'OD 3.1', '3.1.', '03.01', 'OD3.1:', 'Operationele doelstelling 3.1', 'OD 3.1 - titel' ->
    '3.1'; 'OD 4' -> '4'; '1.1.1' -> '1.1.1'; None when the cell starts with no code."""
    return _code(value, OD_PATTERN)


def code_label(prefix: str, value) -> str:
    """A code as a message names it: the cell as written when it is only the code ('SD 01',
    'OD 3.1.'), with the prefix added to a bare number ('3' -> 'SD 3'); a cell with a title or
    the prefix in words is named by its code ('Strategische doelstelling 3: …' -> 'SD 3')."""
    if isinstance(value, float):
        value = int(value) if value.is_integer() else f"{value:g}"
    text = " ".join(str(value).split()) if value is not None else ""
    code = _code(text, SD_PATTERN if prefix.upper() == "SD" else OD_PATTERN)
    if code is None:
        return text
    if re.fullmatch(r"(?:%s\s*[.:]?\s*)?[\d.\s]+" % re.escape(prefix), text, re.IGNORECASE):
        return text if text.upper().startswith(prefix.upper()) else f"{prefix} {text}"
    return f"{prefix} {code}"
