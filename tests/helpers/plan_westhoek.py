"""A plan of a rural zorgraad in West Flanders ("Zorgraad Westhoek"), written for issue 21 in its
own words, in the template layout of :func:`workbooks.write_plan`. Its staff call themselves "Team
ELZ Westhoek" and often write the abbreviation "ZRW" as trekker; both are listed in the Algemeen
field `Andere namen`. Most passages are correct but phrased unlike the example; these are the
deliberate mistakes (the tests in tests/rules/test_plannen_buiten_brussel.py find each one):

W1 fiche 'Aanwezigheid in de gemeentelijke welzijnsraden': the team takes part in meetings of
   others. Breaks "GEEN actiefiche gemaakt worden voor deelname aan/trekken van stuurgroepen".
W2 fiche 'Huisbezoeken bij kwetsbare 80-plussers': ran already in 2024 and is continued.
   Breaks "GEEN actiefiche worden ingevuld/gekopieerd voor acties die al eerder werden opgenomen
   in een actieplan, die nog doorlopen".
W3 fiche 'Zorgzame buurt Alveringem': fully funded by the province. Breaks "Acties die de
   zorgraad zal uitvoeren met middelen, anders dan de reguliere middelen, worden NIET opgenomen
   in dit actieplan."
W4 fiche 'Digitale sociale kaart voor de Westhoek': a milestone in spring 2027. Breaks "er dit
   jaar geen nieuwe projecten met een meerjarige duurtijd worden opgestart".
W5 Capaciteit F = 1,9 while the fiches add up to another sum. Breaks "F De optelsom van de
   geschatte VTE voor de acties opgenomen in onderstaande actiefiches".
W6 fiche 'Rookstopbegeleiding in de landbouwsector': trekker 'Logo Westhoek' and nothing on what
   the zorgraad does. Breaks "Voor welke output of onderdeel van het project neemt de zorgraad de
   verantwoordelijkheid op?"
W7 Algemeen 'Datum indiening' 2024-10-13, a year early (a typing slip for 2025). Breaks "Dit
   actieplan wordt ten laatste op 15 oktober 2025 bezorgd".

Correct variants that are easy to mistake:
V1 fiche 'Valpreventie op de boerderij': partly funded by the province, partly by the regular
   subsidy ("Indien acties deels gefinancierd worden ... wordt de actie WEL opgenomen").
V2 fiche 'Afsprakenkader ontslag uit het ziekenhuis': sets up its own workgroup (a workgroup of
   a fiche is part of the fiche, not a steering group).
V3 fiche 'Gezondheidswandelingen met de huisartsen': milestones as steps without dates ("Er
   wordt niet langer gevraagd om een tijdslijn door te geven").
V4 fiche 'Eenzaamheid bij landbouwers': trekker 'ZRW', listed in Andere namen.
V9 steering group 'Raad van bestuur Logo Westhoek': a right row; W1's fiche mentions "de raad van
   bestuur" too, and the fiche is the wrong side ("GEEN actiefiche ... voor deelname aan").
"""

from __future__ import annotations

from typing import Any

from plan_bouw import algemeen, capaciteit, doorlopend
from plan_scheldeland import _event, _fiche, _stuur

X, O = "☒", "☐"

