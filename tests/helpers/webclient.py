"""The web application in-process (Starlette's test client): the `web` fixture (registered in
tests/conftest.py) and `upload`, as the browser posts a form."""

from __future__ import annotations

import re
import time

import pytest
from starlette.testclient import TestClient
from workbooks import RULESET

from actieplan.run.web import WebConfig, create_app

JSON = {"Accept": "application/json"}
BASE = "http://127.0.0.1:8000"  # a Host the server answers (not the test client's 'testserver')


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def web(tmp_path, monkeypatch):
    """web(**config) -> a test client of a fresh app; its work folder lies under tmp_path/werk.

    The test runs in an empty current folder (tmp_path/cwd) so it can see that nothing is
    written next to the server."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    clients = []

    def make(**options) -> TestClient:
        options.setdefault("work_root", tmp_path / "werk")
        options.setdefault("regelset", RULESET)  # the rule set the test plans are written for
        client = TestClient(create_app(WebConfig(**options)), base_url=BASE, follow_redirects=False)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)
    assert list(cwd.iterdir()) == [], "something was written in the server's current folder"


def upload(client: TestClient, *files: tuple[str, bytes], headers=None, vorig: tuple[str, bytes] | None = None, wait=True):
    """POST /controleer; when the server answers with its waiting page (a busy machine: the
    check took longer than the inline wait), follow it as the browser does until the result."""
    parts = [("werkmap", (name, data, XLSX)) for name, data in files]
    if vorig is not None:
        parts.append(("vorig_jaar", (vorig[0], vorig[1], XLSX)))
    r = client.post("/controleer", files=parts, headers=headers or {})
    if wait and r.status_code == 303 and r.headers["location"].startswith("/controleer/"):
        url = r.headers["location"]
        deadline = time.monotonic() + 120
        while (r := client.get(url, headers=headers or {})).status_code == 202 and time.monotonic() < deadline:
            time.sleep(0.2)
    return r


def links(page: str) -> dict[str, str]:
    """file name -> download URL of a result page."""
    return {m.group(2): m.group(1) for m in re.finditer(r'href="(/download/[^"]+)" class="download" data-bestand="([^"]+)"', page)}
