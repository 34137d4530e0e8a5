"""Writing output files: always to a temporary file in the same folder, then moved into place,
so an interrupted run leaves the previous output or none, never half a file."""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pipeline.errors import OutputError
from pipeline.model import Report

CHECKED_SUFFIX = ".gecontroleerd"


def output_stem(workbook: Path) -> str:
    """'plan.xlsx' -> 'plan'; 'plan.gecontroleerd.xlsx' -> 'plan' (no doubled names)."""
    stem = workbook.stem
    while stem.endswith(CHECKED_SUFFIX):
        stem = stem[: -len(CHECKED_SUFFIX)]
    return stem


def prepare_dir(out_dir: Path) -> Path:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"De uitvoermap '{out_dir}' kan niet gemaakt worden ({exc.strerror}). Kies een andere map met --uitvoer."
        ) from None
    if not os.access(out_dir, os.W_OK):
        raise OutputError(f"In de uitvoermap '{out_dir}' mag niet geschreven worden. Kies een andere map met --uitvoer.")
    return out_dir


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        try:
            os.replace(tmp_path, target)
        except PermissionError:
            raise OutputError(
                f"'{target}' kan niet overschreven worden: is het bestand nog open in Excel of een ander "
                "programma? Sluit het en probeer opnieuw."
            ) from None
        except OSError as exc:
            raise OutputError(f"'{target}' kan niet geschreven worden ({exc.strerror}).") from None
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_text(target: Path, text: str) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target


def write_findings_json(report: Report, target: Path) -> Path:
    return write_text(target, json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n")
