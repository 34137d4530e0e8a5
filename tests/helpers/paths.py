"""Where the project's own files are: the tests read the committed workbooks, never ../shared."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "workbooks" / "voorbeeld-actieplan-2026.xlsx"
TEMPLATE = ROOT / "workbooks" / "actieplan-2026-sjabloon.xlsx"
