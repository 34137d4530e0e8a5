"""The cyclic garbage collector during one check: collected less often.

A check builds hundreds of thousands of container objects that live until it ends (the rows of
every sheet, the findings, xlsxwriter's cells for the Controle sheet, the trees of the parts it
edits). With Python's default threshold (a young collection every 700 new containers, an older one
every tenth of those) the collector walks them again and again: about 7% of checking 5,000 fiches,
for nothing, since nearly all of them are still in use. With a threshold of :data:`RUN_GEN0` such
a check makes two or three young collections instead of hundreds (measured: 8 ms of collecting
where 10,000 took 36 ms and 700 about 150 ms), and most short-lived objects are freed by their
count before a collection sees them; cycles are still collected, a little later (a check makes
few: the annotated copy leaves none), and peak memory stays the same.

The threshold is the process's: :func:`fewer_collections` raises it while any check of the process
runs (a count, under a lock: checks may overlap in threads) and puts back what it found when the
last one ends. A caller that switched the collector off, or set a higher threshold itself, keeps
what it set.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

RUN_GEN0 = 100_000  # young collections per this many new containers (Python's default: 700)

_lock = threading.Lock()
_running = 0
_found: tuple[int, int, int] | None = None  # the threshold we raised, as it was before the first running check


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with the young generation's threshold at least :data:`RUN_GEN0`."""
    global _running, _found
    with _lock:
        if _running == 0:
            found = gc.get_threshold()
            if 0 < found[0] < RUN_GEN0:  # 0: the collector is off by threshold, left so
                gc.set_threshold(RUN_GEN0, *found[1:])
                _found = found
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _found is not None:
                if gc.get_threshold()[0] == RUN_GEN0:  # (one that someone set meanwhile is theirs)
                    gc.set_threshold(*_found)
                _found = None
