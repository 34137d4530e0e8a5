"""rules/REGELS.md is generated from the registry; a stale file fails here (like `cog --check`)."""

from actieplan.rules import docs
from actieplan.rules.registry import all_rules


def test_regels_md_is_current():
    assert docs.REGELS.read_text(encoding="utf-8") == docs.render_catalogue(), (
        "rules/REGELS.md is niet actueel: voer 'python -m actieplan.rules.docs' uit"
    )


def test_check_flag_reports_stale_file(tmp_path, monkeypatch, capsys):
    assert docs.main(["--check"]) == 0
    stale = tmp_path / "REGELS.md"
    stale.write_text(docs.render_catalogue().replace("fiche-evaluatie-geen", "x", 1), encoding="utf-8")
    monkeypatch.setattr(docs, "REGELS", stale)
    assert docs.main(["--check"]) == 1
    assert "niet actueel" in capsys.readouterr().err


def test_every_rule_is_documented_with_its_quote():
    text = docs.REGELS.read_text(encoding="utf-8")
    for rule in all_rules().values():
        assert f"### `{rule.id}`" in text, rule.id
        assert rule.quote in text, rule.id


def _readme_step(number: int) -> str:
    """The text of step ``number`` of 'Uw actieplan controleren' in the README."""
    import re

    from conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Uw actieplan controleren", 1)[1].split("\n## ", 1)[0]
    steps = re.split(r"\n(?=\d+\. )", "\n" + section)
    return next(s for s in steps if s.startswith(f"{number}. "))


def test_readme_step_4_says_what_to_send(tmp_path):
    """Issue 11 point 8: the draft and its attachment, or the user's own workbook, never the copy."""
    from workbooks import write_plan

    from actieplan.annotate import annotated_name
    from actieplan.check import run
    from actieplan.rules.settings import load_settings

    step = " ".join(_readme_step(4).split())
    # the names the README uses are the names the program writes
    result = run(write_plan(tmp_path / "NAAM.xlsx"), tmp_path / "uit")
    written = {p.name for p in result.outputs}
    assert "NAAM.eml" in written and "`NAAM.eml`" in step
    copy = annotated_name(tmp_path / "NAAM.xlsx", "NAAM")
    assert copy in written and f"**nooit** `{copy}`" in step
    assert load_settings().departement_email in step
    assert "bijlage" in step and "uw eigen werkmap" in step
