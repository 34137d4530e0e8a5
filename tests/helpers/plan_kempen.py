"""A plan of a zorgraad hosted by another organisation ("Zorgraad Kempen", whose staff are employed
by the "Welzijnshuis Kempen"), written for issue 21 in its own words, in the template layout of
:func:`workbooks.write_plan`. It writes its objective codes as its approved multi-year plan does:
`Strategische doelstelling 2` in the SD columns and `OD 2.1 - <titel>` in the OD columns. The
host, the abbreviation "ZRK" and "Eerstelijnszone Kempen" are in the Algemeen field `Andere namen`.
These are the deliberate mistakes (tests/rules/test_plannen_buiten_brussel.py finds each one):

K1 fiche 'Leefstijlcoaching in de Kempense gemeenten': a traject of three years, this is its first
   phase. Breaks "er dit jaar geen nieuwe projecten met een meerjarige duurtijd worden opgestart,
   tenzij in het kader van een Vlaamse beleidsprioriteit".
K2 fiche 'Vorming valpreventie voor thuisverpleging': no evaluation ticked. Breaks "Selecteer
   minstens één van onderstaande manieren voor evaluatie."
K3 fiche 'Buddywerking voor jonge mantelzorgers': OD 4.2, which is not in Doelstellingen. Breaks
   "de acties vallen onder de opgestelde doelstellingen uit dat meerjarenplan".
K4 fiche 'Deelname aan het regionaal zorgstrategisch overleg': taking part in a meeting of
   others. Breaks "GEEN actiefiche gemaakt worden voor deelname aan/trekken van stuurgroepen".
K5 fiche 'Aanpassing van woningen bij ouderen': carried out with VIPA means, not the regular
   ones. Breaks "Acties die de zorgraad zal uitvoeren met middelen, anders dan de reguliere
   middelen, worden NIET opgenomen in dit actieplan."
K6 fiche 'Vorming medicatieschema thuiszorg': the same action as an ongoing action. Breaks
   "GEEN actiefiche worden ingevuld/gekopieerd voor acties die al eerder werden opgenomen in een
   actieplan, die nog doorlopen".
K7 fiche 'Infosessies over vroegtijdige zorgplanning': reeds opgestart in 2023, repeated every
   year, and not in Doorlopende acties. Breaks the same sentence as K6.
K8 fiche 'Kennismaking huisartsen en woonzorgcentra': trekker 'CAW De Kempen' and no word on the
   zorgraad's part. Breaks "Voor welke output of onderdeel van het project neemt de zorgraad de
   verantwoordelijkheid op?"
K9 steering group 'Overleg eerstelijnspsychologie Turnhout': objective 'Afstemming.' Breaks
   "aan welke concrete resultaten of doelstelling de stuurgroep werkt (idealiter SMART
   geformuleerd), zodat dit geëvalueerd kan worden in het jaarverslag".

Correct variants that are easy to mistake:
V5 every SD and OD code written as 'Strategische doelstelling 2' and 'OD 2.1 - <titel>'.
V6 fiche 'Samenwerking apothekers en thuisverpleging': trekker 'Welzijnshuis Kempen', the host
   listed in Andere namen.
V7 fiche 'Hitteplan voor kwetsbare inwoners': 'Waarom?' says how the zorgraad as a whole is funded
   ("wordt gefinancierd door de Vlaamse overheid"), which is not about the action.
V8 fiche 'Preventie van depressie bij ouderen': looks ahead to 2027 in 'Waarom?' while naming a
   Vlaamse beleidsprioriteit.
"""

from __future__ import annotations

from typing import Any

from plan_bouw import algemeen, capaciteit, doorlopend
from plan_scheldeland import _event, _fiche, _stuur

X, O = "☒", "☐"

