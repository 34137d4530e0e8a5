"""`actieplan importeer PLAN.docx` and `actieplan word WERKMAP.xlsx`: a plan from one form into the other.

`importeer`: the master workbook with everything read from a plan.
The plan is read as `controleer` reads it (a Word document in the department's template, or a
workbook), and its values are written into the blank template's layout
(:func:`actieplan.write.template.write_template`): each sheet's rows as read, the user's own text
where reading normalised it (``0,2 VTE`` stays ``0,2 VTE``), vertical merges kept. Checking the
written workbook gives the plan's findings. The target is the name the user gave or the plan's
name with ``.xlsx`` beside it, and never an existing file.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from actieplan.errors import ActieplanError, OutputError, quoted_arg
from actieplan.plugin.ruleset import RuleSet
from actieplan.read.loader import NOTE_LABEL, LoadedSheet, LoadedWorkbook

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def default_target(source: Path, suffix: str) -> Path:
    """The output of `importeer` or `word` without --naar: the source's name with ``suffix``, beside it."""
    return source.with_name(f"{source.stem}{suffix}")


def refuse_existing(target: Path, command: str, source: Path, suffix: str) -> None:
    """`importeer` and `word` never write over a file: OutputError (Dutch) naming a free name."""
    if target.is_dir():
        raise OutputError(f"'{target}' is een map. Geef de naam van het nieuwe bestand, bv. --naar '{target / default_target(source, suffix).name}'.")
    if os.path.lexists(target):
        free = next((c for n in range(2, 1000) if not os.path.lexists(c := target.with_name(f"{target.stem}-{n}{target.suffix}"))),
                    target.with_name(f"{target.stem}-nieuw{target.suffix}"))
        raise OutputError(
            f"'{target}' bestaat al; actieplan {command} schrijft nooit over een bestaand bestand. Kies een andere "
            f"naam met --naar, bv. 'actieplan {command} {quoted_arg(str(source))} --naar {quoted_arg(str(free))}', of verplaats eerst het bestaande bestand."
        )


def sheet_rows(sheet: LoadedSheet) -> tuple[list[dict[str, Any]], list[tuple[str, int, int]]]:
    """The rows of a loaded sheet as {header: value} (the user's own text where reading normalised
    it) and its vertical merges as (header, first row index, last row index)."""
    frame = sheet.frame
    rows: list[dict[str, Any]] = []
    index = list(frame.index)
    for position, excel_row in enumerate(index):
        row: dict[str, Any] = {}
        for header, col in sheet.columns.items():
            value = sheet.raw.get((excel_row, col), frame.iat[position, frame.columns.get_loc(header)])
            row[header] = None if value is None or (isinstance(value, float) and math.isnan(value)) else value
        rows.append(row)
    merges: list[tuple[str, int, int]] = []
    at = {excel_row: i for i, excel_row in enumerate(index)}
    for header, col in sheet.columns.items():
        groups: dict[int, list[int]] = {}
        for (r, c), (r0, c0) in sheet.merged.items():
            if c == col and c0 == col and r in at and r0 in at:
                groups.setdefault(r0, [r0]).append(r)
        for members in groups.values():
            positions = sorted(at[r] for r in members)
            if positions == list(range(positions[0], positions[-1] + 1)):
                merges.append((header, positions[0], positions[-1]))
    return rows, merges


def sheet_notes(workbook: LoadedWorkbook) -> dict[str, list[str]]:
    """The notes under each table (text a row of the table does not hold: a note under a table in a
    workbook, a remark beside a fiche in a document), as lines for the first column under the table.
    Where that column is the table's title column, or the table has fixed rows, a line that does not
    start as a note does ('Opmerking: ...'), so it is read back as a note, not as a row of the table."""
    notes: dict[str, list[str]] = {}
    for name, sheet in workbook.sheets.items():
        # the template's first column is the title column, or the table has fixed rows (Capaciteit's
        # codes): there a text reads as a note only when it says it is one
        titled = sheet.spec.columns[0].header == sheet.spec.title_header or not sheet.spec.row_label
        for kind, text in sheet.below.values():
            if kind == "opmerking" and text.strip():
                notes.setdefault(name, []).append(text if not titled or NOTE_LABEL.match(text) else f"Opmerking: {text}")
    return notes


def workbook_data(workbook: LoadedWorkbook, ruleset: RuleSet) -> tuple[dict[str, list[dict[str, Any]]], list[tuple[str, str, int, int]]]:
    """Every sheet of ``ruleset`` with the rows read (a sheet the plan lacks: no rows, so the blank
    template's prefilled rows do not stand in for what the plan did not say), and the merges."""
    data: dict[str, list[dict[str, Any]]] = {}
    merges: list[tuple[str, str, int, int]] = []
    for name in ruleset.sheets:
        sheet = workbook.sheets.get(name)
        if sheet is None:
            data[name] = []
            continue
        rows, sheet_merges = sheet_rows(sheet)
        data[name] = rows
        merges.extend((name, header, first, last) for header, first, last in sheet_merges)
    return data, merges


