"""Rules and rule sets: how a rule is declared, and the one object that holds a year's rule set.

Two kinds of rule:

* a *column rule* has ``vector``: a vectorised check ``(series) -> bool series`` (True = good)
  that the pandera schema of every sheet runs on the columns it applies to (``applies``), named
  by the rule id so that pandera's failure cases map straight to findings;
* a *sheet rule* has ``func``: ``func(ctx) -> iterable of Hit`` for what a column check cannot
  express (a row across columns, a whole sheet, one sheet against another, what the loader
  observed).

A rule yields where and what (a :class:`~actieplan.model.Hit`); the pipeline renders ``message``
with the hit's values and turns the position into the Excel cell.

The decorators record a rule in its own module (``__rules__``), not in a global registry: a
:class:`RuleSet` is built from the modules it lists, so two years' rule sets live side
by side in one process, and the modules every year keeps are listed by each year.

Which rule sets are installed and which one a run uses is the registry's
(:mod:`actieplan.plugin.registry`).
"""

from __future__ import annotations

import importlib
import inspect
import sys
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, TypeVar

from actieplan.model import Chart, Facts, Figure, Finding, Hit, Panel, RuleSetInfo, Severity
from actieplan.plugin.settings import RuleSetError, Settings, parse_settings
from actieplan.plugin.sheetspec import Column, SheetSpec
from actieplan.plugin.view import WorkbookView

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

    from actieplan.plugin.wordspec import WordLayout


ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
T = TypeVar("T")


class Seen:
    """What the loader observes while reading (``LoadedWorkbook.observations``); a loader rule
    names the kind it turns into findings with ``observes=``."""

    MISSING_SHEET = "missing-sheet"  # values: gevonden (a hint naming a close sheet name, or "")
    NO_HEADER = "no-header"  # values: koppen (the required headers)
    MISSING_COLUMN = "missing-column"  # values: kop, gevonden
    DUPLICATE_COLUMN = "duplicate-column"  # values: kop, eerste (the first column's letter)
    TRUNCATED = "truncated"  # values: max (rows read)


@dataclass(frozen=True)
class Observation:
    kind: str  # one of Seen
    hit: Hit


# A quote that starts with this is no sentence of the template but a rule of our own (Excel's limits,
# what the checker needs to read a cell); the catalogue says so plainly.
OWN_RULE = "Eigen regel: "


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    sheet: str  # the contract sheet it reports on, or "*" for any sheet
    message: str  # Dutch, str.format()ed with the hit's values
    summary: str  # Dutch, one line: what it checks
    quote: str  # the template sentence (or contract line) it enforces
    doc: str  # English: wrong and right example
    func: Callable[[Any], Iterable[Hit]] | None = None
    vector: Callable[["pd.Series"], "pd.Series"] | None = None
    applies: Callable[[SheetSpec, Column], bool] | None = None
    # a loader rule: the kind of observation (Seen) it reports
    observes: str | None = None
    # a gate: run before every other rule; a :class:`Stop` it yields ends the check there (a plan of
    # another year gets that one finding, not the follow-ups of rules written for this year). The
    # text is Dutch: what the verdict adds then ("Dit actieplan is van een ander werkjaar.")
    gate: str = ""

    @property
    def own(self) -> bool:
        """Whether the rule is ours rather than a sentence of the template (see :data:`OWN_RULE`)."""
        return self.quote.startswith(OWN_RULE)

    @property
    def quote_text(self) -> str:
        return self.quote[len(OWN_RULE):] if self.own else self.quote

    @property
    def checked_by(self) -> str:
        """Where the rule is checked outside the rule functions, for documentation."""
        return "loader" if self.observes or (self.func is None and self.vector is None) else ""


def _record(module_globals: dict[str, Any], rule: Rule) -> Rule:
    declared = module_globals.setdefault("__rules__", [])
    if any(r.id == rule.id for r in declared):
        raise ValueError(f"duplicate rule id {rule.id} in {module_globals.get('__name__')}")
    declared.append(rule)
    return rule


@dataclass(frozen=True)
class Stop(Hit):
    """A gate rule's hit after which no other rule runs: the workbook is not one this rule set can
    judge (its findings would only mislead); the check reports the gate's hits alone."""


def sheet_rule(id: str, *, severity: Severity, sheet: str, message: str, summary: str, quote: str, gate: str = ""):
    """Declare a function ``func(ctx) -> Iterable[Hit]``; its docstring is the rule's doc. With ``gate``
    (the verdict's Dutch sentence when it stops) it runs first, and a :class:`Stop` among its hits
    ends the check after the gates."""

    def deco(func: Callable[[Any], Iterable[Hit]]) -> Callable[[Any], Iterable[Hit]]:
        doc = inspect.cleandoc(func.__doc__ or "")
        _record(func.__globals__, Rule(id, severity, sheet, message, summary, quote, doc, func=func, gate=gate))
        return func

    return deco


