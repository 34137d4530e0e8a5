"""Build rules/jaarNNNN/voorbeeldmeldingen.json (the 2026 rule set the test plans are written for): for every rule, the message it really gives on its first
failing case (tests/helpers/cases_*.py), so that `actieplan regel ID` shows a filled-in example.

    python tools/maak_voorbeeldmeldingen.py

tests/rules/test_docs.py checks that the committed file is what this script writes (like REGELS.md).
"""

from __future__ import annotations

import json
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "helpers"))

from cases import all_cases  # noqa: E402
from workbooks import RULESET, last_year_plan, valid_plan, write_plan  # noqa: E402

from actieplan.run.check import check_workbook  # noqa: E402


def build() -> dict[str, dict[str, str]]:
    """rule id -> {"waar": 'Stuurgroepen!C4', "melding": the message}, in catalogue order."""
    first = {}
    for case in all_cases():
        if case.expect and case.rule not in first:
            first[case.rule] = case
    out: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, rule_id in enumerate(RULESET.rules):
            case = first.get(rule_id)
            if case is None:
                continue
            options = dict(case.options)
            patches = options.pop("patch", {})
            vorig = options.pop("vorig", None)
            rows = valid_plan()
            case.mutate(rows)
            with ExitStack() as stack:
                for target, value in patches.items():
                    stack.enter_context(mock.patch(target, value))
                previous = None
                if vorig is not None:  # as tests/conftest.py's check(): compared with last year's plan
                    last = last_year_plan()
                    if callable(vorig):
                        vorig(last)
                    previous = write_plan(Path(tmp) / f"vorig{i}.xlsx", last)
                path = write_plan(Path(tmp) / f"plan{i}.xlsx", rows, **options)
                _, report = check_workbook(path, vorig_jaar=previous, ruleset=RULESET)
            found = next((f for f in report.findings if f.rule == rule_id), None)
            if found is not None:
                out[rule_id] = {"waar": found.where, "melding": found.message}
    return out


def render(examples: dict) -> str:
    return json.dumps(examples, ensure_ascii=False, indent=1) + "\n"


def main() -> Path:
    target = RULESET.examples_path
    target.write_text(render(build()), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(f"geschreven: {main()}")
