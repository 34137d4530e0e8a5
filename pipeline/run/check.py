"""`actieplan controleer` as a function: load, validate, write the outputs."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from actieplan.read.docx import load_plan
from actieplan.read.loader import LoadedWorkbook
from actieplan.read.sniff import is_document
from actieplan.model import Report
from actieplan.write.findings import write_findings_json
from actieplan.errors import ActieplanError
from actieplan.write.lock import output_lock
from actieplan.write.outputs import (
    ROLE_PREVIOUS, OutputSet, copy_number, output_names, output_stem, owner_key, prepare_dir, protecting, refuse_input,
)
from actieplan.plugin.ruleset import RuleSet
from actieplan.run.collector import fewer_collections
from actieplan.validate.engine import validate


def check_workbook(
    path: str | Path, ruleset: RuleSet, vorig_jaar: str | Path | None = None, zorgraad: str | None = None
) -> tuple[LoadedWorkbook, Report]:
    """Load and validate with ``ruleset`` (the caller resolved it: :func:`actieplan.plugin.registry.resolve`);
    writes nothing. Raises UnreadableWorkbook for a file we cannot read.

    ``path`` is a workbook or a plan in the department's Word template (.docx, read with the rule
    set's Word layout); ``zorgraad``: the zorgraad of a document that does not name it (``--zorgraad``).
    ``vorig_jaar``: last year's plan of the same zorgraad, to compare with (read, never judged);
    a file that cannot be read or cannot be last year's plan raises UnreadableWorkbook too.
    """
    rs = ruleset
    workbook = load_plan(path, rs, zorgraad)
    previous = None
    if vorig_jaar is not None:
        from actieplan.read.vorig_jaar import load_previous, werkjaar_of

        werkjaar = werkjaar_of(workbook, rs) or rs.werkjaar
        previous = load_previous(vorig_jaar, path, werkjaar, rs)
    report = validate(workbook, rs, previous)
    from actieplan.write.annotated import is_annotated
    from actieplan.write.worddoc import is_annotated as is_annotated_docx

    # an annotated copy of ours is checked without our marks; every output says it was one
    report.checked_copy = (is_annotated_docx if is_document(workbook.path) else is_annotated)(workbook.path)
    return workbook, report


def check_within(
    path: Path, ruleset: RuleSet, vorig_jaar: str | Path | None, time_limit: float | None, zorgraad: str | None = None
) -> Report:
    """:func:`check_workbook`'s report, the check running in a child process stopped after
    ``time_limit`` seconds (:mod:`actieplan.run.limits`); None: in this process, without a limit.
    Past the limit: ActieplanError in Dutch, naming the limit (nothing has been written)."""
    if time_limit is None:
        return check_workbook(path, ruleset, vorig_jaar, zorgraad)[1]
    from actieplan.run import limits

    try:
        kind, value = limits.in_child(limits.command_context(), _check_in_child, (str(path), ruleset, vorig_jaar, zorgraad),
                                      time_limit, name="actieplan-controle")
    except limits.TimedOut:
        raise ActieplanError(
            f"De controle van '{path.name}' duurde langer dan de tijdslimiet van {f'{time_limit:g}'.replace('.', ',')} seconden en is "
            "gestopt; er is niets geschreven. Is de werkmap uitzonderlijk groot (of zijn de teksten in --vorig-jaar "
            "dat), geef dan meer tijd met --tijdslimiet SECONDEN, of meld het aan de beheerder van actieplan."
        ) from None
    except limits.ChildDied as exc:
        raise ActieplanError(
            f"De controle van '{path.name}' stopte onverwacht (het proces eindigde met code {exc.exitcode}, bv. "
            "door onvoldoende geheugen); er is niets geschreven."
        ) from None
    if kind == "raised":
        raise value
    return value


def _check_in_child(path: str, ruleset: RuleSet, vorig_jaar: str | Path | None, zorgraad: str | None, conn) -> None:
    """The child of :func:`check_within`: ("report", Report) or ("raised", the exception)."""
    try:
        try:
            with fewer_collections():  # (a spawned child starts with Python's default threshold)
                outcome: tuple[str, object] = ("report", check_workbook(path, ruleset, vorig_jaar, zorgraad)[1])
        except Exception as exc:  # UnreadableWorkbook, a bug of ours, MemoryError: raised again in the parent
            outcome = ("raised", exc)
        try:
            conn.send(outcome)
        except Exception:  # an exception that does not pickle: its kind and words
            conn.send(("raised", RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]}")))
    except KeyboardInterrupt:  # Ctrl+C reaches the parent too: it says so
        pass
    finally:
        conn.close()


# An output writer gets the report only (it carries the rule set, the source path, the facts and
# the panels) and the run's output set (which says where each output goes: OutputSet.target), and
# returns the path it wrote (or None when it has nothing to write).
Writer = Callable[[Report, OutputSet], "Path | None"]


def _json_writer(report: Report, out: OutputSet) -> Path:
    return write_findings_json(report, out.target("json"))


def planned_outputs(path: Path, out_dir: Path, stem: str) -> list[Path]:
    """Every file a check of ``path`` may write or remove in ``out_dir`` under its own names."""
    return [out_dir / name for name in output_names(path, stem, out_dir).values()]


def copy_again_notice(path: Path, outputs: list[Path]) -> str | None:
    """The line that says an annotated copy checked again in its own folder stays as it is, and
    where its new copy went (:func:`actieplan.write.outputs.output_names`)."""
    copy = next((p for p in outputs if p.suffix.lower() in (".xlsx", ".xlsm", ".docx")), None)
    if copy_number(path) is None or copy is None or copy.parent.resolve() != path.parent.resolve():
        return None
    return (
        f"'{path.name}' is een gecontroleerde kopie en blijft zoals ze is; de nieuwe gecontroleerde kopie is "
        f"'{copy.name}', rapport en bevindingen staan onder '{output_stem(path)}'."
    )


# The writers' modules (lxml, Jinja2, email) are imported when a writer first runs, not with this
# module: validation, the peak of a run's memory, does not carry them.
def write_html_report(report: Report, out: OutputSet) -> Path | None:
    from actieplan.write.html import write_html_report as write

    return write(report, out)


def write_mail(report: Report, out: OutputSet) -> Path | None:
    from actieplan.write.mail import write_mail as write

    return write(report, out)


def write_annotated(report: Report, out: OutputSet) -> Path | None:
    """The annotated copy of the source's kind: a workbook's (cells marked, a Controle sheet) or a
    Word document's (a comment per finding)."""

    if is_document(report.source):
        from actieplan.write.worddoc import write_annotated_docx as write
    else:
        from actieplan.write.annotated import write_annotated as write
    return write(report, out)


