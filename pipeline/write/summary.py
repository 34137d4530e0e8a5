"""The short Dutch summary the command prints."""

from __future__ import annotations

from pathlib import Path

from actieplan.model import Report, Severity
from actieplan.normalize import counted, visible

MAX_LINES = 200
_MARK = {Severity.ERROR: "FOUT", Severity.WARNING: "WAARSCHUWING", Severity.INFO: "INFO"}


def verdict(report: Report) -> str:
    c = report.counts
    if report.ok:
        extra = f" ({counted(c['warning'], 'waarschuwing', 'waarschuwingen')} om na te kijken)" if c["warning"] else ""
        return f"Klaar om in te dienen{extra}."
    stopped = f" {report.stopped}" if report.stopped else ""
    return f"Nog niet klaar: {counted(c['error'], 'fout', 'fouten')} te verbeteren, {counted(c['warning'], 'waarschuwing', 'waarschuwingen')}.{stopped}"


def render_summary(report: Report, outputs: list[Path] | None = None, notices: list[str] | None = None,
                   alles: bool = False) -> str:
    """The lines `actieplan controleer` prints: errors, then warnings, then infos (:meth:`Report.by_severity`).
    While there are errors the infos are only counted, with a hint; ``alles`` (--alles) lists them too."""
    lines = [f"Controle van {report.workbook}: {verdict(report)}"]
    if report.previous is not None:
        lines.append(f"Vergeleken met het actieplan van vorig jaar: {report.previous}.")
    findings = report.by_severity()
    hidden = 0
    if not alles and not report.ok:
        hidden = sum(f.weight for f in findings if f.severity is Severity.INFO)
        findings = [f for f in findings if f.severity is not Severity.INFO]
    for f in findings[:MAX_LINES]:
        lines.append(f"  {_MARK[f.severity]:<12} {f.where:<28} {f.message} [{f.rule}]")
    if len(findings) > MAX_LINES:
        rest = sum(f.weight for f in findings[MAX_LINES:])
        lines.append(f"  … en nog {counted(rest, 'bevinding', 'bevindingen')} (zie de uitvoer).")
    if hidden:
        lines.append(f"  … en {counted(hidden, 'melding', 'meldingen')} ter info (toon ze met --alles).")
    if not report.ok:
        lines.append("Geen e-mail aan het departement opgesteld: verbeter eerst de fouten en controleer opnieuw.")
    if outputs:
        run = f" (controle {report.run['id']})" if report.run.get("id") else ""
        lines.append(f"Geschreven{run}:")
        lines.extend(f"  {p}" for p in outputs)
    lines.extend(f"Let op: {notice}" for notice in notices or ())
    return "\n".join(visible(line) for line in lines)  # a cell's or file name's control characters shown, never obeyed
