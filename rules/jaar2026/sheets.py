"""The sheets of this year's template and their columns: the one definition that the loader, the
schemas, the blank template and the documentation all read.

Headers are the template's own words; ``help`` is the template's instruction for that column,
condensed to fit an Excel input message (255 characters).
"""

from __future__ import annotations

from actieplan.api import JANEE, NUMBER, OD, SD, TICK, Column, Settings, SheetSpec


def sheet_specs(s: Settings) -> tuple[SheetSpec, ...]:
    jaar = s.werkjaar
    return (
        SheetSpec(
            "Algemeen",
            f"Actieplan {jaar}: algemene gegevens",
            (
                Column("Veld", help="Naam van het gegeven (laat deze kolom ongewijzigd).", width=22),
                Column("Waarde", help="Vul het gegeven in.", width=50, may_be_empty=True),
            ),
            intro="Eén rij per gegeven: Zorgraad, Andere namen, Werkjaar, Meerjarenplan, Contactpersoon, "
            "E-mail, Datum indiening, Sjabloon. Andere namen: de andere namen van de zorgraad, met komma's "
            "gescheiden (afkorting, teamnamen, de organisatie waarin de zorgraad ingebed is); een trekker "
            "met een van die namen is de zorgraad.",
            fields=True,
            formulas=True,
            when_empty="Vul de algemene gegevens in.",
        ),
        SheetSpec(
            "Capaciteit",
            "Overzicht capaciteitsplanning",
            (
                Column("Code", help="A tot F, en de totaalrij B + C + D + E + F.", width=16),
                Column("Onderdeel", help="Het onderdeel van de tijdsbesteding van het personeel.", width=60, may_be_empty=True),
                Column(
                    "Geschatte capaciteit in # VTE",
                    kind=NUMBER,
                    help="Geschatte capaciteit in VTE (bv. 1,5). Enkel personeel van de zorgraad, niet de "
                    "vrijwillige inzet van bestuurders of leden van de AV.",
                    width=18,
                ),
                Column(
                    "Opmerkingen",
                    required=False,
                    help="Bv. al geweten dat er langdurig mindere capaciteit is door ziekte, ….",
                    width=50,
                ),
            ),
            intro="De volledige tijdsbesteding van het personeel van de zorgraad. Er kan geen reguliere "
            "werking bestaan buiten de categorieën B-F. Het is een goede praktijk de planning niet 100% "
            "te vullen, maar wat marge te voorzien.",
            formulas=True,
            when_empty="Vul de capaciteit in voor de codes A tot F.",
        ),
        SheetSpec(
            "Stuurgroepen",
            "Overzicht stuurgroepen",
            (
                Column("Naam en/of thema", help="Wat is de titel of rond welk thema werkt de stuurgroep?", width=34),
                Column("Trekker", help="Wie trekt de stuurgroep? Dit kan de zorgraad zelf zijn of een andere actor.", width=22),
                Column(
                    "Looptijd en frequentie",
                    help="Hoe lang trekt de zorgraad deze stuurgroep al, neemt hij deel of is hij betrokken "
                    "(bv. Sinds 2022), en hoe vaak komt ze samen per jaar (bv. 3x/jaar)?",
                    width=24,
                ),
                Column(
                    "Concrete doelstelling",
                    help="Aan welke concrete resultaten of doelstelling werkt de stuurgroep (idealiter "
                    "SMART), zodat dit geëvalueerd kan worden in het jaarverslag?",
                    width=50,
                ),
                Column(
                    "Meerwaarde voor de zorgraad",
                    help="De onderbouwing en meerwaarde voor de zorgraad om deze stuurgroep te trekken of "
                    "eraan deel te nemen.",
                    width=40,
                ),
                Column(
                    "Opmerking",
                    required=False,
                    help="Plaats gerust een opmerking om extra toelichting te geven.",
                    width=30,
                ),
            ),
            intro="Terugkerende vergaderingen waar een werknemer, bestuurder of lid van de AV aan "
            "deelneemt als vertegenwoordiger van de zorgraad. Niet: stuurgroepen over een actie met een "
            f"actiefiche in {jaar}, of over een doorlopende actie.",
            unique_key=("Naam en/of thema", "Trekker"),
            title_column="Naam en/of thema",
            row_label="stuurgroep",
            when_empty="Geef de stuurgroepen waarin de zorgraad zetelt.",
        ),
        SheetSpec(
            "Netwerkevents",
            "Overzicht netwerkevents",
            (
                Column(
                    "Titel + format",
                    help="De titel + korte (!) toelichting over het format, bv. online webinar OF "
                    "aangeboden lunch + inhoudelijke spreker OF receptie.",
                    width=34,
                ),
                Column("Frequentie + timing", help="De frequentie en/of timing, bv. 1x/jaar in maart.", width=22),
                Column(
                    "Opkomst",
                    help="De verwachte opkomst, bv. ± 50 gezondheids- en welzijnsprofessionals.",
                    width=26,
                ),
                Column(
                    "Opvolging/evaluatie",
                    help="Hoe wordt het evenement opgevolgd/geëvalueerd (gaan actoren met de informatie of "
                    "gelegde connecties aan de slag?)",
                    width=50,
                ),
                Column(
                    "Link eerdere actiefiche",
                    kind=JANEE,
                    help="Ja of Nee: is dit gelinkt aan een actiefiche uit een eerder actieplan? Eventueel "
                    "gevolgd door een korte toelichting.",
                    width=16,
                ),
                Column(
                    "Opmerking",
                    required=False,
                    help="Plaats gerust een opmerking om extra toelichting te geven.",
                    width=30,
                ),
            ),
            intro=f"De netwerkevents die de zorgraad zal organiseren in {jaar}. Niet: netwerkevents bij een "
            f"actie met een actiefiche in {jaar}, of vergaderingen die horen bij het besturen van een vzw.",
            unique_key=("Titel + format",),
            title_column="Titel + format",
            row_label="netwerkevent",
            when_empty="Geef de netwerkevents die de zorgraad zal organiseren.",
        ),
        SheetSpec(
            "Doorlopende acties",
            "Overzicht doorlopende acties",
            (
                Column(
                    "Titel + jaar actiefiche",
                    help="Titel/thema van de actie + in welk jaar ze in een actiefiche stond, bv. Workshops "
                    "inclusieve zorg (2025, 2024).",
                    width=34,
                ),
                Column(
                    f"Mijlpalen in {jaar}",
                    help=f"Welke verwachte mijlpalen zijn er in {jaar}? Wordt de actie normaal dit jaar afgerond?",
                    width=46,
                    may_be_empty=True,  # empty is a warning (doorlopend-mijlpalen-leeg), not an error
                ),
                Column(
                    "Verduurzaming + blijvende inzet",
                    help="Welke inspanningen worden ondernomen om de actie te verduurzamen? Is er de komende "
                    "jaren blijvende inzet nodig vanuit de zorgraad?",
                    width=50,
                ),
            ),
            intro="Acties uit een eerder actieplan die nog doorlopen, of verduurzaamde projecten waar de "
            "zorgraad nog bij betrokken is. Hiervoor maakt u geen nieuwe actiefiche.",
            unique_key=("Titel + jaar actiefiche",),
            title_column="Titel + jaar actiefiche",
            row_label="doorlopende actie",
            when_empty="Geef de acties uit eerdere actieplannen die nog doorlopen.",
        ),
        SheetSpec(
            "Actiefiches",
            f"Acties {jaar}",
            (
                Column("SD", kind=SD, help="Code van de strategische doelstelling uit het meerjarenplan, bv. SD 3.", width=8),
                Column(
                    "OD",
                    kind=OD,
                    help="Code van de operationele doelstelling, bv. OD 3.1. Kies uit het blad Doelstellingen.",
                    width=10,
                    choices_from="Doelstellingen",
                    choices_message="Kies een operationele doelstelling uit het blad Doelstellingen.",
                ),
                Column("Titel actie", help="De titel van de actie.", width=34),
                Column("Wat?", help="Geef een korte beschrijving van wat je gaat doen.", width=44),
                Column("Wat ga je wel doen?", help="Definieer duidelijk de scope van de actie: wat ga je wel doen?", width=36),
                Column("Wat ga je niet doen?", help="Definieer duidelijk de scope van de actie: wat ga je niet doen?", width=36),
                Column(
                    "Waarom?",
                    help="Waarom deze actie, waarom nu? Maak de link naar de omgevingsanalyse, het lokaal "
                    "sociaal beleid of Vlaamse doelstellingen.",
                    width=44,
                ),
                Column("Voor wie?", help="De doelgroep(en), zo expliciet en concreet mogelijk.", width=30),
                Column(
                    "Trekker",
                    help="Wie is de trekker? Voor welke output of welk onderdeel neemt de zorgraad de "
                    "verantwoordelijkheid op?",
                    width=30,
                ),
                Column("Stakeholders", help="Met welke stakeholders wordt er samengewerkt voor deze actie?", width=30),
                Column(
                    "Plan van aanpak en mijlpalen",
                    help="Een beknopt plan hoe de actie wordt opgezet of aangepakt, met de mijlpalen.",
                    width=50,
                ),
                Column(
                    "Personeelscapaciteit (VTE)",
                    kind=NUMBER,
                    help="Inschatting van de personeelscapaciteit die deze actie vraagt, in VTE (bv. 0,2).",
                    width=14,
                ),
                Column(
                    "Procesevaluatie",
                    kind=TICK,
                    help="☒ als u de actie met een procesevaluatie evalueert. Selecteer minstens één manier van evaluatie.",
                    width=14,
                ),
                Column(
                    "Indicatoren procesevaluatie",
                    required=False,
                    help="De indicatoren, de meetmethode en, indien van toepassing, een streefdoel.",
                    width=40,
                ),
                Column(
                    "Resultaatgerichte evaluatie (output)",
                    kind=TICK,
                    help="☒ als u de actie resultaatgericht (output) evalueert. Selecteer minstens één manier van evaluatie.",
                    width=16,
                ),
                Column(
                    "Indicatoren resultaatgerichte evaluatie",
                    required=False,
                    help="De indicatoren, de meetmethode en, indien van toepassing, een streefdoel.",
                    width=40,
                ),
            ),
            intro=f"Eén rij per actiefiche voor de acties en projecten in {jaar}. Geen fiche voor "
            "stuurgroepen, netwerkevents, doorlopende acties, vzw-administratie, het meerjarenplan, "
            "jaarverslag of volgend actieplan, generieke communicatie of het IFP.",
            unique_key=("Titel actie",),
            title_column="Titel actie",
            row_label="actiefiche",
            when_empty="Maak een rij voor elke actie of elk project van dit werkjaar.",
        ),
        SheetSpec(
            "Doelstellingen",
            f"Doelstellingen meerjarenplan {s.meerjarenplan}",
            (
                Column("SD", kind=SD, help="Code van de strategische doelstelling, bv. SD 3.", width=8),
                Column("Strategische doelstelling", help="De tekst van de strategische doelstelling.", width=50),
                Column("OD", kind=OD, help="Code van de operationele doelstelling, bv. OD 3.1.", width=10),
                Column("Operationele doelstelling", help="De tekst van de operationele doelstelling.", width=60),
            ),
            intro=f"De doelstellingen van het goedgekeurde meerjarenplan {s.meerjarenplan}, één rij per "
            "operationele doelstelling.",
            unique_key=("OD",),
            title_column="Operationele doelstelling",
            row_label="doelstelling",
            when_empty="Neem de doelstellingen van het goedgekeurde meerjarenplan over.",
        ),
    )


# The template's own descriptions of the capacity rows ("Overzicht capaciteitsplanning").
CAPACITEIT_ONDERDELEN = {
    "A": "Totale voorziene personeelscapaciteit VZW in {jaar}, zoals gefinancierd met de reguliere middelen",
    "B": "Administratieve verplichtingen (vzw-verplichtingen, inclusief de organisatie van een AV/BO, "
    "boekhoudkundige verplichtingen, ….) + rapportage aan de overheid.",
    "C": "Organiseren van de netwerkevents zoals opgenomen in onderstaande tabel + alle inzet op communicatie "
    "(nieuwsbrieven, updates website met inhoudelijke info etc.)",
    "D": "Deelname aan vergaderingen, zoals stuurgroepen, (en samenhangende taken zoals vb. verslag maken) zoals "
    "opgenomen in onderstaande tabel en andere vergaderingen (vb. provinciaal overleg tussen zorgraden, ….)",
    "E": "Het opvolgen van acties uit voorgaande jaren zoals opgenomen in onderstaande tabel + ”onderhoud” voor "
    "verduurzaamde projecten zoals opgenomen in onderstaande tabel",
    "F": "De optelsom van de geschatte VTE voor de acties opgenomen in onderstaande actiefiches",
}
