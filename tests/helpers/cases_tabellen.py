"""Cases for rules/common/tabellen.py. Valid plan: Stuurgroepen rows 4-5 (A name, C Looptijd en
frequentie), Netwerkevents row 4 (A title, C Opkomst), Doorlopende acties row 4 (A title, B milestones)."""

from cases import Case, set_cell

S, N, D = "Stuurgroepen", "Netwerkevents", "Doorlopende acties"


WAT_VACCINATIE = (
    "Aan Vlaamse zijde bouwen we een duurzaam preventienetwerk uit, met een projectmatige strategie rond "
    "vaccinatie op wijkniveau."
)


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
    Case("stuurgroep-eigen-naam", "for the umbrella organisation", set_cell(S, 0, "Meerwaarde voor de zorgraad", "Signaalfunctie. Niet enkel voor BruZEL, voor heel het Huis (op naam van de directie)."), {(S, "E4")}),
    Case("stuurgroep-eigen-naam", "in one's own name", set_cell(S, 1, "Opmerking", "Deelname in eigen naam als huisarts."), {(S, "F5")}),
    Case("stuurgroep-eigen-naam", "as representative passes", set_cell(S, 0, "Meerwaarde voor de zorgraad", "Verbinding welzijn-gezondheid; vertegenwoordiging van de zorgraad."), set()),
    Case("stuurgroep-eigen-overleg", "the zorgraad's own board", lambda r: r[S][1].update({"Naam en/of thema": "Raad van bestuur", "Trekker": "BruZEL"}), {(S, "A5")}),
    Case("stuurgroep-eigen-overleg", "own team meeting", lambda r: r[S][0].update({"Naam en/of thema": "Teamvergadering", "Trekker": "Zorgraad"}), {(S, "A4")}),
    Case("stuurgroep-eigen-overleg", "another organisation's assembly passes", lambda r: r[S][1].update({"Naam en/of thema": "Algemene vergadering", "Trekker": "Zorgnet Icuro"}), set()),
    Case("stuurgroep-doel-concreet", "not yet clear", set_cell(S, 0, "Concrete doelstelling", "Doelstelling staat nog niet volledig op punt."), {(S, "D4")}),
    Case("stuurgroep-doel-concreet", "stalled and very short", lambda r: (r[S][0].update({"Concrete doelstelling": "Advies aan de minister over welzijn en gezondheid; ligt momenteel stil."}), r[S][1].update({"Concrete doelstelling": "Afstemming."})), {(S, "D4"), (S, "D5")}),
    Case("stuurgroep-doel-concreet", "a concrete objective passes", set_cell(S, 0, "Concrete doelstelling", "Advies geven aan de GGC-minister over dossiers binnen de eerstelijnszorg."), set()),
    Case("netwerkevent-opvolging", "the event's content, no evaluation", set_cell(N, 0, "Opvolging/evaluatie", "De achterban wordt bevraagd (input en goedkeuring actieplannen), bespreking inhoudelijk thema, netwerkmoment"), {(N, "D4")}),
    Case("netwerkevent-opvolging", "a survey of impact passes", set_cell(N, 0, "Opvolging/evaluatie", "Peiling naar impact bij de deelnemers."), set()),
    Case("netwerkevent-format", "no format", set_cell(N, 0, "Titel + format", "Ontmoetingsdag eerstelijn"), {(N, "A4")}),
    Case("netwerkevent-format", "not short", set_cell(N, 0, "Titel + format", "Eerstelijnsmeeting met lunch. " + "We nodigen alle partners uit en bespreken er de resultaten van het afgelopen jaar en de plannen. " * 2), {(N, "A4")}),
    Case("netwerkevent-format", "a format inside a word passes", set_cell(N, 0, "Titel + format", "Zorgwijkoverleg, aangeboden lunch + casusbespreking"), set()),
    Case("netwerkevent-timing", "no frequency or time", set_cell(N, 0, "Frequentie + timing", "Wordt nog bekeken"), {(N, "B4")}),
    Case("netwerkevent-timing", "another year", set_cell(N, 0, "Frequentie + timing", "maart 2025"), {(N, "B4")}),
    Case("netwerkevent-timing", "one period a year passes", set_cell(N, 0, "Frequentie + timing", "1 periode in het jaar"), set()),
    Case("netwerkevent-timing", "a season of the working year passes", set_cell(N, 0, "Frequentie + timing", "najaar 2026"), set()),
    Case("netwerkevent-organisator", "another actor is trekker", set_cell(N, 0, "Titel + format", "Kijkstages bij een gastorganisatie, KWWZ is trekker"), {(N, "A4")}),
    Case("netwerkevent-organisator", "a supporting role", set_cell(N, 0, "Opvolging/evaluatie", "BruZEL neemt een ondersteunende rol op; evaluatie bij de deelnemers."), {(N, "D4")}),
    Case("netwerkevent-organisator", "organised by the zorgraad passes", set_cell(N, 0, "Opmerking", "BruZEL organiseert dit zelf."), set()),
    Case("doorlopend-afronding", "does it end this year?", set_cell(D, 0, "Verduurzaming + blijvende inzet", "Brusano neemt de workshops over; inzet nodig voor de overdracht."), {(D, "B4")}),
    Case("doorlopend-afronding", "ends in June passes", set_cell(D, 0, "Mijlpalen in 2026", "4 workshops; de actie wordt in juni 2026 afgerond."), set()),
    Case("doorlopend-blijvende-inzet", "lasting effort not said", set_cell(D, 0, "Verduurzaming + blijvende inzet", "De workshops worden met de deelnemers geëvalueerd."), {(D, "C4")}),
    Case("doorlopend-blijvende-inzet", "no effort needed after this year passes", set_cell(D, 0, "Verduurzaming + blijvende inzet", "Na 2026 is geen inzet van de zorgraad meer nodig."), set()),
    # issue 21 (RJ): answers in other words than the example's, found false on the Westhoek, Kempen and Scheldeland plans
    Case("doorlopend-afronding", "runs on every year passes", lambda r: r[D][0].update({
        "Mijlpalen in 2026": "Nieuwe versie van de folder in maart; de actie loopt ieder jaar door.",
        "Verduurzaming + blijvende inzet": "De gemeenten verdelen de folder zelf."}), set()),
    Case("doorlopend-afronding", "a yearly update alone does not say it", lambda r: r[D][0].update({
        "Mijlpalen in 2026": "Nieuwe versie van de folder in maart.",
        "Verduurzaming + blijvende inzet": "De gemeenten verdelen de folder zelf."}), {(D, "B4")}),
    # an outside Word user's test: a handover dated in the working year says the action ends for the zorgraad
    Case("doorlopend-afronding", "a handover dated in the working year passes", lambda r: r[D][0].update({
        "Mijlpalen in 2026": "Overdracht van de coördinatie aan het OCMW tegen september 2026.",
        "Verduurzaming + blijvende inzet": "Daarna geen inzet van de zorgraad meer nodig."}), set()),
    Case("doorlopend-afronding", "a handover without a date does not say it", lambda r: r[D][0].update({
        "Mijlpalen in 2026": "De overdracht aan het OCMW wordt voorbereid; in 2026 volgt een evaluatie met de partners.",
        "Verduurzaming + blijvende inzet": "Daarna geen inzet van de zorgraad meer nodig."}), {(D, "B4")}),
    # an outside Excel user's test: the zorgraad staying on says the action runs on
    Case("doorlopend-afronding", "we stay on passes", lambda r: r[D][0].update({
        "Mijlpalen in 2026": "Najaar: de dienstencentra nemen de praktische organisatie op zich.",
        "Verduurzaming + blijvende inzet": "Wij blijven de opleiding van de vrijwilligers verzorgen."}), set()),
    Case("doorlopend-afronding", "a partner staying on does not say it", lambda r: r[D][0].update({
        "Mijlpalen in 2026": "Najaar: de dienstencentra nemen de praktische organisatie op zich.",
        "Verduurzaming + blijvende inzet": "De dienstencentra blijven de opleiding van de vrijwilligers verzorgen."}), {(D, "B4")}),
    # a second outside try: the zorgraad staying on under one of its own names (Algemeen: Andere namen)
    Case("doorlopend-blijvende-inzet", "the team of the zorgraad stays on passes", lambda r: (
        r["Algemeen"].append({"Veld": "Andere namen", "Waarde": "ZR Waasland, Team Waas"}),
        r[D][0].update({"Verduurzaming + blijvende inzet": "Team Waas blijft het infopunt ondersteunen."})), set()),
    Case("doorlopend-blijvende-inzet", "another team staying on does not say it", lambda r: (
        r["Algemeen"].append({"Veld": "Andere namen", "Waarde": "ZR Waasland, Team Waas"}),
        r[D][0].update({"Verduurzaming + blijvende inzet": "Team Dender blijft het infopunt ondersteunen."})), {(D, "C4")}),
    Case("doorlopend-blijvende-inzet", "the zorgraad stays on passes", set_cell(D, 0, "Verduurzaming + blijvende inzet", "De gemeenten beheren de lijst; de zorgraad blijft de jaarlijkse actualisering trekken."), set()),
    Case("doorlopend-blijvende-inzet", "a partner staying on does not say it", set_cell(D, 0, "Verduurzaming + blijvende inzet", "De gemeenten beheren de lijst en blijven die jaarlijks actualiseren."), {(D, "C4")}),
    Case("netwerkevent-format", "a drink is a format", set_cell(N, 0, "Titel + format", "Zomerdrink voor de zorgverleners van de regio"), set()),
    Case("netwerkevent-format", "a theme is no format", set_cell(N, 0, "Titel + format", "Zomer van de zorgverleners van de regio"), {(N, "A4")}),
    Case("netwerkevent-opvolging", "going over the agreements passes", set_cell(N, 0, "Opvolging/evaluatie", "De afspraken van elke avond overlopen we bij de start van de volgende."), set()),
    Case("netwerkevent-opvolging", "a good mood is no follow-up", set_cell(N, 0, "Opvolging/evaluatie", "Een gezellige avond waar iedereen elkaar leert kennen."), {(N, "D4")}),
    Case("stuurgroep-in-fiche", "a group named in a fiche's Wat?", lambda r: (r["Actiefiches"][1].update({"Wat?": WAT_VACCINATIE}), r[S][0].update({"Naam en/of thema": "Werkgroep preventienetwerk vaccinatie"})), {(S, "A4")}),
    Case("stuurgroep-in-fiche", "one word in common passes", lambda r: (r["Actiefiches"][1].update({"Wat?": WAT_VACCINATIE}), r[S][0].update({"Naam en/of thema": "Ontbijtsessies vaccinatie"})), set()),
    Case("netwerkevent-in-fiche", "an event named in a fiche's Wat?", lambda r: (r["Actiefiches"][1].update({"Wat?": WAT_VACCINATIE}), r[N][0].update({"Titel + format": "Infosessie vaccinatie preventienetwerk"})), {(N, "A4")}),
    Case("netwerkevent-in-fiche", "generic words only pass", lambda r: (r["Actiefiches"][1].update({"Wat?": WAT_VACCINATIE}), r[N][0].update({"Titel + format": "Lunch: gezondheid en welzijn in Brussel"})), set()),
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
