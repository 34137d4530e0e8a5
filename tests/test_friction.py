"""Friction found by an outside user test (points 6-17): what the user is told, and where."""

import re
from pathlib import Path

from actieplan.cli import main


def test_regel_points_to_the_command_and_to_the_catalogue_where_it_really_is(tmp_path, monkeypatch, capsys):
    """Point 13: 'of jaar2026/REGELS.md' named a path an installed user does not have."""
    monkeypatch.chdir(tmp_path)  # a user's own folder, not the source tree
    assert main(["regel", "cel-verplicht"]) == 0
    last = capsys.readouterr().out.rstrip().splitlines()[-1]
    assert last.startswith("Alle regels: actieplan regels")
    named = re.search(r"\(of het bestand (.+)\)\.$", last)
    assert named is not None, last
    catalogue = Path(named.group(1))
    assert catalogue.is_absolute() and catalogue.is_file() and catalogue.name == "REGELS.md"
    assert catalogue.read_text(encoding="utf-8").startswith("# Regels van het actieplan")
