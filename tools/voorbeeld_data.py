"""Example data: BruZEL's 2026 action plan.

This module is a faithful transcription of BruZEL's 2026 action plan
(zorgraad Brussel, eerstelijnszone BruZEL), as filled in on the department's
2026 template ("actieplan-2026") of the Departement Zorg. The texts keep the
authors' wording, typos and imperfections; only PDF line breaks, page
headers and footers and the template's instruction sentences were removed.

It is used by tools/maak_voorbeeld.py to build
workbooks/voorbeeld-actieplan-2026.xlsx.

Conventions: bullet lists are separate lines starting with "• ", joined
by "\\n"; paragraphs inside one cell are joined by "\\n". MERGES lists
vertical merges as (sheet_name, column_header, first_index, last_index) with
0-based indices into the corresponding list.
"""

ALGEMEEN = [
    ("Zorgraad", "BruZEL"),
    # seed 001: "de Brusselse eerstelijnszone BruZEL ... ressorteert BruZEL onder het Huis voor Gezondheid"
    ("Andere namen", "Eerstelijnszone Brussel, Huis voor Gezondheid"),
    ("Werkjaar", 2026),
    ("Meerjarenplan", "2024-2026"),
    ("Contactpersoon", ""),
    ("E-mail", ""),
    ("Datum indiening", ""),
    ("Sjabloon", "actieplan-2026"),
]

CAPACITEIT = [
    {
        "Code": "A",
        "Onderdeel": (
            "Totale voorziene personeelscapaciteit VZW in 2026, zoals "
            "gefinancierd met de reguliere middelen"
        ),
        "Geschatte capaciteit in # VTE": 6.18,
        "Opmerkingen": (
            "Rekening houdend met langdurige afwezigheid en ouderschapsverlof"
        ),
    },
    {
        "Code": "B",
        "Onderdeel": (
            "Administratieve verplichtingen (vzw-verplichtingen, inclusief de "
            "organisatie van een AV/BO, boekhoudkundige verplichtingen, ….) + "
            "rapportage aan de overheid."
        ),
        "Geschatte capaciteit in # VTE": 0.5,
        "Opmerkingen": (
            "Doordat BruZEL is ingebed binnen Huis voor Gezondheid, worden een "
            "deel van deze administratieve verplichtingen voor de organisatie "
            "in zijn geheel opgenomen. Dat is een efficiëntiewinst. Het aantal "
            "VTE dat hier is weergegeven, is pro rata de ‘geschatte’ tijd die "
            "de medewerkers van het ondersteunend team hieraan besteden en de "
            "‘geschatte’ tijd die gaat naar het schrijven van rapportage door "
            "de medewerkers."
        ),
    },
    {
        "Code": "C",
        "Onderdeel": (
            "Organiseren van de netwerkevents zoals opgenomen in onderstaande "
            "tabel + alle inzet op communicatie (nieuwsbrieven, updates "
            "website met inhoudelijke info etc.)"
        ),
        "Geschatte capaciteit in # VTE": 1.5,
        "Opmerkingen": "",
    },
    {
        "Code": "D",
        "Onderdeel": (
            "Deelname aan vergaderingen, zoals stuurgroepen, (en "
            "samenhangende taken zoals vb. verslag maken) zoals opgenomen in "
            "onderstaande tabel en andere vergaderingen (vb. provinciaal "
            "overleg tussen zorgraden, ….)"
        ),
        "Geschatte capaciteit in # VTE": 1.5,
        "Opmerkingen": "",
    },
    {
        "Code": "E",
        "Onderdeel": (
            "Het opvolgen van acties uit voorgaande jaren zoals opgenomen in "
            "onderstaande tabel + ”onderhoud” voor verduurzaamde projecten "
            "zoals opgenomen in onderstaande tabel"
        ),
        "Geschatte capaciteit in # VTE": 1.5,
        "Opmerkingen": "",
    },
    {
        "Code": "F",
        "Onderdeel": (
            "De optelsom van de geschatte VTE voor de acties opgenomen in "
            "onderstaande actiefiches"
        ),
        "Geschatte capaciteit in # VTE": 1.1,
        "Opmerkingen": "",
    },
    {
        "Code": "B + C + D + E + F",
        "Onderdeel": "",
        "Geschatte capaciteit in # VTE": 6.1,
        "Opmerkingen": "In evenwicht met A",
    },
]

