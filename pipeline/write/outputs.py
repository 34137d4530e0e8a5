"""Writing output files: always to a temporary file in the same folder, then moved into place,
so an interrupted run leaves the previous output or none, never half a file.

Every output goes through :func:`atomic_path`, and :func:`atomic_path` refuses a target that is
one of the workbooks being checked (:func:`protecting`): the same path, a symbolic link to it or
another name (a hard link) of the same file. No output can replace the user's workbook.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import secrets
import stat
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from actieplan.errors import OutputError, os_reason

CHECKED_SUFFIX = ".gecontroleerd"


# -- the user's workbooks are never an output ---------------------------------------------------

# The files being checked: (resolved path, (st_dev, st_ino), role) of each, for the run in progress.
_PROTECTED: ContextVar[tuple[tuple[Path, tuple[int, int] | None, str], ...]] = ContextVar("actieplan_protected", default=())

# What a protected file is to this run, as a refusal names it (and what to do instead).
ROLE_CHECKED = "checked"
ROLE_PREVIOUS = "previous"
_ROLE_TEXT = {
    ROLE_CHECKED: (
        "de werkmap die gecontroleerd wordt",
        "Kies een andere uitvoermap met --uitvoer (bv. --uitvoer opnieuw-gecontroleerd), of sla de werkmap eerst in "
        "Excel op onder een andere naam en controleer die.",
    ),
    ROLE_PREVIOUS: (
        "het actieplan van vorig jaar (--vorig-jaar)",
        "Kies een andere uitvoermap met --uitvoer (bv. --uitvoer opnieuw-gecontroleerd), of geef bij --vorig-jaar een "
        "werkmap die niet in de uitvoermap staat (bv. het actieplan van vorig jaar zoals het ingediend werd).",
    ),
}


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
def protecting(paths: Iterable[str | Path], role: str = ROLE_CHECKED) -> Iterator[None]:
    """While inside, no output may be any of ``paths``: the workbooks being checked, or with
    ``role=ROLE_PREVIOUS`` last year's plans they are compared with (a refusal names the role)."""
    added = tuple((_resolved(Path(p)), _identity(Path(p)), role) for p in paths)
    token = _PROTECTED.set(_PROTECTED.get() + added)
    try:
        yield
    finally:
        _PROTECTED.reset(token)


def _protector(target: Path) -> tuple[Path, str] | None:
    """(the protected workbook that ``target`` is, its role), or None."""
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
    for path, identity, role in protected:
        if path == resolved or (identity is not None and identity in identities):
            return path, role
    return None


def protected_input(target: Path) -> Path | None:
    """The protected workbook that ``target`` is (same path, link or hard link), or None."""
    found = _protector(target)
    return None if found is None else found[0]


def refuse_input(target: Path) -> None:
    """Raise OutputError when writing or removing ``target`` would touch a protected workbook."""
    found = _protector(target)
    if found is not None:
        source, role = found
        what, advice = _ROLE_TEXT[role]
        raise OutputError(
            f"'{target}' is {what} ('{source.name}'); die wordt nooit overschreven, dus er is niets geschreven. {advice}"
        )


# 'NAME.gecontroleerd' or 'NAME.gecontroleerd-N': the stem of an annotated copy (N: its number, see output_names)
_CHECKED_STEM = re.compile(re.escape(CHECKED_SUFFIX) + r"(?:-(\d+))?$", re.IGNORECASE)


def output_stem(workbook: Path) -> str:
    """'plan.xlsx' -> 'plan'; 'plan.gecontroleerd.xlsx' and 'plan.gecontroleerd-2.xlsx' -> 'plan'
    (no doubled names).

    Outputs are never hidden files: '.plan.xlsx' -> 'plan'; '..xlsx' and '.gecontroleerd.xlsx',
    which leave no name, -> 'werkmap'.
    """
    stem = workbook.stem
    while (m := _CHECKED_STEM.search(stem)) is not None:
        stem = stem[: m.start()]
    return stem.lstrip(".") or "werkmap"