# (SD, OD, title, wat, wel, niet, waarom, voor wie, trekker, stakeholders, plan, vte, proces, proces_ind, output, output_ind)
FICHES: list[tuple[Any, ...]] = [
    ("SD 1", "OD 1.1", "Afsprakenkader ontslag uit het ziekenhuis",
     "Met het AZ West en de thuiszorgdiensten maken we afspraken over wie wat doet wanneer een oudere patiënt naar huis gaat, zodat de thuisverpleging en de huisarts op tijd verwittigd worden.",
     "We richten een werkgroep op met ontslagmanagers en thuisverpleging; die werkgroep schrijft het afsprakenkader.", "Geen eigen ontslagregistratie, geen software.",
     "De omgevingsanalyse toont dat ouderen in Veurne en Diksmuide vaak zonder afspraken met de thuiszorg ontslagen worden.",
     "Ontslagmanagers AZ West, thuisverpleegkundigen en huisartsen in Veurne en Diksmuide", "Team ELZ Westhoek", "AZ West, Wit-Gele Kruis, huisartsenkring Westhoek",
     "Februari: werkgroep samenstellen; april: ontwerp; juni: goedkeuring door de partners; oktober: evaluatie.", 0.2, X,
     "Aantal werkgroepvergaderingen (verslagen)", X, "Afsprakenkader goedgekeurd door 3 partners; aantal ontslagen volgens het kader (registratie AZ West)"),
    ("SD 1", "OD 1.1", "Zorgpad palliatieve thuiszorg in de polders",
     "We tekenen samen met het netwerk palliatieve zorg uit hoe een palliatieve patiënt in een afgelegen deelgemeente thuis kan blijven, met vaste aanspreekpunten.",
     "Zorgpad uitschrijven, drie casusbesprekingen.", "Geen individuele begeleiding van patiënten.",
     "Uit de omgevingsanalyse: lange verplaatsingen voor palliatieve zorgverleners in Lo-Reninge en Alveringem.",
     "Palliatieve thuiszorgteams, huisartsen en apothekers in de landelijke deelgemeenten", "ZRW, samen met het Netwerk Palliatieve Zorg Westhoek", "Netwerk Palliatieve Zorg, apothekers, huisartsen",
     "Maart 2026: eerste casusbespreking; mei: tweede; september: zorgpad klaar; november: voorstelling.", 0.15, X,
     "Aantal casusbesprekingen; aantal disciplines aanwezig", O, None),
    ("SD 1", "OD 1.2", "Gezondheidswandelingen met de huisartsen",
     "Huisartsen stappen één keer per maand mee met inwoners in een wandeling waarin ze vragen over gezondheid beantwoorden.",
     "Wandelingen plannen en bekendmaken.", "Geen medische consultaties tijdens de wandeling.",
     "Bewegen is een Vlaamse gezondheidsdoelstelling; onze regio telt veel inactieve ouderen (omgevingsanalyse).",
     "Inwoners van 55 jaar en ouder in Poperinge en Vleteren", "Team ELZ Westhoek", "Huisartsen, sportdiensten van de gemeenten",
     "Eerst zoeken we deelnemende huisartsen, daarna leggen we de routes vast met de sportdiensten, vervolgens maken we de wandelingen bekend en tot slot bevragen we de deelnemers.",
     0.1, X, "Aantal wandelingen en deelnemers (inschrijvingslijsten)", O, None),
    ("SD 1", "OD 1.2", "Valpreventie op de boerderij",
     "Een reeks infomomenten over vallen en valpreventie voor oudere landbouwers, samen met de boerenbond. De actie wordt deels gefinancierd door de provincie West-Vlaanderen (drukwerk), de begeleiding gebeurt met onze reguliere middelen.",
     "Infomomenten, een checklist voor het erf.", "Geen aanpassingen aan woningen.",
     "Valincidenten bij oudere landbouwers zijn frequent; valpreventie is een Vlaamse gezondheidsdoelstelling.",
     "Landbouwers ouder dan 60 en hun partners", "Team ELZ Westhoek", "Boerenbond, kinesitherapeuten, provincie West-Vlaanderen",
     "Januari: afspraken met de boerenbond; maart-april: vier infomomenten; juni: evaluatie.", 0.1, X,
     "Aantal infomomenten en deelnemers", X, "Aantal uitgedeelde checklists, doel 120"),
    ("SD 1", "OD 1.3", "Eenzaamheid bij landbouwers",
     "We brengen hulpverleners en landbouworganisaties samen om signalen van eenzaamheid en psychische nood bij landbouwers sneller op te pikken.",
     "Een signaalkaart maken en twee vormingen voor erfbetreders.", "Geen therapie of crisisopvang.",
     "De landbouwsector kent een hoog aantal suïcides; het lokaal sociaal beleid van Diksmuide vraagt aandacht voor landbouwers.",
     "Erfbetreders: dierenartsen, voedersvertegenwoordigers, boekhouders van landbouwbedrijven", "ZRW", "Boerenbond, CGG, dierenartsen, Boeren op een Kruispunt",
     "Maart: signaalkaart; mei en oktober: vorming; december: evaluatie.", 0.15, X,
     "Aantal vormingen en deelnemers", X, "Aantal verspreide signaalkaarten (telling), doel 300"),
    ("SD 1", "OD 1.3", "Rookstopbegeleiding in de landbouwsector",
     "Tabakologen bieden op vraag een rookstopgesprek aan op de boerderij.",
     "Bekendmaking van het aanbod via de boerenbond.", "Geen nicotinevervangers aankopen.",
     "Het aandeel rokers is hoog in de landbouw; rookstop is een Vlaamse gezondheidsdoelstelling.",
     "Rokende landbouwers en hun gezinnen", "Logo Westhoek", "Tabakologen, boerenbond",
     "April: bekendmaking; mei-november: gesprekken; december: telling.", 0.05, X,
     "Aantal rookstopgesprekken", O, None),
    ("SD 2", "OD 2.1", "Aanwezigheid in de gemeentelijke welzijnsraden",
     "Het Team ELZ Westhoek zetelt in de welzijnsraden van de acht gemeenten en vertegenwoordigt de zorgraad in de lokale adviesraden.",
     "Aanwezig zijn op de vergaderingen en terugkoppelen naar de raad van bestuur.", "Geen eigen voorstellen uitwerken.",
     "Zo blijven we op de hoogte van de noden in de gemeenten.",
     "De welzijnsraden van de gemeenten", "Team ELZ Westhoek", "De acht gemeentebesturen",
     "Doorheen het jaar volgens de kalender van de raden.", 0.2, X, "Aantal bijgewoonde vergaderingen", O, None),
    ("SD 2", "OD 2.1", "Huisbezoeken bij kwetsbare 80-plussers",
     "Vrijwilligers bezoeken thuiswonende 80-plussers en melden noden aan het sociaal huis. Deze actie liep al in 2024 en 2025 in Heuvelland en Poperinge; in 2026 zetten we ze verder in dezelfde gemeenten.",
     "Bezoekers vormen en de meldingen opvolgen.", "Geen hulp in het huishouden.",
     "Vereenzaming bij hoogbejaarden blijft hoog in de omgevingsanalyse.",
     "80-plussers die alleen wonen in Heuvelland en Poperinge", "Team ELZ Westhoek", "Sociaal huis Heuvelland, OCMW Poperinge, vrijwilligers",
     "Maart: vorming nieuwe bezoekers; april-oktober: bezoeken; november: evaluatie met de sociale huizen.", 0.2, X,
     "Aantal bezoeken (registratie sociaal huis)", X, "Aantal gemelde noden die opgevolgd zijn"),
    ("SD 2", "OD 2.1", "Zorgzame buurt Alveringem",
     "In de deelgemeente Stavele bouwen we een zorgzame buurt uit met een buurtpunt waar inwoners terecht kunnen met vragen. De actie wordt volledig gefinancierd door de provincie West-Vlaanderen binnen haar oproep zorgzame buurten.",
     "Buurtpunt openen, buurtbewoners betrekken.", "Geen professionele zorg aanbieden.",
     "Stavele heeft geen eigen dienstencentrum; de gemeente vraagt een laagdrempelig aanspreekpunt.",
     "Inwoners van Stavele, in het bijzonder ouderen", "Team ELZ Westhoek", "Gemeente Alveringem, OCMW, vrijwilligers",
     "Januari: buurtbevraging; april: opening buurtpunt; september: eerste evaluatie.", 0.1, X,
     "Aantal buurtbewoners betrokken", O, None),
    ("SD 2", "OD 2.2", "Digitale sociale kaart voor de Westhoek",
     "We bouwen een online overzicht van het zorg- en welzijnsaanbod in de acht gemeenten, dat huisartsen en sociale diensten kunnen raadplegen.",
     "Gegevens verzamelen, een website laten bouwen.", "Geen papieren brochure.",
     "Hulpverleners zoeken te lang naar het juiste aanbod; dat bleek uit de bevraging van de omgevingsanalyse.",
     "Huisartsen, maatschappelijk werkers van de OCMW's, thuiszorgdiensten in de Westhoek", "Team ELZ Westhoek", "Gemeenten, OCMW's, Zorgpunt Westhoek",
     "STAP 1: gegevens verzamelen (voorjaar 2026). STAP 2: website bouwen (najaar 2026). STAP 3: uitrol naar alle gemeenten en onderhoudsafspraken (voorjaar 2027).",
     0.2, X, "Aantal gemeenten met volledige gegevens", X, "Aantal raadplegingen van de website (webstatistiek)"),
    ("SD 2", "OD 2.2", "Wegwijs in de thuiszorg voor nieuwe inwoners",
     "Een korte wegwijzer in eenvoudige taal over huisarts, apotheek, thuisverpleging en sociaal huis, voor wie net in de regio woont.",
     "Tekst schrijven met de partners, vertalen in drie talen.", "Geen vertaling van individuele documenten.",
     "In Poperinge en Ieper wonen steeds meer nieuwkomers die de weg naar de eerste lijn niet vinden (lokaal sociaal beleid).",
     "Nieuwkomers en hun begeleiders bij het agentschap Integratie en Inburgering", "Team ELZ Westhoek", "Agentschap Integratie en Inburgering, sociale huizen, huisartsen",
     "Maart: tekst; mei: vertaling; juni: verspreiding via de gemeenten.", 0.05, X,
     "Aantal partners die de tekst nalazen", X, "Aantal verspreide wegwijzers, doel 500"),
    ("SD 2", "OD 2.3", "Vervoer naar zorgafspraken",
     "We maken met de minder-mobielencentrales en de gemeenten afspraken over vervoer naar zorgafspraken voor wie geen eigen vervoer heeft.",
     "Overzicht van het vervoersaanbod, afspraken met twee ziekenhuizen.", "Geen eigen vervoersdienst opstarten.",
     "Het landelijke karakter van de regio maakt vervoer naar zorg een drempel (omgevingsanalyse).",
     "Inwoners zonder eigen vervoer in de landelijke gemeenten", "Team ELZ Westhoek", "Minder-mobielencentrales, gemeenten, ziekenhuizen",
     "Januari-maart: overzicht; april-juni: afspraken; september: communicatie naar de huisartsen.", 0.1, X,
     "Aantal overlegmomenten met de vervoersaanbieders", O, None),
    ("SD 2", "OD 2.3", "Mantelzorgers van personen met jongdementie",
     "Drie ontmoetingsavonden voor mantelzorgers van jonge mensen met dementie, met telkens een korte inleiding door een expert.",
     "Avonden organiseren en mantelzorgers uitnodigen via de huisartsen.", "Geen individuele begeleiding.",
     "Het expertisecentrum dementie signaleert dat deze groep in de Westhoek geen aanbod heeft.",
     "Mantelzorgers van personen met jongdementie in de Westhoek", "Team ELZ Westhoek", "Expertisecentrum Dementie Sophia, mutualiteiten",
     "Maart, juni en oktober: ontmoetingsavond; december: evaluatie.", 0.05, X,
     "Aantal deelnemers per avond", X, "Tevredenheid van de deelnemers (korte vragenlijst), doel 80% tevreden"),
    ("SD 3", "OD 3.1", "Vorming medicatiebeheer voor thuiszorg",
     "Een vorming over veilig medicatiebeheer voor verzorgenden en poetshulpen van de diensten gezinszorg, gegeven door apothekers.",
     "Twee vormingen organiseren.", "Geen controle van medicatie bij cliënten.",
     "Fouten met medicatie bij thuiswonende ouderen komen vaak voor; de apothekers vroegen om dit thema op te nemen.",
     "Verzorgenden en poetshulpen van de diensten gezinszorg in de Westhoek", "Team ELZ Westhoek", "Apothekersvereniging, diensten gezinszorg",
     "April en oktober: vorming; november: evaluatie met de diensten.", 0.05, X,
     "Aantal deelnemers", X, "Kennistest voor en na de vorming"),
    ("SD 3", "OD 3.1", "Afspraken huisartsen en thuisverpleging over wondzorg",
     "Een gezamenlijke afsprakennota over wondzorg thuis, zodat huisarts en thuisverpleegkundige dezelfde aanpak volgen.",
     "Drie overleggen tussen huisartsen en thuisverpleging, een nota.", "Geen aankoop van wondzorgmateriaal.",
     "Huisartsen en thuisverpleging gaven in het eerstelijnsoverleg aan dat afspraken ontbreken.",
     "Huisartsen en thuisverpleegkundigen in de Westhoek", "ZRW", "Huisartsenkring, Wit-Gele Kruis, zelfstandige verpleegkundigen",
     "Februari, april en juni: overleg; september: nota verspreid.", 0.1, X,
     "Aantal overleggen en deelnemers", X, "Nota verspreid naar alle huisartsen en verpleegkundigen"),
    ("SD 3", "OD 3.1", "Interprofessioneel overleg rond diabetes type 2",
     "We brengen huisartsen, diëtisten, podologen en diabeteseducatoren samen rond de opvolging van mensen met diabetes type 2.",
     "Twee overlegavonden met casussen.", "Geen eigen educatieprogramma voor patiënten.",
     "Diabetes type 2 neemt toe in onze vergrijzende regio (omgevingsanalyse).",
     "Huisartsen, diëtisten, podologen en diabeteseducatoren", "Team ELZ Westhoek", "Huisartsenkring, Diabetes Liga, beroepsverenigingen",
     "Voorjaar: eerste overlegavond; najaar: tweede overlegavond.", 0.05, X,
     "Aantal deelnemers per discipline", O, None),
    ("SD 3", "OD 3.2", "Samenwerking eerste lijn en centrum geestelijke gezondheidszorg",
     "We zoeken met het CGG naar een vaste doorverwijsprocedure voor huisartsen, met een contactpersoon per gemeente.",
     "Afspraken uitschrijven en testen met vijf huisartsenpraktijken.", "Geen extra therapieplaatsen.",
     "Wachttijden in de GGZ zijn lang; een betere doorverwijzing is een doel uit het meerjarenplan.",
     "Huisartsen en medewerkers van het CGG", "Team ELZ Westhoek", "CGG Largo, huisartsenkring, netwerk GGZ",
     "Januari: overleg CGG; maart: procedure; april-september: test; oktober: bijsturing.", 0.1, X,
     "Aantal overlegmomenten", X, "Aantal doorverwijzingen volgens de procedure (registratie CGG)"),
    ("SD 3", "OD 3.2", "Eerstelijnspsychologen bekend maken bij huisartsen",
     "We maken het aanbod van de eerstelijnspsychologen bekend in de wachtzalen en bij de huisartsen, met een folder per gemeente.",
     "Folder maken, bezoeken aan huisartsenpraktijken.", "Geen organisatie van therapie.",
     "Huisartsen kennen het aanbod onvoldoende (bevraging huisartsenkring).",
     "Huisartsen en hun patiënten met lichte psychische klachten", "Team ELZ Westhoek", "Netwerk GGZ, eerstelijnspsychologen",
     "Maart: folder; april-juni: praktijkbezoeken.", 0.05, X, "Aantal bezochte praktijken", O, None),
    ("SD 3", "OD 3.3", "Vaccinatie tegen griep bij zorgpersoneel",
     "Een sensibiliseringscampagne bij de medewerkers van de thuiszorgdiensten om zich te laten vaccineren tegen griep.",
     "Affiches, een korte infosessie per dienst.", "Geen vaccinaties zetten.",
     "De vaccinatiegraad bij thuiszorgpersoneel ligt lager dan bij ziekenhuispersoneel; vaccinatie is een Vlaamse gezondheidsdoelstelling.",
     "Medewerkers van de thuiszorgdiensten in de Westhoek", "Team ELZ Westhoek", "Logo Westhoek, thuiszorgdiensten",
     "September: infosessies; oktober-november: campagne.", 0.05, X, "Aantal infosessies", X, "Vaccinatiegraad bij de deelnemende diensten (rapport diensten)"),
    ("SD 3", "OD 3.3", "Gezonde voeding in de lokale dienstencentra",
     "Diëtisten geven in de lokale dienstencentra een reeks kooklessen met gezonde en goedkope maaltijden voor ouderen.",
     "Zes kooklessen in drie dienstencentra.", "Geen maaltijdbedeling.",
     "Ondervoeding bij ouderen komt in de regio vaak voor (omgevingsanalyse).",
     "Ouderen die naar de lokale dienstencentra komen in Ieper, Poperinge en Veurne", "Team ELZ Westhoek, de diëtisten geven de lessen", "Diëtisten, lokale dienstencentra",
     "Februari: planning; maart-mei: kooklessen; juni: evaluatie.", 0.05, X, "Aantal kooklessen en deelnemers", O, None),
    ("SD 4", "OD 4.1", "Inzet van ervaringsdeskundigen in armoede",
     "Een ervaringsdeskundige in armoede geeft feedback op brochures en afspraken die de partners voor kwetsbare inwoners maken.",
     "Drie teksten laten nalezen, één vormingsmoment.", "Geen eigen brochures.",
     "Het lokaal sociaal beleid van Ieper wil kwetsbare inwoners beter bereiken.",
     "Partners die teksten maken voor inwoners in armoede", "Team ELZ Westhoek", "Vzw De Keeting, OCMW Ieper",
     "Maart: afspraken met de ervaringsdeskundige; mei-september: nalezen; oktober: vorming.", 0.05, X,
     "Aantal nagelezen teksten", O, None),
    ("SD 4", "OD 4.1", "Laagdrempelige huisartsenzorg voor seizoenarbeiders",
     "Samen met de huisartsen maken we afspraken over zorg voor seizoenarbeiders in de fruit- en groenteteelt tijdens de oogstmaanden.",
     "Een infoblad in meerdere talen, afspraken met twee wachtposten.", "Geen eigen medische post.",
     "In de zomer werken honderden seizoenarbeiders in de regio zonder vaste huisarts.",
     "Seizoenarbeiders in de landbouw en hun werkgevers", "Team ELZ Westhoek", "Huisartsenwachtpost, boerenbond, vakbonden",
     "April: infoblad; mei: afspraken met de wachtposten; oktober: evaluatie.", 0.05, X,
     "Aantal consultaties van seizoenarbeiders (wachtpost)", O, None),
    ("SD 4", "OD 4.2", "Toegang tot tandzorg voor mensen in armoede",
     "We brengen tandartsen en OCMW's samen om afspraken te maken over betaalbare tandzorg voor cliënten van het OCMW.",
     "Overleg, een lijst van tandartsen die cliënten aanvaarden.", "Geen terugbetaling van kosten.",
     "Het OCMW signaleert dat cliënten tandzorg uitstellen.",
     "Cliënten van de OCMW's in de Westhoek", "Team ELZ Westhoek", "Tandartsen, OCMW's",
     "Februari-maart: overleg; mei: lijst beschikbaar; november: evaluatie.", 0.05, X,
     "Aantal deelnemende tandartsen", X, "Aantal doorverwezen cliënten (registratie OCMW), streefdoel 40"),
    ("SD 4", "OD 4.2", "Gezondheidsvaardigheden bij laaggeletterden",
     "We testen met de bibliotheken een reeks leesgroepen rond gezondheid in eenvoudige taal.",
     "Vier leesgroepen in twee bibliotheken.", "Geen alfabetiseringscursus.",
     "Laaggeletterdheid is hoger dan gemiddeld in de regio; gezondheidsvaardigheden zijn een doel van het meerjarenplan.",
     "Laaggeletterde volwassenen die naar de bibliotheek komen", "Team ELZ Westhoek", "Bibliotheken, Ligo, Logo Westhoek",
     "Maart: afspraken bibliotheken; april-november: leesgroepen.", 0.05, X, "Aantal deelnemers per leesgroep", O, None),
    ("SD 4", "OD 4.2", "Kansarme gezinnen en kinderopvang",
     "Met het Huis van het Kind leggen we de brug tussen kinderopvang en huisartsen voor gezinnen in kwetsbare situaties.",
     "Twee ontmoetingen tussen kinderbegeleiders en huisartsen.", "Geen opvoedingsondersteuning.",
     "Het Huis van het Kind vroeg ons deze brug te leggen (lokaal sociaal beleid Poperinge).",
     "Kinderbegeleiders en huisartsen in Poperinge", "Team ELZ Westhoek", "Huis van het Kind, Kind en Gezin, huisartsen",
     "Mei en november: ontmoeting.", 0.05, X, "Aantal deelnemers", O, None),
]


