"""A rule set's settings (``rules/jaarNNNN/settings.toml``), typed and validated on load.

The ``[jaar]`` table is what every rule set has and the mechanism reads (year, period, deadline,
the department's address); every other table belongs to the year's own rules, which read it as
``settings["capaciteit"]["tolerantie_vte"]``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from actieplan.errors import ActieplanError


class RuleSetError(ActieplanError):
    """A rule set that cannot be used (unknown year, settings that do not validate). ``str()`` is Dutch."""


@dataclass(frozen=True)
class Settings:
    id: str  # what `actieplan sjabloon` writes in the template (actieplan-JAAR)
    werkjaar: int
    meerjarenplan: str  # first-last year, e.g. for working year N a period that contains N
    meerjarenplan_jaren: tuple[int, int]
    volgend_meerjarenplan_jaren: int  # length of the next multi-year plan (`regelset nieuw` past the period's end)
    indiendatum: date
    departement_email: str
    departement_naam: str
    raw: dict[str, Any] = field(repr=False, default_factory=dict)

    def __getitem__(self, section: str) -> Any:
        return self.raw[section]

    def get(self, section: str, default: Any = None) -> Any:
        return self.raw.get(section, default)


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def parse_settings(text: str, source: str) -> Settings:
    """Read and validate a settings file; a mistake is a :class:`RuleSetError` naming the key."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleSetError(f"De instellingen {source} zijn geen geldige TOML: {exc}.") from None
    jaar = raw.get("jaar")
    if not isinstance(jaar, dict):
        raise RuleSetError(f"De instellingen {source} missen de tabel [jaar].")

    def need(key: str, kind: type | tuple[type, ...], what: str) -> Any:
        value = jaar.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise RuleSetError(f"In {source} is [jaar] {key} = {value!r}; verwacht: {what}.")
        return value

    werkjaar = need("werkjaar", int, "een jaartal")
    start = need("meerjarenplan_start", int, "een jaartal")
    einde = need("meerjarenplan_einde", int, "een jaartal")
    meerjarenplan = need("meerjarenplan", str, f"'{start}-{einde}'")
    volgend = need("volgend_meerjarenplan_jaren", int, "een aantal jaren, bv. 6")
    indiendatum = need("indiendatum", date, "een datum, bv. 2025-10-15")
    email = need("departement_email", str, "een e-mailadres")
    settings = Settings(
        id=need("id", str, f"'actieplan-{werkjaar}'"),
        werkjaar=werkjaar,
        meerjarenplan=meerjarenplan,
        meerjarenplan_jaren=(start, einde),
        volgend_meerjarenplan_jaren=volgend,
        indiendatum=indiendatum,
        departement_email=email,
        departement_naam=str(jaar.get("departement_naam", "")),
        raw=raw,
    )
    problems = []
    if meerjarenplan.replace(" ", "") != f"{start}-{einde}":
        problems.append(f"meerjarenplan '{meerjarenplan}' is niet meerjarenplan_start-meerjarenplan_einde ({start}-{einde})")
    if not start <= werkjaar <= einde:
        problems.append(f"werkjaar {werkjaar} ligt niet in het meerjarenplan {start}-{einde}")
    if not 1 <= volgend <= 20:
        problems.append(f"volgend_meerjarenplan_jaren {volgend} is geen aantal jaren van 1 tot 20")
    if not _EMAIL.match(email):
        problems.append(f"departement_email '{email}' is geen e-mailadres")
    if type(indiendatum) is not date:
        problems.append(f"indiendatum {indiendatum} is geen datum zonder uur")
    if problems:
        raise RuleSetError(f"De instellingen {source} kloppen niet: " + "; ".join(problems) + ".")
    return settings