STUURGROEPEN = [
    {
        "Naam en/of thema": (
            "Veranderateliers-geïntegreerde zorg (5 hulp- en zorgzones)"
        ),
        "Trekker": "Brusano",
        "Looptijd en frequentie": "Sinds 2022, 3x/jaar per hulp- en zorgzone",
        "Concrete doelstelling": (
            "Het veranderatelier is een ruimte voor welzijns- en "
            "gezondheidsprofessionals, begunstigden, patiënten en "
            "mantelzorgers, waar zij elkaar kunnen ontmoeten, zich kunnen "
            "informeren en organiseren en samen acties kunnen uitwerken die "
            "aansluiten bij de opdrachten van de zorgzone.\n"
            "Die opdrachten zijn:\n"
            "• kennis\n"
            "• netwerk\n"
            "• coördinatie\n"
            "• gezondheidspreventie/ -bevordering"
        ),
        "Meerwaarde voor de zorgraad": (
            "Garanderen van Nederlandstalige stem; koppeling acties "
            "Brusano-BruZEL; versterken Nederlandstalig netwerk."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Zorgzone ActieRaden (ZAR)",
        "Trekker": "Brusano",
        "Looptijd en frequentie": "Sinds 2024, 3x/jaar per hulp- en zorgzone",
        "Concrete doelstelling": (
            "De missie van de Raad is het bepalen van de prioriteiten en het "
            "valideren van het actieplan. Dit actieplan operationaliseert de "
            "opdrachten die aan het team van de zorgzone zijn toevertrouwd., "
            "De Raad draagt ook bij aan de uitvoering van dit actieplan en het "
            "evalueren ervan."
        ),
        "Meerwaarde voor de zorgraad": (
            "Nederlandstalige stem garanderen; acties linken aan BruZEL; "
            "versterken lokaal netwerk."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Regionale actieraad (voordien ‘open forum’)",
        "Trekker": "Brusano",
        "Looptijd en frequentie": "Sinds 2023, 3x/jaar",
        "Concrete doelstelling": (
            "Het doel van dat beheersorgaan is om de verschillende zorg- en "
            "sociale hulpverleners van het gewest daadwerkelijk mee de "
            "projecten te laten bepalen, uitvoeren en evalueren. Het brengt "
            "publieke en private actoren samen uit de ambulante sector die "
            "actief zijn in het Brussels Hoofdstedelijk Gewest, ongeacht de "
            "overheidsinstelling waaraan ze rapporteren (federaties van "
            "ambulante zorg en vertegenwoordigers van zorgverleners, "
            "ondersteunende en coördinerende instanties, structuren met "
            "activiteiten in het gewest)."
        ),
        "Meerwaarde voor de zorgraad": (
            "Inzicht in anderstalig werkveld; zichtbaarheid vergroten; "
            "verbinding regionale werking Brusano."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "CAPP Social Santé",
        "Trekker": "Vivalis",
        "Looptijd en frequentie": "Sinds 2021, 3x/jaar",
        "Concrete doelstelling": (
            "Doelstelling staat nog niet volledig op punt. Oorspronkelijk was "
            "overleg bedoeld om de partners die in Brussel werken rond "
            "preventie rond de tafel te brengen en beter op elkaar te laten "
            "afstemmen."
        ),
        "Meerwaarde voor de zorgraad": (
            "Link leggen naar Vlaams preventielandschap; brugfunctie tussen "
            "Brussel en Vlaanderen."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Adviesraad Welzijn en Gezondheid (voorzitter)",
        "Trekker": "Vlaamse Gemeenschapscommissie (VGC)",
        "Looptijd en frequentie": (
            "Sinds 2015 (vorige legislatuur als lid, sinds 2020 als "
            "voorzitter), +- 3 vergaderingen en evt. werkgroepen"
        ),
        "Concrete doelstelling": (
            "Advies geven aan VGC-minister of staatssecretaris bevoegd voor "
            "welzijn, gezondheid en gezin over dossiers inzake welzijn en "
            "gezondheid (Brussel) - ligt momenteel stil omwille van geen "
            "regering"
        ),
        "Meerwaarde voor de zorgraad": (
            "Signaalfunctie; inzicht in beleidsdossiers; brede zichtbaarheid "
            "Huis voor Gezondheid. Niet enkel voor BruZEL, voor heel het Huis "
            "(op naam van directie Huis voor Gezondheid)"
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Adviesraad eerste lijn (ondervoorzitter)",
        "Trekker": "GGC",
        "Looptijd en frequentie": (
            "Sinds 2016 als lid, sinds 2025 als voorzitter), +- 4 vergaderingen"
        ),
        "Concrete doelstelling": (
            "Advies geven aan de GGC-minister over dossiers binnen de "
            "eerstelijnszorg in Brussel, het GWGP en het beleid."
        ),
        "Meerwaarde voor de zorgraad": (
            "Signaalfunctie; mee vormgeven van beleid; zichtbaarheid voor "
            "BruZEL en Huis voor Gezondheid. Niet enkel voor BruZEL, voor heel "
            "het Huis (op naam van directie Huis voor Gezondheid)."
        ),
        "Opmerking": (
            "Momenteel lagere frequentie omwille van geen regering. Hervorming "
            "naar vereenvoudiging van werking, aantal raden enz. is lopende."
        ),
    },
    {
        "Naam en/of thema": (
            "Beheerraad Gezondheid en Bijstand aan Personen (ondervoorzitter)"
        ),
        "Trekker": "Iriscare",
        "Looptijd en frequentie": (
            "Sinds 2018, 10 vergaderingen met telkens een voorbereidende "
            "vergadering"
        ),
        "Concrete doelstelling": (
            "Beleid inzake gezondheid en bijstand aan personen over thema’s "
            "die toegekend zijn aan Iriscare (ouderenzorg, mensen met een "
            "beperking, deel van de GGZ, deel van andere sectoren) bepalen en "
            "goedkeuren. Voorzitter en ondervoorzitter hebben geen stem, "
            "leiden de vergadering."
        ),
        "Meerwaarde voor de zorgraad": (
            "Signaalfunctie; zicht houden op beleid ouderenzorg, handicap en "
            "GGZ. Niet enkel voor BruZEL, voor heel het Huis (op naam van "
            "directie Huis voor Gezondheid)."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Overlegcomité Vitalink",
        "Trekker": "VIVEL",
        "Looptijd en frequentie": (
            "Sinds 2019, 3 à 4 bijeenkomsten + 3 à 4 bijeenkomsten van de "
            "gebruikersgroep"
        ),
        "Concrete doelstelling": (
            "Gegevensdeling binnen welzijn en zorg vanuit Vlaanderen: opvolgen "
            "van (nieuwe) projecten en toepassingen"
        ),
        "Meerwaarde voor de zorgraad": (
            "Garanderen dat Brusselse context meeweegt in Vlaamse "
            "IT-projecten; signaalfunctie rond e-Gezondheid. Niet enkel voor "
            "BruZEL, voor heel het Huis (op naam van directie Huis voor "
            "Gezondheid)."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "GBO stuurgroep",
        "Trekker": "VGC",
        "Looptijd en frequentie": (
            "Sinds 2018, 4 vergaderingen\n"
            "Reeds vroege deelname vanuit het SEL + HvG en verdergezet in de ELZ"
        ),
        "Concrete doelstelling": (
            "Geeft richting aan de uitrol van het GBO beleid in Brussel. Bij "
            "aanvang is specifiek gekozen voor samenwerking met "
            "Nederlandstalige basisscholen als vindplaats voor welzijnsvragen. "
            "Er is een roterend systeem voor opvolging door CAW en de "
            "betrokken mutualiteiten (OCMW werkt hier niet aan mee). "
            "Rechtenverkenning is ook onderdeel."
        ),
        "Meerwaarde voor de zorgraad": (
            "Bewaken dat welzijnsvragen ook leiden tot zorgtoeleiding; "
            "GBO-expertise meenemen naar andere contexten."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Bestuursorgaan Brusano (ondervoorzitter)",
        "Trekker": "Brusano",
        "Looptijd en frequentie": (
            "Sinds 2018, +- 8 vergaderingen en 8 werkgroepbijeenkomsten"
        ),
        "Concrete doelstelling": (
            "Bestuursorgaan van Brusano, verantwoordelijk voor de 5 hulp- en "
            "zorgzones en de implementatie territoriaal van het GWGP."
        ),
        "Meerwaarde voor de zorgraad": (
            "Brugfunctie BruZEL - hulp- en zorgzones; bewaken Vlaamse "
            "aanwezigheid in Brusselse werking."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Uitvoerend Netwerkcomité Brumenta",
        "Trekker": "Brumenta",
        "Looptijd en frequentie": (
            "Sinds 2020, 6 vergaderingen en 2 werkgroepvergaderingen"
        ),
        "Concrete doelstelling": (
            "Netwerk GGZ Brussel voor volwassenen, waar ook de ELP-conventie "
            "onder valt. Verantwoordelijk voor de 5 functies. Wij zijn "
            "betrokken vooral bij F1 en ELP-conventie."
        ),
        "Meerwaarde voor de zorgraad": (
            "Waarborgen tweetaligheid; delen van good practices; positioneren "
            "Nederlandstaligaanbod binnen GGZ-netwerk."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Uitvoerend Netwerkcomité Bru-Stars",
        "Trekker": "Bru-Stars",
        "Looptijd en frequentie": "Sinds 2018, 7 vergaderingen",
        "Concrete doelstelling": (
            "Netwerk GGZ Brussel voor kinderen en jongeren, waar ook de "
            "ELP-conventie onder valt. Wij zijn betrokken vooral bij "
            "ELP-conventie en acties gericht op de eerste lijn, intersectoraal "
            "werken en participatie."
        ),
        "Meerwaarde voor de zorgraad": (
            "Waarborgen tweetaligheid; betrekken Nederlandstalig aanbod; "
            "vertegenwoordiging van eerste lijn en participatie. Is niet enkel "
            "vanuit BruZEL, maar vanuit heel het Huis."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": (
            "Bestuursorgaan en AV Forum Palliatieve Zorg W.E.M.M.E.L."
        ),
        "Trekker": "Forum Palliatieve Zorg W.E.M.M.E.L.",
        "Looptijd en frequentie": "Sinds 2011, 1 vergadering",
        "Concrete doelstelling": (
            "Operationeel in Vlaams-Brabant en Brussel. Brussel-werking is "
            "waar wij binnen het BO (en de AV) aandacht aan schenken, link "
            "leggen naar andere aanbod in Brussel (Brusano) en de "
            "samenwerking faciliteren."
        ),
        "Meerwaarde voor de zorgraad": (
            "Link leggen met ander Brussels aanbod; faciliteren samenwerking; "
            "zicht houden op hervorming/fusie."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Bestuursorgaan VIVEL",
        "Trekker": "VIVEL",
        "Looptijd en frequentie": (
            "Sinds 2019, 8 vergaderingen, 1 strategische denkdag"
        ),
        "Concrete doelstelling": (
            "De doelstellingen en opdrachten van VIVEL zijn gekend: "
            "ondersteunen van de eerstelijnszones, kort samengevat. Bij de "
            "oprichting is decretaal meegenomen dat er in het bestuursorgaan "
            "steeds iemand zit vanuit Brussel, niet stemgerechtigd."
        ),
        "Meerwaarde voor de zorgraad": (
            "Verbinden Vlaanderen-Brussel; zichtbaarheid en vertegenwoordiging "
            "van BruZEL in Vlaams beleidslandschap. (Niet-stemgerechtigd, maar "
            "wel Brusselse vertegenwoordiging.)"
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Algemene Vergadering",
        "Trekker": "Europaziekenhuizen",
        "Looptijd en frequentie": "Sinds 2021, 2 vergaderingen",
        "Concrete doelstelling": (
            "Doelstellingen van een algemene vergadering, de reden waarom wij "
            "hierin zetelen is om de verbinding te maken met de eerste lijn "
            "Brussel, in het bijzonder de Nederlandstalige eerste lijn."
        ),
        "Meerwaarde voor de zorgraad": (
            "Brugfunctie eerste lijn–ziekenhuizen; samenwerking optimaliseren; "
            "geïntegreerde zorg op kaart zetten; bewaken tweetaligheid; "
            "netwerkmoment benutten."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Algemene vergadering",
        "Trekker": "Zorgnet Icuro",
        "Looptijd en frequentie": "Sinds 2020, 2x/jaar",
        "Concrete doelstelling": (
            "Als eerstelijnszone/zorgraad worden we verondersteld lid te zijn "
            "van een werkgeversorganisatie. Bij de oprichting werd een gedeeld "
            "lidmaatschap SOM en Zorgnet-Icuro voorgesteld. Huis voor "
            "Gezondheid blijft lid van beide."
        ),
        "Meerwaarde voor de zorgraad": (
            "Netwerkmoment; inhoudelijke inspiratie en leermoment."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Algemene vergadering",
        "Trekker": "SOM",
        "Looptijd en frequentie": "Sinds 2020, 2x/jaar",
        "Concrete doelstelling": "",
        "Meerwaarde voor de zorgraad": (
            "Netwerkmoment; inhoudelijke inspiratie en leermoment."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Reflectiegroep Cultuursensitieve zorg",
        "Trekker": "Kenniscentrum Welzijn, Wonen, Zorg (KWWZ)",
        "Looptijd en frequentie": "Sinds 2023, 4x/jaar",
        "Concrete doelstelling": (
            "De Reflectiegroep Cultuursensitieve zorg verenigt Brusselse "
            "experts in cultuursensitieve zorg en diversiteit. "
            "Doelstellingen:\n"
            "• elkaars initiatieven kennen en complementair werken,\n"
            "• expertise en kennis onderling uitwisselen,\n"
            "• inzichten delen met de gezondheids- en welzijnssector"
        ),
        "Meerwaarde voor de zorgraad": (
            "Inzicht in cultuursensitieve zorg; versterken "
            "diversiteitswerking; uitwisseling expertise."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": (
            "Egied Van Broeckhoven school: werkgroep verbinding met buurt en "
            "werkgroep curriculum"
        ),
        "Trekker": "Egied Van Broeckhoven school",
        "Looptijd en frequentie": "Sinds 2022, momenteel on hold.",
        "Concrete doelstelling": (
            "Werkgroepen die de verbinding leggen met buurt enerzijds en die "
            "curriculum verbreden naar zorg, ligt eigenlijk – jammer genoeg – "
            "stil."
        ),
        "Meerwaarde voor de zorgraad": (
            "Potentieel sterke link tussen onderwijs, buurt en zorg; "
            "zichtbaarheid BruZEL vergroten in jongerennetwerken."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Stuurgroep Woonzorg Brussel",
        "Trekker": "KWWZ i.s.m. kabinet Vlaams - Brussel minister",
        "Looptijd en frequentie": "Sinds 2010, 3x/jaar",
        "Concrete doelstelling": (
            "Samen met kabinet en administratie VG Brussel, VGC Gezondheid en "
            "Welzijn en partnerorganisaties of kabinet en administratie van "
            "andere overheden, afhankelijk van het thema. Aanvankelijke "
            "doelstelling was meer het Vlaams erkende woonzorgaanbod binnen "
            "Brussel, doorheen de jaren is de agenda ruimer geworden en worden "
            "de grote veranderingen vanuit meerdere overheden inzake welzijn, "
            "zorg, eerstelijn… hier besproken"
        ),
        "Meerwaarde voor de zorgraad": (
            "De meerwaarde voor het Huis is dat dit echt een plaats is waar "
            "signalen kunnen worden doorgegeven en er kan nagedacht worden "
            "over oplossingen."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Overleg Care in the City",
        "Trekker": "Perspective Brussels",
        "Looptijd en frequentie": "Sinds 2022, 2x/jaar",
        "Concrete doelstelling": (
            "Streeft een betere integratie van welzijn in gezondheid binnen "
            "ruimtelijke planning na."
        ),
        "Meerwaarde voor de zorgraad": (
            "Zorgaanbod op de kaart zetten in stadsontwikkeling; verbinding "
            "zorg en ruimtelijke ordening.We nemen deel i.f.v. agenda."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Ars Collaborandi",
        "Trekker": "KWWZ",
        "Looptijd en frequentie": "Sinds 2018, Tot 4x/j",
        "Concrete doelstelling": (
            "Vanuit terrein (3-4 bevoegde overheden) samen leggen wat iedereen "
            "doet. Om puzzel van Brussels zorglandschap te leggen en elkaar te "
            "versterken. O.a. Cahier ‘Brusselse wegwijzer in Welzijn en Zorg’ "
            "is hieruit voortgevloeid, te vinden op website van KWWZ, HvG, en "
            "andere."
        ),
        "Meerwaarde voor de zorgraad": (
            "Elkaar versterken; puzzel van zorglandschap leggen; "
            "signaalfunctie via samenwerking van meerdere overheden."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Vlaamse Vleugel",
        "Trekker": "Overlegplatform GGZ",
        "Looptijd en frequentie": "Sinds 2018, 6x/jaar",
        "Concrete doelstelling": (
            "Overleggroep voor Nederlandstalige partners/organisaties binnen "
            "de GGZ in Brussel. Bezoeken ook relevante partners en delen "
            "relevante info"
        ),
        "Meerwaarde voor de zorgraad": (
            "Verbinden Nederlandstalige ggz-partners; uitwisseling good "
            "practices; netwerking."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Brussels Overleg Gehandicaptenzorg",
        "Trekker": "KWWZ",
        "Looptijd en frequentie": "Sinds 2020, 4x/jaar",
        "Concrete doelstelling": (
            "Brusselse overleggroep met directie VAPH-werkingen. Behandelen "
            "projectoproepen, signaleren knelpunten..."
        ),
        "Meerwaarde voor de zorgraad": (
            "Brugfunctie VAPH-sector ↔ eerste lijn; versterken toeleiding en "
            "signalering. Via zorgraadslid."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Overlegplatform Dementie",
        "Trekker": "Broes",
        "Looptijd en frequentie": (
            "Sinds 2016, 3x/jaar (reeds opgestart vanuit het SEL en "
            "verdergezet in de ELZ)"
        ),
        "Concrete doelstelling": (
            "Brengt welzijns- en gezondheidsactoren samen die met deze "
            "specifieke materie te maken krijgen (brede groep genodigden).\n"
            "Betreft info-uitwisseling, delen van expertise, maar ook "
            "bespreken van aandachts- en knelpunten (geen casuïstiek)"
        ),
        "Meerwaarde voor de zorgraad": (
            "Verbinding welzijn-gezondheid; nuttig i.f.v. prioritaire "
            "doelgroep IFP van Vlaanderen; op de hoogte blijven van "
            "ontwikkelingen en evoluties."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Overleg BHAK - Huis voor Gezondheid",
        "Trekker": "Huis voor Gezondheid",
        "Looptijd en frequentie": "Sinds 2024, +- 10x/jaar",
        "Concrete doelstelling": (
            "Samenwerking BHAK - BruZEL - Huis voor Gezondheid op "
            "systematische basis bespreken."
        ),
        "Meerwaarde voor de zorgraad": (
            "Elkaar informeren, samenwerking verduidelijken, linken leggen met "
            "elkaars werking."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": (
            "Overleg voorzitters - coördinatoren/medewerkers ELZ "
            "Vlaams-Brabant & Brussel"
        ),
        "Trekker": "VIVEL",
        "Looptijd en frequentie": "Sinds 2020, +- 10x/jaar",
        "Concrete doelstelling": (
            "Terugkoppeling IPRO-ELZ, gezamenlijke thema’s bespreken en "
            "uitwisselen"
        ),
        "Meerwaarde voor de zorgraad": (
            "Op de hoogte blijven van IPRO-ELZ; Brussel-ervaring delen; linken "
            "met rand."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Overleg VGC-KWWZ-HvG",
        "Trekker": "VGC",
        "Looptijd en frequentie": "Sinds 2024, +-4x/jaar",
        "Concrete doelstelling": (
            "Momenteel technische werkgroep die de Vlaamse regelgeving die "
            "problemen veroorzaakt voor het Brusselse werkveld in kaart brengt "
            "en oplossingen aanreikt. Was begonnen met de insteek van hoe "
            "Vlaams aanbod deelneemt aan 5 hulp- en zorgzones."
        ),
        "Meerwaarde voor de zorgraad": (
            "Signaalfunctie; oplossingen aanreiken voor Vlaams aanbod in "
            "Brusselse context."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Grootstedelijk overleg ELZ",
        "Trekker": "BruZEL/ELZ Antwerpen/ELZ Gent (co-trekkerschap)",
        "Looptijd en frequentie": "Sinds 2023, 3x/jaar",
        "Concrete doelstelling": (
            "Het overleg heeft tot doel om elkaar te inspireren, van elkaar te "
            "leren en om krachten te bundelen (signaalfunctie)."
        ),
        "Meerwaarde voor de zorgraad": (
            "Inspiratie en leren van elkaar; gezamenlijke aanpak complexe "
            "uitdagingen; invloed vergroten via gezamenlijke signalen."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Overleg Brusano – Huis voor Gezondheid",
        "Trekker": "Huis voor Gezondheid",
        "Looptijd en frequentie": "Sinds 2024, 3x/jaar",
        "Concrete doelstelling": "Afstemming van elkaars werking.",
        "Meerwaarde voor de zorgraad": (
            "Linken leggen tussen beide organisaties; struikelblokken delen; "
            "samenwerking versterken."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Provinciaal overleg stafmedewerkers ELZ",
        "Trekker": "VIVEL",
        "Looptijd en frequentie": "Sinds 2020, 10x/jaar",
        "Concrete doelstelling": (
            "Afstemming tussen de eerstelijnszones uit dezelfde provincie."
        ),
        "Meerwaarde voor de zorgraad": (
            "Inspiratie; ervaringsuitwisseling; signaalfunctie; Brussel op de "
            "kaart houden."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Stuurgroep Magenta",
        "Trekker": "Magenta",
        "Looptijd en frequentie": "Sinds 2024, 3x/jaar",
        "Concrete doelstelling": (
            "Werking en projecten Magenta, waaronder project dat wil inzetten "
            "op versterking Brusselse eerstelijnsactoren."
        ),
        "Meerwaarde voor de zorgraad": (
            "Kennisdeling netwerk & tools; versterken eerstelijnsactoren; "
            "verbinden brede zorglandschap; link leggen met interdisciplinaire "
            "samenwerking."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Gebruikersgroep data en dashboards",
        "Trekker": "VIVEL",
        "Looptijd en frequentie": "Sinds 2021, +- 3x/jaar",
        "Concrete doelstelling": (
            "Ontwikkelde dashboards en indicatoren afchecken bij de "
            "eerstelijnszones."
        ),
        "Meerwaarde voor de zorgraad": "Brussel op kaart zetten",
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Werkgroep e-gezondheid en e-welzijn",
        "Trekker": "VIVEL",
        "Looptijd en frequentie": "Sinds 2021",
        "Concrete doelstelling": (
            "Als bestuurder, link tussen Vitalink, terrein en andere projecten."
        ),
        "Meerwaarde voor de zorgraad": (
            "Rol vanuit BruZEL rond gegevensdeling.\n"
            "Is niet enkel vanuit BruZEL, maar vanuit heel het Huis."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Werkgroep gegevens",
        "Trekker": "Brusano",
        "Looptijd en frequentie": "Sinds 2025, 4x/jaar",
        "Concrete doelstelling": (
            "Data verzamelen ter ondersteuning van populatiemanagement."
        ),
        "Meerwaarde voor de zorgraad": "Data vinden en aanreiken",
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Coördinatie CPPS",
        "Trekker": "Vivalis",
        "Looptijd en frequentie": "Sinds 2025, 1x/maand (1u)",
        "Concrete doelstelling": (
            "Preventiemedewerkers zorgzones ondersteunen (vanuit Gezond in "
            "Brussel, Vivalis, COCOF) en administratie informeren: toelichten "
            "welke acties er de komende maanden zullen plaatsvinden, van "
            "elkaar weten wat er gedaan wordt, bekijken welke "
            "samenwerkingsmogelijkheden er zijn."
        ),
        "Meerwaarde voor de zorgraad": (
            "Inspiratie; ervaringen uitwisselen; linken met Vlaamse "
            "gezondheidsdoelstellingen; Nederlandstalige professionals "
            "informeren/betrekken."
        ),
        "Opmerking": "",
    },
    {
        "Naam en/of thema": "Ontbijtsessies vaccinatie",
        "Trekker": "Foyer vzw",
        "Looptijd en frequentie": "Sinds 2024, 3x/jaar",
        "Concrete doelstelling": (
            "Partners in Brussel die rond vaccinatie (vaccineren en "
            "sensibiliseren) werken samen rond de tafel brengen om elkaar te "
            "informeren en beter samen te werken."
        ),
        "Meerwaarde voor de zorgraad": (
            "Kennisdeling; samenwerking versterken."
        ),
        "Opmerking": "",
    },
]

NETWERKEVENTS = [
    {
        "Titel + format": (
            "Eerstelijnsmeeting aangeboden lunch + inhoudelijke spreker"
        ),
        "Frequentie + timing": "1x/jaar in maart",
        "Opkomst": "± 50 gezondheids- en welzijnsprofessionals",
        "Opvolging/evaluatie": (
            "Netwerk- en inspiratiemoment met focus op samenwerking. Op basis "
            "van de output bekijken we op welke manier de samenwerking tussen "
            "de aanwezige partners verder vorm kan krijgen (bv. "
            "samenwerkingsafspraken, inspirerende linken of ideeën aangeven en "
            "verkennen, ...). Iedere editie wordt geëvalueerd d.m.v. een "
            "evaluatie (via Microsoft Forms) bij de deelnemers en d.m.v. een "
            "interne evaluatie."
        ),
        "Link eerdere actiefiche": "Ja",
        "Opmerking": "",
    },
    {
        "Titel + format": (
            "Forum, receptie (incl. catering) + inhoudelijk deel"
        ),
        "Frequentie + timing": "1x/jaar",
        "Opkomst": "± 50 gezondheids- en welzijnsprofessionals",
        "Opvolging/evaluatie": (
            "De achterban wordt bevraagd (input en goedkeuring actieplannen en "
            "meerjarenplan), bespreking inhoudelijk thema, netwerkmoment"
        ),
        "Link eerdere actiefiche": "Ja",
        "Opmerking": "",
    },
    {
        "Titel + format": (
            "Zorgwijkoverleg, aangeboden lunch + casusbespreking"
        ),
        "Frequentie + timing": (
            "3x/jaar in 4 verschillende regio’s in Brussel (binnen 3 "
            "zorgzones)"
        ),
        "Opkomst": (
            "± 15 gezondheids- en welzijnsprofessionals/ overleg"
        ),
        "Opvolging/evaluatie": (
            "Valabele antwoorden op vragen bij casussen, nadien ook toepasbaar "
            "in andere zorgwijkoverleggen dan degene waar het aan bod komt "
            "(onderlinge wisselwerking). Kennismaking met andere/nieuwe "
            "benaderingen en pistes en uitwisselen van bruikbare ervaringen "
            "hiermee. Soms ook rechtstreekse onderlinge afspraken die (kunnen) "
            "leiden naar een samenwerking. Peiling naar impact van dit overleg "
            "geeft aan dat deelnemers het interactieve karakter ervan naar "
            "waarde schatten en er effectief iets aan hebben: ze verwijzen dan "
            "naar de meest gepaste zorg, proberen uit wat ze opgestoken hebben "
            "of komen tegemoet aan een afspraak die ze op het overleg gemaakt "
            "hebben.\n"
            "We toetsen jaarlijks af of dit nog steeds klopt, wat "
            "aandachtspunten zijn, hoe te finetunen."
        ),
        "Link eerdere actiefiche": "Ja",
        "Opmerking": "",
    },
    {
        "Titel + format": (
            "Buurtprojectenondersteuning, uitwisseling en bespreking casussen "
            "o.b.v. 3 hoofdthema’s (groei, ontwikkeling, verduurzaming)"
        ),
        "Frequentie + timing": "3x/jaar",
        "Opkomst": "± 10 deelnemers uit buurtwerkingen",
        "Opvolging/evaluatie": (
            "Een jaarlijkse kwalitatieve bevraging van de deelnemers peilt "
            "naar de kwaliteit van de intervisie en inhoudelijke aspecten van "
            "de overlegmomenten. We registeren ook het aantal deelnemers per "
            "overleg.  De deelnemers proberen uit wat ze opgestoken hebben of "
            "komen tegemoet aan een afspraak die ze op het overleg gemaakt "
            "hebben. Via storytelling geven we bovendien zichtbaarheid aan de "
            "buurtwerkingen."
        ),
        "Link eerdere actiefiche": "Ja",
        "Opmerking": "",
    },
    {
        "Titel + format": (
            "Kijkstages ‘bij een ander’, meeloopstage bij een "
            "gastorganisatie, Kenniscentrum Welzijn, Wonen, Zorg is trekker."
        ),
        "Frequentie + timing": (
            "1 periode in het jaar waarin deelnemers op stage kunnen gaan bij "
            "gastorganisaties."
        ),
        "Opkomst": "± 50 gezondheids- en welzijnsprofessionals",
        "Opvolging/evaluatie": (
            "BruZEL neemt een ondersteunde rol op en staat mee in voor de "
            "bekendmaking van de Kijkstages. Na elke cyclus wordt er een "
            "evaluatie bij zowel deelnemers als gastorganisaties gedaan. "
            "Binnen de evaluatie worden volgende aspecten geëvalueerd: "
            "kwaliteit van de invulling van de Kijkstages, aantal "
            "gezondheids-en welzijnsprofessionals/organisaties die hun "
            "praktijk/organisatie inschrijven als gastorganisaties en aantal "
            "gezondheids- en welzijnsprofessionals die deelnemen aan de "
            "Kijkstages."
        ),
        "Link eerdere actiefiche": "Ja",
        "Opmerking": "",
    },
]

DOORLOPENDE_ACTIES = [
    {
        "Titel + jaar actiefiche": (
            "Workshops inclusieve zorg (2025, 2024, 2023, 2022)"
        ),
        "Mijlpalen in 2026": (
            "4 workshops met bijhorende voorbereiding (inhoudelijk & "
            "logistiek) verspreid over het jaar"
        ),
        "Verduurzaming + blijvende inzet": (
            "Deze actie is reeds verduurzaamd in de werking van zowel BruZEL "
            "als Brusano, onze partner voor deze workshops. Ook de komende "
            "jaren zal er blijvend inzet nodig zijn vanuit BruZEL."
        ),
    },
    {
        "Titel + jaar actiefiche": "Hulp- en zorgzones (2025)",
        "Mijlpalen in 2026": "",
        "Verduurzaming + blijvende inzet": (
            "We blijven het Nederlandstalige netwerk actief betrekken bij de "
            "verschillende acties van de hulp- en zorgzones alsook blijven we "
            "hen informeren over de veranderingen. Deze inzet zal ook de "
            "komende jaren nodig zijn om het Nederlandstalig netwerk mee te "
            "krijgen in deze territoriale benadering."
        ),
    },
]

ACTIEFICHES = [
    # ------------------------------------------------------------------
    # SD 3 / OD 3.1
    # ------------------------------------------------------------------
    {
        "SD": "SD 3",
        "OD": "OD 3.1",
        "Titel actie": (
            "BruZEL organiseert samen met partners interprofessionele "
            "overlegmomenten om geïntegreerde zorg in het tweetalig gebied "
            "Brussel-Hoofdstad te versterken"
        ),
        "Wat?": (
            "We motiveren en faciliteren interdisciplinair samenwerken binnen "
            "onze eerstelijnszone door het organiseren van interprofessionele "
            "overlegmomenten op wijkniveau. Samenwerking en afstemming wordt "
            "zo op lokaal niveau verankerd. Wij zien dit als een opstap naar "
            "interdisciplinair samenwerken. We bouwen hierbij verder op "
            "bestaande methodieken zoals Medisch-Farmaceutisch Overleg (MFO), "
            "Medisch-Kinesitherapeutisch Overleg (MKO) en "
            "Medisch-Psychologisch Overleg (MPO), waarin disciplines volgens "
            "een vastgelegd thema gestructureerd overleggen, kennis delen en "
            "samenwerkingsafspraken maken. Dit overleg moet op termijn leiden "
            "tot een nog meer doorgedreven samenwerking en het vormen van "
            "interdisciplinaire teams rond en met de Brusselaar. We richten ons "
            "hierbij niet enkel op gezondheids- en welzijnsprofessionals, maar "
            "betrekken ook andere relevante lokale actoren om de samenwerking "
            "breed en duurzaam te verankeren."
        ),
        "Wat ga je wel doen?": (
            "Oprichten en opvolging van een werkgroep\n"
            "Organiseren en faciliteren van interprofessionele overlegmomenten"
        ),
        "Wat ga je niet doen?": (
            "De inhoudelijke voorbereiding en keuze van thema’s wordt niet "
            "door BruZEL opgenomen, maar ligt bij de lokale trekkers en "
            "betrokken disciplines."
        ),
        "Waarom?": (
            "In 2024 dienden we samen met pharmacy.brussels een "
            "projectaanvraag in bij het Vlaams Apothekers Netwerk (VAN) rond "
            "geïntegreerde en doelgerichte zorg. Binnen dit project "
            "onderzochten we hoe we bestaande tools beter kunnen inzetten in "
            "de praktijk van gezondheids- en welzijnsprofessionals, om zo de "
            "gezondheidsgeletterdheid van de Brusselaar te verbeteren. De focus "
            "lag op samenwerking en afstemming, met als doel de Brusselaar "
            "centraal te stellen en de communicatie met hen te versterken. We "
            "organiseerden een interprofessioneel overleg gebaseerd op een "
            "bestaand MFO-pakket, nl. het kwaliteitsbevorderend programma "
            "‘lage gezondheidsvaardigheden’.  Een belangrijke les uit dit "
            "traject is eens te meer dat interprofessionele uitwisseling "
            "essentieel is om elkaars werking te begrijpen, kennis te delen en "
            "samen sterker te staan.\n"
            "Daarnaast tekenden we in 2025 op de opdracht van PsyBru om "
            "informatie- en sensibiliseringssessies te organiseren om de "
            "samenwerking met de eerstelijnspsychologen te faciliteren. Op "
            "deze manier zorgen we ervoor dat er een aanbod is voor de "
            "Nederlandstalige professionals in Brussel. Naar analogie met het "
            "voorgenoemde project, dit keer gebaseerd op het pakket "
            "Medisch-Psychologisch Overleg (MPO), organiseren we in het najaar "
            "van 2025 sensibiliseringssessies die focussen op "
            "interprofessionele samenwerking met eerstelijnspsychologen op "
            "hun vindplaats. Doel hier is alle professionals (en eventueel "
            "vrijwilligers) die samenwerken op deze locatie, waaronder de "
            "eerstelijnspsycholoog, te ondersteunen in de samenwerking. Dit "
            "loopt tot eind februari 2026.\n"
            "In 2026 zetten we de inzichten uit beide projecten om in concrete "
            "actie. We organiseren interprofessionele overlegmomenten – "
            "geïnspireerd op bestaande formats zoals MFO, MKO en MPO – die op "
            "wijkniveau georganiseerd worden. Zo versterken we de samenwerking "
            "tussen gezondheidszorg- en welzijnsprofessionals en andere "
            "relevante lokale actoren en bouwen we aan een duurzaam model voor "
            "geïntegreerde zorg waar interdisciplinaire samenwerking centraal "
            "staat. Als eerstelijnszone nemen we hierin onze regierol op: we "
            "verbinden actoren, faciliteren samenwerking en creëren ruimte "
            "voor overleg, met als doel een toegankelijke, afgestemde en "
            "geïntegreerde eerstelijnszorg in het tweetalige gebied "
            "Brussel-Hoofdstad."
        ),
        "Voor wie?": (
            "• (Lokale) gezondheids- en welzijnsprofessionals  moeten in "
            "voldoende en relevante mate aanwezig zijn, met oog voor "
            "evenwicht.\n"
            "• Relevante (lokale) actoren zoals bv. coördinatoren van "
            "buurtwerkingen, straathoekwerkers, ervaringsdeskundigen…"
        ),
        "Trekker": (
            "BruZEL is trekker van deze actie, in co-creatie met de leden van "
            "de werkgroep."
        ),
        "Stakeholders": (
            "• Brusselse beroepskringen zoals bv. BHAK\n"
            "• Brusselse vereniging voor apothekers: pharmacy.brussels\n"
            "• Brusselse welzijnspartners zoals bv. SAAMO Brussel\n"
            "• Brusselse ziekenhuizen"
        ),
        "Plan van aanpak en mijlpalen": (
            "STAP 1: werkgroep samenstellen (najaar 2025)\n"
            "• Selectie van partners met expertise in interdisciplinaire "
            "samenwerking uitnodigen voor de werkgroep\n"
            "• We zetten in op een intergenerationele mix van jonge en ervaren "
            "professionals\n"
            "• Zorgen voor een duidelijke rolverdeling, opstellen "
            "samenwerkingsafspraken, frequentie vergaderingen bepalen\n"
            "STAP 2: opzetten van een gedragen overlegmodel "
            "(januari-februari)\n"
            "• In co-creatie met de werkgroep\n"
            "• Analyse van succesvolle elementen van MFO/MKO/MPO/Verwijzer\n"
            "• Analyse van good practices op basis van bevragingen in het "
            "kader van het actieplan 2026 en relevante literatuur\n"
            "• Opmaak van een modulair format dat flexibel toepasbaar is per "
            "wijk\n"
            "• Op basis van de 5 essentiële bouwstenen van interdisciplinaire "
            "samenwerking (gedeelde visie en gezamenlijk doel, creëren van een "
            "gezamenlijke taal, wederzijds respect en vertrouwen, goede "
            "communicatie en bereidheid om te delegeren en controle los te "
            "laten)\n"
            "STAP 3: selectie en voorbereiding van (piloot)locaties "
            "(februari-maart)\n"
            "• Keuze van 2 à 3 (piloot)locaties (wijken) waar samenwerking "
            "versterkt moet worden (o.b.v. lokale noden, bereidheid tot "
            "samenwerking)\n"
            "• Aanstelling van een lokale trekker of moderator per overleg "
            "(zorgen voor een duidelijke taakinhoud)\n"
            "• Inhoudelijke voorbereiding van overlegmomenten (thema, complexe "
            "casussen, doelstellingen) door de lokale trekker/moderator m.b.v. "
            "de werkgroep\n"
            "• Deelnemers uitnodigen (ook verspreiden via onze verschillende "
            "kanalen)\n"
            "STAP 4: organisatie en begeleiding van overlegmomenten "
            "(april-juni)\n"
            "• Eén overleg per wijk in 2026 (in totaal 3 overlegmomenten)\n"
            "• Gefaciliteerd door BruZEL i.s.m. lokale trekkers\n"
            "• Verslaggeving per overleg\n"
            "• Evaluatie en bijsturen na ieder overleg\n"
            "• Update via nieuwsbrief en sociale mediakanalen (delen van "
            "getuigenissen, succeservaringen)\n"
            "STAP 5: opvolging, terugkoppeling en verduurzaming (najaar 2026)\n"
            "• Samenvatten van inzichten en lessons learned\n"
            "• Ontwikkelen van een leidraad of draaiboek voor "
            "interdisciplinaire samenwerking op lokaal niveau\n"
            "• Voorbereiding structurele inbedding binnen werking van BruZEL\n"
            "• Update via nieuwsbrief en sociale mediakanalen"
        ),
        "Personeelscapaciteit (VTE)": "0.2 VTE",
        "Procesevaluatie": "☒",
        "Indicatoren procesevaluatie": (
            "• Aantal leden van de werkgroep met een verschillende "
            "achtergrond\n"
            "• Tevredenheid van de werkgroep over de samenwerking\n"
            "• Aantal unieke deelnemende disciplines + frequentie van "
            "deelname per discipline\n"
            "• Tevredenheid van deelnemers over het verloop (ook "
            "gelijkwaardigheid evalueren)\n"
            "• Inbreng lokale noden/thema’s in het overleg: hoe vaak en welke "
            "thema’s worden naar voor geschoven"
        ),
        "Resultaatgerichte evaluatie (output)": "☒",
        "Indicatoren resultaatgerichte evaluatie": (
            "• Verbeterd inzicht in elkaars rol/taken (voor en na bevraging)\n"
            "• Toegenomen intentie tot interprofessionele samenwerking "
            "(Microsoft Forms na enkele maanden)\n"
            "• Aantal en type concrete acties of samenwerkingsafspraken die "
            "tijdens de overlegmomenten geformuleerd zijn (opgenomen in "
            "verslaggeving).\n"
            "• Mate waarin niet-traditionele actoren (bv. buurtwerk, "
            "straathoekwerk) betrokken zijn en samenwerking ervaren\n"
            "• Voorbeelden van verbeterde interprofessionele doorverwijzingen "
            "of afstemming rond cliënten/patiënten"
        ),
    },
    # ------------------------------------------------------------------
    # SD 3 / OD 3.3
    # ------------------------------------------------------------------
    {
        "SD": "SD 3",
        "OD": "OD 3.3",
        "Titel actie": (
            "BruZEL faciliteert in samenwerking met partners een meer "
            "toegankelijke eerstelijnszorg"
        ),
        "Wat?": (
            "We verzamelen Brusselse tips en bestaande praktijkvoorbeelden om "
            "doelgroepen beter te bereiken en de drempel tot zorg te verlagen. "
            "Deze praktijken worden gebundeld, verspreid en in de kijker gezet "
            "om uitwisseling en advies te ondersteunen. Waar mogelijk "
            "stimuleren we samenwerking die leidt tot nieuwe initiatieven. De "
            "focus ligt op Brusselse voorbeelden, aangevuld met inspiratie uit "
            "andere regio’s of literatuur indien relevant."
        ),
        "Wat ga je wel doen?": (
            "• Tips verzamelen uit het werkveld\n"
            "• Good practices en/of samenwerkingen stimuleren"
        ),
        "Wat ga je niet doen?": (
            "• We trekken zelf geen nieuwe initiatieven en reiken enkel "
            "handvatten aan"
        ),
        "Waarom?": (
            "Op het Forum van september 2024 focusten we reeds op de 8 B’s van "
            "toegankelijkheid. Hieruit bleek hoezeer deze thematiek leeft bij "
            "het werkveld. Op de Eerstelijnsmeeting van maart 2025 hadden we "
            "het over 1 aspect hiervan: handvatten voor een impactvolle "
            "communicatie met de patiënt/cliënt, waar een groot aantal "
            "deelnemers aan deelnam, hetgeen opnieuw de interesse in de "
            "thematiek naar voor schoof.\n"
            "Gezien het belang van het thema voor het werkveld én indirect de "
            "Brusselaar, willen we hier in 2026 op voortbouwen door in te "
            "spelen op tips om drempels tot toegang te verlagen (zowel fysiek "
            "als digitaal)."
        ),
        "Voor wie?": (
            "Eerstelijns gezondheids- en welzijnsprofessionals in Brussel, met "
            "in eerste instantie de partners die al goede praktijken hebben "
            "ontwikkeld, en nadien het brede eerstelijnsveld."
        ),
        "Trekker": "BruZEL",
        "Stakeholders": (
            "• Gezondheids- en welzijnspartners uit de eerste lijn met good "
            "practices\n"
            "• Gezond leven (expertise rond toegankelijkheid)\n"
            "• CAW\n"
            "• Apothekers via pharmacy.brussels\n"
            "• Huisartsen via Brusselse Huisartsenkring"
        ),
        "Plan van aanpak en mijlpalen": (
            "STAP 1: afbakening/definitie van het begrip ‘toegankelijkheid’ "
            "formuleren (najaar 2025)\n"
            "• We verfijnen samen met partners uit het werkveld wat we "
            "verstaan onder de term toegankelijkheid.\n"
            "• We stellen een toetsingskader op om good practices te "
            "identificeren of lessons learned als nuttig te bestempelen. We "
            "zoeken hiervoor bestaande kaders en bevragen partners met "
            "expertise om dit zo objectief en meetbaar mogelijk te kunnen "
            "bepalen.\n"
            "• We zetten een communicatieplan op om zowel een oproep te "
            "lanceren om good practices en lessons learned te verzamelen, als "
            "om de gevonden praktijken te delen.\n"
            "STAP 2: good practices opsporen (start januari 2026, "
            "doorlopend)\n"
            "• We contacteren partners met een werking waarvan we weten dat ze "
            "hun doelgroep bereiken dankzij hun werkwijze, zoals outreach "
            "(schoolpoortwerkingen, eerstelijnspsychologen op vindplaatsen, "
            "straathoekwerkers …). Ook acties die Brusselaars in hun eigen "
            "woonplaats bereiken, zoals buurtprojecten.\n"
            "• We houden eveneens onze ogen open voor partners die zich actief "
            "willen inzetten om de toegankelijkheid tot hun diensten te "
            "verhogen.\n"
            "• Tegelijkertijd lanceren we een oproep via onze "
            "communicatiekanalen (nieuwsbrief, sociale media) om andere "
            "professionals met interessante acties aan te trekken.\n"
            "• Indien nodig zoeken we naar goede voorbeelden in de literatuur "
            "of in andere regio’s, bv. via de andere eerstelijnszones.\n"
            "STAP 3: goede praktijken selecteren (doorlopend 2026)\n"
            "• We analyseren de gevonden werkingen en vergelijken deze met ons "
            "toetsingskader (zie stap 1).\n"
            "• We verzamelen de gegevens en bundelen deze.\n"
            "STAP 4: verspreiden van goede praktijken (najaar 2026)\n"
            "• We brengen onze bevindingen naar buiten om partners te "
            "inspireren via onze communicatiekanalen (nieuwsbrief, website, "
            "sociale media).\n"
            "• We delen bevindingen op netwerkmomenten met partners om "
            "uitwisseling rond het thema uit te lokken en mensen te inspireren "
            "om hier meer en bewust op in te zetten.\n"
            "• Daarnaast kunnen we herkenbaarheid, bruikbaarheid en "
            "toepassingsmogelijkheden nagaan van de verspreide goede "
            "praktijken.\n"
            "STAP 5: toegankelijkheid stimuleren (wordt ingepland in overleg "
            "met de betrokken partners)\n"
            "• We onderzoeken samen met o.a. het CAW hoe we de "
            "toegankelijkheid structureel kunnen versterken via vorming, "
            "bijvoorbeeld door samenwerking met CAW rond hun aanbod ‘warm "
            "doorverwijzen’."
        ),
        "Personeelscapaciteit (VTE)": "0,2 VTE",
        "Procesevaluatie": "☒",
        "Indicatoren procesevaluatie": (
            "• Opstellen en gebruik van toetsingskader toegankelijkheid "
            "(interne beoordeling)\n"
            "• Aantal verzamelde praktijken en volledigheid van de bundeling\n"
            "• Aantal en diversiteit van partners die meewerken\n"
            "• Opstellen communicatieplan"
        ),
        "Resultaatgerichte evaluatie (output)": "☒",
        "Indicatoren resultaatgerichte evaluatie": (
            "• Aantal goede praktijken verzameld en gedeeld\n"
            "• Uitvoering communicatieplan (kanalen, bereik)\n"
            "• Feedback van het werkveld op bruikbaarheid van de praktijken "
            "(via uitwisseling en bevraging, aantal die de praktijken "
            "gebruiken)"
        ),
    },
    # ------------------------------------------------------------------
    # SD 3 / OD 3.4
    # ------------------------------------------------------------------
    {
        "SD": "SD 3",
        "OD": "OD 3.4",
        "Titel actie": (
            "BruZEL bundelt en ontsluit relevante informatieplatformen voor "
            "eerstelijnsprofessionals"
        ),
        "Wat?": (
            "In afwachting van het nieuwe platform van het Observatorium voor "
            "Gezondheid en Welzijn van Brussel-Hoofdstad als opvolger op "
            "sociaal.brussels (operationeel in de loop van 2026) stellen we "
            "een overzicht op van bestaande websites en databanken met "
            "zorgprofessionals en hun eventuele specialisaties. Dit overzicht "
            "dient als tijdelijke tussenoplossing om professionals te "
            "ondersteunen bij doorverwijzingen en vragen."
        ),
        "Wat ga je wel doen?": (
            "We verzamelen, vertrekkend van ons eigen contactenbestand, de "
            "verschillende websites met de nodige gegevens en lijsten deze op."
        ),
        "Wat ga je niet doen?": (
            "We gaan de bestaande databanken niet zelf aanvullen of updaten.\n"
            "We zetten geen nieuwe database op.\n"
            "We streven geen 100% volledigheid na, evenmin om permanent "
            "up-to-date te zijn."
        ),
        "Waarom?": (
            "Het Brusselse zorglandschap is rijk maar versnipperd, waardoor "
            "professionals moeilijk een actueel overzicht van gezondheids- en "
            "welzijnsaanbieders te vinden. Dit bemoeilijkt correcte "
            "doorverwijzing en vermindert de toegankelijkheid. BruZEL "
            "engageerde zich in het meerjarenplan om een brug te slaan tussen "
            "de Vlaamse Sociale Kaart en de Brusselse tegenhanger. Dat blijft "
            "onze ambitie, maar dit loopt moeilijker dan verwacht: het nieuwe "
            "Brusselse platform wordt pas in de loop van 2026 operationeel en "
            "dus voorzien we intussen een praktische tussenoplossing: we "
            "zorgen dat we ons contactenbestand aanvullen met informatie en "
            "met nieuwe contacten aangaande het aanbod binnen Brussel Zo "
            "beantwoorden we de vraag van professionals, ondersteunen we hun "
            "zoektocht en dragen we bij aan een beter afgestemd zorgaanbod."
        ),
        "Voor wie?": "Gezondheids- en welzijnsprofessionals",
        "Trekker": (
            "BruZEL neemt de verantwoordelijkheid voor deze specifieke actie, "
            "namelijk het verzamelen van bestaande online bronnen."
        ),
        "Stakeholders": (
            "• CAW Brussel\n"
            "• Brusano\n"
            "• Kenniscentrum Welzijn, Wonen, Zorg…"
        ),
        "Plan van aanpak en mijlpalen": (
            "STAP 1: bepalen van scope (voorjaar 2026)\n"
            "• Vastleggen welke minimale informatie een bron moet bevatten "
            "(bv. contact, discipline, specialisatie, taal).\n"
            "• Bepalen welke soorten bronnen worden opgenomen (zoektools, "
            "websites, databanken).\n"
            "STAP 2: verzamelen van bronnen (voorjaar 2026)\n"
            "• Opzoeken en bevragen van bestaande websites en databanken via "
            "partners.\n"
            "• Toetsen van gevonden bronnen aan de afgesproken scope.\n"
            "STAP 3: verwerken (zomer 2026)\n"
            "• Opstellen van een overzichtslijst met korte beschrijving per "
            "bron.\n"
            "STAP 4: delen (najaar 2026)\n"
            "• Bekijken met de stakeholders of en hoe we dit ontsluiten (bv. "
            "via interessante links op onze website?)\n"
            "• Feedback verzamelen over bruikbaarheid."
        ),
        "Personeelscapaciteit (VTE)": "0,1 VTE",
        "Procesevaluatie": "☐",
        "Indicatoren procesevaluatie": (
            "• Scope is bepaald.\n"
            "• Aantal en diversiteit van bronnen verzameld.\n"
            "• Helder overzicht opgesteld en verspreid."
        ),
        "Resultaatgerichte evaluatie (output)": "☐",
        "Indicatoren resultaatgerichte evaluatie": (
            "• Aantal vragen van professionals succesvol behandeld met behulp "
            "van het overzicht.\n"
            "• Indien we overzicht beschikbaar stellen: tevredenheid van "
            "gebruikers over de bruikbaarheid (via korte bevraging of "
            "feedbackmoment)."
        ),
    },
    # ------------------------------------------------------------------
    # SD 4 / OD 4.1
    # ------------------------------------------------------------------
    {
        "SD": "SD 4",
        "OD": "OD 4.1",
        "Titel actie": "BruZEL actualiseert de gezondheidsfiches",
        "Wat?": (
            "De gezondheidsfiches zijn een bestaand instrument om het "
            "Belgische/Brusselse gezondheidssysteem op een laagdrempelige "
            "manier uit te leggen. In 2026 actualiseren we deze fiches, "
            "gekoppeld aan een evaluatie, pretestfase en promotiecampagne. Zo "
            "zorgen we dat ze opnieuw toegankelijk, relevant en breed gebruikt "
            "worden door gezondheids- en welzijnsprofessionals."
        ),
        "Wat ga je wel doen?": (
            "• Opzetten van een evaluatie van de huidige fiches\n"
            "• De fiches aanpassen en actualiseren\n"
            "• Uitwerken en uitvoeren pretestfase\n"
            "• Uitwerken en uitvoeren promocampagne"
        ),
        "Wat ga je niet doen?": (
            "Focussen op het beschikbaar stellen van de geüpdatete "
            "gezondheidsfiches in meerdere talen. (We bevragen dit indien "
            "relevant in 2027)"
        ),
        "Waarom?": (
            "In Brussel blijft de combinatie van lage gezondheidsvaardigheden "
            "en meertaligheid een grote uitdaging. Professionals hebben nood "
            "aan begrijpelijke hulpmiddelen om het complexe "
            "gezondheidssysteem uit te leggen.\n"
            "De gezondheidsfiches, ontwikkeld door Huis voor Gezondheid in "
            "2013 en geüpdatet in 2021 (met projectmiddelen van de VGC), zijn "
            "een waardevol instrument. Ze zijn digitaal beschikbaar in "
            "meerdere talen en aangevuld met een kaartspel in het Nederlands "
            "(maar dit kan ook door anderstaligen gebruikt worden).\n"
            "Intussen zijn de fiches opnieuw aan vernieuwing toe. In 2026 "
            "willen we ze herzien, testen in de praktijk en opnieuw breed "
            "onder de aandacht brengen. Zo blijven ze een bruikbaar en "
            "toegankelijk hulpmiddel voor professionals én hun cliënten. "
            "Hierbij houden we rekening met de lessons learned uit de updates "
            "die we reeds deden in 2021/2022."
        ),
        "Voor wie?": "Gezondheids- en welzijnsprofessionals",
        "Trekker": "BruZEL is trekker van deze actie.",
        "Stakeholders": (
            "We werken samen met partners zoals Gezond in Brussel, Ligo "
            "Brusselleer, Foyer, VGC …"
        ),
        "Plan van aanpak en mijlpalen": (
            "STAP 1: evaluatie (voorjaar 2026)\n"
            "• Beoordeling van inhoud, vormgeving, taalniveau, meertaligheid, "
            "digitale toegankelijkheid na 4 jaar.\n"
            "• Feedback via MS Forms en gesprekken met professionals.\n"
            "• Evaluatie van het kaartspel.\n"
            "STAP 2: actualisatie (voorjaar-zomer 2026)\n"
            "• Bijwerken inhoud, lay-out en visuele ondersteuning.\n"
            "STAP 3: pretestfase (zomer 2026)\n"
            "• Testen met professionals én cliënten/patiënten.\n"
            "• Criteria: begrijpelijkheid, gebruiksgemak, effectiviteit.\n"
            "• Laatste verbeteringen doorvoeren.\n"
            "STAP 4: promotiecampagne (najaar 2026)\n"
            "• Lancering via nieuwsbrieven, sociale media, netwerkmomenten.\n"
            "• Extra zichtbaarheid van kaartspel en digitale downloadopties."
        ),
        "Personeelscapaciteit (VTE)": "0.2 VTE",
        "Procesevaluatie": "☐",
        "Indicatoren procesevaluatie": (
            "• Aantal verschillende sectoren betrokken bij evaluatie en "
            "pretest.\n"
            "• Aantal ingevulde feedbackformulieren."
        ),
        "Resultaatgerichte evaluatie (output)": "☐",
        "Indicatoren resultaatgerichte evaluatie": (
            "• is de tool afgetoetst bij de doelgroep\n"
            "• monitoren gebruik van de tool (fiches/kaartspelen die worden "
            "aangevraagd, aantal keer gedownload ...)\n"
            "• De gebruikers zijn tevreden over de hernieuwde "
            "gezondheidsfiches\n"
            "• Aantal gezondheidsfiches die werden aangepast."
        ),
    },
    # ------------------------------------------------------------------
    # SD 5 / OD 5.1
    # ------------------------------------------------------------------
    {
        "SD": "SD 5",
        "OD": "OD 5.1",
        "Titel actie": (
            "BruZEL bouwt, in samenwerking met partners, aan preventie in het "
            "Brussels Gewest"
        ),
        "Wat?": (
            "Het doel is om aan Vlaamse zijde een duurzaam preventienetwerk in "
            "het tweetalige gebied Brussel-Hoofdstad te creëren. Daarmee "
            "willen we bestaande initiatieven rond preventie en "
            "gezondheidsbevordering samenbrengen en versterken, zodat dit "
            "netwerk meer zichtbaar wordt, gehoord wordt bij andere overheden "
            "en erkend wordt door hun partners. De ultieme doelstelling is om "
            "Brusselaars een eenduidige en afgestemde preventieve boodschap te "
            "geven, in lijn met campagnes en communicatiemiddelen van andere "
            "actoren.\n"
            "In 2026 zetten we hiervoor in op een projectmatige strategie op "
            "wijkniveau rond vaccinatie. Dit project dient als proefperiode "
            "voor onze aanpak en kan, afhankelijk van de noden op het terrein, "
            "worden uitgebreid naar andere preventieve acties. We werken "
            "hiervoor samen met Gezond in Brussel, waarmee we structureel "
            "periodiek overleg organiseren over beleids- en actieplannen heen. "
            "Daarnaast bundelen we, eveneens in samenwerking met Gezond in "
            "Brussel, bestaande tools op een overzichtelijke en "
            "gebruiksvriendelijke manier per doelgroep.\n"
            "Tegelijkertijd blijven wij ons richten op samenwerking met andere "
            "Brusselse partners, waaronder Brusano, waarmee reeds de eerste "
            "stappen zijn gezet. Toch merken we dat het sterke en herkenbare "
            "netwerk aan Vlaamse zijde hier nog ontbreekt. De inzichten en "
            "ervaringen uit deze eerste fase vormen de basis om het "
            "preventienetwerk vanaf 2027 verder systematisch te versterken "
            "binnen ons meerj arenplan 2027–2032."
        ),
        "Wat ga je wel doen?": (
            "• Bestaande tools en materialen verzamelen en toegankelijk maken "
            "voor professionals.\n"
            "• Periodiek overleg opzetten met Gezond in Brussel om "
            "samenwerkingsafspraken te maken en een gezamenlijke visie te "
            "ontwikkelen.\n"
            "• Een wijkgericht pilootprojecten rond vaccinatie uitvoeren in "
            "samenwerking met lokale en bovenlokale partners.\n"
            "• De samenwerking met Brusano en Vivalis afstemmen, om te zorgen "
            "voor complementariteit en afstemming op de thematische kalender. "
            "We nodigen hen uit voor het periodiek overleg."
        ),
        "Wat ga je niet doen?": (
            "• Nieuwe tools ontwikkelen, maar werken met bestaand materiaal.\n"
            "• Dubbel werk of concurrentie creëren met bestaande "
            "initiatieven.\n"
            "• Een top-down aanpak hanteren, maar inzetten op co-creatie en "
            "participatie.\n"
            "• Tijdelijke samenwerkingen opzetten; ons doel is duurzame "
            "netwerkvorming.\n"
            "• Tegenstrijdige boodschappen via gezondheids- en "
            "welzijnsprofessionals naar de bevolking sturen."
        ),
        "Waarom?": (
            "Er bestaan al veel initiatieven rond preventie in de "
            "eerstelijnszone, maar deze zijn vaak gefragmenteerd en "
            "onvoldoende op elkaar afgestemd. Door een preventienetwerk op te "
            "bouwen, versterken we de samenwerking tussen Nederlandstalige, "
            "Franstalige en tweetalige partners. Zo bundelen we krachten, "
            "vullen we hiaten in het aanbod aan en zetten we efficiënter en "
            "gerichter in op preventie, te beginnen met vaccinatie als "
            "concrete, tastbare insteek. Gezond in Brussel en Brusano zijn "
            "hierin belangrijke structurele partners."
        ),
        "Voor wie?": (
            "• (Lokale) gezondheids- en welzijnsprofessionals\n"
            "• Relevante (lokale) actoren/sleutelfiguren zoals bv. "
            "coördinatoren van buurtwerkingen, straathoekwerkers …\n"
            "• Preventiemedewerkers hulp- en zorgzones"
        ),
        "Trekker": (
            "BruZEL is trekker, in samenwerking met Gezond in Brussel  en "
            "Brusano\n"
            "Verantwoordelijkheid BruZEL:\n"
            "• Creëren van een overzicht van beschikbare tools.\n"
            "• Organiseren van periodiek overleg met Gezond in Brussel en "
            "Brusano\n"
            "• Aansturen en coördineren van partners binnen "
            "vaccinatieprojecten op wijkniveau."
        ),
        "Stakeholders": (
            "Gezond in Brussel, Vivalis, preventiemedewerkers Brusano "
            "(regionaal niveau, niveau hulp- en zorgzones)\n"
            "• Lokale actoren die inzetten op gezondheidsbevordering en "
            "preventie  in het kader van de thematische overleggroepen van "
            "Brusano hieromtrent voor de 5 hulp- en zorgzones.\n"
            "BruZEL heeft met een aantal gemeenten, OCMW's, gemeentelijke "
            "wijkwerkingen en/of sociale coördinaties een constructieve "
            "samenwerking opgezet i.h.k.v. van verschillende acties "
            "(zorgwijkoverleg, hulp- en zorgzones, Ontmoetingsfestival ...). "
            "Waar nuttig en mogelijk blijft BruZEL samenwerking en/of "
            "afstemming nastreven."
        ),
        "Plan van aanpak en mijlpalen": (
            "1. Inventarisatie (Q4 2025): We verzamelen bestaande tools (per "
            "thema) en brengen partners in kaart.\n"
            "2. Opstart overleg & netwerkversterking (Q1 2026): We organiseren "
            "het eerste periodieke overleg met Gezond in Brussel en Brusano. "
            "Via bestaande overlegstructuren betrekken we partners actief bij "
            "het testmoment van de verzamelde tools.\n"
            "3. Wijkgericht pilootproject (Q2 – Q3 2026): We werken het "
            "project uit met een werkgroep en voeren het vaccinatieproject uit "
            "in 1-2 wijken in samenwerking met lokale partners.\n"
            "4. Evaluatie en bijsturing (Q4 2026): We evalueren het proces en "
            "de resultaten van het pilootproject om de strategie verder te "
            "verfijnen.\n"
            "5. Verduurzaming: We delen resultaten en streven naar de "
            "verankering van het preventienetwerk in de lokale "
            "overlegstructuren."
        ),
        "Personeelscapaciteit (VTE)": "0,4 VTE",
        "Procesevaluatie": "☒",
        "Indicatoren procesevaluatie": (
            "• Aantal georganiseerde overlegmomenten met Gezond in Brussel en "
            "Brusano (minstens 3).\n"
            "• Aantal partners en diversiteit van deelnemers aan de "
            "overlegmomenten op zone- en wijkniveau.\n"
            "• Aantal gemaakte en uitgevoerde samenwerkingsafspraken (bv. rond "
            "de thematische kalender)."
        ),
        "Resultaatgerichte evaluatie (output)": "☒",
        "Indicatoren resultaatgerichte evaluatie": (
            "• Aantal beschikbare tools die per doelgroep beschikbaar zijn "
            "gesteld.\n"
            "• Aantal bereikte partners en wijken binnen het "
            "vaccinatieproject.\n"
            "• Bereik (aantal bereikte inwoners) en tevredenheid van "
            "deelnemers aan de acties."
        ),
    },
]

DOELSTELLINGEN = [
    {
        "SD": "SD 3",
        "Strategische doelstelling": (
            "De Brusselaar vindt in de meest nabije leefomgeving gezondheids- "
            "en welzijnszorg op maat"
        ),
        "OD": "OD 3.1",
        "Operationele doelstelling": (
            "BruZEL faciliteert en ondersteunt lokaal overleg en "
            "interdisciplinaire samenwerking tussen gezondheids- en "
            "welzijnsprofessionals in het tweetalige gebied Brussel-Hoofdstad."
        ),
    },
    {
        "SD": "SD 3",
        "Strategische doelstelling": (
            "De Brusselaar vindt in de meest nabije leefomgeving gezondheids- "
            "en welzijnszorg op maat"
        ),
        "OD": "OD 3.3",
        "Operationele doelstelling": (
            "BruZEL reikt gezondheids- en welzijnsprofessionals handvatten aan "
            "om hun aanbod toegankelijker te maken voor de Brusselaar in "
            "kwetsbare levensomstandigheden"
        ),
    },
    {
        "SD": "SD 3",
        "Strategische doelstelling": (
            "De Brusselaar vindt in de meest nabije leefomgeving gezondheids- "
            "en welzijnszorg op maat"
        ),
        "OD": "OD 3.4",
        "Operationele doelstelling": (
            "BruZEL zet waar mogelijk in op toegang tot correcte en "
            "begrijpbare informatie, zowel voor de Brusselse gezondheids- en "
            "welzijnsprofessional als voor de Brusselaar."
        ),
    },
    {
        "SD": "SD 4",
        "Strategische doelstelling": (
            "De Brusselaar en/of diens mantelzorger heeft de handvaten om "
            "zelfstandig de weg te vinden in het Brusselse gezondheids- en "
            "welzijnslandschap."
        ),
        "OD": "OD 4.1",
        "Operationele doelstelling": (
            "BruZEL zet in op de gezondheidsvaardigheden van de Brusselaar "
            "en/of diens mantelzorger met een bijzondere aandacht voor de "
            "Brusselaar in kwetsbare levensomstandigheden."
        ),
    },
    {
        "SD": "SD 5",
        "Strategische doelstelling": (
            "BruZEL zet in op gezondheidsbevordering en ziektepreventie met "
            "een bijzondere aandacht voor de Brusselaar in kwetsbare "
            "levensomstandigheden."
        ),
        "OD": "OD 5.1",
        "Operationele doelstelling": (
            "BruZEL versterkt de samenwerking met alle Brusselse partners in "
            "gezondheidsbevordering en ziektepreventie en in het bijzonder met "
            "Gezond in Brussel (voorheen Logo Brussel)."
        ),
    },
]

# Vertical merges: (sheet_name, column_header, first_index, last_index),
# 0-based indices into the corresponding list above. In the source the
# steering groups "Algemene vergadering | Zorgnet Icuro" (index 15) and
# "Algemene vergadering | SOM" (index 16) share one "Concrete doelstelling"
# cell; the text is stored only in the Zorgnet Icuro row.
MERGES = [
    ("Stuurgroepen", "Concrete doelstelling", 15, 16),
]
