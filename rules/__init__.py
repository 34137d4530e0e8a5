"""The rule sets of actieplan: one per year's template, plus the rules every year keeps.

Installed as ``actieplan.rules`` (see pyproject.toml).
"""
