"""Runs every rule of a rule set on a loaded workbook and builds the report."""

from __future__ import annotations

import gc

from actieplan.ooxml.cellref import column_of
from actieplan.read.loader import LoadedWorkbook
from actieplan.validate.locate import RowTitles, to_finding
from actieplan.model import SEVERITY_ORDER, Finding, Hit, Report
from actieplan.plugin.ruleset import Context, Rule, RuleSet, Stop
from actieplan.validate.schemas import validate_sheet


def validate(workbook: LoadedWorkbook, ruleset: RuleSet, previous: LoadedWorkbook | None = None) -> Report:
    """Run every rule of ``ruleset`` on ``workbook``; with ``previous`` (last year's plan) the comparison rules too."""
    # The loaded workbook is hundreds of thousands of objects that the cycle collector would walk
    # again at every full collection while the rules run (~15% of validating 10,000 fiches);
    # freezing them exempts them, the rules' own garbage is collected as usual. A caller that froze
    # objects itself (a server after its imports) keeps its collector as it set it: unfreezing
    # would thaw its objects too, so then we leave the collector alone; otherwise it is left as found.
    if gc.get_freeze_count():
        return _validate(workbook, ruleset, previous)
    gc.freeze()
    try:
        return _validate(workbook, ruleset, previous)
    finally:
        gc.unfreeze()


def _validate(workbook: LoadedWorkbook, ruleset: RuleSet, previous: LoadedWorkbook | None = None) -> Report:
    by_id = ruleset.rules
    ctx = Context(workbook, ruleset, previous=previous)
    hits = _gate_hits(ctx, ruleset)
    stopped = " ".join(dict.fromkeys(by_id[rule_id].gate for rule_id, hit in hits if isinstance(hit, Stop)))
    if not stopped:
        hits.extend(_rule_hits(ctx, ruleset, workbook))
    kept, omitted = cap_hits(hits, workbook)
    titles = RowTitles(workbook)
    findings = [to_finding(by_id[rule_id], hit, workbook, titles) for rule_id, hit in kept]
    findings = _dedupe(findings)
    findings.extend(_omitted_finding(by_id[rule_id], workbook, sheet, count) for (rule_id, sheet), count in omitted.items())
    order = {name: i for i, name in enumerate(workbook.sheet_names)}
    findings.sort(key=lambda f: _sort_key(f, order))
    facts = ruleset.facts(ctx)
    return Report(
        workbook=workbook.path.name,
        findings=findings,
        facts=facts,
        ruleset=ruleset.info,
        source=workbook.path,
        panels=() if stopped else ruleset.panels(facts, findings, ruleset.settings),
        previous=None if previous is None else previous.path.name,
        columns={sheet.name: tuple(sorted(sheet.columns.values())) for sheet in workbook.sheets.values()},
        stopped=stopped,
    )


def _gate_hits(ctx: Context, ruleset: RuleSet) -> list[tuple[str, Hit]]:
    """The hits of the gate rules, which run first (see :class:`Stop`)."""
    return [(rule.id, hit) for rule in ruleset.rules.values() if rule.gate and rule.func is not None for hit in rule.func(ctx)]


def _rule_hits(ctx: Context, ruleset: RuleSet, workbook: LoadedWorkbook) -> list[tuple[str, Hit]]:
    """The hits of every other rule: the loader's observations, the column rules, the sheet rules."""
    hits: list[tuple[str, Hit]] = []
    for rule in ruleset.rules.values():
        if rule.observes is not None:
            hits.extend((rule.id, hit) for hit in ctx.observed(rule.observes))
    for name, sheet in workbook.sheets.items():
        hits.extend(h for h in validate_sheet(ruleset, name, sheet.frame) if not _reported_by_cell_rules(sheet, *h))
    for rule in ruleset.rules.values():
        if rule.func is not None and not rule.gate:
            hits.extend((rule.id, hit) for hit in rule.func(ctx))
    return hits


# Past these, findings are counted instead of listed: a sheet where every cell is wrong (a shifted
# column, a pasted export) would otherwise give hundreds of thousands of findings, each a note in
# the copy and a line in every output. Memory and time stay bounded by the file's size.
MAX_PER_RULE_SHEET = 200  # findings of one rule on one sheet
MAX_PER_SHEET = 1000  # findings on one sheet, all rules together


def cap_hits(hits: list[tuple[str, Hit]], workbook: LoadedWorkbook) -> tuple[list[tuple[str, Hit]], dict[tuple[str, str], int]]:
    """The hits to list (the first ones on each sheet, in reading order, within both caps) and, per
    (rule id, sheet key), how many distinct cells were left out."""
    if len(hits) <= MAX_PER_RULE_SHEET:
        return hits, {}

    columns = {key: sheet.columns for key, sheet in workbook.sheets.items()}  # each sheet's header -> column number

    def position(item: tuple[str, Hit]) -> tuple:
        hit = item[1]
        col = hit.col
        if col is None:
            known = columns.get(hit.sheet)
            col = known.get(hit.column, 0) if known is not None and hit.column else 0
        return (hit.sheet, hit.row or 0, col or 0)

    ordered = sorted(hits, key=position)
    per_rule: dict[tuple[str, str], int] = {}
    per_sheet: dict[str, int] = {}
    kept: list[tuple[str, Hit]] = []
    left_out: dict[tuple[str, str], set] = {}
    for rule_id, hit in ordered:
        key = (rule_id, hit.sheet)
        if per_rule.get(key, 0) < MAX_PER_RULE_SHEET and per_sheet.get(hit.sheet, 0) < MAX_PER_SHEET:
            per_rule[key] = per_rule.get(key, 0) + 1
            per_sheet[hit.sheet] = per_sheet.get(hit.sheet, 0) + 1
            kept.append((rule_id, hit))
        else:
            left_out.setdefault(key, set()).add((hit.row, hit.column, hit.col))
    return kept, {key: len(cells) for key, cells in left_out.items()}


def _omitted_finding(rule: Rule, workbook: LoadedWorkbook, sheet_key: str, count: int) -> Finding:
    sheet = workbook.sheet_name(sheet_key)
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        sheet=sheet,
        cell=None,
        row=None,
        column=None,
        message=(
            f"En nog {count} bevindingen van de regel '{rule.id}' op het blad '{sheet}', niet elk apart getoond: "
            f"er zijn er te veel (hoogstens {MAX_PER_RULE_SHEET} per regel en {MAX_PER_SHEET} per blad worden "
            "getoond). Verbeter de getoonde (vaak is er één oorzaak, zoals een verschoven kolom of een geplakte "
            "lijst) en controleer opnieuw: dan verschijnen de volgende."
        ),
        omitted=count,
    )


def _reported_by_cell_rules(sheet, rule_id: str, hit: Hit) -> bool:
    """A column rule's hit on a cell that the reader noted for what it really holds, and that the
    cell rules report as such: an error value (``#DIV/0!`` is not also an invalid number) or a
    formula without a saved result (its cell is not empty)."""
    col = sheet.columns.get(hit.column) if hit.column is not None else hit.col
    if hit.row is None or col is None:
        return False
    cell = (hit.row, col)
    return cell in sheet.errors or cell in sheet.uncached


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        key = (f.rule, f.sheet, f.cell, f.row, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _sort_key(f: Finding, order: dict[str, int]) -> tuple:
    col = column_of(f.cell) if f.cell else 0
    row = f.row or (1 << 40 if f.omitted else 0)  # what was left out comes after what is listed
    return (order.get(f.sheet or "", -1), row, col, SEVERITY_ORDER[f.severity], f.rule)
