"""The report object: the one input of every writer (JSON, annotated copy, HTML, mail, overview).

A report carries what the writers show and nothing they would have to work out again: the
findings, the rule set that made them (:class:`RuleSetInfo`), the source workbook's path, the
plan's typed :class:`Facts`, and the :class:`Panel` s the rule set draws from them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, Mapping


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def dutch(self) -> str:
        return {"error": "fout", "warning": "waarschuwing", "info": "info"}[self.value]


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Hit:
    """What a rule yields: where (sheet key, Excel row, column header) and the values it saw.

    Rules never compute cell addresses; :func:`actieplan.validate.locate.to_finding` does, once.
    ``row`` is the Excel row number (the frames are indexed by it); ``None`` for a whole sheet.
    ``column`` is the canonical header; ``None`` for a whole row or sheet.
    """

    sheet: str
    row: int | None = None
    column: str | None = None
    values: dict[str, Any] = field(default_factory=dict)
    # an Excel column number, only where the cell lies outside the contract's columns
    # (a misspelt header, an extra column); otherwise ``column`` names it
    col: int | None = None


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    sheet: str | None
    cell: str | None
    row: int | None
    column: str | None
    message: str
    # the title of the table row the finding is on (a fiche's title, a steering group's name, an
    # event's title, an ongoing action's title); None off a table row or when that cell is empty
    row_title: str | None = None
    # > 0: this entry stands for that many findings of its rule on its sheet that were left out
    # (past the cap in actieplan.validate.engine); it is counted as them, not as one
    omitted: int = 0

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["severity"] = self.severity.value
        if not self.omitted:
            del d["omitted"]
        return d

    @property
    def weight(self) -> int:
        """How many findings this entry counts for."""
        return self.omitted or 1

    @property
    def where(self) -> str:
        """'Capaciteit!C7', 'Stuurgroepen rij 5' or 'Capaciteit' for messages and summaries."""
        if self.sheet is None:
            return "werkmap"
        if self.cell:
            return f"{self.sheet}!{self.cell}"
        if self.row:
            return f"{self.sheet} rij {self.row}"
        return self.sheet


@dataclass(frozen=True)
class Figure:
    """One labelled number a rule set reports about a plan (a column of the folder overview)."""

    label: str  # Dutch, e.g. "Capaciteit A (VTE)"
    value: float | int | None


@dataclass(frozen=True)
class Chart:
    """A stacked bar chart: one bar per category, one stacked segment per series."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]  # (name, one value per category)
    axis: str = ""  # the values' unit, e.g. VTE


@dataclass(frozen=True)
class Facts:
    """What every rule set tells about a plan; a year's package subclasses it with its own figures."""

    zorgraad: str | None = None
    werkjaar: str | None = None
    contactpersoon: str | None = None
    email: str | None = None

    def figures(self) -> tuple[Figure, ...]:
        """The numbers the folder overview shows, in order (the same labels for every plan of a set)."""
        return ()

    def chart(self) -> Chart | None:
        """The chart the annotated copy's Controle sheet shows, if any."""
        return None


@dataclass(frozen=True)
class Panel:
    """A section of the report a rule set draws (e.g. the capacity): HTML for the report, lines for the mail."""

    id: str
    title: str
    html: str  # a fragment, everything from the workbook already escaped
    lines: tuple[str, ...] = ()  # for the draft mail
    # for a sheet (the Controle sheet): (kind, cells), kind 'title', 'head', 'item' or 'row'
    rows: tuple[tuple[str, tuple[Any, ...]], ...] = ()


@dataclass(frozen=True)
class RuleSetInfo:
    """The rule set a report was made with, as the writers show it."""

    id: str  # e.g. actieplan-JAAR
    werkjaar: int
    indiendatum: date
    departement_email: str
    departement_naam: str = ""
    # rule id -> its Dutch message template: the annotated copy recognises its own notes by them
    messages: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def deadline(self) -> str:
        return self.indiendatum.strftime("%d/%m/%Y")

    def late(self, today: date | None = None) -> str | None:
        """When ``today`` (default: the real date) is after the deadline: a Dutch sentence saying so, else None."""
        if (today or date.today()) <= self.indiendatum:
            return None
        return f"De indiendatum ({self.deadline}) is voorbij"


@dataclass
class Report:
    workbook: str
    findings: list[Finding]
    facts: Facts = field(default_factory=Facts)
    ruleset: RuleSetInfo | None = None
    source: Path | None = None  # the checked workbook
    panels: tuple[Panel, ...] = ()
    # the name of last year's workbook when the plan was compared with it (--vorig-jaar)
    previous: str | None = None
    # sheet (as written) -> the Excel column numbers of its contract columns, as the reader found
    # them: the cells a finding on a whole row marks in the annotated copy
    columns: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # the checked workbook was an annotated copy of ours (checked without our marks, notes and sheet)
    checked_copy: bool = False
    # Which run wrote the outputs (set by actieplan.run.check.run; :meth:`OutputSet.marker`): the run's
    # id and the key of the workbook's stem, in every output, so a reader can tell which belong
    # together and a later run which files are ours to replace.
    run: dict[str, str] = field(default_factory=dict)
    # the day of the check (set by actieplan.run.check.run; None: today): the draft mail compares the
    # rule set's deadline with it
    checked_on: date | None = None

    @property
    def ok(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for f in self.findings:
            counts[f.severity.value] += f.weight
        return counts

    @property
    def omitted(self) -> int:
        """How many findings were left out (counted, not listed one by one)."""
        return sum(f.omitted for f in self.findings)

    def counts_per_sheet(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for f in self.findings:
            per = out.setdefault(f.sheet or "werkmap", {s.value: 0 for s in Severity})
            per[f.severity.value] += f.weight
        return out

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"run": dict(self.run)} if self.run else {}
        out["workbook"] = self.workbook
        if self.previous is not None:
            out["vorig_jaar"] = self.previous
        if self.ruleset is not None:  # the rules the workbook was checked with
            r = self.ruleset
            out["regelset"] = {"id": r.id, "werkjaar": r.werkjaar, "indiendatum": r.indiendatum.isoformat()}
        out.update(ok=self.ok, counts=self.counts)
        if self.omitted:
            out["omitted"] = self.omitted  # findings counted but not listed (see the entries with 'omitted')
        out["findings"] = [f.as_json() for f in self.findings]
        return out

