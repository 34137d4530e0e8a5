"""Comparing a plan in two forms (workbook, Word document, imported workbook): what the round
trips of `importeer` and `word` must keep."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from actieplan.run.check import check_workbook

from workbooks import RULESET


def finding_keys(report) -> Counter:
    """The findings as the round trips compare them: the place in the plan, not the cell."""
    return Counter((f.rule, f.severity.value, f.sheet, f.column, f.row_title) for f in report.findings)


# A workbook's finding a Word document cannot have: a number typed as text in an Excel cell (Excel
# does not sum it); in a document every value is text, and one that reads as a number is one.
WORKBOOK_CELL_ONLY = {"getal-als-tekst"}


def as_in_a_document(keys: Counter) -> Counter:
    """A workbook's finding keys without those only a workbook's cells can have."""
    return Counter({k: n for k, n in keys.items() if k[0] not in WORKBOOK_CELL_ONLY})


def checked(path: Path, **options):
    """(LoadedWorkbook, Report) of ``path`` with the tests' rule set."""
    return check_workbook(path, RULESET, **options)


def frames_equal(a, b) -> list[str]:
    """The sheets whose rows differ between two loaded plans (row numbers aside)."""
    differ = []
    for name in RULESET.sheets:
        fa, fb = a.frame(name), b.frame(name)
        if fa is None or fb is None:
            if (fa is None) != (fb is None):
                differ.append(name)
            continue
        if not fa.reset_index(drop=True).equals(fb.reset_index(drop=True)):
            differ.append(name)
    return differ
