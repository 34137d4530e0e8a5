"""`actieplan controleer MAP`: every workbook of a folder, on all cores, and an overview.

Each workbook is checked in a worker process exactly as `actieplan controleer WERKMAP` checks it
(:func:`actieplan.run.check.run`, which writes its outputs there); the worker hands back a small dict
(:func:`check_one`), the parent shows progress and writes ``overzicht.xlsx`` and
``overzicht.html``: one row per workbook. A workbook that cannot be read is a row saying why;
it does not stop the others.
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, TextIO

from actieplan.errors import ActieplanError, OutputError, UnreadableWorkbook, os_reason
from actieplan.read.sniff import DOCUMENT_SUFFIXES, WORD_SUFFIXES, special_file
from actieplan.normalize import counted, dutch_number, visible
from actieplan.plugin.ruleset import RuleSet
from actieplan.write.outputs import (
    ROLE_PREVIOUS, MAX_ALTERNATIVES, alternative_name, claim, copy_number, is_ours, output_stem, prepare_dir,
    protecting, read_digests, record_digest, remove_leftovers,
)
from actieplan.write.overview import (
    OVERVIEW_HTML, OVERVIEW_KEY, OVERVIEW_XLSX, UNSEARCHED_HINT, VERDICT_ERRORS, VERDICT_OK, VERDICT_UNREADABLE,
    VERDICT_UNWRITTEN, FolderResult, file_nouns, listed, same_zorgraad_lines, totals, write_overview_html, write_overview_xlsx,
)

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}
# Spreadsheets we cannot read: they get a row telling how to save them as .xlsx.
OTHER_SPREADSHEETS = {".xls", ".xlsb", ".ods", ".numbers"}


# -- which files ----------------------------------------------------------------------------------


def workbooks_in(
    folder: Path, out_dir: Path | None = None, recursive: bool = False
) -> tuple[list[Path], list[tuple[str, str]], list[str]]:
    """The files of ``folder`` to check (sorted by name), the skipped ones as (name, reason), and
    the sub-folders not searched (relative names; none when ``recursive``). The output folder is
    never searched. Names of files in sub-folders are relative to ``folder`` (``archief/x.xlsx``)."""
    chosen: list[Path] = []
    skipped: list[tuple[str, str]] = []
    unsearched: list[str] = []
    stems: dict[str, str] = {}
    pending = [folder]
    while pending:
        current = pending.pop(0)
        entries = _entries(current, is_top=current is folder)
        if entries is None:  # a sub-folder we may not read: said, not fatal
            skipped.append((_relative(current, folder) + "/", "deze submap kan niet gelezen worden; overgeslagen"))
            continue
        same_out = out_dir is not None and _same(current, out_dir)
        files = [p for p in entries if not _is_dir(p)]
        _select(files, folder, same_out, chosen, skipped, stems)
        for sub in entries:
            if not _is_dir(sub) or sub.name.startswith(".") or (out_dir is not None and _same(sub, out_dir)):
                continue  # hidden folders and the output folder are never searched
            if recursive:
                pending.append(sub)
            else:
                unsearched.append(_relative(sub, folder))
    chosen.sort(key=lambda p: (_relative(p, folder).lower(), _relative(p, folder)))
    return chosen, skipped, unsearched


def _entries(folder: Path, is_top: bool) -> list[Path] | None:
    try:
        return sorted(folder.iterdir(), key=lambda p: (p.name.lower(), p.name))
    except PermissionError:
        if not is_top:
            return None
        raise UnreadableWorkbook(f"Geen toegang tot de map '{folder}'. Kies een map die u mag lezen.") from None
    except OSError as exc:
        if not is_top:
            return None
        raise UnreadableWorkbook(f"De map '{folder}' kan niet gelezen worden ({os_reason(exc)}).") from None


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _relative(path: Path, folder: Path) -> str:
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return str(path)


def _overview_name(name: str) -> bool:
    """'overzicht.xlsx', or 'overzicht (N).xlsx' as claim() names it beside a user's own."""
    return name == OVERVIEW_XLSX or any(name == alternative_name(OVERVIEW_XLSX, "overzicht", n) for n in range(2, MAX_ALTERNATIVES + 2))


