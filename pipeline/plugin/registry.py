"""The one registry of rule sets: which are installed, which is the newest, and the one ``resolve``.

Rule sets are found through the entry-point group ``actieplan.rulesets`` (see pyproject.toml):
each entry point names a callable that returns ``{year: package}``; the package has a function
``rule_set()`` that builds its :class:`~actieplan.plugin.ruleset.RuleSet`. The mechanism never names
a year or a package.

A process resolves its rule set once, where it starts (the command line's ``--regelset``, the web
server's start, a folder worker's start) and passes that object on. A :class:`RuleSet` pickles as
its package's name and unpickles through :func:`load`, which builds each package's set once per
process: a worker process that receives the object resolves it here, once.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib import metadata

from actieplan.plugin.ruleset import RuleSet
from actieplan.plugin.settings import RuleSetError

ENTRY_POINT_GROUP = "actieplan.rulesets"


def available() -> dict[str, str]:
    """Every installed rule set: year -> package, newest last."""
    found: dict[str, str] = {}
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        found.update(entry.load()())
    return dict(sorted(found.items()))


def newest() -> str:
    years = available()
    if not years:
        raise RuleSetError("Er is geen regelset geïnstalleerd. Installeer actieplan opnieuw (pip install .).")
    return list(years)[-1]


def resolve(year: str | int | None) -> RuleSet:
    """The rule set of working year ``year`` (an int, its digits, or its id "actieplan-JAAR"); the newest
    installed one when None (the command line without ``--regelset``)."""
    years = available()
    key = newest() if year is None else str(year).strip().removeprefix("actieplan-")
    if key not in years:
        known = ", ".join(years) or "geen"
        raise RuleSetError(f"Er is geen regelset voor '{year}'. Beschikbaar: {known}.")
    return load(years[key])


@lru_cache(maxsize=None)
def load(package: str) -> RuleSet:
    """The rule set of the year package ``package``, built once per process."""
    return importlib.import_module(package).rule_set()
