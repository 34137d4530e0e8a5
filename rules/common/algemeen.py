"""Rules on the sheet Algemeen: working year, multi-year plan, submission date, e-mail, template.

The year, the plan period, the deadline and the template id are the rule set's settings
(``settings.toml``), never written here.
"""

from __future__ import annotations

import re
from typing import Iterable

from actieplan.api import ERROR, INFO, WARNING, Hit, Stop, sheet_rule
from actieplan.api import clean_text, header_key
from actieplan.rules.settings import FROM_YEAR
from actieplan.rules.text.dates import PERIOD, YEAR_DIGITS, dutch_date, parse_date, the_year

from actieplan.rules.common.plan import algemeen_value
from actieplan.rules.common.plan import ALGEMEEN_FIELDS, ALGEMEEN_REQUIRED

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")


def _field(ctx, veld: str):
    """(Excel row, cleaned text) of an Algemeen field; (None, None) when the sheet or field is absent."""
    if ctx.frame("Algemeen") is None:
        return None, None
    row, value = algemeen_value(ctx, veld)
    return row, clean_text(value)


@sheet_rule(
    "algemeen-veld",
    severity=ERROR,
    sheet="Algemeen",
    message="Het veld '{veld}' {probleem}.",
    summary="Het blad Algemeen vermeldt Zorgraad, Werkjaar en Meerjarenplan, elk met een waarde.",
    quote=FROM_YEAR,
)
def algemeen_veld(ctx) -> Iterable[Hit]:
    """
    Wrong: no row `Zorgraad`, or `Werkjaar` with an empty `Waarde`.
    Right: `Zorgraad | BruZEL`, `Werkjaar | 2026`, `Meerjarenplan | 2024-2026`.
    """
    if ctx.frame("Algemeen") is None:
        return
    for veld in ALGEMEEN_REQUIRED:
        found = ctx.field("Algemeen", veld)
        if found[0] is None:
            yield Hit("Algemeen", None, None, {"veld": veld, "probleem": "ontbreekt; voeg een rij toe met dat veld in kolom Veld"})
        elif found[1] is None:
            yield Hit("Algemeen", found[0], "Waarde", {"veld": veld, "probleem": "is leeg; vul de waarde in"})


@sheet_rule(
    "algemeen-onbekend-veld",
    severity=INFO,
    sheet="Algemeen",
    message="Het veld '{veld}' kent het sjabloon niet; het wordt niet gecontroleerd. Velden van het sjabloon: {velden}.",
    summary="Het blad Algemeen bevat alleen velden die het sjabloon kent.",
    quote="Eigen regel: het blad Algemeen (geen blad van het sjabloon zelf) kent de velden Zorgraad, Andere namen, Werkjaar, Meerjarenplan, Contactpersoon, E-mail, Datum indiening en Sjabloon.",
)
def algemeen_onbekend_veld(ctx) -> Iterable[Hit]:
    """
    Wrong: `Zorgraadnaam` (a typo of a field is not read).
    Right: `Zorgraad`.
    """
    frame = ctx.frame("Algemeen")
    if frame is None:
        return
    known = {header_key(f) for f in ALGEMEEN_FIELDS}
    for row, veld in frame["Veld"].items():
        if veld is not None and header_key(veld) not in known:
            yield Hit("Algemeen", row, "Veld", {"veld": veld, "velden": ", ".join(ALGEMEEN_FIELDS)})


@sheet_rule(
    "algemeen-werkjaar",
    severity=ERROR,
    sheet="Algemeen",
    message="Werkjaar '{waarde}' is niet het werkjaar van deze regelset. Verwacht: {werkjaar}.{andere}",
    summary="Het werkjaar in Algemeen is het jaar van de regelset ({jaar[werkjaar]}); is het een ander jaartal, dan lopen de andere regels niet.",
    quote=FROM_YEAR,
    gate="Dit actieplan is van een ander werkjaar: alleen het werkjaar is gecontroleerd.",
)
def algemeen_werkjaar(ctx) -> Iterable[Hit]:
    """
    Wrong: `Werkjaar | 2025` (last year's plan re-used), `Werkjaar | volgend jaar`.
    Right: `Werkjaar | 2026`.
    A gate: another year alone (`2027`, also the number 2027.0) is a plan of that year, so this is the
    only finding (the rules of this year would judge it by the wrong year); the message says to check
    with `--regelset` that year when its rule set is installed, else how to get one. A cell with the
    year and more (`werkjaar 2026`) or no year is the right plan typed oddly: the other rules run.
    """
    row, value = _field(ctx, "Werkjaar")
    if row is None or value is None:
        return  # a missing or empty field is algemeen-veld
    expected = ctx.settings.werkjaar
    year = value.removesuffix(".0").strip()
    if year == str(expected):
        return
    if _PLAIN_YEAR.fullmatch(year):
        yield Stop("Algemeen", row, "Waarde", {"waarde": value, "werkjaar": expected, "andere": _other_year(ctx, year)})
        return
    if the_year(expected).search(value):  # 'werkjaar 2026', '2026 (ontwerp)': the year and more
        other = f" De cel bevat meer dan het jaartal: typ alleen {expected}."
    else:
        other = ""
    yield Hit("Algemeen", row, "Waarde", {"waarde": value, "werkjaar": expected, "andere": other})


