"""The rules every year keeps, one module per part of the template, parametrised by the year's
settings (``settings.toml``: thresholds, word lists, the working year) and sheets.

A year's package names the modules it takes (``MODULES`` in ``rules/jaarNNNN/__init__.py``) in the
order their findings are produced; ``plan.py`` holds what several of them read (the template's
layout, capacity A-F, the fiches' VTE).
"""
