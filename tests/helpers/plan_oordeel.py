"""The 2026 rules run once per plan of a zorgraad outside Brussels (tests/helpers/plan_*.py), for the
tests that judge what they report (test_plannen_buiten_brussel.py, test_precisie_buiten_brussel.py)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
import tempfile

import plan_kempen
import plan_noorderkempen
import plan_scheldeland
import plan_westhoek
from workbooks import RULESET, write_plan

from actieplan.run.check import check_workbook

PLANS = {
    "westhoek": plan_westhoek.plan,
    "kempen": plan_kempen.plan,
    "noorderkempen": plan_noorderkempen.plan,
    "scheldeland": plan_scheldeland.plan,
}


@cache
def findings(name: str) -> tuple:
    """Every finding the 2026 rules give on the plan ``name`` (one check per test run)."""
    folder = Path(tempfile.mkdtemp(prefix=f"plan-{name}-"))
    return tuple(check_workbook(write_plan(folder / f"{name}.xlsx", PLANS[name]()), ruleset=RULESET)[1].findings)
