"""`actieplan controleer MAP`: every workbook of a folder, on all cores, and an overview.

Each workbook is checked in a worker process exactly as `actieplan controleer WERKMAP` checks it
(:func:`actieplan.run.check.run`, which writes its outputs there); the worker hands back a small dict
(:func:`check_one`), the parent shows progress and writes ``overzicht.xlsx`` and
``overzicht.html``: one row per workbook. A workbook that cannot be read is a row saying why;
it does not stop the others.
"""

from __future__ import annotations

import html
import os
import sys
import time
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, TextIO
from urllib.parse import quote

from actieplan.errors import ActieplanError, OutputError, UnreadableWorkbook, os_reason
from actieplan.read.loader import WORD_SUFFIXES, special_file
from actieplan.normalize import counted, visible
from actieplan.plugin.ruleset import RuleSet
from actieplan.write.outputs import (
    CHECKED_SUFFIX, GENERATOR, ROLE_PREVIOUS, MAX_ALTERNATIVES, alternative_name, atomic_path, claim, is_ours, new_run_id, output_stem, owner_key, prepare_dir,
    protecting, read_digests, record_digest, remove_leftovers, write_text,
)

OVERVIEW_XLSX = "overzicht.xlsx"
OVERVIEW_HTML = "overzicht.html"
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}
# Spreadsheets we cannot read: they get a row telling how to save them as .xlsx.
OTHER_SPREADSHEETS = {".xls", ".xlsb", ".ods", ".numbers"}

VERDICT_OK = "Klaar om in te dienen"
VERDICT_ERRORS = "Nog niet klaar"
VERDICT_UNREADABLE = "Niet gelezen"
VERDICT_UNWRITTEN = "Niet geschreven"  # checked, but its outputs could not be written
OVERVIEW_KEY = owner_key("overzicht")


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
    for path in sorted(paths, key=lambda p: p.stem.lower().endswith(CHECKED_SUFFIX)):
        name = path.name
        shown = _relative(path, folder) if folder is not None else str(path)
        suffix = path.suffix.lower()
        if name.startswith("."):
            continue  # hidden system files
        kind = special_file(path)
        if kind is not None:
            skipped.append((shown, f"geen gewoon bestand maar {kind}; overgeslagen"))
            continue
        if name.startswith("~$"):
            skipped.append((shown, f"tijdelijk vergrendelbestand van Excel (de werkmap '{name[2:]}' is open); overgeslagen"))
            continue
        if suffix in WORD_SUFFIXES:
            skipped.append((shown, "een Word-document, geen Excel-werkmap; overgeslagen (kopieer de tabellen naar het "
                                   "Excel-sjabloon van 'actieplan sjabloon' en controleer dat)"))
            continue
        if suffix not in WORKBOOK_SUFFIXES | OTHER_SPREADSHEETS:
            skipped.append((shown, "geen Excel-werkmap; overgeslagen"))
            continue
        # ours under its own name, or under 'overzicht (2).xlsx' beside an overview the user edited
        if same_out and _overview_name(name) and is_ours(path, "xlsx", OVERVIEW_KEY):
            skipped.append((shown, "het overzicht van een eerdere controle; overgeslagen"))
            continue
        stem = output_stem(path).lower()
        if stem in stems and path.stem.lower().endswith(CHECKED_SUFFIX):
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
    path: str | Path, out_dir: str | Path, ruleset: RuleSet, previous: dict[str, list[tuple[int, str]]] | None = None
) -> dict[str, Any]:
    """Check one workbook and write its outputs; return the overview row as a plain dict.

    ``previous``: last year's workbooks by zorgraad (:func:`actieplan.read.vorig_jaar.index_previous`);
    the plan is compared with the newest one of its zorgraad from an earlier working year, and the
    row says which (``vorig_jaar``), or None when it had no partner.

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
            result = run(path, out_dir, ruleset, also_protect=_FOLDER_INPUTS, vorig_jaar=partner)
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


@dataclass
class FolderResult:
    folder: Path | None  # None for workbooks named one by one (`actieplan controleer a.xlsx b.xlsx`)
    out_dir: Path
    rows: list[dict[str, Any]]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    # sub-folders of ``folder`` that were not searched (without --submappen)
    unsearched: list[str] = field(default_factory=list)
    # zorgraad -> the workbooks that name it (only where more than one does)
    same_zorgraad: dict[str, list[str]] = field(default_factory=dict)
    run_id: str = field(default_factory=new_run_id)
    notices: list[str] = field(default_factory=list)
    # --vorig-jaar MAP: that folder, and its files that could not serve as last year's plan
    previous_folder: Path | None = None
    previous_skipped: list[tuple[str, str]] = field(default_factory=list)

    def marker(self) -> dict[str, str]:
        return {"generator": GENERATOR, "id": self.run_id, "output_of": OVERVIEW_KEY}

    @property
    def without_partner(self) -> list[str]:
        """The plans (read) for which no workbook of last year was found, with --vorig-jaar."""
        if self.previous_folder is None:
            return []
        return [r["bestand"] for r in self.rows if r["gelezen"] and not r.get("vorig_jaar")]

    @property
    def exit_code(self) -> int:
        if any(not r["gelezen"] for r in self.rows):
            return 2
        return 1 if any(not r["ok"] for r in self.rows) else 0


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
) -> FolderResult:
    """Check every workbook in ``folder`` (and its sub-folders when ``recursive``), write their
    outputs and the overview into ``out_dir``.

    ``vorig_jaar``: a folder with last year's plans; each plan is compared with the one of its
    zorgraad (by the Zorgraad field: case, accents and spacing do not matter).
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
            subs = f" Er staan wel submappen in ({_names(unsearched)}): met --submappen worden die ook doorzocht."
        raise UnreadableWorkbook(f"In de map '{folder}' staat geen enkele Excel-werkmap (.xlsx){extra}.{subs}")
    names = {str(p): _relative(p, folder) for p in files}
    result = _check_all(files, names, skipped, out_dir, workers, on_row, on_start, folder, unsearched,
                        previous, previous_files, Path(vorig_jaar) if vorig_jaar is not None else None, previous_skipped,
                        ruleset)
    return result


