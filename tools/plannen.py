"""Plans of any size for the benchmark and the tests: the template layout, N action fiches, the
other sheets scaled with them and texts as long as those of a real plan (a fiche of the real
2026 example holds about 5.000 characters).

    from plannen import plan_data, write_workbook, write_folder

One generator, used by tools/benchmark.py and by the tests (tests/conftest.py puts tools/ on the
path): the plans the benchmark times are plans the tests check.
"""

from __future__ import annotations

import math
import re
import sys
from datetime import date
from functools import cache
import random
from pathlib import Path
from typing import Any

VTE = "Geschatte capaciteit in # VTE"
FICHE_VTE = "Personeelscapaciteit (VTE)"

# -- realistic workbooks --------------------------------------------------------------------------

# Sentences in the register of a real action plan; cells are made of several of them.
_SENTENCES = (
    "We motiveren en faciliteren interdisciplinair samenwerken binnen onze eerstelijnszone.",
    "De werkgroep komt vier keer per jaar samen en bereidt de overlegmomenten inhoudelijk voor.",
    "Uit de omgevingsanalyse bleek dat kwetsbare gezinnen de weg naar de eerstelijnszorg moeilijk vinden.",
    "Samen met het lokaal bestuur en de OCMW's brengen we het aanbod in kaart per wijk.",
    "In het voorjaar organiseren we drie intervisies voor huisartsen, apothekers en thuisverpleging.",
    "De resultaten worden teruggekoppeld aan de algemene vergadering en gedeeld met de partners.",
    "We bouwen verder op de ervaringen uit het project van 2024 en passen de aanpak aan waar nodig.",
    "Een stuurgroep met vertegenwoordigers van welzijn en gezondheid volgt de voortgang op.",
    "De doelgroep wordt betrokken via sleutelfiguren en ervaringsdeskundigen uit de buurt.",
    "We ontwikkelen een laagdrempelige leidraad die professionals zelfstandig kunnen gebruiken.",
    "Na elke sessie bevragen we de deelnemers met een korte vragenlijst over de bruikbaarheid.",
    "Het aantal unieke deelnemende disciplines en organisaties wordt bijgehouden per activiteit.",
    "De zorgraad neemt de coördinatie op; de inhoudelijke uitwerking ligt bij de lokale trekkers.",
    "We stemmen af met de Vlaamse Gemeenschapscommissie en de Brusselse ziekenhuizen.",
    "De tweetalige context vraagt extra aandacht voor vertaling en communicatie op maat.",
    "Tegen het najaar is de eerste versie getest bij een panel van gebruikers en bijgestuurd.",
    "We vermijden overlap met bestaande initiatieven door vooraf de sociale kaart te raadplegen.",
    "De mantelzorgers krijgen een centrale plaats in het overleg rond de persoon met een zorgnood.",
    "Geïntegreerde zorg betekent dat de zorgverleners elkaars rol kennen en vlot doorverwijzen.",
    "In 2026 ligt de nadruk op verduurzaming: de werking moet zonder extra middelen verder kunnen.",
    "STAP 1: de werkgroep samenstellen en het mandaat afspreken (januari 2026).",
    "STAP 2: het overlegmodel uitwerken en voorleggen aan de partners (februari-maart 2026).",
    "STAP 3: de overlegmomenten organiseren en evalueren (april-juni 2026).",
    "STAP 4: de leidraad afwerken, verspreiden en opnemen in de vaste werking (najaar 2026).",
    "• Aantal georganiseerde overlegmomenten en aantal deelnemers per moment.",
    "• Tevredenheid van de deelnemers over de inhoud en de praktische organisatie.",
    "• Aantal doorverwijzingen tussen welzijns- en gezondheidsactoren na zes maanden.",
    "Wat we niet doen: de individuele begeleiding van patiënten of cliënten overnemen.",
    "We nemen geen taken op die bij de lokale besturen of bij de ziekenfondsen horen.",
    "De actie draagt bij aan de Vlaamse doelstelling om de eerste lijn te versterken.",
)
_PLACES = ("Anderlecht", "Molenbeek", "Schaarbeek", "Etterbeek", "Elsene", "Laken", "Vorst", "Jette", "Evere", "Ukkel")
_THEMES = (
    "inclusieve zorg", "gezondheidsvaardigheden", "dementievriendelijke wijken", "valpreventie", "mondzorg",
    "geestelijke gezondheid", "zorgtrajecten diabetes", "palliatieve thuiszorg", "jongerenwelzijn",
    "eenzaamheid bij ouderen", "toegankelijke huisartsenzorg", "medicatieveiligheid", "kansarme gezinnen",
)
_ACTIONS = ("Overlegmomenten", "Vorming", "Wijkgerichte aanpak", "Netwerkkaart", "Leidraad", "Pilootproject", "Intervisie", "Campagne")
_PARTNERS = ("Brusano", "SAAMO Brussel", "BHAK", "pharmacy.brussels", "OCMW", "Huis voor Gezondheid", "VGC", "Kind en Gezin", "CAW Brussel")
# Ongoing actions are other subjects than this year's fiches (a fiche copying one is a warning).
_ONGOING = ("Buddywerking vrijwilligers", "Zorgzame buurten", "Vaccinatiecampagne", "Sociale kaart online", "Thuiszorgoverleg", "Lerend netwerk welzijn")
_GROUPS = ("Overlegplatform", "Werkgroep", "Klankbordgroep", "Beleidsgroep", "Adviesraad", "Kerngroep")


