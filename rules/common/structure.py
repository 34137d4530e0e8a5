"""Structure rules every year keeps: sheets, headers and the cells of each sheet on their own.

Loader rules report what the loader observed while reading; column rules are attached by the
schemas (actieplan.validate.schemas) to every column of the kind they apply to; a sheet rule here looks at
one sheet only. Rules that compare sheets or apply a year's template live in its package
(rules/jaarNNNN/).
"""

from __future__ import annotations

import re
from operator import call
from typing import Iterable

import pandas as pd

from actieplan.api import ERROR, INFO, JANEE, NUMBER, SD, TEXT, TICK, WARNING, Hit, Seen, column_rule, loader_rule, sheet_rule
from actieplan.api import counted, is_document, shorten
from actieplan.rules.settings import FROM_YEAR, SCHEMA
from actieplan.rules.text.cells import column_items, placeholder_test
from actieplan.rules.text.codes import od_code, sd_code
from actieplan.rules.text.words import quick_fold

__settings__ = (SCHEMA,)

CONTRACT = "Contract van de werkmap (workbook-contract.md)"

# -- found while reading (pipeline.loader) ------------------------------------------------------

loader_rule(
    "blad-ontbreekt",
    observes=Seen.MISSING_SHEET,
    severity=ERROR,
    message="Het verplichte blad '{blad}' ontbreekt in de werkmap.{gevonden}",
    summary="Elk blad van het sjabloon is aanwezig (naam zonder onderscheid hoofdletters/kleine letters).",
    quote="Het Departement Zorg levert een verplicht te gebruiken sjabloon voor het actieplan van de zorgraad.",
    doc="""
    Wrong: a workbook without a sheet named `Stuurgroepen` (or one named `Stuurgroep`). A sheet that
    is no sheet of the template but carries the table's title (`Acties 2026` for `Actiefiches`,
    also cut to Excel's 31 characters) or a name close to it (`Stuurgroepn`) is named in the
    message, with the name to give it.
    Right: every sheet of the template, e.g. `Stuurgroepen`, ` stuurgroepen ` also matches.
    """,
)
loader_rule(
    "kopregel-niet-gevonden",
    observes=Seen.NO_HEADER,
    severity=ERROR,
    message="In het blad '{blad}' staat in de eerste 10 rijen geen kopregel met de kolommen van het sjabloon ({koppen}).",
    summary="Het blad heeft in de eerste 10 rijen een kopregel met (de meeste van) de verplichte kolommen.",
    quote="Het Departement Zorg levert een verplicht te gebruiken sjabloon ...",
    doc="""
    Wrong: the header row is on row 14, or the sheet holds only a pasted text.
    Right: a title row and an instruction row, then the headers on row 3.
    """,
)
loader_rule(
    "kolom-ontbreekt",
    observes=Seen.MISSING_COLUMN,
    severity=ERROR,
    message="De verplichte kolom '{kop}' ontbreekt in de kopregel.{gevonden}",
    summary="Elke verplichte kolom staat in de kopregel; een verkeerd gespelde kop noemt de dichtstbijzijnde.",
    quote=FROM_YEAR,
    doc="""
    Wrong: `Trekkers` instead of `Trekker` (the finding points at `Trekkers` and names `Trekker`).
    Right: `Trekker`, `trekker`, `Trekker:` and `Naam en/ of thema?` all match.
    """,
)
loader_rule(
    "kolom-dubbel",
    observes=Seen.DUPLICATE_COLUMN,
    severity=WARNING,
    message="De kolom '{kop}' staat twee keer in de kopregel; alleen de eerste (kolom {eerste}) wordt gecontroleerd.",
    summary="Een kolomkop komt maar één keer voor.",
    quote=FROM_YEAR,
    doc="""
    Wrong: two columns headed `Trekker`.
    Right: one `Trekker` column; extra columns with other names are kept and ignored.
    """,
)
loader_rule(
    "blad-te-groot",
    observes=Seen.TRUNCATED,
    severity=ERROR,
    message="Het blad '{blad}' heeft meer dan {max} rijen; alleen de eerste {max} zijn gelezen. Verwijder de lege of overbodige rijen.",
    summary="Een blad heeft niet meer rijen dan een actieplan kan hebben.",
    quote="Om te vermijden dat een zorgraad te veel tijd steekt in het maken van actiefiches ...",
    doc="""
    Wrong: a sheet formatted down to row 1,048,576 with a stray value at the bottom.
    Right: a sheet that ends after its last row of data.
    """,
)

