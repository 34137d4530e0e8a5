"""A rule set's catalogue as documentation (``REGELS.md`` in the year's package), generated from
its rules (never written twice). The rule sets' own ``docs`` module writes it for every year."""

from __future__ import annotations

import textwrap

from actieplan.plugin.ruleset import Rule, RuleSet

_SEVERITY = {"error": "fout", "warning": "waarschuwing", "info": "info"}


def _source(rule: Rule) -> tuple[str, str]:
    """(label, text) of what a rule enforces: the template's sentence, or plainly our own rule."""
    if rule.own:
        return "Eigen regel (niet uit het sjabloon)", rule.quote_text
    return "Sjabloon", f"“{rule.quote}”"


def render_rule(rule: Rule, ruleset: RuleSet) -> str:
    where = "elk blad" if rule.sheet == "*" else f"blad {rule.sheet}"
    label, source = _source(rule)
    lines = [
        f"### `{rule.id}`",
        "",
        f"- **Ernst:** {_SEVERITY[rule.severity.value]} ({rule.severity.value})",
        f"- **Waar:** {where}" + (" (bij het lezen)" if rule.checked_by == "loader" else ""),
        f"- **Controleert:** {ruleset.summary(rule)}",
        f"- **{label}:** {source}",
        f"- **Melding:** {rule.message}",
    ]
    if rule.doc:
        lines += ["", *[f"    {line}" if line else "" for line in rule.doc.splitlines()]]
    return "\n".join(lines) + "\n"


def render_rule_text(rule: Rule, ruleset: RuleSet, width: int = 100) -> str:
    """One rule for `actieplan regel ID`: plain Dutch, its message filled in as it really reads."""

    def wrap(text: str) -> str:  # Markdown's `code` marks read as quotes in a terminal
        return textwrap.fill(text.replace("`", "'"), width=width, initial_indent="  ", subsequent_indent="  ")

    where = "elk blad" if rule.sheet == "*" else f"het blad {rule.sheet}"
    when = ", bij het lezen" if rule.checked_by == "loader" else ""
    label, source = _source(rule)
    lines = [
        f"Regel {rule.id}: {_SEVERITY[rule.severity.value]}, op {where}{when}.",
        "",
        "Wat de regel controleert:",
        wrap(ruleset.summary(rule)),
        "",
        f"{label}:",
        wrap(source),
    ]
    example = ruleset.examples.get(rule.id)
    if example:
        lines += ["", "Voorbeeld van een melding:", wrap(f"{example['waar']}: {example['melding']}")]
    # the catalogue file is shipped with the installed package: name where it really is, never a
    # path relative to a source tree the user does not have
    catalogue = ruleset.catalogue_path
    also = f" (of het bestand {catalogue})" if catalogue.is_file() else ""
    lines += ["", f"Alle regels: actieplan regels{also}."]
    return "\n".join(lines)


def render_catalogue(ruleset: RuleSet) -> str:
    s = ruleset.settings
    head = [
        f"# Regels van het actieplan {s.werkjaar}",
        "",
        f"Dit bestand wordt gemaakt door `python -m {ruleset.package.rpartition('.')[0]}.docs` uit de regels zelf; "
        "pas het niet met de hand aan.",
        f"Regelset `{s.id}`: werkjaar {s.werkjaar}, meerjarenplan {s.meerjarenplan}, indienen uiterlijk "
        f"{s.indiendatum.strftime('%d/%m/%Y')} bij {s.departement_email}.",
        "",
        "| id | ernst | blad | controleert |",
        "|---|---|---|---|",
    ]
    for r in ruleset.ordered():
        head.append(f"| [`{r.id}`](#{r.id}) | {_SEVERITY[r.severity.value]} | {'elk' if r.sheet == '*' else r.sheet} | {ruleset.summary(r)} |")
    body = [render_rule(r, ruleset) for r in ruleset.ordered()]
    return "\n".join(head) + "\n\n" + "\n".join(body)


def stale(ruleset: RuleSet) -> bool:
    path = ruleset.catalogue_path
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    return current != render_catalogue(ruleset)


def write_catalogue(ruleset: RuleSet) -> None:
    ruleset.catalogue_path.write_text(render_catalogue(ruleset), encoding="utf-8")
