"""The Dutch words the writers use for the checked file: a workbook's ("werkmap", "blad") or a Word
document's ("document", "deel"), chosen by the source's suffix. One table, so the report, the
console summary, the mail, the overview and the web page say the same."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from actieplan.read.sniff import is_document



@dataclass(frozen=True)
class Wording:
    file: str  # "werkmap" / "document"
    the_file: str  # "de werkmap" / "het document" (with its article)
    kind: str  # "Werkmap" / "Word-document" (before the file's name)
    part: str  # "blad" / "deel": where a finding lies in the file
    the_part: str  # "het blad" / "het deel"
    by_part: str  # "Overzicht per blad" / "Overzicht per deel"

    @property
    def Part(self) -> str:  # noqa: N802 - a table heading
        return self.part.capitalize()


WORKBOOK = Wording("werkmap", "de werkmap", "Werkmap", "blad", "het blad", "Overzicht per blad")
DOCUMENT = Wording("document", "het document", "Word-document", "deel", "het deel", "Overzicht per deel")


def wording(source: str | Path | None) -> Wording:
    """The words for ``source`` (a path or file name; None: a workbook's)."""
    return DOCUMENT if is_document(source) else WORKBOOK


def plans_counted(names: list[str | Path]) -> tuple[str, str]:
    """How a list of checked files is counted: ("werkmap", "werkmappen") when all are workbooks,
    else ("bestand", "bestanden")."""
    if any(is_document(n) for n in names):
        return "bestand", "bestanden"
    return "werkmap", "werkmappen"
