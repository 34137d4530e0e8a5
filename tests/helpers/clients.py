"""The real programs the slow lane opens our outputs with (LibreOffice, Chromium); a test that
needs one skips, saying what to install, where it is missing."""

from __future__ import annotations

import shutil
import subprocess

import pytest


CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def need(*programs: str) -> dict[str, str]:
    found = {p: shutil.which(p) for p in programs}
    missing = [p for p, path in found.items() if path is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} is niet geïnstalleerd (apt: libreoffice-calc-nogui, poppler-utils, chromium)")
    return found  # type: ignore[return-value]


def resave_with_libreoffice(path, outdir, tmp_path) -> subprocess.CompletedProcess:
    """Open ``path`` in LibreOffice headless and save it again as .xlsx into ``outdir``."""
    return subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'lo-profiel').as_uri()}", "--headless", "--norestore",
         "--convert-to", "xlsx", "--outdir", str(outdir), str(path)],
        capture_output=True, text=True, timeout=180,
    )


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)  # type: ignore[return-value]
    pytest.skip("chromium is niet geïnstalleerd (apt: chromium)")



# Who saves the workbook a test then checks: openpyxl (fast lane) or LibreOffice (slow lane).
SAVERS = ["openpyxl", pytest.param("libreoffice", marks=pytest.mark.slow)]
