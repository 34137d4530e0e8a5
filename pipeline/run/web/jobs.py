"""Checks waiting, running and done: a bounded number at a time, each in a child process with a
time limit, their outputs in a private temporary folder that is wiped after a set time.

A check is a :class:`Job` (one uploaded workbook); one form post is a :class:`Batch` of jobs.
Both are known only by unguessable ids (:func:`secrets.token_urlsafe`); the result page and the
download links are the only places those ids appear.
"""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import os
import re
import secrets
import stat
import shutil
import tempfile
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import anyio.to_thread

from actieplan.run import limits
from actieplan.run.web import worker

if TYPE_CHECKING:
    from datetime import date

    from actieplan.plugin.ruleset import RuleSet

log = logging.getLogger("actieplan.run.web")

WAITING, RUNNING, DONE = "wachten", "bezig", "klaar"
# What a check may write, as a multiple of its upload, until it is done and its folder is measured:
# the copy, the report, the findings and the mail draft with the workbook attached (a 20 MB upload
# kept 48.5 MB).
STORAGE_PER_UPLOAD_BYTE = 3
OUTCOME_FILE = "uitkomst.json"  # a finished check's findings, beside its outputs (never downloadable)
# what stays in memory of a finished check; the report, the verdict and the counts are in OUTCOME_FILE
IN_MEMORY = ("ok", "kind", "message", "outputs")


@dataclass
class WebConfig:
    """The limits of one server. Every number is a limit a test exercises."""

    max_upload_bytes: int = 20 * 2**20  # one form post, all its files together
    max_files: int = 10  # workbooks in one form post
    max_checks: int = max(1, min(4, os.cpu_count() or 1))  # checks running at the same time
    max_waiting: int = 50  # checks waiting for a free place; beyond that: 503, try again later
    check_timeout: float = limits.CHECK_TIMEOUT  # seconds one check may run before it is stopped (as the command's)
    keep_seconds: float = 3600.0  # how long the downloads of a check stay available
    # what the work folder may hold (`--opslag-mb`): past it the oldest finished results are removed
    # first; when nothing can be removed, a new upload gets 503
    max_storage_bytes: int = 2000 * 2**20
    inline_wait: float = 3.0  # how long the form post waits before it answers with a waiting page
    access_code: str | None = None  # ACTIEPLAN_WEB_CODE; None: no code asked
    # connections (connections.py): request headers complete within header_timeout seconds; a body at
    # body_min_rate bytes a second or more over each body_window seconds; open connections per address
    header_timeout: float = 20.0
    body_window: float = 30.0
    body_min_rate: float = 10_000.0
    max_connections_per_address: int = 50
    session_seconds: float = 8 * 3600.0  # how long the server honours a browser's given code
    # the Host names answered besides IP addresses (`--host-naam`; DNS rebinding: guards.py)
    host_names: tuple[str, ...] = ("localhost",)
    # `--achter-proxy`: a reverse proxy on this machine says who the client is (X-Forwarded-For from
    # 127.0.0.1); without it that header is ignored, so no local program can pose as many addresses
    # to get around the per-address limits (wrong codes, connections)
    behind_proxy: bool = False
    work_root: Path | None = None  # parent of the private temporary folder (default: the system's)
    regelset: RuleSet | None = None  # the rule set chosen at the start (`--regelset`); None: the newest installed
    # the day of every check, compared with the rule set's deadline (as `run(today=...)`); None: the real date
    today: date | None = None


