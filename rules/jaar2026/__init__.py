"""The rule set of the 2026 action-plan template (werkjaar in settings.toml).

Everything of one year lives in this package: ``settings.toml`` (year, period, deadline,
thresholds, word lists), ``sheets.py`` (the template's sheets and columns), the rule modules,
``sjabloon.py`` (the texts of the blank template), ``rapport.py`` (the report's panels),
``facts.py`` (the plan's figures) and the generated catalogue ``REGELS.md``. Modules import each
other relatively, so ``actieplan regelset nieuw`` can copy the package to the next year as is.
"""

from __future__ import annotations

import dataclasses

from actieplan.api import Context, RuleSet

from . import facts, rapport, sheets, sjabloon, vorig_jaar

# The rules of this set, in the order their findings are produced: first those every year keeps
# (rules/structure.py), then this year's, then the cell rules every year keeps (rules/cellen.py).
MODULES = (
    "actieplan.rules.structure",
    f"{__name__}.algemeen",
    f"{__name__}.capaciteit",
    f"{__name__}.actiefiches",
    f"{__name__}.tabellen",
    f"{__name__}.vorig_jaar",
    "actieplan.rules.cellen",
)


def plan_facts(ctx: Context) -> facts.PlanFacts:
    """The plan's figures, with the comparison with last year's plan when there is one."""
    return dataclasses.replace(facts.plan_facts(ctx), vorig_jaar=vorig_jaar.facts(ctx))


def comparable(previous) -> str | None:
    """Last year's plan can be compared with this year's when it has its fiches' titles."""
    fiches = previous.frame("Actiefiches")
    if fiches is None or "Titel actie" not in fiches:
        return "staat geen blad Actiefiches met de kolom 'Titel actie'"
    return None


def rule_set() -> RuleSet:
    return RuleSet.build(
        __name__,
        MODULES,
        sheets=sheets.sheet_specs,
        facts=plan_facts,
        panels=rapport.panels,
        texts=sjabloon.TEXTS,
        comparable=comparable,
    )
