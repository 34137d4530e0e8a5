"""Issue 21, point 7, from the user test: a submission date a year early is a warning, and an
ongoing action's empty milestones get one finding that says all the cell needs, so filling them in
as it says brings no second finding on the same cell. Texts written for these tests."""

D = "Doorlopende acties"
MIJLPALEN, INZET = "Mijlpalen in 2026", "Verduurzaming + blijvende inzet"


def _ongoing(rows, mijlpalen, inzet):
    rows[D][0].update({"Titel + jaar actiefiche": "Buurtgerichte valpreventie (2025)", MIJLPALEN: mijlpalen, INZET: inzet})


def _on_cell(report, cell="B4"):
    return [(f.rule, f.message) for f in report.findings if f.sheet == D and f.cell == cell]


def test_submission_date_a_year_early_is_a_warning(check, plan):
    plan["Algemeen"][5]["Waarde"] = "13/10/2024"
    (finding,) = [f for f in check(plan).findings if f.rule == "algemeen-datum-indiening"]
    assert finding.cell == "B9" and finding.severity.value == "warning"
    assert "2024" in finding.message and "in 2025" in finding.message


def test_empty_milestones_ask_for_the_ending_too_and_filling_them_so_gives_no_second_finding(check, plan):
    # (a handover without a date does not say whether it ends; 'wij blijven …' would: it runs on)
    _ongoing(plan, None, "De gemeenten nemen de wandelingen over; de vrijwilligers krijgen een coach.")
    ((rule, message),) = _on_cell(check(plan))
    assert rule == "doorlopend-mijlpalen-leeg"
    assert "afgerond" in message and "loopt door na 2026" in message
    # the user does what the message says: milestones, and whether it ends
    _ongoing(plan, "Twee wandelingen per deelgemeente in het voorjaar; loopt door na 2026.", plan[D][0][INZET])
    assert _on_cell(check(plan)) == []


def test_empty_milestones_ask_only_for_milestones_when_the_ending_is_said(check, plan):
    """Near miss: Verduurzaming says the action runs on; the message does not ask it again, and filling
    in the milestones alone leaves the cell without findings."""
    _ongoing(plan, None, "Ook de komende jaren is blijvende inzet van de zorgraad nodig.")
    ((rule, message),) = _on_cell(check(plan))
    assert rule == "doorlopend-mijlpalen-leeg" and "afgerond" not in message
    _ongoing(plan, "Twee wandelingen per deelgemeente in het voorjaar.", plan[D][0][INZET])
    assert _on_cell(check(plan)) == []


def test_a_fiche_about_sitting_in_a_steering_group_gets_one_finding_on_its_title(check, plan):
    """The tester's duplicate: fiche-deelname-overleg and fiche-hoort-elders on the same title with
    different advice. The first says all the second would: the second yields."""
    plan["Actiefiches"][1]["Titel actie"] = "Deelname aan de stuurgroep van het regionale ziekenhuisnetwerk"
    on_title = [f.rule for f in check(plan).findings if f.sheet == "Actiefiches" and f.cell == "C5"]
    assert on_title == ["fiche-deelname-overleg"]
