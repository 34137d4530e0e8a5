"""The rule set of the 2026 action-plan template (werkjaar in settings.toml).

A year is data plus the rules it names: ``settings.toml`` (year, period, deadline, thresholds,
word lists, the template sentences the rules quote that name this year: ``[citaten]``), ``sheets.py`` (the template's sheets and columns), ``sjabloon.py`` (the texts of the
blank template), ``facts.py`` (the plan's figures), ``rapport.py`` (the report's panels), the
generated catalogue ``REGELS.md``, and below the rules it takes from ``rules/common`` (every rule
of 2026 is one a later year keeps). ``actieplan regelset nieuw`` makes next year's package as a
new settings.toml and an ``__init__`` that names these.
"""

from __future__ import annotations

import dataclasses

from actieplan.api import Context, RuleSet, WorkbookView

from actieplan.rules.common import vorig_jaar

from . import facts, rapport, sheets, sjabloon

# The rules of this set, in the order their findings are produced: the sheets and their cells on
# their own, then each part of the template, then what Excel put in the cells.
MODULES = (
    "actieplan.rules.common.structure",
    "actieplan.rules.common.algemeen",
    "actieplan.rules.common.capaciteit",
    "actieplan.rules.common.actiefiches",
    "actieplan.rules.common.inhoud",
    "actieplan.rules.common.tabellen",
    "actieplan.rules.common.vorig_jaar",
    "actieplan.rules.common.cellen",
)


def plan_facts(ctx: Context) -> facts.PlanFacts:
    """The plan's figures, with the comparison with last year's plan when there is one."""
    return dataclasses.replace(facts.plan_facts(ctx), vorig_jaar=vorig_jaar.facts(ctx))


def comparable(previous: WorkbookView) -> str | None:
    """Last year's plan can be compared with this year's when it has its fiches' titles."""
    fiches = previous.frame("Actiefiches")
    if fiches is None or "Titel actie" not in fiches:
        return "staat geen blad Actiefiches met de kolom 'Titel actie'"
    return None


# What this year declares (a year made from it names the same: actieplan regelset nieuw)
SHEETS = sheets.sheet_specs
FACTS = plan_facts
PANELS = rapport.panels
TEXTS = sjabloon.TEXTS
COMPARABLE = comparable


def rule_set() -> RuleSet:
    return RuleSet.build(
        __name__, MODULES, sheets=SHEETS, facts=FACTS, panels=PANELS, texts=TEXTS, comparable=COMPARABLE
    )
