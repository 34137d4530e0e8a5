"""One fixture table per rule module (``tests/cases_*.py``), one runner (test_rule_cases.py).

A case changes the valid plan (:func:`workbooks.valid_plan`) and names exactly the cells where
the rule must report: ``expect`` is a set of (sheet, cell) pairs; cell None for a finding on a
whole sheet or row. ``expect=set()`` is a passing variant (a near miss that must not be reported).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable


@dataclass(frozen=True)
class Case:
    rule: str
    name: str
    mutate: Callable[[dict], Any]
    expect: set = field(default_factory=set)
    # write_plan options, and "patch": {"module.NAME": value} for monkeypatched limits
    options: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.rule}:{self.name}"


def set_cell(sheet: str, index: int, header: str, value) -> Callable[[dict], None]:
    def mutate(rows: dict) -> None:
        rows[sheet][index][header] = value

    return mutate


def all_cases() -> list[Case]:
    here = Path(__file__).parent
    cases: list[Case] = []
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda i: i.name):
        if info.name.startswith("cases_"):
            cases.extend(importlib.import_module(info.name).CASES)
    return cases
