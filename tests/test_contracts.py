"""The import contracts of pyproject.toml ([tool.importlinter]), checked on the AST by import-linter.

A new contract is one more ``[[tool.importlinter.contracts]]`` stanza in pyproject.toml; this test
runs them all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib

from paths import ROOT


def test_every_import_contract_is_kept(tmp_path):
    # import-linter's graph (grimp) walks one folder per top-level package, while actieplan.rules
    # lives in rules/ (pyproject's package-dir): so it reads the package as installed, in one folder
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "pipeline", tmp_path / "actieplan", ignore=ignore)
    shutil.copytree(ROOT / "rules", tmp_path / "actieplan" / "rules", ignore=ignore)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    check = (
        "import sys; from importlinter.cli import lint_imports; "
        f"sys.exit(lint_imports(config_filename={str(ROOT / 'pyproject.toml')!r}, no_cache=True))"
    )
    done = subprocess.run([sys.executable, "-c", check], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    for contract in config["contracts"]:
        assert f"{contract['name']} KEPT" in " ".join(done.stdout.split()), contract["name"]


def test_the_rules_contract_forbids_every_module_but_api_and_rules():
    """A new module of the mechanism is forbidden to the rules too: the contract's list is complete."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    [contract] = [c for c in config["contracts"] if c["source_modules"] == ["actieplan.rules"]]
    mechanism = {
        f"actieplan.{p.stem if p.is_file() else p.name}"
        for p in (ROOT / "pipeline").iterdir()
        if (p.suffix == ".py" and p.stem not in {"__init__", "__main__"}) or (p / "__init__.py").is_file()
    }
    assert mechanism - {"actieplan.api"} == set(contract["forbidden_modules"])
