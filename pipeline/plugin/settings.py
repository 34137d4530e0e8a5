"""A rule set's settings (``rules/jaarNNNN/settings.toml``), typed and validated on load.

The ``[jaar]`` table is what every rule set has and the mechanism reads (year, period, deadline,
the department's address). The ``[citaten]`` table holds the template's sentences that a rule
quotes and that belong to one year's template (they name its years): rule id -> sentence. Every
other table belongs to the rules, which declare its shape as frozen dataclasses (a module's
``__settings__``) and read it typed: ``settings.section(RuleSettings).capaciteit.tolerantie_vte``.
:meth:`Settings.section` builds and checks such a dataclass from the tables once; the rule set
does so for every module it names when it loads, so a wrong type is an error at load that names
the key.

Summaries read the raw tables (``{capaciteit[tolerantie_vte]}``): ``settings["capaciteit"]``.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from actieplan.errors import ActieplanError


class RuleSetError(ActieplanError):
    """A rule set that cannot be used (unknown year, settings that do not validate). ``str()`` is Dutch."""


T = TypeVar("T")


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
    source: str = "settings.toml"  # where the settings come from, for an error message
    # rule id -> the template's sentence the rule quotes, in this year's words ([citaten])
    quotes: dict[str, str] = field(repr=False, default_factory=dict)
    # the typed tables built so far (section): per dataclass, built once
    _sections: dict[type, Any] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __getitem__(self, section: str) -> Any:
        return self.raw[section]

    def get(self, section: str, default: Any = None) -> Any:
        return self.raw.get(section, default)

    def section(self, schema: type[T]) -> T:
        """The tables as the frozen dataclass ``schema`` (a field per key, a nested dataclass per
        table), checked and built the first time; :class:`RuleSetError` names a wrong or missing key."""
        try:
            return self._sections[schema]
        except KeyError:
            value = self._sections[schema] = _build(schema, self.raw, (), self.source)
            return value

    def quoted(self, rule: T) -> T:
        """``rule`` (a rule with ``id`` and ``quote``) with this year's quote from ``[citaten]``; a
        rule that quotes nothing itself must find its sentence there."""
        quote = self.quotes.get(rule.id)  # type: ignore[attr-defined]
        if quote is not None:
            return dataclasses.replace(rule, quote=quote)  # type: ignore[type-var]
        if not rule.quote:  # type: ignore[attr-defined]
            raise RuleSetError(f"In {self.source} ontbreekt [citaten] \"{rule.id}\": de zin van het sjabloon die de regel citeert.")  # type: ignore[attr-defined]
        return rule


_KINDS: dict[Any, str] = {int: "een geheel getal", float: "een getal", str: "een tekst", bool: "true of false", date: "een datum"}


def _build(schema: type[T], table: Any, path: tuple[str, ...], source: str) -> T:
    where = f"[{'.'.join(path)}]" if path else "de instellingen"
    if not isinstance(table, dict):
        raise RuleSetError(f"In {source} is {where} geen tabel.")
    hints = typing.get_type_hints(schema)
    values = {}
    for f in dataclasses.fields(schema):
        if not f.init:
            continue
        if f.name not in table:
            if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                continue
            raise RuleSetError(f"In {source} ontbreekt {where} {f.name}.")
        values[f.name] = _value(hints[f.name], table[f.name], (*path, f.name), source)
    return schema(**values)


def _value(kind: Any, value: Any, path: tuple[str, ...], source: str) -> Any:
    """``value`` of the TOML key ``path`` as ``kind``: int, float (an int is fine), str, bool, date,
    tuple[X, ...] (a list), dict[str, X] (a table of tables) or a dataclass (a table)."""
    if dataclasses.is_dataclass(kind):
        return _build(kind, value, path, source)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    table, key = ".".join(path[:-1]), path[-1]
    shown = f"[{table}] {key}" if table else key

    def wrong(what: str) -> RuleSetError:
        return RuleSetError(f"In {source} is {shown} = {value!r}; verwacht: {what}.")

    if origin is tuple:
        if not isinstance(value, list):
            raise wrong(f"een lijst ({_KINDS.get(args[0], args[0])} per element)")
        return tuple(_value(args[0], v, path, source) for v in value)
    if origin is dict:
        if not isinstance(value, dict):
            raise wrong("een tabel")
        return {k: _value(args[1], v, (*path, k), source) for k, v in value.items()}
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        return None if value is None else _value(next(a for a in args if a is not type(None)), value, path, source)
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise wrong(_KINDS[float])
        return float(value)
    if kind is bool:
        if not isinstance(value, bool):
            raise wrong(_KINDS[bool])
        return value
    if kind in (int, str, date):
        if isinstance(value, bool) or not isinstance(value, kind):
            raise wrong(_KINDS[kind])
        return value
    raise TypeError(f"settings schema: no reading of {kind!r} ({shown})")


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
        source=source,
        quotes=_value(dict[str, str], raw.get("citaten", {}), ("citaten",), source),
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
