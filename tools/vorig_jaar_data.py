"""Test data: BruZEL's action plan for 2025, the plan before the 2026 example.

This is NOT a transcription: BruZEL's 2025 plan is not in this repository. It is a realistic
reconstruction, written in BruZEL's own words, from what the 2026 example says about 2025 and
earlier, and from the background of BruZEL's earlier plans:

- the 2026 ongoing actions name two 2025 fiches: "Workshops inclusieve zorg (2025, 2024, 2023,
  2022)" and "Hulp- en zorgzones (2025)" (continued properly in 2026, as ongoing actions);
- the 2026 network events Eerstelijnsmeeting, Zorgwijkoverleg and Buurtprojectenondersteuning
  say "Link eerdere actiefiche: Ja": in 2025 they were fiches (the 2025 template had no table of
  network events); the 2026 fiche on accessibility recalls "de Eerstelijnsmeeting van maart
  2025" on "handvatten voor een impactvolle communicatie met de patiënt/cliënt";
- the 2026 fiche on the gezondheidsfiches recalls the 2021 update and the card game; in 2025 the
  fiches and the game were promoted (a fiche on the same tool, not the same action as 2026's);
- the 2026 fiche on prevention starts with an inventory in Q4 2025 and builds on the cooperation
  with Gezond in Brussel (formerly Logo Brussel) and the vaccination breakfasts of Foyer;
- BruZEL's earlier plans worked on a local social map of Jette (the 2026 fiche on information
  platforms waits for the successor of sociaal.brussels): a 2025 fiche that does not return in
  2026.

Capacity: A = 6,6 VTE in 2025 (2026: 6,18 "rekening houdend met langdurige afwezigheid en
ouderschapsverlof"). Used by tools/maak_vorig_jaar.py to build
workbooks/voorbeeld-actieplan-2025.xlsx. Same conventions as tools/voorbeeld_data.py.
"""

ALGEMEEN = [
    ("Zorgraad", "BruZEL"),
    ("Werkjaar", 2025),
    ("Meerjarenplan", "2024-2026"),
    ("Contactpersoon", ""),
    ("E-mail", ""),
    ("Datum indiening", "2024-10-14"),
    ("Sjabloon", "actieplan-2025"),
]

CAPACITEIT = [
    {"Code": "A", "Onderdeel": "Totale voorziene personeelscapaciteit VZW in 2025, zoals gefinancierd met de reguliere middelen",
     "Geschatte capaciteit in # VTE": 6.6, "Opmerkingen": ""},
    {"Code": "B", "Onderdeel": "Administratieve verplichtingen (vzw-verplichtingen, inclusief de organisatie van een AV/BO, "
     "boekhoudkundige verplichtingen, ….) + rapportage aan de overheid.",
     "Geschatte capaciteit in # VTE": 0.5,
     "Opmerkingen": "Een deel van de administratieve verplichtingen wordt door Huis voor Gezondheid voor de organisatie "
     "in zijn geheel opgenomen."},
    {"Code": "C", "Onderdeel": "Organiseren van de netwerkevents zoals opgenomen in onderstaande tabel + alle inzet op "
     "communicatie (nieuwsbrieven, updates website met inhoudelijke info etc.)",
     "Geschatte capaciteit in # VTE": 1.2, "Opmerkingen": ""},
    {"Code": "D", "Onderdeel": "Deelname aan vergaderingen, zoals stuurgroepen, (en samenhangende taken zoals vb. verslag "
     "maken) zoals opgenomen in onderstaande tabel en andere vergaderingen (vb. provinciaal overleg tussen zorgraden, ….)",
     "Geschatte capaciteit in # VTE": 1.5, "Opmerkingen": ""},
    {"Code": "E", "Onderdeel": "Het opvolgen van acties uit voorgaande jaren zoals opgenomen in onderstaande tabel + "
     "”onderhoud” voor verduurzaamde projecten zoals opgenomen in onderstaande tabel",
     "Geschatte capaciteit in # VTE": 1.0, "Opmerkingen": ""},
    {"Code": "F", "Onderdeel": "De optelsom van de geschatte VTE voor de acties opgenomen in onderstaande actiefiches",
     "Geschatte capaciteit in # VTE": 2.3, "Opmerkingen": ""},
    {"Code": "B + C + D + E + F", "Onderdeel": "", "Geschatte capaciteit in # VTE": 6.5, "Opmerkingen": "In evenwicht met A"},
]