def load_plan(path: Path, ruleset: RuleSet, zorgraad: str | None = None) -> LoadedWorkbook:
    """The plan at ``path`` (a workbook or a Word document) read as `controleer` reads it
    (UnreadableWorkbook, Dutch, when it cannot be)."""
    from actieplan.read.docx import load_plan as read_plan

    return read_plan(path, ruleset, zorgraad)


def _target(source: Path, target: str | Path | None, command: str, suffixes: tuple[str, ...], kind: str) -> Path:
    """Where `importeer` or `word` writes: ``target`` or the default beside ``source``; OutputError
    (Dutch) for a name of another kind, a folder or an existing file (never overwritten)."""
    default = default_target(source, suffixes[0])
    if target is None and os.path.lexists(default) and default.resolve() == source.resolve():
        other = "een Word-document (.docx)" if command == "importeer" else "een Excel-werkmap (.xlsx)"
        raise OutputError(
            f"'{source.name}' is al {kind}. actieplan {command} leest {other} en schrijft {kind}; "
            f"wilt u een kopie in de lay-out van actieplan, geef dan een nieuwe naam met --naar."
        )
    target = default if target is None else Path(target)
    if target.suffix.lower() not in suffixes:
        raise OutputError(
            f"'{target}' is geen naam voor {kind}. Kies een naam die eindigt op {suffixes[0]}, "
            f"bv. --naar '{default_target(target, suffixes[0])}'."
        )
    refuse_existing(target, command, source, suffixes[0])
    return target


def importeer(source: str | Path, target: str | Path | None, ruleset: RuleSet, zorgraad: str | None = None) -> Path:
    """Write the master workbook of the plan ``source`` to ``target`` (default: beside it, .xlsx).
    Never over an existing file; never changes ``source``."""
    from actieplan.write.template import write_template

    source = Path(source)
    target = _target(source, target, "importeer", WORKBOOK_SUFFIXES, "een Excel-werkmap")
    workbook = load_plan(source, ruleset, zorgraad)
    data, merges = workbook_data(workbook, ruleset)
    return write_template(target, data, merges, ruleset=ruleset, overwrite=False, notes=sheet_notes(workbook))


def _refuse_other_year(source: Path, workbook: LoadedWorkbook, ruleset: RuleSet) -> None:
    """A workbook whose Werkjaar is another year than the rule set's gets no Word document: the
    template (its headings 'Acties JAAR', 'Mijlpalen in JAAR', its instructions) is the rule set's
    year's. ActieplanError in Dutch: which rule set to use, or that none of that year is installed."""
    from actieplan.plugin.registry import available
    from actieplan.read.vorig_jaar import werkjaar_of

    year = werkjaar_of(workbook, ruleset)
    if year is None or year == ruleset.werkjaar:
        return
    said = (f"'{source.name}' is het actieplan {year} (Werkjaar in het blad Algemeen), en de regelset {ruleset.werkjaar} "
            f"schrijft het Word-sjabloon van {ruleset.werkjaar}; er is niets geschreven.")
    if str(year) in available():
        how = f" Schrijf het met de regelset van dat jaar: --regelset {year}."
    else:
        how = f" Deze versie van actieplan heeft geen regelset (en geen Word-sjabloon) voor {year}."
        if year > ruleset.werkjaar:  # as the check says it (algemeen-werkjaar)
            how += (f" Een regelset voor {year} komt met een nieuwere versie van actieplan (vraag ernaar bij wie "
                    "actieplan beheert).")
    raise ActieplanError(f"{said}{how} Is het wel het actieplan {ruleset.werkjaar}, verbeter dan het werkjaar in de werkmap.")


def word(source: str | Path, target: str | Path | None, ruleset: RuleSet) -> Path:
    """Write the department's Word template filled with the workbook ``source`` to ``target``
    (default: beside it, .docx). Never over an existing file; never changes ``source``."""
    from actieplan.write.word import write_word

    source = Path(source)
    target = _target(source, target, "word", (".docx",), "een Word-document")
    workbook = load_plan(source, ruleset)
    _refuse_other_year(source, workbook, ruleset)
    data, merges = workbook_data(workbook, ruleset)
    try:
        return write_word(target, data, merges, ruleset=ruleset, notes=sheet_notes(workbook))
    except FileExistsError:  # it appeared meanwhile: still never overwritten
        refuse_existing(target, "word", source, ".docx")
        raise
