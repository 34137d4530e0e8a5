"""A plan of a zorgraad outside Brussels (a fictitious "Zorgraad Noorderkempen"), written for issue
21 points 3, 4, 5 and 9 in its own words: fiches that belong in a table (taking part in meetings,
an action of earlier plans), other funding and new multi-year projects, milestones without dates,
steering groups judged on what they are for, a network event of an ongoing action. Correct
passages are phrased differently from the example. tests/rules/test_inhoud_fiches.py judges every
error and warning the rules give on it."""

from __future__ import annotations

from typing import Any

from plan_scheldeland import _event, _fiche, _stuur

NAAM = "Zorgraad Noorderkempen"
PROCES_IND = "Aantal deelnemende organisaties (aanwezigheidslijst; minstens 6); tevredenheid (bevraging via Forms)"


def _kempen_fiche(od, titel, wat, wel, waarom, plan, vte, **other):
    sd = od.split(".")[0]
    values = dict(
        niet="Geen individuele begeleiding van cliënten; die blijft bij de diensten zelf.",
        voor_wie="Huisartsen, thuisverpleegkundigen en maatschappelijk werkers in Hoogstraten, Rijkevorsel en Merksplas",
        trekker=f"{NAAM}; de stafmedewerker coördineert en schrijft het eindproduct",
        stakeholders="OCMW's van de drie gemeenten, huisartsenkring Noorderkempen, thuiszorgdiensten",
        proces="☒", proces_ind=PROCES_IND, output="☐", output_ind=None,
    )
    values.update(other)
    return _fiche(f"SD {sd}", f"OD {od}", titel, wat, wel, values["niet"], waarom, values["voor_wie"], values["trekker"],
                  values["stakeholders"], plan, vte, values["proces"], values["proces_ind"], values["output"], values["output_ind"])


