"""Years, periods, dates and months in what people write: the named patterns every rule uses.

A *year* is 1900-2099 written on its own (not inside a longer number), unless a pattern's name
says otherwise.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import Any

from actieplan.api import clean_text, fold

# a year not inside a longer number; the look-behind after the digits (no digit before them) lets
# the regex engine skip to each '1'/'2' instead of trying the look-behind at every position (2.7x
# faster on long texts; the same matches as (?<!\d)((?:19|20)\d{2})(?!\d))
YEAR = re.compile(r"((?:19|20)\d\d)(?<!\d.{4})(?!\d)")
# a year's digits anywhere, also inside a longer number ('actieplan-2025' and 'x20251')
YEAR_DIGITS = re.compile(r"((?:19|20)\d{2})")
# the end of a year: four digits not followed by another (where a MARKER_YEAR match ends)
YEAR_END = re.compile(r"(?:19|20)\d{2}(?!\d)")
# a period of two years, the whole text: '2024-2026', '2024 – 2026', '2024/2026'
PERIOD = re.compile(r"^\s*((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})\s*$")
# a multi-year plan named with its period: 'meerjarenplan 2027-2032', 'meerjarenplannen (2027–2032'
PLAN_PERIOD = re.compile(r"meerjarenplan(?:nen)?\s*\(?\s*(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)\d{2}", re.IGNORECASE)
# a date written with numbers: '15/03', '15/03/2026', '1-9-25'; the look-behind after the first
# digit (no digit before it) lets the engine jump to each digit, as YEAR does (the same matches as
# (?<!\d)\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?!\d))
DATE = re.compile(r"\d(?<!\d\d)\d?[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?!\d)")
# a time marker with its year ('najaar 2025', 'januari-februari 2025', '15/03/2025'), in folded text
MARKER_YEAR = re.compile(r"(?:[a-z0-9/.-]+(?:\s*[-–]\s*[a-z]+)?\s*)?(?:19|20)\d{2}(?!\d)")
_MARKER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789/.-–")
_PAREN = re.compile(r"\(([^()]*)\)")

# The Dutch calendar (the same every year, not the template's): month names and abbreviations.
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}


@functools.lru_cache(maxsize=8)
def the_year(year: int) -> re.Pattern[str]:
    """``year`` written on its own ('werkjaar 2026', not '20265')."""
    return re.compile(rf"(?<!\d){year}(?!\d)")


@functools.lru_cache(maxsize=8)
def later_years(year: int) -> re.Pattern[str]:
    """A quick test for any year after ``year`` up to 2099 (a literal prefix the engine scans fast)."""
    return re.compile("(?:" + "|".join(str(y) for y in range(year + 1, 2100)) + r")(?!\d)")


@functools.lru_cache(maxsize=8)
def earlier_years(year: int) -> "EarlierYears":
    """A year 1900 up to ``year`` - 1 written on its own, as :data:`YEAR` finds it: whether a text
    names one is one search, not every year found and compared."""
    return EarlierYears(year)


class EarlierYears:
    """:func:`earlier_years`: ``search(text)`` finds the first year 1900 up to ``year`` - 1 written on
    its own. In a text without '19' only the years from 2000 can be there: their pattern starts with
    '20', which the regex engine looks for as a string (the whole pattern's '19' or '20' is tested
    character by character: twice as slow on a long Wat?)."""

    def __init__(self, year: int) -> None:
        below = _below(year)
        self.pattern = re.compile("(?:" + "|".join(below) + r")(?<!\d.{4})(?!\d)")
        twenties = [b for b in below if b.startswith("20")]
        self._twenties = re.compile("(?:" + "|".join(twenties) + r")(?<!\d.{4})(?!\d)") if twenties else None

    def search(self, text: str) -> re.Match[str] | None:
        if "19" in text:
            return self.pattern.search(text)
        return None if self._twenties is None else self._twenties.search(text)


def _below(year: int) -> list[str]:
    """Patterns for the years 1900 up to ``year`` - 1 (1900-2099): the whole 20th century below a
    year of the 21st, then per later digit of ``year`` the years that share the digits before it
    and have a lower one there (2026: 19\\d\\d, 20[0-1]\\d, 202[0-5])."""
    digits = str(year)
    out = [r"19\d\d"] if year >= 2000 else []
    for i in (2, 3):
        d = int(digits[i])
        if d:
            out.append(digits[:i] + ("0" if d == 1 else f"[0-{d - 1}]") + r"\d" * (3 - i))
    return out or ["(?!)"]  # 1900: no year before it


# :data:`YEAR` for a text without '19': the years 2000-2099. A pattern that starts with one string
# ('20') lets the regex engine look for that string; YEAR's '19' or '20' is tested character by
# character (twice as slow on a long plan of approach)
_YEAR_20 = re.compile(r"(20\d\d)(?<!\d.{4})(?!\d)")


def years(text: Any) -> list[int]:
    """Every year 1900-2099 written in ``text``, in order."""
    if not (isinstance(text, str) and "\u200b" not in text and "\ufeff" not in text):
        text = clean_text(text)
        if not text:
            return []
    # what clean_text would still change (a non-breaking space, the ends) changes no year: a long
    # text is not copied three times over to find its years
    return [int(y) for y in (YEAR if "19" in text else _YEAR_20).findall(text)]


def has_year(text: str) -> bool:
    """Whether ``text`` (already clean) names a year 1900-2099."""
    return YEAR.search(text) is not None


def years_in_parentheses(text: Any) -> list[int]:
    """Years inside parentheses ('Workshops (2025, 2024)'); all years of the text when none are."""
    s = clean_text(text) or ""
    inside = [y for group in _PAREN.findall(s) for y in years(group)]
    return inside or years(s)


def without_years(text: Any) -> str:
    """The title without its '(2025, 2024)' part: what the action is called."""
    s = clean_text(text) or ""
    if "(" not in s:
        return s
    return _PAREN.sub(lambda m: "" if YEAR.search(m.group(1)) else m.group(0), s).strip()


def without_marker_years(text: str) -> str:
    """``MARKER_YEAR.sub(" ", text)``, the regex tried only near the years.

    The regex engine tries MARKER_YEAR at every position of a long text and each try runs
    through the word there. A match ends at a year and, before it, spans at most three runs of
    marker characters with white space between them ('januari - februari 2025'); so from the
    start of the third run back from a year, a search finds the same match as from the start of
    the text (the year itself matches if nothing before it does), and no position before that can
    match at all.
    """
    pieces, pos = [], 0
    for year in YEAR_END.finditer(text):
        q = year.start()
        if q < pos:
            continue  # inside the match before
        start = q
        for run in range(3):  # white space, then a run of marker characters, three times
            while start > pos and text[start - 1].isspace():
                start -= 1
            while start > pos and text[start - 1] in _MARKER_CHARS:
                start -= 1
        m = MARKER_YEAR.search(text, start)
        pieces.append(text[pos : m.start()])
        pieces.append(" ")
        pos = m.end()
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


# "een looptijd van drie jaar", "over 2 jaar", "gedurende twee jaar", "3-jarig": read backwards from
# each "jaar"/"jarig" (a scan of every position of a long text with these alternatives is slow)
_BEFORE_JAAR = re.compile(
    r"(?:(?:looptijd|duurtijd|duur|loopt)\s+(?:van\s+)?(?:[a-z]+\s+)?|(?:over|gedurende|voor)\s+)(?:\d+|twee|drie|vier|vijf|zes)\s+$"
)
_BEFORE_JARIG = re.compile(r"(?:\d+|twee|drie|vier|vijf|zes)\s*-?\s*$")


def _an_age(folded: str, number: str, end: int) -> bool:
    """Whether 'N-jarig' is an age, not a period: people ('25-jarigen', '18- tot 25-jarigen') or a
    number of years no project runs (more than six: '65-jarige', '80-jarige bewoners')."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return folded.startswith("en", end) or (digits != "" and int(digits) > 6)


