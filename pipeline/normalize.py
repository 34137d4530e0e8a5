"""How the contract reads what people type: headers, numbers, tick-boxes, text."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime
from typing import Any

_WS = re.compile(r"\s+")
# "0,2", "0.2", "0,2 VTE", "6,18", "1.234,5", "± 0,5", "0,5 vte", "0,1 vte." (a sentence's full stop)
_NUMBER = re.compile(
    r"^\s*[±~+]?\s*(?P<num>-?(?:\d{1,3}(?:[.\s]\d{3})+|\d+)(?:[.,]\d+)?|-?[.,]\d+)\s*(?:vte|fte)?\.?\s*$",
    re.IGNORECASE,
)

TICKED = {"ja", "x", "v", "☒", "☑", "✓", "✔", "true", "1", "waar"}
UNTICKED = {"", "nee", "☐", "false", "0", "onwaar"}


def header_key(text: Any) -> str:
    """Case-insensitive, whitespace-collapsed header with a trailing '?' or ':' ignored.

    'Naam en/ of thema?' and 'Naam en/of thema' both give 'naam en/of thema'.
    """
    s = clean_text(text) or ""
    s = _WS.sub(" ", s).strip().lower()
    s = s.rstrip("?:").strip()
    # "en/ of" and "en /of" read the same as "en/of"
    s = re.sub(r"\s*/\s*", "/", s)
    return s


def sheet_key(name: str) -> str:
    return _WS.sub(" ", name).strip().lower()


def clean_text(value: Any) -> str | None:
    """Text as a person means it: NBSP and zero-width spaces gone, stripped; '' becomes None."""
    if type(value) is str:  # most cells: none of the conversions below applies
        if not value.isascii():  # NBSP, the zero-width space and the BOM are not ASCII
            value = value.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    s = s.strip()
    return s or None


def parse_number(value: Any) -> float | None:
    """A number typed as a number or as Dutch/English text; None when it is not one.

    >>> parse_number("0,2 VTE"), parse_number("6,18"), parse_number(0.5), parse_number("1.234,5"), parse_number("0,1 vte.")
    (0.2, 6.18, 0.5, 1234.5, 0.1)
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        f = float(value)
        return None if math.isnan(f) or math.isinf(f) else f
    text = clean_text(value)
    if text is None:
        return None
    m = _NUMBER.match(text)
    if not m:
        return None
    num = m.group("num").replace(" ", "")
    if "," in num and "." in num:
        # the last separator is the decimal one: "1.234,5" or "1,234.5"
        if num.rfind(",") > num.rfind("."):
            num = num.replace(".", "").replace(",", ".")
        else:
            num = num.replace(",", "")
    elif "," in num:
        num = num.replace(",", ".")
    elif num.count(".") > 1:
        num = num.replace(".", "")
    try:
        return float(num)
    except ValueError:
        return None


def parse_tick(value: Any) -> bool | None:
    """True/False for a tick-box cell, None when the value is not a tick-box value."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value == 1:
            return True
        if value == 0:
            return False
        return None
    text = (clean_text(value) or "").lower()
    if text in TICKED:
        return True
    if text in UNTICKED:
        return False
    return None


def counted(n: int, singular: str, plural: str) -> str:
    """A count with its noun in the right number: (1, 'fiche', 'fiches') -> '1 fiche'; 0 and 2 take the plural."""
    return f"{n} {singular if n == 1 else plural}"


def dutch_number(x: float | None) -> str:
    """1.1 -> '1,1'; 6.18 -> '6,18'; 2.0 -> '2'."""
    if x is None:
        return "(leeg)"
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def fold(text: str) -> str:
    """Lower case without accents, for matching words: 'Geïntegreerde' -> 'geintegreerde'."""
    nfkd = unicodedata.normalize("NFKD", text.lower())
    if nfkd.isascii():
        return nfkd
    # The marks to drop: only a character that is not ASCII can be one, and a text holds few
    # distinct ones ('\u0308' of 'ë', '\u0301' of 'é'), each removed in one pass in C (a translate
    # table would cost a lookup per character of the text).
    for mark in [c for c in set(nfkd).difference(_ASCII) if unicodedata.combining(c)]:
        nfkd = nfkd.replace(mark, "")
    return nfkd


_ASCII = frozenset(map(chr, range(128)))


def shorten(text: Any, limit: int = 60) -> str:
    s = clean_text(text) or ""
    s = " ".join(s.split())  # as _WS.sub(" ", s): clean_text stripped the ends
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


# Control characters (C0, DEL, C1), the bidirectional overrides and isolates (they reorder what a
# terminal or browser shows) and lone surrogates (a file name that is not UTF-8).
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _show_char(m: re.Match[str]) -> str:
    c = m.group(0)
    code = ord(c)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ ␉ ␊ ␛ ...: the control picture
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte of a file name that is not UTF-8
    return f"\\u{code:04x}"


def visible(value: Any) -> str:
    """``value`` as text with every control character made visible: safe to print, to put in HTML
    and in XML. An escape sequence in a cell or a file name cannot clear the screen, fake a
    verdict, reorder a line or make the XML invalid.

    >>> visible("a\\x1b[2Jb\\nc")
    'a␛[2Jb␊c'
    """
    text = "" if value is None else str(value)
    return _INVISIBLE.sub(_show_char, text) if _INVISIBLE.search(text) else text


def visible_lines(text: str) -> str:
    """:func:`visible` for each line of ``text`` (our own line breaks kept)."""
    return "\n".join(visible(line) for line in text.split("\n"))
