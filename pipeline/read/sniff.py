"""What kind of file the user gave: the first stage of reading, and the only one that decides it.

:func:`sniff` looks at the path (missing, a folder, a FIFO, Excel's lock file ``~$...``), the
name's suffix (a Word document, a spreadsheet of another program), the first bytes (empty, an OLE
file: an old .xls or a password-protected workbook, a PDF, not a zip) and, for a zip, the names
of its members (a Word document or an OpenDocument file renamed to .xlsx, a member encrypted by
the zip itself). An .xlsx/.xlsm workbook and a .docx Word document (a plan in the department's Word
template) pass; anything else is refused with a Dutch message that says what the file is and what
to do. Nothing here unpacks a member: the package limits are the
guard's (:mod:`actieplan.read.guard`), which runs next.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path
from typing import Literal

from actieplan.errors import UnreadableWorkbook, os_reason

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm"}
# A text processor's documents: the department's own template is a Word document, and a user may
# give it (or their plan typed in it) instead of the workbook. A .docx is read
# (actieplan.read.docx); the others are refused with the way to a .docx.
WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".doc", ".dot", ".odt", ".rtf"}
DOCUMENT_SUFFIXES = {".docx"}


def is_document(path: str | Path | None) -> bool:
    """Whether ``path`` names a plan in the Word template (by its suffix; :func:`sniff` checks the
    content): the one test the reader, the writers and the commands share."""
    return path is not None and Path(str(path)).suffix.lower() in DOCUMENT_SUFFIXES
# other programs' spreadsheets (and text) that Excel or LibreOffice saves as .xlsx
OTHER_SUFFIXES = {".xls", ".ods", ".csv", ".xlsb", ".numbers"}
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

Kind = Literal["xlsx", "xlsm", "docx"]


def sniff(path: Path) -> Kind:
    """The kind of plan ``path`` is (a workbook, or a Word document: "docx"); UnreadableWorkbook
    (Dutch) for anything else."""
    name = path.name
    if not path.exists():
        raise UnreadableWorkbook(f"Het bestand '{path}' bestaat niet. Controleer de naam en de map.")
    if path.is_dir():
        raise UnreadableWorkbook(f"'{path}' is een map, geen werkmap. Geef het pad naar een .xlsx-bestand.")
    special = special_file(path)
    if special is not None:
        raise UnreadableWorkbook(
            f"'{name}' is geen gewoon bestand maar {special}; actieplan leest alleen gewone bestanden. "
            "Geef het pad naar de werkmap zelf (.xlsx)."
        )
    if name.startswith("~$") and path.suffix.lower() in WORD_SUFFIXES:
        raise UnreadableWorkbook(  # Word's drops the name's first two characters: the document's name is not known
            f"'{name}' is een tijdelijk vergrendelbestand dat Word maakt terwijl een document open is. "
            "Controleer het document zelf (de naam eindigt op '" + name[2:] + "')."
        )
    if name.startswith("~$"):
        raise UnreadableWorkbook(
            f"'{name}' is een tijdelijk vergrendelbestand dat Excel maakt terwijl de werkmap open is. "
            f"Controleer de werkmap zelf: '{name[2:]}'."
        )
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES - DOCUMENT_SUFFIXES:
        raise UnreadableWorkbook(word_document(name))
    if suffix in OTHER_SUFFIXES:
        raise UnreadableWorkbook(
            f"'{name}' is een {suffix}-bestand. Open het in Excel of LibreOffice en kies "
            "'Opslaan als' > 'Excel-werkmap (*.xlsx)'; controleer daarna het .xlsx-bestand."
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except PermissionError:
        raise UnreadableWorkbook(
            f"Geen toegang tot '{name}': u mag dit bestand niet lezen. Kopieer het naar een eigen map "
            "of vraag toegang."
        ) from None
    except OSError as exc:
        raise UnreadableWorkbook(f"'{name}' kan niet gelezen worden ({os_reason(exc)}).") from None
    if not head:
        again = "het document opnieuw op in Word" if is_document(path) else "de werkmap opnieuw op in Excel"
        raise UnreadableWorkbook(f"'{name}' is leeg (0 bytes). Sla {again}.")
    if head.startswith(OLE_MAGIC):
        if suffix in DOCUMENT_SUFFIXES:
            if _ole_is_encrypted(path):
                raise UnreadableWorkbook(
                    f"'{name}' is met een wachtwoord beveiligd (versleuteld). Open het in Word, verwijder het "
                    "wachtwoord (Bestand > Info > Document beveiligen) en sla het opnieuw op."
                )
            raise UnreadableWorkbook(word_document(name, renamed=True, old=True))
        if suffix in WORKBOOK_SUFFIXES and _ole_is_encrypted(path):
            raise UnreadableWorkbook(
                f"'{name}' is met een wachtwoord beveiligd (versleuteld). Open het in Excel, verwijder "
                "het wachtwoord (Bestand > Info > Werkmap beveiligen) en sla het opnieuw op."
            )
        raise UnreadableWorkbook(
            f"'{name}' is een oud Excel-bestand (.xls). Open het in Excel en kies 'Opslaan als' > "
            "'Excel-werkmap (*.xlsx)'."
        )
    if head.startswith(b"%PDF"):
        raise UnreadableWorkbook(
            f"'{name}' is geen Excel-werkmap (.xlsx) maar een PDF-bestand. Een PDF kan niet gecontroleerd "
            "worden: gebruik de werkmap zelf (.xlsx) waaruit de PDF gemaakt is."
        )
    if suffix in DOCUMENT_SUFFIXES:
        return _document(path, head)
    if not head.startswith(ZIP_MAGIC) or suffix not in WORKBOOK_SUFFIXES:
        raise UnreadableWorkbook(
            f"'{name}' is geen Excel-werkmap (.xlsx). Open het bestand in Excel en sla het op als "
            "'Excel-werkmap (*.xlsx)'."
        )
    if not zipfile.is_zipfile(path):
        raise damaged(name)
    _package_kind(path)
    return "xlsm" if suffix == ".xlsm" else "xlsx"


def _package_kind(path: Path) -> None:
    """Refuse a zip that is not an Excel workbook, by the names of its members (its central
    directory only: nothing is unpacked)."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise damaged(name) from None
    except OSError as exc:
        raise UnreadableWorkbook(f"'{name}' kan niet gelezen worden ({os_reason(exc)}).") from None
    names = {info.filename.lower() for info in infos}
    if "word/document.xml" in names:
        raise UnreadableWorkbook(word_document(name, renamed=True))
    if any(info.flag_bits & 0x1 for info in infos):  # a member encrypted by the zip itself
        raise UnreadableWorkbook(
            f"'{name}' is met een wachtwoord beveiligd. Open het in Excel, verwijder het wachtwoord "
            "(Bestand > Info > Werkmap beveiligen) en sla het opnieuw op."
        )
    if "xl/workbook.xml" not in names:
        if "content.xml" in names and "mimetype" in names:
            kind = "een OpenDocument-bestand (LibreOffice, .ods) met de naam .xlsx"
        elif "ppt/presentation.xml" in names:
            kind = "een PowerPoint-bestand met de naam .xlsx"
        else:
            kind = "een zip-bestand, geen Excel-werkmap"
        raise UnreadableWorkbook(
            f"'{name}' is {kind}. Open het in Excel of LibreOffice en kies 'Opslaan als' > 'Excel-werkmap (*.xlsx)'; "
            "controleer daarna dat bestand."
        )