SD = {n: f"Strategische doelstelling {n}" for n in (1, 2, 3, 4)}
OD = {
    "1.1": "OD 1.1 - Zorg dicht bij huis voor ouderen",
    "1.2": "OD 1.2 - Mantelzorg ondersteunen",
    "2.1": "OD 2.1 - Interprofessionele samenwerking",
    "2.2": "OD 2.2 - Eerste lijn en ziekenhuis",
    "3.1": "OD 3.1 - Preventie en gezondheidsbevordering",
    "3.2": "OD 3.2 - Geestelijk welbevinden",
    "4.1": "OD 4.1 - Kwetsbare inwoners bereiken",
}

# (SD, OD, title, wat, wel, niet, waarom, voor wie, trekker, stakeholders, plan, vte, proces, proces_ind, output, output_ind)
FICHES: list[tuple[Any, ...]] = [
    (SD[1], OD["1.1"], "Leefstijlcoaching in de Kempense gemeenten",
     "We starten een traject van drie jaar waarin leefstijlcoaches inwoners met een chronische aandoening begeleiden; 2026 is de eerste fase, met twee gemeenten.",
     "Coaches aanwerven via de partners, twee gemeenten opstarten.", "Geen medische opvolging.",
     "Chronische aandoeningen nemen toe in de Kempen (omgevingsanalyse).",
     "Inwoners met diabetes of hart- en vaatziekten in Geel en Mol", "ZRK", "Logo Kempen, huisartsen, mutualiteiten",
     "Maart: afspraken met de gemeenten; mei: start coaching; december: tussentijdse evaluatie.", 0.2, X,
     "Aantal gecoachte inwoners", X, "Verandering in beweging en voeding (vragenlijst voor en na)"),
    (SD[1], OD["1.1"], "Vorming valpreventie voor thuisverpleging",
     "Thuisverpleegkundigen leren de valrisicotest afnemen en doorverwijzen naar de kinesitherapeut.",
     "Drie vormingen.", "Geen screening door de zorgraad zelf.",
     "Valincidenten zijn de belangrijkste oorzaak van ziekenhuisopnames bij ouderen in onze regio (omgevingsanalyse).",
     "Thuisverpleegkundigen in de Kempen", "ZRK", "Wit-Gele Kruis, i-mens, kinesitherapeuten",
     "Februari, mei en oktober: vorming.", 0.05, O, "Aantal deelnemers per vorming", O, None),
    (SD[1], OD["1.1"], "Aanpassing van woningen bij ouderen",
     "Een ergotherapeut bezoekt ouderen thuis en adviseert over kleine aanpassingen. De actie wordt gerealiseerd met VIPA-middelen en niet met de reguliere middelen van de zorgraad.",
     "Huisbezoeken en adviesrapporten.", "Geen uitvoering van werken.",
     "Veel ouderen wonen in grote, oude woningen (lokaal sociaal beleid Turnhout).",
     "Thuiswonende 75-plussers in Turnhout", "ZRK", "Ergotherapeuten, OCMW Turnhout",
     "Januari-december: huisbezoeken; december: verslag.", 0.1, X, "Aantal huisbezoeken", O, None),
    (SD[1], OD["1.1"], "Preventie van depressie bij ouderen",
     "Huisartsen en thuiszorg leren signalen van depressie bij ouderen herkennen met een korte screeningslijst.",
     "Screeningslijst verspreiden, twee vormingen.", "Geen behandeling.",
     "Geestelijke gezondheid van ouderen is een Vlaamse beleidsprioriteit; vanaf 2027 wil de minister dit thema in alle zorgraden opnemen, daarom starten we nu.",
     "Huisartsen en verzorgenden in de zuiderkempen", "ZRK", "CGG De Pont, huisartsenkring, gezinszorg",
     "Maart: screeningslijst; april en oktober: vorming.", 0.1, X, "Aantal vormingen", X, "Aantal gebruikte screeningslijsten (bevraging)"),
    (SD[1], OD["1.2"], "Ontmoetingsmomenten voor mantelzorgers van mensen met een beperking",
     "Vier avonden waarop mantelzorgers van volwassenen met een beperking elkaar ontmoeten en informatie krijgen over het zorgbudget.",
     "Avonden organiseren met de diensten ondersteuningsplan.", "Geen individuele dossierbegeleiding.",
     "Mantelzorgers in de bevraging van 2025 vroegen om lotgenotencontact.",
     "Mantelzorgers van volwassenen met een beperking in de Kempen", "ZRK", "Dienst ondersteuningsplan, Mantelzorgplatform",
     "Maart, juni, september en december: ontmoetingsavond.", 0.1, X, "Aantal deelnemers", X, "Tevredenheid (vragenlijst), streefdoel 75% tevreden"),
    (SD[1], OD["1.2"], "Mantelzorgvriendelijke werkgevers",
     "We maken met de grote werkgevers van de regio afspraken over verlof en flexibel werken voor mantelzorgers.",
     "Een charter en een infosessie voor HR-verantwoordelijken.", "Geen juridisch advies aan individuele werknemers.",
     "Veel werkende mantelzorgers haken af op hun werk (bevraging mantelzorgplatform).",
     "HR-verantwoordelijken van bedrijven met meer dan 100 werknemers", "ZRK", "Voka Kempen, Mantelzorgplatform",
     "April: charter; juni: infosessie; november: opvolging.", 0.05, X, "Aantal bedrijven op de infosessie", X, "Aantal bedrijven die het charter tekenen, doel 10"),
    (SD[2], OD["2.1"], "Samenwerking apothekers en thuisverpleging",
     "Apothekers en thuisverpleegkundigen maken afspraken over het klaarzetten van medicatie voor patiënten met een medicatieschema.",
     "Drie lokale overleggen, een afsprakenblad.", "Geen aankoop van pillendozen.",
     "Medicatieproblemen bij thuiswonende ouderen zijn een prioriteit uit de omgevingsanalyse.",
     "Apothekers en thuisverpleegkundigen in Herentals, Geel en Mol", "Welzijnshuis Kempen", "Apothekersvereniging, Wit-Gele Kruis, i-mens",
     "Februari, april en juni: overleg; september: afsprakenblad.", 0.1, X, "Aantal overleggen en deelnemers", X, "Afsprakenblad verspreid bij alle apotheken"),
    (SD[2], OD["2.1"], "Vorming medicatieschema thuiszorg",
     "Een vorming over het lezen en opvolgen van een medicatieschema voor verzorgenden van de gezinszorg.",
     "Twee vormingen.", "Geen medicatiecontrole bij cliënten.",
     "Verzorgenden voelen zich onzeker bij medicatie (bevraging gezinszorg).",
     "Verzorgenden van de diensten gezinszorg", "ZRK", "Apothekers, diensten gezinszorg",
     "Maart en september: vorming.", 0.05, X, "Aantal deelnemers", O, None),
    (SD[2], OD["2.1"], "Kennismaking huisartsen en woonzorgcentra",
     "Een kennismakingsavond tussen huisartsen en coördinerend artsen van de woonzorgcentra rond afspraken bij acute zorg.",
     "Eén avond met casussen.", "Geen afspraken over tarieven.",
     "Woonzorgcentra melden dat huisartsen moeilijk bereikbaar zijn bij acute problemen.",
     "Huisartsen en coördinerend raadgevende artsen in de Kempen", "CAW De Kempen", "Huisartsenkring, woonzorgcentra",
     "Mei: avond; juni: verslag.", 0.05, X, "Aantal deelnemers", O, None),
    (SD[2], OD["2.1"], "Infosessies over vroegtijdige zorgplanning",
     "Infosessies voor inwoners over vroegtijdige zorgplanning. Deze sessies werden reeds opgestart in 2023 en we herhalen ze jaarlijks in elke gemeente.",
     "Acht infosessies.", "Geen individuele gesprekken.",
     "Inwoners kennen vroegtijdige zorgplanning onvoldoende.",
     "Inwoners van 60 jaar en ouder in de Kempen", "ZRK", "Palliatief netwerk Kempen, lokale besturen",
     "Februari-november: infosessies.", 0.1, X, "Aantal sessies en deelnemers", O, None),
    (SD[2], OD["2.1"], "Deelname aan het regionaal zorgstrategisch overleg",
     "De coördinator neemt namens de zorgraad deel aan het regionaal zorgstrategisch overleg van de ziekenhuizen.",
     "Vergaderingen bijwonen, verslag aan het bestuur.", "Geen eigen agendapunten.",
     "De zorgraad wil de stem van de eerste lijn laten horen.",
     "Ziekenhuizen van het netwerk", "ZRK", "Ziekenhuisnetwerk Kempen",
     "Zes vergaderingen verspreid over het jaar.", 0.1, X, "Aantal bijgewoonde vergaderingen", O, None),
    (SD[2], OD["2.2"], "Digitale ontslagbrief naar de huisarts",
     "We volgen met twee ziekenhuizen op of de ontslagbrief binnen 24 uur bij de huisarts is en zoeken oplossingen waar het misloopt.",
     "Een meting in maart en oktober, overleg over knelpunten.", "Geen IT-ontwikkeling.",
     "Huisartsen melden laattijdige ontslagbrieven; continuïteit van zorg is een doel van het meerjarenplan.",
     "Huisartsen en ontslagmanagers van AZ Herentals en AZ Turnhout", "ZRK", "AZ Herentals, AZ Turnhout, huisartsenkring",
     "Maart: eerste meting; mei: overleg; oktober: tweede meting.", 0.1, X, "Aantal overleggen", X, "Aandeel ontslagbrieven binnen 24 uur (meting), doel 80%"),
    (SD[2], OD["2.2"], "Zorgcontinuïteit bij dagziekenhuis oncologie",
     "Een afsprakenkader tussen het dagziekenhuis oncologie en de thuisverpleging over bloedafnames en wondzorg thuis.",
     "Twee overleggen, een afsprakenkader.", "Geen opleiding van verpleegkundigen.",
     "Steeds meer oncologische behandelingen gebeuren ambulant.",
     "Verpleegkundigen van het dagziekenhuis en thuisverpleegkundigen", "ZRK, samen met het dagziekenhuis", "AZ Turnhout, thuisverpleging",
     "Voorjaar: overleg; najaar: afsprakenkader.", 0.05, X, "Aantal overleggen", O, None),
    (SD[3], OD["3.1"], "Hitteplan voor kwetsbare inwoners",
     "Met de gemeenten maken we een lijst van kwetsbare inwoners die bij een hittegolf gebeld worden, en afspraken met de thuiszorg.",
     "Draaiboek en belscript.", "Geen bezoeken door de zorgraad.",
     "De zorgraad wordt gefinancierd door de Vlaamse overheid om de eerste lijn te versterken; hittegolven treffen vooral alleenwonende ouderen, zo bleek in 2025.",
     "Alleenwonende ouderen en hun thuiszorgdiensten in de Kempen", "ZRK", "Gemeenten, thuiszorgdiensten, Logo Kempen",
     "April: draaiboek; juni: test; september: evaluatie.", 0.05, X, "Aantal gemeenten met draaiboek", O, None),
    (SD[3], OD["3.1"], "Bewegen op verwijzing in de Kempen",
     "We maken Bewegen op Verwijzing bekend bij huisartsen en kinesitherapeuten in de gemeenten waar het aanbod nog weinig gebruikt wordt.",
     "Praktijkbezoeken, een folder.", "Geen eigen bewegingsaanbod.",
     "Bewegen is een Vlaamse gezondheidsdoelstelling; het gebruik van het aanbod is laag in de noordelijke gemeenten.",
     "Huisartsen en kinesitherapeuten in Arendonk, Ravels en Retie", "ZRK", "Logo Kempen, beweegcoaches",
     "Maart-mei: praktijkbezoeken; oktober: evaluatie.", 0.05, X, "Aantal bezochte praktijken", X, "Aantal verwijzingen (registratie beweegcoaches)"),
    (SD[3], OD["3.1"], "Borstkankeronderzoek bij vrouwen met een migratieachtergrond",
     "Sleutelfiguren uit de gemeenschappen informeren vrouwen over het gratis borstkankeronderzoek.",
     "Vorming van sleutelfiguren, infomomenten.", "Geen vervoer naar de screening.",
     "De deelname aan de screening ligt laag bij vrouwen met een migratieachtergrond; kankerpreventie is een Vlaamse gezondheidsdoelstelling.",
     "Vrouwen tussen 50 en 69 jaar met een migratieachtergrond in Turnhout en Geel", "ZRK", "Logo Kempen, Centrum voor Kankeropsporing, zelforganisaties",
     "Maart: vorming; april-juni: infomomenten; november: cijfers.", 0.05, X, "Aantal infomomenten", X, "Deelname aan de screening (cijfers CvKO)"),
    (SD[3], OD["3.1"], "Gezond gewicht bij kinderen",
     "Huisartsen en CLB's maken afspraken over doorverwijzing van kinderen met overgewicht.",
     "Twee overleggen, een doorverwijsschema.", "Geen behandeling.",
     "Overgewicht bij kinderen stijgt volgens het CLB.",
     "Huisartsen en CLB-artsen in de Kempen", "ZRK", "CLB's, huisartsen, diëtisten",
     "Februari en mei: overleg; september: schema verspreid.", 0.05, X, "Aantal overleggen", O, None),
    (SD[3], OD["3.2"], "Buddywerking voor jonge mantelzorgers",
     "Jongeren die voor een ouder zorgen krijgen een buddy die met hen afspreekt.",
     "Buddy's vormen en koppelen.", "Geen therapeutische begeleiding.",
     "Jonge mantelzorgers zijn vaak onzichtbaar (signalen van de CLB's).",
     "Jongeren van 12 tot 18 jaar die mantelzorg opnemen", "ZRK", "CLB's, jeugdwerk",
     "Maart: vorming; april-december: koppelingen.", 0.1, X, "Aantal koppelingen", O, None),
    (SD[3], OD["3.2"], "Suïcidepreventie in de eerste lijn",
     "Een gatekeepertraining voor apothekers en thuisverpleegkundigen.",
     "Drie trainingen.", "Geen crisisinterventie.",
     "Het aantal suïcides in de Kempen ligt boven het Vlaamse gemiddelde; suïcidepreventie is een Vlaamse gezondheidsdoelstelling.",
     "Apothekers en thuisverpleegkundigen", "ZRK", "CGG, VLESP",
     "Voorjaar: eerste training; najaar: twee trainingen.", 0.05, X, "Aantal getrainde deelnemers", O, None),
    (SD[3], OD["3.2"], "Eenzaamheid bij jongvolwassenen",
     "Met jeugdhuizen en studentenvoorzieningen organiseren we ontmoetingsavonden rond eenzaamheid.",
     "Vier avonden.", "Geen individuele begeleiding.",
     "Uit de bevraging van de jeugddiensten blijkt dat eenzaamheid bij 18- tot 25-jarigen toeneemt.",
     "Jongvolwassenen van 18 tot 25 jaar in Geel en Turnhout", "ZRK", "Jeugdhuizen, Thomas More, CGG",
     "Februari, april, oktober en december: avond.", 0.05, X, "Aantal deelnemers", O, None),
    (SD[4], OD["4.1"], "Toegankelijke huisartsenpraktijken voor mensen zonder papieren",
     "Afspraken met huisartsen en het OCMW over dringende medische hulp, met een kort stappenplan.",
     "Stappenplan, infosessie voor praktijken.", "Geen medische zorg door de zorgraad.",
     "Huisartsen weten niet hoe dringende medische hulp werkt (bevraging huisartsenkring).",
     "Huisartsenpraktijken en maatschappelijk werkers van het OCMW", "ZRK", "OCMW's, huisartsenkring, Dokters van de Wereld",
     "April: stappenplan; juni: infosessie.", 0.05, X, "Aantal deelnemende praktijken", O, None),
    (SD[4], OD["4.1"], "Gezondheidsvaardigheden in de sociale huisvesting",
     "In twee sociale woonwijken gaan buurtwerkers en verpleegkundigen samen op huisbezoek om bewoners wegwijs te maken in de zorg.",
     "Samen op huisbezoek, twee bewonersavonden.", "Geen woonbegeleiding.",
     "De sociale woonwijken hebben een hoog aandeel inwoners zonder vaste huisarts (lokaal sociaal beleid Mol).",
     "Bewoners van de sociale woonwijken in Mol en Balen", "ZRK", "Sociale huisvestingsmaatschappij, buurtwerk, thuisverpleging",
     "Maart-juni: huisbezoeken; oktober: bewonersavond.", 0.1, X, "Aantal huisbezoeken", X, "Aantal bewoners met een vaste huisarts na het project"),
    (SD[4], OD["4.1"], "Tolken in de eerste lijn",
     "We maken het gebruik van sociaal tolken bekend bij huisartsen en apothekers, met een korte handleiding.",
     "Handleiding, twee infosessies.", "Geen betaling van tolkkosten.",
     "Zorgverleners gebruiken te weinig tolken (bevraging 2025).",
     "Huisartsen en apothekers met anderstalige patiënten", "ZRK", "Agentschap Integratie en Inburgering, huisartsenkring",
     "Mei: handleiding; juni en november: infosessie.", 0.05, X, "Aantal infosessies", O, None),
    (SD[4], OD["4.1"], "Armoede en gezondheid in de vorming van zorgverleners",
     "Een workshop met ervaringsdeskundigen over armoede voor huisartsen in opleiding.",
     "Twee workshops.", "Geen opleiding buiten de huisartsenopleiding.",
     "Huisartsen in opleiding vroegen meer inzicht in armoede.",
     "Huisartsen in opleiding in de Kempen", "ZRK", "ICHO, vzw Welzijnsschakels",
     "Maart en november: workshop.", 0.05, X, "Aantal deelnemers", X, "Reflectieopdracht na de workshop (ICHO)"),
    (SD[4], OD["4.1"], "Wijkgezondheid in Turnhout-Centrum",
     "We brengen de zorg- en welzijnsactoren van Turnhout-Centrum samen in een wijkteam dat elk kwartaal noden bespreekt.",
     "Wijkteam samenstellen, vier overleggen.", "Geen hulpverlening.",
     "Turnhout-Centrum scoort laag op de gezondheidsmonitor van de stad.",
     "Zorg- en welzijnsactoren in Turnhout-Centrum", "Stad Turnhout; ZRK verzorgt de uitnodigingen en de verslagen", "Stad Turnhout, CAW, wijkgezondheidscentrum",
     "Q1: wijkteam; Q2-Q4: drie overleggen.", 0.05, X, "Aantal overleggen", O, None),
]


