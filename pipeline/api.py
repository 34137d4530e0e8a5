"""Everything a rule set may import from the mechanism, in one place.

    from actieplan.api import ERROR, WARNING, Hit, sheet_rule

A year's package (``rules/jaarNNNN/``) and the rules every year keeps (``rules/*.py``) import
from here and from :mod:`actieplan.normalize` (reading numbers, tick-boxes, folding text), never
from the other modules of the mechanism; the mechanism never imports a rule.
"""

from actieplan.read.formulas import evaluate, join_cells
from actieplan.model import (
    Bar, BarChart, Block, Chart, Facts, Figure, Finding, Heading, Hit, PairedChart, Panel, Paragraph, Quoted, Severity, StackedChart, Table,
)
from actieplan.plugin.ruleset import (
    ERROR,
    INFO,
    WARNING,
    Context,
    Observation,
    Rule,
    RuleSet,
    RuleSetError,
    Seen,
    TemplateTexts,
    column_rule,
    loader_rule,
    sheet_rule,
)
from actieplan.plugin.settings import Settings
from actieplan.plugin.sheetspec import JANEE, NUMBER, OD, SD, TEXT, TICK, Column, SheetSpec

__all__ = [
    "Bar", "BarChart", "Block", "Heading", "PairedChart", "Paragraph", "Quoted", "StackedChart", "Table",
    "Chart", "Column", "Context", "ERROR", "Facts", "Figure", "Finding", "Hit", "INFO", "JANEE", "NUMBER", "OD",
    "Observation", "Panel", "Rule", "RuleSet", "RuleSetError", "SD", "Seen", "Settings", "Severity", "SheetSpec",
    "TEXT", "TICK", "TemplateTexts", "WARNING", "column_rule", "evaluate", "join_cells", "loader_rule", "sheet_rule",
]
