"""`actieplan controleer` as a function: load, validate, write the outputs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from actieplan.loader import LoadedWorkbook, load_workbook
from actieplan.model import Report
from actieplan.outputs import output_stem, prepare_dir, write_findings_json
from actieplan.validate import validate

DEFAULT_OUTPUT = Path("output")


def check_workbook(path: str | Path, settings_name: str = "jaar2026.toml") -> tuple[LoadedWorkbook, Report]:
    """Load and validate; writes nothing. Raises UnreadableWorkbook for a file we cannot read."""
    workbook = load_workbook(path, settings_name)
    return workbook, validate(workbook, settings_name)


# An output writer gets the loaded workbook, its report, the output folder and the name stem,
# and returns the path it wrote (or None when it has nothing to write).
Writer = Callable[[LoadedWorkbook, Report, Path, str], "Path | None"]


def _json_writer(workbook: LoadedWorkbook, report: Report, out_dir: Path, stem: str) -> Path:
    return write_findings_json(report, out_dir / f"{stem}.bevindingen.json")


def _writers() -> list[Writer]:
    from actieplan.annotate import write_annotated
    from actieplan.html_report import write_html_report
    from actieplan.mail import write_mail

    # the annotated copy last: openpyxl may fail on a file calamine read, the others are written by then
    return [_json_writer, write_html_report, write_mail, write_annotated]


WRITERS: list[Writer] = _writers()


@dataclass
class RunResult:
    report: Report
    outputs: list[Path] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 0 if self.report.ok else 1


def run(path: str | Path, out_dir: str | Path = DEFAULT_OUTPUT, settings_name: str = "jaar2026.toml") -> RunResult:
    """Check one workbook and write its outputs into ``out_dir``. Never modifies ``path``."""
    path = Path(path)
    workbook, report = check_workbook(path, settings_name)
    out = prepare_dir(Path(out_dir))
    stem = output_stem(path)
    result = RunResult(report)
    for writer in WRITERS:
        written = writer(workbook, report, out, stem)
        if written is not None:
            result.outputs.append(written)
    return result
