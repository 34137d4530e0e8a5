"""What every case of the hostile-input catalogue checks (tests/read/test_hostile_*.py): the
command run in-process, no traceback, the input unchanged, no half-written output."""

from __future__ import annotations

import hashlib
from pathlib import Path

from actieplan.run.cli import main


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.rglob("*.tmp")) if out.exists() else []


def controleer(path: Path, out: Path, capsys) -> tuple[int, str, str]:
    """Run the command; check what every case must show whatever its outcome."""
    before = digest(path)
    code = main(["controleer", str(path), "--uitvoer", str(out)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert digest(path) == before, "the input file was changed"
    assert leftovers(out) == [], "a temporary output file was left behind"
    return code, captured.out, captured.err


def refused(path: Path, tmp_path: Path, capsys, *words: str) -> str:
    """The file is refused: exit 2, its name and the fix in the message, nothing written."""
    out = tmp_path / "uit"
    code, stdout, err = controleer(path, out, capsys)
    assert code == 2, (stdout, err)
    assert err.startswith("actieplan: ")
    assert path.name in err, err
    for word in words:
        assert word in err, (word, err)
    assert not out.exists() or not any(out.iterdir()), "output written for a file that could not be read"
    return err
