"""A plan written in the department's Word template (.docx), read into the workbook loader's
:class:`~actieplan.read.loader.LoadedWorkbook` so that the same rules judge it.

:func:`load_document` reads a .docx with a year's layout (``RuleSet.word``); :func:`load_plan`
reads whatever plan a user gives (a workbook or a document), by what :func:`~actieplan.read.sniff.sniff`
says it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from actieplan.read.docx.document import KIND, load_document
from actieplan.read.loader import LoadedWorkbook, load_workbook
from actieplan.read.sniff import sniff

if TYPE_CHECKING:
    from actieplan.plugin.ruleset import RuleSet
    from actieplan.plugin.sheetspec import SheetSpec
    from actieplan.plugin.wordspec import WordLayout

__all__ = ["KIND", "load_document", "load_plan"]


def load_plan(
    path: str | Path,
    ruleset: "RuleSet",
    zorgraad: str | None = None,
    sheets: "Iterable[SheetSpec] | None" = None,
    layout: "WordLayout | None" = None,
) -> LoadedWorkbook:
    """A workbook or a Word document, read with ``ruleset``'s sheets (or ``sheets``) and, for a
    document, its Word layout (or ``layout``) and ``zorgraad`` (see :func:`load_document`)."""
    path = Path(path)
    specs = list(ruleset.sheets.values() if sheets is None else sheets)
    if sniff(path) == KIND:
        return load_document(path, specs, ruleset.word if layout is None else layout, zorgraad)
    return load_workbook(path, specs)
