"""One run at a time per workbook and output folder.

Five runs at once on one output folder left outputs of four runs and digests of others (issue
19). A run holds an advisory lock on a lock file of its workbook in the output folder from
choosing its names until its outputs are in place; another run of the same workbook waits for
it a little, then stops with a Dutch message. The lock is the operating system's (fcntl.flock;
msvcrt.locking on Windows): it goes with the process, so a killed run never leaves it taken.
(The standard library's calls, not the filelock package: a few lines, no dependency, and the
file is opened without following a symbolic link.) The run removes the lock file when it is done,
while it still holds it; a run that locked a file meanwhile removed checks that and tries again, so
two runs never hold two different files of the same name.
"""

from __future__ import annotations

import errno
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from actieplan.errors import OutputError
from actieplan.write.outputs import TMP_PREFIX, write_failed

LOCK_SUFFIX = ".lock"
LOCK_WAIT = 5.0  # seconds a second run waits for the first before it stops


def lock_path(out_dir: Path, key: str) -> Path:
    return out_dir / f"{TMP_PREFIX}{key}{LOCK_SUFFIX}"


def _flock(fd: int, take: bool) -> None:
    """Take (without waiting: OSError when another holds it) or release the lock on ``fd``."""
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK if take else msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB if take else fcntl.LOCK_UN)


def _try_lock(fd: int) -> bool:
    try:
        _flock(fd, True)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN, errno.EDEADLK) or isinstance(exc, BlockingIOError):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    try:
        _flock(fd, False)
    except OSError:
        pass  # closing the file releases it all the same


def _same_file(fd: int, path: Path) -> bool:
    try:
        st, now = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) == (now.st_dev, now.st_ino)


def _open(path: Path) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0), 0o666)


@contextmanager
def output_lock(out_dir: Path, key: str, workbook: str, wait: float | None = None) -> Iterator[None]:
    """Hold the lock of the owner with ``key`` in ``out_dir`` inside; waits at most ``wait`` seconds
    (default :data:`LOCK_WAIT`) for another run holding it, then raises OutputError in Dutch."""
    wait = LOCK_WAIT if wait is None else wait
    path = lock_path(out_dir, key)
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = _open(path)
        except OSError as exc:
            raise OutputError(write_failed(path, exc)) from None
        if _try_lock(fd):
            if _same_file(fd, path):
                break
            _unlock(fd)  # the run before removed this file when it finished: lock the one there now
        os.close(fd)
        if time.monotonic() >= deadline:
            raise OutputError(
                f"Er loopt al een andere controle van '{workbook}' die in dezelfde uitvoermap '{out_dir}' schrijft; "
                f"na {wait:g} seconden wachten is deze controle gestopt en is er niets geschreven. Wacht tot die "
                "andere controle klaar is en probeer opnieuw, of kies een andere map met --uitvoer."
            )
        time.sleep(0.05)
    try:
        yield
    finally:
        try:
            os.unlink(path)  # still locked: a run waiting on this file sees it is gone and takes a new one
        except OSError:
            pass  # (Windows keeps an open file: it stays, empty and hidden)
        _unlock(fd)
        os.close(fd)