def _select(
    paths: list[Path], folder: Path | None, same_out: bool,
    chosen: list[Path], skipped: list[tuple[str, str]], stems: dict[str, str],
) -> None:
    """Sort ``paths`` (files) into ``chosen`` and ``skipped``, as folder mode does for every folder."""
    # an annotated copy (NAME.gecontroleerd.xlsx) is checked like any plan, without our marks; only
    # when its own workbook is in the folder too is it left out (same plan, same output names)
    for path in sorted(paths, key=lambda p: copy_number(p) or 0):
        name = path.name
        shown = _relative(path, folder) if folder is not None else str(path)
        suffix = path.suffix.lower()
        if name.startswith("."):
            continue  # hidden system files
        kind = special_file(path)
        if kind is not None:
            skipped.append((shown, f"geen gewoon bestand maar {kind}; overgeslagen"))
            continue
        if name.startswith("~$") and suffix in DOCUMENT_SUFFIXES:
            skipped.append((shown, f"tijdelijk vergrendelbestand van Word (het document dat op '{name[2:]}' eindigt, is open); overgeslagen"))
            continue
        if name.startswith("~$"):
            skipped.append((shown, f"tijdelijk vergrendelbestand van Excel (de werkmap '{name[2:]}' is open); overgeslagen"))
            continue
        if suffix in DOCUMENT_SUFFIXES and copy_number(path) is not None and (same_out or output_stem(path).lower() in stems):
            # our annotated document (comments of actieplan): its own document is checked, or it is an output here
            skipped.append((shown, "een gecontroleerd Word-document (met de opmerkingen van actieplan); overgeslagen"))
            continue
        if suffix in WORD_SUFFIXES - DOCUMENT_SUFFIXES:
            skipped.append((shown, f"een {suffix}-document; overgeslagen (open het in Word en kies 'Opslaan als' > "
                                   "'Word-document (*.docx)', dan wordt het mee gecontroleerd)"))
            continue
        if suffix not in WORKBOOK_SUFFIXES | DOCUMENT_SUFFIXES | OTHER_SPREADSHEETS:
            skipped.append((shown, "geen Excel-werkmap; overgeslagen"))
            continue
        # ours under its own name, or under 'overzicht (2).xlsx' beside an overview the user edited
        if same_out and _overview_name(name) and is_ours(path, "xlsx", OVERVIEW_KEY):
            skipped.append((shown, "het overzicht van een eerdere controle; overgeslagen"))
            continue
        stem = output_stem(path).lower()
        if stem in stems and copy_number(path) is not None:
            skipped.append((shown, f"een gecontroleerde kopie van '{stems[stem]}', dat ook in de map staat; overgeslagen"))
            continue
        if stem in stems:
            skipped.append((shown, f"heeft dezelfde naam als '{stems[stem]}' (de uitvoer zou elkaar overschrijven); hernoem een van beide"))
            continue
        stems[stem] = shown
        chosen.append(path)


def workbooks_given(paths: list[Path], out_dir: Path | None = None) -> tuple[list[Path], list[tuple[str, str]]]:
    """Several workbooks named on the command line (a shell's ``*.xlsx``), sorted into the ones to
    check and the skipped ones, as in folder mode. A name that does not exist is checked (and gets
    its row with the reason), so nothing the user named is dropped without a word."""
    chosen: list[Path] = []
    skipped: list[tuple[str, str]] = []
    stems: dict[str, str] = {}
    seen: set[Path] = set()
    for path in paths:
        key = Path(os.path.abspath(path))
        if key in seen:
            continue  # named twice (`a.xlsx a.xlsx`, or overlapping wildcards): checked once
        seen.add(key)
        same_out = out_dir is not None and _same(path.parent, out_dir)
        _select([path], None, same_out, chosen, skipped, stems)
    return chosen, skipped


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


# -- one workbook (in a worker process) -----------------------------------------------------------

