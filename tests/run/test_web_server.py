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

import contextlib
import http.client
import os
import re
import signal
import socket
import threading
import time
from pathlib import Path

import pytest
from paths import EXAMPLE
from workbooks import RULESET

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
            assert sorted(p.name for p in folder.iterdir()) == ["uit", "uitkomst.json"]  # the upload itself is not kept
            written = [p.name for p in (folder / "uit").iterdir()]
            assert set(found) <= set(written)
            assert all(len(os.fsencode(n)) <= 255 for n in written), written
            for url in found.values():
                assert _request(server.port, "GET", url)[0] == 200, url
    finally:
        server.stop()
    assert list(server.tmpdir.iterdir()) == [], "the server left files in its temporary folder"
    assert list(server.workdir.iterdir()) == [], "the server wrote into its working folder"


# -- slow clients (issue 19, point 4): uvicorn with serve.py's settings, in a thread, on 127.0.0.1 ----


@contextlib.contextmanager
def in_thread(tmp_path: Path, **options):
    """The app served as `actieplan web` serves it (serve.server_config) on 127.0.0.1 and a free
    port, in a thread of this process; stopped at the end. Yields the port."""
    import uvicorn

    from actieplan.run.web import WebConfig, create_app
    from actieplan.run.web.serve import bind, server_config

    app = create_app(WebConfig(work_root=tmp_path / "werk", regelset=RULESET, **options))
    server = uvicorn.Server(server_config(app))
    sock = bind(loadtest.HOST, 0)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    try:
        yield sock.getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(15)
        sock.close()
        assert not thread.is_alive()


def _partial(port: int) -> socket.socket:
    """A connection that sent a request line and one header, and no end of its headers."""
    s = socket.create_connection((loadtest.HOST, port), timeout=10)
    s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    return s


def _closed(s: socket.socket, within: float) -> bytes | None:
    """What the server sent before it closed ``s`` (None: still open after ``within`` seconds)."""
    s.settimeout(within)
    received = b""
    try:
        while chunk := s.recv(4096):
            received += chunk
    except TimeoutError:
        return None
    except ConnectionResetError:
        pass
    return received


@pytest.mark.slow
def test_slow_headers_and_too_many_connections(tmp_path):
    with in_thread(tmp_path, header_timeout=2.0, max_connections_per_address=50) as port:
        held = [_partial(port) for _ in range(50)]
        try:
            extra = [socket.create_connection((loadtest.HOST, port), timeout=10) for _ in range(10)]
            for s in extra:  # the 51st to 60th: refused at once
                answer = _closed(s, 5)
                assert answer is not None and answer.startswith(b"HTTP/1.1 503"), answer
                s.close()
            # everyone's connections are closed after the header timeout; then a normal GET answers
            start = time.monotonic()
            for s in held:
                answer = _closed(s, 6)
                assert answer is not None and answer.startswith(b"HTTP/1.1 408"), answer
            assert time.monotonic() - start < 6
        finally:
            for s in held:
                s.close()
        start = time.monotonic()
        status, page, _ = _request(port, "GET", "/")
        assert status == 200 and "Controleer" in page and time.monotonic() - start < 3


@pytest.mark.slow
def test_a_normal_request_is_answered_while_slow_clients_wait(tmp_path):
    with in_thread(tmp_path, header_timeout=2.0) as port:
        held = [_partial(port) for _ in range(40)]
        try:
            start = time.monotonic()
            status, _, _ = _request(port, "GET", "/")
            assert status == 200 and time.monotonic() - start < 2
            # a header line every second does not extend the time
            trickle = _partial(port)
            for _ in range(3):
                time.sleep(1)
                try:
                    trickle.sendall(b"X-Langzaam: ja\r\n")
                except OSError:
                    break
            assert _closed(trickle, 3) is not None
            trickle.close()
        finally:
            for s in held:
                s.close()


@pytest.mark.slow
def test_a_body_slower_than_the_minimum_rate_gets_408_and_is_dropped(tmp_path):
    with in_thread(tmp_path, body_window=1.5, body_min_rate=10_000) as port:
        body, content_type = loadtest.multipart([("werkmap", EXAMPLE.name, EXAMPLE.read_bytes())])
        s = socket.create_connection((loadtest.HOST, port), timeout=10)
        s.sendall(
            f"POST /controleer HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n".encode()
        )
        start = time.monotonic()
        answer, dropped = b"", False
        for i in range(0, 200):  # 100 bytes every 0.05 s: 2 kB/s, for at most 10 s
            try:
                answer += s.recv(4096, socket.MSG_DONTWAIT)  # the answer, read while still sending
            except BlockingIOError:
                pass
            if answer:
                break
            try:
                s.sendall(body[i * 100 : (i + 1) * 100])
            except OSError:
                dropped = True
                break
            time.sleep(0.05)
        rest = _closed(s, 4)
        s.close()
        answer += rest or b""
        assert (answer or dropped) and time.monotonic() - start < 8
        # the client is told why, in Dutch, before the connection closes
        assert answer.startswith(b"HTTP/1.1 408"), answer
        assert "te traag" in answer.decode("utf-8")
        assert rest is not None  # and closed: not held open
        # a body at full speed is checked as ever
        status, _, _ = _request(port, "POST", "/controleer", body, {"Content-Type": content_type, "Accept": "application/json"})
        assert status == 200


