"""actieplan: checks a zorgraad's action-plan workbook against the department's template.

The mechanism lives here (load, validate, annotate, report, command line); the rules of one
year's template live in the sibling package ``rules``.
"""

__version__ = "0.1.0"