def check_workbooks(
    paths: list[str | Path],
    out_dir: str | Path,
    ruleset: RuleSet,
    workers: int | None = None,
    on_row: Callable[[dict[str, Any]], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> FolderResult:
    """Check several workbooks named on the command line (``actieplan controleer *.xlsx``) as folder
    mode checks a folder: outputs per workbook, and the overview in ``out_dir``."""
    out_dir = Path(out_dir)
    files, skipped = workbooks_given([Path(p) for p in paths], out_dir)
    if not files:
        raise UnreadableWorkbook(
            f"Geen van de {len(paths)} gegeven bestanden is een Excel-werkmap (.xlsx): "
            + "; ".join(f"{name}: {why}" for name, why in skipped)
        )
    names = {str(p): p.name for p in files}
    return _check_all(files, names, skipped, out_dir, workers, on_row, on_start, None, [], ruleset=ruleset)


def _check_all(
    files: list[Path], names: dict[str, str], skipped: list[tuple[str, str]], out_dir: Path,
    workers: int | None, on_row: Callable[[dict[str, Any]], None] | None, on_start: Callable[[int], None] | None,
    folder: Path | None, unsearched: list[str],
    previous: dict[str, list[tuple[int, str]]] | None = None, previous_files: list[Path] = (),
    previous_folder: Path | None = None, previous_skipped: list[tuple[str, str]] = (),
    ruleset: RuleSet | None = None,
) -> FolderResult:
    started = time.perf_counter()
    created: list[str] = []  # an output folder we made is said
    prepare_dir(out_dir, created)
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
        rows = _run_all(files, out_dir, workers, named, previous, list(previous_files), ruleset)
        rows.sort(key=lambda r: (r["bestand"].lower(), r["bestand"]))
        result = FolderResult(folder, out_dir, rows, skipped, unsearched=unsearched, same_zorgraad=same_zorgraad(rows))
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


def _names(items: list[str], limit: int = 5) -> str:
    shown = ", ".join(f"'{i}'" for i in items[:limit])
    return shown + (f" en nog {len(items) - limit}" if len(items) > limit else "")


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
             ruleset: RuleSet | None = None) -> list[dict[str, Any]]:
    inputs = tuple(str(p) for p in files)
    previous_inputs = tuple(str(p) for p in previous_files)
    _set_folder_inputs(inputs, previous_inputs)
    if workers == 1 or len(files) == 1:
        rows = []
        for path in files:
            rows.append(check_one(path, out_dir, ruleset, previous))
            on_row(rows[-1])
        return rows
    _warm_up(inputs, ruleset, previous_inputs)  # before the pool: forked workers start with everything imported
    rows: list[dict[str, Any]] = []
    left: list[Path] = []
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up, initargs=(inputs, ruleset, previous_inputs)) as pool:
        futures: dict[Future, Path] = {pool.submit(check_one, str(p), str(out_dir), ruleset, previous): p for p in files}
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
                row = single.submit(check_one, str(path), str(out_dir), ruleset, previous).result()
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


