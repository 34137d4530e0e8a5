import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

sys.path.insert(0, str(ROOT / "tests"))

from workbooks import valid_plan, write_plan  # noqa: E402

from actieplan.check import check_workbook  # noqa: E402

EXAMPLE = ROOT / "workbooks" / "voorbeeld-actieplan-2026.xlsx"
TEMPLATE = ROOT / "workbooks" / "actieplan-2026-sjabloon.xlsx"


def triples(report):
    """(sheet, cell, rule) of every finding, the flattened form tests assert on."""
    return {(f.sheet, f.cell, f.rule) for f in report.findings}


@pytest.fixture
def plan():
    return valid_plan()


@pytest.fixture
def check(tmp_path):
    """check(rows, **write_plan options) -> report of a workbook written from rows."""
    counter = iter(range(10_000))

    def _check(rows=None, **options):
        path = write_plan(tmp_path / f"plan{next(counter)}.xlsx", rows, **options)
        return check_workbook(path)[1]

    return _check
