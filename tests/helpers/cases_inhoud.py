"""Cases for issue 21, points 3, 4, 5 and 9: what a fiche or a table row is about, found by its
content (rules/common/inhoud.py and the changed rules of actiefiches.py and tabellen.py).

Each rule has a firing case and a near miss, in texts written for them (not the example's), on
the valid plan moved to a zorgraad outside Brussels ('Zorgraad Kempen'). Valid plan: fiche 0 is
Actiefiches row 4, fiche 1 row 5 (C Titel actie, D Wat?, E Wat ga je wel doen?, G Waarom?, K Plan
van aanpak); Stuurgroepen rows 4-5 (A name, D Concrete doelstelling); Netwerkevents row 4 (E Link
eerdere actiefiche, F Opmerking).
"""

from cases import Case

F, S, N = "Actiefiches", "Stuurgroepen", "Netwerkevents"


def kempen(*changes):
    """The valid plan of 'Zorgraad Kempen' with ``changes``: (sheet, data index, {header: value})."""

    def mutate(rows):
        for row in rows["Algemeen"]:
            if row["Veld"] == "Zorgraad":
                row["Waarde"] = "Zorgraad Kempen"
        for sheet, index, values in changes:
            rows[sheet][index].update(values)

    return mutate


def cell(sheet, index, header, value):
    return (sheet, index, {header: value})


WAT, WEL, WAAROM, TITEL, PLAN = "Wat?", "Wat ga je wel doen?", "Waarom?", "Titel actie", "Plan van aanpak en mijlpalen"
DOEL, NAAM, LINK, OPMERKING = "Concrete doelstelling", "Naam en/of thema", "Link eerdere actiefiche", "Opmerking"

# a fiche about taking part in the meetings of others, and a steering group on the same subject
TAKING_PART = kempen(
    cell(F, 0, TITEL, "Deelname aan het overleg kinderarmoede Herentals"),
    cell(F, 0, WAT, "Onze coördinator neemt deel aan het overleg kinderarmoede van Herentals en brengt er signalen van de eerste lijn in."),
    cell(S, 0, NAAM, "Overleg kinderarmoede Herentals"),
)

