"""The report object: the one input of every writer (JSON, annotated copy, HTML, mail, overview).

A report carries what the writers show and nothing they would have to work out again: the
findings, the rule set that made them (:class:`RuleSetInfo`), the source workbook's path, the
plan's typed :class:`Facts`, and the :class:`Panel` s the rule set draws from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, ClassVar, Mapping


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
class DocLocation:
    """Where a finding lies in a Word document (a plan written in the department's .docx template).

    ``section``: the heading the place lies under, as written (e.g. 'Overzicht stuurgroepen' or the
    fiche's title); ``table``: the table's number in the document, 1-based, in reading order (None
    for a paragraph outside tables); ``row``: the row's number in that table, 1-based; ``label``: the
    row's label cell or the column title (e.g. 'Wat?', 'Trekker'), or the paragraph's field name.
    ``anchor``: the ElementPath (lxml ``getroottree().getelementpath``) of the ``w:p`` or ``w:tc``
    element in ``word/document.xml`` the finding is about: the annotated copy puts its comment
    there. Not in the JSON (it is the document's own structure).
    """

    section: str | None
    table: int | None
    row: int | None
    label: str | None
    anchor: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"section": self.section, "table": self.table, "row": self.row, "label": self.label}

    @property
    def dutch(self) -> str:
        """"'Overzicht stuurgroepen', tabel 3, rij 2 (Trekker)" for messages and summaries."""
        parts = []
        if self.section:
            parts.append(f"'{self.section}'")
        if self.table is not None:
            parts.append(f"tabel {self.table}")
        if self.row is not None:
            parts.append(f"rij {self.row}")
        place = ", ".join(parts) or "document"
        return f"{place} ({self.label})" if self.label else place


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
    # a plan read from a Word document: the finding's place there (``cell`` is None then)
    location: DocLocation | None = None

    def as_json(self) -> dict[str, Any]:
        # the fields in their order, built directly (dataclasses.asdict deep-copies every value:
        # most of the JSON writer's time on a plan with thousands of findings)
        d: dict[str, Any] = {
            "rule": self.rule, "severity": self.severity.value, "sheet": self.sheet, "cell": self.cell,
            "row": self.row, "column": self.column, "message": self.message, "row_title": self.row_title,
        }
        if self.omitted:
            d["omitted"] = self.omitted
        if self.location is not None:  # a workbook's findings keep the contract's fields as they were
            d["location"] = self.location.as_json()
        return d

    @property
    def weight(self) -> int:
        """How many findings this entry counts for."""
        return self.omitted or 1

    @property
    def where(self) -> str:
        """'Capaciteit!C7', 'Stuurgroepen rij 5' or 'Capaciteit' for messages and summaries."""
        if self.location is not None:
            return f"{self.sheet}, {self.location.dutch}" if self.sheet else self.location.dutch
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
    # one '#RRGGBB' per series (e.g. those of the report's own chart); empty: the writer's palette
    colours: tuple[str, ...] = ()


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


# -- what a panel shows: data, drawn by the writers' templates (actieplan/write/templates/) ----------


@dataclass(frozen=True)
class Heading:
    """A heading within a panel."""

    text: str
    template: ClassVar[str] = "blocks/heading.html"


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: ``text``, then ``strong`` in bold (if any), then ``after``."""

    text: str
    strong: str = ""
    after: str = ""
    template: ClassVar[str] = "blocks/paragraph.html"


@dataclass(frozen=True)
class Quoted:
    """A name within a text, shown between single quotes: ``('continued as ', Quoted(title))``."""

    text: str


@dataclass(frozen=True)
class Table:
    """A table: its header, its rows, the columns that hold numbers (right-aligned). A cell is a
    text or a number, or a tuple of items (a bulleted list; '–' when empty); an item is a text, or
    a tuple of texts and :class:`Quoted` names."""

    head: tuple[str, ...]
    rows: tuple[tuple[str | int | float | tuple[str | tuple[str | Quoted, ...], ...], ...], ...]
    numeric: frozenset[int] = frozenset()
    css_class: str = ""
    template: ClassVar[str] = "blocks/table.html"


@dataclass(frozen=True)
class Bar:
    """One bar of a chart, or one part of a stacked bar. ``value`` None: not filled in (drawn as 0,
    labelled '(leeg)'); ``title`` is the tooltip, ``label`` the text beside (or on) the bar."""

    label: str
    value: float | None
    colour: str
    title: str = ""


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars one under the other, each labelled on its left, its value on its right."""

    title: str
    bars: tuple[Bar, ...]
    template: ClassVar[str] = "charts/bars.svg"


@dataclass(frozen=True)
class StackedChart:
    """A reference bar (e.g. what is available) above a bar stacked from ``parts`` (what is
    planned), a dashed line marking the reference across both (when it has a value), and a legend
    of the parts; ``total`` is written at the end of the stacked bar."""

    title: str
    reference: Bar
    stacked_label: str
    parts: tuple[Bar, ...]
    total: float
    template: ClassVar[str] = "charts/stacked.svg"


@dataclass(frozen=True)
class PairedChart:
    """Per category two thin bars, one above the other (e.g. last year above this year), and a
    legend of the two (``legend``: a label and colour each)."""

    title: str
    groups: tuple[tuple[str, tuple[Bar, Bar]], ...]  # (category, (upper bar, lower bar))
    legend: tuple[Bar, Bar]
    template: ClassVar[str] = "charts/paired.svg"


Block = Heading | Paragraph | Table | BarChart | StackedChart | PairedChart


@dataclass(frozen=True)
class Panel:
    """A section of the report a rule set draws (e.g. the capacity), as data: its blocks for the
    report (the writers' templates draw them), lines for the mail, rows for a sheet."""

    id: str
    title: str
    blocks: tuple[Block, ...] = ()  # the report's section, in order
    lines: tuple[str, ...] = ()  # for the draft mail
    # for a sheet (the Controle sheet): (kind, cells), kind 'title', 'head', 'item' or 'row'
    rows: tuple[tuple[str, tuple[Any, ...]], ...] = ()
    template: ClassVar[str] = "panel.html"


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

    @property
    def late_advice(self) -> str:
        """What to do when :meth:`late` says the deadline has passed (the command line and the report say it)."""
        return f"Dien het actieplan zo snel mogelijk in, of vraag het departement ({self.departement_email}) hoe het verder moet."


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
    # the day of the check (the day the report is made; actieplan.run.check.run sets the day it
    # is given): the report shows it, the draft mail compares the rule set's deadline with it
    checked_on: date = field(default_factory=date.today)
    # a gate rule stopped the check (its findings alone; no other rule ran): the verdict's sentence
    # that says why, e.g. a plan of another year
    stopped: str = ""

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

    def by_severity(self) -> list[Finding]:
        """The findings as the console, the Controle sheet and the HTML report list them: errors, then
        warnings, then infos; within each as the engine ordered them (by sheet and row). The findings
        JSON keeps the engine's order (``findings``), which tools read."""
        return sorted(self.findings, key=lambda f: SEVERITY_ORDER[f.severity])

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
        if self.stopped:  # a gate rule ended the check: the other rules did not run
            out["stopped"] = self.stopped
        if self.omitted:
            out["omitted"] = self.omitted  # findings counted but not listed (see the entries with 'omitted')
        out["findings"] = [f.as_json() for f in self.findings]
        return out