# -- the overview ---------------------------------------------------------------------------------

FIRST_COLUMNS = (("Bestand", 34), ("Zorgraad", 18), ("Oordeel", 22), ("Fouten", 8), ("Waarschuwingen", 15))
LAST_COLUMNS = (("Rapport", 18), ("Melding", 70))


PREVIOUS_COLUMN = ("Vorig jaar", 30)
NO_PARTNER = "geen gevonden"


def figure_labels(result: FolderResult) -> list[str]:
    """The rule set's figures (e.g. capacity A-F, the fiches), in the order its reports give them."""
    labels: list[str] = []
    for row in result.rows:
        labels.extend(label for label in row["cijfers"] if label not in labels)
    return labels


def columns(result: FolderResult) -> tuple[tuple[str, int], ...]:
    """The overview's columns: the rule set's figures after the counts; 'Vorig jaar' (after
    Zorgraad) only with --vorig-jaar."""
    figures = tuple((label, max(11, min(16, len(label) // 2 + 2))) for label in figure_labels(result))
    cols = (*FIRST_COLUMNS, *figures, *LAST_COLUMNS)
    if result.previous_folder is None:
        return cols
    return (*cols[:2], PREVIOUS_COLUMN, *cols[2:])


def _cells(row: dict[str, Any], result: FolderResult) -> list[Any]:
    cells = [row["bestand"], row["zorgraad"], row["oordeel"], row["fouten"], row["waarschuwingen"],
             *(row["cijfers"].get(label) for label in figure_labels(result)), row["rapport"],
             _melding(row, result.same_zorgraad)]
    if result.previous_folder is not None:
        cells.insert(2, row.get("vorig_jaar") or (NO_PARTNER if row["gelezen"] else None))
    return cells


def _melding(row: dict[str, Any], same: dict[str, list[str]]) -> str:
    for zorgraad, files in same.items():
        if row["bestand"] in files:
            others = [f for f in files if f != row["bestand"]]
            note = f"Let op: ook {_names(others)} {'noemt' if len(others) == 1 else 'noemen'} de zorgraad '{zorgraad}'."
            return f"{row['melding']} {note}".strip()
    return row["melding"]


def same_zorgraad_lines(result: FolderResult) -> list[str]:
    return [
        f"Let op: {len(files)} werkmappen noemen dezelfde zorgraad '{zorgraad}' ({_names(files)}): twee versies "
        "van één plan, of een kopie waarvan het blad Algemeen niet aangepast is?"
        for zorgraad, files in result.same_zorgraad.items()
    ]


def totals(result: FolderResult) -> dict[str, int]:
    rows = result.rows
    return {
        "werkmappen": len(rows),
        "klaar": sum(1 for r in rows if r["gelezen"] and r["ok"]),
        "met_fouten": sum(1 for r in rows if r["gelezen"] and not r["ok"]),
        "niet_gelezen": sum(1 for r in rows if not r["gelezen"] and r["oordeel"] != VERDICT_UNWRITTEN),
        "niet_geschreven": sum(1 for r in rows if r["oordeel"] == VERDICT_UNWRITTEN),
        "overgeslagen": len(result.skipped),
    }


def write_overview_xlsx(result: FolderResult, target: Path) -> Path:
    """``overzicht.xlsx``: one row per workbook, filter on the header, header frozen, link to each report."""
    import xlsxwriter

    with atomic_path(target, OVERVIEW_KEY) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False})
        marker = result.marker()
        wb.set_custom_property("actieplan-run", marker["id"])
        wb.set_custom_property("actieplan-output-of", marker["output_of"])
        head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"})
        text = wb.add_format({"valign": "top"})
        wrap = wb.add_format({"valign": "top", "text_wrap": True})
        num = wb.add_format({"valign": "top", "num_format": "0.00"})
        count = wb.add_format({"valign": "top", "num_format": "0"})
        link = wb.add_format({"valign": "top", "font_color": "blue", "underline": 1})
        fill = {
            VERDICT_OK: wb.add_format({"valign": "top", "bg_color": "#C6EFCE"}),
            VERDICT_ERRORS: wb.add_format({"valign": "top", "bg_color": "#FFC7CE"}),
            VERDICT_UNREADABLE: wb.add_format({"valign": "top", "bg_color": "#FFEB9C"}),
            VERDICT_UNWRITTEN: wb.add_format({"valign": "top", "bg_color": "#FFEB9C"}),
        }
        ws = wb.add_worksheet("Overzicht")
        cols = columns(result)
        for j, (header, width) in enumerate(cols):
            ws.write_string(0, j, header, head)
            ws.set_column(j, j, width)
        rapport_col = [h for h, _ in cols].index("Rapport")
        for i, row in enumerate(result.rows, start=1):
            for j, value in enumerate(_cells(row, result)):
                header = cols[j][0]
                if value is None or value == "":
                    continue
                if j == rapport_col:
                    ws.write_url(i, j, "external:" + _link_target(value), link, string="rapport openen", tip=visible(value))
                elif header == "Oordeel":
                    ws.write_string(i, j, visible(value), fill.get(value, text))
                elif isinstance(value, bool):
                    ws.write_string(i, j, "ja" if value else "nee", text)
                elif isinstance(value, (int, float)):
                    ws.write_number(i, j, value, count if isinstance(value, int) else num)
                else:
                    ws.write_string(i, j, visible(value), wrap if header == "Melding" else text)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(1, len(result.rows)), len(cols) - 1)
        _print_setup(ws)
        if result.skipped or result.previous_skipped or result.unsearched:
            ws2 = wb.add_worksheet("Overgeslagen")
            ws2.write_string(0, 0, "Bestand", head)
            ws2.write_string(0, 1, "Waarom", head)
            ws2.set_column(0, 0, 34)
            ws2.set_column(1, 1, 90)
            skipped = [*result.skipped, *((f"{result.previous_folder.name}/{n}", f"vorig jaar: {w}") for n, w in result.previous_skipped),
                       *((f"{n}/", f"Niet doorzocht (submap). {UNSEARCHED_HINT}") for n in result.unsearched)]
            for i, (name, why) in enumerate(skipped, start=1):
                ws2.write_string(i, 0, visible(name), text)
                ws2.write_string(i, 1, visible(why), text)
            ws2.freeze_panes(1, 0)
            _print_setup(ws2)
        wb.close()
    return target


def _print_setup(ws) -> None:
    """Printed: landscape A4, every column on the width of one page, the header on every page."""
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # one page wide, as many pages high as needed
    ws.repeat_rows(0)


def _link_target(name: str) -> str:
    """A file name as the target of a relative link in the xlsx: '#' would start a location within
    the file and '%' an escape, control characters are not allowed in XML: percent-encode those."""
    out = []
    for ch in name:
        if ch in "%# " or ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            out.append(f"%{ord(ch):02X}")
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # a byte of a file name that is not UTF-8
            out.append(f"%{ord(ch) - 0xDC00:02X}")
        else:
            out.append(ch)
    return "".join(out)


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


def write_overview_html(result: FolderResult, target: Path) -> Path:
    """``overzicht.html``: the same table as one self-contained page; every value escaped."""
    def e(value: Any) -> str:
        return html.escape(visible(value))

    t = totals(result)
    css_class = {VERDICT_OK: "ok", VERDICT_ERRORS: "fout", VERDICT_UNREADABLE: "niet", VERDICT_UNWRITTEN: "niet"}
    cols = columns(result)
    head = "".join(f"<th>{e(h)}</th>" for h, _ in cols)
    body = []
    for row in result.rows:
        cells = []
        for (header, _), value in zip(cols, _cells(row, result)):
            if header == "Rapport" and value:
                cells.append(f'<td><a href="{e(quote(value, errors="surrogateescape"))}">rapport</a></td>')
            elif header == "Oordeel":
                cells.append(f'<td class="{css_class.get(value, "")}">{e(_fmt(value))}</td>')
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(f'<td class="n">{e(_fmt(value))}</td>')
            else:
                cells.append(f"<td>{e(_fmt(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    skipped = ""
    if result.skipped:
        items = "".join(f"<li><b>{e(name)}</b>: {e(why)}</li>" for name, why in result.skipped)
        skipped = f"<h2>Overgeslagen bestanden</h2><ul>{items}</ul>"
    if result.previous_folder is not None:
        alone = result.without_partner
        skipped += (f"<h2>Vergeleken met vorig jaar</h2><p>Map met de actieplannen van vorig jaar: <b>{e(str(result.previous_folder))}</b>. "
                    + (f"Zonder actieplan van vorig jaar (zorgraad niet gevonden): {e(', '.join(alone))}." if alone
                       else "Elk actieplan is vergeleken met dat van vorig jaar.") + "</p>")
        if result.previous_skipped:
            items = "".join(f"<li><b>{e(name)}</b>: {e(why)}</li>" for name, why in result.previous_skipped)
            skipped += f"<p>Niet gebruikt uit die map:</p><ul>{items}</ul>"
    if result.unsearched:
        items = "".join(f"<li><b>{e(name)}/</b></li>" for name in result.unsearched)
        skipped += f"<h2>Niet doorzochte submappen</h2><p>{e(UNSEARCHED_HINT)}</p><ul>{items}</ul>"
    warnings = "".join(f'<p class="let-op">{e(line)}</p>' for line in same_zorgraad_lines(result))
    page = f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="generator" content="actieplan">
<meta name="actieplan-run" content="{e(result.run_id)}">
<meta name="actieplan-output-of" content="{OVERVIEW_KEY}">
<title>Overzicht actieplannen — {e(_source_name(result))}</title>
<style>
body{{font-family:Segoe UI,Arial,sans-serif;margin:1.5em;color:#222}}
table{{border-collapse:collapse;font-size:.9em}}
th,td{{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}}
th{{background:#DDEBF7;position:sticky;top:0}}
td.n{{text-align:right}} td.ok{{background:#C6EFCE}} td.fout{{background:#FFC7CE}} td.niet{{background:#FFEB9C}}
p.let-op{{background:#FFEB9C;padding:.4em .6em;border-left:4px solid #c77700}}
</style></head><body>
<h1>Overzicht actieplannen</h1>
<p>{_source_html(result)}, gecontroleerd op {e(datetime.now().strftime("%d/%m/%Y %H:%M"))}:
{e(_counts_line(t))}.
Controle <code>{e(result.run_id)}</code>.</p>
{warnings}
<table><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(body)}
</tbody></table>
{skipped}
</body></html>
"""
    return write_text(target, page)


UNSEARCHED_HINT = "Werkmappen in submappen worden niet gecontroleerd; met --submappen worden ook de submappen doorzocht."


def _source_name(result: FolderResult) -> str:
    return result.folder.name if result.folder is not None else "gegeven werkmappen"


def _source_html(result: FolderResult) -> str:
    if result.folder is None:
        return "Gegeven werkmappen"
    return f"Map <b>{html.escape(str(result.folder))}</b>"


def _counts_line(t: dict[str, int]) -> str:
    line = (
        f"{counted(t['werkmappen'], 'werkmap', 'werkmappen')} — {t['klaar']} klaar om in te dienen, "
        f"{t['met_fouten']} met fouten, {t['niet_gelezen']} niet gelezen"
    )
    if t.get("niet_geschreven"):
        line += f", {t['niet_geschreven']} niet geschreven"
    if t["overgeslagen"]:
        line += f", {counted(t['overgeslagen'], 'bestand', 'bestanden')} overgeslagen"
    return line


def render_folder_summary(result: FolderResult) -> str:
    """The Dutch lines the command prints after a folder check."""
    t = totals(result)
    what = f"de map {result.folder}" if result.folder is not None else "de gegeven werkmappen"
    lines = [
        f"Controle van {what}: {counted(t['werkmappen'], 'werkmap', 'werkmappen')} in {result.seconds:.1f} s — "
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
        lines.append(f"  Niet doorzocht: {counted(len(result.unsearched), 'submap', 'submappen')} ({_names(result.unsearched, 10)}). {UNSEARCHED_HINT}")
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
    lines.append(f"  (en per werkmap de gecontroleerde kopie, het rapport en de bevindingen in {result.out_dir})")
    return "\n".join(visible(line) for line in lines)  # control characters shown, never obeyed
