"""Cases for rules/common/algemeen.py (Werkjaar, Meerjarenplan, Datum indiening, E-mail, Sjabloon)."""

from datetime import datetime

from cases import Case, set_cell

# Algemeen rows of the valid plan: 0 Zorgraad (B4), 1 Werkjaar (B5), 2 Meerjarenplan (B6),
# 3 Contactpersoon (B7), 4 E-mail (B8), 5 Datum indiening (B9), 6 Sjabloon (B10).


def _value(index, value):
    return set_cell("Algemeen", index, "Waarde", value)


def _drop_field(veld):
    def mutate(rows):
        rows["Algemeen"] = [r for r in rows["Algemeen"] if r["Veld"] != veld]

    return mutate


CASES = [
    Case("algemeen-werkjaar", "last year's plan", _value(1, 2025), {("Algemeen", "B5")}),
    Case("algemeen-werkjaar", "year in words", _value(1, "volgend jaar"), {("Algemeen", "B5")}),
    Case("algemeen-werkjaar", "year typed as text passes", _value(1, " 2026 "), set()),
    Case("algemeen-meerjarenplan", "next plan's period", _value(2, "2027-2032"), {("Algemeen", "B6")}),
    Case("algemeen-meerjarenplan", "period containing the year but not approved", _value(2, "2021-2026"), {("Algemeen", "B6")}),
    Case("algemeen-meerjarenplan", "not a period", _value(2, "het huidige"), {("Algemeen", "B6")}),
    Case("algemeen-meerjarenplan", "spaces and en dash pass", _value(2, "2024 – 2026"), set()),
    Case("algemeen-datum-indiening", "Dutch date after the deadline", _value(5, "20/10/2025"), {("Algemeen", "B9")}),
    Case("algemeen-datum-indiening", "written-out date after the deadline", _value(5, "16 oktober 2025"), {("Algemeen", "B9")}),
    Case("algemeen-datum-indiening", "date cell after the deadline", _value(5, datetime(2025, 11, 3)), {("Algemeen", "B9")}),
    Case("algemeen-datum-indiening", "not a date", _value(5, "half oktober"), {("Algemeen", "B9")}),
    Case("algemeen-datum-indiening", "on the deadline passes", _value(5, "15/10/2025"), set()),
    Case("algemeen-datum-indiening", "date cell before the deadline passes", _value(5, datetime(2025, 10, 10)), set()),
    Case("algemeen-datum-indiening", "written-out date before the deadline passes", _value(5, "10 oktober 2025"), set()),
    Case("algemeen-datum-indiening", "empty (not yet sent) passes", _value(5, None), set()),
    Case("algemeen-datum-indiening", "a year before the deadline's year (issue 21, point 7)", _value(5, "13/10/2024"), {("Algemeen", "B9")}),
    Case("algemeen-datum-indiening", "a date cell a year early", _value(5, datetime(2024, 9, 30)), {("Algemeen", "B9")}),
    Case("algemeen-datum-indiening", "early in the deadline's year passes", _value(5, "2/1/2025"), set()),
    Case("algemeen-email", "no domain", _value(4, "an.peeters@bruzel"), {("Algemeen", "B8")}),
    Case("algemeen-email", "two addresses", _value(4, "an.peeters@bruzel.be; info@bruzel.be"), {("Algemeen", "B8")}),
    Case("algemeen-email", "mailto link passes", _value(4, "mailto:an.peeters@bruzel.be"), set()),
    Case("algemeen-sjabloon", "last year's template", _value(6, "actieplan-2025"), {("Algemeen", "B10")}),
    Case("algemeen-sjabloon", "case and spaces pass", _value(6, " Actieplan-2026 "), set()),
    Case("algemeen-sjabloon-ontbreekt", "no Sjabloon row", _drop_field("Sjabloon"), {("Algemeen", None)}),
    Case("algemeen-sjabloon-ontbreekt", "empty Sjabloon", _value(6, None), {("Algemeen", "B10")}),
    Case("algemeen-sjabloon-ontbreekt", "another year's template is not absent", _value(6, "actieplan-2025"), set()),
]