def _writers() -> list[Writer]:
    # the annotated copy last: a package we cannot take apart fails it alone, the others are written by then
    return [_json_writer, write_html_report, write_mail, write_annotated]


WRITERS: list[Writer] = _writers()


@dataclass
class RunResult:
    report: Report
    outputs: list[Path] = field(default_factory=list)
    # Dutch notes for the user: e.g. a file of theirs has one of our names, ours got another
    notices: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 0 if self.report.ok else 1


def run(
    path: str | Path,
    out_dir: str | Path,
    ruleset: RuleSet,
    also_protect: tuple[str | Path, ...] = (),
    vorig_jaar: str | Path | None = None,
    today: date | None = None,
    time_limit: float | None = None,
    out_named: bool = True,
    zorgraad: str | None = None,
) -> RunResult:
    """Check one workbook with ``ruleset`` and write its outputs into
    ``out_dir``. ``today`` is the day of the check (default: the real date), compared with the
    rule set's deadline. Never modifies ``path``, nor ``vorig_jaar`` (last year's plan to compare with,
    see :func:`check_workbook`).

    No output may be ``path``, ``vorig_jaar`` or one of ``also_protect`` (the other workbooks of a
    folder): such a clash is refused before anything is written (and
    :func:`actieplan.write.outputs.atomic_path` refuses it again at every write).

    ``time_limit``: seconds the check may take (:func:`check_within`; the command passes
    :data:`actieplan.run.limits.CHECK_TIMEOUT`), None for no limit. The outputs are written
    by one run at a time per workbook and output folder (:func:`actieplan.write.lock.output_lock`),
    all to temporary files first and moved into place together (:meth:`OutputSet.writing`).
    ``out_named``: the user named ``out_dir`` (False: the default folder; see :func:`prepare_dir`).
    ``zorgraad``: the zorgraad of a Word document that does not name it (``--zorgraad``).
    The cyclic garbage collector runs less often meanwhile (:mod:`actieplan.run.collector`).
    """
    with fewer_collections():
        return _run(path, out_dir, ruleset, also_protect, vorig_jaar, today, time_limit, out_named, zorgraad)