_PLAIN_YEAR = re.compile(r"(?:19|20)\d{2}")


def _other_year(ctx, year: str) -> str:
    """What a plan of ``year`` is told: which rule set to use, or that none is installed yet and how to get one."""
    skipped = "de andere regels zijn niet uitgevoerd"
    if ctx.installed(year):
        return f" Dit is het actieplan {year}: {skipped}; controleer het met --regelset {year}."
    if int(year) < ctx.settings.werkjaar:
        return (f" Dit is het actieplan {year}, en deze versie van actieplan heeft geen regelset voor {year}: "
                f"{skipped}. Een actieplan van een vorig werkjaar controleert u met de versie van actieplan van dat jaar.")
    return (f" Dit is het actieplan {year}, maar er is nog geen regelset voor {year} geïnstalleerd: {skipped}. "
            f"Een regelset voor {year} komt met een nieuwere versie van actieplan (vraag ernaar bij wie actieplan "
            f"beheert; beheerders maken er een met 'actieplan regelset nieuw {year}').")


@sheet_rule(
    "algemeen-meerjarenplan",
    severity=ERROR,
    sheet="Algemeen",
    message="Meerjarenplan '{waarde}' {probleem}. Verwacht: {meerjarenplan}, het meerjarenplan waarbinnen werkjaar {werkjaar} valt.",
    summary="Het meerjarenplan in Algemeen is de periode van de regelset ({jaar[meerjarenplan]}) en omvat het werkjaar.",
    quote=FROM_YEAR,
)
def algemeen_meerjarenplan(ctx) -> Iterable[Hit]:
    """
    Wrong: `Meerjarenplan | 2027-2032` (does not contain 2026), `Meerjarenplan | 2021-2026`
    (not the approved period), `Meerjarenplan | het huidige`.
    Right: `Meerjarenplan | 2024-2026` (also `2024 - 2026`, `2024–2026`).
    """
    row, value = _field(ctx, "Meerjarenplan")
    if row is None or value is None:
        return
    s = ctx.settings
    start, end = s.meerjarenplan_jaren
    m = PERIOD.match(value)
    if m is None:
        problem = "is geen periode van twee jaartallen"
    elif not (int(m.group(1)) <= s.werkjaar <= int(m.group(2))):
        problem = f"omvat het werkjaar {s.werkjaar} niet"
    elif (int(m.group(1)), int(m.group(2))) != (start, end):
        problem = "is niet het goedgekeurde meerjarenplan van deze regelset"
    else:
        return
    yield Hit("Algemeen", row, "Waarde", {"waarde": value, "probleem": problem, "meerjarenplan": s.meerjarenplan, "werkjaar": s.werkjaar})


@sheet_rule(
    "algemeen-datum-indiening",
    severity=WARNING,
    sheet="Algemeen",
    message="Datum indiening '{waarde}' {probleem}. Verwacht: een datum in {jaar}, uiterlijk op {deadline}.",
    summary="De datum van indiening is een datum, niet na de uiterste indiendatum ({jaar[indiendatum]:%d/%m/%Y}) en niet in een jaar ervoor.",
    quote=FROM_YEAR,
)
def algemeen_datum_indiening(ctx) -> Iterable[Hit]:
    """
    Wrong: `Datum indiening | 20/10/2025` (after the deadline), `Datum indiening | half oktober`,
    `13/10/2024` (a year before the deadline's year: a typo in the year, or last year's date left).
    Right: `10/10/2025`, `2025-10-15`, `10 oktober 2025` or a date cell; an empty field (not yet
    sent) is not reported.
    """
    row, value = _field(ctx, "Datum indiening")
    if row is None or value is None:
        return
    deadline = ctx.settings.indiendatum
    raw = algemeen_value(ctx, "Datum indiening")[1]
    found = parse_date(raw)
    shown = {"deadline": dutch_date(deadline), "jaar": deadline.year}
    if found is None:
        yield Hit("Algemeen", row, "Waarde", {"waarde": value, "probleem": f"is geen datum (bv. 10/10/{deadline.year})", **shown})
    elif found > deadline:
        yield Hit("Algemeen", row, "Waarde", {"waarde": dutch_date(found), "probleem": "ligt na de uiterste indiendatum", **shown})
    elif found.year < deadline.year:
        problem = f"ligt in {found.year}, vóór het jaar van de uiterste indiendatum (een tikfout in het jaartal, of de datum van een vorig actieplan)"
        yield Hit("Algemeen", row, "Waarde", {"waarde": dutch_date(found), "probleem": problem, **shown})


