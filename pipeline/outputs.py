"""Writing output files: always to a temporary file in the same folder, then moved into place,
so an interrupted run leaves the previous output or none, never half a file."""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from actieplan.errors import OutputError
from actieplan.model import Report

CHECKED_SUFFIX = ".gecontroleerd"


def output_stem(workbook: Path) -> str:
    """'plan.xlsx' -> 'plan'; 'plan.gecontroleerd.xlsx' -> 'plan' (no doubled names)."""
    stem = workbook.stem
    while stem.endswith(CHECKED_SUFFIX):
        stem = stem[: -len(CHECKED_SUFFIX)]
    return stem


def prepare_dir(out_dir: Path) -> Path:
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(
            f"De uitvoermap '{out_dir}' is een bestand, geen map. Kies een andere map met --uitvoer."
        )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except PermissionError:
        raise OutputError(
            f"De uitvoermap '{out_dir}' kan niet gemaakt worden: u mag daar geen map maken. Kies een andere "
            "map met --uitvoer, bv. een map in uw Documenten."
        ) from None
    except (FileExistsError, NotADirectoryError):
        raise OutputError(
            f"De uitvoermap '{out_dir}' kan niet gemaakt worden: een deel van dat pad is een bestand, geen map. "
            "Kies een andere map met --uitvoer."
        ) from None
    except OSError as exc:
        raise OutputError(
            f"De uitvoermap '{out_dir}' kan niet gemaakt worden ({exc.strerror}). Kies een andere map met --uitvoer."
        ) from None
    if not os.access(out_dir, os.W_OK):
        raise OutputError(_not_writable(out_dir))
    return out_dir


def _not_writable(out_dir: Path) -> str:
    return (
        f"In de uitvoermap '{out_dir}' mag niet geschreven worden. Kies een andere map met --uitvoer, "
        "bv. een map in uw Documenten."
    )


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    Whatever happens in between (an error, Ctrl+C), the temporary file is removed and ``target``
    is either the previous output or the complete new one, never half a file.
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except PermissionError:
        raise OutputError(_not_writable(target.parent)) from None
    except OSError as exc:
        raise OutputError(f"In de uitvoermap '{target.parent}' kan niet geschreven worden ({exc.strerror}).") from None
    os.close(fd)
    tmp_path = Path(tmp)
    # mkstemp makes the file private (0600); an output is an ordinary file: follow the umask
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp_path, 0o666 & ~umask)
    try:
        try:
            yield tmp_path
        except OSError as exc:  # disk full, folder removed meanwhile, ...
            raise OutputError(
                f"'{target}' kan niet geschreven worden ({exc.strerror or exc}). Is de schijf vol? Maak "
                "plaats of kies een andere map met --uitvoer."
            ) from None
        try:
            os.replace(tmp_path, target)
        except IsADirectoryError:
            raise OutputError(f"'{target}' is een map. Hernoem of verwijder die map, of kies een andere map met --uitvoer.") from None
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