def copy_number(workbook: Path) -> int | None:
    """The number of an annotated copy by its name: 'plan.gecontroleerd.xlsx' -> 1,
    'plan.gecontroleerd-3.xlsx' -> 3; None for a name that is not a copy's."""
    m = _CHECKED_STEM.search(workbook.stem)
    if m is None:
        return None
    return int(m.group(1)) if m.group(1) else 1


def prepare_dir(out_dir: Path, notices: list[str] | None = None, named: bool = True) -> Path:
    """Make the output folder (with its missing parents) and check we may write in it. A folder we
    made is said in ``notices``: a typo in --uitvoer must not leave a stray tree unnoticed.
    ``named``: the user named the folder (--uitvoer); the default folder is said plainly, it is no typo."""
    existed = os.path.lexists(out_dir)
    if existed and not out_dir.is_dir():
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
            f"De uitvoermap '{out_dir}' kan niet gemaakt worden ({os_reason(exc)}). Kies een andere map met --uitvoer."
        ) from None
    if not os.access(out_dir, os.W_OK):
        raise OutputError(_not_writable(out_dir))
    if not existed and notices is not None and not named:
        notices.append(f"De uitvoermap '{out_dir}' is aangemaakt (de standaardmap; een andere kiest u met --uitvoer).")
    elif not existed and notices is not None:
        notices.append(
            f"De uitvoermap '{out_dir}' bestond niet en is aangemaakt. Was dat een tikfout, verwijder die map dan "
            "en kies de juiste map met --uitvoer."
        )
    return out_dir


def _not_writable(out_dir: Path) -> str:
    return (
        f"In de uitvoermap '{out_dir}' mag niet geschreven worden. Kies een andere map met --uitvoer, "
        "bv. een map in uw Documenten."
    )


ELSEWHERE_UITVOER = "kies een andere map met --uitvoer"  # the advice of write_failed for controleer
TMP_PREFIX = ".actieplan-"
TMP_SUFFIX = ".tmp"


def owner_key(owner: str) -> str:
    """A short fixed-length key for the workbook stem (or file name) a temporary file belongs to."""
    return hashlib.sha256(os.fsencode(owner)).hexdigest()[:12]


def _tmp_name(key: str) -> str:
    # short and of fixed length, whatever the output's name (a long workbook name must not make
    # the temporary name too long); the process id lets a later run tell a leftover of a killed
    # run from the file of a run still writing
    return f"{TMP_PREFIX}{key}-{os.getpid()}-{secrets.token_hex(4)}{TMP_SUFFIX}"


def _create(path: Path) -> None:
    """Create ``path`` empty; never an existing file. Permissions follow the umask, as any output's."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))


@contextmanager
def atomic_path(
    target: Path, key: str | None = None, replace: bool = True, elsewhere: str = ELSEWHERE_UITVOER
) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    Whatever happens in between (an error, Ctrl+C), the temporary file is removed and ``target``
    is either the previous output or the complete new one, never half a file. A run that is
    killed outright leaves its temporary file; :func:`remove_leftovers` with the same ``key``
    (:func:`owner_key` of the workbook's stem; by default of the target's name) removes it in
    the next run. A ``target`` that is a workbook being checked is refused before anything is
    written (:func:`refuse_input`). With ``replace=False`` an existing ``target`` is never
    replaced: :class:`FileExistsError` (the name is claimed atomically, a file that appears
    meanwhile is not overwritten either). ``elsewhere`` is the advice on how to write somewhere
    else, in the words of the command that writes (only ``controleer`` has ``--uitvoer``).

    Inside :func:`staging` the complete temporary file is not moved yet: it waits, with the
    other outputs of the run, until :func:`commit` moves them all (or :func:`staging` removes
    them all when one of them fails).
    """
    refuse_input(target)
    tmp_path = target.parent / _tmp_name(key or owner_key(target.name))
    try:
        _create(tmp_path)
    except OSError as exc:
        raise OutputError(write_failed(target, exc, elsewhere)) from None
    staged = _STAGING.get()
    if staged is not None and not staged.holds(target):
        staged = None
    keep = False
    try:
        try:
            yield tmp_path
        except OSError as exc:  # disk full, folder removed meanwhile, ...
            raise OutputError(write_failed(target, exc, elsewhere)) from None
        if staged is not None:
            staged.append(_Staged(tmp_path, target, replace, elsewhere))
            keep = True
        else:
            _move(tmp_path, target, replace, elsewhere)
    finally:
        for leftover in ((tmp_path.with_name(tmp_path.name + ".ext"),) if keep else (tmp_path, tmp_path.with_name(tmp_path.name + ".ext"))):
            _unlink(leftover)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _move(tmp_path: Path, target: Path, replace: bool, elsewhere: str) -> None:
    """Move a complete temporary file into place (see :func:`atomic_path`)."""
    try:
        refuse_input(target)  # again: the folder may have changed while we wrote
        if replace:
            os.replace(tmp_path, target)
        else:
            _place_new(tmp_path, target)
    except FileExistsError:
        raise
    except IsADirectoryError:
        raise OutputError(f"'{target}' is een map. Hernoem of verwijder die map, of {elsewhere}.") from None
    except PermissionError:
        raise OutputError(
            f"'{target}' kan niet overschreven worden: is het bestand nog open in Excel of een ander "
            "programma? Sluit het en probeer opnieuw."
        ) from None
    except OSError as exc:
        raise OutputError(write_failed(target, exc, elsewhere)) from None


