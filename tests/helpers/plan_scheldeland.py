"""A second plan to measure the heuristic rules on: written for issue 15 as a zorgraad other than
BruZEL would write it (a fictitious "Zorgraad Scheldeland"), in the template layout of
:func:`workbooks.write_plan`. Its texts were written before the rules were run on it and not
changed afterwards; tests/rules/test_plan_scheldeland.py lists what the rules report and whether each finding
is right."""

from __future__ import annotations

from typing import Any


def _fiche(sd, od, titel, wat, wel, niet, waarom, voor_wie, trekker, stakeholders, plan, vte, proces, proces_ind, output, output_ind):
    return {
        "SD": sd, "OD": od, "Titel actie": titel, "Wat?": wat, "Wat ga je wel doen?": wel, "Wat ga je niet doen?": niet,
        "Waarom?": waarom, "Voor wie?": voor_wie, "Trekker": trekker, "Stakeholders": stakeholders,
        "Plan van aanpak en mijlpalen": plan, "Personeelscapaciteit (VTE)": vte, "Procesevaluatie": proces,
        "Indicatoren procesevaluatie": proces_ind, "Resultaatgerichte evaluatie (output)": output,
        "Indicatoren resultaatgerichte evaluatie": output_ind,
    }


def _stuur(naam, trekker, looptijd, doel, meerwaarde, opmerking=None):
    return {"Naam en/of thema": naam, "Trekker": trekker, "Looptijd en frequentie": looptijd, "Concrete doelstelling": doel,
            "Meerwaarde voor de zorgraad": meerwaarde, "Opmerking": opmerking}


def _event(titel, timing, opkomst, opvolging, link, opmerking=None):
    return {"Titel + format": titel, "Frequentie + timing": timing, "Opkomst": opkomst, "Opvolging/evaluatie": opvolging,
            "Link eerdere actiefiche": link, "Opmerking": opmerking}


