"""The report object: the one input of the JSON writer, the annotator and the HTML renderer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


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

    Rules never compute cell addresses; :func:`actieplan.locate.to_finding` does, once.
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

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["severity"] = self.severity.value
        return d

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


@dataclass
class Report:
    workbook: str
    findings: list[Finding]
    # Facts for the summary, the report and the folder overview (zorgraad, werkjaar, capacity...).
    facts: dict[str, Any] = field(default_factory=dict)
    # the name of last year's workbook when the plan was compared with it (--vorig-jaar)
    previous: str | None = None
    # Which run wrote the outputs (set by actieplan.check.run; :meth:`OutputSet.marker`): the run's
    # id and the key of the workbook's stem, in every output, so a reader can tell which belong
    # together and a later run which files are ours to replace.
    run: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for f in self.findings:
            counts[f.severity.value] += 1
        return counts

    def counts_per_sheet(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for f in self.findings:
            per = out.setdefault(f.sheet or "werkmap", {s.value: 0 for s in Severity})
            per[f.severity.value] += 1
        return out

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"run": dict(self.run)} if self.run else {}
        out["workbook"] = self.workbook
        if self.previous is not None:
            out["vorig_jaar"] = self.previous
        out.update(ok=self.ok, counts=self.counts, findings=[f.as_json() for f in self.findings])
        return out

