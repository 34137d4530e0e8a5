"""The annotated copy leaves nothing for the cyclic garbage collector: xlsxwriter's workbook, the
streamed sheets (their rows, new cells and parsers) and the package are freed as soon as they are
done with, not kept by reference cycles until a full collection walks them (and everything else)."""

from __future__ import annotations

import collections
import gc
from dataclasses import replace

from paths import EXAMPLE
from workbooks import RULESET

from actieplan.run.check import check_workbook
from actieplan.write.annotated import annotate, clean_workbook


def _cyclic_garbage(action) -> collections.Counter:
    """The kinds of objects ``action()`` left in reference cycles."""
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        action()
        gc.collect()
        return collections.Counter(type(o).__qualname__ for o in gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def _report(path):
    report = check_workbook(path, RULESET)[1]
    report.run = {"id": "run-1", "output_of": "key"}
    return report


def test_the_copy_and_its_undo_leave_no_reference_cycles(tmp_path):
    report = _report(EXAMPLE)
    # a finding on an empty row far below the plan: a new row and a new cell in it, streamed
    report.findings.append(replace(report.findings[0], sheet="Actiefiches", cell="C900", row=900))
    copy = tmp_path / "copy.xlsx"
    annotate(EXAMPLE, report, tmp_path / "warm.xlsx")  # (imports, caches: made once, kept on purpose)
    assert _cyclic_garbage(lambda: annotate(EXAMPLE, report, copy)) == {}
    again = _report(copy)
    assert _cyclic_garbage(lambda: annotate(copy, again, tmp_path / "again.xlsx")) == {}  # undone, then marked
    assert _cyclic_garbage(lambda: clean_workbook(copy, tmp_path / "clean.xlsx")) == {}
