"""Errors the command turns into a Dutch message and exit code 2."""


class ActieplanError(Exception):
    """A problem the user must fix before anything can be checked. ``str()`` is Dutch."""


class UnreadableWorkbook(ActieplanError):
    """The file is not a workbook we can read (missing, not .xlsx, corrupt, protected, ...)."""


class ZorgraadMissing(UnreadableWorkbook):
    """A Word plan that names no zorgraad, read without --zorgraad. Its Dutch text ends with the
    command to run again with --zorgraad: by default ``actieplan controleer NAME``; the command line
    passes the command the user ran (:meth:`for_command`), with the paths as typed."""

    def __init__(self, name: str, label: str, command: str | None = None) -> None:
        super().__init__(name, label, command)  # as args: the exception pickles (a check runs in a child process)
        self.name, self.label, self.command = name, label, command

    def for_command(self, command: str) -> "ZorgraadMissing":
        """The same error, its hint naming ``command`` (e.g. "actieplan importeer ../PLAN.docx --naar n.xlsx")."""
        return ZorgraadMissing(self.name, self.label, command)

    def __str__(self) -> str:
        command = self.command or f"actieplan controleer {quoted_arg(self.name)}"
        return (
            f"In '{self.name}' staat niet welke zorgraad het actieplan indient: er is geen regel '{self.label}' "
            "op de eerste bladzijden, en de titel, de koptekst en de voettekst noemen geen zorgraad. Geef de naam "
            f"van de zorgraad mee met --zorgraad NAAM (bv. '{command} --zorgraad \"Naam\"'), "
            "of zet bovenaan het document een regel 'Zorgraad: Naam'."
        )


def quoted_arg(word: str) -> str:
    """``word`` as one argument of a command the user can type: in double quotes when it holds a space."""
    return f'"{word}"' if any(c.isspace() for c in word) else word


class OutputError(ActieplanError):
    """An output file could not be written."""


# What the operating system said, in Dutch: its own texts (`exc.strerror`) are English.
_OS_REASONS = {
    "ENOENT": "het bestand of de map bestaat niet",
    "EACCES": "geen toegang",
    "EPERM": "niet toegestaan",
    "ENOSPC": "de schijf is vol",
    "EDQUOT": "uw schijfruimte is op",
    "EROFS": "de schijf is alleen-lezen",
    "EISDIR": "het is een map",
    "ENOTDIR": "een deel van het pad is geen map",
    "ENAMETOOLONG": "de naam is te lang",
    "EEXIST": "het bestaat al",
    "EBUSY": "het is in gebruik",
    "ETXTBSY": "het is in gebruik",
    "EMFILE": "te veel geopende bestanden",
    "ENFILE": "te veel geopende bestanden",
    "EIO": "een leesfout op de schijf",
    "ELOOP": "te veel symbolische koppelingen",
    "EINVAL": "ongeldige naam of bewerking",
    "EXDEV": "een andere schijf",
    "ENOTEMPTY": "de map is niet leeg",
    "ENXIO": "geen gewoon bestand",
}


def os_reason(exc: OSError) -> str:
    """Why an operating-system call failed, in Dutch (``exc.strerror`` is English)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    if name in _OS_REASONS:
        return _OS_REASONS[name]
    code = f"foutcode {name or exc.errno}" if (name or exc.errno) else "onbekende oorzaak"
    return f"het systeem weigerde ({code})"
