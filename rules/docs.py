"""Regenerates the rule catalogue ``REGELS.md`` of every year's rule set in this folder.

    python -m actieplan.rules.docs          # rewrite rules/jaarNNNN/REGELS.md
    python -m actieplan.rules.docs --check  # exit 1 when one is stale (the tests do this too)
"""

from __future__ import annotations

import sys

from actieplan.plugin.catalogue import stale, write_catalogue
from actieplan.plugin.registry import resolve
from actieplan.rules import rule_sets


def main(argv: list[str]) -> int:
    sets = [resolve(year) for year in rule_sets()]
    if "--check" in argv:
        old = [rs for rs in sets if stale(rs)]
        for rs in old:
            print(f"{rs.catalogue_path} is niet actueel: voer 'python -m actieplan.rules.docs' uit.", file=sys.stderr)
        return 1 if old else 0
    for rs in sets:
        write_catalogue(rs)
        print(f"geschreven: {rs.catalogue_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