FICHES = [
    # row 4: a content fiche with its own workgroup as a means, steps without dates (right)
    _kempen_fiche(
        "1.1", "Zorgraad Noorderkempen maakt een draaiboek hittegolven voor de thuiszorg",
        "We stellen met thuisverpleging, gezinszorg en de huisartsenkring een draaiboek op dat zegt wie welke "
        "kwetsbare thuiswonende oudere opbelt of bezoekt tijdens een hittegolf. Een werkgroep van zes partners "
        "schrijft het draaiboek en test het op een oefendag.",
        "Werkgroep samenstellen; draaiboek schrijven; oefendag; verspreiden bij alle thuiszorgdiensten.",
        "De omgevingsanalyse toonde dat tijdens de hittegolf van vorige zomer niemand wist wie alleenwonende ouderen "
        "moest opvolgen; het lokaal sociaal beleid van de drie gemeenten vraagt een gedeelde aanpak.",
        "1. Werkgroep samenstellen met zes partners\n2. Eerste versie van het draaiboek schrijven\n"
        "3. Oefendag met de thuiszorgdiensten\n4. Draaiboek bijsturen en verspreiden voor de zomer",
        0.3,
    ),
    # row 5: a fiche about taking part in meetings of others (wrong: fiche-deelname-overleg)
    _kempen_fiche(
        "1.1", "Vertegenwoordiging in de adviesraad welzijn Hoogstraten",
        "Onze stafmedewerker zetelt in de adviesraad welzijn van Hoogstraten en in het lokaal overleg kinderarmoede, "
        "en brengt er de signalen van de eerstelijnsactoren in.",
        "Voorbereiden en bijwonen van de vergaderingen; terugkoppeling aan onze werkgroepen.",
        "Het lokaal sociaal beleid van Hoogstraten wil de stem van de eerste lijn horen bij zijn beslissingen.",
        "Zes vergaderingen van de adviesraad en vier van het overleg kinderarmoede, telkens met een korte terugkoppeling.",
        0.1,
    ),
    # row 6: an action that continues from earlier plans (wrong: fiche-eerdere-actie)
    _kempen_fiche(
        "2.1", "Vorming 'Samen sterk' voor mantelzorgers",
        "De vorming 'Samen sterk' voor mantelzorgers van mensen met dementie liep al in 2024 en 2025 in Hoogstraten; "
        "dit jaar bieden we dezelfde reeks van vier avonden aan in Rijkevorsel.",
        "Vier vormingsavonden met een lesgever van het expertisecentrum dementie; bekendmaking via de huisartsen.",
        "Mantelzorgers van personen met dementie haken af door overbelasting, zo bleek uit de omgevingsanalyse.",
        "Lesgever vastleggen, zaal reserveren, bekendmaking, vier avonden, evaluatie met de deelnemers.",
        0.2,
    ),
    # row 7: an action fully funded by other means (wrong: fiche-andere-middelen)
    _kempen_fiche(
        "2.1", "Valpreventie bij thuiswonende ouderen in Merksplas",
        "Samen met de gemeente Merksplas en de kinesitherapeuten organiseren we valrisicoscreenings en "
        "oefengroepen voor thuiswonende 65-plussers. Het project wordt volledig gefinancierd door de provincie Antwerpen.",
        "Drie screeningsnamiddagen; twee oefengroepen van tien weken; folder voor de huisartsen.",
        "Valincidenten zijn de eerste oorzaak van ziekenhuisopnames bij ouderen in onze regio (omgevingsanalyse).",
        "Screeningsnamiddagen plannen, oefengroepen starten, evaluatie met de kinesitherapeuten.",
        0.2,
    ),
    # row 8: partly funded, the zorgraad's funding in general, and a multi-year track for a Flemish
    # policy priority (right; the partial funding is info)
    _kempen_fiche(
        "3.1", "Buurtnetwerk zorgzame buurt De Loenhout",
        "We bouwen met de buurtbewoners, de wijkverpleging en het OCMW een buurtnetwerk uit in De Loenhout, een traject "
        "van twee jaar binnen de Vlaamse beleidsprioriteit zorgzame buurten. De drukkosten van de buurtkrant worden "
        "deels gedragen door de gemeente.",
        "Buurtnetwerk opstarten; drie buurtgesprekken; een buurtkrant met het zorgaanbod.",
        "Zorgraad Noorderkempen wordt gefinancierd door de Vlaamse overheid; deze actie volgt uit de omgevingsanalyse, "
        "die in De Loenhout veel vereenzaming vond.",
        "Buurtgesprekken in het voorjaar, buurtnetwerk samenstellen, buurtkrant verspreiden in het najaar.",
        0.2,
    ),
    # row 9: a new multi-year project without a priority (wrong: fiche-meerjarig)
    _kempen_fiche(
        "3.1", "Eerstelijnsaanbod voor jongeren met psychische kwetsbaarheid",
        "In deze eerste fase brengen we met de CLB's en de jeugdhulp de noden van jongeren met psychische "
        "kwetsbaarheid in kaart. Vanaf 2027 werken we op basis daarvan een aanbod uit in alle gemeenten.",
        "Bevraging van CLB's, jeugdhulp en huisartsen; een rapport met de noden.",
        "De omgevingsanalyse toont lange wachtlijsten in de jeugdhulp en weinig laagdrempelig aanbod.",
        "Bevraging opstellen, afnemen bij twintig organisaties, rapport schrijven en voorstellen aan de partners.",
        0.2,
    ),
]