# Every workbook of the folder being checked: no output of any of them may be one of these.
_FOLDER_INPUTS: tuple[str, ...] = ()
# ... nor one of last year's plans (--vorig-jaar MAP), which a refusal names as such
_FOLDER_PREVIOUS: tuple[str, ...] = ()


def _set_folder_inputs(paths: tuple[str, ...], previous: tuple[str, ...] = ()) -> None:
    global _FOLDER_INPUTS, _FOLDER_PREVIOUS
    _FOLDER_INPUTS, _FOLDER_PREVIOUS = tuple(paths), tuple(previous)


ANNOTATED_NOTE = (
    "Dit bestand is een gecontroleerde kopie (van een eerdere controle); het is gecontroleerd zonder de "
    "markeringen, notities en het blad Controle van die controle."
)


def check_one(
    path: str | Path, out_dir: str | Path, ruleset: RuleSet, previous: dict[str, list[tuple[int, str]]] | None = None,
    time_limit: float | None = None,
) -> dict[str, Any]:
    """Check one workbook and write its outputs; return the overview row as a plain dict.

    ``previous``: last year's workbooks by zorgraad (:func:`actieplan.read.vorig_jaar.index_previous`);
    the plan is compared with the newest one of its zorgraad from an earlier working year, and the
    row says which (``vorig_jaar``), or None when it had no partner. ``time_limit``: seconds the
    check of this workbook may take (see :func:`actieplan.run.check.run`), None for no limit.

    Never raises for the workbook's sake: an unreadable file, an output that cannot be written or a
    bug of ours is a row with ``gelezen`` False and a Dutch ``melding``.
    """
    path, out_dir = Path(path), Path(out_dir)
    started = time.perf_counter()
    row: dict[str, Any] = {"bestand": path.name, "pad": str(path), "gelezen": False, "ok": False, "zorgraad": None, "oordeel": VERDICT_UNREADABLE,
                           "fouten": None, "waarschuwingen": None, "info": None, "cijfers": {},
                           "rapport": None, "melding": "", "uitvoer": [], "vorig_jaar": None}
    try:
        from actieplan.run.check import run

        partner, unused = _partner(path, previous, ruleset) if previous is not None else (None, [])
        row["vorig_jaar"] = Path(partner).name if partner else None
        if unused:
            others = ", ".join(f"'{visible(Path(p).name)}'" for p in unused)
            choice = (f"Vergeleken met '{visible(Path(partner).name)}', het laatst bewaarde actieplan van vorig jaar van "
                      f"deze zorgraad; ook {others} {'is er een' if len(unused) == 1 else 'zijn er'} van hetzelfde werkjaar "
                      "en werd niet gebruikt.")
        with protecting(_FOLDER_PREVIOUS, role=ROLE_PREVIOUS):
            result = run(path, out_dir, ruleset, also_protect=_FOLDER_INPUTS, vorig_jaar=partner, time_limit=time_limit)
    except OutputError as exc:  # read and checked, but the outputs could not be written
        row["oordeel"] = VERDICT_UNWRITTEN
        row["melding"] = str(exc)
    except ActieplanError as exc:
        row["melding"] = str(exc)
    except MemoryError:
        row["melding"] = f"'{path.name}' is te groot om te controleren (onvoldoende geheugen)."
    except Exception as exc:  # a bug of ours must not stop the other workbooks
        row["melding"] = (
            f"Er ging iets onverwachts mis bij het controleren van '{path.name}' ({type(exc).__name__}). Dat is een "
            "fout in dit programma, niet in de werkmap; meld het aan de beheerder van actieplan."
        )
    else:
        report = result.report
        counts = report.counts
        row.update(
            gelezen=True,
            ok=report.ok,
            zorgraad=report.facts.zorgraad,
            oordeel=VERDICT_OK if report.ok else VERDICT_ERRORS,
            fouten=counts["error"],
            waarschuwingen=counts["warning"],
            info=counts["info"],
            # the figures the rule set reports (capacity, fiches), one column each in the overview
            cijfers={figure.label: figure.value for figure in report.facts.figures()},
            uitvoer=[p.name for p in result.outputs],
            # a draft mail written after the deadline ('De indiendatum (...) is voorbij'): said once for the folder
            te_laat=report.ruleset.late(report.checked_on) if report.ruleset is not None and any(
                p.suffix == ".eml" for p in result.outputs) else None,
            melding=" ".join(result.notices),
        )
        if unused:
            row["melding"] = " ".join(m for m in (choice, row["melding"]) if m)
        if report.checked_copy:
            row["melding"] = " ".join(m for m in (ANNOTATED_NOTE, row["melding"]) if m)
        report_file = next((p for p in result.outputs if p.name.endswith(".rapport.html")), None)
        row["rapport"] = report_file.name if report_file is not None else None
    row["seconden"] = round(time.perf_counter() - started, 3)
    return row