CASES = [
    # point 3: a fiche for taking part in meetings (the finding on the fiche)
    Case("fiche-deelname-overleg", "sits in an advisory board (Wat?)", kempen(cell(F, 1, WAT, "Onze stafmedewerker zetelt in de adviesraad van het woonzorgcentrum en in het lokaal overleg kinderarmoede van Herentals.")), {(F, "D5")}),
    Case("fiche-deelname-overleg", "represents the zorgraad (title)", kempen(cell(F, 1, TITEL, "Vertegenwoordiging van de zorgraad in de regionale overlegorganen")), {(F, "C5")}),
    Case("fiche-deelname-overleg", "a workgroup of its own passes", kempen(cell(F, 1, WAT, "We richten een werkgroep op met apothekers en huisartsen uit Geel die een stappenplan voor medicatienazicht uitwerkt.")), set()),
    Case("fiche-deelname-overleg", "attending a training is no meeting", kempen(cell(F, 1, WAT, "Deelname aan de vorming valpreventie voor veertig kinesitherapeuten uit de regio, met een terugkommoment.")), set()),
    Case("fiche-deelname-overleg", "taking part as a means, later in Wat?, passes", kempen(cell(F, 1, WAT, "We ontwikkelen een sociale kaart voor mantelzorgers in de Kempen. Daarvoor nemen we ook deel aan het lokaal overleg mantelzorg.")), set()),
    Case("fiche-deelname-overleg", "others take part in meetings it organises: passes", kempen(cell(F, 1, WAT, "We organiseren drie wijkoverleggen waar huisartsen en apothekers kunnen deelnemen aan het overleg over medicatie.")), set()),
    Case("fiche-deelname-overleg", "overlap with a steering group: the fiche", TAKING_PART, {(F, "C4")}),
    Case("stuurgroep-overlapt-fiche", "overlap with a fiche about taking part: not the row", TAKING_PART, set()),
    Case("stuurgroep-overlapt-fiche", "overlap with a content fiche: the row", kempen(cell(F, 0, TITEL, "Zorgraad Kempen ontwikkelt een draaiboek kinderarmoede Herentals"), cell(S, 0, NAAM, "Werkgroep draaiboek kinderarmoede")), {(S, "A4")}),
    # point 3: a fiche for an action of earlier plans, without --vorig-jaar
    Case("fiche-eerdere-actie", "it ran already in 2024", kempen(cell(F, 0, WAT, "Het vormingsaanbod voor mantelzorgers in Mol liep al in 2024; dit jaar breiden we het uit naar Balen en Dessel.")), {(F, "D4")}),
    Case("fiche-eerdere-actie", "kept up by the team", kempen(cell(F, 1, WEL, "De sociale kaart van de regio blijft door ons team onderhouden en aangevuld.")), {(F, "E5")}),
    Case("fiche-eerdere-actie", "started in an earlier year", kempen(cell(F, 1, WAT, "Gestart in 2023 met drie scholen; nu nemen alle basisscholen van de gemeente deel aan het programma.")), {(F, "D5")}),
    Case("fiche-eerdere-actie", "building on a method passes", kempen(cell(F, 0, WAT, "We bouwen verder op de methodiek van het multidisciplinair overleg om een nieuw aanbod voor jonge mantelzorgers te maken.")), set()),
    Case("fiche-eerdere-actie", "started this year passes", kempen(cell(F, 0, WAT, "In januari 2026 wordt de werkgroep opgestart met vijf huisartsen en twee thuisverpleegkundigen uit Geel.")), set()),
    Case("fiche-eerdere-actie", "what others already run passes", kempen(cell(F, 0, WAT, "Er lopen al heel wat initiatieven rond eenzaamheid; wij brengen ze samen in één aanbod voor Geel.")), set()),
    Case("fiche-eerdere-actie", "following up a survey passes", kempen(cell(F, 0, WAT, "Als vervolg op de bevraging van 2025 maken we een draaiboek voor de thuiszorg in Geel.")), set()),
    Case("fiche-eerdere-actie", "a past project in Waarom? passes", kempen(cell(F, 0, WAAROM, "Een gelijkaardig project liep al in 2024 in een buurgemeente en sluit aan bij de omgevingsanalyse.")), set()),
    # point 4: funding
    Case("fiche-andere-middelen", "fully funded by the province", kempen(cell(F, 0, WAT, "De cursus voor vrijwilligers wordt volledig gefinancierd door de provincie Antwerpen.")), {(F, "D4")}),
    Case("fiche-andere-middelen", "carried out with X-means", kempen(cell(F, 1, WAT, "De opleiding rond valpreventie wordt gerealiseerd met VIVEL-middelen, voor alle huisartsenpraktijken.")), {(F, "D5")}),
    Case("fiche-andere-middelen", "not with the regular means", kempen(cell(F, 1, WAAROM, "Dit doen we niet met de reguliere middelen maar met een projectsubsidie, omdat het aansluit bij het lokaal sociaal beleid.")), {(F, "G5")}),
    Case("fiche-andere-middelen", "partly funded is no warning", kempen(cell(F, 0, WAT, "De brochure voor jonge mantelzorgers wordt deels gefinancierd door de gemeente Geel.")), set()),
    Case("fiche-andere-middelen-deels", "partly funded is info", kempen(cell(F, 0, WAT, "De brochure voor jonge mantelzorgers wordt deels gefinancierd door de gemeente Geel.")), {(F, "D4")}),
    Case("fiche-andere-middelen-deels", "the zorgraad's funding in general passes", kempen(cell(F, 0, WAAROM, "Zorgraad Kempen wordt gefinancierd door de Vlaamse overheid; deze actie volgt uit de omgevingsanalyse.")), set()),
    Case("fiche-andere-middelen", "the zorgraad's funding in general passes", kempen(cell(F, 0, WAAROM, "Zorgraad Kempen wordt volledig gefinancierd door de Vlaamse overheid; deze actie volgt uit de omgevingsanalyse.")), set()),
    Case("fiche-andere-middelen", "paid with its own means passes", kempen(cell(F, 1, WAT, "De folder wordt betaald met de eigen middelen van de zorgraad en verspreid via de apothekers.")), set()),
    Case("fiche-andere-middelen", "funding of a past year passes", kempen(cell(F, 0, WAAROM, "In 2022 werd de eerste versie volledig gefinancierd door de provincie; de omgevingsanalyse toont dat ze verouderd is.")), set()),
    # point 4: multi-year, wider patterns
    Case("fiche-meerjarig", "a track of three years", kempen(cell(F, 0, WAT, "We starten een traject van drie jaar met de scholen van Turnhout rond gezonde voeding.")), {(F, "D4")}),
    Case("fiche-meerjarig", "a first phase", kempen(cell(F, 1, WEL, "In deze eerste fase brengen we de noden van jonge mantelzorgers in kaart.")), {(F, "E5")}),
    Case("fiche-meerjarig", "'in een eerste fase' is a step, no project phase", kempen(cell(F, 1, WEL, "In een eerste fase bevragen we de partners; daarna schrijven we het draaiboek en stellen het voor.")), set()),
    Case("fiche-meerjarig", "from 2027 on", kempen(cell(F, 1, WAT, "We testen de aanpak in Geel. Vanaf 2027 rollen we ze uit naar de hele regio.")), {(F, "D5")}),
    Case("fiche-meerjarig", "a policy priority named in Wat? passes", kempen(cell(F, 0, WAT, "We starten een traject van drie jaar rond zorgzame buurten, een prioriteit van de minister, in Turnhout.")), set()),
    Case("fiche-meerjarig", "the next multi-year plan passes", kempen(cell(F, 1, WAT, "De inzichten uit deze eerste fase vormen de basis voor ons meerjarenplan 2027-2032 in de Kempen.")), set()),
    Case("fiche-later-jaar", "the multi-year warning says it once", kempen(cell(F, 1, WAT, "We testen de aanpak in Geel. Vanaf 2027 rollen we ze uit naar de hele regio.")), set()),
    # point 5: milestones need no dates; a steering group's goal judged on content, not length
    Case("fiche-mijlpalen-tijd", "numbered steps without dates pass", kempen(cell(F, 1, PLAN, "1. Partners bevragen\n2. Draaiboek schrijven\n3. Draaiboek voorstellen op het lokaal overleg")), set()),
    Case("fiche-mijlpalen-tijd", "only steps of 2024 and 2025", kempen(cell(F, 1, PLAN, "Stap 1: bevraging partners (2024)\nStap 2: draaiboek (2025)")), {(F, "K5")}),
    Case("stuurgroep-doel-concreet", "only general words", kempen(cell(S, 0, DOEL, "Samenwerking en informatie-uitwisseling versterken.")), {(S, "D4")}),
    Case("stuurgroep-doel-concreet", "short but concrete passes", kempen(cell(S, 0, DOEL, "Draaiboek hittegolven tegen mei.")), set()),
    # point 9: the two instructions that were not enforced
    Case("stuurgroep-sturing", "an information meeting (info)", kempen(cell(S, 0, NAAM, "Infomoment thuiszorgdiensten"), cell(S, 0, DOEL, "Elkaar informeren over het aanbod van de thuiszorg in de regio.")), {(S, "A4")}),
    Case("stuurgroep-sturing", "deciding and following up passes", kempen(cell(S, 0, NAAM, "Zorgnetwerk dementie"), cell(S, 0, DOEL, "De partners bepalen samen de prioriteiten en volgen de acties op.")), set()),
    Case("stuurgroep-sturing", "a members' general assembly is never questioned", kempen(cell(S, 1, DOEL, "Informatie over de werking van de vereniging en haar jaarrekening.")), set()),
    Case("netwerkevent-lopende-actie", "'Ja' for an action never in a fiche", kempen(cell(N, 0, LINK, "Ja, bij onze buurtwerking die nooit in een actiefiche stond")), {(N, "E4")}),
    Case("netwerkevent-lopende-actie", "'Ja' while the remark says no fiche", kempen(cell(N, 0, OPMERKING, "Hoort bij het lopende valpreventieproject, zonder actiefiche.")), {(N, "E4")}),
    Case("netwerkevent-lopende-actie", "a bare 'Nee' passes", kempen(cell(N, 0, LINK, "Nee")), set()),
    Case("netwerkevent-lopende-actie", "'Nee' with the ongoing action named passes", kempen(cell(N, 0, LINK, "Nee, hoort bij het lopende project valpreventie (nooit in een actiefiche)")), set()),
    Case("netwerkevent-lopende-actie", "'Ja' with the fiche's year passes", kempen(cell(N, 0, LINK, "Ja (actiefiche 2024 valpreventie)")), set()),
]
