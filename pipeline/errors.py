"""Errors the command turns into a Dutch message and exit code 2."""


class ActieplanError(Exception):
    """A problem the user must fix before anything can be checked. ``str()`` is Dutch."""


class UnreadableWorkbook(ActieplanError):
    """The file is not a workbook we can read (missing, not .xlsx, corrupt, protected, ...)."""


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
