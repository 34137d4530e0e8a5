"""Last year's plan (`--vorig-jaar`): read it, refuse what cannot be last year's plan, and pair
plans with their predecessors in folder mode.

Last year's workbook is read with the same loader and tolerance as the plan, but it is not
judged: no finding is ever about it. What cannot be compared is bad input (exit 2), with a
Dutch message that names last year's file: a file that cannot be read, the plan itself (or a
copy of it), a workbook of the same or a later working year, one without the sheet Actiefiches.
"""

from __future__ import annotations

import filecmp
import os
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from actieplan.errors import UnreadableWorkbook
from actieplan.read.loader import LoadedWorkbook, load_workbook
from actieplan.plugin.ruleset import Context, RuleSet
from actieplan.normalize import clean_text, fold, parse_number

OPTION = "--vorig-jaar"


def werkjaar_of(workbook: LoadedWorkbook, ruleset: RuleSet) -> int | None:
    """The plan's working year as the rule set reads it (its facts), or None when it is missing or not a year."""
    value = ruleset.facts(Context(workbook, ruleset)).werkjaar
    if isinstance(value, bool):
        return None
    number = value if isinstance(value, (int, float)) else parse_number(value)
    if number is None or not float(number).is_integer() or not 1900 <= number <= 2099:
        return None
    return int(number)


def zorgraad_of(workbook: LoadedWorkbook, ruleset: RuleSet) -> str | None:
    return clean_text(ruleset.facts(Context(workbook, ruleset)).zorgraad)


def zorgraad_key(name: Any) -> str:
    """'BruZEL', ' bruzel ', 'Bru ZEL' and 'BrüZEL' are one zorgraad: case, accents and spacing ignored."""
    return re.sub(r"[\W_]+", "", fold(clean_text(name) or ""))


def _same_file(a: Path, b: Path) -> bool:
    try:
        if os.path.samefile(a, b):
            return True
        return a.stat().st_size == b.stat().st_size and filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def sheets_for_year(ruleset: RuleSet, year: int) -> list:
    """The rule set's sheets with every header that names its working year naming ``year`` instead."""
    this, other = str(ruleset.werkjaar), str(year)
    return [
        replace(spec, columns=tuple(replace(c, header=c.header.replace(this, other)) for c in spec.columns))
        for spec in ruleset.sheets.values()
    ]


def load_previous(path: str | Path, plan_path: str | Path, werkjaar: int, ruleset: RuleSet) -> LoadedWorkbook:
    """Read last year's plan for ``plan_path``; raise UnreadableWorkbook (exit 2) when it cannot serve.

    ``werkjaar`` is the plan's working year (its Algemeen, else the rule set's year).
    """
    path, plan_path = Path(path), Path(plan_path)
    name = path.name
    if path.exists() and plan_path.exists() and _same_file(path, plan_path):
        same = "hetzelfde bestand als" if os.path.samefile(path, plan_path) else "een kopie van"
        raise UnreadableWorkbook(
            f"Het actieplan van vorig jaar ({OPTION}) '{name}' is {same} het actieplan dat u controleert "
            f"('{plan_path.name}'). Geef bij {OPTION} het actieplan van vorig jaar (werkjaar {werkjaar - 1})."
        )
    try:
        previous = _load(path, ruleset, ruleset.werkjaar, document_year=werkjaar - 1)
    except UnreadableWorkbook as exc:
        raise UnreadableWorkbook(f"Het actieplan van vorig jaar ({OPTION}) kan niet gelezen worden: {exc}") from None
    year = werkjaar_of(previous, ruleset)
    if year is None:
        raise UnreadableWorkbook(
            f"In het actieplan van vorig jaar ({OPTION}) '{name}' staat geen werkjaar: het veld Werkjaar in het "
            f"blad Algemeen is leeg of geen jaar. Vul het in (bv. {werkjaar - 1}) en probeer opnieuw."
        )
    if year >= werkjaar:
        which = "hetzelfde werkjaar als" if year == werkjaar else "een later werkjaar dan"
        raise UnreadableWorkbook(
            f"'{name}' ({OPTION}) is het actieplan van werkjaar {year}, {which} het actieplan dat u controleert "
            f"('{plan_path.name}', werkjaar {werkjaar}). Verwacht: het actieplan van een vorig werkjaar, bv. {werkjaar - 1}."
        )
    if year != ruleset.werkjaar:
        # the contract: "For another working year the second header names that year" (Mijlpalen
        # in 2025 in a 2025 workbook): read its sheets with the headers of its own working year
        previous = _load(path, ruleset, year)
    missing = ruleset.comparable(previous)
    if missing is not None:
        raise UnreadableWorkbook(
            f"In het actieplan van vorig jaar ({OPTION}) '{name}' {missing}: er is niets om mee te vergelijken. "
            "Geef de werkmap van vorig jaar in het formaat van het sjabloon."
        )
    return previous


