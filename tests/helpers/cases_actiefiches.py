"""Cases for rules/common/actiefiches.py. Valid plan: fiche 0 (row 4) SD 3 / OD 3.1, 0,6 VTE, ☒ proces with
indicators, ☐ output; fiche 1 (row 5) SD 4 / OD 4.1, 0,5 VTE, ☐ proces, ☒ output with indicators.
Columns: A SD, B OD, C Titel actie, D Wat?, G Waarom?, K Plan, L VTE, M Proces, N its indicators,
O Output, P its indicators."""

from cases import Case, set_cell

F = "Actiefiches"
PROCES, PROCES_IND = "Procesevaluatie", "Indicatoren procesevaluatie"
OUTPUT, OUTPUT_IND = "Resultaatgerichte evaluatie (output)", "Indicatoren resultaatgerichte evaluatie"


def _fiche(index, **values):
    def mutate(rows):
        rows[F][index].update(values)

    return mutate


def _set(index, header, value):
    return set_cell(F, index, header, value)


PLAN_2027 = (
    "STAP 1: werkgroep samenstellen (januari 2026)\nSTAP 2: piloot in twee wijken (najaar 2026)\n"
    "STAP 3: uitrol in alle wijken (voorjaar 2027)"
)
PLAN_OK = (
    "STAP 1: werkgroep samenstellen (najaar 2025)\nSTAP 2: overlegmodel (februari 2026)\n"
    "STAP 3: inzichten meenemen naar het meerjarenplan 2027-2032 (najaar 2026)"
)

def _numbering(doel, fiches):
    """Doelstellingen's (SD, OD) codes and the fiches' (SD, OD) codes, each row in order."""

    def mutate(rows):
        for row, (sd, od) in zip(rows["Doelstellingen"], doel):
            row.update(SD=sd, OD=od)
        for row, (sd, od) in zip(rows[F], fiches):
            row.update(SD=sd, OD=od)

    return mutate


