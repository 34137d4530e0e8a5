"""Imported by the fork server of actieplan web (its preload list): warms the pipeline once, with
the server's rule set (its package in the environment: the fork server gets no other arguments)."""

import os

from actieplan.run.web.worker import WARM_RULESET_ENV, warm_up

try:
    from actieplan.plugin.registry import load

    warm_up(load(os.environ[WARM_RULESET_ENV]))
except Exception:  # a failed warm-up only costs the first check its speed
    pass
