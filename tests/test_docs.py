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
