"""The user's package (.xlsx, .docx) opened for an annotated copy and the copy saved: shared by the
workbook's writer (:mod:`actieplan.write.annotated`) and the Word document's (:mod:`actieplan.write.worddoc`)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any, Callable

from lxml import etree

from actieplan.errors import OutputError
from actieplan.ooxml.package import Package
from actieplan.write.outputs import atomic_path, write_failed


def open_package(source: Path, check: Callable[[Package], Any], unreadable: Callable[[str], str]) -> Package:
    """The user's package at ``source`` opened for editing (:class:`actieplan.ooxml.package.Package`),
    once ``check(package)`` could read its structure; else OutputError with ``unreadable(kind of
    error)``, the Dutch message of the output that cannot be made."""
    try:
        pkg = Package(source)
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise OutputError(unreadable(type(exc).__name__)) from None
    try:
        check(pkg)
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, ValueError) as exc:
        pkg.close()
        raise OutputError(unreadable(type(exc).__name__)) from None
    return pkg


def save_package(pkg: Package, target: Path, key: str | None = None) -> None:
    """Save an edited package to ``target`` atomically; a failed write is an OutputError in Dutch."""
    with atomic_path(target, key) as tmp:
        try:
            pkg.save(tmp)
        except OSError as exc:
            raise OutputError(write_failed(target, exc)) from None
