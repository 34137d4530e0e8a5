"""The texts of this year's blank template: the Instructies sheet, the rows it starts with, and
the computed total row of the capacity table (see actieplan.write.template, which writes it)."""

from __future__ import annotations

from typing import Any, Callable, Mapping

from actieplan.api import Settings, TemplateTexts

from actieplan.rules.common.plan import ALGEMEEN_FIELDS, CAPACITEIT_CODES, TOTAL_CODE

from .sheets import CAPACITEIT_ONDERDELEN

VTE = "Geschatte capaciteit in # VTE"

# (text, style): str.format()ed with jaar, mjp, email, deadline
INSTRUCTIES = (
    ("Actieplan {jaar} van de zorgraad", "title"),
    ("Het Departement Zorg levert een verplicht te gebruiken sjabloon voor het actieplan van de zorgraad voor "
     "het werkjaar {jaar}. Dit is dat sjabloon als werkmap: elk blad is een tabel van het sjabloon. Vul de "
     "bladen in en controleer de werkmap met 'actieplan controleer'. Bij vragen: {email}.", "text"),
    ("Wat hoort in het actieplan?", "head"),
    ("• De acties kaderen steeds binnen het goedgekeurde meerjarenplan {mjp}: ze vallen onder de doelstellingen "
     "(blad Doelstellingen).", "text"),
    ("• {jaar} is het laatste jaar van het meerjarenplan {mjp}: start geen nieuwe meerjarige projecten, tenzij "
     "in het kader van een Vlaamse beleidsprioriteit opgelegd door de minister.", "text"),
    ("• Acties met enkel andere middelen dan de reguliere middelen horen er niet in; acties die deels met de "
     "reguliere subsidie gefinancierd worden wel.", "text"),
    ("• GEEN actiefiche voor stuurgroepen of netwerkevents (bladen Stuurgroepen en Netwerkevents), voor acties "
     "uit eerdere actieplannen die doorlopen (blad Doorlopende acties), voor het administratieve werk van een "
     "vzw, het meerjarenplan 2027-2032, het jaarverslag of het volgende actieplan, generieke communicatie zoals "
     "een nieuwsbrief, of het interfederaal plan (IFP).", "text"),
    ("• Voor alle andere acties of projecten in {jaar} vult u een actiefiche in (blad Actiefiches, één rij per "
     "fiche). Er is geen minimum of maximum aantal fiches. Selecteer voor elke fiche minstens één manier van "
     "evaluatie en geef de indicatoren.", "text"),
    ("Capaciteit", "head"),
    ("• Blad Capaciteit: de volledige tijdsbesteding van het personeel in VTE. A is de totale capaciteit; B tot "
     "F verdelen ze. F is de som van de VTE van de actiefiches. Het is een goede praktijk de planning niet 100% "
     "te vullen, maar wat marge te voorzien.", "text"),
    ("Indienen", "head"),
    ("• Het actieplan wordt ten laatste op {deadline} bezorgd aan het departement via {email}. Vroeger indienen "
     "kan altijd.", "text"),
)


def prefill(s: Settings) -> dict[str, list[dict[str, Any]]]:
    """The rows a blank template starts with: the Algemeen fields, the capacity codes."""
    given = {"Werkjaar": s.werkjaar, "Meerjarenplan": s.meerjarenplan, "Sjabloon": s.id}
    capaciteit = [{"Code": c, "Onderdeel": CAPACITEIT_ONDERDELEN[c].format(jaar=s.werkjaar)} for c in CAPACITEIT_CODES]
    capaciteit.append({"Code": TOTAL_CODE, "Onderdeel": "Totaal (berekend): in evenwicht met A, met wat marge"})
    return {
        "Algemeen": [{"Veld": f, "Waarde": given.get(f)} for f in ALGEMEEN_FIELDS],
        "Capaciteit": capaciteit,
    }


def formulas(sheet: str, rows: list[Mapping[str, Any]]) -> list[tuple[int, str, Callable[[int, str], str], Any]]:
    """The capacity total row holds =SUM over B..F, with the sum as its cached value.

    Each formula is (data index, header, formula given ``cell(data index, header) -> "C5"``, cached value).
    """
    if sheet != "Capaciteit":
        return []
    codes = [str(r.get("Code", "")).replace(" ", "") for r in rows]
    total_code = TOTAL_CODE.replace(" ", "")
    if total_code not in codes or "B" not in codes or "F" not in codes:
        return []
    total = codes.index(total_code)
    if rows[total].get(VTE) not in (None, ""):
        return []  # the user typed the total: keep what they typed
    first, last = codes.index("B"), codes.index("F")
    values = [r.get(VTE) for r in rows[first : last + 1]]
    cached = sum(v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool))
    return [(total, VTE, lambda cell: f"=SUM({cell(first, VTE)}:{cell(last, VTE)})", cached)]


TEXTS = TemplateTexts(instructions=INSTRUCTIES, prefill=prefill, formulas=formulas)
