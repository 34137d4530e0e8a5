"""Cases for rules/tabellen.py. Valid plan: Stuurgroepen rows 4-5 (A name, C Looptijd en
frequentie), Netwerkevents row 4 (A title, C Opkomst), Doorlopende acties row 4 (A title, B milestones)."""

from cases import Case, set_cell

S, N, D = "Stuurgroepen", "Netwerkevents", "Doorlopende acties"


def _stuur(value):
    return set_cell(S, 0, "Looptijd en frequentie", value)


CASES = [
    Case("stuurgroep-overlapt-fiche", "steering group of a 2026 fiche", set_cell(S, 0, "Naam en/of thema", "Werkgroep interprofessionele overlegmomenten wijkniveau"), {(S, "A4")}),
    Case("stuurgroep-overlapt-fiche", "one shared word passes", set_cell(S, 0, "Naam en/of thema", "Werkgroep interprofessionele samenwerking"), set()),
    Case("stuurgroep-overlapt-fiche", "stop words only pass", set_cell(S, 0, "Naam en/of thema", "Overleg BruZEL - Brusselse partners"), set()),
    Case("netwerkevent-overlapt-fiche", "event of a 2026 fiche", set_cell(N, 0, "Titel + format", "Gezondheidsfiches: BruZEL actualiseert, lunch + voorstelling"), {(N, "A4")}),
    Case("netwerkevent-overlapt-fiche", "format words do not count", set_cell(N, 0, "Titel + format", "Lunch & learn: aangeboden lunch + inhoudelijke spreker over gezondheidsfiches"), set()),
    Case("stuurgroep-looptijd-frequentie", "since when only", _stuur("Sinds 2021"), {(S, "C4")}),
    Case("stuurgroep-looptijd-frequentie", "on hold", _stuur("Sinds 2022, momenteel on hold."), {(S, "C4")}),
    Case("stuurgroep-looptijd-frequentie", "how often only", _stuur("3x/jaar"), {(S, "C4")}),
    Case("stuurgroep-looptijd-frequentie", "a range of meetings passes", _stuur("Sinds 2019, 3 à 4 bijeenkomsten"), set()),
    Case("stuurgroep-looptijd-frequentie", "monthly passes", _stuur("Sinds 2025, 1x/maand (1u)"), set()),
    Case("netwerkevent-opkomst", "no number", set_cell(N, 0, "Opkomst", "Gezondheids- en welzijnsprofessionals"), {(N, "C4")}),
    Case("netwerkevent-opkomst", "number per session passes", set_cell(N, 0, "Opkomst", "± 15 gezondheids- en welzijnsprofessionals/ overleg"), set()),
    Case("netwerkevent-opkomst", "number in words passes", set_cell(N, 0, "Opkomst", "een vijftigtal professionals"), set()),
    Case("doorlopend-jaar", "no year", set_cell(D, 0, "Titel + jaar actiefiche", "Hulp- en zorgzones"), {(D, "A4")}),
    Case("doorlopend-jaar", "this year's fiche", set_cell(D, 0, "Titel + jaar actiefiche", "Workshops inclusieve zorg (2026, 2025)"), {(D, "A4")}),
    Case("doorlopend-jaar", "before the zorgraden", set_cell(D, 0, "Titel + jaar actiefiche", "Buurtproject (2018)"), {(D, "A4")}),
    Case("doorlopend-jaar", "one earlier year passes", set_cell(D, 0, "Titel + jaar actiefiche", "Hulp- en zorgzones (2025)"), set()),
    Case("doorlopend-jaar", "a year in the title itself is not the fiche year", set_cell(D, 0, "Titel + jaar actiefiche", "Campagne Gezond 2030 (2024, 2025)"), set()),
    Case("doorlopend-mijlpalen-leeg", "no milestones", set_cell(D, 0, "Mijlpalen in 2026", None), {(D, "B4")}),
    Case("doorlopend-mijlpalen-leeg", "blank only", set_cell(D, 0, "Mijlpalen in 2026", " \u00a0"), {(D, "B4")}),
    Case("doorlopend-mijlpalen-leeg", "a placeholder is no milestone", set_cell(D, 0, "Mijlpalen in 2026", "n.v.t."), {(D, "B4")}),
    Case("stuurgroep-looptijd-frequentie", "a placeholder is cel-plaatshouder, not this", _stuur("-"), set()),
]

# issue 11 point 14: instructions the tables state that no rule checked
CASES += [
    Case("stuurgroep-doorlopende-actie", "steering group of an ongoing action", set_cell(S, 0, "Naam en/of thema", "Stuurgroep workshops inclusieve zorg"), {(S, "A4")}),
    Case("stuurgroep-doorlopende-actie", "one shared word passes", set_cell(S, 0, "Naam en/of thema", "Werkgroep inclusieve buurten"), set()),
    Case("stuurgroep-doorlopende-actie", "the years do not count", set_cell(S, 0, "Naam en/of thema", "Overleg 2025 2024 thema dementie"), set()),
    Case("netwerkevent-bestuur", "general assembly", set_cell(N, 0, "Titel + format", "Algemene vergadering BruZEL"), {(N, "A4")}),
    Case("netwerkevent-bestuur", "AV abbreviated", set_cell(N, 0, "Titel + format", "AV voorjaar, fysiek in ons kantoor"), {(N, "A4")}),
    Case("netwerkevent-bestuur", "board meeting", set_cell(N, 0, "Titel + format", "Vergadering bestuursorgaan (BO), maandelijks"), {(N, "A4")}),
    Case("netwerkevent-bestuur", "AV with a network event passes", set_cell(N, 0, "Titel + format", "AV + netwerkmoment met receptie"), set()),
    Case("netwerkevent-bestuur", "lower-case 'av' inside words passes", set_cell(N, 0, "Titel + format", "Lunch & learn over bo-zorg en av-media"), set()),
    Case("netwerkevent-bestuur", "a forum passes", set_cell(N, 0, "Titel + format", "Forum, receptie (incl. catering) + inhoudelijk deel"), set()),
]
