"""Build workbooks/voorbeeld-actieplan-2026.xlsx: BruZEL's real 2026 plan in the template, and
its Word version workbooks/voorbeeld-actieplan-2026.docx (written by `actieplan word` from it).

    python tools/maak_voorbeeld.py

The data is a faithful transcription (tools/voorbeeld_data.py), imperfections included: the
example is the plan as a user has it before checking. tests/rules/test_example_rules.py checks that the
committed workbook matches what this script writes.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from actieplan.write.template import write_template  # noqa: E402
from actieplan.plugin.registry import resolve  # noqa: E402

TARGET = ROOT / "workbooks" / "voorbeeld-actieplan-2026.xlsx"
WORD_TARGET = TARGET.with_suffix(".docx")


def sheets_from(d: dict) -> dict:
    """The sheets' rows from a transcription module's names (ALGEMEEN, CAPACITEIT, ...)."""
    return {
        "Algemeen": [{"Veld": k, "Waarde": v} for k, v in d["ALGEMEEN"]],
        "Capaciteit": d["CAPACITEIT"],
        "Stuurgroepen": d["STUURGROEPEN"],
        "Netwerkevents": d["NETWERKEVENTS"],
        "Doorlopende acties": d["DOORLOPENDE_ACTIES"],
        "Actiefiches": d["ACTIEFICHES"],
        "Doelstellingen": d["DOELSTELLINGEN"],
    }


def example_data() -> tuple[dict, list]:
    d = runpy.run_path(str(ROOT / "tools" / "voorbeeld_data.py"))
    return sheets_from(d), list(d["MERGES"])


def main(target: Path = TARGET) -> Path:
    data, merges = example_data()
    return write_template(target, data, merges, ruleset=resolve("2026"))


def main_word(workbook: Path = TARGET, target: Path = WORD_TARGET) -> Path:
    """The example's Word version, as `actieplan word` writes it (which never writes over a file:
    the previous example document, ours, is replaced here)."""
    from actieplan.run.importeer import word

    target.unlink(missing_ok=True)
    return word(workbook, target, resolve("2026"))


if __name__ == "__main__":
    workbook = main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
    print(workbook)
    print(main_word(workbook, workbook.with_suffix(".docx")))
