"""Writing output files: always to a temporary file in the same folder, then moved into place,
so an interrupted run leaves the previous output or none, never half a file.

Every output goes through :func:`atomic_path`, and :func:`atomic_path` refuses a target that is
one of the workbooks being checked (:func:`protecting`): the same path, a symbolic link to it or
another name (a hard link) of the same file. No output can replace the user's workbook.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Iterable, Iterator

from actieplan.errors import OutputError
from actieplan.model import Report

CHECKED_SUFFIX = ".gecontroleerd"


# -- the user's workbooks are never an output ---------------------------------------------------

# The files being checked: (resolved path, (st_dev, st_ino)) of each, for the run in progress.
_PROTECTED: ContextVar[tuple[tuple[Path, tuple[int, int] | None], ...]] = ContextVar("actieplan_protected", default=())


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)  # follows a symbolic link to the file itself
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


@contextmanager
def protecting(paths: Iterable[str | Path]) -> Iterator[None]:
    """While inside, no output may be any of ``paths`` (the workbooks being checked)."""
    added = tuple((_resolved(Path(p)), _identity(Path(p))) for p in paths)
    token = _PROTECTED.set(_PROTECTED.get() + added)
    try:
        yield
    finally:
        _PROTECTED.reset(token)


def protected_input(target: Path) -> Path | None:
    """The protected workbook that ``target`` is (same path, link or hard link), or None."""
    protected = _PROTECTED.get()
    if not protected:
        return None
    resolved = _resolved(target)
    identities = {_identity(target)}
    try:
        st = os.lstat(target)  # the name itself: a hard link shares the inode
        identities.add((st.st_dev, st.st_ino))
    except OSError:
        pass
    identities.discard(None)
    for path, identity in protected:
        if path == resolved or (identity is not None and identity in identities):
            return path
    return None


def refuse_input(target: Path) -> None:
    """Raise OutputError when writing or removing ``target`` would touch a workbook being checked."""
    source = protected_input(target)
    if source is not None:
        raise OutputError(
            f"'{target}' is de werkmap die gecontroleerd wordt ('{source.name}'); die wordt nooit overschreven, "
            "dus er is niets geschreven. Kies een andere uitvoermap met --uitvoer (bv. --uitvoer "
            "opnieuw-gecontroleerd), of sla de werkmap eerst in Excel op onder een andere naam en controleer die."
        )


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
def atomic_path(target: Path, replace: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    Whatever happens in between (an error, Ctrl+C), the temporary file is removed and ``target``
    is either the previous output or the complete new one, never half a file. A ``target`` that is
    a workbook being checked is refused before anything is written (:func:`refuse_input`).
    With ``replace=False`` an existing ``target`` is never replaced: :class:`FileExistsError` (the
    name is claimed atomically, a file that appears meanwhile is not overwritten either).
    """
    refuse_input(target)
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
            refuse_input(target)  # again: the folder may have changed while we wrote
            if replace:
                os.replace(tmp_path, target)
            else:
                _place_new(tmp_path, target)
        except FileExistsError:
            raise
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


def _place_new(tmp_path: Path, target: Path) -> None:
    """Move ``tmp_path`` to ``target`` only if ``target`` does not exist (FileExistsError otherwise)."""
    try:
        os.link(tmp_path, target)  # atomic and never replaces: fails if the name exists
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT, some network shares)
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.replace(tmp_path, target)
    # the temporary name is removed by atomic_path's cleanup


def remove_output(target: Path) -> None:
    """Remove an earlier output of ours (best effort); never a workbook being checked."""
    refuse_input(target)
    try:
        target.unlink()
    except FileNotFoundError:
        pass


def write_text(target: Path, text: str) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target


def write_findings_json(report: Report, target: Path) -> Path:
    return write_text(target, json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n")
