"""Errors the command turns into a Dutch message and exit code 2."""


class ActieplanError(Exception):
    """A problem the user must fix before anything can be checked. ``str()`` is Dutch."""


class UnreadableWorkbook(ActieplanError):
    """The file is not a workbook we can read (missing, not .xlsx, corrupt, protected, ...)."""


class OutputError(ActieplanError):
    """An output file could not be written."""