@dataclass
class Job:
    id: str
    name: str  # the uploaded file's name, made safe
    dir: Path
    vorig: str | None = None  # the name of last year's workbook (in ``dir/in/vorig``), when uploaded
    zorgraad: str | None = None  # the form's zorgraad, for a Word document that does not name it
    created: float = field(default_factory=time.monotonic)
    state: str = WAITING
    started: float | None = None
    finished: float | None = None
    # worker.check()'s dict without its findings (IN_MEMORY), or the server's own refusal
    outcome: dict[str, Any] | None = None
    status: int = 200
    size: int = 0  # bytes of its folder: estimated until the check is done, then measured
    removed: bool = False  # its folder was removed to make room for newer checks
    done: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def out_dir(self) -> Path:
        return self.dir / "uit"

    @property
    def input(self) -> Path:
        return self.dir / "in" / self.name

    @property
    def vorig_path(self) -> Path | None:
        return None if self.vorig is None else self.dir / "in" / "vorig" / self.vorig

    def downloads(self) -> list[str]:
        if self.outcome is None or not self.outcome.get("ok") or self.removed:
            return []
        return [n for n in self.outcome.get("outputs", []) if (self.out_dir / n).is_file()]

    def full_outcome(self) -> dict[str, Any]:
        """The whole outcome of a finished check, findings included (read from its folder)."""
        outcome = self.outcome or {}
        if not outcome.get("ok") or self.removed:
            return outcome
        return json.loads((self.dir / OUTCOME_FILE).read_text(encoding="utf-8"))


@dataclass
class Batch:
    id: str
    jobs: list[Job]
    created: float = field(default_factory=time.monotonic)

    @property
    def done(self) -> bool:
        return all(j.state == DONE for j in self.jobs)


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where the platform has it: a child forks from a server that has already imported
    the pipeline (a check starts in milliseconds, not the second pandas takes to import); spawn on
    Windows."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["actieplan.run.web.warm"])
        return ctx
    return multiprocessing.get_context("spawn")


class Busy(Exception):
    """Too many checks are waiting already."""