def _partner(path: Path, previous: dict[str, list[tuple[int, str]]], rs: RuleSet) -> tuple[str | None, list[str]]:
    """Last year's workbook for the plan ``path`` and the others of that year not used
    (:func:`actieplan.read.vorig_jaar.partner`)."""
    from actieplan.read.loader import load_workbook
    from actieplan.read.vorig_jaar import partner, werkjaar_of, zorgraad_of

    try:
        plan = load_workbook(path, rs.sheets.values())
    except ActieplanError:
        return None, []  # run() reads it again and reports why it cannot
    return partner(previous, zorgraad_of(plan, rs), werkjaar_of(plan, rs) or rs.werkjaar, path)


def _warm_up(inputs: tuple[str, ...], ruleset: RuleSet, previous: tuple[str, ...] = ()) -> None:
    """Worker start: import the checker once (with fork this is inherited from the parent), and
    learn which files are the folder's workbooks and last year's (never to be written over).

    ``ruleset`` arrives unpickled: the registry built it once in this process (RuleSet.__reduce__)."""
    _set_folder_inputs(inputs, previous)
    import actieplan.run.check  # noqa: F401


# -- the folder -----------------------------------------------------------------------------------


class Progress:
    """``[12/60] naam.xlsx`` on stderr: rewritten in place on a terminal, one line each otherwise."""

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._width = 0
        self.closed = False

    def step(self, row: dict[str, Any]) -> None:
        self.done += 1
        if self.closed:
            return
        try:
            self._write(row)
        except BrokenPipeError:  # `2>&1 | head`: the reader left; the check goes on without progress
            self.closed = True

    def _write(self, row: dict[str, Any]) -> None:
        line = visible(f"[{self.done}/{self.total}] {row['bestand']}: {_short(row)}")
        if self.tty:
            pad = max(0, self._width - len(line))
            self.stream.write("\r" + line + " " * pad)
            self._width = len(line)
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


def _short(row: dict[str, Any]) -> str:
    if row.get("oordeel") == VERDICT_UNWRITTEN:
        return "niet geschreven"
    if not row["gelezen"]:
        return "niet gelezen"
    warnings = counted(row["waarschuwingen"], "waarschuwing", "waarschuwingen")
    if row["ok"]:
        return "klaar" + (f" ({warnings})" if row["waarschuwingen"] else "")
    return f"{counted(row['fouten'], 'fout', 'fouten')}, {warnings}"


# What one worker may need at most: a plan at the size limits, with findings capped
# (actieplan.validate.engine.MAX_PER_SHEET), stays below this (see the benchmark's all-wrong plans).
WORKER_MEMORY = 1024 * 2**20


