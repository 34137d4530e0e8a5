"""Load test of `actieplan web` on 127.0.0.1 (issue 14): 20 uploads of the example at the same
moment and a zip bomb among them, against the real server started as `python -m actieplan web`.

Every upload gets the findings `actieplan controleer` reports, the bomb is refused with 400, no
check process is left behind, memory is back to its level after, and neither the server's
working folder nor (after it stops) its temporary folder keeps anything. Bounded: 21 requests,
each with a time limit; the figures for the README come from `python tools/web_loadtest.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from paths import EXAMPLE

import web_loadtest as loadtest

pytestmark = [
    pytest.mark.slow,  # load on the real server
    pytest.mark.skipif(
        not Path("/proc/self/status").exists() or sys.platform != "linux",
        reason="the load test reads the server's memory from /proc (Linux only)",
    ),
]


def test_twenty_concurrent_uploads_and_a_zip_bomb(tmp_path):
    figures = loadtest.run_load(EXAMPLE, uploads=20, base=tmp_path, idle_checks=1)
    assert figures.statuses == [200] * 20
    assert figures.correct == 20, "an answer differs from the findings of actieplan controleer"
    assert figures.bomb_status == 400
    assert "zip-bom" in figures.bomb_answer["error"]
    assert figures.leftover_processes == 0
    # the children exit after each check: the server's memory is back where it was (allocator slack allowed)
    assert figures.rss_after <= figures.rss_before + 30 * 2**20, figures.lines()
    assert figures.rss_peak >= figures.rss_before  # the sampler saw the run
    assert list((tmp_path / "cwd").iterdir()) == [], "the server wrote into its working folder"
    assert list((tmp_path / "tmp").iterdir()) == [], "the server left files in its temporary folder"


def test_zip_bomb_is_small_to_send_and_large_inside(tmp_path):
    import zipfile

    bomb = loadtest.zip_bomb(EXAMPLE, tmp_path / "bom.xlsx")
    assert bomb.stat().st_size < 2 * 2**20
    with zipfile.ZipFile(bomb) as z:
        assert sum(i.file_size for i in z.infolist()) > 100 * 2**20