# -- column rules (pandera checks, see actieplan.validate.schemas) -------------------------------------------


def _required(spec, col) -> bool:
    # an empty tick-box is a box left unticked (contract), not a missing value; whether at
    # least one evaluation box is ticked is fiche-evaluatie-geen's concern
    return col.required and not col.may_be_empty and col.kind != TICK and not spec.fields


@column_rule(
    "cel-verplicht",
    severity=ERROR,
    message="De cel in kolom '{kolom}' is leeg; vul ze in.",
    summary="Een verplichte kolom heeft in elke rij een waarde.",
    quote="Geef voor iedere stuurgroep aan … wat de titel is of rond welk thema de stuurgroep werkt; … wie de trekker is van de stuurgroep … hoe lang de zorgraad deze stuurgroep al trekt, deelneemt of betrokken is en hoe vaak de stuurgroep samenkomt per jaar; … aan welke concrete resultaten of doelstelling de stuurgroep werkt",
    applies=_required,
)
def cel_verplicht(s: pd.Series) -> pd.Series:
    """
    Wrong: a steering group with an empty `Trekker`.
    Right: every required column filled; optional ones (`Opmerking`, the indicator columns) may stay empty.
    """
    return s.notna()


@sheet_rule(
    "cel-plaatshouder",
    severity=ERROR,
    sheet="*",
    message="De cel in kolom '{kolom}' bevat alleen '{waarde}': dat telt als een lege cel. Verwacht: {uitleg}",
    summary="Een verplichte tekstcel bevat meer dan een plaatshouder zoals /, -, nvt, n.v.t., geen, ... of x (die telt als leeg).",
    quote="Definieer duidelijk de scope van de actie: 1. Wat ga je wel doen? … 2. Wat ga je niet doen?",
)
def cel_plaatshouder(ctx) -> Iterable[Hit]:
    """
    Template: 2026 instructions, lines 922-932 (seed 000): a scope, a reason, a trekker must be said.
    Wrong: `Wat ga je niet doen?` = `/`, `nvt` or `Geen`; a steering group's `Trekker` = `-`.
    Right: `We gaan de bestaande databanken niet zelf aanvullen of updaten.`; an optional column
    (`Opmerking`, the indicators) may hold anything or nothing. The placeholders are a setting
    (`[cellen] plaatshouders`); an empty cell is cel-verplicht.
    """
    placeholder = placeholder_test(ctx.settings)
    for key, sheet in ctx.workbook.sheets.items():
        frame = sheet.frame
        if frame.empty:
            continue
        for col in sheet.spec.columns:
            if col.kind != TEXT or not _required(sheet.spec, col) or col.header not in frame:
                continue
            judged: dict[str, str | None] = {}  # each distinct short text judged once (trekkers repeat)
            for row, value in zip(frame.index.tolist(), frame[col.header].tolist()):
                if isinstance(value, str) and len(value) <= 40:
                    found = judged.get(value, _UNJUDGED)
                    if found is _UNJUDGED:
                        found = judged[value] = placeholder(value)
                    if found is not None:
                        yield Hit(key, int(row), col.header, {"waarde": found, "uitleg": col.help or "vul de cel in."})


_UNJUDGED = object()


