"""The annotated copy made and taken apart again: the functions the rest of actieplan calls."""

from __future__ import annotations

import hashlib
from pathlib import Path


from actieplan.model import Report
from actieplan.ooxml import docprops
from actieplan.ooxml.package import Package
from actieplan.ooxml.workbook import Book
from actieplan.read.loader import LoadedWorkbook
from actieplan.write.annotated.controle import add_control_sheet
from actieplan.write.annotated.journal import Journal, big_stream, find_state, record_styles, write_state
from actieplan.write.annotated.marks import apply_marks
from actieplan.write.annotated.notes import Templates, has_our_notes_in
from actieplan.write.annotated.own_sheets import OwnSheet, find_own_sheets, kept_notice, left_out_notice, mixed_notice
from actieplan.write.annotated.texts import KIND_NOTES, RUN_PREFIX
from actieplan.write.annotated.undo import strip_annotations
from actieplan.write.outputs import OutputSet, marker_properties, output_names
from actieplan.write.package_edit import open_package, save_package as _save


def templates_of(report: Report) -> Templates:
    """The messages of the rules the report was made with (rule id -> template)."""
    return report.ruleset.messages if report.ruleset is not None else {}


def annotated_name(source: Path, stem: str) -> str:
    """'plan.xlsx' -> 'plan.gecontroleerd.xlsx'; a macro workbook keeps its .xlsm."""
    return output_names(source, stem)["xlsx"]


def write_annotated(report: Report, out: OutputSet) -> Path:
    """The writer for :data:`actieplan.run.check.WRITERS`: the annotated copy of ``report.source``."""
    target = out.target("xlsx", older=is_annotated)
    annotate(report.source, report, target, told=out.notices)
    return target


def annotate(
    source: Path, report: Report, target: Path, loaded: LoadedWorkbook | None = None, told: list[str] | None = None,
    stream: bool = True,
) -> Path:
    """Write the annotated copy of ``source`` to ``target`` (atomically). ``source`` is only read.

    ``told`` receives a Dutch notice for each earlier Controle sheet kept for the user's text.
    ``stream``: the sheets we mark are edited as streams (False: as trees; a test compares)."""
    source = Path(source)
    pkg = _open(source)
    try:
        own: list[OwnSheet] = []
        mixed: list[str] = []
        strip_annotations(pkg, Book(pkg), keep_notes=True, own=own, mixed=mixed, templates=templates_of(report), stream=stream)
        kept = [kept_notice(s) for s in own if s.kept_as] + ([mixed_notice(mixed)] if mixed else [])
        if told is not None:
            told.extend(n for n in kept if n not in told)  # (the mail's writer may have told it already)
        book = Book(pkg)  # afresh: undoing may have put parts back as they were
        # the user's workbook as it is before our marks: what an undo must give back
        before = {name: pkg.read(name) for name in pkg.dirty if name not in pkg.removed and not big_stream(pkg, name)}
        gone = set(pkg.removed)
        journal = Journal()
        styles_record = record_styles(pkg, book, journal)
        apply_marks(pkg, book, report, loaded, journal, stream)
        add_control_sheet(pkg, book, report, journal, kept, stream)
        if report.run:  # our marker (actieplan-run, actieplan-output-of): outputs.marker_of knows the copy as ours by it
            journal.properties_made = docprops.set_properties(pkg, book.types, marker_properties(report.run), RUN_PREFIX)
        styles_record.after = hashlib.sha256(pkg.read(styles_record.part)).hexdigest()
        write_state(pkg, book, journal, before, gone)
        _save(pkg, target, key=report.run.get("output_of"))
    finally:
        pkg.close()
    return target


def clean_workbook(
    source: Path, target: Path, told: list[str] | None = None, templates: Templates | None = None, stream: bool = True
) -> bool:
    """Write ``source`` without our marks, notes, sheets and state to ``target``. Our sheets go
    even where the user wrote on them; ``told`` receives a Dutch notice for each such sheet.

    Returns False (and writes nothing) when ``source`` carries no annotations of ours.
    """
    pkg = _open(Path(source))
    try:
        own: list[OwnSheet] = []
        mixed: list[str] = []
        if not strip_annotations(pkg, Book(pkg), own=own, mixed=mixed, templates=templates, stream=stream):
            return False
        if told is not None:
            told.extend(left_out_notice(s) for s in own if s.changed or s.kind == KIND_NOTES)
            if mixed and mixed_notice(mixed) not in told:  # (the copy's writer may have told it already)
                told.append(mixed_notice(mixed))
        _save(pkg, target)
    finally:
        pkg.close()
    return True


def has_our_notes(source: Path, templates: Templates | None = None) -> bool:
    """Whether ``source`` holds a note of ours (see :func:`has_our_notes_in`)."""
    return _package_says(source, lambda pkg: has_our_notes_in(pkg, templates))


def _package_says(source: Path, question) -> bool:
    """``question(package)`` of the workbook at ``source``; False when it cannot be read."""
    try:
        pkg = Package(Path(source))
    except Exception:
        return False
    try:
        return bool(question(pkg))
    except Exception:
        return False
    finally:
        pkg.close()


def is_annotated(source: Path) -> bool:
    """Whether ``source`` is an annotated copy of ours (our state part, or our Controle sheet)."""
    return _package_says(source, lambda pkg: find_state(pkg)[0] is not None or find_own_sheets(pkg, Book(pkg), None))


def _open(source: Path) -> Package:
    return open_package(source, Book, lambda error: (
        f"De gecontroleerde kopie van '{source.name}' kon niet gemaakt worden: de opbouw van de werkmap "
        f"kan niet gelezen worden ({error}). De bevindingen staan in het rapport en in het "
        "bevindingenbestand; sla de werkmap opnieuw op in Excel om ook de kopie te krijgen."
    ))
