"""The rule sets of actieplan: one package per year's template (``jaarNNNN/``: its data and the
rules it names), the rules every year keeps (``common/``), their text library (``text/``) and
the typed tables of settings.toml they read (``settings.py``).

Installed as ``actieplan.rules`` (see pyproject.toml). The mechanism finds the rule sets through
the entry point ``actieplan.rulesets`` -> :func:`rule_sets`, which lists the year packages in this
folder when asked: a ``jaar2027/`` made by ``actieplan regelset nieuw 2027`` is found at once,
without reinstalling an editable install.
"""

from __future__ import annotations

import pkgutil
import re

YEAR_PACKAGE = re.compile(r"jaar(\d{4})")


def rule_sets() -> dict[str, str]:
    """Year -> package of every year's rule set in this folder."""
    found = {}
    for info in pkgutil.iter_modules(__path__):
        m = YEAR_PACKAGE.fullmatch(info.name)
        if info.ispkg and m:
            found[m.group(1)] = f"{__name__}.{info.name}"
    return dict(sorted(found.items()))