def _is_number(s: pd.Series) -> pd.Series:
    return s.map(lambda v: isinstance(v, float), na_action="ignore").fillna(False).astype(bool)


@column_rule(
    "getal-ongeldig",
    severity=ERROR,
    message="'{waarde}' in kolom '{kolom}' is geen getal of veel te groot. Verwacht: een aantal VTE zoals 0,2 of 1,5.",
    summary="Een VTE-cel bevat een getal (0,2 / 0.2 / 0,2 VTE / 0,1 vte.), niet groter dan 1.000.000.",
    quote="Geef een inschatting hoeveel personeelscapaciteit (in aantal VTE) dat deze actie zal vragen.",
    applies=lambda spec, col: col.kind == NUMBER,
)
def getal_ongeldig(s: pd.Series) -> pd.Series:
    """
    Wrong: `twee dagen per week`, `0,2 à 0,3`, `1E+308` (larger than any plan can mean: read as
    found, so no other rule sums it).
    Right: `0,2`, `0.2`, `0,2 VTE`, `0,1 vte.` or the number 0.2. (A cell showing an error value
    such as `#DIV/0!` is reported once, by `cel-foutwaarde`.)
    """
    return s.isna() | _is_number(s)


@column_rule(
    "getal-negatief",
    severity=ERROR,
    message="{waarde} in kolom '{kolom}' is negatief. Verwacht: een aantal VTE van 0 of meer.",
    summary="Een aantal VTE is niet negatief.",
    quote="Geschatte capaciteit in # VTE",
    applies=lambda spec, col: col.kind == NUMBER,
)
def getal_negatief(s: pd.Series) -> pd.Series:
    """
    Wrong: `-0,5`.
    Right: `0,5`.
    """
    numbers = pd.to_numeric(s.where(_is_number(s)), errors="coerce")
    return numbers.isna() | (numbers >= 0)


@column_rule(
    "vinkvak-ongeldig",
    severity=ERROR,
    message="'{waarde}' in kolom '{kolom}' is geen aangevinkt of leeg vakje. Verwacht: ☒ (of ☑, ja, x, v) of ☐ (of nee, leeg).",
    summary="Een vinkvak bevat ☒/☑/ja/x/v/✓/1 of ☐/nee/leeg/0.",
    quote="Selecteer minstens één van onderstaande manieren voor evaluatie. … ☒ Procesevaluatie … ☐ Resultaatgerichte evaluatie (Output)",
    applies=lambda spec, col: col.kind == TICK,
)
def vinkvak_ongeldig(s: pd.Series) -> pd.Series:
    """
    Wrong: `misschien`, `zie hieronder`.
    Right: `☒`, `☑`, `x`, `v`, `ja`, `☐`, `nee` or an empty cell.
    """
    return s.isna() | s.map(lambda v: isinstance(v, bool), na_action="ignore").fillna(False).astype(bool)


# The template asks "Is dit gelinkt aan een actiefiche ... of staat dit los van een inhoudelijke
# actiefiche?": Ja/Nee, or the question's own words ('Gelinkt aan ...', 'Staat los van ...').
_LINK_YES = re.compile(r"^\s*(ja|gelinkt|gekoppeld|link (met|naar|aan)|volgt uit|vervolg op)\b")
_UNANSWERED = re.compile(r"^\s*(ja\W*(of\W+)?neen?|neen?\W*(of\W+)?ja)\b")  # 'Ja/Nee', 'Ja, Neen', 'Ja (Nee)'
_LINK_NO = re.compile(r"^\s*(nee|neen|staat los|los van|losstaand|niet gelinkt|niet gekoppeld|geen link|geen koppeling)\b")


def link_answer(value) -> bool | None:
    """The answer of a `Link eerdere actiefiche` cell: True (linked), False (stands alone), or
    None when it says neither (no text, or an answer we cannot read)."""
    if not isinstance(value, str):
        return None
    text = quick_fold(value)
    if _UNANSWERED.match(text):
        return None  # the template's 'Ja/Nee' left as it was
    if _LINK_YES.match(text):
        return True
    if _LINK_NO.match(text):
        return False
    return None


