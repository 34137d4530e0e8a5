"""Each year's REGELS.md is generated from its rule set; a stale file fails here (like `cog --check`)."""

from actieplan.plugin.catalogue import render_catalogue
from actieplan.rules import docs, rule_sets
from actieplan.plugin.registry import resolve
from workbooks import RULESET  # the rule set the test plans are written for


def test_regels_md_is_current():
    for year in rule_sets():
        rs = resolve(year)
        assert rs.catalogue_path.read_text(encoding="utf-8") == render_catalogue(rs), (
            f"{rs.catalogue_path} is niet actueel: voer 'python -m actieplan.rules.docs' uit"
        )


def test_check_flag_reports_stale_file(tmp_path, monkeypatch, capsys):
    assert docs.main(["--check"]) == 0
    rs = resolve("2026")
    stale = tmp_path / "REGELS.md"
    stale.write_text(render_catalogue(rs).replace("fiche-evaluatie-geen", "x", 1), encoding="utf-8")
    monkeypatch.setattr(type(rs), "catalogue_path", property(lambda self: stale))
    assert docs.main(["--check"]) == 1
    assert "niet actueel" in capsys.readouterr().err


def test_every_rule_is_documented_with_its_quote():
    rs = resolve("2026")
    text = rs.catalogue_path.read_text(encoding="utf-8")
    for rule in rs.rules.values():
        assert f"### `{rule.id}`" in text, rule.id
        assert rule.quote_text in text, rule.id


def _readme_step(number: int) -> str:
    """The text of step ``number`` of 'Uw actieplan controleren' in the README."""
    import re

    from paths import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Uw actieplan controleren", 1)[1].split("\n## ", 1)[0]
    steps = re.split(r"\n(?=\d+\. )", "\n" + section)
    return next(s for s in steps if s.startswith(f"{number}. "))


def test_readme_step_4_says_what_to_send(tmp_path):
    """Issue 11 point 8: the draft and its attachment, or the user's own workbook, never the copy."""
    from workbooks import write_plan

    from actieplan.write.annotated import annotated_name
    from actieplan.run.check import run

    step = " ".join(_readme_step(4).split())
    # the names the README uses are the names the program writes
    result = run(write_plan(tmp_path / "NAAM.xlsx"), tmp_path / "uit", ruleset=RULESET)
    written = {p.name for p in result.outputs}
    assert "NAAM.eml" in written and "`NAAM.eml`" in step
    copy = annotated_name(tmp_path / "NAAM.xlsx", "NAAM")
    assert copy in written and f"**nooit** `{copy}`" in step
    assert resolve("2026").settings.departement_email in step
    assert "bijlage" in step and "uw eigen werkmap" in step


def test_example_messages_are_current():
    """rules/jaarNNNN/voorbeeldmeldingen.json is what tools/maak_voorbeeldmeldingen.py writes (every
    rule's message on its first failing case); stale means: run that script."""
    import runpy

    from paths import ROOT

    rs = resolve("2026")
    tool = runpy.run_path(str(ROOT / "tools" / "maak_voorbeeldmeldingen.py"))
    assert rs.examples_path.read_text(encoding="utf-8") == tool["render"](tool["build"]()), (
        "voorbeeldmeldingen.json is niet actueel: voer 'python tools/maak_voorbeeldmeldingen.py' uit"
    )
    assert set(rs.examples) == set(rs.rules)


def _plain(text: str) -> str:
    import re

    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'").replace("•", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def test_every_sjabloon_quote_is_the_template_or_says_it_is_our_own_rule():
    """Issue 11 point 15: a "Sjabloon:" quote is the template's own words (parts joined by …), or the
    rule says plainly it is ours (no contract or style note passed off as the template)."""
    import re

    from paths import ROOT

    from actieplan.plugin.catalogue import render_rule
    from actieplan.plugin.ruleset import OWN_RULE

    rs = resolve("2026")
    template = _plain((ROOT / "tests" / "data" / "sjabloon-instructies-2026.txt").read_text(encoding="utf-8"))
    for rule in rs.rules.values():
        if rule.quote.startswith(OWN_RULE):
            assert "Eigen regel (niet uit het sjabloon):" in render_rule(rule, rs), rule.id
            continue
        for part in re.split(r"…|\.\.\.", rule.quote):
            part = _plain(part).strip(" .;:,")
            assert part in template, f"{rule.id}: '{part}' staat niet in het sjabloon"
    assert "style.md" not in rs.catalogue_path.read_text(encoding="utf-8")