@sheet_rule(
    "algemeen-email",
    severity=ERROR,
    sheet="Algemeen",
    message="E-mail '{waarde}' is geen geldig e-mailadres. Verwacht: één adres zoals naam@zorgraad.be.",
    summary="Het e-mailadres van de contactpersoon is een geldig e-mailadres.",
    quote="Eigen regel: het sjabloon vraagt geen e-mailadres; staat er een in Algemeen, dan moet het een geldig adres zijn, want het wordt de afzender van de concept-e-mail.",
)
def algemeen_email(ctx) -> Iterable[Hit]:
    """
    Wrong: `an.peeters@bruzel` (no domain), `an peeters@bruzel.be`, `an.peeters@bruzel.be; info@bruzel.be`.
    Right: `an.peeters@bruzel.be`, `mailto:an.peeters@bruzel.be` (the link prefix is ignored);
    an empty field is not reported.
    """
    row, value = _field(ctx, "E-mail")
    if row is None or value is None:
        return
    address = value.removeprefix("mailto:").strip()
    if not _EMAIL.match(address):
        yield Hit("Algemeen", row, "Waarde", {"waarde": value})


@sheet_rule(
    "algemeen-sjabloon",
    severity=ERROR,
    sheet="Algemeen",
    message="Deze werkmap is gemaakt met het sjabloon '{waarde}'{jaar_gevonden}, maar dit is de controle van {verwacht} (werkjaar {werkjaar}). Neem de gegevens over in het sjabloon van {werkjaar} ('actieplan sjabloon').",
    summary="Het veld Sjabloon noemt de versie van deze regelset ({jaar[id]}): een werkmap van een ander jaar valt meteen op.",
    quote=FROM_YEAR,
)
def algemeen_sjabloon(ctx) -> Iterable[Hit]:
    """
    Wrong: `Sjabloon | actieplan-2025` (last year's template: the message names 2025 and 2026).
    Right: `Sjabloon | actieplan-2026`, as `actieplan sjabloon` writes it (case and spaces ignored).
    """
    row, value = _field(ctx, "Sjabloon")
    if row is None or value is None:
        return
    expected = ctx.settings.id
    if "".join(value.split()).lower() == expected.lower():
        return
    found_year = YEAR_DIGITS.search(value)
    jaar = f" (werkjaar {found_year.group(1)})" if found_year else ""
    yield Hit("Algemeen", row, "Waarde", {"waarde": value, "jaar_gevonden": jaar, "verwacht": expected, "werkjaar": ctx.settings.werkjaar})


@sheet_rule(
    "algemeen-sjabloon-ontbreekt",
    severity=WARNING,
    sheet="Algemeen",
    message="Het veld 'Sjabloon' {probleem}: het is niet na te gaan met welk sjabloon deze werkmap gemaakt is. Verwacht: Sjabloon | {verwacht}.",
    summary="Het veld Sjabloon is aanwezig en ingevuld (het staat in elk sjabloon dat 'actieplan sjabloon' maakt).",
    quote=FROM_YEAR,
)
def algemeen_sjabloon_ontbreekt(ctx) -> Iterable[Hit]:
    """
    Wrong: no row `Sjabloon` in Algemeen (a workbook not made from the template), or an empty value.
    Right: `Sjabloon | actieplan-2026`.
    """
    if ctx.frame("Algemeen") is None:
        return
    row, value = _field(ctx, "Sjabloon")
    if row is None:
        yield Hit("Algemeen", None, None, {"probleem": "ontbreekt", "verwacht": ctx.settings.id})
    elif value is None:
        yield Hit("Algemeen", row, "Waarde", {"probleem": "is leeg", "verwacht": ctx.settings.id})