def plan() -> dict[str, list[dict[str, Any]]]:
    fiches = [_fiche(*f) for f in FICHES]
    for fiche in fiches:
        if fiche["Titel actie"] == "Buddywerking voor jonge mantelzorgers":
            fiche["OD"] = "OD 4.2 - Jonge mantelzorgers"  # K3: not in Doelstellingen
    return {
        "Algemeen": algemeen("Zorgraad Kempen", "ZRK, Eerstelijnszone Kempen, Welzijnshuis Kempen", "Jef Van Gorp", "jef.vangorp@welzijnshuiskempen.be",
                             "2025-10-10"),
        "Capaciteit": capaciteit({"A": 5.5, "B": 0.5, "C": 1.0, "D": 0.9, "E": 1.1, "F": 1.85}, totaal=5.35),
        "Stuurgroepen": [
            _stuur("Overleg eerstelijnspsychologie Turnhout", "Netwerk GGZ Kempen", "Sinds 2022, 4x/jaar", "Afstemming.", "Link met de GGZ."),
            _stuur("Stuurgroep woonzorgzones Geel", "Stad Geel", "Sinds 2023, 5x/jaar",
                   "De stuurgroep beslist welke twee wijken in 2026 een woonzorgzone worden en volgt de uitbouw ervan op.",
                   "De eerste lijn krijgt een plaats in de woonzorgzones."),
            _stuur("Kerngroep dementie Kempen", "Expertisecentrum Dementie Orion", "Sinds 2021, 3x/jaar",
                   "Richting geven aan het regionale dementieaanbod en in 2026 een gezamenlijke vormingskalender vastleggen.",
                   "Dementie hoog op de agenda van de eerste lijn."),
            _stuur("Regionaal overleg zorgraden provincie Antwerpen", "VIVEL", "Sinds 2020, 6x/jaar",
                   "De zorgraden van de provincie bereiden gezamenlijke signalen voor en volgen de provinciale afspraken op.",
                   "Uitwisseling tussen zorgraden."),
            _stuur("Stuurgroep Huis van het Kind Herentals", "Stad Herentals", "Sinds 2024, 4x/jaar",
                   "Het actieplan van het Huis van het Kind opvolgen en de rol van de huisartsen daarin vastleggen.",
                   "Preventieve gezinsondersteuning verbinden met de eerste lijn."),
        ],
        "Netwerkevents": [
            _event("Kempisch eerstelijnsforum: namiddag met sprekers en marktstanden", "1x/jaar, november", "± 200 partners",
                   "Online evaluatie; we volgen op welke partners na het forum samen een project opstarten.", "Nee"),
            _event("Lunch & learn voor zorgverleners over sociale kaart", "4x/jaar", "± 30 deelnemers",
                   "Korte evaluatie na elke sessie; vragen worden meegenomen naar de volgende sessie.", "Nee"),
            _event("Speeddate huisartsen en welzijnswerkers", "1x/jaar, maart", "± 40 deelnemers",
                   "We bevragen na drie maanden of de contacten tot doorverwijzingen leidden.", "Ja (actiefiche 2024 welzijn en huisartsen)"),
            _event("Nieuwjaarsdrink voor partners", "januari", "± 120 partners", "Geen formele opvolging, een informeel netwerkmoment.", "Nee"),
        ],
        "Doorlopende acties": [
            doorlopend("Vorming medicatieschema thuiszorg (2024, 2025)",
                       "Eén herhaling in het voorjaar; daarna afgerond.",
                       "De apothekersvereniging neemt de vorming over; geen blijvende inzet van de zorgraad."),
            doorlopend("Sociale kaart Kempen (2024)",
                       "Jaarlijkse update in april; de actie loopt elk jaar door.",
                       "Beheer bij de gemeenten; de zorgraad blijft de jaarlijkse update coördineren."),
            doorlopend("Zorgzame buurt Meerhout (2025)",
                       "Twee buurtavonden; eind 2026 afgerond.",
                       "Het lokaal dienstencentrum neemt over; geen inzet van de zorgraad meer na 2026."),
            doorlopend("Samenwerking huisartsen en CAW (2023, 2024, 2025)",
                       "Evaluatie van de doorverwijsprocedure in juni; de actie wordt dit jaar afgerond.",
                       "Opgenomen in de werking van het CAW; de zorgraad blijft aanwezig op één overleg per jaar."),
            doorlopend("Kwetsbare ouderen na ziekenhuisopname (2025)",
                       "Uitrol van de ontslagchecklist naar het tweede ziekenhuis in het najaar; niet afgerond in 2026.",
                       "De ziekenhuizen nemen de checklist op in hun procedures; in 2027 nog beperkte inzet van de zorgraad voor de evaluatie."),
            doorlopend("Valpreventieweek (2024, 2025)",
                       "Campagne in april; de actie is daarmee afgerond.",
                       "Logo Kempen neemt de campagne over; geen verdere inzet van de zorgraad."),
        ],
        "Actiefiches": fiches,
        "Doelstellingen": [
            {"SD": SD[int(code[0])], "Strategische doelstelling": title, "OD": OD[code], "Operationele doelstelling": OD[code].split(" - ", 1)[1]}
            for code, title in (
                ("1.1", "Ouderen en mantelzorgers"), ("1.2", "Ouderen en mantelzorgers"),
                ("2.1", "Een sterke samenwerking in de eerste lijn"), ("2.2", "Een sterke samenwerking in de eerste lijn"),
                ("3.1", "Gezond leven in de Kempen"), ("3.2", "Gezond leven in de Kempen"),
                ("4.1", "Niemand valt uit de boot"),
            )
        ],
    }