@column_rule(
    "ja-nee-ongeldig",
    severity=ERROR,
    message="'{waarde}' in kolom '{kolom}' zegt niet of dit gelinkt is aan een eerdere actiefiche. Verwacht: Ja of Nee (of 'Gelinkt aan ...' of 'Staat los van ...'), eventueel gevolgd door een korte toelichting.",
    summary="`Link eerdere actiefiche` begint met Ja of Nee, of met de woorden van de vraag ('Gelinkt aan ...', 'Staat los van ...').",
    quote=FROM_YEAR,
    applies=lambda spec, col: col.kind == JANEE,
)
def ja_nee_ongeldig(s: pd.Series) -> pd.Series:
    """
    Wrong: `Misschien`, `zie fiche 2024`.
    Right: `Ja`, `Nee`, `Ja (actiefiche 2024 zorgwijkoverleg)`, `Gelinkt aan actiefiche
    Eerstelijnsmeeting (2025)`, `Staat los van een actiefiche`.
    """
    return s.isna() | s.map(lambda v: link_answer(v) is not None, na_action="ignore").fillna(False).astype(bool)


# The codes are the zorgraad's own (from its multi-year plan), read by rules/text/codes.py: the one
# place that reads a code out of a cell ('SD 3', 'Strategische doelstelling 3', 'OD 3.1 - titel').


