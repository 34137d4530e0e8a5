"""The check of one upload, in a process of its own.

The web server never parses a user's file itself: each check runs here, in a child process, so
that a hostile workbook can at worst take down that one child (a parser that aborts, memory that
runs out, a check that never ends and is killed at its time limit), never the server or the
other users' checks. The child calls exactly what `actieplan controleer` calls
(:func:`actieplan.run.check.run`) and hands back a small picklable dict.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from actieplan.plugin.ruleset import RuleSet

# A check of the largest plan we accept takes a few hundred MB (see the README's benchmark); the
# address-space cap stops a runaway allocation in this child long before it endangers the machine.
MEMORY_LIMIT_BYTES = 4 * 2**30
# the package of the server's rule set, for the fork server's warm-up (warm.py): the fork server is
# started by multiprocessing with the server's environment and no other arguments
WARM_RULESET_ENV = "ACTIEPLAN_WEB_REGELSET"


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the package guards still bound what a parser gets
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_LIMIT_BYTES if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT_BYTES, hard)
    if soft == resource.RLIM_INFINITY or soft > limit:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def check(werkmap: str, out_dir: str, vorig_jaar: str | None, ruleset: RuleSet, today: date | None = None,
          zorgraad: str | None = None) -> dict[str, Any]:
    """Run the command's check on ``werkmap`` into ``out_dir`` (compared with last year's plan
    ``vorig_jaar`` when given, as `--vorig-jaar` does; ``zorgraad``: the form's name for a Word
    document that does not name its zorgraad, as `--zorgraad` does) with the server's rule set, on the day
    ``today`` (default: the real date; compared with the rule set's deadline); the outcome as a
    plain dict. (``ruleset`` reaches the child pickled as its package: the registry builds it once
    in the fork server's warm-up, and the child inherits it.)

    ``{"ok": True, "report": <findings JSON>, "verdict": ..., "per_sheet": ..., "facts": ...,
    "outputs": [file names], "late": ...}`` or ``{"ok": False, "kind": "unreadable"|"other"|"bug",
    "message": ...}``.
    """
    from actieplan.run.check import run
    from actieplan.errors import ActieplanError, UnreadableWorkbook
    from actieplan.write.summary import verdict

    try:
        result = run(Path(werkmap), Path(out_dir), ruleset=ruleset, vorig_jaar=Path(vorig_jaar) if vorig_jaar else None, today=today,
                     zorgraad=zorgraad)
    except UnreadableWorkbook as exc:
        return {"ok": False, "kind": "unreadable", "message": str(exc)}
    except ActieplanError as exc:
        return {"ok": False, "kind": "other", "message": str(exc)}
    except MemoryError:
        return {"ok": False, "kind": "too-big", "message": ""}
    except Exception as exc:  # a bug of ours: the server says so in Dutch, the log has the details
        import traceback

        return {"ok": False, "kind": "bug", "message": type(exc).__name__, "detail": traceback.format_exc()}
    report = result.report
    return {
        "ok": True,
        "report": report.as_json(),
        "verdict": verdict(report),
        "per_sheet": report.counts_per_sheet(),
        "facts": {k: _plain(getattr(report.facts, k, None)) for k in ("zorgraad", "werkjaar")},
        "outputs": [p.name for p in result.outputs],
        # e.g. text the user typed on our Controle sheet: kept in the copy, never in the mail's attachment
        "notices": list(result.notices),
        "late": _late(report),
    }


def _late(report) -> dict[str, str] | None:
    """The missed deadline as the report's 'Wat nu?' says it (:meth:`RuleSetInfo.late`, as of the day
    of the check, and its advice), or None when the deadline has not passed."""
    s = report.ruleset
    late = s.late(report.checked_on) if s is not None else None
    return None if late is None else {"late": late, "advice": s.late_advice}


def _plain(value: Any) -> str | None:
    return None if value is None else str(value)


def child_main(werkmap: str, out_dir: str, vorig_jaar: str | None, ruleset: RuleSet, today: date | None,
               zorgraad: str | None, conn) -> None:
    """Entry point of the child process: check, send the outcome through ``conn``, exit."""
    try:
        _limit_memory()
        outcome = check(werkmap, out_dir, vorig_jaar, ruleset, today, zorgraad)
        conn.send(outcome)
    except KeyboardInterrupt:  # Ctrl+C in the server's terminal reaches its children too: leave quietly
        pass
    finally:
        conn.close()


def warm_up(ruleset: RuleSet) -> None:
    """Check the blank template of ``ruleset`` (the server's) once, in the fork server, before any
    child is forked from it.

    The first check in a process pays for lazy imports and caches (about 0.3 s on the example);
    a forked child inherits them, so every user's check starts warm. Writes only to a temporary
    folder that is removed again.
    """
    import tempfile

    from actieplan.run.check import run
    from actieplan.write.template import default_template_name, write_template

    with tempfile.TemporaryDirectory(prefix="actieplan-web-warm-") as tmp:
        blank = Path(tmp) / default_template_name(ruleset)
        write_template(blank, ruleset=ruleset)
        run(blank, Path(tmp) / "uit", ruleset=ruleset)
