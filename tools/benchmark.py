"""How fast is `actieplan controleer`, and does its cost grow linearly? A benchmark that prints a table.

    python tools/benchmark.py                      # 10, 100, 1.000, 5.000 and 10.000 fiches
    python tools/benchmark.py --sizes 10,1000 --quick

For every size it writes a contract workbook with that many action fiches (tools/plannen.py, the
generator the tests use too: the template layout, the other sheets scaled with the fiches). By
default (``--teksten echt``, issue 21) its cells hold the texts of real plans, varied: BruZEL's
2026 fiches and the two plans of other zorgraden in tests/helpers/, sentences reordered, numbers
and places changed, so the word rules meet real wording and real findings; ``--teksten pool`` gives
the older workbook of sentences from a fixed pool (valid, fewer findings, faster rules).
Then, in a fresh Python process per size (so sizes do not pollute each other's caches or memory),
it times on the same file:

* our stages: reading (:func:`actieplan.read.loader.load_workbook`), validation
  (:func:`actieplan.validate.engine.validate`), every output writer of :data:`actieplan.run.check.WRITERS` by
  name, and the whole command end to end (:func:`actieplan.run.check.run`);
* the peers: the bare read with python-calamine (all seven sheets, ``to_python``: the floor for
  reading) and ``frictionless validate`` of the same seven sheets (header row set), when
  frictionless is installed (``pip install ".[bench]"``).

Each figure is the best of ``--repeat`` runs after a warm-up on a small workbook (imports and
cached schemas are not counted). Peak memory is the resident set size (``ru_maxrss``) of a separate
process that runs the command once end to end (on Linux its own high-water mark, VmHWM: a child
would inherit its parent's ru_maxrss); the table also shows it after the imports and the peak
reached by the end of reading and of validating, so a reader sees which stage sets the peak. The
table ends with the issue's targets and whether they are met.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SIZES = (10, 100, 1_000, 5_000, 10_000)
QUICK_SIZES = (10, 100, 1_000)
CONTRACT_SHEETS = ("Algemeen", "Capaciteit", "Stuurgroepen", "Netwerkevents", "Doorlopende acties", "Actiefiches", "Doelstellingen")

# Targets of issue 6.
TARGET_VALIDATE_S = 0.5  # validation at 10.000 fiches
TARGET_RATIO = 12.0  # time at 10.000 / time at 1.000
TARGET_PEER_SIZE = 5_000  # end to end faster than frictionless on the same file
# Targets of issue 10 (the annotated copy edits the package).
TARGET_COPY_S = 0.5  # the annotated copy at 5.000 fiches
TARGET_E2E_S = 2.0  # the whole command at 5.000 fiches
TARGET_PEER_RATIO = 0.4  # end to end / frictionless at 5.000 fiches
TARGET_PEAK_MB = 250  # peak memory at 10.000 fiches

# -- realistic workbooks: tools/plannen.py (shared with the tests) -------------------------------

sys.path.insert(0, str(Path(__file__).resolve().parent))  # a script: its own folder, for plannen
from plannen import TEXTS, all_wrong_data, long_title_data, plan_data, write_folder, write_workbook  # noqa: E402,F401


def time_folder(count: int, workers: int | None = None) -> dict[str, Any]:
    """Generate ``count`` plans and time `actieplan controleer MAP` on them (in this process)."""
    from actieplan.plugin.registry import resolve
    from actieplan.run.folder import check_folder

    with tempfile.TemporaryDirectory() as tmp:
        write_folder(Path(tmp) / "plannen", count)
        t0 = time.perf_counter()
        result = check_folder(Path(tmp) / "plannen", Path(tmp) / "uit", resolve("2026"), workers=workers)
        seconds = time.perf_counter() - t0
        return {"werkmappen": len(result.rows), "seconden": seconds, "exit": result.exit_code,
                "met_fouten": sum(1 for r in result.rows if r["gelezen"] and not r["ok"])}


# -- measuring (in a child process per size) ------------------------------------------------------


def _clear_text_caches() -> None:
    """Forget what rules memoised per text (e.g. a title's words), so a repeat is not flattered by
    the previous run on the same texts; compiled patterns and schemas (small caches) stay warm."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("actieplan."):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and hasattr(value, "cache_clear"):
                maxsize = info().maxsize
                if maxsize is not None and maxsize >= 1024:
                    value.cache_clear()


def _best(func: Callable[[], Any], repeat: int, cpu: dict[str, float] | None = None, key: str = "") -> float:
    """The best wall-clock seconds of ``repeat`` runs; with ``cpu``, also the best CPU seconds of
    this process (``time.process_time``) as ``cpu[key]``: on a machine shared with other work the
    CPU time of our run and of frictionless's compare fairly when their wall times do not."""
    best = best_cpu = math.inf
    for _ in range(repeat):
        _clear_text_caches()
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    if cpu is not None:
        cpu[key] = best_cpu
    return best


def calamine_read(path: Path) -> int:
    """The floor for reading: every contract sheet as Python values, nothing else. Returns the rows."""
    import python_calamine

    book = python_calamine.load_workbook(str(path))
    try:
        return sum(len(book.get_sheet_by_name(name).to_python()) for name in CONTRACT_SHEETS)
    finally:
        book.close()


def frictionless_available() -> bool:
    try:
        import frictionless  # noqa: F401
        import openpyxl  # noqa: F401  (frictionless reads .xlsx with it)
    except ImportError:
        return False
    return True


def frictionless_validate(path: Path, header_row: int = 3) -> int:
    """``frictionless validate`` of the seven contract sheets (header on Excel row 3). Returns the errors."""
    import frictionless
    from frictionless import Dialect, formats, system

    errors = 0
    with system.use_context(trusted=True):  # an absolute path is "unsafe" to frictionless otherwise
        for name in CONTRACT_SHEETS:
            dialect = Dialect(header_rows=[header_row], controls=[formats.ExcelControl(sheet=name)])
            report = frictionless.validate(str(path), dialect=dialect, limit_errors=10**9)
            problems = [e for task in report.tasks for e in task.errors if e.type == "resource-error"]
            if problems:
                raise RuntimeError(f"frictionless could not read {name}: {problems[0].note}")
            errors += sum(len(task.errors) for task in report.tasks)
    return errors


def writer_name(writer: Callable) -> str:
    name = getattr(writer, "__name__", type(writer).__name__).strip("_")
    if name.startswith("write_"):
        name = name[len("write_") :]
    for suffix in ("_writer", "writer"):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)].strip("_")
    return name