def _load(path: Path, ruleset: RuleSet, year: int, document_year: int | None = None) -> LoadedWorkbook:
    """Last year's plan, a workbook (with the headers of working year ``year``) or a Word document
    (with the layout of ``document_year``, else ``year``: 'Acties 2025', 'Mijlpalen in 2025', which is
    also its working year when it has no line for it; it need not name its zorgraad)."""
    from actieplan.read.docx import KIND, load_plan
    from actieplan.read.sniff import sniff

    if sniff(path) != KIND:
        return load_workbook(path, ruleset.sheets.values() if year == ruleset.werkjaar else sheets_for_year(ruleset, year))
    year = document_year or year
    sheets = sheets_for_year(ruleset, year)
    return load_plan(path, ruleset, zorgraad="", sheets=sheets, layout=layout_for_year(ruleset, year, sheets))


def layout_for_year(ruleset: RuleSet, year: int, sheets: list):
    """The rule set's Word layout with ``year`` for its working year (its headings and column titles)."""
    from actieplan.plugin.wordspec import parse_layout

    if year == ruleset.werkjaar:
        return ruleset.word
    settings = replace(ruleset.settings, werkjaar=year)
    return parse_layout(ruleset.word_path.read_text(encoding="utf-8"), ruleset.word.source, settings,
                        {spec.name: spec for spec in sheets})


# -- folder mode ----------------------------------------------------------------------------------


def index_previous(paths: list[Path], ruleset: RuleSet) -> tuple[dict[str, list[tuple[int, str]]], list[tuple[str, str]]]:
    """Last year's workbooks by zorgraad: {zorgraad key: [(werkjaar, path), ...]}, and the files
    that could not serve as (name, reason)."""
    index: dict[str, list[tuple[int, str]]] = {}
    skipped: list[tuple[str, str]] = []
    for path in paths:
        try:
            wb = _load(path, ruleset, ruleset.werkjaar, document_year=ruleset.werkjaar - 1)
        except UnreadableWorkbook as exc:
            skipped.append((path.name, str(exc)))
            continue
        key, year = zorgraad_key(zorgraad_of(wb, ruleset)), werkjaar_of(wb, ruleset)
        if not key or year is None:
            skipped.append((path.name, "geen Zorgraad of Werkjaar in het blad Algemeen: niet te koppelen"))
            continue
        index.setdefault(key, []).append((year, str(path)))
    return index, skipped


def partner(index: dict[str, list[tuple[int, str]]], zorgraad: Any, werkjaar: int, plan_path: Path) -> tuple[str | None, list[str]]:
    """Last year's workbook for a plan: of the same zorgraad, the newest earlier working year, and
    among several of that year (a draft and a final version) the one saved last. Returns it (or
    None) and the other workbooks of that year, which were not used: the caller says so."""
    candidates = [(y, p) for y, p in index.get(zorgraad_key(zorgraad), []) if y < werkjaar and not _same_file(Path(p), plan_path)]
    if not candidates:
        return None, []
    newest = max(y for y, _ in candidates)
    same_year = sorted((p for y, p in candidates if y == newest), key=lambda p: (_saved_at(p), p), reverse=True)
    return same_year[0], same_year[1:]


def _saved_at(path: str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return 0.0
