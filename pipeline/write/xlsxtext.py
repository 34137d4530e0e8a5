"""A user's text into a cell of a workbook xlsxwriter writes, stored as the text it is.

xlsxwriter takes a string that starts with ``<r>`` and ends with ``</r>`` for a rich string of its
own and writes it into the part as raw XML (``sharedstrings.py``, ``worksheet._write_cell``): a
fiche title or a file name shaped so would put the user's markup into our workbook, or make it
unreadable. Such a text is written as a rich string of three plain runs, which xlsxwriter escapes;
read back, its runs join to the same text. Every other text is an ordinary string.
"""

from __future__ import annotations

from typing import Any


def looks_rich(text: str) -> bool:
    """Whether xlsxwriter would write ``text`` as raw rich-string XML."""
    return text.startswith("<r>") and text.endswith("</r>")


def put_text(ws: Any, row: int, col: int, text: str, cell_format: Any = None) -> None:
    """``ws.write_string(row, col, text, cell_format)``, with a text xlsxwriter would take for raw
    XML written as plain runs (see the module)."""
    if looks_rich(text):
        runs = (text[:1], text[1:-1], text[-1:])
        if cell_format is None:
            ws.write_rich_string(row, col, *runs)
        else:
            ws.write_rich_string(row, col, *runs, cell_format)
        return
    ws.write_string(row, col, text, cell_format)
