"""Cases for what an outside tester found on a plan of another zorgraad (issue 21, after the
rules landed): each point with a firing case and a near miss, in texts written for these tests (not
the tester's and not the example's), on the valid plan moved to a zorgraad outside Brussels.

Valid plan: fiche 0 is Actiefiches row 4, fiche 1 row 5 (C Titel actie, D Wat?, E Wat ga je wel
doen?, G Waarom?, N Indicatoren procesevaluatie, P Indicatoren resultaatgerichte evaluatie);
Doorlopende acties row 4 (C Verduurzaming + blijvende inzet).
"""

from cases import Case
from cases_inhoud import F, TITEL, WAAROM, WAT, WEL, cell, kempen

D = "Doorlopende acties"
INZET = "Verduurzaming + blijvende inzet"
PROCES, PROCES_IND = "Procesevaluatie", "Indicatoren procesevaluatie"
OUTPUT, OUTPUT_IND = "Resultaatgerichte evaluatie (output)", "Indicatoren resultaatgerichte evaluatie"

# a fiche about sitting in a steering group of others: one finding on its title
SITTING_IN = kempen(cell(F, 1, TITEL, "Deelname aan de stuurgroep van het regionale ziekenhuisnetwerk"))

CASES = [
    # point 1: an action that started in an earlier year and continues
    Case("fiche-eerdere-actie", "continued, the verb split around a relative clause", kempen(cell(F, 0, WAT, "We zetten het buddyproject dat we in 2025 met de OCMW's uitrolden verder in Mol en Balen.")), {(F, "D4")}),
    Case("fiche-eerdere-actie", "launched in an earlier year (the year first)", kempen(cell(F, 1, WEL, "Het buddyproject werd in 2025 gelanceerd en wordt dit jaar uitgebreid naar twee gemeenten.")), {(F, "E5")}),
    Case("fiche-eerdere-actie", "started in an earlier year, continued this year", kempen(cell(F, 1, WAT, "Deze aanpak werd in 2024 opgestart en wordt in 2026 voortgezet in twee extra scholen.")), {(F, "D5")}),
    Case("fiche-eerdere-actie", "ran before and continues (Waarom?)", kempen(cell(F, 0, WAAROM, "De praatgroepen liepen in 2024 en 2025 en worden in 2026 voortgezet op vraag van de deelnemers.")), {(F, "G4")}),
    Case("fiche-eerdere-actie", "continued from the previous action plan", kempen(cell(F, 1, WAT, "Uit het vorige actieplan zetten wij de vorming rond valpreventie voort in Herentals.")), {(F, "D5")}),
    Case("fiche-eerdere-actie", "a title that ends in ', vervolg'", kempen(cell(F, 1, TITEL, "Buddywerking voor jonge mantelzorgers, vervolg")), {(F, "C5")}),
    Case("fiche-eerdere-actie", "starting this year passes", kempen(cell(F, 0, WAT, "We starten in 2026 met een praatgroep voor jonge mantelzorgers in Turnhout.")), set()),
    Case("fiche-eerdere-actie", "following up participants passes", kempen(cell(F, 0, WEL, "Een opvolging van de deelnemers in het najaar, met een korte bevraging.")), set()),
    Case("fiche-eerdere-actie", "a finding of an earlier year passes", kempen(cell(F, 0, WAT, "In 2024 bleek uit de omgevingsanalyse dat jonge mantelzorgers geen aanbod vinden; daarom starten we een praatgroep.")), set()),
    Case("fiche-eerdere-actie", "building on a survey of an earlier year passes", kempen(cell(F, 0, WAT, "We bouwen verder op de bevraging van 2025 en maken een wegwijzer voor jonge mantelzorgers.")), set()),
    Case("fiche-eerdere-actie", "continuing without an earlier year passes", kempen(cell(F, 0, WEL, "Na de startdag zetten de scholen de gesprekken met de leerlingen zelf verder.")), set()),
    Case("fiche-eerdere-actie", "an earlier year in the sentence after the verb passes", kempen(cell(F, 0, WAAROM, "De gemeente zet haar eigen werking verder. In 2024 telden we 40 jonge mantelzorgers.")), set()),
    Case("fiche-eerdere-actie", "the multi-year plan's period is no earlier year", kempen(cell(F, 0, WAAROM, "We zetten zo de lijn van het meerjarenplan 2024-2026 verder.")), set()),
    Case("fiche-eerdere-actie", "a title with 'vervolg' inside passes", kempen(cell(F, 1, TITEL, "Vervolgafspraken na ziekenhuisontslag")), set()),
    # point 2: one finding per cell: fiche-hoort-elders yields to fiche-deelname-overleg
    Case("fiche-hoort-elders", "taking part in a steering group is said once, by fiche-deelname-overleg", SITTING_IN, set()),
    Case("fiche-deelname-overleg", "taking part in a steering group (title)", SITTING_IN, {(F, "C5")}),
    Case("fiche-hoort-elders", "a steering group the zorgraad runs still gets it", kempen(cell(F, 1, TITEL, "Stuurgroep hittegolfplan: opvolging van de gemeentelijke draaiboeken")), {(F, "C5")}),
    # point 3: a handover answers whether lasting effort is needed
    Case("doorlopend-blijvende-inzet", "a handover, the verb split around its object, passes", kempen(cell(D, 0, INZET, "De lokale dienstencentra nemen de begeleiding van de wandelgroepen na 2026 over.")), set()),
    Case("doorlopend-blijvende-inzet", "taking part is no handover", kempen(cell(D, 0, INZET, "De lokale dienstencentra nemen deel aan de evaluatie van de wandelgroepen.")), {(D, "C4")}),
    Case("doorlopend-blijvende-inzet", "'over' in the next sentence is no handover", kempen(cell(D, 0, INZET, "De dienstencentra nemen de resultaten mee. We praten er later over.")), {(D, "C4")}),
    # point 4: the indicators of a fiche judged together; a named source is a method
    Case("fiche-indicator-meetmethode", "neither column names a method", kempen(cell(F, 0, PROCES_IND, "Aantal bereikte scholen"), cell(F, 0, OUTPUT, "☒"), cell(F, 0, OUTPUT_IND, "Aantal leerkrachten die het lespakket gebruiken")), {(F, "N4")}),
    Case("fiche-indicator-meetmethode", "the other column names its source", kempen(cell(F, 0, PROCES_IND, "Aantal bereikte scholen"), cell(F, 0, OUTPUT, "☒"), cell(F, 0, OUTPUT_IND, "Aantal doorverwijzingen naar de tandarts volgens de OCMW's")), set()),
    Case("fiche-indicator-meetmethode", "'vervolgens' is no source", kempen(cell(F, 0, PROCES_IND, "Aantal bereikte scholen, vervolgens het aantal klassen")), {(F, "N4")}),
    # point 6: a compound Flemish objective is a link
    Case("fiche-waarom-link", "a Flemish compound objective passes", kempen(cell(F, 0, WAAROM, "Gezond eten op school is een Vlaamse voedingsdoelstelling voor jongeren.")), set()),
    Case("fiche-waarom-link", "a compound objective that is not Flemish", kempen(cell(F, 0, WAAROM, "Het sluit aan bij de voedingsdoelstelling van onze eigen werkgroep.")), {(F, "G4")}),
]