# -- the outputs of one run together or not at all -------------------------------------------------
#
# A run writes every output to a temporary file first (:func:`staging`); only when all are complete
# are they moved into place, one right after the other (:func:`commit`). A full disk or any other
# failure while writing removes this run's temporary files and leaves the previous run's outputs as
# they were: never new findings beside an old copy.


@dataclass
class _Staged:
    tmp: Path | None  # None: ``target`` is to be removed (an output this run does not write)
    target: Path
    replace: bool = True
    elsewhere: str = ELSEWHERE_UITVOER


class _Stage(list):
    """What one run staged (:class:`_Staged` items) for its output folder ``dir``."""

    def __init__(self, out_dir: Path):
        super().__init__()
        self.dir = _resolved(out_dir)

    def holds(self, target: Path) -> bool:
        """Whether writing ``target`` is staged: only the run's outputs (a scratch file elsewhere, e.g.
        the mail's clean attachment, is written at once)."""
        return _resolved(target.parent) == self.dir


_STAGING: ContextVar[_Stage | None] = ContextVar("actieplan_staging", default=None)


@contextmanager
def staging(out_dir: Path) -> Iterator[list[_Staged]]:
    """Inside, :func:`atomic_path` and :func:`remove_output` only stage what they do in ``out_dir``;
    yields what was staged, for :func:`commit`. On an error every staged temporary file is removed
    and nothing is moved."""
    staged = _Stage(out_dir)
    token = _STAGING.set(staged)
    try:
        yield staged
    except BaseException:
        discard(staged)
        raise
    finally:
        _STAGING.reset(token)


@contextmanager
def _direct() -> Iterator[None]:
    """Inside, writes are not staged (the run's own records: the digests)."""
    token = _STAGING.set(None)
    try:
        yield
    finally:
        _STAGING.reset(token)


def discard(staged: list[_Staged]) -> None:
    for item in staged:
        if item.tmp is not None:
            _unlink(item.tmp)
    staged.clear()


def commit(staged: list[_Staged]) -> list[Path]:
    """Move every staged output into place and remove the staged removals; the paths written. A move
    that fails (a file held open by another program) stops the rest: their temporary files are
    removed, and the error says which output could not be replaced."""
    written: list[Path] = []
    try:
        for item in staged:
            if item.tmp is None:
                try:
                    remove_output(item.target)
                except (OSError, OutputError):
                    pass  # a draft we cannot remove (read-only folder) is not worth failing the check for
                continue
            _move(item.tmp, item.target, item.replace, item.elsewhere)
            written.append(item.target)
    finally:
        discard(staged)
    return written


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
    """Remove an earlier output of ours (best effort); never a workbook being checked. Inside
    :func:`staging` it is removed when the run's outputs are moved into place."""
    refuse_input(target)
    staged = _STAGING.get()
    if staged is not None and staged.holds(target):
        staged.append(_Staged(None, target))
        return
    try:
        target.unlink()
    except FileNotFoundError:
        pass