def special_file(path: Path) -> str | None:
    """What ``path`` is when it is not a regular file (a FIFO would make reading hang forever), in
    Dutch; None for a regular file (or a link to one) and for what does not exist."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "een FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "een socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "een apparaat"
    return "een bijzonder bestand"


def _document(path: Path, head: bytes) -> Kind:
    """A .docx: a zip with a Word document's main part (its central directory only)."""
    name = path.name
    if head.startswith(b"%PDF"):
        raise UnreadableWorkbook(
            f"'{name}' is geen Word-document (.docx) maar een PDF-bestand. Een PDF kan niet gecontroleerd worden: "
            "gebruik het Word-document zelf waaruit de PDF gemaakt is."
        )
    if not head.startswith(ZIP_MAGIC) or not zipfile.is_zipfile(path):
        if head.startswith(b"{\\rtf"):
            raise UnreadableWorkbook(word_document(name, renamed=True))
        raise damaged(name) if head.startswith(ZIP_MAGIC) else UnreadableWorkbook(
            f"'{name}' is geen Word-document (.docx). Open het in Word en sla het op als 'Word-document (*.docx)'."
        )
    names, infos = _members(path)
    if any(info.flag_bits & 0x1 for info in infos):
        raise UnreadableWorkbook(
            f"'{name}' is met een wachtwoord beveiligd. Open het in Word, verwijder het wachtwoord en sla het opnieuw op."
        )
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise UnreadableWorkbook(
            f"'{name}' is een Excel-werkmap met de naam .docx. Hernoem het naar .xlsx en controleer het opnieuw."
        )
    if "content.xml" in names and "mimetype" in names:
        raise UnreadableWorkbook(word_document(name, renamed=True))
    raise UnreadableWorkbook(
        f"'{name}' is een zip-bestand, geen Word-document. Open het actieplan in Word en sla het op als "
        "'Word-document (*.docx)'."
    )