def available_memory() -> int | None:
    """Bytes of memory available to new processes now, or None when the system does not say."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def default_workers(count: int) -> int:
    """One worker per core, as many as there are workbooks, and no more than the memory holds
    (each may need :data:`WORKER_MEMORY`): together they never exceed the machine's memory."""
    workers = min(os.cpu_count() or 1, count)
    memory = available_memory()
    if memory is not None:
        workers = min(workers, memory // WORKER_MEMORY)
    return max(1, workers)


def check_folder(
    folder: str | Path,
    out_dir: str | Path,
    ruleset: RuleSet,
    workers: int | None = None,
    on_row: Callable[[dict[str, Any]], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    vorig_jaar: str | Path | None = None,
    recursive: bool = False,
    time_limit: float | None = None,
    out_named: bool = True,
) -> FolderResult:
    """Check every workbook in ``folder`` (and its sub-folders when ``recursive``), write their
    outputs and the overview into ``out_dir``.

    ``vorig_jaar``: a folder with last year's plans; each plan is compared with the one of its
    zorgraad (by the Zorgraad field: case, accents and spacing do not matter). ``time_limit``:
    seconds the check of each workbook may take (its row says when it took longer), None: no limit.
    """
    folder, out_dir = Path(folder), Path(out_dir)
    if not folder.is_dir():
        raise UnreadableWorkbook(f"'{folder}' is geen map.")
    files, skipped, unsearched = workbooks_in(folder, out_dir, recursive=recursive)
    previous, previous_files, previous_skipped = None, [], []
    if vorig_jaar is not None:
        previous, previous_files, previous_skipped = _previous_index(Path(vorig_jaar), out_dir, ruleset)
    if not files:
        extra = f" ({counted(len(skipped), 'ander bestand', 'andere bestanden')} overgeslagen)" if skipped else ""
        subs = ""
        if unsearched:
            subs = f" Er staan wel submappen in ({listed(unsearched)}): met --submappen worden die ook doorzocht."
        raise UnreadableWorkbook(f"In de map '{folder}' staat geen enkele Excel-werkmap (.xlsx) of Word-actieplan (.docx){extra}.{subs}")
    names = {str(p): _relative(p, folder) for p in files}
    result = _check_all(files, names, skipped, out_dir, workers, on_row, on_start, folder, unsearched,
                        previous, previous_files, Path(vorig_jaar) if vorig_jaar is not None else None, previous_skipped,
                        ruleset, time_limit, out_named)
    return result


def check_workbooks(
    paths: list[str | Path],
    out_dir: str | Path,
    ruleset: RuleSet,
    workers: int | None = None,
    on_row: Callable[[dict[str, Any]], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    time_limit: float | None = None,
    out_named: bool = True,
) -> FolderResult:
    """Check several workbooks named on the command line (``actieplan controleer *.xlsx``) as folder
    mode checks a folder: outputs per workbook, and the overview in ``out_dir``."""
    out_dir = Path(out_dir)
    files, skipped = workbooks_given([Path(p) for p in paths], out_dir)
    if not files:
        raise UnreadableWorkbook(
            f"Geen van de {len(paths)} gegeven bestanden is een Excel-werkmap (.xlsx) of Word-actieplan (.docx): "
            + "; ".join(f"{name}: {why}" for name, why in skipped)
        )
    names = {str(p): p.name for p in files}
    return _check_all(files, names, skipped, out_dir, workers, on_row, on_start, None, [], ruleset=ruleset, time_limit=time_limit,
                      out_named=out_named)


def _check_all(
    files: list[Path], names: dict[str, str], skipped: list[tuple[str, str]], out_dir: Path,
    workers: int | None, on_row: Callable[[dict[str, Any]], None] | None, on_start: Callable[[int], None] | None,
    folder: Path | None, unsearched: list[str],
    previous: dict[str, list[tuple[int, str]]] | None = None, previous_files: list[Path] = (),
    previous_folder: Path | None = None, previous_skipped: list[tuple[str, str]] = (),
    ruleset: RuleSet | None = None,
    time_limit: float | None = None,
    out_named: bool = True,
) -> FolderResult:
    started, checked_at = time.perf_counter(), datetime.now()  # the overview gives that time
    created: list[str] = []  # an output folder we made is said
    prepare_dir(out_dir, created, named=out_named)
    # where the overview goes, decided before anything is written (a user's own file of that name
    # is left alone); and what a killed earlier run left of it
    remove_leftovers(out_dir, OVERVIEW_KEY, (OVERVIEW_XLSX, OVERVIEW_HTML))
    # an overview the user saved since we wrote it (a note, a filter, a colour) is theirs now: it
    # stays, and this run's overview takes the next free name, as for a workbook's outputs
    digests = read_digests(out_dir, OVERVIEW_KEY)
    xlsx_target, xlsx_notice = claim(out_dir, OVERVIEW_XLSX, "overzicht", "xlsx", OVERVIEW_KEY, "het overzicht", digests)
    html_target, html_notice = claim(out_dir, OVERVIEW_HTML, "overzicht", "html", OVERVIEW_KEY, "het overzicht", digests)
    if on_start is not None:
        on_start(len(files))
    workers = default_workers(len(files)) if workers is None else max(1, workers)
    shown = on_row or (lambda row: None)

    def named(row: dict[str, Any]) -> None:
        row["bestand"] = names.get(row.get("pad", ""), row["bestand"])  # 'archief/x.xlsx' in a sub-folder
        shown(row)

    # the overview is never one of the workbooks, nor one of last year's
    with protecting(files), protecting(previous_files, role=ROLE_PREVIOUS):
        rows = _run_all(files, out_dir, workers, named, previous, list(previous_files), ruleset, time_limit)
        rows.sort(key=lambda r: (r["bestand"].lower(), r["bestand"]))
        result = FolderResult(folder, out_dir, rows, skipped, unsearched=unsearched, same_zorgraad=same_zorgraad(rows),
                              checked_at=checked_at)
        result.notices = [*created, *(n for n in (xlsx_notice, html_notice) if n)]
        if previous_folder is not None:
            result.previous_folder, result.previous_skipped = previous_folder, list(previous_skipped)
        result.outputs = [
            write_overview_xlsx(result, xlsx_target),
            write_overview_html(result, html_target),
        ]
        for written in result.outputs:
            record_digest(out_dir, OVERVIEW_KEY, digests, written)
    result.seconds = time.perf_counter() - started
    return result


def same_zorgraad(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The zorgraden that more than one workbook claims (as written first), with those workbooks:
    two versions of one plan, or a copy whose Algemeen sheet was not changed."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        name = row.get("zorgraad")
        if row.get("gelezen") and isinstance(name, str) and name.strip():
            groups.setdefault(" ".join(name.split()).casefold(), []).append(row)
    return {
        " ".join(str(group[0]["zorgraad"]).split()): [r["bestand"] for r in group]
        for group in groups.values()
        if len(group) > 1
    }



def _previous_index(folder: Path, out_dir: Path, ruleset: RuleSet):
    """Last year's workbooks of ``folder`` by zorgraad, their paths, and the files skipped (name, why)."""
    from actieplan.read.vorig_jaar import index_previous

    if not folder.is_dir():
        raise UnreadableWorkbook(
            f"--vorig-jaar '{folder}' is geen map. Bij een map met actieplannen geeft u bij --vorig-jaar de map "
            "met de actieplannen van vorig jaar; ze worden per zorgraad gekoppeld."
        )
    files, skipped, _ = workbooks_in(folder, out_dir)
    index, unusable = index_previous(files, ruleset)
    return index, files, [*skipped, *unusable]


def _run_all(files: list[Path], out_dir: Path, workers: int, on_row: Callable[[dict[str, Any]], None],
             previous: dict[str, list[tuple[int, str]]] | None = None, previous_files: list[Path] = (),
             ruleset: RuleSet | None = None, time_limit: float | None = None) -> list[dict[str, Any]]:
    inputs = tuple(str(p) for p in files)
    previous_inputs = tuple(str(p) for p in previous_files)
    _set_folder_inputs(inputs, previous_inputs)
    if workers == 1 or len(files) == 1:
        rows = []
        for path in files:
            rows.append(check_one(path, out_dir, ruleset, previous, time_limit))
            on_row(rows[-1])
        return rows
    _warm_up(inputs, ruleset, previous_inputs)  # before the pool: forked workers start with everything imported
    rows: list[dict[str, Any]] = []
    left: list[Path] = []
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up, initargs=(inputs, ruleset, previous_inputs)) as pool:
        futures: dict[Future, Path] = {pool.submit(check_one, str(p), str(out_dir), ruleset, previous, time_limit): p for p in files}
        for future in as_completed(futures):
            try:
                row = future.result()
            except BrokenProcessPool:
                left.append(futures[future])
                continue
            rows.append(row)
            on_row(row)
    # A worker that died (out of memory, killed) breaks the pool: check what is left one by one,
    # each in its own process, so one such file only costs its own row.
    for path in left:
        try:
            with ProcessPoolExecutor(max_workers=1, initializer=_warm_up, initargs=(inputs, ruleset, previous_inputs)) as single:
                row = single.submit(check_one, str(path), str(out_dir), ruleset, previous, time_limit).result()
        except BrokenProcessPool:
            row = check_one_failed(path, "het controleproces stopte onverwacht (te weinig geheugen of afgebroken)")
        rows.append(row)
        on_row(row)
    return rows


def check_one_failed(path: Path, why: str) -> dict[str, Any]:
    return {"bestand": path.name, "pad": str(path), "gelezen": False, "ok": False, "zorgraad": None, "oordeel": VERDICT_UNREADABLE,
            "fouten": None, "waarschuwingen": None, "info": None, "cijfers": {}, "rapport": None,
            "melding": f"'{path.name}' kon niet gecontroleerd worden: {why}.", "uitvoer": [], "seconden": None,
            "vorig_jaar": None}


# -- the console summary (the overview's files: actieplan.write.overview) --------------------------


def render_folder_summary(result: FolderResult) -> str:
    """The Dutch lines the command prints after a folder check."""
    t = totals(result)
    nouns = file_nouns(result)
    what = f"de map {result.folder}" if result.folder is not None else f"de gegeven {nouns[1]}"
    lines = [
        f"Controle van {what}: {counted(t['werkmappen'], *nouns)} in {dutch_number(round(result.seconds, 1))} s — "
        f"{t['klaar']} klaar om in te dienen, {t['met_fouten']} met fouten, {t['niet_gelezen']} niet gelezen"
        + (f", {t['niet_geschreven']} niet geschreven" if t["niet_geschreven"] else "") + "."
    ]
    width = max(len(r["bestand"]) for r in result.rows)
    for row in result.rows:
        detail = row["melding"] if not row["gelezen"] else _short(row)
        lines.append(f"  {row['bestand']:<{width}}  {row['oordeel']:<22} {detail}")
        if row["gelezen"] and row["melding"]:
            lines.append(f"  {'':<{width}}  Let op: {row['melding']}")
    for name, why in result.skipped:
        lines.append(f"  Overgeslagen: {name}: {why}")
    if result.unsearched:
        lines.append(f"  Niet doorzocht: {counted(len(result.unsearched), 'submap', 'submappen')} ({listed(result.unsearched, 10)}). {UNSEARCHED_HINT}")
    lines.extend(same_zorgraad_lines(result))
    late = sorted({row["te_laat"] for row in result.rows if row.get("te_laat")})
    if late:  # once, not on every row: the department checks the plans it received after the deadline
        ready = sum(1 for row in result.rows if row.get("te_laat"))
        lines.append(f"Let op: {late[0]}; {'het concept-e-mailbericht zegt' if ready == 1 else f'de {ready} concept-e-mailberichten zeggen'} dat.")
    if result.previous_folder is not None:
        alone = result.without_partner
        paired = sum(1 for r in result.rows if r.get("vorig_jaar"))
        lines.append(f"Vergeleken met vorig jaar ({result.previous_folder}): {counted(paired, 'actieplan', 'actieplannen')} gekoppeld per zorgraad.")
        if alone:
            lines.append(f"  Zonder actieplan van vorig jaar (zorgraad niet gevonden): {', '.join(alone)}")
        for name, why in result.previous_skipped:
            lines.append(f"  Vorig jaar niet gebruikt: {name}: {why}")
    lines.append(f"Geschreven (controle {result.run_id}):")
    lines.extend(f"  {p}" for p in result.outputs)
    lines.extend(f"Let op: {notice}" for notice in result.notices)
    lines.append(f"  (en per {nouns[0]} de gecontroleerde kopie, het rapport en de bevindingen in {result.out_dir})")
    return "\n".join(visible(line) for line in lines)  # control characters shown, never obeyed
