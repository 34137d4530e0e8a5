"""What `pip install .` (not editable) puts in place: every package folder and every data file.

An editable install finds a package folder missing from pyproject's `packages` anyway, so the
rest of the suite cannot see such a gap; a user's plain install then fails on its first import
(it happened with actieplan.read.docx)."""

from __future__ import annotations

import fnmatch
import tomllib

from paths import ROOT

SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _folder(package: str):
    dirs = SETUPTOOLS["package-dir"]
    root = max((name for name in dirs if package == name or package.startswith(name + ".")), key=len)
    return ROOT / dirs[root] / package[len(root) + 1:].replace(".", "/") if package != root else ROOT / dirs[root]


def _packages_on_disk() -> dict[str, object]:
    found = {}
    for name, folder in SETUPTOOLS["package-dir"].items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            found[".".join([name, *rel.parts])] = init.parent
    return found


def test_every_package_folder_is_listed():
    assert sorted(set(_packages_on_disk()) - set(SETUPTOOLS["packages"])) == []
    assert all(_folder(p).is_dir() for p in SETUPTOOLS["packages"])


def test_every_data_file_is_installed():
    """Every file of a package that is not Python is matched by that package's package-data."""
    data = SETUPTOOLS.get("package-data", {})
    missing = []
    for package, folder in _packages_on_disk().items():
        for path in folder.rglob("*"):
            if path.is_dir() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
                continue
            owner = max((p for p, f in _packages_on_disk().items() if path.is_relative_to(f)), key=len)
            if owner != package:
                continue
            rel = path.relative_to(folder).as_posix()
            if not any(fnmatch.fnmatch(rel, pattern) for pattern in data.get(package, [])):
                missing.append(f"{package}: {rel}")
    assert missing == []
