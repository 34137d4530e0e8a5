"""The cyclic garbage collector runs less often during a check, and is left as found after it."""

from __future__ import annotations

import gc
import threading

import pytest

from actieplan.run import check
from actieplan.run.collector import RUN_GEN0, fewer_collections
from tests.helpers.workbooks import RULESET, write_plan


@pytest.fixture
def default_threshold():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_raised_within_and_put_back_after(default_threshold):
    with fewer_collections():
        assert gc.get_threshold() == (RUN_GEN0, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_put_back_after_an_exception(default_threshold):
    with pytest.raises(RuntimeError):
        with fewer_collections():
            raise RuntimeError("kapot")
    assert gc.get_threshold() == (700, 10, 10)


def test_nested_and_overlapping_checks_put_back_once_the_last_ends(default_threshold):
    first, second = fewer_collections(), fewer_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the other check still runs: still raised
    assert gc.get_threshold()[0] == RUN_GEN0
    second.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)


def test_checks_in_threads_leave_the_threshold_as_found(default_threshold):
    started, go = threading.Barrier(4), threading.Event()
    seen = []

    def one():
        with fewer_collections():
            started.wait()
            go.wait()
            seen.append(gc.get_threshold()[0])

    threads = [threading.Thread(target=one) for _ in range(4)]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()
    assert seen == [RUN_GEN0] * 4
    assert gc.get_threshold() == (700, 10, 10)


def test_a_threshold_of_the_caller_is_kept():
    before = gc.get_threshold()
    try:
        gc.set_threshold(RUN_GEN0 * 2, 5, 5)  # higher than ours: the caller's own choice
        with fewer_collections():
            assert gc.get_threshold() == (RUN_GEN0 * 2, 5, 5)
        gc.set_threshold(0)  # the collector switched off by threshold
        with fewer_collections():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
        gc.set_threshold(700, 10, 10)
        with fewer_collections():
            gc.set_threshold(3_000, 10, 10)  # set by someone else meanwhile: theirs, not put back
        assert gc.get_threshold() == (3_000, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_a_check_runs_with_the_raised_threshold_and_puts_it_back(tmp_path, monkeypatch, default_threshold):
    seen = []

    def writer(report, out):
        seen.append(gc.get_threshold()[0])
        return None

    monkeypatch.setattr(check, "WRITERS", [writer])
    result = check.run(write_plan(tmp_path / "plan.xlsx"), tmp_path / "uit", ruleset=RULESET)
    assert result.report.findings is not None
    assert seen == [RUN_GEN0]
    assert gc.get_threshold() == (700, 10, 10)