def _run(
    path: str | Path, out_dir: str | Path, ruleset: RuleSet, also_protect: tuple[str | Path, ...], vorig_jaar: str | Path | None,
    today: date | None, time_limit: float | None, out_named: bool, zorgraad: str | None,
) -> RunResult:
    path = Path(path)
    out_dir = Path(out_dir)
    previous = () if vorig_jaar is None else (vorig_jaar,)
    # last year's plan first: a clash with it is named as last year's, even where it is also among also_protect
    with protecting(previous, role=ROLE_PREVIOUS), protecting((path, *also_protect)):
        for target in planned_outputs(path, out_dir, output_stem(path)):
            refuse_input(target)
        # the loaded workbook (its frames, ~80 MB at 10.000 fiches) is not kept: the writers need
        # the report only (findings, facts, panels; no frames), and the copy reuses the memory
        report = check_within(path, ruleset, vorig_jaar, time_limit, zorgraad)
        created: list[str] = []  # an output folder we made is said
        prepare_dir(out_dir, created, named=out_named)
        with output_lock(out_dir, owner_key(output_stem(path)), path.name):
            out = OutputSet.plan(path, out_dir)  # refuses unusable names before writing
            report.run = out.marker()
            report.checked_on = today or date.today()
            out.notices[:0] = created
            result = RunResult(report, notices=out.notices)  # the same list: writers add to it as they go
            with out.writing() as written:
                for writer in WRITERS:
                    writer(report, out)
            result.outputs.extend(written)
    again = copy_again_notice(path, result.outputs)
    if again is not None:
        result.notices.insert(0, again)
    notice = open_notice(path, mailed=_mailed(result))
    if notice is not None:
        result.notices.insert(0, notice)
    return result


def _mailed(result: RunResult) -> bool:
    return any(p.suffix == ".eml" for p in result.outputs)


def late_notice(result: RunResult) -> str | None:
    """What `actieplan controleer WERKMAP` says when the check's day is after the rule set's
    deadline, as the report's 'Wat nu?' and the web page do (and the draft, when there is one).
    (Not on every row of a folder: the department checks the plans it received after the deadline.)"""
    s = result.report.ruleset
    late = s.late(result.report.checked_on) if s is not None else None
    if late is None:
        return None
    if result.report.stopped:  # a plan of another year: its own error says which rule set to use
        return None
    mailed = "; het concept-e-mailbericht zegt dat" if _mailed(result) else ""
    return (
        f"{late}{mailed}. {s.late_advice} Is dit het actieplan van een later werkjaar dan {s.werkjaar}, "
        "controleer het dan met de regelset van dat jaar (--regelset JAAR; 'actieplan regelset lijst' toont ze)."
    )


# The owner files an office program keeps beside a file while it is open: Excel's '~$' + the full
# name, Word's '~$' + the name without its first two characters when it is longer than 6 characters
# before the suffix (a short name keeps them: '~$plan.docx'), LibreOffice's '.~lock.' + name + '#'.
_LOCK_FILES = (("Excel", "~${}"), ("LibreOffice", ".~lock.{}#"))


def _lock_files(path: Path) -> list[tuple[str, Path]]:
    if is_document(path):
        short = path.name[2:] if len(path.stem) > 6 else path.name
        word = [("Word", path.with_name("~$" + short))]
        return [*word, ("LibreOffice", path.with_name(f".~lock.{path.name}#"))]
    return [(program, path.with_name(pattern.format(path.name))) for program, pattern in _LOCK_FILES]


def open_notice(path: Path, mailed: bool = False) -> str | None:
    """A note when ``path`` is open in Excel or Word (or LibreOffice): changes not yet saved were not checked.

    ``mailed``: the draft mail was written, and attaches the file as saved too."""
    thing = "het document" if is_document(path) else "de werkmap"
    for program, lock in _lock_files(path):
        try:
            present = os.path.lexists(lock)
        except (OSError, ValueError):
            present = False
        if present:
            attached = " (die zit ook als bijlage in het concept-e-mailbericht)" if mailed else ""
            return (
                f"'{path.name}' is open in {program} (er staat een vergrendelbestand '{lock.name}' naast); bewaar het "
                f"eerst, anders controleert actieplan de laatst bewaarde versie{attached}. Bewaar {thing} in {program} "
                f"en controleer opnieuw. (Is {thing} nergens meer open, dan bleef het vergrendelbestand achter na een "
                "vastgelopen programma en mag u het verwijderen.)"
            )
    return None