class JobManager:
    def __init__(self, config: WebConfig):
        self.config = config
        if config.regelset is None:
            from actieplan.plugin.registry import resolve

            config.regelset = resolve(None)
        # the fork server warms up with this rule set (it is started with this process's environment)
        os.environ[worker.WARM_RULESET_ENV] = config.regelset.package
        root = config.work_root
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)
        remove_stale_work_folders(Path(root) if root is not None else Path(tempfile.gettempdir()))
        # private (0700) and outside the server's own folder: uploads and outputs live only here. Its
        # name says whose it is (pid, start time): a later server removes it when this one is gone
        pid = os.getpid()
        self.root = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{pid}-{_start_time(pid) or 'x'}-", dir=root))
        self.jobs: dict[str, Job] = {}
        self.batches: dict[str, Batch] = {}
        self.waiting: list[Job] = []
        self.running = 0
        self._slots: asyncio.Semaphore | None = None
        self._tasks: set[asyncio.Task] = set()
        self._ctx = _context()
        self.durations: list[float] = []  # seconds per finished check, for the load test's figures

    # -- lifecycle --------------------------------------------------------------------------------

    def warm_up(self) -> None:
        """Start the fork server now, so the first user does not wait for the pipeline's imports."""
        if self._ctx.get_start_method() == "forkserver":
            from multiprocessing import forkserver

            forkserver.ensure_running()

    def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- submitting -------------------------------------------------------------------------------

    def new_id(self) -> str:
        return secrets.token_urlsafe(24)

    def new_job(self, name: str) -> Job:
        job_id = self.new_id()
        job = Job(id=job_id, name=name, dir=self.root / job_id)
        (job.dir / "in").mkdir(parents=True)
        try:
            job.out_dir.mkdir()
        except OSError:  # a folder half made is no job, and nobody would ever remove it
            shutil.rmtree(job.dir, ignore_errors=True)
            raise
        return job

    def room_for(self, count: int) -> bool:
        return len(self.waiting) + count <= self.config.max_waiting

    def submit(self, jobs: list[Job]) -> Batch:
        """Queue the jobs (their input already in ``job.dir/in``); jobs already done stay as they are."""
        if not self.room_for(sum(1 for j in jobs if j.state != DONE)):
            for job in jobs:
                shutil.rmtree(job.dir, ignore_errors=True)
            raise Busy
        batch = Batch(id=self.new_id(), jobs=jobs)
        self.batches[batch.id] = batch
        for job in jobs:
            self.jobs[job.id] = job
            if job.state != DONE:
                self.waiting.append(job)
                task = asyncio.get_running_loop().create_task(self._run(job))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        return batch

    def refuse(self, job: Job, status: int, message: str) -> None:
        """Mark a job done without running it (the server refused the upload itself)."""
        job.outcome = {"ok": False, "kind": "refused", "message": message}
        job.status = status
        job.state = DONE
        job.finished = time.monotonic()
        job.done.set()
        shutil.rmtree(job.dir / "in", ignore_errors=True)

    def position(self, job: Job) -> int:
        """1 for the next check to start; 0 when not waiting."""
        try:
            return self.waiting.index(job) + 1
        except ValueError:
            return 0

    async def wait(self, batch: Batch, timeout: float | None) -> bool:
        """Wait until every job of ``batch`` is done, at most ``timeout`` seconds; True when done."""
        try:
            with anyio.fail_after(timeout) if timeout is not None else nullcontext():
                for job in batch.jobs:
                    await job.done.wait()
        except TimeoutError:
            return False
        return True

    # -- running ----------------------------------------------------------------------------------

    @property
    def slots(self) -> asyncio.Semaphore:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.config.max_checks)
        return self._slots

    async def _run(self, job: Job) -> None:
        try:
            async with self.slots:
                self.waiting.remove(job)
                self.running += 1
                job.state, job.started = RUNNING, time.monotonic()
                try:
                    outcome = await anyio.to_thread.run_sync(self._in_child, job, abandon_on_cancel=True)
                finally:
                    self.running -= 1
        except asyncio.CancelledError:
            if job in self.waiting:
                self.waiting.remove(job)
            outcome = {"ok": False, "kind": "stopped", "message": ""}
        job.status = _status(job, outcome)
        job.finished = time.monotonic()
        if job.started is not None and outcome.get("ok"):
            self.durations.append(job.finished - job.started)
        # the upload is not needed any more: only the outputs stay, until they expire
        shutil.rmtree(job.dir / "in", ignore_errors=True)
        if outcome.get("ok"):  # the findings live on disk, not in the server's memory
            try:
                (job.dir / OUTCOME_FILE).write_text(json.dumps(outcome, ensure_ascii=False), encoding="utf-8")
            except OSError as exc:
                outcome = {"ok": False, "kind": "bug", "message": f"{type(exc).__name__} (schijf)", "detail": str(exc)}
                job.status = 500
        job.outcome = {k: outcome[k] for k in IN_MEMORY if k in outcome}
        job.size = _folder_size(job.dir)
        job.state = DONE
        # the reservation was an estimate (a small upload's report and findings weigh more than 3 times
        # the upload): the folder as measured may not fit, older results then make room
        self.make_room(0, keep=job)
        if outcome.get("kind") == "bug":
            log.error("check of %s failed: %s", job.name, outcome.get("detail", outcome.get("message")))
        job.done.set()

    def _in_child(self, job: Job) -> dict[str, Any]:
        """Blocking (runs in a thread): one child process per check, killed at the time limit
        (:func:`actieplan.run.limits.in_child`, the command's mechanism too)."""
        vorig = job.vorig_path
        try:
            return limits.in_child(
                self._ctx, worker.child_main,
                (str(job.input), str(job.out_dir), str(vorig) if vorig else None, self.config.regelset, self.config.today,
                 job.zorgraad),
                self.config.check_timeout, name=f"actieplan-check-{job.id[:6]}",
            )
        except limits.TimedOut:
            return {"ok": False, "kind": "timeout", "message": ""}
        except limits.ChildDied as exc:  # killed, crashed, out of memory
            return {"ok": False, "kind": "crashed", "message": str(exc.exitcode)}

    # -- expiry -----------------------------------------------------------------------------------

    # -- storage ----------------------------------------------------------------------------------

    def used(self) -> int:
        return sum(job.size for job in self.jobs.values() if not job.removed)

    def make_room(self, needed: int, keep: Job | None = None) -> bool:
        """Remove the oldest finished results (never ``keep``) until ``needed`` more bytes fit within
        ``max_storage_bytes``; False (and nothing removed) when they cannot fit."""
        self.sweep()
        limit = self.config.max_storage_bytes
        used = self.used()
        if used + needed <= limit:
            return True
        finished = sorted(
            (j for j in self.jobs.values() if j.state == DONE and not j.removed and j.size and j is not keep),
            key=lambda j: j.finished or 0,
        )
        if used - sum(j.size for j in finished) + needed > limit:
            return False
        for job in finished:
            if used + needed <= limit:
                break
            used -= job.size
            self.remove(job)
        return True

    def remove(self, job: Job) -> None:
        """Remove a finished check's folder to make room; its page then says so (until it expires)."""
        shutil.rmtree(job.dir, ignore_errors=True)
        job.removed = True
        log.info("removed the result of %s to make room (%d bytes)", job.id[:6], job.size)

    def expired(self, job: Job, now: float | None = None) -> bool:
        if job.state != DONE or job.finished is None:
            return False
        return (now or time.monotonic()) - job.finished > self.config.keep_seconds

    def sweep(self) -> int:
        """Delete the folders of checks older than ``keep_seconds``; the number of jobs removed."""
        now = time.monotonic()
        gone = [job for job in self.jobs.values() if self.expired(job, now)]
        for job in gone:
            shutil.rmtree(job.dir, ignore_errors=True)
            del self.jobs[job.id]
        for batch_id, batch in list(self.batches.items()):
            if all(job.id not in self.jobs for job in batch.jobs) and batch.done:
                del self.batches[batch_id]
        return len(gone)

    async def sweep_forever(self) -> None:
        period = max(0.5, min(60.0, self.config.keep_seconds / 4))
        while True:
            await asyncio.sleep(period)
            self.sweep()