def plan() -> dict[str, list[dict[str, Any]]]:
    return {
        "Algemeen": [
            {"Veld": "Zorgraad", "Waarde": NAAM},
            {"Veld": "Werkjaar", "Waarde": 2026},
            {"Veld": "Meerjarenplan", "Waarde": "2024-2026"},
            {"Veld": "Contactpersoon", "Waarde": "Lies Van Gool"},
            {"Veld": "E-mail", "Waarde": "lies@zorgraadnoorderkempen.be"},
            {"Veld": "Datum indiening", "Waarde": "2025-10-06"},
            {"Veld": "Sjabloon", "Waarde": "actieplan-2026"},
        ],
        "Capaciteit": [
            {"Code": "A", "Onderdeel": "Totale capaciteit", "Geschatte capaciteit in # VTE": 4.0},
            {"Code": "B", "Onderdeel": "Administratie", "Geschatte capaciteit in # VTE": 0.6},
            {"Code": "C", "Onderdeel": "Netwerkevents en communicatie", "Geschatte capaciteit in # VTE": 0.7},
            {"Code": "D", "Onderdeel": "Vergaderingen", "Geschatte capaciteit in # VTE": 0.9},
            {"Code": "E", "Onderdeel": "Doorlopende acties", "Geschatte capaciteit in # VTE": 0.4},
            {"Code": "F", "Onderdeel": "Actiefiches", "Geschatte capaciteit in # VTE": 1.2},
        ],
        "Stuurgroepen": [
            # row 4: the meeting the fiche of row 5 is about: the fiche is the wrong side (right here)
            _stuur("Adviesraad welzijn Hoogstraten", "Gemeente Hoogstraten", "Sinds 2021, 6x/jaar",
                   "Advies aan het college over het welzijnsbeleid, dit jaar over het nieuwe sociaal huis.",
                   "Stem van de eerste lijn in het lokaal beleid."),
            # row 5: a group for the content fiche of row 4: the row is the wrong side (wrong)
            _stuur("Werkgroep draaiboek hittegolven", NAAM, "Sinds 2025, 5 bijeenkomsten",
                   "Het draaiboek hittegolven schrijven en testen.", "Eigen actie."),
            # row 6: an information meeting (info, never a warning)
            _stuur("Infomoment thuiszorgdiensten", "Thuiszorg Kempen", "Sinds 2022, 2x/jaar",
                   "Elkaar informeren over het aanbod van de thuiszorg in de regio.", "Actuele sociale kaart."),
            # row 7: the general assembly of an organisation the zorgraad is a member of (right)
            _stuur("Algemene vergadering Zorgnet", "Zorgnet", "Sinds 2020, 1x/jaar",
                   "Informatie over de werking van de vereniging en goedkeuring van haar jaarrekening.", "Lidmaatschap."),
            # row 8: a short but concrete objective (right since issue 21)
            _stuur("Overleg valpreventie Kempen", "Logo Kempen", "Sinds 2023, 3x/jaar",
                   "Valpreventiemap klaar tegen juni.", "Afstemming met de preventiewerking."),
            # row 9: an objective of general words only (wrong)
            _stuur("Regionaal eerstelijnsoverleg Turnhout", "Zorgraad Turnhout", "Sinds 2020, 4x/jaar",
                   "Samenwerking en informatie-uitwisseling versterken.", "Contact met de buurzorgraad."),
        ],
        "Netwerkevents": [
            # row 4: an event on its own, a bare 'Nee' (right)
            _event("Nieuwjaarsreceptie eerste lijn, receptie met korte toespraak", "1x/jaar in januari",
                   "± 80 zorgverleners", "Korte bevraging via Forms bij de deelnemers.", "Nee"),
            # row 5: 'Ja' for an action that was never in a fiche (wrong)
            _event("Buurtontbijt, ontbijt + infomarkt", "2x/jaar (voorjaar en najaar)", "± 40 buurtbewoners en zorgverleners",
                   "Evaluatie met de buurtwerkers na elke editie.", "Ja, hoort bij onze buurtwerking, nooit in een actiefiche opgenomen"),
        ],
        "Doorlopende acties": [
            {"Titel + jaar actiefiche": "Sociale kaart Noorderkempen (2025, 2024)",
             "Mijlpalen in 2026": "Jaarlijkse update in maart; de actie loopt door.",
             "Verduurzaming + blijvende inzet": "De OCMW's houden de kaart bij; ook de komende jaren is een kleine inzet van de zorgraad nodig."},
        ],
        "Actiefiches": FICHES,
        "Doelstellingen": [
            {"SD": "SD 1", "Strategische doelstelling": "Kwetsbare thuiswonenden krijgen tijdig zorg.",
             "OD": "OD 1.1", "Operationele doelstelling": "De zorgraad versterkt de samenwerking rond kwetsbare ouderen."},
            {"SD": "SD 2", "Strategische doelstelling": "Mantelzorgers en ouderen blijven langer gezond thuis.",
             "OD": "OD 2.1", "Operationele doelstelling": "De zorgraad ondersteunt preventie en mantelzorg."},
            {"SD": "SD 3", "Strategische doelstelling": "Inwoners vinden zorg dichtbij.",
             "OD": "OD 3.1", "Operationele doelstelling": "De zorgraad bouwt aan buurtgerichte zorg."},
        ],
    }
