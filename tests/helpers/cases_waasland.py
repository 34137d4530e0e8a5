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
