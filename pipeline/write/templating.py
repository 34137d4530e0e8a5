"""The one Jinja2 environment of the writers: the report ``NAME.rapport.html``, the folder overview
``overzicht.html`` and the panels a rule set hands over as data (tables, bar charts in SVG).

Autoescape is on and an undefined name is an error. Every value a template prints passes
:func:`shown` (the environment's ``finalize``, and the ``visible`` filter for the web page): control
characters, bidi overrides included, are made visible (:func:`actieplan.normalize.visible`) and the
text is escaped (``<>&"'`` as entities). So a workbook's text can neither become markup nor
reorder or hide what the page says, and no template has to remember to ask for it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup, escape

from actieplan.normalize import dutch_number, visible


def shown(value: Any) -> Markup:
    """``value`` as text on a page: None is empty, control characters are made visible, ``<&>"'``
    escaped (markupsafe's escape, in C: a report lists thousands of values). Markup (a rendered
    part of our own) is left as it is."""
    if isinstance(value, Markup):
        return value
    return escape(visible(value))


def new_environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    """An environment over ``loader`` with the escaping every page we render gets (the writers'
    and the web page's): autoescape, :func:`shown` as ``finalize`` and as the ``visible`` filter."""
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=shown,
    )
    env.filters["visible"] = shown
    env.filters["number"] = dutch_number  # 1.1 -> '1,1'; None -> '(leeg)'
    return env


@cache
def environment() -> jinja2.Environment:
    return new_environment(jinja2.PackageLoader("actieplan.write", "templates"))


def render(name: str, **context: Any) -> str:
    """The page ``name`` of write/templates/ filled in with ``context``, ending with one newline (Jinja
    trims a template's last newline, so that an included part adds none)."""
    return environment().get_template(name).render(**context) + "\n"