STUURGROEPEN = [
    {
        "Naam en/of thema": "Veranderateliers-geïntegreerde zorg (5 hulp- en zorgzones)",
        "Trekker": "Brusano",
        "Looptijd en frequentie": "Sinds 2022, 3x/jaar per hulp- en zorgzone",
        "Concrete doelstelling": (
            "Het veranderatelier is een ruimte voor welzijns- en gezondheidsprofessionals, begunstigden, "
            "patiënten en mantelzorgers, waar zij elkaar kunnen ontmoeten, zich kunnen informeren en organiseren "
            "en samen acties kunnen uitwerken die aansluiten bij de opdrachten van de zorgzone."
        ),
        "Meerwaarde voor de zorgraad": "Garanderen van Nederlandstalige stem; koppeling acties Brusano-BruZEL; versterken Nederlandstalig netwerk.",
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Overlegplatform Dementie",
        "Trekker": "Broes",
        "Looptijd en frequentie": "Sinds 2016, 3x/jaar (reeds opgestart vanuit het SEL en verdergezet in de ELZ)",
        "Concrete doelstelling": "Brengt welzijns- en gezondheidsactoren samen die met deze specifieke materie te maken krijgen (brede groep genodigden).",
        "Meerwaarde voor de zorgraad": "Verbinding welzijn-gezondheid; op de hoogte blijven van ontwikkelingen en evoluties.",
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Overlegcomité Vitalink",
        "Trekker": "VIVEL",
        "Looptijd en frequentie": "Sinds 2019, 3 à 4 bijeenkomsten + 3 à 4 bijeenkomsten van de gebruikersgroep",
        "Concrete doelstelling": "Gegevensdeling binnen welzijn en zorg vanuit Vlaanderen: opvolgen van (nieuwe) projecten en toepassingen",
        "Meerwaarde voor de zorgraad": "Garanderen dat Brusselse context meeweegt in Vlaamse IT-projecten; signaalfunctie rond e-Gezondheid.",
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Ontbijtsessies vaccinatie",
        "Trekker": "Foyer vzw",
        "Looptijd en frequentie": "Sinds 2024, 3x/jaar",
        "Concrete doelstelling": (
            "Partners in Brussel die rond vaccinatie (vaccineren en sensibiliseren) werken samen rond de tafel "
            "brengen om elkaar te informeren en beter samen te werken."
        ),
        "Meerwaarde voor de zorgraad": "Kennisdeling; samenwerking versterken.",
        "Opmerking": "",
    },
]

NETWERKEVENTS = [
    {
        "Titel + format": "Forum, receptie (incl. catering) + inhoudelijk deel",
        "Frequentie + timing": "1x/jaar in september",
        "Opkomst": "± 50 gezondheids- en welzijnsprofessionals",
        "Opvolging/evaluatie": (
            "De achterban wordt bevraagd (input en goedkeuring actieplannen en meerjarenplan), bespreking "
            "inhoudelijk thema, netwerkmoment"
        ),
        "Link eerdere actiefiche": "Nee",
        "Opmerking": "",
    },
    {
        "Titel + format": "Kijkstages ‘bij een ander’, meeloopstage bij een gastorganisatie, Kenniscentrum Welzijn, Wonen, Zorg is trekker.",
        "Frequentie + timing": "1 periode in het jaar waarin deelnemers op stage kunnen gaan bij gastorganisaties.",
        "Opkomst": "± 50 gezondheids- en welzijnsprofessionals",
        "Opvolging/evaluatie": (
            "BruZEL neemt een ondersteunde rol op en staat mee in voor de bekendmaking van de Kijkstages. Na elke "
            "cyclus wordt er een evaluatie bij zowel deelnemers als gastorganisaties gedaan."
        ),
        "Link eerdere actiefiche": "Ja",
        "Opmerking": "",
    },
]