# What the template asks every plan to say (issue 15's rules look for it), added to the pool's text.
_WAAROM = " Dat sluit aan bij de omgevingsanalyse van het meerjarenplan."
_METING = " Gemeten met een bevraging van de deelnemers; streefdoel: 80% tevreden."
_OPVOLGING = " Na afloop evalueren we het event met een korte bevraging van de deelnemers."
_INZET = " Ook de komende jaren is blijvende inzet van de zorgraad nodig."


def _text(rng: random.Random, mean_chars: int) -> str:
    """Sentences from the pool until the cell is about ``mean_chars`` long (varying between cells)."""
    target = max(mean_chars // 2, int(rng.gauss(mean_chars, mean_chars / 3)))
    parts: list[str] = []
    length = 0
    while length < target:
        s = rng.choice(_SENTENCES)
        parts.append(s)
        length += len(s) + 1
    return ("\n" if rng.random() < 0.3 else " ").join(parts)


def _vte(rng: random.Random, value: float) -> Any:
    """A VTE as people type it: mostly a number, sometimes Dutch text."""
    roll = rng.random()
    if roll < 0.15:
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " VTE"
    if roll < 0.25:
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return value


TEXTS = ("echt", "pool")


def plan_data(n_fiches: int, seed: int = 0, zorgraad: str = "BruZEL", errors: int = 0, texts: str = "pool") -> dict[str, list[dict[str, Any]]]:
    """A plan following the contract with ``n_fiches`` action fiches and the other sheets scaled.

    Steering groups as many as fiches, events and running actions half as many, one operational
    objective per ten fiches (at least four). ``errors`` plants that many mistakes a user makes
    (a VTE in words, an empty required cell, an unknown OD code, ...); with 0 the plan is valid.
    ``texts="pool"`` fills the cells from the sentence pool above (the plan is valid);
    ``texts="echt"`` takes them from real plans (:func:`realistic`: BruZEL's fiches and the two
    other zorgraden's plans of the tests, varied), so the rules meet the wording of real plans.
    """
    if texts not in TEXTS:
        raise ValueError(f"texts: one of {TEXTS}, not {texts!r}")
    rng = random.Random(seed)
    werkjaar = 2026
    n_sd = max(2, min(6, math.ceil(n_fiches / 40)))
    n_od = max(4, math.ceil(n_fiches / 10))
    doel = []
    for k in range(n_od):
        sd = k % n_sd + 1
        od = k // n_sd + 1
        doel.append({
            "SD": f"SD {sd}",
            "Strategische doelstelling": f"Strategische doelstelling {sd}: " + _text(rng, 100),
            "OD": f"OD {sd}.{od}",
            "Operationele doelstelling": f"{zorgraad} werkt aan {rng.choice(_THEMES)} (doelstelling {sd}.{od}). " + _text(rng, 140),
        })
    fiches = []
    for i in range(n_fiches):
        goal = doel[rng.randrange(n_od)]
        sd, od = goal["SD"].split()[1], goal["OD"].split()[1]
        vte = round(rng.choice((0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8)), 2)
        proces = rng.random() < 0.6
        output = (not proces) or rng.random() < 0.5
        fiches.append({
            "SD": rng.choice((sd, f"SD {sd}")),
            "OD": rng.choice((od, f"{od}.", f"OD {od}")),
            "Titel actie": f"{rng.choice(_ACTIONS)} {rng.choice(_THEMES)} in {rng.choice(_PLACES)} (actie {i + 1})",
            "Wat?": _text(rng, 700),
            "Wat ga je wel doen?": _text(rng, 200),
            "Wat ga je niet doen?": _text(rng, 180),
            "Waarom?": _text(rng, 1000) + _WAAROM,
            "Voor wie?": _text(rng, 130),
            "Trekker": f"{zorgraad}, samen met {rng.choice(_PARTNERS)}",
            "Stakeholders": ", ".join(rng.sample(_PARTNERS, 4)) + ". " + _text(rng, 120),
            "Plan van aanpak en mijlpalen": _text(rng, 1300),
            FICHE_VTE: _vte(rng, vte),
            "Procesevaluatie": rng.choice(("☒", "x", "ja")) if proces else rng.choice(("☐", "nee")),
            "Indicatoren procesevaluatie": _text(rng, 220) + _METING if proces else None,
            "Resultaatgerichte evaluatie (output)": rng.choice(("☒", "x")) if output else "☐",
            "Indicatoren resultaatgerichte evaluatie": _text(rng, 280) + _METING if output else None,
            "_vte": vte,
        })
    stuur = [
        {
            "Naam en/of thema": f"{rng.choice(_GROUPS)} {rng.choice(_PLACES)} nr. {i + 1}",
            "Trekker": rng.choice(_PARTNERS),
            "Looptijd en frequentie": f"Sinds {rng.randint(2016, 2025)}, {rng.randint(2, 8)}x/jaar",
            "Concrete doelstelling": _text(rng, 180),
            "Meerwaarde voor de zorgraad": _text(rng, 100),
            "Opmerking": _text(rng, 60) if rng.random() < 0.1 else None,
        }
        for i in range(n_fiches)
    ]
    events = [
        {
            "Titel + format": f"Ontmoetingsdag {i + 1}: aangeboden lunch met inhoudelijke spreker",
            "Frequentie + timing": f"1x/jaar in {rng.choice(('maart', 'mei', 'september', 'november'))}",
            "Opkomst": f"± {rng.randint(2, 20) * 10} gezondheids- en welzijnsprofessionals",
            "Opvolging/evaluatie": _text(rng, 420) + _OPVOLGING,
            "Link eerdere actiefiche": rng.choice(("Ja", "Nee", "Ja (actiefiche 2024)")),
            "Opmerking": None,
        }
        for i in range(max(1, math.ceil(n_fiches / 2)))
    ]
    running = [
        {
            "Titel + jaar actiefiche": f"{rng.choice(_ONGOING)} {i + 1} ({rng.randint(2022, 2025)}, {rng.randint(2020, 2021)})",
            f"Mijlpalen in {werkjaar}": _text(rng, 60),
            "Verduurzaming + blijvende inzet": _text(rng, 230) + _INZET,
        }
        for i in range(max(1, math.ceil(n_fiches / 2)))
    ]
    f_total = round(sum(f["_vte"] for f in fiches), 2)
    b, c, d, e = (round(max(0.2, n_fiches * k), 2) for k in (0.05, 0.12, 0.12, 0.1))
    a = round((b + c + d + e + f_total) / 0.93, 2)
    cap = [
        {"Code": "A", "Onderdeel": "Totale voorziene personeelscapaciteit", VTE: a},
        {"Code": "B", "Onderdeel": "Administratieve verplichtingen", VTE: b},
        {"Code": "C", "Onderdeel": "Netwerkevents en communicatie", VTE: c},
        {"Code": "D", "Onderdeel": "Deelname aan vergaderingen", VTE: d},
        {"Code": "E", "Onderdeel": "Opvolgen van acties uit voorgaande jaren", VTE: e},
        {"Code": "F", "Onderdeel": "Som van de actiefiches", VTE: f_total},
        # half of the plans leave the total to the template's =SUM formula
        {"Code": "B + C + D + E + F", "Onderdeel": "Totaal", VTE: round(b + c + d + e + f_total, 2) if rng.random() < 0.5 else None},
    ]
    algemeen = [
        {"Veld": "Zorgraad", "Waarde": zorgraad},
        {"Veld": "Werkjaar", "Waarde": werkjaar},
        {"Veld": "Meerjarenplan", "Waarde": "2024-2026"},
        {"Veld": "Contactpersoon", "Waarde": "An Peeters"},
        {"Veld": "E-mail", "Waarde": f"info@{zorgraad.lower().replace(' ', '')}.be"},
        {"Veld": "Datum indiening", "Waarde": date(2025, 10, rng.randint(1, 14))},
        {"Veld": "Sjabloon", "Waarde": "actieplan-2026"},
    ]
    for f in fiches:
        del f["_vte"]
    data = {
        "Algemeen": algemeen, "Capaciteit": cap, "Stuurgroepen": stuur, "Netwerkevents": events,
        "Doorlopende acties": running, "Actiefiches": fiches, "Doelstellingen": doel,
    }
    if texts == "echt":
        realistic(data, rng)
    _plant_errors(data, rng, errors)
    return data


# -- real-plan texts ------------------------------------------------------------------------------

_HERE = Path(__file__).resolve().parent
_TEXT_COLUMNS = {
    "Actiefiches": ("Wat?", "Wat ga je wel doen?", "Wat ga je niet doen?", "Waarom?", "Voor wie?", "Trekker", "Stakeholders",
                    "Plan van aanpak en mijlpalen", "Indicatoren procesevaluatie", "Indicatoren resultaatgerichte evaluatie"),
    "Stuurgroepen": ("Trekker", "Looptijd en frequentie", "Concrete doelstelling", "Meerwaarde voor de zorgraad", "Opmerking"),
    "Netwerkevents": ("Frequentie + timing", "Opkomst", "Opvolging/evaluatie", "Opmerking"),
    "Doorlopende acties": ("Mijlpalen in 2026", "Verduurzaming + blijvende inzet"),
}
_TITLE = {"Actiefiches": "Titel actie", "Stuurgroepen": "Naam en/of thema", "Netwerkevents": "Titel + format",
          "Doorlopende acties": "Titel + jaar actiefiche"}
# Places of the three source plans, swapped for one another (a real plan names its own places).
_REAL_PLACES = (
    "Anderlecht", "Molenbeek", "Schaarbeek", "Etterbeek", "Elsene", "Laken", "Jette", "Evere", "Ukkel", "Veurne",
    "Diksmuide", "Poperinge", "Ieper", "Heuvelland", "Alveringem", "Vleteren", "Geel", "Mol", "Turnhout", "Herentals",
    "Balen", "Arendonk", "Retie", "Ravels",
)
_PLACE_RE = re.compile(r"\b(" + "|".join(_REAL_PLACES) + r")\b")
_NUMBER_RE = re.compile(r"(?<![\d.,/-])\d{1,3}(?![\d/]|[.,]\d)")
_SENTENCE_RE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z•])")