WORK_PREFIX = "actieplan-web-"
# a work folder's name: the prefix, its server's pid and start time, mkdtemp's random part
WORK_NAME = re.compile(re.escape(WORK_PREFIX) + r"(\d+)-(\d+|x)-[A-Za-z0-9_]+")


def _start_time(pid: int) -> str | None:
    """When process ``pid`` started (Linux: clock ticks since boot, /proc/PID/stat field 22); None
    where that cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return fields.rsplit(")", 1)[1].split()[19]


def _gone(pid: int, start: str) -> bool:
    """Whether the server ``pid`` that started at ``start`` runs no more (its pid is free, or taken
    by a process that started at another time). Where that cannot be told (no /proc), it runs."""
    if pid <= 0 or pid == os.getpid() or start == "x" or not Path("/proc/self/stat").exists():
        return False
    return _start_time(pid) != start


def remove_stale_work_folders(parent: Path) -> list[Path]:
    """Remove the work folders in ``parent`` of servers that no longer run (stopped with kill -9,
    or by a crash): only folders whose name is a work folder's (:data:`WORK_NAME`) naming a process
    that is gone, owned by this user, not links. Never anything else."""
    removed = []
    try:
        candidates = list(parent.glob(WORK_PREFIX + "*"))
    except OSError:
        return removed
    for folder in candidates:
        match = WORK_NAME.fullmatch(folder.name)
        if match is None:
            continue  # not a server's work folder (or one of an older version: left alone)
        try:
            info = folder.lstat()
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            continue  # a link, a file, or another user's
        if _gone(int(match.group(1)), match.group(2)):
            shutil.rmtree(folder, ignore_errors=True)
            log.info("removed the work folder of a server that no longer runs: %s", folder)
            removed.append(folder)
    return removed


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _status(job: Job, outcome: dict[str, Any]) -> int:
    if outcome.get("ok"):
        return 200
    kind = outcome.get("kind")
    if kind == "unreadable":
        # the message names the file it is about: last year's (`--vorig-jaar`) or the plan
        about_vorig = job.vorig_path is not None and "vorig jaar" in outcome.get("message", "")
        return 415 if _not_a_workbook(job.vorig_path if about_vorig else job.input) else 400
    if kind in ("timeout", "too-big", "crashed"):
        return 400 if kind != "crashed" else 500
    if kind == "stopped":
        return 503
    return 500


# what the form takes: a workbook or the Word template (a .doc, .odt, .rtf gets its refusal with advice: 415)
UPLOAD_SUFFIXES = (".xlsx", ".xlsm", ".docx")


def _not_a_workbook(path: Path) -> bool:
    """415 for a file of another kind (by name or by its first bytes), 400 for a broken workbook."""
    if path.suffix.lower() not in UPLOAD_SUFFIXES:
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return False
    return bool(head) and head != b"PK\x03\x04"