def plan() -> dict[str, list[dict[str, Any]]]:
    return {
        "Algemeen": [
            {"Veld": "Zorgraad", "Waarde": "Zorgraad Scheldeland"},
            {"Veld": "Werkjaar", "Waarde": 2026},
            {"Veld": "Meerjarenplan", "Waarde": "2024-2026"},
            {"Veld": "Contactpersoon", "Waarde": "Sofie De Smet"},
            {"Veld": "E-mail", "Waarde": "sofie@zorgraadscheldeland.be"},
            {"Veld": "Datum indiening", "Waarde": "2025-10-08"},
            {"Veld": "Sjabloon", "Waarde": "actieplan-2026"},
        ],
        "Capaciteit": [
            {"Code": "A", "Onderdeel": "Totale capaciteit", "Geschatte capaciteit in # VTE": 4.5},
            {"Code": "B", "Onderdeel": "Administratie", "Geschatte capaciteit in # VTE": 0.6},
            {"Code": "C", "Onderdeel": "Netwerkevents en communicatie", "Geschatte capaciteit in # VTE": 0.8},
            {"Code": "D", "Onderdeel": "Vergaderingen", "Geschatte capaciteit in # VTE": 1.0},
            {"Code": "E", "Onderdeel": "Doorlopende acties", "Geschatte capaciteit in # VTE": 0.7},
            {"Code": "F", "Onderdeel": "Actiefiches", "Geschatte capaciteit in # VTE": 1.2},
        ],
        "Stuurgroepen": [
            _stuur("Lokaal overleg ouderenzorg Temse", "OCMW Temse", "Sinds 2021, 4x/jaar",
                   "Een gedeelde aanpak van vereenzaming bij thuiswonende ouderen uitwerken en in 2026 een signaalkaart verspreiden bij alle thuiszorgdiensten.",
                   "Zicht op noden van ouderen; brug naar huisartsen."),
            _stuur("Stuurgroep Zorgzame buurten Beveren", "Gemeente Beveren", "Sinds 2023, 6x/jaar",
                   "Opvolging van het project zorgzame buurten: twee nieuwe buurtnetwerken opstarten.",
                   "Inbreng van de eerstelijnsactoren.", "Onze voorzitter zetelt hier namens de huisartsenkring en brengt terug naar de zorgraad."),
            _stuur("Regionaal overleg geestelijke gezondheid", "Netwerk GGZ Waas en Dender", "Sinds 2020, 3x/jaar",
                   "Afstemming eerste lijn en GGZ.", "Doorverwijzing verbeteren."),
            _stuur("Provinciaal overleg zorgraden Oost-Vlaanderen", "VIVEL", "Sinds 2020, maandelijks",
                   "Uitwisselen tussen de zorgraden van de provincie en gezamenlijke signalen formuleren naar VIVEL en het departement.",
                   "Leren van andere zorgraden."),
            _stuur("Werkgroep valpreventie", "Logo Waas en Dender", "Sinds 2022, 2x/jaar",
                   "Valpreventie bij 65-plussers: campagne in de valpreventieweek.", "Inhoudelijke expertise."),
            _stuur("Dagelijks bestuur", "Zorgraad Scheldeland", "Sinds 2020, 10x/jaar",
                   "Voorbereiden van de raad van bestuur en opvolgen van de werking.", "Goed bestuur."),
            _stuur("Overleg diabetes Waasland", "Huisartsenkring Waasland", "Sinds 2024, 2x/jaar",
                   "Nog te bepalen, het overleg zoekt zijn vorm.", "Link met huisartsen.", "Bij twijfel opgenomen."),
            _stuur("Stuurgroep dementievriendelijke gemeente Sint-Niklaas", "Stad Sint-Niklaas", "Sinds 2023, 3x/jaar",
                   "Tegen eind 2026 heeft Sint-Niklaas het label dementievriendelijke gemeente en zijn 20 handelaars opgeleid.",
                   "Eerstelijnsactoren betrekken bij de dementievriendelijke aanpak."),
        ],
        "Netwerkevents": [
            _event("Eerstelijnscafé: avondmoment met korte lezing en netwerkdrink", "2x/jaar (maart en oktober)", "± 60 zorg- en welzijnsprofessionals",
                   "Na elk café een korte digitale bevraging; we volgen op of de gelegde contacten tot samenwerking leiden.", "Nee"),
            _event("Nieuwjaarsreceptie voor partners", "januari 2026", "± 100 partners",
                   "Informeel netwerkmoment, geen formele evaluatie.", "Nee"),
            _event("Intervisie thuisverpleging en huisartsen", "4 sessies per jaar", "± 20 deelnemers",
                   "We noteren de afspraken per sessie en overlopen ze bij de volgende sessie.", "Ja (actiefiche 2024 interprofessionele samenwerking)"),
            _event("Vormingsavond armoede en gezondheid, georganiseerd door het OCMW, wij verzorgen de uitnodigingen", "najaar", "± 40 professionals",
                   "Evaluatieformulier van het OCMW.", "Nee"),
        ],
        "Doorlopende acties": [
            {"Titel + jaar actiefiche": "Sociale kaart Scheldeland (2024, 2025)",
             "Mijlpalen in 2026": "Jaarlijkse update van de gegevens in april; de actie loopt daarna over in de reguliere werking.",
             "Verduurzaming + blijvende inzet": "Verduurzaamd: het beheer ligt bij de gemeentelijke sociale dienst. Vanaf 2027 geen inzet meer van de zorgraad."},
            {"Titel + jaar actiefiche": "Interprofessionele samenwerking rond diabetes (2025)",
             "Mijlpalen in 2026": "Tweede reeks van 3 overlegmomenten in het voorjaar.",
             "Verduurzaming + blijvende inzet": "De huisartsenkring neemt de organisatie geleidelijk over."},
            {"Titel + jaar actiefiche": "Mantelzorgcafés (2023, 2024, 2025)",
             "Mijlpalen in 2026": "6 cafés; in juni 2026 afgerond.",
             "Verduurzaming + blijvende inzet": "Het mantelzorgcafé is ingebed bij het lokaal dienstencentrum; er is geen blijvende inzet van de zorgraad nodig."},
        ],
        "Actiefiches": [
            _fiche("SD 1", "OD 1.1", "Zorgtrajecten voor kwetsbare ouderen na ziekenhuisontslag",
                   "We ontwikkelen samen met het AZ Nikolaas en de thuiszorgdiensten een afsprakenkader voor het ontslag van kwetsbare ouderen, zodat de thuiszorg tijdig opstart.",
                   "Afsprakenkader opstellen; test in twee gemeenten.", "Geen nieuwe software, geen individuele casusopvolging.",
                   "Uit de omgevingsanalyse van 2023 bleek dat heropnames binnen 30 dagen bij 75-plussers in onze regio boven het Vlaamse gemiddelde liggen.",
                   "Ontslagmanagers van het AZ Nikolaas, diensten thuisverpleging, huisartsen in Temse en Beveren",
                   "Zorgraad Scheldeland", "AZ Nikolaas, Wit-Gele Kruis, i-mens, huisartsenkring",
                   "Januari: werkgroep; maart-april: ontwerp afsprakenkader; mei-september: test; november: evaluatie en bijsturing.",
                   0.4, "☒", "Aantal vergaderingen werkgroep; aanwezigheid partners (aanwezigheidslijst)", "☒",
                   "Aantal ontslagen volgens het afsprakenkader (registratie ziekenhuis), doel: 50 in de testperiode"),
            _fiche("SD 1", "OD 1.2", "Dementievriendelijke huisartsenpraktijken",
                   "Een vorming en een praktijkbezoek voor huisartsenpraktijken rond het herkennen van dementie en het doorverwijzen naar het expertisecentrum.",
                   "Vorming organiseren, praktijkbezoeken.", "Geen diagnostiek.",
                   "Dementie is een groeiend thema in onze vergrijzende regio en past in de Vlaamse gezondheidsdoelstelling rond geestelijke gezondheid.",
                   "Huisartsen en praktijkassistenten", "Expertisecentrum Dementie Meander, zorgraad levert de coördinatie", "Expertisecentrum Dementie, huisartsenkring",
                   "Voorjaar 2026: vorming; najaar 2026: 10 praktijkbezoeken.", 0.2, "☐", None, "☒",
                   "Aantal deelnemende praktijken; tevredenheid (korte enquête na de vorming)"),
            _fiche("SD 2", "OD 2.1", "Gezondheidsvaardigheden in de wachtzaal",
                   "We ontwikkelen met partners eenvoudige affiches en filmpjes over het gezondheidssysteem voor wachtzalen van huisartsen en apotheken. Het project wordt deels gefinancierd door de provincie.",
                   "Materiaal bundelen en verspreiden.", "Geen eigen campagne op sociale media.",
                   "Veel patiënten vinden hun weg niet in de eerste lijn. Partners vragen al langer om eenvoudig materiaal.",
                   "Patiënten", "Zorgraad Scheldeland, samen met Logo", "Logo Waas en Dender, apothekers, huisartsen",
                   "We starten met een bevraging van de partners, daarna ontwikkelen we het materiaal en verspreiden het.",
                   0.3, "☒", "Aantal verspreide affiches", "☐", None),
            _fiche("SD 2", "OD 2.2", "Meerjarig traject buurtgerichte zorg in Sint-Niklaas Noord",
                   "Samen met de stad starten we een meerjarig traject buurtgerichte zorg in de wijk Sint-Niklaas Noord: een buurtteam van zorg- en welzijnsactoren dat elkaar leert kennen en samen noden opvolgt.",
                   "Buurtteam opstarten, kwartaaloverleg.", "Geen individuele hulpverlening.",
                   "De wijk scoort laag in de sociale monitoring van de stad; het lokaal sociaal beleid van Sint-Niklaas zet in op buurtgerichte zorg.",
                   "Zorg- en welzijnsactoren in Sint-Niklaas Noord", "Stad Sint-Niklaas; de zorgraad neemt de procesbegeleiding op", "Stad Sint-Niklaas, OCMW, CAW, wijkgezondheidscentrum",
                   "Q1 2026: verkenning; Q2: eerste buurtoverleg; Q3-Q4 2026: drie overlegmomenten; 2027: uitbreiding naar een tweede wijk.",
                   0.2, "☒", "Aantal buurtoverleggen (verslagen)", "☒", "Aantal betrokken organisaties"),
            _fiche("SD 3", "OD 3.1", "Preventie valincidenten bij thuiswonende ouderen",
                   "Een valpreventietraject met kinesitherapeuten en thuisverpleging: screening met de valrisicotest en doorverwijzing naar oefenprogramma's. Dit is een Vlaamse beleidsprioriteit.",
                   "Screenen en doorverwijzen.", "/",
                   "Val bij ouderen is een Vlaamse beleidsprioriteit en een gezondheidsdoelstelling; de omgevingsanalyse toont veel valincidenten in onze regio.",
                   "Thuiswonende 65-plussers met valrisico", "Zorgraad Scheldeland", "Kinesitherapeuten, thuisverpleging, Logo",
                   "Maart 2026: vorming; april-december 2026: screening.", 0.1, "☒",
                   "Aantal screenings (registratie door de kinesitherapeuten), streefdoel 150", "☐", None),
        ],
        "Doelstellingen": [
            {"SD": "SD 1", "Strategische doelstelling": "Goede zorg voor kwetsbare ouderen", "OD": "OD 1.1", "Operationele doelstelling": "Zorgcontinuïteit bij ontslag"},
            {"SD": "SD 1", "Strategische doelstelling": "Goede zorg voor kwetsbare ouderen", "OD": "OD 1.2", "Operationele doelstelling": "Dementievriendelijke eerste lijn"},
            {"SD": "SD 2", "Strategische doelstelling": "Gezondheidsvaardige burgers", "OD": "OD 2.1", "Operationele doelstelling": "Toegankelijke informatie"},
            {"SD": "SD 2", "Strategische doelstelling": "Gezondheidsvaardige burgers", "OD": "OD 2.2", "Operationele doelstelling": "Buurtgerichte zorg"},
            {"SD": "SD 3", "Strategische doelstelling": "Preventie", "OD": "OD 3.1", "Operationele doelstelling": "Valpreventie"},
        ],
    }