def plan() -> dict[str, list[dict[str, Any]]]:
    return {
        "Algemeen": algemeen("Zorgraad Westhoek", "ZRW, Team ELZ Westhoek, Eerstelijnszone Westhoek", "Lieve Vandenbroucke", "lieve@zorgraadwesthoek.be",
                             "2024-10-13"),
        "Capaciteit": capaciteit({"A": 5.0, "B": 0.7, "C": 0.8, "D": 0.8, "E": 0.6, "F": 1.9}),
        "Stuurgroepen": [
            _stuur("Woonzorgnetwerk Westhoek", "Zorgpunt Westhoek", "Sinds 2022, 4x/jaar",
                   "Tegen eind 2026 hebben alle woonzorgcentra van de regio één gedeelde procedure voor opnames vanuit de thuissituatie.",
                   "Stem van de eerste lijn in de residentiële zorg."),
            _stuur("Overleg kinderarmoede Ieper", "Stad Ieper", "Sinds 2023, 3x/jaar",
                   "De partners volgen het lokale actieplan kinderarmoede op en beslissen welke acties in 2026 voorrang krijgen.",
                   "Zicht op kwetsbare gezinnen; link met de huisartsen."),
            _stuur("Regionale stuurgroep geestelijke gezondheid kust en Westhoek", "Netwerk GGZ Noord-West-Vlaanderen", "Sinds 2020, 5x/jaar",
                   "Opvolgen van de afspraken over de eerstelijnspsychologische functie en de wachttijden per regio rapporteren.",
                   "Eerste lijn en GGZ beter afstemmen."),
            _stuur("Raad van bestuur Logo Westhoek", "Logo Westhoek", "Sinds 2021, 6x/jaar",
                   "De koers van het Logo mee bepalen en de preventiecampagnes van 2026 kiezen.",
                   "Preventie afstemmen op de noden van de zorgraad."),
            _stuur("Provinciaal afstemmingsoverleg zorgraden West-Vlaanderen", "VIVEL", "Sinds 2020, maandelijks",
                   "Gezamenlijke standpunten van de West-Vlaamse zorgraden voorbereiden en signalen bundelen naar het departement.",
                   "Leren van andere zorgraden."),
        ],
        "Netwerkevents": [
            _event("Eerstelijnsdag Westhoek: plenaire spreker en workshops", "1x/jaar, oktober", "± 150 zorg- en welzijnsactoren",
                   "Bevraging na de dag; we bekijken een half jaar later welke samenwerkingen eruit ontstonden.", "Nee"),
            _event("Ontbijtmomenten voor nieuwe huisartsen en apothekers", "2x/jaar (maart en september)", "± 15 starters",
                   "De starters vullen een korte enquête in; het volgende ontbijt gaat over hun vragen.", "Nee"),
            _event("Intervisie sociale huizen en thuiszorg", "3x/jaar", "± 25 deelnemers",
                   "Verslag per sessie, de afspraken komen terug op de volgende intervisie.", "Ja (actiefiche 2025 sociale huizen)"),
        ],
        "Doorlopende acties": [
            doorlopend("Sociale huizen als aanspreekpunt voor de eerste lijn (2024, 2025)",
                       "Twee gemeenten sluiten aan in het voorjaar; de actie wordt in december afgerond.",
                       "De sociale huizen nemen de opvolging over; na 2026 is geen inzet van de zorgraad meer nodig."),
            doorlopend("Buurtgerichte zorg Diksmuide (2025)",
                       "Vier buurtoverleggen; de actie loopt door tot eind 2026 en wordt dan afgerond.",
                       "De stad neemt de coördinatie over; de zorgraad blijft beschikbaar voor advies, zonder vaste inzet."),
            doorlopend("Dementievriendelijke Westhoek (2023, 2024)",
                       "Opfrisvorming voor handelaars in mei; de actie is daarmee afgerond.",
                       "Verduurzaamd bij de gemeenten; geen blijvende inzet van de zorgraad nodig."),
            doorlopend("Wachtdienst apothekers in de zomer (2025)",
                       "Affiches in juni; de actie wordt dit jaar niet afgerond, ze loopt elk jaar mee.",
                       "De apothekersvereniging neemt het drukwerk over; de zorgraad blijft jaarlijks de communicatie verzorgen (0,02 VTE)."),
            doorlopend("Vorming signaaldetectie voor poetshulpen (2024)",
                       "Eén opfrissessie in het najaar; afgerond in 2026.",
                       "De diensten gezinszorg nemen de vorming op in hun eigen opleiding; geen verdere inzet van de zorgraad."),
        ],
        "Actiefiches": [_fiche(*f) for f in FICHES],
        "Doelstellingen": [
            {"SD": "SD 1", "Strategische doelstelling": "Zorg thuis, ook in de landelijke gemeenten", "OD": "OD 1.1", "Operationele doelstelling": "Continuïteit van zorg"},
            {"SD": "SD 1", "Strategische doelstelling": "Zorg thuis, ook in de landelijke gemeenten", "OD": "OD 1.2", "Operationele doelstelling": "Gezond ouder worden"},
            {"SD": "SD 1", "Strategische doelstelling": "Zorg thuis, ook in de landelijke gemeenten", "OD": "OD 1.3", "Operationele doelstelling": "Welzijn van landbouwers"},
            {"SD": "SD 2", "Strategische doelstelling": "Toegankelijke eerste lijn", "OD": "OD 2.1", "Operationele doelstelling": "Zorgzame buurten"},
            {"SD": "SD 2", "Strategische doelstelling": "Toegankelijke eerste lijn", "OD": "OD 2.2", "Operationele doelstelling": "Informatie over het aanbod"},
            {"SD": "SD 2", "Strategische doelstelling": "Toegankelijke eerste lijn", "OD": "OD 2.3", "Operationele doelstelling": "Drempels wegnemen"},
            {"SD": "SD 3", "Strategische doelstelling": "Samenwerking tussen disciplines", "OD": "OD 3.1", "Operationele doelstelling": "Interprofessionele afspraken"},
            {"SD": "SD 3", "Strategische doelstelling": "Samenwerking tussen disciplines", "OD": "OD 3.2", "Operationele doelstelling": "Eerste lijn en GGZ"},
            {"SD": "SD 3", "Strategische doelstelling": "Samenwerking tussen disciplines", "OD": "OD 3.3", "Operationele doelstelling": "Preventie"},
            {"SD": "SD 4", "Strategische doelstelling": "Gezondheid voor iedereen", "OD": "OD 4.1", "Operationele doelstelling": "Kwetsbare groepen bereiken"},
            {"SD": "SD 4", "Strategische doelstelling": "Gezondheid voor iedereen", "OD": "OD 4.2", "Operationele doelstelling": "Gezondheidsvaardigheden"},
        ],
    }
