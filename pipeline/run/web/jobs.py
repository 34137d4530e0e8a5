"""Checks waiting, running and done: a bounded number at a time, each in a child process with a
time limit, their outputs in a private temporary folder that is wiped after a set time.

A check is a :class:`Job` (one uploaded workbook); one form post is a :class:`Batch` of jobs.
Both are known only by unguessable ids (:func:`secrets.token_urlsafe`); the result page and the
download links are the only places those ids appear.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import secrets
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
    from actieplan.plugin.ruleset import RuleSet

log = logging.getLogger("actieplan.run.web")

WAITING, RUNNING, DONE = "wachten", "bezig", "klaar"


@dataclass
class WebConfig:
    """The limits of one server. Every number is a limit a test exercises."""

    max_upload_bytes: int = 20 * 2**20  # one form post, all its files together
    max_files: int = 10  # workbooks in one form post
    max_checks: int = max(1, min(4, os.cpu_count() or 1))  # checks running at the same time
    max_waiting: int = 50  # checks waiting for a free place; beyond that: 503, try again later
    check_timeout: float = limits.CHECK_TIMEOUT  # seconds one check may run before it is stopped (as the command's)
    keep_seconds: float = 3600.0  # how long the downloads of a check stay available
    inline_wait: float = 3.0  # how long the form post waits before it answers with a waiting page
    access_code: str | None = None  # ACTIEPLAN_WEB_CODE; None: no code asked
    work_root: Path | None = None  # parent of the private temporary folder (default: the system's)
    regelset: RuleSet | None = None  # the rule set chosen at the start (`--regelset`); None: the newest installed


@dataclass
class Job:
    id: str
    name: str  # the uploaded file's name, made safe
    dir: Path
    vorig: str | None = None  # the name of last year's workbook (in ``dir/in/vorig``), when uploaded
    created: float = field(default_factory=time.monotonic)
    state: str = WAITING
    started: float | None = None
    finished: float | None = None
    outcome: dict[str, Any] | None = None  # worker.check()'s dict, or the server's own refusal
    status: int = 200
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
        if self.outcome is None or not self.outcome.get("ok"):
            return []
        return [n for n in self.outcome.get("outputs", []) if (self.out_dir / n).is_file()]


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
        # private (0700) and outside the server's own folder: uploads and outputs live only here
        self.root = Path(tempfile.mkdtemp(prefix="actieplan-web-", dir=root))
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
        job.outcome = outcome
        job.status = _status(job, outcome)
        job.finished = time.monotonic()
        if job.started is not None and outcome.get("ok"):
            self.durations.append(job.finished - job.started)
        job.state = DONE
        # the upload is not needed any more: only the outputs stay, until they expire
        shutil.rmtree(job.dir / "in", ignore_errors=True)
        if outcome.get("kind") == "bug":
            log.error("check of %s failed: %s", job.name, outcome.get("detail", outcome.get("message")))
        job.done.set()

    def _in_child(self, job: Job) -> dict[str, Any]:
        """Blocking (runs in a thread): one child process per check, killed at the time limit
        (:func:`actieplan.run.limits.in_child`, the command's mechanism too)."""
        vorig = job.vorig_path
        try:
            return limits.in_child(
                self._ctx, worker.child_main, (str(job.input), str(job.out_dir), str(vorig) if vorig else None, self.config.regelset),
                self.config.check_timeout, name=f"actieplan-check-{job.id[:6]}",
            )
        except limits.TimedOut:
            return {"ok": False, "kind": "timeout", "message": ""}
        except limits.ChildDied as exc:  # killed, crashed, out of memory
            return {"ok": False, "kind": "crashed", "message": str(exc.exitcode)}

    # -- expiry -----------------------------------------------------------------------------------

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


def _not_a_workbook(path: Path) -> bool:
    """415 for a file of another kind (by name or by its first bytes), 400 for a broken workbook."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return False
    return bool(head) and head != b"PK\x03\x04"