_DISK_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_failed(target: Path, exc: OSError, elsewhere: str = ELSEWHERE_UITVOER) -> str:
    """The one Dutch message for an output that could not be written, after what the system said.

    A missing folder, a folder we may not write in and a full disk each get their own diagnosis;
    ``elsewhere`` is the advice in the words of the writing command (see :func:`atomic_path`).
    """
    folder = Path(target).parent
    if exc.errno in _DISK_FULL:
        return (
            f"'{target}' kan niet geschreven worden: de schijf is vol (of het bestand wordt te groot voor "
            f"die schijf). Maak plaats of {elsewhere}."
        )
    if exc.errno == errno.ENOENT or (exc.errno == errno.ENOTDIR and not folder.is_dir()):
        if not folder.exists():
            return (
                f"'{target}' kan niet geschreven worden: de map '{folder}' bestaat niet. Maak die map eerst "
                f"aan, of {elsewhere}."
            )
        return f"'{target}' kan niet geschreven worden: '{folder}' is geen map. {elsewhere[:1].upper()}{elsewhere[1:]}."
    if exc.errno in _NOT_ALLOWED:
        kind = "uitvoermap" if elsewhere == ELSEWHERE_UITVOER else "map"
        return (
            f"In de {kind} '{folder}' mag niet geschreven worden ({os_reason(exc)}), dus '{target.name}' is niet "
            f"geschreven. {elsewhere[:1].upper()}{elsewhere[1:]}, bv. een map in uw Documenten."
        )
    return f"'{target}' kan niet geschreven worden ({os_reason(exc)}). {elsewhere[:1].upper()}{elsewhere[1:]}."


_LEFTOVER = re.compile(re.escape(TMP_PREFIX) + r"([0-9a-f]{12})-(\d+)-[0-9a-f]{8}" + re.escape(TMP_SUFFIX) + r"(\.ext)?")
# the names older versions gave their temporary files: '.NAME.' + mkstemp's 8 characters + '.tmp'
_OLD_LEFTOVER = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp(\.ext)?")
LEFTOVER_AGE = 3600.0  # where we cannot ask whether a process runs (Windows): an hour-old one is a leftover


def remove_leftovers(out_dir: Path, key: str, names: Iterable[str] = ()) -> list[Path]:
    """Remove the temporary files a killed run left in ``out_dir`` for the owner with ``key``.

    Only our own temporary names for that owner qualify, and only when the process that made
    them is gone: a run still writing keeps its file. ``names`` are the owner's output names:
    temporary files older versions left beside them are removed too. Returns what was removed.
    """
    names = set(names)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(out_dir))
    except OSError:
        return removed
    for entry in entries:
        m = _LEFTOVER.fullmatch(entry.name)
        if m is not None:
            if m.group(1) != key or _running(int(m.group(2)), entry):
                continue
        else:
            old = _OLD_LEFTOVER.fullmatch(entry.name)
            if old is None or old.group(1) not in names:
                continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _running(pid: int, entry: os.DirEntry) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        try:
            return time.time() - entry.stat(follow_symlinks=False).st_mtime < LEFTOVER_AGE
        except OSError:
            return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


def write_text(target: Path, text: str, key: str | None = None) -> Path:
    with atomic_path(target, key) as tmp:
        # a file name that is not UTF-8 (a lone surrogate) must not make the write fail
        tmp.write_bytes(text.encode("utf-8", errors="backslashreplace"))
    return target


# -- which files are ours -------------------------------------------------------------------------
#
# We only ever replace or remove a file that carries our marker for the same workbook: the run's
# id and a key of the workbook's stem, in the JSON's first object, the report's <meta>, the
# draft's X-Actieplan-* headers, the workbook's custom document properties. A user's own file that
# happens to have one of our names is left alone and our output gets another name.

GENERATOR = "actieplan"
MAX_ALTERNATIVES = 9
_HEAD_BYTES = 64 * 1024