@cache
def _real_rows() -> dict[str, tuple[dict[str, Any], ...]]:
    """The rows of the real plans: BruZEL's 2026 plan (tools/voorbeeld_data.py) and the two plans
    written for issue 21 (tests/helpers/plan_westhoek.py, plan_kempen.py)."""
    for folder in (_HERE, _HERE.parent / "tests" / "helpers"):
        if str(folder) not in sys.path:
            sys.path.append(str(folder))
    import plan_kempen
    import plan_westhoek
    import voorbeeld_data

    plans = [plan_westhoek.plan(), plan_kempen.plan()]
    bruzel = {"Actiefiches": voorbeeld_data.ACTIEFICHES, "Stuurgroepen": voorbeeld_data.STUURGROEPEN,
              "Netwerkevents": voorbeeld_data.NETWERKEVENTS, "Doorlopende acties": voorbeeld_data.DOORLOPENDE_ACTIES}
    out = {}
    for sheet in _TEXT_COLUMNS:
        ours = [row for p in plans for row in p[sheet]]
        # BruZEL's fiches are five of 55 but hold most of the text: weigh them as half of the fiches
        weight = max(1, len(ours) // len(bruzel[sheet])) if sheet == "Actiefiches" else 1
        out[sheet] = tuple([*ours, *list(bruzel[sheet]) * weight])
    return out


def _vary(text: Any, rng: random.Random) -> Any:
    """The same text as another plan could write it: sentences of a paragraph in another order,
    other numbers (not years), other places."""
    if not isinstance(text, str) or not text.strip():
        return text
    lines = []
    for line in text.split("\n"):
        sentences = _SENTENCE_RE.split(line)
        if len(sentences) > 2 and rng.random() < 0.5:
            head, rest = sentences[0], sentences[1:]
            rng.shuffle(rest)
            sentences = [head, *rest]
        lines.append(" ".join(sentences))
    text = "\n".join(lines)
    text = _NUMBER_RE.sub(lambda m: str(max(1, int(m.group()) + rng.randint(-2, 3))), text)
    return _PLACE_RE.sub(lambda m: rng.choice(_REAL_PLACES), text)


def realistic(data: dict[str, list[dict[str, Any]]], rng: random.Random) -> None:
    """Fill the text cells of ``data`` (from :func:`plan_data`) with varied texts of real plans.

    Codes, VTE, ticks and which indicator cells are empty stay as generated, so the capacity adds
    up and every OD exists; a title keeps its row number so titles stay unique."""
    real = _real_rows()
    for sheet, columns in _TEXT_COLUMNS.items():
        for i, row in enumerate(data[sheet]):
            source = rng.choice(real[sheet])
            for column in columns:
                if column.startswith("Indicatoren") and row.get(column) is None:
                    continue
                value = source.get(column)
                if value in (None, ""):
                    row[column] = row.get(column) if column.startswith("Indicatoren") else None
                    continue
                other = rng.choice(real[sheet]).get(column)
                if isinstance(value, str) and isinstance(other, str) and other.strip() and rng.random() < 0.6:
                    # one sentence of another plan's same cell: few cells of a big plan are equal
                    value = f"{value.rstrip()} {rng.choice(_SENTENCE_RE.split(other.strip()))}"
                row[column] = _vary(value, rng)
            title = str(source.get(_TITLE[sheet]) or "").strip()
            if sheet == "Doorlopende acties":
                name, _, years = title.partition(" (")
                row[_TITLE[sheet]] = f"{name} {i + 1} ({years}" if years else f"{title} {i + 1}"
            else:
                row[_TITLE[sheet]] = f"{_vary(title, rng)} ({i + 1})"


def _plant_errors(data: dict[str, list[dict[str, Any]]], rng: random.Random, count: int) -> None:
    fiches = data["Actiefiches"]
    mistakes: list[Callable[[], None]] = [
        lambda: rng.choice(fiches).__setitem__(FICHE_VTE, "twee dagen per week"),
        lambda: rng.choice(fiches).__setitem__("Trekker", None),
        lambda: rng.choice(fiches).__setitem__("OD", "OD drie"),
        lambda: rng.choice(fiches).__setitem__("Procesevaluatie", "misschien"),
        lambda: rng.choice(data["Stuurgroepen"]).__setitem__("Concrete doelstelling", None),
        lambda: rng.choice(data["Netwerkevents"]).__setitem__("Link eerdere actiefiche", "Misschien"),
        lambda: data["Capaciteit"][3].__setitem__(VTE, -0.5),
    ]
    for k in range(count):
        mistakes[k % len(mistakes)]()


def all_wrong_data(n_rows: int) -> dict[str, list[dict[str, Any]]]:
    """A small valid plan whose Actiefiches sheet has ``n_rows`` rows with every cell wrong ('-':
    a placeholder where text belongs, no number, no tick, no code): the most findings per byte."""
    data = plan_data(10, seed=1)
    columns = list(data["Actiefiches"][0])
    data["Actiefiches"] = [{c: "-" for c in columns} for _ in range(n_rows)]
    return data


def long_title_data(n_fiches: int, seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """A valid plan whose fiche and ongoing-action titles have 24 to 30 meaningful words each, most
    of them the title's own: the overlap rules' worst case (few titles share two words)."""
    rng = random.Random(seed)
    data = plan_data(n_fiches, seed=seed)

    def title(kind: str, i: int) -> str:
        own = [f"{kind}{i}{chr(97 + j % 26)}{j}" for j in range(rng.randint(20, 26))]
        return " ".join([*own, *rng.sample(_TITLE_WORDS, 4)])

    for i, fiche in enumerate(data["Actiefiches"]):
        fiche["Titel actie"] = title("fiche", i)
    for i, running in enumerate(data["Doorlopende acties"]):
        running["Titel + jaar actiefiche"] = title("loopt", i) + " (2024)"
    return data


_TITLE_WORDS = ("mantelzorg", "huisartsen", "apothekers", "thuisverpleging", "ziekenhuis", "vrijwilligers", "kwetsbare",
                "ouderen", "jongeren", "dementie", "armoede", "eenzaamheid", "preventie", "digitale", "wijkgerichte",
                "samenwerking", "netwerk", "brochure", "opleiding", "vorming", "overleg", "zorgpad", "diabetes", "valpreventie")


def write_workbook(target: str | Path, n_fiches: int, seed: int = 0, zorgraad: str = "BruZEL", errors: int = 0, texts: str = "pool") -> Path:
    """Write a plan of ``n_fiches`` fiches (see :func:`plan_data`) in the template layout."""
    from actieplan.write.template import write_template
    from actieplan.plugin.registry import resolve

    data = plan_data(n_fiches, seed=seed, zorgraad=zorgraad, errors=errors, texts=texts)
    return write_template(target, data, ruleset=resolve("2026"))


ZORGRADEN = (
    "BruZEL", "Zorgraad Kempen", "ELZ Antwerpen", "ELZ Gent", "Zorgraad Westkust", "ELZ Leuven", "Zorgraad Mechelen",
    "ELZ Brugge", "Zorgraad Limburg-Zuid", "ELZ Kortrijk", "Zorgraad Aalst", "ELZ Waasland",
)


def write_folder(folder: str | Path, count: int = 60, seed: int = 0) -> list[Path]:
    """``count`` plans of 3 to 15 fiches, one in four with mistakes, as a support office receives them."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        zorgraad = f"{ZORGRADEN[i % len(ZORGRADEN)]} {i // len(ZORGRADEN) + 1}" if i >= len(ZORGRADEN) else ZORGRADEN[i]
        errors = rng.randint(1, 6) if rng.random() < 0.25 else 0
        name = f"actieplan-2026-{zorgraad.lower().replace(' ', '-')}.xlsx"
        paths.append(write_workbook(folder / name, rng.randint(3, 15), seed=seed * 1000 + i, zorgraad=zorgraad, errors=errors))
    return paths