def measure(path: Path, repeat: int, peers: bool = True, use_frictionless: bool = True) -> dict[str, Any]:
    """Time our stages and the peers on ``path`` (this process; the caller isolates sizes)."""
    from actieplan.run import check
    from actieplan.plugin.registry import resolve
    from actieplan.read.loader import load_workbook
    from actieplan.write.outputs import OutputSet
    from actieplan.validate.engine import validate

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        warm = write_workbook(out / "warm-up.xlsx", 3, seed=1, errors=2)
        check.run(warm, out / "warm", ruleset=resolve("2026"))  # imports, cached schemas, first-call costs
        use_frictionless = peers and use_frictionless and frictionless_available()
        if use_frictionless:
            frictionless_validate(warm)
        calamine_read(warm)

        result: dict[str, Any] = {"stages": {}, "writers": {}, "peers": {}, "cpu": {}}
        cpu = result["cpu"]
        ruleset = resolve("2026")
        sheets = ruleset.sheets.values()
        wb = load_workbook(path, sheets)
        result["stages"]["lezen"] = _best(lambda: load_workbook(path, sheets), repeat, cpu, "lezen")
        report = validate(wb, ruleset)
        result["stages"]["valideren"] = _best(lambda: validate(wb, ruleset), repeat, cpu, "valideren")
        result["findings"] = report.counts
        result["rows"] = {name: int(len(s.frame)) for name, s in wb.sheets.items()}
        outs = OutputSet.plan(path, out)
        report.run = outs.marker()
        for writer in check.WRITERS:
            result["writers"][writer_name(writer)] = _best(lambda w=writer: w(report, outs), repeat)
        result["stages"]["end-to-end"] = _best(lambda: check.run(path, out / "run", ruleset=ruleset), repeat, cpu, "end-to-end")
        del wb, report
        gc.collect()
        if peers:
            result["peers"]["calamine"] = _best(lambda: calamine_read(path), repeat)
            if use_frictionless:
                result["peers"]["frictionless"] = _best(lambda: frictionless_validate(path), repeat, cpu, "frictionless")
    return result


