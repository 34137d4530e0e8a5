"""Cases for rules/common/capaciteit.py. The valid plan: A=6 (C4), B..F = 0,5+1,5+1,5+1,2+1,1 = 5,8
(C5..C9), total row 5,8 (C10); fiches 0,6 + 0,5 = 1,1."""

from cases import Case, set_cell

VTE = "Geschatte capaciteit in # VTE"


def _cap(index, value):
    return set_cell("Capaciteit", index, VTE, value)


def _no_total(rows):
    rows["Capaciteit"] = [r for r in rows["Capaciteit"] if r["Code"] != "B + C + D + E + F"]


def _then(*mutations):
    def mutate(rows):
        for m in mutations:
            m(rows)

    return mutate


CASES = [
    Case("capaciteit-f-som-fiches", "F differs from the fiches", _cap(5, 1.2), {("Capaciteit", "C9")}),
    Case("capaciteit-f-som-fiches", "a fiche changed, F not", set_cell("Actiefiches", 1, "Personeelscapaciteit (VTE)", "0,4"), {("Capaciteit", "C9")}),
    Case("capaciteit-f-som-fiches", "within 0,01 passes", _cap(5, "1,105"), set()),
    Case("capaciteit-boven-a", "B..F above A, at the total", _cap(0, 5.5), {("Capaciteit", "C10")}),
    Case("capaciteit-boven-a", "B..F above A, no total row: at A", _then(_no_total, _cap(0, 5.5)), {("Capaciteit", "C4")}),
    Case("capaciteit-boven-a", "equal to A is not above", _cap(0, 5.8), set()),
    Case("capaciteit-gelijk-a", "no margin left", _cap(0, 5.8), {("Capaciteit", "C10")}),
    Case("capaciteit-gelijk-a", "a small margin passes", _cap(0, 5.85), set()),
    Case("capaciteit-onder-a", "B..F below 85% of A", _cap(0, 7), {("Capaciteit", "C10")}),
    Case("capaciteit-onder-a", "just above 85% passes", _cap(0, 6.8), set()),
    Case("capaciteit-totaal", "total row does not add up", _cap(6, 5.9), {("Capaciteit", "C10")}),
    Case("capaciteit-totaal", "no total row passes", _no_total, set()),
    Case("capaciteit-totaal", "total in text notation passes", _cap(6, "5,8 VTE"), set()),
    Case("capaciteit-tabellen", "C = 0 next to network events", _cap(2, 0), {("Capaciteit", "C6")}),
    Case("capaciteit-tabellen", "D = 0 next to steering groups", _cap(3, "0 VTE"), {("Capaciteit", "C7")}),
    Case("capaciteit-tabellen", "E > 0 without ongoing actions", lambda r: r.update({"Doorlopende acties": []}), {("Capaciteit", "C8")}),
    Case("capaciteit-tabellen", "C > 0 without events passes (C is also communication)", lambda r: r.update({"Netwerkevents": []}), set()),
    Case("capaciteit-marge-ifp", "0,1 VTE margin of 5,9", _cap(0, 5.9), {("Capaciteit", "C10")}),
    Case("capaciteit-marge-ifp", "3,2% margin passes", _cap(0, 5.99), set()),
    Case("capaciteit-marge-ifp", "no margin at all is capaciteit-gelijk-a, not this", _cap(0, 5.8), set()),
]
