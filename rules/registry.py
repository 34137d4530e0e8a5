"""The rule catalogue: every rule with its id, severity, Dutch message, the template sentence it
enforces and how it is checked.

Two kinds of rule, one registry:

* a *column rule* has ``vector``: a vectorised check ``(series) -> bool series`` (True = good)
  that the pandera schema of every sheet runs on the columns it applies to (``applies``), named
  by the rule id so that pandera's failure cases map straight to findings;
* a *sheet rule* has ``func``: ``func(ctx) -> iterable of Hit`` for what a column check cannot
  express (a row across columns, a whole sheet, one sheet against another).

A rule yields where and what (a :class:`~actieplan.model.Hit`); the pipeline renders ``message``
with the hit's values and turns the position into the Excel cell.
"""

from __future__ import annotations

import inspect
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable

from actieplan.model import Hit, Severity

if TYPE_CHECKING:
    import pandas as pd

    from actieplan.rules.sheets import Column, SheetSpec

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    sheet: str  # the contract sheet it reports on, or "*" for any sheet
    message: str  # Dutch, str.format()ed with the hit's values
    summary: str  # Dutch, one line: what it checks
    quote: str  # the template sentence (or contract line) it enforces
    doc: str  # English: wrong and right example
    func: Callable[[Any], Iterable[Hit]] | None = None
    vector: Callable[["pd.Series"], "pd.Series"] | None = None
    applies: Callable[["SheetSpec", "Column"], bool] | None = None
    # where the rule is checked outside this registry (the loader), for documentation
    checked_by: str = ""


REGISTRY: dict[str, Rule] = {}
_LOADER_ORIGIN: dict[str, str] = {}  # loader rule id -> the module that declares it
# The modules that define the 2026 rules, in the order their findings are produced.
RULE_MODULES = ("actieplan.rules.structure", "actieplan.rules.algemeen", "actieplan.rules.capaciteit", "actieplan.rules.actiefiches", "actieplan.rules.tabellen", "actieplan.rules.vorig_jaar", "actieplan.rules.cellen")


def register(r: Rule) -> Rule:
    if r.id in REGISTRY:
        raise ValueError(f"duplicate rule id {r.id}")
    REGISTRY[r.id] = r
    return r


def sheet_rule(id: str, *, severity: Severity, sheet: str, message: str, summary: str, quote: str):
    """Register a function ``func(ctx) -> Iterable[Hit]``; its docstring is the rule's doc."""

    def deco(func: Callable[[Any], Iterable[Hit]]) -> Callable[[Any], Iterable[Hit]]:
        register(
            Rule(id, severity, sheet, message, summary, quote, inspect.cleandoc(func.__doc__ or ""), func=func)
        )
        return func

    return deco


def column_rule(
    id: str,
    *,
    severity: Severity,
    message: str,
    summary: str,
    quote: str,
    applies: Callable[["SheetSpec", "Column"], bool],
):
    """Register a vectorised column check ``vector(series) -> bool series`` (True where good)."""

    def deco(vector: Callable[["pd.Series"], "pd.Series"]):
        register(
            Rule(
                id, severity, "*", message, summary, quote, inspect.cleandoc(vector.__doc__ or ""),
                vector=vector, applies=applies,
            )
        )
        return vector

    return deco


def loader_rule(id: str, *, severity: Severity, sheet: str = "*", message: str, summary: str, quote: str, doc: str):
    """Register a rule the loader checks while reading (a missing sheet or header)."""
    _LOADER_ORIGIN[id] = sys._getframe(1).f_globals.get("__name__", "")
    return register(Rule(id, severity, sheet, message, summary, quote, inspect.cleandoc(doc), checked_by="loader"))


def all_rules() -> dict[str, Rule]:
    """Every rule, after importing the modules that define them."""
    import importlib

    for module in RULE_MODULES:
        importlib.import_module(module)

    # The catalogue's order is RULE_MODULES' order (then definition order), whichever module a
    # caller happened to import first: the generated REGELS.md must not depend on import order.
    order = {m: i for i, m in enumerate(RULE_MODULES)}
    ranked = sorted(REGISTRY.values(), key=lambda r: order.get(_origin(r), len(order)))
    if [r.id for r in ranked] != list(REGISTRY):
        REGISTRY.clear()
        REGISTRY.update((r.id, r) for r in ranked)
    return REGISTRY


def _origin(r: Rule) -> str:
    """The module that defines a rule."""
    fn = r.func or r.vector
    return fn.__module__ if fn is not None else _LOADER_ORIGIN.get(r.id, "")
