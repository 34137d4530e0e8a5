"""The findings ``NAME.bevindingen.json``: the report as data, for programs (the department's,
a later run's), with our marker (the run) as its first key."""

from __future__ import annotations

import json
from pathlib import Path

from actieplan.model import Report
from actieplan.write.outputs import write_text


def write_findings_json(report: Report, target: Path) -> Path:
    """The findings as JSON; the report's run (our marker) is its first key."""
    key = report.run.get("output_of") or None
    return write_text(target, json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n", key)