def new_run_id() -> str:
    """'YYYYMMDD-HHMMSS-3fa9c2': the time (UTC) and a random part; sorts by time."""
    return time.strftime("%Y%m%d-%H%M%S", time.gmtime()) + "-" + secrets.token_hex(3)


def output_names(source: Path, stem: str, out_dir: Path | None = None) -> dict[str, str]:
    """The file name of each output of the workbook ``source`` (stem as :func:`output_stem` gives).

    An annotated copy checked again in its own folder (``out_dir``; the README's workflow: keep
    working in the copy, check it again) is never written: the report, findings and draft keep
    NAME's names, the new copy is 'NAME.gecontroleerd-2.xlsx' (of copy '-2': '-3', ...; where that
    name is taken, :func:`alternative_name` counts on). The annotated copy keeps the source's kind
    under the key 'xlsx': 'NAME.gecontroleerd.xlsm' of a macro workbook, 'NAME.gecontroleerd.docx'
    of a Word document."""
    suffix = source.suffix.lower() if source.suffix.lower() in (".xlsm", ".docx") else ".xlsx"
    number = copy_number(source)
    again = number is not None and out_dir is not None and _resolved(source.parent) == _resolved(out_dir)
    return {
        "json": f"{stem}.bevindingen.json",
        "html": f"{stem}.rapport.html",
        "eml": f"{stem}.eml",
        "xlsx": f"{stem}{CHECKED_SUFFIX}-{number + 1}{suffix}" if again else f"{stem}{CHECKED_SUFFIX}{suffix}",
    }


def alternative_name(name: str, stem: str, n: int) -> str:
    """'plan.eml' -> 'plan (2).eml': the n-th name to try when a user's file has ours. A numbered
    copy counts on: 'plan.gecontroleerd-2.xlsx' -> 'plan.gecontroleerd-3.xlsx' for n = 2."""
    m = re.fullmatch(re.escape(stem + CHECKED_SUFFIX) + r"-(\d+)(\.[^.]*)", name)
    if m is not None:
        return f"{stem}{CHECKED_SUFFIX}-{int(m.group(1)) + n - 1}{m.group(2)}"
    return f"{stem} ({n}){name[len(stem):]}"


def _head(path: Path) -> bytes | None:
    """The first bytes of a regular file (never a FIFO, device or link); None otherwise."""
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return os.read(fd, _HEAD_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)


MARKER_PREFIX = "actieplan-"  # our custom document properties in a workbook we write

# ``older(path)``: whether a workbook without our marker is an output of an older version of
# actieplan all the same (the annotated copy's writer knows its copies: is_annotated)
Recognise = Callable[[Path], bool]


def marker_of(path: Path, kind: str, older: Recognise | None = None) -> dict[str, str] | None:
    """Our marker in ``path`` as {'run', 'output_of'}; {} for an output of an older version of
    actieplan (no marker yet, but unmistakably ours; for a workbook: ``older`` says so); None
    for anything else."""
    if kind == "xlsx":
        return _xlsx_marker(path, older)
    head = _head(path)
    if head is None:
        return None
    if kind == "json":
        m = re.match(rb'\{\s*"run":\s*\{\s*"generator":\s*"actieplan",\s*"id":\s*"([^"]*)",\s*"output_of":\s*"([0-9a-f]*)"', head)
        if m:
            return {"run": m.group(1).decode(), "output_of": m.group(2).decode()}
        if re.match(rb'\{\n  "workbook": ".*",\n(  "vorig_jaar": .*,\n)?  "ok": (true|false),\n  "counts": \{', head):
            return {}
        return None
    if kind == "html":
        if b'<meta name="generator" content="actieplan">' not in head:
            if b"<title>Controle actieplan " in head and b"table.f col.c-sev" in head:
                return {}  # a report of an older version
            if b"<title>Overzicht actieplannen" in head and b"td.niet{background:#FFEB9C}" in head:
                return {}
            return None
        run = re.search(rb'<meta name="actieplan-run" content="([^"]*)">', head)
        of = re.search(rb'<meta name="actieplan-output-of" content="([0-9a-f]*)">', head)
        return {"run": run.group(1).decode() if run else "", "output_of": of.group(1).decode() if of else ""}
    if kind == "eml":
        from email.parser import BytesHeaderParser
        from email.policy import default

        try:
            headers = BytesHeaderParser(policy=default).parsebytes(head)
        except Exception:
            return None
        if headers.get("X-Actieplan-Output-Of") is not None:
            return {"run": str(headers.get("X-Actieplan-Run", "")), "output_of": str(headers["X-Actieplan-Output-Of"])}
        if headers.get("X-Unsent") == "1" and str(headers.get("Message-ID", "")).endswith("@actieplan.local>"):
            return {}
        return None
    raise ValueError(kind)