DOORLOPENDE_ACTIES = [
    {
        "Titel + jaar actiefiche": "Bewegen op Verwijzing (2023, 2022)",
        "Mijlpalen in 2025": "Opvolging van de lokale partners; het project loopt verder binnen de werking van Gezond in Brussel.",
        "Verduurzaming + blijvende inzet": (
            "Het project is verduurzaamd bij de lokale partners (WGC, gemeente, huisartsen). BruZEL blijft "
            "beperkt betrokken voor de toeleiding van Nederlandstalige professionals."
        ),
    },
]

ACTIEFICHES = [
    {
        "SD": "SD 3",
        "OD": "OD 3.3",
        "Titel actie": "Workshops inclusieve zorg: ‘Sleutels voor een inclusieve eerstelijnszorg in Brussel’",
        "Wat?": (
            "Samen met Brusano organiseren we de vormingsreeks ‘Sleutels voor een inclusieve eerstelijnszorg in "
            "Brussel’ voor alle eerstelijnsprofessionals. In vier workshops reiken we handvatten en tools aan om "
            "het aanbod toegankelijker te maken voor de Brusselaar in kwetsbare levensomstandigheden: "
            "laaggeletterdheid, meertaligheid, armoede en cultuursensitieve zorg. Afhankelijk van het onderwerp "
            "betrekken we partners met expertise."
        ),
        "Wat ga je wel doen?": "• 4 workshops organiseren (inhoudelijke en logistieke voorbereiding)\n• Sprekers en partners zoeken per thema\n• Bekendmaking via onze kanalen en die van Brusano",
        "Wat ga je niet doen?": "• We ontwikkelen geen nieuw vormingsaanbod los van Brusano.\n• We organiseren geen workshops op maat van één organisatie.",
        "Waarom?": (
            "De workshops lopen sinds 2022 en worden telkens goed geëvalueerd. Professionals vragen concrete "
            "handvatten om de drempels te verlagen voor de meest kwetsbare Brusselaars. Door de workshops samen "
            "met Brusano aan te bieden bereiken we zowel Nederlandstalige als Franstalige professionals en "
            "versterken we de band tussen beide netwerken."
        ),
        "Voor wie?": "Gezondheids- en welzijnsprofessionals uit de eerste lijn in Brussel",
        "Trekker": "BruZEL en Brusano (co-trekkerschap)",
        "Stakeholders": "• Brusano\n• Foyer vzw\n• Athena, Setis, Aquarelle (naargelang het thema)",
        "Plan van aanpak en mijlpalen": (
            "STAP 1: thema's en sprekers vastleggen met Brusano (januari 2025)\n"
            "STAP 2: workshops 1 en 2 (maart en mei 2025)\n"
            "STAP 3: workshops 3 en 4 (oktober en december 2025)\n"
            "STAP 4: evaluatie van de reeks en voorbereiding 2026 (december 2025)\n"
            "Personeelscapaciteit: 0,3 VTE"
        ),
        "Personeelscapaciteit (VTE)": "0,3 VTE",
        "Procesevaluatie": "☒",
        "Indicatoren procesevaluatie": "• Aantal georganiseerde workshops (4)\n• Aantal deelnemers en hun sector",
        "Resultaatgerichte evaluatie (output)": "☒",
        "Indicatoren resultaatgerichte evaluatie": "• Tevredenheid van de deelnemers (Microsoft Forms na elke workshop)\n• Aantal deelnemers dat aangeeft de handvatten toe te passen",
    },
    {
        "SD": "SD 3",
        "OD": "OD 3.1",
        "Titel actie": "Hulp- en zorgzones: BruZEL betrekt het Nederlandstalige netwerk bij de uitbouw van de vijf Brusselse hulp- en zorgzones",
        "Wat?": (
            "Brusano bouwt de vijf hulp- en zorgzones uit als territoriale benadering van het Brussels "
            "Gezondheids- en Welzijnsplan (GWGP). BruZEL zorgt ervoor dat het Nederlandstalige netwerk van "
            "gezondheids- en welzijnsprofessionals deze veranderingen kent en actief betrokken wordt bij de "
            "veranderateliers en de acties van de zorgzones."
        ),
        "Wat ga je wel doen?": "• Het Nederlandstalige netwerk informeren over de hulp- en zorgzones\n• Nederlandstalige partners toeleiden naar de veranderateliers\n• Signalen uit het Nederlandstalige netwerk doorgeven aan Brusano",
        "Wat ga je niet doen?": "• We nemen de coördinatie van een zorgzone niet over van Brusano.",
        "Waarom?": (
            "De hulp- en zorgzones zijn het nieuwe kader voor geïntegreerde zorg in Brussel. Als het "
            "Nederlandstalige netwerk er niet bij betrokken is, dreigt het Nederlandstalige aanbod uit beeld te "
            "verdwijnen. BruZEL slaat de brug tussen de Vlaamse eerstelijnszone en de Brusselse territoriale "
            "werking."
        ),
        "Voor wie?": "Nederlandstalige gezondheids- en welzijnsprofessionals en organisaties in Brussel",
        "Trekker": "BruZEL, in samenwerking met Brusano",
        "Stakeholders": "• Brusano\n• VGC\n• Nederlandstalige welzijns- en gezondheidsorganisaties",
        "Plan van aanpak en mijlpalen": (
            "STAP 1: overzicht van de Nederlandstalige partners per zorgzone (voorjaar 2025)\n"
            "STAP 2: infosessie voor het Nederlandstalige netwerk (juni 2025)\n"
            "STAP 3: deelname aan en toeleiding naar de veranderateliers (doorlopend in 2025)\n"
            "STAP 4: evaluatie met Brusano (december 2025)"
        ),
        "Personeelscapaciteit (VTE)": "0,4 VTE",
        "Procesevaluatie": "☒",
        "Indicatoren procesevaluatie": "• Aantal Nederlandstalige partners aanwezig op de veranderateliers\n• Aantal infosessies",
        "Resultaatgerichte evaluatie (output)": "☐",
        "Indicatoren resultaatgerichte evaluatie": "",
    },
    {
        "SD": "SD 3",
        "OD": "OD 3.1",
        "Titel actie": "BruZEL breidt het zorgwijkoverleg uit naar een vierde regio in Brussel",
        "Wat?": (
            "Het zorgwijkoverleg brengt gezondheids- en welzijnsprofessionals uit een wijk samen rond een "
            "aangeboden lunch en een casusbespreking. Na Jette en twee andere regio's starten we in 2025 een "
            "zorgwijkoverleg in een vierde regio, binnen de hulp- en zorgzones."
        ),
        "Wat ga je wel doen?": "• Een lokale trekker zoeken in de nieuwe regio\n• Drie overleggen per regio organiseren\n• De lokale sociale kaart van de regio aanvullen",
        "Wat ga je niet doen?": "• We brengen zelf geen casussen aan; die komen van de deelnemers.",
        "Waarom?": (
            "Deelnemers aan het zorgwijkoverleg verwijzen daarna gerichter door, proberen uit wat ze opgestoken "
            "hebben en maken onderling afspraken. Professionals uit andere wijken vragen om een gelijkaardig "
            "overleg in hun buurt."
        ),
        "Voor wie?": "Gezondheids- en welzijnsprofessionals in de wijk",
        "Trekker": "BruZEL",
        "Stakeholders": "• Huisartsenkringen\n• CAW Brussel\n• Lokale dienstencentra\n• Thuiszorgdiensten",
        "Plan van aanpak en mijlpalen": (
            "STAP 1: keuze van de vierde regio en lokale trekker (januari-februari 2025)\n"
            "STAP 2: drie overleggen per regio (maart, juni en november 2025)\n"
            "STAP 3: jaarlijkse peiling naar de impact bij de deelnemers (december 2025)"
        ),
        "Personeelscapaciteit (VTE)": "0,4 VTE",
        "Procesevaluatie": "☒",
        "Indicatoren procesevaluatie": "• Aantal overleggen (12)\n• Aantal deelnemers per overleg (± 15)",
        "Resultaatgerichte evaluatie (output)": "☒",
        "Indicatoren resultaatgerichte evaluatie": "• Aantal deelnemers dat na het overleg anders doorverwijst (jaarlijkse peiling)",
    },
    {
        "SD": "SD 3",
        "OD": "OD 3.1",
        "Titel actie": "BruZEL ondersteunt buurtprojecten in groei, ontwikkeling en verduurzaming",
        "Wat?": (
            "We ondersteunen de Brusselse buurtwerkingen en zorgzame buurten met intervisie: drie keer per jaar "
            "wisselen de buurtprojecten ervaringen uit en bespreken ze casussen rond de drie hoofdthema's groei, "
            "ontwikkeling en verduurzaming. Via storytelling geven we de buurtwerkingen zichtbaarheid."
        ),
        "Wat ga je wel doen?": "• Drie uitwisselingsmomenten organiseren\n• Verhalen van buurtwerkingen verzamelen en delen",
        "Wat ga je niet doen?": "• We financieren geen buurtprojecten.",
        "Waarom?": (
            "De projecten zorgzame buurten zijn na hun opstart vaak kwetsbaar: vrijwilligers en coördinatoren "
            "vragen naar uitwisseling met andere buurten om hun werking te verduurzamen en de toeleiding naar "
            "zorg te versterken."
        ),
        "Voor wie?": "Coördinatoren en vrijwilligers van buurtwerkingen en zorgzame buurten",
        "Trekker": "BruZEL",
        "Stakeholders": "• Buurtwerkingen en zorgzame buurten\n• Lokale dienstencentra\n• SAAMO Brussel",
        "Plan van aanpak en mijlpalen": (
            "STAP 1: thema's bevragen bij de deelnemers (januari 2025)\n"
            "STAP 2: drie uitwisselingsmomenten (februari, mei, oktober 2025)\n"
            "STAP 3: kwalitatieve bevraging en storytelling (november-december 2025)"
        ),
        "Personeelscapaciteit (VTE)": "0,3 VTE",
        "Procesevaluatie": "☒",
        "Indicatoren procesevaluatie": "• Aantal deelnemers per overleg (± 10)\n• Jaarlijkse kwalitatieve bevraging van de deelnemers",
        "Resultaatgerichte evaluatie (output)": "☐",
        "Indicatoren resultaatgerichte evaluatie": "",
    },
    {
        "SD": "SD 3",
        "OD": "OD 3.3",
        "Titel actie": "Eerstelijnsmeeting 2025: handvatten voor een impactvolle communicatie met de patiënt/cliënt",
        "Wat?": (
            "In maart 2025 organiseren we de Eerstelijnsmeeting, een aangeboden lunch met een inhoudelijke "
            "spreker, rond één aspect van toegankelijkheid: handvatten voor een impactvolle communicatie met de "
            "patiënt/cliënt. De meeting is ook een netwerk- en inspiratiemoment voor de aanwezige partners."
        ),
        "Wat ga je wel doen?": "• Spreker en thema vastleggen\n• Lunch, locatie en bekendmaking\n• Evaluatie bij de deelnemers en intern",
        "Wat ga je niet doen?": "• We bieden geen vervolgtraject per organisatie aan.",
        "Waarom?": (
            "Op het Forum van september 2024 focusten we op de 8 B's van toegankelijkheid. Hieruit bleek hoezeer "
            "deze thematiek leeft bij het werkveld. De communicatie met de patiënt of cliënt kwam daar als "
            "eerste drempel naar voren."
        ),
        "Voor wie?": "± 50 gezondheids- en welzijnsprofessionals",
        "Trekker": "BruZEL",
        "Stakeholders": "• Gezond leven\n• Brusselse Huisartsenkring\n• pharmacy.brussels",
        "Plan van aanpak en mijlpalen": (
            "STAP 1: spreker en programma (november 2024 - januari 2025)\n"
            "STAP 2: bekendmaking (februari 2025)\n"
            "STAP 3: Eerstelijnsmeeting (maart 2025)\n"
            "STAP 4: evaluatie via Microsoft Forms en intern (april 2025)"
        ),
        "Personeelscapaciteit (VTE)": "0,2 VTE",
        "Procesevaluatie": "☐",
        "Indicatoren procesevaluatie": "",
        "Resultaatgerichte evaluatie (output)": "☒",
        "Indicatoren resultaatgerichte evaluatie": "• Aantal deelnemers (± 50)\n• Tevredenheid en bruikbaarheid van de handvatten (Microsoft Forms)",
    },
    {
        "SD": "SD 4",
        "OD": "OD 4.1",
        "Titel actie": "BruZEL maakt de gezondheidsfiches en het kaartspel bekend bij eerstelijnsprofessionals",
        "Wat?": (
            "De gezondheidsfiches leggen het Belgische/Brusselse gezondheidssysteem uit aan wie er de weg in "
            "zoekt. Bij de fiches hoort een kaartspel. In 2025 geven we op vraag van organisaties workshops met "
            "toelichting over het gebruik van de fiches en het kaartspel, en verspreiden we ze bij nieuwe "
            "partners."
        ),
        "Wat ga je wel doen?": "• Workshops met toelichting op vraag van organisaties\n• Verspreiding van fiches en kaartspel",
        "Wat ga je niet doen?": "• We passen de inhoud van de fiches dit jaar niet aan.",
        "Waarom?": (
            "Professionals hebben nood aan begrijpelijke hulpmiddelen om het complexe gezondheidssysteem uit te "
            "leggen. De fiches en het kaartspel worden nog te weinig gebruikt buiten de organisaties die ze al "
            "kennen."
        ),
        "Voor wie?": "Gezondheids- en welzijnsprofessionals die werken met Brusselaars met lage gezondheidsvaardigheden",
        "Trekker": "BruZEL",
        "Stakeholders": "• Foyer\n• BON\n• Ligo Brusselleer",
        "Plan van aanpak en mijlpalen": (
            "STAP 1: aanbod van workshops bekendmaken (januari 2025)\n"
            "STAP 2: workshops op vraag (doorlopend in 2025)\n"
            "STAP 3: verspreiding bij nieuwe partners (najaar 2025)"
        ),
        "Personeelscapaciteit (VTE)": "0,2 VTE",
        "Procesevaluatie": "☐",
        "Indicatoren procesevaluatie": "",
        "Resultaatgerichte evaluatie (output)": "☒",
        "Indicatoren resultaatgerichte evaluatie": "• Aantal workshops en deelnemers\n• Aantal verspreide fiches en kaartspelen",
    },
    {
        "SD": "SD 3",
        "OD": "OD 3.4",
        "Titel actie": "BruZEL actualiseert de lokale sociale kaart van Jette",
        "Wat?": (
            "De lokale sociale kaart van Jette is een tweetalige tool die vertrekt van de gegevens van de Sociale "
            "Kaart en sociaal.brussels, met als doel alle zorgverleners en organisaties actief in Jette te "
            "omvatten. In 2025 actualiseren we de kaart en bekijken we met de gemeente wie ze na 2025 beheert."
        ),
        "Wat ga je wel doen?": "• De gegevens van de kaart actualiseren\n• Een beheerder voor na 2025 zoeken",
        "Wat ga je niet doen?": "• We ontwikkelen geen sociale kaart voor andere gemeenten.",
        "Waarom?": (
            "Professionals in Jette gebruiken de kaart om door te verwijzen, maar de gegevens verouderen snel. "
            "BruZEL kan de kaart niet blijvend beheren; een duurzame beheerder is nodig."
        ),
        "Voor wie?": "Zorgverleners en organisaties in Jette",
        "Trekker": "BruZEL",
        "Stakeholders": "• Gemeente Jette\n• OCMW Jette\n• sociaal.brussels",
        "Plan van aanpak en mijlpalen": (
            "STAP 1: gegevens actualiseren (voorjaar 2025)\n"
            "STAP 2: overleg met gemeente en OCMW over het beheer (najaar 2025)\n"
            "STAP 3: overdracht of afbouw (december 2025)"
        ),
        "Personeelscapaciteit (VTE)": "0,3 VTE",
        "Procesevaluatie": "☒",
        "Indicatoren procesevaluatie": "• Aantal geactualiseerde organisaties\n• Afspraak over het beheer na 2025",
        "Resultaatgerichte evaluatie (output)": "☐",
        "Indicatoren resultaatgerichte evaluatie": "",
    },
    {
        "SD": "SD 5",
        "OD": "OD 5.1",
        "Titel actie": "BruZEL verkent samen met Gezond in Brussel een Nederlandstalige samenwerking rond preventie en vaccinatie",
        "Wat?": (
            "Gezond in Brussel (voorheen Logo Brussel) is onze vaste partner voor gezondheidsbevordering. In "
            "2025 brengen we samen in kaart welke Nederlandstalige partners in Brussel rond preventie werken en "
            "welke noden er zijn, met een eerste focus op vaccinatie (sensibiliseren en toeleiden)."
        ),
        "Wat ga je wel doen?": "• Partners rond preventie en vaccinatie in kaart brengen\n• Twee verkennende overleggen met Gezond in Brussel\n• Deelname aan de ontbijtsessies vaccinatie van Foyer",
        "Wat ga je niet doen?": "• We starten nog geen eigen preventieproject.\n• We ontwikkelen geen nieuw materiaal.",
        "Waarom?": (
            "De nieuwe operationele doelstelling 5.1 van ons meerjarenplan vraagt een sterkere samenwerking met "
            "Gezond in Brussel. Welke rol BruZEL best opneemt in het Brusselse preventielandschap, naast Vivalis "
            "en de preventiemedewerkers van de zorgzones, moet eerst verkend worden."
        ),
        "Voor wie?": "Nederlandstalige partners in gezondheidsbevordering en preventie in Brussel",
        "Trekker": "BruZEL, samen met Gezond in Brussel",
        "Stakeholders": "• Gezond in Brussel\n• Foyer vzw\n• Vivalis",
        "Plan van aanpak en mijlpalen": (
            "STAP 1: overzicht van partners (voorjaar 2025)\n"
            "STAP 2: twee verkennende overleggen (juni en oktober 2025)\n"
            "STAP 3: voorstel van samenwerking voor het actieplan 2026 (november 2025)"
        ),
        "Personeelscapaciteit (VTE)": "0,2 VTE",
        "Procesevaluatie": "☒",
        "Indicatoren procesevaluatie": "• Aantal partners in kaart gebracht\n• Aantal verkennende overleggen (2)",
        "Resultaatgerichte evaluatie (output)": "☐",
        "Indicatoren resultaatgerichte evaluatie": "",
    },
]

