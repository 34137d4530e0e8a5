"""Imported by the fork server of actieplan web (its preload list): warms the pipeline once."""

from actieplan.run.web.worker import warm_up

try:
    warm_up()
except Exception:  # a failed warm-up only costs the first check its speed
    pass
