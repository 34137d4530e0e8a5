"""One pandera schema per sheet, built from the sheet's columns and the column rules of its rule set.

Every check is named by its rule id, so :func:`failures_to_hits` maps pandera's failure cases
(column, check, index = Excel row, failure case = the value) straight to hits. No dtype is
declared: the loader has already normalised the values, and a declared dtype would stop the
other checks of a column after a type failure in lazy mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from actieplan.model import Hit
from actieplan.plugin.sheetspec import SheetSpec

if TYPE_CHECKING:
    from actieplan.plugin.ruleset import Rule, RuleSet


def build_schema(spec: SheetSpec, rules: list["Rule"]) -> pa.DataFrameSchema:
    columns = {}
    for col in spec.columns:
        checks = [
            pa.Check(r.vector, name=r.id, ignore_na=False)
            for r in rules
            if r.applies is not None and r.applies(spec, col)
        ]
        columns[col.header] = pa.Column(
            dtype=None, checks=checks, nullable=True, required=False, description=col.help, title=col.header
        )
    return pa.DataFrameSchema(columns, name=spec.name, strict=False, coerce=False)


def validate_sheet(ruleset: "RuleSet", spec_name: str, frame: pd.DataFrame) -> list[tuple[str, Hit]]:
    """Run the sheet's schema lazily; every failure as (rule id, hit)."""
    if frame.empty:
        return []
    try:
        ruleset.schema(spec_name).validate(frame, lazy=True)
    except SchemaErrors as exc:
        return list(failures_to_hits(ruleset, spec_name, exc.failure_cases))
    return []


def failures_to_hits(ruleset: "RuleSet", spec_name: str, failure_cases: pd.DataFrame) -> Iterable[tuple[str, Hit]]:
    known = set(ruleset.rules)
    for case in failure_cases.itertuples(index=False):
        check = str(case.check)
        if check not in known or pd.isna(case.index):
            raise RuntimeError(f"unmapped pandera failure on {spec_name}: {case}")
        yield check, Hit(spec_name, int(case.index), str(case.column), {"waarde": case.failure_case})
