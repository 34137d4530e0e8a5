"""Every rule breaks on a workbook made to break it, at exactly the expected cells, and is quiet
on the valid plan; every rule in the registry has a failing case and documentation."""

import pytest
from cases import all_cases

from actieplan.plugin.registry import resolve

CASES = all_cases()


def test_valid_plan_has_no_findings(check):
    report = check()
    assert [(f.where, f.rule, f.message) for f in report.findings] == []
    assert report.ok


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case, check, plan, monkeypatch):
    options = dict(case.options)
    for target, value in options.pop("patch", {}).items():
        monkeypatch.setattr(target, value)
    case.mutate(plan)
    report = check(plan, **options)
    found = {(f.sheet, f.cell) for f in report.findings if f.rule == case.rule}
    assert found == case.expect, [f"{f.where}: {f.message}" for f in report.findings]
    for f in report.findings:
        if f.rule == case.rule:
            assert "{" not in f.message, f"unformatted placeholder in {f.message!r}"
            # a question inside a sentence: no '?.' ('… of een vorig actieplan?. Verwacht')
            assert "?." not in f.message, f"'?' before a sentence mark in {f.message!r}"


def test_every_rule_has_a_failing_case_and_docs():
    rules = resolve("2026").rules
    failing = {c.rule for c in CASES if c.expect}
    assert sorted(set(rules) - failing) == [], "rules without a failing case"
    assert sorted({c.rule for c in CASES} - set(rules)) == [], "cases for unknown rules"
    for r in rules.values():
        assert r.id == r.id.lower() and " " not in r.id
        assert r.message and r.summary and r.quote, r.id
        assert "Wrong" in r.doc and "Right" in r.doc, f"{r.id}: doc needs a wrong and a right example"


def test_a_rule_function_is_named_after_its_id():
    """The naming rule (README, Naming): `capaciteit-f-som-fiches` is checked by `capaciteit_f_som_fiches`."""
    rules = resolve("2026").rules
    wrong = [
        (r.id, fn.__name__)
        for r in rules.values()
        if (fn := r.func or r.vector) is not None and fn.__name__ != r.id.replace("-", "_")
    ]
    assert wrong == []
