"""The time limit of one check, the same for `actieplan controleer` (one workbook or a folder) and
`actieplan web`, and the one mechanism that enforces it: the check runs in a child process, which
is killed when the limit has passed.

A check in the same process cannot be stopped safely in the middle of a rule (a regular expression
or a comparison in C does not look at the clock), and a cooperative deadline would have to be
checked by every rule of every year. A child process can always be stopped, whatever it is
doing, and it takes the check's memory with it when it ends.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from typing import Any, Callable

# seconds one check of one workbook may take before it is stopped (`--tijdslimiet`, the web's
# WebConfig.check_timeout); the largest plan we accept takes a few seconds (README, benchmark)
CHECK_TIMEOUT = 120.0
# the longest limit one can ask for (`--tijdslimiet`): a day; the operating system's waits take no
# more than about 24,8 days (2**31 milliseconds), and a check that needs more than a day is stuck
MAX_CHECK_TIMEOUT = 86_400.0


class TimedOut(Exception):
    """The child was still busy when the time limit passed; it has been stopped."""


class ChildDied(Exception):
    """The child ended without an answer (killed, crashed, out of memory); ``exitcode`` says how."""

    def __init__(self, exitcode: int | None):
        super().__init__(exitcode)
        self.exitcode = exitcode


def command_context() -> multiprocessing.context.BaseContext:
    """For the command: fork on Linux (the child has the pipeline imported already, so it starts
    in milliseconds), spawn elsewhere (macOS's system libraries do not survive a fork; Windows has
    nothing else)."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _flush_stdout() -> None:
    """multiprocessing flushes stdout before it starts a child: a reader of our output that went
    away (`actieplan ... | head`) ends the output there, not the check."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    except (AttributeError, ValueError, OSError):
        pass


def in_child(ctx: multiprocessing.context.BaseContext, target: Callable[..., None], args: tuple[Any, ...],
             timeout: float, name: str = "actieplan-check") -> Any:
    """Run ``target(*args, conn)`` in a child process of ``ctx`` and return the first thing it sends
    through ``conn``; raise :class:`TimedOut` when nothing came within ``timeout`` seconds (the child
    is killed at once) or :class:`ChildDied` when the child ended without a word."""
    _flush_stdout()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=target, args=(*args, sender), daemon=True, name=name)
    proc.start()
    sender.close()
    answered = False
    try:
        if not receiver.poll(min(timeout, MAX_CHECK_TIMEOUT)):
            raise TimedOut
        try:
            outcome = receiver.recv()
        except (EOFError, OSError):  # the child died without a word: killed, crashed, out of memory
            proc.join(5)
            raise ChildDied(proc.exitcode) from None
        answered = True
        return outcome
    finally:
        receiver.close()
        if answered:
            proc.join(5)  # it is leaving: let it end by itself
        if proc.is_alive():
            proc.kill()
            proc.join(5)
        proc.close()