CASES = [
    Case("fiche-od-onbekend", "OD not in Doelstellingen", _set(0, "OD", "3.2"), {(F, "B4")}),
    Case("fiche-od-onbekend", "OD written differently passes", _set(0, "OD", "3.1."), set()),
    Case("fiche-od-andere-sd", "OD of another SD", _set(1, "SD", "3"), {(F, "A5")}),
    Case("fiche-od-andere-sd", "SD written differently passes", _set(1, "SD", "SD4"), set()),
    Case("fiche-od-andere-sd", "SD 01 in Doelstellingen, SD 1 on the fiche passes", _numbering([("SD 01", "1.1"), ("SD 02", "2.1")], [("SD 1", "OD 1.1"), ("2", "02.1.")]), set()),
    Case("fiche-od-andere-sd", "ODs numbered OD 1, OD 2: the sheet's SD counts", _numbering([("SD 3", "OD 1"), ("SD 4", "OD 2")], [("SD 4", "OD 1"), ("SD 4", "OD 2")]), {(F, "A4")}),
    Case("fiche-od-andere-sd", "ODs numbered OD 1, OD 2 pass", _numbering([("SD 3", "OD 1"), ("SD 4", "OD 2")], [("SD 3", "OD 1"), ("SD 4", "2")]), set()),
    Case("fiche-od-onbekend", "three levels pass", _numbering([("SD 1", "1.1.1"), ("SD 1", "1.1.2")], [("SD 1", "OD 1.1.1"), ("1", "1.1.2.")]), set()),
    Case("fiche-od-onbekend", "three levels: a two-level code is unknown", _numbering([("SD 1", "1.1.1"), ("SD 1", "1.1.2")], [("SD 1", "1.1"), ("1", "1.1.2")]), {(F, "B4")}),
    Case("fiche-vte-bereik", "zero VTE", _set(0, "Personeelscapaciteit (VTE)", "0"), {(F, "L4")}),
    Case("fiche-vte-bereik", "more than A", _set(0, "Personeelscapaciteit (VTE)", 7), {(F, "L4")}),
    Case("fiche-vte-bereik", "small but positive passes", _set(0, "Personeelscapaciteit (VTE)", "0,05 VTE"), set()),
    Case("fiche-evaluatie-geen", "indicators but no tick", _set(0, PROCES, "☐"), {(F, "M4")}),
    Case("fiche-evaluatie-geen", "output indicators but no tick: at the output box", _set(1, OUTPUT, "nee"), {(F, "O5")}),
    Case("fiche-evaluatie-geen", "nothing at all", _fiche(0, **{PROCES: None, PROCES_IND: None}), {(F, "M4")}),
    Case("fiche-evaluatie-geen", "one tick is enough", _fiche(0, **{PROCES: "nee", OUTPUT: "ja", OUTPUT_IND: "Aantal deelnemers"}), set()),
    Case("fiche-evaluatie-zonder-indicatoren", "ticked output without indicators", _set(1, OUTPUT_IND, None), {(F, "P5")}),
    Case("fiche-evaluatie-zonder-indicatoren", "whitespace is no indicator", _set(0, PROCES_IND, "  "), {(F, "N4")}),
    Case("fiche-evaluatie-zonder-indicatoren", "unticked box without indicators passes", _set(0, OUTPUT, "☐"), set()),
    Case("fiche-indicatoren-zonder-vinkje", "output indicators, output not ticked", _set(0, OUTPUT_IND, "Aantal overlegmomenten"), {(F, "O4")}),
    Case(
        "fiche-indicatoren-zonder-vinkje",
        "nothing ticked is fiche-evaluatie-geen, not this",
        _fiche(0, **{PROCES: "☐", OUTPUT_IND: "Aantal overlegmomenten"}),
        set(),
    ),
    Case("fiche-ifp", "fiche for the IFP", _set(0, "Titel actie", "Rol van BruZEL in het IFP"), {(F, "C4")}),
    Case("fiche-ifp", "written out", _set(0, "Titel actie", "Voorbereiding Interfederaal Plan geïntegreerde zorg"), {(F, "C4")}),
    Case(
        "fiche-ifp",
        "IFP mentioned in Waarom? passes",
        _set(0, "Waarom?", "Dit sluit aan bij de prioritaire doelgroepen van het IFP en bij de omgevingsanalyse van 2024 in onze zone."),
        set(),
    ),
    Case("fiche-hoort-elders", "the next multi-year plan", _set(0, "Titel actie", "Opmaak meerjarenplan 2027-2032"), {(F, "C4")}),
    Case("fiche-hoort-elders", "a newsletter", _set(1, "Titel actie", "Maandelijkse nieuwsbrief"), {(F, "C5")}),
    Case("fiche-hoort-elders", "steering groups", _set(1, "Titel actie", "Trekken van stuurgroepen"), {(F, "C5")}),
    Case(
        "fiche-hoort-elders",
        "Wat? mentions the next multi-year plan",
        _set(0, "Wat?", "De inzichten vormen de basis om het netwerk vanaf 2027 verder te versterken binnen ons meerjarenplan 2027–2032."),
        set(),
    ),
    Case("fiche-doorlopende-actie", "fiche copies an ongoing action", _set(0, "Titel actie", "Workshops inclusieve zorg organiseren"), {(F, "C4")}),
    Case("fiche-doorlopende-actie", "same short title", lambda r: (r["Doorlopende acties"][0].update({"Titel + jaar actiefiche": "Zorgwijkoverleg (2025)"}), r[F][1].update({"Titel actie": "Zorgwijkoverleg"})), {(F, "C5")}),
    Case("fiche-doorlopende-actie", "one shared word passes", _set(0, "Titel actie", "Workshops over dementie in de wijk"), set()),
    Case("fiche-mijlpaal-na-werkjaar", "milestone in 2027", _set(0, "Plan van aanpak en mijlpalen", PLAN_2027), {(F, "K4")}),
    Case("fiche-mijlpaal-na-werkjaar", "2025 and the next multi-year plan pass", _set(0, "Plan van aanpak en mijlpalen", PLAN_OK), set()),
    Case("fiche-tekst-kort", "short Waarom?", _set(0, "Waarom?", "Belangrijk thema."), {(F, "G4")}),
    Case("fiche-tekst-kort", "two short fields", _fiche(1, **{"Wat?": "Fiches updaten.", "Plan van aanpak en mijlpalen": "Voorjaar: evaluatie."}), {(F, "D5"), (F, "K5")}),
    Case("fiche-tekst-kort", "exactly the minimum passes", _set(0, "Waarom?", "x" * 25), set()),
    # issue 21 (RJ): a short text is no defect by itself ("Geef een beknopt plan"), a few words are
    Case("fiche-tekst-kort", "a concise plan of dated steps passes", _set(0, "Plan van aanpak en mijlpalen", "Maart: werkgroep; juni en oktober: sessie."), set()),
    Case("fiche-tekst-kort", "a one-line reason with its source passes", _set(0, "Waarom?", "Valincidenten nemen toe (cijfers huisartsenkring)."), set()),
    Case("fiche-tekst-kort", "a few words say nothing", _set(0, "Plan van aanpak en mijlpalen", "Najaar: vorming."), {(F, "K4")}),
    Case("fiche-meerjarig", "an age range is no period", _set(0, "Waarom?", "De jeugddienst ziet meer psychische klachten bij 16- tot 23-jarigen in onze gemeenten."), set()),
    Case("fiche-meerjarig", "an age is no period", _set(0, "Wat?", "Een 70-jarige vrijwilliger bezoekt samen met de thuisverpleging alleenwonende ouderen."), set()),
    Case("fiche-indicator-meetmethode", "registrations are a method", _set(0, PROCES_IND, "Aantal deelnemers per sessie (inschrijvingen via de website)"), set()),
    Case("fiche-indicator-meetmethode", "the figures of a named source are a method", _set(0, PROCES_IND, "Deelname aan de griepvaccinatie (cijfers van de huisartsenkring)"), set()),
    Case("fiche-indicator-meetmethode", "a yearly report is a method", _set(0, PROCES_IND, "Wachttijd voor een eerste gesprek (jaarrapport van het CGG)"), set()),
    Case("doelstellingen-ontbreken", "fiches but no objectives", lambda r: r.update({"Doelstellingen": []}), {("Doelstellingen", None)}),
    Case("doelstellingen-ontbreken", "no usable OD code", lambda r: [d.update({"OD": "zie meerjarenplan"}) for d in r["Doelstellingen"]], {("Doelstellingen", None)}),
    Case("doelstellingen-ontbreken", "one usable objective is enough", set_cell("Doelstellingen", 1, "OD", "zie meerjarenplan"), set()),
    Case("doelstellingen-ontbreken", "no fiches, no objectives needed", lambda r: r.update({"Doelstellingen": [], F: []}), set()),
    Case("fiche-tekst-kort", "a placeholder is cel-plaatshouder, not this", _set(0, "Waarom?", "nvt"), set()),
    Case("fiche-meerjarig", "a multi-year project", _set(0, "Wat?", "We starten een meerjarig project rond valpreventie in de wijken, samen met partners uit de eerste lijn."), {(F, "D4")}),
    Case("fiche-meerjarig", "a term of three years", _set(1, "Wat ga je wel doen?", "Een traject opzetten met een looptijd van drie jaar."), {(F, "E5")}),
    Case(
        "fiche-meerjarig",
        "a Flemish policy priority is the exception",
        _fiche(0, **{"Wat?": "We starten een meerjarig project rond valpreventie in de wijken, samen met partners uit de eerste lijn.", "Waarom?": "Valpreventie is een Vlaamse beleidsprioriteit, opgelegd door de minister; de omgevingsanalyse toont de nood in onze zone."}),
        set(),
    ),
    Case("fiche-later-jaar", "a year after the working year", _set(0, "Wat?", "We bouwen het preventienetwerk in 2026 op; de resultaten stellen we in 2027 voor aan de partners van de zone."), {(F, "D4")}),
    Case("fiche-later-jaar", "the next multi-year plan passes", _set(0, "Wat?", "De inzichten vormen de basis om het netwerk verder te versterken binnen ons meerjarenplan 2027-2032."), set()),
    Case(
        "fiche-mijlpaal-na-werkjaar",
        "a Flemish policy priority may run on",
        _fiche(0, **{"Plan van aanpak en mijlpalen": PLAN_2027, "Waarom?": "Dit project kadert in een Vlaamse beleidsprioriteit die de minister oplegde; zie ook de omgevingsanalyse van de zone."}),
        set(),
    ),
    Case("fiche-andere-middelen-deels", "financed by others, how much not said", _set(0, "Wat?", "Dit project wordt gefinancierd door de VGC en loopt in drie wijken van de eerstelijnszone in Brussel."), {(F, "D4")}),
    Case("fiche-andere-middelen-deels", "funding of the past passes", _set(0, "Waarom?", "De fiches werden ontwikkeld in 2013 en geüpdatet in 2021 (met projectmiddelen van de VGC). Nu zijn ze opnieuw aan vernieuwing toe."), set()),
    Case("fiche-andere-middelen-deels", "funding in the working year fires", _set(0, "Waarom?", "De fiches werden in 2021 geüpdatet. In 2026 betalen we de actualisatie met projectmiddelen van de VGC."), {(F, "G4")}),
    Case("fiche-andere-middelen-deels", "regular means pass", _set(0, "Wat?", "We organiseren dit met de reguliere middelen van de zorgraad, in drie wijken van de eerstelijnszone in Brussel."), set()),
    Case("fiche-waarom-link", "no link at all", _set(0, "Waarom?", "Er bestaan al veel initiatieven rond preventie in de zone, maar ze zijn versnipperd en slecht op elkaar afgestemd."), {(F, "G4")}),
    Case("fiche-waarom-link", "a Flemish health objective", _set(1, "Waarom?", "De actie draagt bij aan de Vlaamse gezondheidsdoelstelling rond vaccinatie; de versnippering van het aanbod remt dat af."), set()),
    Case("fiche-meerjarig", "a term in digits", _set(0, "Wat?", "We starten een 3-jarig project met de basisscholen rond gezonde tussendoortjes."), {(F, "D4")}),
    Case("fiche-indicator-meetmethode", "counts without a method", _set(0, PROCES_IND, "Aantal georganiseerde overlegmomenten (minstens 3)"), {(F, "N4")}),
    Case("fiche-indicator-meetmethode", "Microsoft Forms is a method", _set(0, PROCES_IND, "Tevredenheid van de deelnemers via Microsoft Forms (minstens 80%)"), set()),
    Case("fiche-indicator-streefdoel", "no number anywhere", _set(1, OUTPUT_IND, "Aantal keer gedownload (websitestatistiek); tevredenheid gebruikers (bevraging)"), {(F, "P5")}),
    Case("fiche-indicator-streefdoel", "a target in words passes", _set(1, OUTPUT_IND, "Tevredenheid van alle gebruikers (bevraging)"), set()),
    Case("fiche-mijlpalen-tijd", "steps without any date pass (issue 21)", _set(0, "Plan van aanpak en mijlpalen", "We starten een werkgroep, maken een overlegmodel en organiseren drie overlegmomenten op wijkniveau."), set()),
    Case("fiche-mijlpalen-tijd", "only last year", _set(1, "Plan van aanpak en mijlpalen", "STAP 1: evaluatie (voorjaar 2025)\nSTAP 2: actualisatie (zomer 2025)\nSTAP 3: lancering (15/10/2025)"), {(F, "K5")}),
    Case("fiche-mijlpalen-tijd", "last year and months of this year pass", _set(0, "Plan van aanpak en mijlpalen", "STAP 1: werkgroep samenstellen (najaar 2025)\nSTAP 2: overlegmodel (januari-februari)\nSTAP 3: overlegmomenten (Q2)"), set()),
    Case("fiche-trekker-verantwoordelijkheid", "another actor, nothing about the zorgraad", _set(0, "Trekker", "Brusano"), {(F, "I4")}),
    Case("fiche-trekker-verantwoordelijkheid", "the zorgraad's part said", _set(0, "Trekker", "Brusano; BruZEL staat in voor de communicatie"), set()),
    Case("fiche-trekker-verantwoordelijkheid", "the zorgraad itself", _set(1, "Trekker", "BruZEL"), set()),
    Case("fiche-doelgroep-generiek", "only generic words", _set(0, "Voor wie?", "Gezondheids- en welzijnsprofessionals"), {(F, "H4")}),
    Case("fiche-doelgroep-generiek", "an explicit group passes", _set(0, "Voor wie?", "Huisartsen en apothekers in Schaarbeek"), set()),
    Case("fiche-hoort-elders", "a working group (template words)", _set(0, "Titel actie", "Werkgroep dementievriendelijke wijk"), {(F, "C4")}),
    Case("fiche-hoort-elders", "the website", _set(1, "Titel actie", "Vernieuwing van de website"), {(F, "C5")}),
]