def _xlsx_marker(path: Path, older: Recognise | None) -> dict[str, str] | None:
    import zipfile

    if _head(path) is None:
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "docProps/custom.xml" in names:
                from actieplan.ooxml.docprops import read_properties

                found = read_properties(archive.read("docProps/custom.xml"), MARKER_PREFIX)
                if "actieplan-output-of" in found:
                    return {"run": found.get("actieplan-run", ""), "output_of": found["actieplan-output-of"]}
                if "actieplan-overzicht" in found:
                    return {"run": found.get("actieplan-run", ""), "output_of": found["actieplan-overzicht"]}
    except Exception:
        return None
    return {} if older is not None and older(path) else None


def is_ours(path: Path, kind: str, key: str, older: Recognise | None = None) -> bool:
    """Whether ``path`` is an output actieplan wrote for the owner with this key."""
    marker = marker_of(path, kind, older)
    return marker is not None and (marker == {} or marker.get("output_of") == key)


# -- what we wrote: a digest per output -----------------------------------------------------------
#
# The marker says a file is ours, not that it is still as we wrote it: the README invites users to
# keep working in the annotated copy, and Excel or LibreOffice saves it marker and all. So every run
# records the SHA-256 of each output it wrote, and an output is replaced or removed only while its
# bytes still have that digest; an edited one stays and the new output takes the next free name.
#
# The digests live in a small hidden state file per workbook in the output folder, not in the
# findings JSON: the JSON is itself an output a user may delete, move or replace (and it is written
# before the copy), and a digest lost with it would let the next run overwrite an edited copy. The
# state keeps the digest of every name still on disk, also of an edited copy we no longer write
# (so it stays protected in every later run). No digest known (outputs of an older version, or the
# state file removed): the marker alone decides, as before.

DIGESTS_SUFFIX = ".digests.json"


def digests_path(out_dir: Path, key: str) -> Path:
    return out_dir / f"{TMP_PREFIX}{key}{DIGESTS_SUFFIX}"


