"""Last year's plan, short titles (issue 21, point 8): an ongoing action named by a short title of
last year's long fiche title is that fiche when it is clearly the closest (15 points above the
next, within 10 of the threshold): not unknown, and that fiche has not disappeared. Own titles."""

import pytest

from actieplan.rules.common.vorig_jaar import CLEAR_LEAD, NEAR_THRESHOLD, Fiche, clearly_named

D = "Doorlopende acties"
LONG = ("Werkkrachten na de COVID-19-crisis opnieuw warm maken voor een job in de zorg- en welzijnssector: "
        "jobbeurs, stages en begeleiding met VDAB")
OTHERS = ("Mantelzorgers ondersteunen met een laagdrempelig aanbod van vorming en lotgenotencontact",
          "Werkgevers in de thuiszorg helpen bij de werving van nieuwe krachten")


def _last_year(rows):
    base = rows["Actiefiches"][0]
    rows["Actiefiches"] = [
        dict(base, **{"Titel actie": title, "Wat?": f"{title}. We werken dit uit met de lokale partners in de regio.",
                      "Waarom?": f"Waarom {title.lower()}? Dat vroegen de partners bij de evaluatie van vorig jaar.",
                      "Plan van aanpak en mijlpalen": f"STAP 1: {title[:30]} (maart 2025)\nSTAP 2: evaluatie (december 2025)"})
        for title in (LONG, *OTHERS)
    ]


def _ongoing(title):
    def mutate(rows):
        rows[D][0]["Titel + jaar actiefiche"] = title
    return mutate


def _compare(check, plan, title):
    _ongoing(title)(plan)
    report = check(plan, vorig=_last_year)
    unknown = [f for f in report.findings if f.rule == "vorig-jaar-doorlopend-onbekend"]
    gone = [d["vorig"] for d in report.facts.vorig_jaar["verdwenen"]]
    return unknown, gone


def test_a_short_title_clearly_closest_is_last_years_fiche(check, plan):
    unknown, gone = _compare(check, plan, "Werkkrachten na COVID winnen (2025)")  # 0,74 against 0,52 next
    assert unknown == []
    assert LONG not in gone


@pytest.mark.parametrize("title", [
    "Werkkrachten warm maken voor de thuiszorg (2025)",   # as close to two fiches: not clearly one
    "Werkkrachten na COVID inschakelen (2025)",           # more than 10 points below the threshold
])
def test_near_misses_stay_unknown(check, plan, title):
    unknown, gone = _compare(check, plan, title)
    assert [f.cell for f in unknown] == ["A4"]
    assert LONG in gone


def _f(row):
    return Fiche(row, f"fiche {row}", (), {})


def test_clearly_named_at_the_edges():
    t = 0.75
    assert clearly_named([], t) is None
    assert clearly_named([(t, _f(1)), (t, _f(2))], t).row == 1  # at the threshold: as before
    edge = t - NEAR_THRESHOLD
    assert clearly_named([(edge, _f(1)), (edge - CLEAR_LEAD, _f(2))], t).row == 1
    assert clearly_named([(edge - 0.01, _f(1))], t) is None
    assert clearly_named([(edge, _f(1)), (edge - CLEAR_LEAD + 0.01, _f(2))], t) is None
