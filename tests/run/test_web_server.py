"""`actieplan web` as a real server on 127.0.0.1 (issue 19, point 1): a long upload name.

A name of 100 emoji + '.xlsx' (400 bytes) could not be stored: the post answered 500 and the
files it had already saved were never registered as jobs, so they never expired. Against the
server started as `python -m actieplan web` (tools/web_loadtest.py starts it, on a free port, with
its own temporary folder, where the server makes its work folder): such a post is checked, and
20 of them leave exactly 20 job folders, each one registered (its downloads answer). Slow lane:
a server start and 20 checks. Nothing is sent anywhere but 127.0.0.1; every request and loop is
bounded, and the server is stopped at the end.
"""

from __future__ import annotations

import http.client
import os
import re
import time
from pathlib import Path

import pytest
from paths import EXAMPLE

import web_loadtest as loadtest

EMOJI_NAME = "\U0001F600" * 100 + ".xlsx"  # 400 bytes in UTF-8: more than a file name may have
POSTS = 20


def _request(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None) -> tuple[int, str, str | None]:
    """(status, text, Location) of one request to the server on 127.0.0.1."""
    conn = http.client.HTTPConnection(loadtest.HOST, port, timeout=120)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", errors="replace"), response.getheader("Location")
    finally:
        conn.close()


def _check_page(port: int, name: str, data: bytes) -> tuple[int, str]:
    """POST /controleer as the form does, following the waiting page to the result (bounded)."""
    body, content_type = loadtest.multipart([("werkmap", name, data)])
    status, page, location = _request(port, "POST", "/controleer", body, {"Content-Type": content_type})
    if status == 303 and location and location.startswith("/controleer/"):
        deadline = time.monotonic() + 120
        while (answer := _request(port, "GET", location))[0] == 202 and time.monotonic() < deadline:
            time.sleep(0.2)
        status, page, _ = answer
    return status, page


def _downloads(page: str) -> dict[str, str]:
    """file name -> download URL on a result page."""
    return {m.group(2): m.group(1) for m in re.finditer(r'href="(/download/[^"]+)" class="download" data-bestand="([^"]+)"', page)}


def _work_folder(tmpdir: Path) -> Path:
    """The server's private work folder (JobManager.root), made in its temporary folder."""
    found = list(tmpdir.glob("actieplan-web-*"))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.slow
def test_long_names_leave_only_registered_jobs(tmp_path):
    data = EXAMPLE.read_bytes()
    server = loadtest.start_server(tmp_path / "server")
    try:
        root = _work_folder(server.tmpdir)
        # the same workbook under its own name: what the long-named one must get too
        status, page = _check_page(server.port, EXAMPLE.name, data)
        assert status == 200
        expected = {name.replace(EXAMPLE.stem, "") for name in _downloads(page)}
        for url in _downloads(page).values():
            assert _request(server.port, "GET", url)[0] == 200
        reference = {url.split("/")[2] for url in _downloads(page).values()}
        assert len(reference) == 1

        jobs: dict[str, dict[str, str]] = {}  # job id -> its downloads
        for _ in range(POSTS):
            status, page = _check_page(server.port, EMOJI_NAME, data)
            assert status == 200, page[:2000]
            found = _downloads(page)
            assert found
            (job_id,) = {url.split("/")[2] for url in found.values()}
            stem = next(iter(found)).split(".", 1)[0]
            assert stem and set(stem) == {"\U0001F600"} and len(stem) < 100  # cut, on whole characters
            assert {name.replace(stem, "") for name in found} == expected
            jobs[job_id] = found

        # nothing in the work folder but the jobs of the answers: each registered, none stray
        assert {p.name for p in root.iterdir()} == set(jobs) | reference
        assert len(jobs) == POSTS
        for job_id, found in jobs.items():
            folder = root / job_id
            assert [p.name for p in folder.iterdir()] == ["uit"]  # the upload itself is not kept
            written = [p.name for p in (folder / "uit").iterdir()]
            assert set(found) <= set(written)
            assert all(len(os.fsencode(n)) <= 255 for n in written), written
            for url in found.values():
                assert _request(server.port, "GET", url)[0] == 200, url
    finally:
        server.stop()
    assert list(server.tmpdir.iterdir()) == [], "the server left files in its temporary folder"
    assert list(server.workdir.iterdir()) == [], "the server wrote into its working folder"
