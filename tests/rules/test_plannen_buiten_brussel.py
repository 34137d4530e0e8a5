"""Issue 21: two plans of zorgraden outside Brussels (tests/helpers/plan_westhoek.py and
plan_kempen.py, written in their own words), each checked whole with the 2026 rules.

Every deliberate mistake listed in a plan's docstring (W1.., K1..) must be found: its rule on the
fiche's, row's or field's own row, at the severity the template asks. Every correct variant that
is easy to mistake (V1..) must stay free of that rule. Since issue 21 landed (RA, RB) no case is
expected to fail; every error and warning on these plans is judged in test_precisie_buiten_brussel.py.
"""

from __future__ import annotations

from dataclasses import dataclass

import plan_kempen
from plan_oordeel import PLANS as ALL_PLANS, findings as _findings
import pytest

PLANS = {name: ALL_PLANS[name] for name in ("westhoek", "kempen")}
FIRST_DATA_ROW = 4  # write_plan: two title rows, the header on row 3
KEY = {"Algemeen": "Veld", "Capaciteit": "Code", "Stuurgroepen": "Naam en/of thema", "Actiefiches": "Titel actie"}


@dataclass(frozen=True)
class Case:
    label: str
    plan: str
    sheet: str
    key: str | None  # the row's fiche title, group name, field or code; None: the whole sheet
    rules: tuple[str, ...]  # a mistake: one of these fires; a variant: none of these fires
    severity: str | None = None  # a mistake: at this severity; a variant: at this one or worse


ORDER = {"info": 0, "warning": 1, "error": 2}


def _row(case: Case) -> int | None:
    if case.key is None:
        return None
    rows = PLANS[case.plan]()[case.sheet]
    keys = [r[KEY[case.sheet]] for r in rows]
    assert keys.count(case.key) == 1, (case.key, keys)
    return FIRST_DATA_ROW + keys.index(case.key)


def _on(case: Case):
    row = _row(case)
    return [f for f in _findings(case.plan) if f.sheet == case.sheet and f.rule in case.rules and (row is None or f.row == row)]


MISTAKES = [
    Case("W1 fiche voor deelname aan overleg", "westhoek", "Actiefiches", "Aanwezigheid in de gemeentelijke welzijnsraden",
         ("fiche-deelname-overleg",), "warning"),
    Case("W2 fiche voor een actie uit eerdere plannen", "westhoek", "Actiefiches", "Huisbezoeken bij kwetsbare 80-plussers",
         ("fiche-eerdere-actie",), "warning"),
    Case("W3 volledig met andere middelen", "westhoek", "Actiefiches", "Zorgzame buurt Alveringem",
         ("fiche-andere-middelen",), "warning"),
    Case("W4 mijlpaal na het werkjaar", "westhoek", "Actiefiches", "Digitale sociale kaart voor de Westhoek",
         ("fiche-mijlpaal-na-werkjaar",), "warning"),
    Case("W5 F is niet de som van de fiches", "westhoek", "Capaciteit", "F", ("capaciteit-f-som-fiches",), "error"),
    Case("W6 trekker een partner, rol van de zorgraad ontbreekt", "westhoek", "Actiefiches", "Rookstopbegeleiding in de landbouwsector",
         ("fiche-trekker-verantwoordelijkheid",), "warning"),
    Case("W7 datum van indiening een jaar te vroeg", "westhoek", "Algemeen", "Datum indiening",
         ("algemeen-datum-indiening", "algemeen-datum-jaar"), "warning"),
    Case("K1 nieuw traject van drie jaar", "kempen", "Actiefiches", "Leefstijlcoaching in de Kempense gemeenten",
         ("fiche-meerjarig",), "warning"),
    Case("K2 geen evaluatie aangevinkt", "kempen", "Actiefiches", "Vorming valpreventie voor thuisverpleging", ("fiche-evaluatie-geen",), "error"),
    Case("K3 OD niet in Doelstellingen", "kempen", "Actiefiches", "Buddywerking voor jonge mantelzorgers",
         ("fiche-od-onbekend",), "error"),
    Case("K4 fiche voor deelname aan overleg", "kempen", "Actiefiches", "Deelname aan het regionaal zorgstrategisch overleg",
         ("fiche-deelname-overleg",), "warning"),
    Case("K5 met VIPA-middelen, niet met de reguliere", "kempen", "Actiefiches", "Aanpassing van woningen bij ouderen",
         ("fiche-andere-middelen",), "warning"),
    Case("K6 fiche voor een doorlopende actie", "kempen", "Actiefiches", "Vorming medicatieschema thuiszorg", ("fiche-doorlopende-actie",), "warning"),
    Case("K7 fiche voor een actie die jaarlijks herhaald wordt", "kempen", "Actiefiches", "Infosessies over vroegtijdige zorgplanning",
         ("fiche-eerdere-actie",), "warning"),
    Case("K8 trekker een partner, rol van de zorgraad ontbreekt", "kempen", "Actiefiches", "Kennismaking huisartsen en woonzorgcentra",
         ("fiche-trekker-verantwoordelijkheid",), "warning"),
    Case("K9 stuurgroep zonder concrete doelstelling", "kempen", "Stuurgroepen", "Overleg eerstelijnspsychologie Turnhout",
         ("stuurgroep-doel-concreet",), "warning"),
]