def column_rule(
    id: str,
    *,
    severity: Severity,
    message: str,
    summary: str,
    quote: str,
    applies: Callable[[SheetSpec, Column], bool],
):
    """Declare a vectorised column check ``vector(series) -> bool series`` (True where good)."""

    def deco(vector: Callable[["pd.Series"], "pd.Series"]):
        _record(
            vector.__globals__,
            Rule(id, severity, "*", message, summary, quote, inspect.cleandoc(vector.__doc__ or ""), vector=vector, applies=applies),
        )
        return vector

    return deco


def loader_rule(
    id: str, *, severity: Severity, sheet: str = "*", message: str, summary: str, quote: str, doc: str,
    observes: str | None = None,
) -> Rule:
    """Declare a rule that reports what the loader observed while reading (``observes``: a :class:`Seen`;
    without it the rule reports nothing, and the catalogue test asks for its failing case)."""
    rule = Rule(id, severity, sheet, message, summary, quote, inspect.cleandoc(doc), observes=observes)
    return _record(sys._getframe(1).f_globals, rule)


# --------------------------------------------------------------------------- the context rules get


class Memo:
    """What several rules derive from the same sheet (the fiche titles' words, the capacity rows),
    built once per check: it lives as long as the check's :class:`Context`, unlike a global cache
    that would keep every plan's words of a long-running process."""

    def __init__(self) -> None:
        self._values: dict[Any, Any] = {}

    def get(self, key: Any, build: Callable[[], T]) -> T:
        """The value under ``key``, built by ``build()`` the first time."""
        try:
            return self._values[key]
        except KeyError:
            value = self._values[key] = build()
            return value

    def take(self, key: Any, build: Callable[[], T]) -> T:
        """As :meth:`get`, and forgotten afterwards (the last rule that reads a large value)."""
        value = self.get(key, build)
        del self._values[key]
        return value

    def __contains__(self, key: Any) -> bool:
        return key in self._values

    def __iter__(self):
        """The keys held now."""
        return iter(list(self._values))


@dataclass
class Context:
    """What a sheet rule gets: the workbook, its rule set and settings, and shared lookups."""

    workbook: WorkbookView
    ruleset: "RuleSet"
    cache: Memo = field(default_factory=Memo)
    # last year's plan (`--vorig-jaar`): read, never judged; comparison rules compare with it
    previous: WorkbookView | None = None

    @property
    def settings(self) -> Settings:
        return self.ruleset.settings

    def frame(self, name: str) -> "pd.DataFrame | None":
        return self.workbook.frame(name)

    def field(self, sheet: str, name: str) -> tuple[int | None, Any]:
        """(Excel row, value) of a field of a field-list sheet (SheetSpec.fields); (None, None) if absent."""
        loaded = self.workbook.sheets.get(sheet)
        if loaded is None:
            return None, None
        from actieplan.normalize import header_key

        return loaded.fields.get(header_key(name), (None, None))

    def observed(self, kind: str) -> list[Hit]:
        return [o.hit for o in self.workbook.observations if o.kind == kind]

    def installed(self, year: str) -> bool:
        """Whether a rule set for working year ``year`` is installed (a rule's hint: check with that one)."""
        from actieplan.plugin.registry import available  # here: the rule sets are listed once they are all importable

        return year in available()


# --------------------------------------------------------------------------- the rule set


@dataclass(frozen=True)
class TemplateTexts:
    """What a year's blank template holds beyond its sheets (see template.py)."""

    # the Instructies sheet: (text, style) with style one of title, head, text; str.format()ed
    # with jaar, mjp, email, deadline
    instructions: tuple[tuple[str, str], ...] = ()
    # sheet -> the rows the blank template starts with (settings -> rows as {header: value})
    prefill: Callable[[Settings], Mapping[str, list[dict[str, Any]]]] = lambda s: {}
    # (sheet, rows written) -> [(data index, header, formula(cell), cached value)]: computed cells,
    # the formula given ``cell(data index, header) -> "C5"``
    formulas: Callable[[str, list[Mapping[str, Any]]], list[tuple[int, str, Callable[..., str], Any]]] = lambda sheet, rows: []


