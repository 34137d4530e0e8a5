"""Load test of `actieplan web` on the loopback address; prints its figures.

    python tools/web_loadtest.py --werkmap workbooks/voorbeeld-actieplan-2026.xlsx --aantal 20

Starts `actieplan web` as a separate process on 127.0.0.1 (a free port, its own empty working
folder and temporary folder), checks the workbook a few times one after the other (time per
check on an idle server), then sends ``--aantal`` uploads of it at the same moment together with
one zip bomb, and reports: the answers (every upload answered with the right findings, the bomb
refused), the time per check, the latency, and the memory of the server with its fork server
and children (VmRSS from /proc, so Linux only) before, at the peak and after. Nothing is sent
anywhere but 127.0.0.1; every request has a time limit and the run stops by itself.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"  # the only address this test ever talks to


def zip_bomb(source: Path, target: Path, size: int = 150 * 2**20) -> Path:
    """``source`` plus one member of ``size`` zeros (a few hundred kB packed): refused by the guard."""
    target.write_bytes(source.read_bytes())
    block = b"\0" * 2**20
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as z, z.open("xl/media/image1.png", "w", force_zip64=True) as fh:
        for _ in range(size // len(block)):
            fh.write(block)
    return target


def multipart(files: list[tuple[str, str, bytes]]) -> tuple[bytes, str]:
    """(body, content type) of a multipart/form-data post of (field, file name, data)."""
    boundary = secrets.token_hex(16)
    out = io.BytesIO()
    for name, filename, data in files:
        out.write(f"--{boundary}\r\n".encode())
        out.write(f'Content-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'.encode())
        out.write(b"Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
        out.write(data)
        out.write(b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def post(port: int, filename: str, data: bytes, timeout: float = 300) -> tuple[int, Any, float]:
    """POST /controleer with Accept: application/json; (status, parsed JSON, seconds)."""
    body, content_type = multipart([("werkmap", filename, data)])
    start = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("POST", "/controleer", body=body, headers={"Content-Type": content_type, "Accept": "application/json"})
        response = conn.getresponse()
        payload = response.read()
    finally:
        conn.close()
    return response.status, json.loads(payload or b"null"), time.perf_counter() - start


def _children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            kids.append(int(entry.name))
    return kids


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def process_tree(pid: int) -> list[int]:
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(_children(p))
    return tree


def tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in bytes."""
    return sum(_rss(p) for p in process_tree(pid))


@dataclass
class Server:
    proc: subprocess.Popen
    port: int
    workdir: Path
    tmpdir: Path

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        return self.proc.returncode


