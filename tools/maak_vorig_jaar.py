"""Build workbooks/voorbeeld-actieplan-2025.xlsx: BruZEL's 2025 plan, the plan before the example.

    python tools/maak_vorig_jaar.py

The data (tools/vorig_jaar_data.py) is a reconstruction from the 2026 example's own texts; see
its docstring. The workbook has the contract's layout for working year 2025: the headers and the
instruction sheet of the template name 2025 (e.g. `Mijlpalen in 2025`), as last year's
workbook of a zorgraad does. `actieplan controleer PLAN --vorig-jaar` reads it as last year's
plan; tests/rules/test_vorig_jaar.py checks that the committed workbook matches what this script writes.
"""

from __future__ import annotations

import copy
import dataclasses
import runpy
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from actieplan.write import template  # noqa: E402
from actieplan.plugin.ruleset import RuleSet
from actieplan.plugin.registry import resolve  # noqa: E402
from actieplan.rules.jaar2026 import sheets  # noqa: E402
from actieplan.plugin.settings import Settings  # noqa: E402

TARGET = ROOT / "workbooks" / "voorbeeld-actieplan-2025.xlsx"


def settings_2025() -> Settings:
    """The 2026 rule set's data with the facts of working year 2025 (the 2025 template)."""
    s = resolve("2026").settings
    raw = copy.deepcopy(s.raw)
    raw["jaar"].update(id="actieplan-2025", werkjaar=2025, indiendatum=date(2024, 10, 15))
    return dataclasses.replace(s, id="actieplan-2025", werkjaar=2025, indiendatum=date(2024, 10, 15), raw=raw)


def ruleset_2025() -> RuleSet:
    """The 2026 rule set as the 2025 template looked: its year, its sheets' headers, its instructions."""
    rs = resolve("2026")
    s = settings_2025()
    # 2026 is the last year of the multi-year plan 2024-2026; 2025 is not: leave that line out
    instructions = tuple((text, kind) for text, kind in rs.texts.instructions if "laatste jaar" not in text)
    return dataclasses.replace(
        rs,
        settings=s,
        sheets={spec.name: spec for spec in sheets.sheet_specs(s)},
        texts=dataclasses.replace(rs.texts, instructions=instructions),
    )


def data() -> dict:
    sheets_from = runpy.run_path(str(ROOT / "tools" / "maak_voorbeeld.py"))["sheets_from"]
    return sheets_from(runpy.run_path(str(ROOT / "tools" / "vorig_jaar_data.py")))


def main(target: Path = TARGET) -> Path:
    return template.write_template(target, data(), ruleset=ruleset_2025())


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET))
