import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The test plans are 2026 plans: every command the tests run (in-process or as a subprocess) uses the
# 2026 rule set, also when a later year is installed beside it (`actieplan regelset nieuw 2027`).
os.environ["ACTIEPLAN_REGELSET"] = "2026"

# The tests' shared helpers (tests/helpers/: plans, rule cases, copies, real clients, the web client)
# are imported by name; a test module never imports another test module.
sys.path.insert(0, str(ROOT / "tests" / "helpers"))
sys.path.insert(0, str(ROOT / "tools"))  # plannen (the plan generator the benchmark uses too), benchmark

from workbooks import RULESET, last_year_plan, valid_plan, write_plan  # noqa: E402
from webclient import web  # noqa: E402,F401  (the fixture, for every test module)

from actieplan.run.check import check_workbook  # noqa: E402


def triples(report):
    """(sheet, cell, rule) of every finding, the flattened form tests assert on."""
    return {(f.sheet, f.cell, f.rule) for f in report.findings}


@pytest.fixture
def plan():
    return valid_plan()


@pytest.fixture
def check(tmp_path):
    """check(rows, **write_plan options) -> report of a workbook written from rows.

    ``vorig=True`` compares with :func:`workbooks.last_year_plan` (``--vorig-jaar``); ``vorig=f``
    first changes those rows with ``f(rows)``.
    """
    counter = iter(range(10_000))

    def _check(rows=None, vorig=None, **options):
        n = next(counter)
        path = write_plan(tmp_path / f"plan{n}.xlsx", rows, **options)
        previous = None
        if vorig is not None:
            last = last_year_plan()
            if callable(vorig):
                vorig(last)
            previous = write_plan(tmp_path / f"vorig{n}.xlsx", last)
        return check_workbook(path, vorig_jaar=previous, ruleset=RULESET)[1]

    return _check