DOELSTELLINGEN = [
    {"SD": "SD 3", "Strategische doelstelling": "De Brusselaar vindt in de meest nabije leefomgeving gezondheids- en welzijnszorg op maat",
     "OD": "OD 3.1", "Operationele doelstelling": "BruZEL faciliteert en ondersteunt lokaal overleg en interdisciplinaire samenwerking tussen gezondheids- en welzijnsprofessionals in het tweetalige gebied Brussel-Hoofdstad."},
    {"SD": "SD 3", "Strategische doelstelling": "De Brusselaar vindt in de meest nabije leefomgeving gezondheids- en welzijnszorg op maat",
     "OD": "OD 3.3", "Operationele doelstelling": "BruZEL reikt gezondheids- en welzijnsprofessionals handvatten aan om hun aanbod toegankelijker te maken voor de Brusselaar in kwetsbare levensomstandigheden"},
    {"SD": "SD 3", "Strategische doelstelling": "De Brusselaar vindt in de meest nabije leefomgeving gezondheids- en welzijnszorg op maat",
     "OD": "OD 3.4", "Operationele doelstelling": "BruZEL zet waar mogelijk in op toegang tot correcte en begrijpbare informatie, zowel voor de Brusselse gezondheids- en welzijnsprofessional als voor de Brusselaar."},
    {"SD": "SD 4", "Strategische doelstelling": "De Brusselaar en/of diens mantelzorger heeft de handvaten om zelfstandig de weg te vinden in het Brusselse gezondheids- en welzijnslandschap.",
     "OD": "OD 4.1", "Operationele doelstelling": "BruZEL zet in op de gezondheidsvaardigheden van de Brusselaar en/of diens mantelzorger met een bijzondere aandacht voor de Brusselaar in kwetsbare levensomstandigheden."},
    {"SD": "SD 5", "Strategische doelstelling": "BruZEL zet in op gezondheidsbevordering en ziektepreventie met een bijzondere aandacht voor de Brusselaar in kwetsbare levensomstandigheden.",
     "OD": "OD 5.1", "Operationele doelstelling": "BruZEL versterkt de samenwerking met alle Brusselse partners in gezondheidsbevordering en ziektepreventie en in het bijzonder met Gezond in Brussel (voorheen Logo Brussel)."},
]

MERGES = []