def file_digest(path: Path) -> str | None:
    """The SHA-256 of a regular file's bytes; None when it cannot be read."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def read_digests(out_dir: Path, key: str) -> dict[str, str]:
    """{output name: SHA-256} as the last runs for the owner with ``key`` wrote them; {} if unknown.

    A run of ours interrupted while it moved its outputs into place (killed, a power cut) left
    each output either as the run before wrote it or as it wrote it itself: it recorded the new
    digests as pending first (:meth:`OutputSet.writing`). An output matching its pending digest
    is ours, not the user's edit: the record is repaired here."""
    try:
        data = json.loads(digests_path(out_dir, key).read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("output_of") != key:
        return {}
    sha, pending = _name_digests(data.get("sha256")), _name_digests(data.get("pending"))
    if pending:
        sha.update({name: digest for name, digest in pending.items() if file_digest(out_dir / name) == digest})
        save_digests(out_dir, key, sha)
    return sha


def _name_digests(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def unchanged(path: Path, digests: dict[str, str] | None) -> bool:
    """Whether ``path`` is still what we wrote (True when no digest of it is known)."""
    known = (digests or {}).get(path.name)
    return known is None or file_digest(path) == known


def record_digest(out_dir: Path, key: str, digests: dict[str, str], path: Path) -> None:
    """Keep the digest of an output the owner with ``key`` just wrote in ``digests`` and save them.
    Saved at once, output by output: a run killed halfway must not leave outputs whose digests the
    next run does not know (it would take them for edited ones and write new names beside them)."""
    digest = file_digest(path)
    if digest is not None and path.parent == out_dir:
        digests[path.name] = digest
        save_digests(out_dir, key, digests)


def save_digests(out_dir: Path, key: str, digests: dict[str, str], pending: dict[str, str] | None = None) -> None:
    """Write the digests of the owner's outputs still on disk (best effort: without it, a later run
    keeps an output it cannot vouch for rather than replace it). ``pending``: the digests of the
    outputs a run is about to move into place; then the record must be written (OutputError)."""
    with _direct():
        _save_digests(out_dir, key, digests, pending)


def _save_digests(out_dir: Path, key: str, digests: dict[str, str], pending: dict[str, str] | None) -> None:
    kept = {name: d for name, d in digests.items() if _exists(out_dir / name)}
    data: dict[str, Any] = {"generator": GENERATOR, "output_of": key, "sha256": dict(sorted(kept.items()))}
    if pending:
        data["pending"] = dict(sorted(pending.items()))
        write_text(digests_path(out_dir, key), json.dumps(data, indent=2) + "\n", key)
        return
    try:
        if kept:
            write_text(digests_path(out_dir, key), json.dumps(data, indent=2) + "\n", key)
        else:
            remove_output(digests_path(out_dir, key))
    except (OSError, OutputError):
        pass


def _exists(path: Path) -> bool:
    return os.path.lexists(path)


KIND_DUTCH = {
    "json": "de bevindingen",
    "html": "het rapport",
    "eml": "het concept van de e-mail",
    "xlsx": "de gecontroleerde kopie",
}


def claim(
    out_dir: Path, name: str, stem: str, kind: str, key: str, what: str | None = None, digests: dict[str, str] | None = None,
    older: Recognise | None = None,
) -> tuple[Path, str | None]:
    """The path to write output ``name``, and a Dutch notice when a user's file has that name.

    ``name`` itself when it is free or ours (and, where ``digests`` knows it, unchanged since we
    wrote it); else 'NAME (2)', 'NAME (3)', ... likewise.
    """
    primary = out_dir / name
    limit = name_max(out_dir)
    edited = False
    for n in range(1, MAX_ALTERNATIVES + 2):
        candidate = primary if n == 1 else out_dir / alternative_name(name, stem, n)
        if n > 1 and _name_bytes(candidate.name) > limit:
            break  # no room for a number in the name
        if protected_input(candidate) is not None:
            continue  # a workbook being checked (a numbered copy checked again): never written
        if not _exists(candidate) or (is_ours(candidate, kind, key, older) and unchanged(candidate, digests)):
            if n == 1:
                return candidate, None
            if edited:
                return candidate, (
                    f"'{name}' in '{out_dir}' is gewijzigd sinds actieplan het schreef (u werkte erin verder) en "
                    f"blijft staan zoals u het bewaarde; {what or KIND_DUTCH[kind]} van deze controle staat in "
                    f"'{candidate.name}'."
                )
            return candidate, (
                f"'{name}' in '{out_dir}' is niet door actieplan geschreven en blijft ongemoeid; "
                f"{what or KIND_DUTCH[kind]} staat in '{candidate.name}'."
            )
        if n == 1 and is_ours(candidate, kind, key, older):
            edited = True  # ours, but saved since: the user's now
    raise OutputError(
        f"In '{out_dir}' staan al bestanden met de namen die actieplan voor {what or KIND_DUTCH[kind]} gebruikt "
        f"('{name}' en '{alternative_name(name, stem, 2)}' enzovoort), niet door actieplan geschreven of "
        "sindsdien gewijzigd. Kies een andere map met --uitvoer."
    )


# -- the outputs of one run -----------------------------------------------------------------------


def _name_bytes(name: str) -> int:
    return len(os.fsencode(name))


def name_max(out_dir: Path) -> int:
    try:
        return os.pathconf(out_dir, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


@dataclass
class OutputSet:
    """Where one run writes each output of one workbook, decided before anything is written."""

    dir: Path
    stem: str
    source: Path
    run_id: str
    names: dict[str, str]
    key: str
    notices: list[str] = field(default_factory=list)
    _paths: dict[str, Path] = field(default_factory=dict)
    # {output name: SHA-256} of what earlier runs wrote (see read_digests), updated by record()
    digests: dict[str, str] = field(default_factory=dict)

    @classmethod
    def plan(cls, source: Path, out_dir: Path, stem: str | None = None, run_id: str | None = None) -> "OutputSet":
        """Check the names, remove a killed run's leftovers, and return the set. Raises
        :class:`OutputError` (nothing written) when the names cannot be used."""
        stem = output_stem(source) if stem is None else stem
        names = output_names(source, stem, out_dir)
        limit = name_max(out_dir)
        longest = max(_name_bytes(n) for n in names.values())
        if longest > limit:
            fit = limit - (longest - _name_bytes(stem))
            raise OutputError(
                f"De naam van de werkmap '{source.name}' is te lang om er de uitvoer naar te noemen "
                f"('{names['xlsx']}' mag niet langer zijn dan {limit} tekens): geef de werkmap een kortere naam "
                f"(hoogstens {max(fit, 1)} tekens vóór '{source.suffix}') en controleer opnieuw. Er is niets geschreven."
            )
        out = cls(out_dir, stem, source, run_id or new_run_id(), names, owner_key(stem))
        remove_leftovers(out_dir, out.key, names.values())
        out.digests = read_digests(out_dir, out.key)
        return out

    def target(self, kind: str, older: Recognise | None = None) -> Path:
        """The path to write ``kind`` to (a user's file of that name is never replaced; ``older``:
        see :func:`marker_of`)."""
        if kind not in self._paths:
            path, notice = claim(self.dir, self.names[kind], self.stem, kind, self.key, digests=self.digests, older=older)
            self._paths[kind] = path
            if notice:
                self.notices.append(notice)
        return self._paths[kind]

    def remove_stale(self, kind: str) -> None:
        """Remove an output of an earlier run that this run does not write (only if ours)."""
        name = self.names[kind]
        for n in range(1, MAX_ALTERNATIVES + 2):
            path = self.dir / (name if n == 1 else alternative_name(name, self.stem, n))
            if _exists(path) and is_ours(path, kind, self.key):
                if not unchanged(path, self.digests):
                    continue  # edited since we wrote it: the user's now, it stays
                try:
                    remove_output(path)
                except (OSError, OutputError):
                    pass  # a draft we cannot remove (read-only folder) is not worth failing the check for
                return

    @contextmanager
    def writing(self) -> Iterator[list[Path]]:
        """Write this run's outputs inside; yields the list that, on leaving, holds the paths put in
        place. The outputs are written to temporary files (:func:`staging`) and moved into place
        together only when all are complete, after their digests were recorded as pending (a run
        killed among the moves is repaired by the next: :func:`read_digests`). On an error nothing
        is moved: the previous run's outputs stay as they were."""
        written: list[Path] = []
        with staging(self.dir) as staged:
            yield written
            # (still inside: a failure to record the pending digests discards the staged files too)
            new = {item.target.name: file_digest(item.tmp) for item in staged
                   if item.tmp is not None and item.target.parent == self.dir}
            save_digests(self.dir, self.key, self.digests, pending={k: v for k, v in new.items() if v is not None})
        written.extend(commit(staged))
        self.digests.update({k: v for k, v in new.items() if v is not None})
        self.save_digests()

    def save_digests(self) -> None:
        save_digests(self.dir, self.key, self.digests)

    def marker(self) -> dict[str, str]:
        return {"generator": GENERATOR, "id": self.run_id, "output_of": self.key}


def marker_properties(run: dict[str, str]) -> dict[str, str]:
    """Our marker as a workbook's custom document properties (what :func:`marker_of` reads): the
    run's id and the workbook key, for every workbook we write (the annotated copy, the overview)."""
    return {MARKER_PREFIX + "run": run.get("id", ""), MARKER_PREFIX + "output-of": run.get("output_of", "")}
