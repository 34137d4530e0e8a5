"""The words, colours and limits the annotated copy shows the user (Dutch), shared by its modules."""

from __future__ import annotations

import re

from actieplan.model import Severity

CONTROL_SHEET = "Controle"
LEGACY_STATE_SHEET = "_actieplan"  # where copies of an earlier version kept their state
AUTHOR = "actieplan"
MAX_CELL_TEXT = 32_767  # Excel's limit for the text of one cell
NOTE_SEPARATOR = "— actieplan —"

# The marks: one fill per severity, strong enough to see, light enough to read the text.
MARK_COLOURS = {Severity.ERROR: "FFFF9999", Severity.WARNING: "FFFFCC80", Severity.INFO: "FF9DC3E6"}
SEVERITY_LABEL = {Severity.ERROR: "FOUT", Severity.WARNING: "WAARSCHUWING", Severity.INFO: "INFO"}
MESSAGE_WIDTH = 62  # the Melding column of the Controle sheet, in characters
MESSAGE_CHARS_PER_LINE = 65  # about that many of a message's characters fit on one line of it
TITLE_WIDTH = 22  # the Rij column (the row's title)
TITLE_CHARS_PER_LINE = 24
RULE_WIDTH = 20  # the Regel column: a longer rule id wraps at its hyphens
CONTROL_HEADERS = ["Ernst", "Blad", "Cel", "Rij", "Regel", "Melding"]
# their widths (characters): printed on A4 landscape fitted to the page's width (margins PRINT_MARGIN
# inches left and right), the text stays >= 8 pt
CONTROL_WIDTHS = (14, 15, 8, TITLE_WIDTH, RULE_WIDTH, MESSAGE_WIDTH)
PRINT_MARGIN = 0.4
HELP_CHARS_PER_LINE = 140  # the help text above the list, across its columns
COUNTS_HEADERS = ["Blad", "Fouten", "Waarschuwingen", "Info"]
COUNTS_COLUMN = 1  # 0-based: the counts per sheet stand in columns B to E, above the list
CONTROL_TITLE = "Controle van het actieplan"
# The Controle chart's series, when the rule set gives no colours: explicit, since a workbook last saved
# by LibreOffice has no theme for the chart's automatic colours (its bars then stay empty there);
# colour-blind safe (Okabe-Ito)
CHART_COLOURS = ("#555555", "#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442")
CHART_WIDTH = 430  # pixels: the chart on the Controle sheet, within the Melding column above the findings
CHART_ROWS = 13  # the rows it spans at least (it takes the rows of the counts, if more)
ROW_PIXELS = 20  # a row of default height
CONTROL_HEADER_MAX_ROW = 60  # the findings' header row of a Controle sheet we wrote is at most this row
CONTROL_SIDE_ROW = 3  # 0-based: the per-sheet counts start in row 4, above the findings' header row

_NOT_IN_A_CELL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def safe(text: str) -> str:
    """Text as Excel can store it: no control characters, within the cell limit."""
    text = _NOT_IN_A_CELL.sub("", text)
    return text if len(text) <= MAX_CELL_TEXT else text[: MAX_CELL_TEXT - 1] + "…"



STATE_NS = "urn:actieplan:annotaties:2"  # the namespace of our journal (custom XML part)
SHEET_MARK = "_actieplan_blad"  # the sheet-local defined name that marks a sheet of ours
KIND_CONTROL = "controle"  # the Controle sheet of a check: replaced at the next check
KIND_NOTES = "notities"  # an earlier Controle sheet with the user's own text: kept in the copy
NOTES_SHEET = "Controle (uw notities)"
GAP_COLUMN = len(CONTROL_HEADERS) + 1  # 1-based: the empty column between the list and the counts
RUN_PREFIX = "actieplan-"  # our custom document properties (the run marker)