def term_of_years(folded: str) -> str | None:
    """'looptijd van drie jaar' and the like in folded text, or None."""
    for word, before in (("jaar", _BEFORE_JAAR), ("jarig", _BEFORE_JARIG)):
        i = folded.find(word)
        while i >= 0:
            end = i + len(word)
            # 'jaar' follows white space (the pattern ends in \s+): 'werkjaar' needs no search
            if word == "jarig" or ((end >= len(folded) or not folded[end].isalpha()) and i and folded[i - 1].isspace()):
                m = before.search(folded, max(0, i - 50), i)
                if m and not (word == "jarig" and _an_age(folded, m.group(0), end)):
                    return folded[m.start() : end]
            i = folded.find(word, end)
    return None


def parse_date(value: Any) -> date | None:
    """A date typed as a date cell, ISO text, Dutch text (10/10/2025, 10-10-2025, 10 oktober 2025)
    or an Excel serial number; None when it is not a date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = clean_text(value)
    if s is None:
        return None
    if _SERIAL.fullmatch(s):  # an Excel serial number shown as a number
        serial = int(re.split(r"[.,]", s)[0])
        if 36526 <= serial <= 73051:  # 2000-01-01 .. 2099-12-31
            return date(1899, 12, 30) + timedelta(days=serial)
        return None
    m = _ISO_DATE.fullmatch(s)
    if m:
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _NUMERIC_DATE.fullmatch(s)
    if m:
        year = int(m.group(3))
        return _date(year + 2000 if year < 100 else year, int(m.group(2)), int(m.group(1)))
    m = _WRITTEN_DATE.fullmatch(fold(s))
    if m and m.group(2) in MONTHS:
        return _date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    return None


_SERIAL = re.compile(r"\d{5}(?:[.,]0+)?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})")
_WRITTEN_DATE = re.compile(r"(?:[a-z]+dag\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")


def _date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def dutch_date(d: date) -> str:
    return d.strftime("%d/%m/%Y")
