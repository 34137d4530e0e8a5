"""The rows of the Algemeen and Capaciteit sheets of the test plans of other zorgraden
(plan_westhoek.py, plan_kempen.py): 2026 plans of the multi-year plan 2024-2026."""

from __future__ import annotations

from typing import Any

VTE = "Geschatte capaciteit in # VTE"
PARTS = {"A": "Totale capaciteit", "B": "Administratie", "C": "Netwerkevents en communicatie", "D": "Vergaderingen",
         "E": "Doorlopende acties", "F": "Actiefiches"}


def algemeen(zorgraad: str, andere_namen: str, contact: str, email: str, datum: str) -> list[dict[str, Any]]:
    fields = [("Zorgraad", zorgraad), ("Werkjaar", 2026), ("Meerjarenplan", "2024-2026"), ("Andere namen", andere_namen),
              ("Contactpersoon", contact), ("E-mail", email), ("Datum indiening", datum), ("Sjabloon", "actieplan-2026")]
    return [{"Veld": veld, "Waarde": waarde} for veld, waarde in fields]


def capaciteit(vte: dict[str, float], totaal: float | None = None) -> list[dict[str, Any]]:
    """Rows A to F (``vte`` per code), and the total row B + C + D + E + F when ``totaal`` is given."""
    rows = [{"Code": code, "Onderdeel": PARTS[code], VTE: vte[code]} for code in "ABCDEF"]
    if totaal is not None:
        rows.append({"Code": "B + C + D + E + F", "Onderdeel": "Totaal", VTE: totaal})
    return rows


def doorlopend(titel: str, mijlpalen: str, inzet: str) -> dict[str, Any]:
    return {"Titel + jaar actiefiche": titel, "Mijlpalen in 2026": mijlpalen, "Verduurzaming + blijvende inzet": inzet}
