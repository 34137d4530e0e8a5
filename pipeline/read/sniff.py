"""What kind of file the user gave: the first stage of reading, and the only one that decides it.

:func:`sniff` looks at the path (missing, a folder, a FIFO, Excel's lock file ``~$...``), the
name's suffix (a Word document, a spreadsheet of another program), the first bytes (empty, an OLE
file: an old .xls or a password-protected workbook, a PDF, not a zip) and, for a zip, the names
of its members (a Word document or an OpenDocument file renamed to .xlsx, a member encrypted by
the zip itself). Anything but an .xlsx/.xlsm workbook is refused with a Dutch message that says
what the file is and what to do. Nothing here unpacks a member: the package limits are the
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
# give it (or their plan typed in it) instead of the workbook.
WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".doc", ".dot", ".odt", ".rtf"}
# other programs' spreadsheets (and text) that Excel or LibreOffice saves as .xlsx
OTHER_SUFFIXES = {".xls", ".ods", ".csv", ".xlsb", ".numbers"}
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

Kind = Literal["xlsx", "xlsm"]


def sniff(path: Path) -> Kind:
    """The kind of workbook ``path`` is; UnreadableWorkbook (Dutch) for anything else."""
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
    if name.startswith("~$"):
        raise UnreadableWorkbook(
            f"'{name}' is een tijdelijk vergrendelbestand dat Excel maakt terwijl de werkmap open is. "
            f"Controleer de werkmap zelf: '{name[2:]}'."
        )
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES:
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
        raise UnreadableWorkbook(f"'{name}' is leeg (0 bytes). Sla de werkmap opnieuw op in Excel.")
    if head.startswith(OLE_MAGIC):
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


def word_document(name: str, renamed: bool = False) -> str:
    """The advice for a Word document: its content goes into the Excel template, no conversion does it."""
    what = f"een Word-document met de naam {Path(name).suffix}" if renamed else "een Word-document"
    return (
        f"'{name}' is {what}, geen Excel-werkmap. actieplan controleert het actieplan in het Excel-sjabloon, "
        "en de tabellen van een Word-document kunnen niet zo omgezet worden (ook niet met 'Opslaan als'). "
        "Maak het Excel-sjabloon met 'actieplan sjabloon' (bv. 'actieplan sjabloon mijn-actieplan.xlsx'), "
        "kopieer de tabellen van het Word-document naar de bladen met dezelfde gegevens (elke actiefiche "
        "naar een rij van het blad Actiefiches) en controleer dan dat .xlsx-bestand."
    )


def damaged(name: str) -> UnreadableWorkbook:
    """A zip that cannot be read to its end (truncated, a broken member, a CRC that does not match)."""
    return UnreadableWorkbook(
        f"'{name}' is beschadigd (het bestand is onvolledig of kapot). Open het in Excel, dat het vaak kan "
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