VARIANTS = [
    Case("V1 deels door de provincie gefinancierd", "westhoek", "Actiefiches", "Valpreventie op de boerderij", ("fiche-andere-middelen",), "warning"),
    Case("V2 werkgroep die de fiche zelf opricht", "westhoek", "Actiefiches", "Afsprakenkader ontslag uit het ziekenhuis",
         ("fiche-hoort-elders", "fiche-doorlopende-actie", "fiche-deelname-overleg", "fiche-eerdere-actie"), "info"),
    Case("V9 de stuurgroep is juist, de fiche W1 over deelname niet", "westhoek", "Stuurgroepen", "Raad van bestuur Logo Westhoek",
         ("stuurgroep-in-fiche", "stuurgroep-overlapt-fiche"), "info"),
    Case("V3 mijlpalen zonder data", "westhoek", "Actiefiches", "Gezondheidswandelingen met de huisartsen", ("fiche-mijlpalen-tijd",), "info"),
    Case("V4 trekker de afkorting uit Andere namen", "westhoek", "Actiefiches", "Eenzaamheid bij landbouwers",
         ("fiche-trekker-verantwoordelijkheid",), "info"),
    Case("V4 trekker het team", "westhoek", "Actiefiches", "Gezonde voeding in de lokale dienstencentra", ("fiche-trekker-verantwoordelijkheid",), "info"),
    Case("V5 'Strategische doelstelling 2' in Doelstellingen", "kempen", "Doelstellingen", None,
         ("sd-code-ongeldig", "od-code-ongeldig", "doelstellingen-ontbreken"), "info"),
    Case("V5 'OD 2.1 - titel' in Actiefiches", "kempen", "Actiefiches", None, ("sd-code-ongeldig", "od-code-ongeldig"), "info"),
    Case("V5 bekende OD in de eigen schrijfwijze", "kempen", "Actiefiches", "Samenwerking apothekers en thuisverpleging", ("fiche-od-onbekend",), "info"),
    Case("V6 trekker de organisatie die de zorgraad huisvest", "kempen", "Actiefiches", "Samenwerking apothekers en thuisverpleging",
         ("fiche-trekker-verantwoordelijkheid",), "info"),
    Case("V7 de financiering van de zorgraad, niet van de actie", "kempen", "Actiefiches", "Hitteplan voor kwetsbare inwoners",
         ("fiche-andere-middelen",), "info"),
    Case("V8 vooruitblik op 2027 voor een beleidsprioriteit", "kempen", "Actiefiches", "Preventie van depressie bij ouderen",
         ("fiche-meerjarig", "fiche-later-jaar", "fiche-mijlpaal-na-werkjaar"), "info"),
]


def _param(case: Case):
    return pytest.param(case, id=case.label)


@pytest.mark.parametrize("case", [_param(c) for c in MISTAKES])
def test_each_deliberate_mistake_is_found_on_its_row(case):
    found = _on(case)
    assert any(f.severity.value == case.severity for f in found), (
        f"{case.label}: expected {case.rules} at {case.severity} on {case.sheet} {case.key!r}; "
        f"found there: {[(f.rule, f.severity.value, f.cell) for f in _findings(case.plan) if f.sheet == case.sheet and f.row == _row(case)]}"
    )


@pytest.mark.parametrize("case", [_param(c) for c in VARIANTS])
def test_correct_variants_stay_quiet(case):
    loud = [(f.rule, f.severity.value, f.cell, f.message) for f in _on(case) if ORDER[f.severity.value] >= ORDER[case.severity]]
    assert not loud, f"{case.label}: {loud}"


def test_the_plans_are_what_the_brief_asks():
    for name, plan in PLANS.items():
        rows = plan()
        assert 25 <= len(rows["Actiefiches"]) <= 40, name
        assert 4 <= len(rows["Stuurgroepen"]) <= 6 and 3 <= len(rows["Netwerkevents"]) <= 5, name
        assert 5 <= len(rows["Doorlopende acties"]) <= 8, name
        assert any(r["Veld"] == "Andere namen" for r in rows["Algemeen"]), name
    capacity = {r["Code"]: r["Geschatte capaciteit in # VTE"] for r in plan_kempen.plan()["Capaciteit"]}
    fiches = sum(f["Personeelscapaciteit (VTE)"] for f in plan_kempen.plan()["Actiefiches"])
    assert capacity["F"] == pytest.approx(fiches) and capacity["B + C + D + E + F"] == pytest.approx(sum(capacity[c] for c in "BCDEF"))