def _members(path: Path) -> tuple[set[str], list[zipfile.ZipInfo]]:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise damaged(path.name) from None
    except OSError as exc:
        raise UnreadableWorkbook(f"'{path.name}' kan niet gelezen worden ({os_reason(exc)}).") from None
    return {info.filename.lower() for info in infos}, infos


def word_document(name: str, renamed: bool = False, old: bool = False) -> str:
    """The advice for a text document actieplan does not read: save it as a .docx (the department's
    template as Word writes it), which is checked as it is."""
    suffix = Path(name).suffix.lower()
    if renamed and suffix in WORKBOOK_SUFFIXES:
        return (
            f"'{name}' is een Word-document met de naam {suffix}, geen Excel-werkmap. Hernoem het naar .docx en "
            "controleer het opnieuw: een actieplan in het Word-sjabloon van het departement wordt gecontroleerd "
            "zoals het is."
        )
    if renamed:
        what = "een oud Word-document (.doc)" if old else "een document in een ander formaat"
        what = f"{what} met de naam {suffix}"
    else:
        what = {
            ".docm": "een Word-document met macro's (.docm)",
            ".dotx": "een Word-sjabloon (.dotx), geen ingevuld document",
            ".dot": "een oud Word-sjabloon (.dot)",
            ".doc": "een oud Word-document (.doc)",
            ".odt": "een OpenDocument-tekst (LibreOffice Writer, .odt)",
            ".rtf": "een RTF-document (.rtf)",
        }.get(suffix, "een Word-document")
    return (
        f"'{name}' is {what}; actieplan leest het actieplan als Word-document (.docx) of als Excel-werkmap "
        "(.xlsx). Open het in Word of LibreOffice Writer en kies 'Opslaan als' > 'Word-document (*.docx)'; "
        "controleer daarna dat .docx-bestand."
    )


def damaged(name: str) -> UnreadableWorkbook:
    """A zip that cannot be read to its end (truncated, a broken member, a CRC that does not match);
    the program that can often repair it is named by the file's kind (Word for a .docx)."""
    program = "Word" if is_document(name) else "Excel"
    return UnreadableWorkbook(
        f"'{name}' is beschadigd (het bestand is onvolledig of kapot). Open het in {program}, dat het vaak kan "
        "herstellen, en sla het opnieuw op; of neem een eerdere versie."
    )


def _ole_is_encrypted(path: Path) -> bool:
    """An OLE file named .xlsx is a password-protected workbook when it holds Excel's
    'EncryptedPackage' stream; otherwise it is an old .xls renamed."""
    marker = "EncryptedPackage".encode("utf-16-le")
    try:
        with path.open("rb") as fh:
            if marker in fh.read(4 * 2**20):
                return True
            fh.seek(0, 2)
            fh.seek(max(0, fh.tell() - 4 * 2**20))  # the directory may follow the package
            return marker in fh.read()
    except OSError:
        return True
