"""Nothing fitted to Brussels (issue 21, point 6): the rules touched by the word lists judge a plan
of a zorgraad elsewhere (Zorgraad Meetjesland) right. Its own names and their place words are the
only place-specific words, for its plan alone. Texts written for these tests."""

import pytest

from actieplan.plugin.registry import resolve
from actieplan.rules.settings import typed


def _meetjesland(rows, andere="Team ELZ Meetjesland, Welzijnsknooppunt Meetjesland"):
    rows["Algemeen"][0]["Waarde"] = "Zorgraad Meetjesland"
    rows["Algemeen"].insert(1, {"Veld": "Andere namen", "Waarde": andere})
    return rows


def _found(report, rule):
    return {(f.sheet, f.cell) for f in report.findings if f.rule == rule}


def test_no_place_name_in_the_generic_word_lists():
    cfg = typed(resolve("2026").settings)
    lists = {
        "overlap": cfg.overlap.stopwoorden, "vorig_jaar": cfg.vorig_jaar.stopwoorden,
        "doelgroep_generiek": cfg.actiefiches.doelgroep_generiek,
    }
    for name, words in lists.items():
        assert not [w for w in words if "brus" in w.lower() or w.lower() in {"bruzel", "tweetalig", "tweetalige", "hoofdstad"}], name


@pytest.mark.parametrize("voor_wie, reported", [
    ("Alle inwoners van het Meetjesland", True),          # this plan's own place: generic here
    ("Meetjeslandse burgers", True),
    ("Mantelzorgers van thuiswonende ouderen in Eeklo", False),
    ("Brusselaars", False),                               # a group from elsewhere is specific here
])
def test_doelgroep_generic_for_this_plans_place(check, plan, voor_wie, reported):
    _meetjesland(plan)
    plan["Actiefiches"][0]["Voor wie?"] = voor_wie
    report = check(plan)
    assert _found(report, "fiche-doelgroep-generiek") == ({("Actiefiches", "H4")} if reported else set())
    assert not [f for f in report.findings if "Brussel" in f.message and f.rule == "fiche-doelgroep-generiek"]


def test_trekker_is_the_zorgraad_under_its_team_or_host_name(check, plan):
    _meetjesland(plan)
    plan["Actiefiches"][0]["Trekker"] = "Welzijnsknooppunt Meetjesland"
    plan["Actiefiches"][1]["Trekker"] = "Huisartsenkring Meetjesland"  # near miss: another organisation
    assert _found(check(plan), "fiche-trekker-verantwoordelijkheid") == {("Actiefiches", "I5")}


def test_a_shared_place_name_does_not_make_a_fiche_an_ongoing_action(check, plan):
    """Only 'vorming' and the plan's own place in common: different actions. With a second real word
    in common (dementievriendelijke gemeente) it is the same action."""
    _meetjesland(plan)
    plan["Actiefiches"][0]["Titel actie"] = "Vorming voor mantelzorgers in het Meetjesland"
    plan["Doorlopende acties"][0]["Titel + jaar actiefiche"] = "Meetjesland dementievriendelijk: vorming (2024)"
    assert _found(check(plan), "fiche-doorlopende-actie") == set()
    plan["Actiefiches"][0]["Titel actie"] = "Vorming dementievriendelijke gemeente Meetjesland"
    plan["Doorlopende acties"][0]["Titel + jaar actiefiche"] = "Dementievriendelijke gemeente: vorming (2024)"
    assert _found(check(plan), "fiche-doorlopende-actie") == {("Actiefiches", "C4")}


def test_the_place_is_a_stop_word_of_its_own_plan_only(check, plan):
    """'Meetjesland' shared by a fiche and an ongoing action of a Brussels plan is content there."""
    plan["Actiefiches"][0]["Titel actie"] = "Vorming voor mantelzorgers in het Meetjesland"
    plan["Doorlopende acties"][0]["Titel + jaar actiefiche"] = "Meetjesland dementievriendelijk: vorming (2024)"
    assert _found(check(plan), "fiche-doorlopende-actie") == {("Actiefiches", "C4")}


def test_a_meetjesland_plan_written_right_has_no_findings(check, plan):
    _meetjesland(plan)
    for fiche in plan["Actiefiches"]:
        fiche["Trekker"] = "Team ELZ Meetjesland"
    assert [(f.where, f.rule) for f in check(plan).findings] == []