@dataclass(frozen=True)
class RuleSet:
    package: str  # the Python package of the year (a jaarNNNN package of the rule sets' distribution)
    path: Path  # its folder (settings.toml, REGELS.md)
    settings: Settings
    sheets: dict[str, SheetSpec]
    rules: dict[str, Rule]  # in the order their findings are produced
    facts: Callable[[Context], Facts]
    panels: Callable[[Facts, list[Finding], Settings], tuple[Panel, ...]] = lambda facts, findings, settings: ()
    texts: TemplateTexts = TemplateTexts()
    # what last year's workbook (--vorig-jaar) lacks to be compared with, in Dutch ("staat geen blad
    # ..."), or None when it can be
    comparable: Callable[[WorkbookView], str | None] = lambda previous: None

    @property
    def id(self) -> str:
        return self.settings.id

    def __reduce__(self):
        # pickled as its package: a worker process rebuilds it once through the registry
        from actieplan.plugin.registry import load

        return load, (self.package,)

    @property
    def werkjaar(self) -> int:
        return self.settings.werkjaar

    @property
    def info(self) -> RuleSetInfo:
        s = self.settings
        by_id = self.rules  # the messages: the annotated copy knows its own notes by them
        return RuleSetInfo(s.id, s.werkjaar, s.indiendatum, s.departement_email, s.departement_naam,
                           {rule_id: rule.message for rule_id, rule in by_id.items()})

    @property
    def word_path(self) -> Path:
        """The layout of this year's Word template (headings, column titles, labels, instructions)."""
        return self.path / "word.toml"

    @cached_property
    def word(self) -> "WordLayout":
        """The layout of this year's Word template, loaded and checked when first asked for."""
        from actieplan.plugin.wordspec import parse_layout

        try:
            text = self.word_path.read_text(encoding="utf-8")
        except OSError:
            raise RuleSetError(
                f"De regelset {self.id} kent het Word-sjabloon niet: {self.word_path.name} ontbreekt in {self.path}."
            ) from None
        layout = parse_layout(text, f"{self.package}/{self.word_path.name}", self.settings, self.sheets)
        unknown = sorted({rule for rule, _, _ in layout.messages if rule not in self.rules})
        if unknown:
            raise RuleSetError(f"{layout.source}: [[melding]]: de regel(s) {', '.join(unknown)} bestaan niet in deze regelset")
        return layout

    @property
    def catalogue_path(self) -> Path:
        return self.path / "REGELS.md"

    @property
    def examples_path(self) -> Path:
        """Every rule's message as it really reads on its first failing case
        (tools/maak_voorbeeldmeldingen.py), shown by `actieplan regel`."""
        return self.path / "voorbeeldmeldingen.json"

    @cached_property
    def examples(self) -> dict[str, dict[str, str]]:
        import json

        try:
            return json.loads(self.examples_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    @classmethod
    def build(
        cls,
        package: str,
        modules: Iterable[str],
        sheets: Callable[[Settings], Iterable[SheetSpec]],
        facts: Callable[[Context], Facts],
        panels: Callable[[Facts, list[Finding], Settings], tuple[Panel, ...]] | None = None,
        texts: TemplateTexts | None = None,
        comparable: Callable[[WorkbookView], str | None] | None = None,
    ) -> "RuleSet":
        """A year's rule set: its settings.toml, its sheets, and the rules of ``modules`` in that order."""
        folder = resources.files(package)
        settings = parse_settings(folder.joinpath("settings.toml").read_text(encoding="utf-8"), f"{package}/settings.toml")
        rules: dict[str, Rule] = {}
        for name in modules:
            module = importlib.import_module(name)
            for schema in getattr(module, "__settings__", ()):  # the tables it reads, checked now
                settings.section(schema)
            for rule in getattr(module, "__rules__", []):
                if rule.id in rules:
                    raise ValueError(f"duplicate rule id {rule.id} in {package}")
                rules[rule.id] = settings.quoted(rule)  # the year's own quote ([citaten]), if any
        return cls(
            package=package,
            path=Path(str(folder)),
            settings=settings,
            sheets={spec.name: spec for spec in sheets(settings)},
            rules=rules,
            facts=facts,
            panels=panels or (lambda f, findings, s: ()),
            texts=texts or TemplateTexts(),
            comparable=comparable or (lambda previous: None),
        )

    def text(self, template: str) -> str:
        """A rule's summary with the numbers of this year's settings: ``{capaciteit[tolerantie_vte]}``
        shows 0,01; ``{capaciteit[ondergrens_fractie]:%}`` shows 85%."""
        return template.format_map(_SettingsView(self.settings.raw))

    def summary(self, rule: Rule) -> str:
        return self.text(rule.summary)

    def column_rules(self) -> list[Rule]:
        return [r for r in self.ordered() if r.vector is not None]

    def ordered(self) -> list[Rule]:
        """Every rule, in the order its findings are produced."""
        by_id = self.rules
        return list(by_id.values())

    @cached_property
    def _schemas(self) -> dict[str, "pa.DataFrameSchema"]:
        from actieplan.validate.schemas import build_schema

        return {name: build_schema(spec, self.column_rules()) for name, spec in self.sheets.items()}

    def schema(self, sheet: str) -> "pa.DataFrameSchema":
        return self._schemas[sheet]


class _Shown:
    """A settings value as a summary shows it: Dutch decimals, ``:%`` a share as a percentage."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __getitem__(self, key: str) -> "_Shown":
        return _Shown(self.value[key])

    def __format__(self, spec: str) -> str:
        v = self.value
        if spec == "%":
            return f"{round(float(v) * 100):g}%"
        if isinstance(v, float):
            return f"{v:g}".replace(".", ",")
        return format(v, spec)


class _SettingsView(dict):
    def __init__(self, raw: Mapping[str, Any]) -> None:
        super().__init__({k: _Shown(v) for k, v in raw.items()})


__all__ = [
    "Chart", "Column", "Context", "ERROR", "Facts", "Figure", "INFO", "Memo", "Observation", "Panel", "Rule", "RuleSet",
    "RuleSetError", "Seen", "Settings", "SheetSpec", "Stop", "TemplateTexts", "WARNING", "column_rule", "loader_rule",
    "sheet_rule",
]