def free_port() -> int:
    """A port nobody listens on at this moment (`actieplan web` takes 1 to 65535 only, no 0 for 'any')."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(
    base: Path, extra_env: dict[str, str] | None = None, startup_timeout: float = 60, args: tuple[str, ...] = (),
    code: str | None = None,
) -> Server:
    """`python -m actieplan web` on 127.0.0.1 and a free port, in an empty working folder (with
    ``args`` after it, and the access code ``code`` when given)."""
    workdir, tmpdir = base / "cwd", base / "tmp"
    workdir.mkdir(parents=True, exist_ok=True)
    tmpdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONUNBUFFERED": "1", **(extra_env or {})}
    env.pop("ACTIEPLAN_WEB_CODE", None)
    if code is not None:
        env["ACTIEPLAN_WEB_CODE"] = code
    proc = subprocess.Popen(
        [sys.executable, "-m", "actieplan", "web", "--host", HOST, "--poort", str(free_port()), "--geen-browser", *args],
        cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(startup_timeout)
    if not line or "http://" not in line[0]:
        proc.kill()
        raise RuntimeError(f"actieplan web did not start: {line!r} {proc.stderr.read() if proc.poll() is not None else ''}")
    port = int(line[0].split("http://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1])
    return Server(proc, port, workdir, tmpdir)


@dataclass
class Figures:
    uploads: int
    max_checks: int
    idle_seconds: list[float] = field(default_factory=list)
    wall_seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    answers: list[Any] = field(default_factory=list)
    bomb_status: int = 0
    bomb_answer: Any = None
    rss_before: int = 0
    rss_peak: int = 0
    rss_after: int = 0
    leftover_processes: int = 0
    correct: int = 0  # answers whose findings equal the expected ones

    def lines(self) -> list[str]:
        mb = lambda n: f"{n / 2**20:.0f} MB"  # noqa: E731
        lat = sorted(self.latencies)
        return [
            f"time per check, idle server (median of {len(self.idle_seconds)}): {statistics.median(self.idle_seconds):.2f} s",
            f"{self.uploads} uploads + 1 zip bomb at once, {self.max_checks} checks at a time: "
            f"all answered in {self.wall_seconds:.1f} s ({self.wall_seconds / self.uploads:.2f} s per check)",
            f"latency per upload: median {statistics.median(lat):.1f} s, max {lat[-1]:.1f} s",
            f"answers: {self.statuses.count(200)}/{self.uploads} status 200, {self.correct}/{self.uploads} with the "
            "findings of `actieplan controleer`; "
            f"zip bomb: status {self.bomb_status}",
            f"memory (server + fork server + checks): before {mb(self.rss_before)}, peak {mb(self.rss_peak)}, "
            f"after {mb(self.rss_after)}; check processes left: {self.leftover_processes}",
        ]


def expected_findings(workbook: Path) -> list[dict[str, Any]]:
    """The findings `actieplan controleer` reports for ``workbook`` (checked here, in this process)."""
    from actieplan.run.check import check_workbook
    from actieplan.plugin.registry import resolve

    return check_workbook(workbook, ruleset=resolve("2026"))[1].as_json()["findings"]


def run_load(workbook: Path, uploads: int = 20, base: Path | None = None, idle_checks: int = 3) -> Figures:
    """The load test; returns its figures (the caller asserts or prints them)."""
    data = workbook.read_bytes()
    expected = expected_findings(workbook)
    own_tmp = None
    if base is None:
        own_tmp = tempfile.TemporaryDirectory(prefix="actieplan-load-")
        base = Path(own_tmp.name)
    bomb = zip_bomb(workbook, base / "bom.xlsx").read_bytes()
    server = start_server(base)
    try:
        figures = Figures(uploads=uploads, max_checks=max(1, min(4, os.cpu_count() or 1)))
        for _ in range(idle_checks):
            status, _, seconds = post(server.port, workbook.name, data)
            figures.idle_seconds.append(seconds)
        time.sleep(0.5)
        processes_before = len(process_tree(server.proc.pid))  # server, fork server, resource tracker
        figures.rss_before = tree_rss(server.proc.pid)
        figures.rss_peak = figures.rss_before
        stop = threading.Event()

        def sample():
            while not stop.is_set():
                figures.rss_peak = max(figures.rss_peak, tree_rss(server.proc.pid))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        barrier = threading.Barrier(uploads + 1)
        results: list[tuple[int, Any, float] | None] = [None] * (uploads + 1)

        def one(i: int):
            barrier.wait(30)
            if i == uploads:
                results[i] = post(server.port, "bom.xlsx", bomb)
            else:
                results[i] = post(server.port, f"plan-{i:02d}.xlsx", data)

        threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(uploads + 1)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(600)
        figures.wall_seconds = time.perf_counter() - start
        stop.set()
        sampler.join(5)
        for i, result in enumerate(results):
            if result is None:
                raise RuntimeError(f"upload {i} got no answer")
            status, answer, seconds = result
            if i == uploads:
                figures.bomb_status, figures.bomb_answer = status, answer
            else:
                figures.statuses.append(status)
                figures.answers.append(answer)
                figures.latencies.append(seconds)
                if status == 200 and isinstance(answer, dict) and answer.get("findings") == expected:
                    figures.correct += 1
        time.sleep(1.0)  # the last children exit
        figures.leftover_processes = max(0, len(process_tree(server.proc.pid)) - processes_before)
        figures.rss_after = tree_rss(server.proc.pid)
        return figures
    finally:
        server.stop()
        if own_tmp is not None:
            own_tmp.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/web_loadtest.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--werkmap", type=Path, default=Path("workbooks/voorbeeld-actieplan-2026.xlsx"))
    parser.add_argument("--aantal", type=int, default=20, help="uploads at the same moment (default 20)")
    args = parser.parse_args(argv)
    if not Path("/proc/self/status").exists():
        print("the load test reads memory from /proc: Linux only", file=sys.stderr)
        return 2
    figures = run_load(args.werkmap, args.aantal)
    print(f"actieplan web load test on {HOST}, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    for line in figures.lines():
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
