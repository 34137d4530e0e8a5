"""Everything a rule set may import from the mechanism, in one place.

    from actieplan.api import ERROR, WARNING, Hit, sheet_rule

A year's package (``rules/jaarNNNN/``), the rules every year keeps (``rules/common/``) and the text
library (``rules/text/``) import from here and from ``actieplan.rules``, never from the other
modules of the mechanism (an import-linter contract in pyproject.toml checks it); the mechanism
never imports a rule.
"""

from actieplan.read.formulas import evaluate, join_cells
from actieplan.model import (
    Bar, BarChart, Block, Chart, Facts, Figure, Finding, Heading, Hit, PairedChart, Panel, Paragraph, Quoted, Severity, StackedChart, Table,
)
from actieplan.normalize import clean_text, counted, dutch_number, fold, header_key, parse_number, sheet_key, shorten, visible
from actieplan.plugin.ruleset import (
    ERROR,
    INFO,
    WARNING,
    Context,
    Memo,
    Observation,
    Rule,
    RuleSet,
    RuleSetError,
    Seen,
    Stop,
    TemplateTexts,
    column_rule,
    loader_rule,
    sheet_rule,
)
from actieplan.plugin.settings import Settings
from actieplan.plugin.sheetspec import JANEE, NUMBER, OD, SD, TEXT, TICK, Column, SheetSpec
from actieplan.plugin.view import SheetView, WorkbookView, is_document, table_of
from actieplan.ooxml.cellref import get_column_letter

__all__ = [
    "Bar", "BarChart", "Block", "Heading", "PairedChart", "Paragraph", "Quoted", "StackedChart", "Table",
    "Chart", "Column", "Context", "ERROR", "Facts", "Figure", "Finding", "Hit", "INFO", "JANEE", "Memo", "NUMBER",
    "OD", "Observation", "Panel", "Rule", "RuleSet", "RuleSetError", "SD", "Seen", "Settings", "Severity",
    "SheetSpec", "SheetView", "Stop", "TEXT", "TICK", "TemplateTexts", "WARNING", "WorkbookView", "clean_text",
    "column_rule", "counted", "dutch_number", "evaluate", "fold", "get_column_letter", "header_key", "is_document", "join_cells",
    "loader_rule", "parse_number", "sheet_key", "sheet_rule", "shorten", "table_of", "visible",
]