def od_levels(ctx) -> int | None:
    """The number of levels of the zorgraad's OD codes: the most common in Doelstellingen (a tie
    decided by the fiches' codes, then the deeper); None without any code there."""
    frame = ctx.frame("Doelstellingen")
    if frame is None or "OD" not in frame:
        return None
    counts: dict[int, int] = {}
    for value in frame["OD"]:
        code = od_code(value)
        if code is not None:
            counts[code.count(".") + 1] = counts.get(code.count(".") + 1, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    tied = [levels for levels, n in counts.items() if n == best]
    if len(tied) > 1:
        fiches = ctx.frame("Actiefiches")
        used: dict[int, int] = {}
        if fiches is not None and "OD" in fiches:
            for value in fiches["OD"]:
                code = od_code(value)
                if code is not None and code.count(".") + 1 in tied:
                    used[code.count(".") + 1] = used.get(code.count(".") + 1, 0) + 1
        return max(tied, key=lambda levels: (used.get(levels, 0), levels))
    return tied[0]


@column_rule(
    "sd-code-ongeldig",
    severity=ERROR,
    message="'{waarde}' in kolom '{kolom}' is geen code van een strategische doelstelling. Verwacht: een nummer vooraan, bv. 3, 03, SD 3 of 'Strategische doelstelling 3: …'.",
    summary="Een SD-code is een nummer, eventueel met 'SD' of 'Strategische doelstelling' ervoor en de titel erna (voorloopnullen en een punt erna tellen niet).",
    quote="De acties in dit sjabloon kaderen steeds binnen het door het Departement Zorg goedgekeurde meerjarenplan.",
    applies=lambda spec, col: col.kind == SD,
)
def sd_code_ongeldig(s: pd.Series) -> pd.Series:
    """
    Wrong: `Strategische doelstelling drie`, `3.1`, `zie meerjarenplan`.
    Right: `3`, `SD 3`, `SD3`, `SD 03`, `3.`, `Strategische doelstelling 3`, `SD 3: Toegankelijke zorg`
    (the code read out of the text: rules/text/codes.py).
    """
    return s.isna() | s.map(lambda v: sd_code(v) is not None, na_action="ignore").fillna(False).astype(bool)


def _levels(n: int) -> str:
    return counted(n, "niveau", "niveaus")


@sheet_rule(
    "od-code-ongeldig",
    severity=ERROR,
    sheet="*",
    message="'{waarde}' in kolom '{kolom}' {probleem}",
    summary="Een OD-code is een code (nummers met punten, eventueel 'OD' ervoor); in het blad Doelstellingen hebben alle OD's evenveel niveaus.",
    quote="De acties in dit sjabloon kaderen steeds binnen het door het Departement Zorg goedgekeurde meerjarenplan.",
)
def od_code_ongeldig(ctx) -> Iterable[Hit]:
    """
    Wrong: `OD drie`; in Doelstellingen `4` among `3.1`, `3.2`, `4.1` (one level where the plan's
    codes have two).
    Right: the zorgraad's own numbering, used the same way throughout Doelstellingen: `3.1`, `3.1.`,
    `OD 3.1`, or `OD 1` ... `OD 6`, or `1.1.1`; also with the words or a title, `Operationele
    doelstelling 3.1`, `OD 3.1 - Zorgzones uitbouwen`, `OD3.1:` (rules/text/codes.py). Whether a fiche's OD exists is fiche-od-onbekend's
    concern: it compares the codes after normalising (`OD 03.1.` is `3.1`).
    """
    levels = od_levels(ctx)
    for key in ("Doelstellingen", "Actiefiches"):
        frame = ctx.frame(key)
        if frame is None or "OD" not in frame:
            continue
        for row, value in column_items(frame["OD"]):
            if value is None:
                continue
            code = od_code(value)
            if code is None:
                probleem = "is geen code van een operationele doelstelling. Verwacht: een code zoals in het blad Doelstellingen, bv. 3.1, OD 3.1 of 1.1.1."
            elif key == "Doelstellingen" and levels is not None and code.count(".") + 1 != levels:
                probleem = (f"heeft {_levels(code.count('.') + 1)}, de andere operationele doelstellingen in dit blad "
                            f"{_levels(levels)}. Verwacht: dezelfde nummering voor alle OD's (bv. {_example(levels)}).")
            else:
                continue
            yield Hit(key, int(row), "OD", {"waarde": value, "probleem": probleem})


def _example(levels: int) -> str:
    return {1: "OD 4", 2: "4.1", 3: "4.1.1"}.get(levels, ".".join(["4"] + ["1"] * (levels - 1)))


# -- sheet rules ----------------------------------------------------------------------------------


@sheet_rule(
    "titel-dubbel",
    severity=ERROR,
    sheet="*",
    message="{wat} staat al op rij {eerste}. Elke rij beschrijft iets anders: voeg de rijen samen of maak ze verschillend.",
    summary="Binnen een blad komt elke titel maar één keer voor (hoofdletters, accenten en spaties tellen niet); bij stuurgroepen titel en trekker samen.",
    quote="Geef in onderstaande tabel een overzicht van de stuurgroepen waarin de zorgraad zetelt.",
)
def titel_dubbel(ctx) -> Iterable[Hit]:
    """
    Wrong: two action fiches titled `Gezondheidsfiches` (the second is reported).
    Right: `Algemene vergadering | Zorgnet Icuro` and `Algemene vergadering | SOM`: for steering
    groups the title and the trekker together identify the row.
    """
    for key, sheet in ctx.workbook.sheets.items():
        cols = [c for c in sheet.spec.unique_key if c in sheet.frame]
        if not cols or len(cols) < len(sheet.spec.unique_key) or sheet.frame.empty:
            continue  # a key column missing (kolom-ontbreekt): the rest alone is no key (equal trekkers)
        # one pass over the rows in Python (a column of titles through pandas' apply and
        # duplicated cost more); an empty cell is its own key (None), a row without a title is left out
        first: dict[tuple, int] = {}
        # each column's key worked out once per distinct text (trekkers repeat); the other columns
        # only of a row with a title
        title_key, *other_keys = [_keys_of() for _ in cols]
        for row, values in zip(sheet.frame.index.tolist(), zip(*(sheet.frame[c].tolist() for c in cols))):
            title = title_key(values[0])
            if title is None:
                continue
            seen = first.setdefault((title, *map(call, other_keys, values[1:])), row)
            if seen != row:
                shown = " | ".join(map(str, values))
                yield Hit(key, int(row), cols[0], {"wat": f"'{shown}'", "eerste": seen})


def _keys_of():
    """A cell's key for titel-dubbel (None for an empty one, :func:`_title_key` otherwise), worked out
    once per distinct str of a column."""
    known: dict[str, str | None] = {}

    def key(value) -> str | None:
        if type(value) is not str:
            return None if _empty(value) else _title_key(value)
        found = known.get(value, _UNJUDGED)
        if found is _UNJUDGED:
            found = known[value] = _title_key(value)
        return found

    return key


def _empty(value) -> bool:
    """Whether a cell's value is missing as pandas counts it (None, NaN)."""
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _title_key(value) -> str:
    """A title as compared for duplicates: folded, whitespace collapsed (ASCII needs no unicode folding)."""
    return " ".join(quick_fold(str(value)).split())


@sheet_rule(
    "blad-leeg",
    severity=WARNING,
    sheet="*",
    message="Het blad '{blad}' bevat geen gegevens onder de kopregel. {verwacht}",
    summary="Elk blad bevat minstens één rij (een leeg blad is meestal vergeten).",
    quote="Geef in onderstaande tabel een overzicht van ...",
)
def blad_leeg(ctx) -> Iterable[Hit]:
    """
    Wrong: `Stuurgroepen` with headers and no rows.
    Right: at least one steering group; a zorgraad without any says so in a row's `Opmerking`.
    """
    for key, sheet in ctx.workbook.sheets.items():
        if sheet.frame.empty:
            yield Hit(key, None, None, {"verwacht": sheet.spec.when_empty})


@sheet_rule(
    "rij-onder-tabel",
    severity=INFO,
    sheet="*",
    message="Rij {rij} {plaats} {wat} ('{inhoud}'). Ze telt niet als {item} en telt niet mee in de sommen van de controle.{raad}",
    summary="Een totaalrij of een opmerking onder een tabel wordt herkend en niet als rij van de tabel gecontroleerd.",
    quote=FROM_YEAR,
)
def rij_onder_tabel(ctx) -> Iterable[Hit]:
    """
    Wrong (as a fiche): under the last fiche a row `Totaal` with `=SUM(L4:L15)` in
    `Personeelscapaciteit (VTE)`, or a row holding only `* De VTE zijn schattingen.`: read as a
    13th fiche they would give ten empty cells, no evaluation and the fiches counted twice in F.
    Right: reported once, here, as a total or a note, and left out of the fiche rules and sums.
    A last fiche with only its title filled in is still a fiche (with its empty cells reported).
    A row above or between the rows that holds only `Opmerking: …` is a note there too.
    """
    document = is_document(ctx.workbook)  # a Word plan has boxes, not columns to fill in
    for key, sheet in ctx.workbook.sheets.items():
        item = sheet.spec.row_label or "rij van de tabel"
        first, last = min(sheet.frame.index, default=0), max(sheet.frame.index, default=0)
        for row, (kind, shown) in getattr(sheet, "below", {}).items():
            plaats = "boven de rijen van de tabel" if row < first else "tussen de rijen van de tabel" if row < last else "onder de tabel"
            if kind == "totaal":
                wat, raad = "is een totaalrij", ""
            else:
                wat = "lijkt een opmerking"
                raad = (f" Hoort ze bij een {item}, zet ze dan in het vak of de cel van die {item} waar ze thuishoort." if document
                        else " Hoort ze wel bij de tabel, vul dan de andere kolommen in.")
            yield Hit(key, row, None, {"wat": wat, "inhoud": shorten(shown, 80), "item": item,
                                       "raad": raad, "plaats": plaats})