def time_vorig_jaar(sizes: list[int], repeat: int = 1) -> dict[int, dict[str, float]]:
    """What ``--vorig-jaar`` adds to validating: N fiches against last year's N (another seed).

    Every fiche is compared with every fiche of last year (rapidfuzz cdist on three texts), so this
    grows with N x N; a zorgraad's plan has 5 to 30 fiches.
    """
    from actieplan.run import check
    from actieplan.plugin.registry import resolve
    from actieplan.read.loader import load_workbook
    from actieplan.validate.engine import validate

    ruleset = resolve("2026")
    sheets = ruleset.sheets.values()
    out: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            plan = load_workbook(write_workbook(Path(tmp) / f"plan-{n}.xlsx", n, seed=n), sheets)
            previous = load_workbook(write_workbook(Path(tmp) / f"vorig-{n}.xlsx", n, seed=n + 1), sheets)
            validate(plan, ruleset, previous=previous)  # warm up
            alone = _best(lambda: validate(plan, ruleset), repeat)
            compared = _best(lambda: validate(plan, ruleset, previous=previous), repeat)
            out[n] = {"valideren": alone, "met_vorig_jaar": compared}
    return out


def time_vorig_jaar_long_cells(repeat: int = 1, fiches: int = 10, previous_fiches: int = 40, chars: int = 32_000) -> float:
    """Issue 19: ``fiches`` fiches whose title and texts have ``chars`` characters each, against a
    plan of ``previous_fiches`` (34 s before the comparison was bounded); the seconds of validating."""
    import random

    from actieplan.plugin.registry import resolve
    from actieplan.read.loader import load_workbook
    from actieplan.validate.engine import validate
    from actieplan.write.template import write_template

    ruleset = resolve("2026")
    sheets = ruleset.sheets.values()
    rng = random.Random(19)
    vocab = [f"woord{i}" for i in range(2000)]
    data = plan_data(fiches, seed=fiches)
    for fiche in data["Actiefiches"]:
        for col in ("Titel actie", "Wat?", "Waarom?", "Plan van aanpak en mijlpalen"):
            fiche[col] = " ".join(rng.choice(vocab) for _ in range(chars // 8))[:chars]
    with tempfile.TemporaryDirectory() as tmp:
        plan = load_workbook(write_template(Path(tmp) / "lang.xlsx", data, ruleset=ruleset), sheets)
        previous = load_workbook(write_workbook(Path(tmp) / "vorig.xlsx", previous_fiches, seed=previous_fiches + 1), sheets)
        return _best(lambda: validate(plan, ruleset, previous=previous), repeat)


def peak_memory(path: Path) -> dict[str, float]:
    """Resident memory (MB) of one end-to-end run (:func:`actieplan.run.check.run`), in this process:
    after the imports, and the peak (``ru_maxrss``) reached by the end of reading, of validating
    and of the whole run (the writers). The stages are timed by wrapping the functions ``run``
    calls, so the run itself is the one users get."""
    import resource

    from actieplan.run import check
    from actieplan.plugin.registry import resolve

    def rss_mb() -> float:
        # Linux: this process's own high-water mark (VmHWM). ru_maxrss would do in a process started
        # by a small shell, but a child keeps the RSS its parent had when it was forked, and this
        # benchmark's parent holds the generated plans (~300 MB at 10.000 fiches)
        try:
            with open("/proc/self/status") as fh:
                return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
        except (OSError, StopIteration, ValueError):
            kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024  # macOS reports bytes

    seen: dict[str, float] = {}

    def noting(stage: str, func: Callable) -> Callable:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            result = func(*args, **kwargs)
            seen.setdefault(stage, rss_mb())
            return result

        return wrapped

    originals = check.load_plan, check.validate
    check.load_plan = noting("na_lezen_mb", check.load_plan)
    check.validate = noting("na_valideren_mb", check.validate)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ruleset = resolve("2026")  # as the command line does, before the check
            base = rss_mb()
            t0 = time.perf_counter()
            check.run(path, Path(tmp), ruleset=ruleset)
            return {"na_imports_mb": base, **seen, "piek_mb": rss_mb(), "seconden": time.perf_counter() - t0}
    finally:
        check.load_plan, check.validate = originals


def validate_seconds(path: Path) -> dict[str, float]:
    """Seconds to validate ``path`` (read once; validation alone, best of two)."""
    from actieplan.run import check
    from actieplan.plugin.registry import resolve
    from actieplan.read.loader import load_workbook
    from actieplan.validate.engine import validate

    ruleset = resolve("2026")
    wb = load_workbook(path, ruleset.sheets.values())
    return {"valideren": _best(lambda: validate(wb, ruleset), 2)}


# Inputs that used to run away (issue 12): long titles (the overlap rules) and a sheet where
# every cell is wrong (the number of findings). Both must grow linearly with the rows.
LONG_TITLE_SIZES = (4_000, 8_000, 16_000)
ALL_WRONG_SIZES = (2_500, 5_000, 10_000)


def extreme(folder: Path) -> str:
    """Measure both cases, each in a fresh process, and render them as a table with the growth."""
    from actieplan.write.template import write_template
    from actieplan.plugin.registry import resolve

    lines = ["Lange titels (24-30 betekenisvolle woorden per fiche- en doorlopende titel):",
             "| fiches | doorlopende acties | valideren | per 1.000 fiches |", "|---|---|---|---|"]
    for n in LONG_TITLE_SIZES:
        path = write_template(folder / f"lange-titels-{n}.xlsx", long_title_data(n, seed=n), ruleset=resolve("2026"))
        print(f"  lange titels {n}: meten ...", file=sys.stderr, flush=True)
        s = _child(["--_validate", str(path)], timeout=3600)["valideren"]
        lines.append(f"| {n:,} | {math.ceil(n / 2):,} | {s:.2f} s | {s / n * 1000:.3f} s |".replace(",", "."))
    lines += ["", "Een blad Actiefiches waarin elke cel fout is, tegenover een geldig plan met evenveel fiches:",
              "| rijen | bestand | bevindingen (getoond) | end-to-end | piekgeheugen | geldig plan end-to-end | verhouding |",
              "|---|---|---|---|---|---|---|"]
    for n in ALL_WRONG_SIZES:
        wrong = write_template(folder / f"alles-fout-{n}.xlsx", all_wrong_data(n), ruleset=resolve("2026"))
        valid = write_workbook(folder / f"geldig-{n}.xlsx", n, seed=n)
        print(f"  alles fout {n}: meten ...", file=sys.stderr, flush=True)
        bad = _child(["--_memory", str(wrong)], timeout=3600)
        good = _child(["--_memory", str(valid)], timeout=3600)
        from actieplan.run.check import check_workbook

        report = check_workbook(wrong, ruleset=resolve("2026"))[1]
        counted = sum(report.counts.values())
        lines.append(
            f"| {n:,} | {wrong.stat().st_size / 1e3:.0f} KB | {counted:,} ({len(report.findings):,}) | {bad['seconden']:.1f} s | "
            f"{bad['piek_mb']:.0f} MB | {good['seconden']:.1f} s | {bad['seconden'] / good['seconden']:.2f} |".replace(",", ".")
        )
    return "\n".join(lines)



def _child(args: list[str], timeout: float) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True, env=env, timeout=timeout
    )
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- the table ------------------------------------------------------------------------------------


def _fmt_s(x: float | None) -> str:
    if x is None:
        return "-"
    if x < 0.01:
        return f"{x * 1000:.1f}ms"
    if x < 10:
        return f"{x:.3f}s"
    return f"{x:.1f}s"


def _fmt_ratio(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}x"


def render_table(results: dict[int, dict[str, Any]]) -> str:
    sizes = sorted(results)
    writers: list[str] = []
    for r in results.values():
        writers += [w for w in r["writers"] if w not in writers]
    has_fl = any("frictionless" in r["peers"] for r in results.values())
    has_cal = any("calamine" in r["peers"] for r in results.values())

    rows: list[tuple[str, list[str]]] = []

    def line(label: str, get: Callable[[dict[str, Any]], Any], fmt: Callable[[Any], str] = _fmt_s) -> None:
        rows.append((label, [fmt(get(results[n])) for n in sizes]))

    line("rijen (alle bladen)", lambda r: sum(r["rows"].values()), lambda x: f"{x:,}".replace(",", "."))
    line("bestand (MB)", lambda r: r["file_mb"], lambda x: f"{x:.1f}")
    line("bevindingen (F/W/I)", lambda r: r["findings"], lambda c: f"{c['error']}/{c['warning']}/{c['info']}")
    line("lezen", lambda r: r["stages"]["lezen"])
    line("valideren", lambda r: r["stages"]["valideren"])
    for w in writers:
        line(f"schrijven: {w}", lambda r, w=w: r["writers"].get(w))
    line("end-to-end (run)", lambda r: r["stages"]["end-to-end"])
    if has_cal:
        line("peer: calamine (kaal lezen)", lambda r: r["peers"].get("calamine"))
    if has_fl:
        line("peer: frictionless validate", lambda r: r["peers"].get("frictionless"))
    if has_cal:
        line("lezen / calamine", lambda r: r["stages"]["lezen"] / r["peers"]["calamine"] if "calamine" in r["peers"] else None, _fmt_ratio)
    if has_fl:
        line("end-to-end / frictionless", lambda r: r["stages"]["end-to-end"] / r["peers"]["frictionless"] if "frictionless" in r["peers"] else None, _fmt_ratio)
        line("lezen+valideren / frictionless", lambda r: (r["stages"]["lezen"] + r["stages"]["valideren"]) / r["peers"]["frictionless"] if "frictionless" in r["peers"] else None, _fmt_ratio)
        line("CPU: valideren", lambda r: r.get("cpu", {}).get("valideren"))
        line("CPU: end-to-end", lambda r: r.get("cpu", {}).get("end-to-end"))
        line("CPU: frictionless validate", lambda r: r.get("cpu", {}).get("frictionless"))
        line("CPU: end-to-end / frictionless", lambda r: _cpu_ratio(r), _fmt_ratio)
    mb = lambda x: "-" if x is None else f"{x:.0f}"  # noqa: E731
    line("geheugen na imports (MB)", lambda r: r.get("memory", {}).get("na_imports_mb"), mb)
    line("piek t/m lezen (MB)", lambda r: r.get("memory", {}).get("na_lezen_mb"), mb)
    line("piek t/m valideren (MB)", lambda r: r.get("memory", {}).get("na_valideren_mb"), mb)
    line("piekgeheugen (MB)", lambda r: r.get("memory", {}).get("piek_mb"), mb)

    head = ["fiches"] + [f"{n:,}".replace(",", ".") for n in sizes]
    width0 = max(len(r[0]) for r in rows + [(head[0], [])])
    widths = [max(len(head[i + 1]), *(len(r[1][i]) for r in rows)) for i in range(len(sizes))]
    out = ["  ".join([head[0].ljust(width0)] + [h.rjust(w) for h, w in zip(head[1:], widths)])]
    out.append("-" * len(out[0]))
    for label, cells in rows:
        out.append("  ".join([label.ljust(width0)] + [c.rjust(w) for c, w in zip(cells, widths)]))
    return "\n".join(out)


def _cpu_ratio(r: dict[str, Any]) -> float | None:
    cpu = r.get("cpu", {})
    return cpu["end-to-end"] / cpu["frictionless"] if cpu.get("frictionless") and "end-to-end" in cpu else None


def scaling(results: dict[int, dict[str, Any]], big: int = 10_000, small: int = 1_000) -> dict[str, float]:
    if big not in results or small not in results:
        return {}
    out = {}
    for stage in ("lezen", "valideren", "end-to-end"):
        out[stage] = results[big]["stages"][stage] / results[small]["stages"][stage]
    return out


def render_targets(results: dict[int, dict[str, Any]]) -> str:
    lines = ["Doelen (issues 6, 10 en 21):"]

    def verdict(ok: bool) -> str:
        return "GEHAALD" if ok else "NIET GEHAALD"

    if 10_000 in results:
        v = results[10_000]["stages"]["valideren"]
        lines.append(f"  valideren bij 10.000 fiches < {TARGET_VALIDATE_S} s: {_fmt_s(v)}  {verdict(v < TARGET_VALIDATE_S)}")
    ratios = scaling(results)
    if ratios:
        for stage, r in ratios.items():
            extra = f"  {verdict(r < TARGET_RATIO)}" if stage == "end-to-end" else ""
            lines.append(f"  10.000 / 1.000 ({stage}): {r:.1f} (lineair = 10, doel < {TARGET_RATIO:g}){extra}")
    if TARGET_PEER_SIZE in results:
        r = results[TARGET_PEER_SIZE]
        fl = r["peers"].get("frictionless")
        if fl is None:
            lines.append("  end-to-end bij 5.000 fiches sneller dan frictionless: niet gemeten (frictionless ontbreekt)")
        else:
            e2e = r["stages"]["end-to-end"]
            lines.append(f"  end-to-end bij 5.000 fiches sneller dan frictionless: {_fmt_s(e2e)} tegen {_fmt_s(fl)}  {verdict(e2e < fl)}")
    if TARGET_PEER_SIZE in results:
        r = results[TARGET_PEER_SIZE]
        copy = next((v for k, v in r.get("writers", {}).items() if "annotated" in k), None)
        if copy is not None:
            lines.append(f"  gecontroleerde kopie bij 5.000 fiches <= {TARGET_COPY_S} s (issue 10): {_fmt_s(copy)}  {verdict(copy <= TARGET_COPY_S)}")
        e2e = r["stages"]["end-to-end"]
        lines.append(f"  end-to-end bij 5.000 fiches <= {TARGET_E2E_S:g} s (issue 10): {_fmt_s(e2e)}  {verdict(e2e <= TARGET_E2E_S)}")
        fl = r["peers"].get("frictionless")
        if fl is not None:
            lines.append(f"  end-to-end / frictionless bij 5.000 fiches <= {TARGET_PEER_RATIO}x (issue 10): "
                         f"{_fmt_ratio(e2e / fl)}  {verdict(e2e / fl <= TARGET_PEER_RATIO)}")
            if _cpu_ratio(r) is not None:
                lines.append(f"  idem in CPU-tijd (eerlijker op een gedeelde machine): {_fmt_ratio(_cpu_ratio(r))}  "
                             f"{verdict(_cpu_ratio(r) <= TARGET_PEER_RATIO)}")
    if 10_000 in results and results[10_000].get("memory", {}).get("piek_mb") is not None:
        peak = results[10_000]["memory"]["piek_mb"]
        lines.append(f"  piekgeheugen bij 10.000 fiches <= {TARGET_PEAK_MB} MB (issues 10 en 21): {peak:.0f} MB  {verdict(peak <= TARGET_PEAK_MB)}")
    if 10_000 in results and results[10_000]["peers"].get("frictionless"):
        # issue 21: the whole command against frictionless at 10,000 fiches of the real-text workbook
        r = results[10_000]
        ratio = _cpu_ratio(r) or r["stages"]["end-to-end"] / r["peers"]["frictionless"]
        lines.append(f"  end-to-end / frictionless bij 10.000 fiches <= {TARGET_PEER_RATIO}x (issue 21, CPU-tijd): "
                     f"{_fmt_ratio(ratio)}  {verdict(ratio <= TARGET_PEER_RATIO)}")
    if len(lines) == 1:
        lines.append("  (meet 1.000, 5.000 en 10.000 fiches om de doelen te toetsen)")
    return "\n".join(lines)


def machine() -> str:
    return (
        f"{platform.platform()}, {os.cpu_count()} kernen, Python {platform.python_version()}, "
        f"{date.today().isoformat()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/benchmark.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", help="aantallen fiches, gescheiden door komma's (standaard 10,100,1000,5000,10000)")
    parser.add_argument("--quick", action="store_true", help="10, 100, 1.000 fiches (of --sizes), één herhaling")
    parser.add_argument("--repeat", type=int, default=None, help="herhalingen per meting, de beste telt (standaard 3; 1 vanaf 5.000 fiches)")
    parser.add_argument("--no-peers", action="store_true", help="meet calamine en frictionless niet")
    parser.add_argument("--no-frictionless", action="store_true", help="meet frictionless niet")
    parser.add_argument("--teksten", choices=TEXTS, default="echt",
                        help="echt: teksten van echte plannen, gevarieerd (standaard); pool: zinnen uit een vaste lijst")
    parser.add_argument("--keep", type=Path, default=None, help="bewaar de gegenereerde werkmappen in deze map")
    parser.add_argument("--json", type=Path, default=None, help="schrijf de ruwe metingen ook als JSON")
    parser.add_argument("--map", type=int, default=None, metavar="N",
                        help="meet ook de mapmodus: N werkmappen van 3 tot 15 fiches (bv. 60)")
    parser.add_argument("--vorig-jaar", dest="vorig_jaar", default=None, metavar="N,N",
                        help="meet ook de vergelijking met vorig jaar bij zoveel fiches per plan (bv. 10,30,100)")
    parser.add_argument("--extreem", action="store_true",
                        help="meet ook lange titels (4.000/8.000/16.000 fiches) en een blad vol fouten (2.500/5.000/10.000 rijen)")
    parser.add_argument("--_measure", dest="measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--_validate", dest="validate", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--_memory", dest="memory", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--_folder", dest="folder", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:  # child: one size
        print(json.dumps(measure(args.measure, args.repeat or 1, peers=not args.no_peers, use_frictionless=not args.no_frictionless)))
        return 0
    if args.folder:  # child: folder mode on generated plans
        print(json.dumps(time_folder(args.folder)))
        return 0
    if args.memory:  # child: peak memory of one end-to-end run
        print(json.dumps(peak_memory(args.memory)))
        return 0
    if args.validate:  # child: validation alone
        print(json.dumps(validate_seconds(args.validate)))
        return 0
    if args.extreem and not args.sizes and not args.quick:  # only the extreme inputs
        print(f"Benchmark actieplan controleer, extreme invoer — {machine()}")
        with tempfile.TemporaryDirectory() as tmp:
            print(extreme(args.keep or Path(tmp)))
        return 0

    if args.sizes:
        try:
            sizes = sorted({int(s.replace(".", "").replace("_", "")) for s in args.sizes.split(",") if s.strip()})
        except ValueError:
            parser.error(f"--sizes verwacht getallen gescheiden door komma's, bv. 10,100,1000; gevonden: {args.sizes}")
        if not sizes or min(sizes) < 1:
            parser.error("--sizes: elk aantal fiches is minstens 1")
    else:
        sizes = list(QUICK_SIZES if args.quick else DEFAULT_SIZES)

    print(f"Benchmark actieplan controleer — {machine()} — teksten: {args.teksten}")
    with_frictionless = not args.no_peers and frictionless_available()
    if not args.no_peers and not with_frictionless:
        print("Let op: frictionless is niet geïnstalleerd; de kolom 'frictionless validate' ontbreekt. "
              "Installeer met: pip install \".[bench]\" (of pip install \"frictionless[excel]\").")
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            path = folder / f"bench-{n}-fiches.xlsx"
            t0 = time.perf_counter()
            write_workbook(path, n, seed=n, texts=args.teksten)
            gen = time.perf_counter() - t0
            repeat = args.repeat or (1 if args.quick or n >= 5_000 else 3)
            print(f"  {n:>6} fiches: werkmap geschreven in {gen:.1f}s ({path.stat().st_size / 1e6:.1f} MB), meten ...", file=sys.stderr, flush=True)
            child = ["--_measure", str(path), "--repeat", str(repeat)] + (["--no-peers"] if args.no_peers else [])
            child += [] if with_frictionless else ["--no-frictionless"]
            results[n] = _child(child, timeout=3600)
            results[n]["memory"] = _child(["--_memory", str(path)], timeout=3600)
            results[n]["file_mb"] = path.stat().st_size / 1e6
            results[n]["generate_s"] = gen
    print()
    print(render_table(results))
    print()
    print(render_targets(results))
    print("\nTijden: de beste van de herhalingen, na een opwarmronde; piekgeheugen: ru_maxrss van een apart proces dat één keer end-to-end controleert.")
    if args.map:
        folder = _child(["--_folder", str(args.map)], timeout=3600)
        print(f"\nMapmodus: {folder['werkmappen']} werkmappen (3-15 fiches, {folder['met_fouten']} met fouten) "
              f"gecontroleerd in {folder['seconden']:.1f} s op {os.cpu_count()} kernen (doel: 60 in minder dan 30 s).")
        results_folder = folder
    else:
        results_folder = None
    results_vorig = None
    if args.vorig_jaar:
        try:
            vorig_sizes = sorted({int(x) for x in args.vorig_jaar.split(",") if x.strip()})
        except ValueError:
            parser.error(f"--vorig-jaar verwacht getallen gescheiden door komma's, bv. 10,30,100; gevonden: {args.vorig_jaar}")
        results_vorig = time_vorig_jaar(vorig_sizes, args.repeat or 1)
        print("\nVergelijken met vorig jaar (--vorig-jaar): valideren zonder / met het plan van vorig jaar")
        for n, r in results_vorig.items():
            print(f"  {n:>5} fiches tegenover {n}: {_fmt_s(r['valideren'])} / {_fmt_s(r['met_vorig_jaar'])}")
        long_cells = time_vorig_jaar_long_cells(args.repeat or 1)
        results_vorig = {**results_vorig, "10_fiches_van_32000_tekens_tegenover_40": long_cells}
        print(f"  10 fiches met cellen van 32.000 tekens tegenover 40: {_fmt_s(long_cells)} (was 34 s vóór issue 19)")
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "teksten": args.teksten, "results": results, "map": results_folder,
                                         "vorig_jaar": results_vorig}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
