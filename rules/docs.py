"""The rule catalogue as documentation, generated from the registry (never written twice).

    python -m actieplan.rules.docs          # rewrite rules/REGELS.md
    python -m actieplan.rules.docs --check  # exit 1 when rules/REGELS.md is stale (the tests do this too)
"""

from __future__ import annotations

import sys
from pathlib import Path

from actieplan.rules.registry import Rule, all_rules
from actieplan.rules.settings import load_settings

REGELS = Path(__file__).with_name("REGELS.md")
_SEVERITY = {"error": "fout", "warning": "waarschuwing", "info": "info"}


def render_rule(rule: Rule) -> str:
    where = "elk blad" if rule.sheet == "*" else f"blad {rule.sheet}"
    lines = [
        f"### `{rule.id}`",
        "",
        f"- **Ernst:** {_SEVERITY[rule.severity.value]} ({rule.severity.value})",
        f"- **Waar:** {where}" + (" (bij het lezen)" if rule.checked_by == "loader" else ""),
        f"- **Controleert:** {rule.summary}",
        f"- **Sjabloon:** “{rule.quote}”",
        f"- **Melding:** {rule.message}",
    ]
    if rule.doc:
        lines += ["", *[f"    {line}" if line else "" for line in rule.doc.splitlines()]]
    return "\n".join(lines) + "\n"


def render_catalogue() -> str:
    s = load_settings()
    rules = all_rules()
    head = [
        f"# Regels van het actieplan {s.werkjaar}",
        "",
        "Dit bestand wordt gemaakt door `python -m actieplan.rules.docs` uit de regels zelf; pas het niet met de hand aan.",
        f"Regelset `{s.id}`: werkjaar {s.werkjaar}, meerjarenplan {s.meerjarenplan}, indienen uiterlijk "
        f"{s.indiendatum.strftime('%d/%m/%Y')} bij {s.departement_email}.",
        "",
        "| id | ernst | blad | controleert |",
        "|---|---|---|---|",
    ]
    for r in rules.values():
        head.append(f"| [`{r.id}`](#{r.id}) | {_SEVERITY[r.severity.value]} | {'elk' if r.sheet == '*' else r.sheet} | {r.summary} |")
    body = [render_rule(r) for r in rules.values()]
    return "\n".join(head) + "\n\n" + "\n".join(body)


def main(argv: list[str]) -> int:
    text = render_catalogue()
    if "--check" in argv:
        current = REGELS.read_text(encoding="utf-8") if REGELS.exists() else ""
        if current != text:
            print("rules/REGELS.md is niet actueel: voer 'python -m actieplan.rules.docs' uit.", file=sys.stderr)
            return 1
        return 0
    REGELS.write_text(text, encoding="utf-8")
    print(f"geschreven: {REGELS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