@pytest.mark.slow
def test_the_next_start_removes_the_work_folder_of_a_killed_server(tmp_path):
    first = loadtest.start_server(tmp_path / "server")
    try:
        killed = _work_folder(first.tmpdir)
        status, _ = _check_page(first.port, EXAMPLE.name, EXAMPLE.read_bytes())
        assert status == 200 and any(killed.iterdir())
    finally:
        first.proc.send_signal(signal.SIGKILL)
        first.proc.wait(10)
    assert killed.exists()  # kill -9: nothing could clean up
    keep = first.tmpdir / "actieplan-web-notes"  # not a work folder: never touched
    keep.mkdir()
    second = loadtest.start_server(tmp_path / "server")
    try:
        assert not killed.exists()
        assert keep.exists()
        assert _request(second.port, "GET", "/")[0] == 200
    finally:
        second.stop()
    keep.rmdir()
    # (multiprocessing's own 'pymp-*' folder of the killed server's fork server is not ours to remove)
    assert list(second.tmpdir.glob("actieplan-web-*")) == []


# -- storage, guessing the code, other sites (issue 19, points 3, 5 and 12) against the real server ------


@pytest.mark.slow
def test_opslag_mb_removes_the_oldest_result_first(tmp_path):
    data = EXAMPLE.read_bytes()  # a check keeps well under 1 MB; 3 times the upload is reserved per upload
    server = loadtest.start_server(tmp_path / "server", args=("--opslag-mb", "1"))
    try:
        root = _work_folder(server.tmpdir)
        status, first = _check_page(server.port, EXAMPLE.name, data)
        assert status == 200
        for _ in range(int(2**20 / (3 * len(data))) + 2):  # more checks than 1 MB holds
            status, _ = _check_page(server.port, EXAMPLE.name, data)
            assert status == 200
        used = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
        assert used <= 2**20
        status, gone, _ = _request(server.port, "GET", next(iter(_downloads(first).values())))
        assert status == 410 and "verwijderd om plaats te maken" in gone
        big = data + b"\0" * (2**20 // 3)  # its reservation alone is more than 1 MB: waiting cannot help
        status, page = _check_page(server.port, "groot.xlsx", big)
        assert status == 413 and "Opnieuw proberen helpt niet" in page
    finally:
        server.stop()


@pytest.mark.slow
def test_guessing_the_code_is_slowed_then_refused(tmp_path):
    server = loadtest.start_server(tmp_path / "server", code="een lange geheime zin")
    try:
        answers: list[tuple[int, float]] = []

        def guess(i: int) -> None:
            start = time.monotonic()
            status = _request(server.port, "GET", "/", headers={"X-Actieplan-Code": f"gok{i}", "Accept": "application/json"})[0]
            answers.append((status, time.monotonic() - start))

        threads = [threading.Thread(target=guess, args=(i,)) for i in range(45)]  # 45 guesses at once (under the 50 connections per address)
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        statuses = [s for s, _ in answers]
        assert len(answers) == 45 and statuses.count(401) == 20 and statuses.count(429) == 25
        assert sum(1 for s, took in answers if s == 401 and took >= 2) == 15
        conn = http.client.HTTPConnection(loadtest.HOST, server.port, timeout=30)
        conn.request("GET", "/", headers={"X-Actieplan-Code": "een lange geheime zin"})
        blocked = conn.getresponse()
        assert blocked.status == 429 and 250 < int(blocked.getheader("Retry-After")) <= 300
        conn.close()
    finally:
        server.stop()
    assert "gok" not in server.proc.stderr.read()  # the guesses are not logged


@pytest.mark.slow
def test_other_sites_and_host_names_are_refused(tmp_path):
    server = loadtest.start_server(tmp_path / "server")
    try:
        body, content_type = loadtest.multipart([("werkmap", EXAMPLE.name, EXAMPLE.read_bytes())])
        status, page, _ = _request(server.port, "POST", "/controleer", body, {"Content-Type": content_type, "Origin": "http://evil.example"})
        assert status == 403 and "niet van deze pagina" in page
        assert list(_work_folder(server.tmpdir).iterdir()) == []
        status, page, _ = _request(server.port, "GET", "/", headers={"Host": f"evil.example:{server.port}"})
        assert status == 400 and "niet onder deze naam" in page
        own = f"http://127.0.0.1:{server.port}"
        status, _, _ = _request(server.port, "POST", "/controleer", body, {"Content-Type": content_type, "Origin": own, "Accept": "application/json"})
        assert status == 200
    finally:
        server.stop()


@pytest.mark.slow
def test_a_forwarded_address_counts_only_behind_our_proxy(tmp_path):
    """After 20 wrong codes an address is refused (429); a made-up X-Forwarded-For from this
    machine started a fresh count (the second user test). Only with --achter-proxy does the
    header name the client."""
    def blocked_after_twenty(server, spoof: bool) -> int:
        def guess(i: int) -> None:
            _request(server.port, "GET", "/", headers={"X-Actieplan-Code": f"gok{i}", "Accept": "application/json",
                                                       "X-Forwarded-For": f"9.9.9.{i}" if spoof else "9.9.9.9"})

        threads = [threading.Thread(target=guess, args=(i,)) for i in range(21)]  # at once: the waits overlap
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        return _request(server.port, "GET", "/", headers={"X-Actieplan-Code": "fout", "Accept": "application/json",
                                                         "X-Forwarded-For": "9.9.9.250"})[0]

    server = loadtest.start_server(tmp_path / "gewoon", code="een lange geheime zin")
    try:
        assert blocked_after_twenty(server, spoof=True) == 429  # every made-up address is still this machine
    finally:
        server.stop()
    server = loadtest.start_server(tmp_path / "proxy", code="een lange geheime zin", args=("--achter-proxy",))
    try:
        assert blocked_after_twenty(server, spoof=False) == 401  # 9.9.9.250: a new client behind the proxy
    finally:
        server.stop()
