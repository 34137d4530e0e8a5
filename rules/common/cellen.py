"""Cell rules that do not depend on the column: what Excel (or another program) put in a cell
that is not what the user meant to type.

The loader notes these while reading (pipeline/loader.py with pipeline/safety.py): error values
such as ``#REF!`` (calamine reads them as an empty cell), formulas without a stored result,
values Excel turned into a date or TRUE/FALSE, hidden sheets and rows. The rules here only turn
those notes into findings at their cells; a cell outside the contract's columns is ignored, like
everything else there.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Iterable

from actieplan.api import ERROR, INFO, NUMBER, TEXT, WARNING, Hit, sheet_rule
from actieplan.api import fold
from actieplan.rules.settings import SCHEMA, typed

__settings__ = (SCHEMA,)

EXCEL_MAX_CHARS = 32_767

ERROR_MEANING = {
    "#REF!": "de formule verwijst naar een cel of blad dat niet meer bestaat",
    "#DIV/0!": "de formule deelt door nul of door een lege cel",
    "#N/A": "een opzoekformule vond de gezochte waarde niet",
    "#VALUE!": "de formule rekent met tekst waar een getal hoort",
    "#NAME?": "de formule gebruikt een functie of naam die Excel niet kent",
    "#NUM!": "de uitkomst van de formule is geen geldig getal",
    "#NULL!": "twee bereiken in de formule hebben geen cel gemeen",
    "#SPILL!": "de uitkomst van de formule past niet in de lege cellen ernaast",
    "#CALC!": "Excel kan de formule niet berekenen",
}


def _data_cells(sheet, cells: dict) -> Iterable[tuple[int, str, object]]:
    """(Excel row, header, value) of the noted cells that lie below the header in a contract column."""
    by_col = {col: header for header, col in sheet.columns.items()}
    for (row, col), value in sorted(cells.items()):
        header = by_col.get(col)
        if header is not None and row > sheet.header_row:
            yield row, header, value


@sheet_rule(
    "cel-foutwaarde",
    severity=ERROR,
    sheet="*",
    message="De cel in kolom '{kolom}' toont de foutwaarde {waarde}: {uitleg}.{oorzaak} Verbeter de formule of typ de waarde zelf in.",
    summary="Geen cel toont een foutwaarde van Excel (#REF!, #DIV/0!, #N/A, ...).",
    quote="Eigen regel: een foutwaarde zoals #REF! of #DEEL/0! toont het departement geen gegeven, en de regels kunnen de cel niet lezen.",
)
def cel_foutwaarde(ctx) -> Iterable[Hit]:
    """
    Wrong: `=C5/C6` with C6 empty shows `#DIV/0!` in `Geschatte capaciteit in # VTE`; a formula
    pointing at a deleted sheet shows `#REF!`. (The reader sees such a cell as empty; this rule
    says what is really there.)
    A `#VALUE!` from `=C5+C6` where C6 holds text (`1,0 VTE`) names that cell. The cell gets this
    finding only (not also `getal-ongeldig`).
    Right: the value itself (`0,5`), or a formula that computes one.
    """
    from actieplan.api import evaluate, join_cells

    for key, sheet in ctx.workbook.sheets.items():
        for row, header, value in _data_cells(sheet, sheet.errors):
            meaning = ERROR_MEANING.get(str(value).upper(), "Excel kan de formule niet berekenen")
            cause = ""
            formula = sheet.formulas.get((row, sheet.columns[header]))
            passed_on = _passed_on(ctx.workbook, sheet, formula, str(value).upper())
            if passed_on:
                meaning = (f"de formule {formula} rekent zelf niet fout maar neemt de foutwaarde over van "
                           f"{passed_on}; verbeter eerst die cel")
            elif formula is not None and str(value).upper() == "#VALUE!":
                texts = evaluate(ctx.workbook, sheet, formula).text_cells
                if texts:
                    cause = (f" De formule {formula} rekent met tekst in {join_cells(texts, sheet.name)}: typ daar alleen "
                             "het getal (bv. 0,4)")
                    cause += "."
            yield Hit(key, row, header, {"waarde": value, "uitleg": meaning, "oorzaak": cause})


def _passed_on(workbook, sheet, formula: str | None, error: str) -> str:
    """'C5' (or 'Blad!C5', 'C5 en C7') when ``formula`` shows ``error`` only because the cells it
    refers to already show it (a total =SUM(C5:C9) over C5 with #DIV/0!); '' otherwise."""
    from actieplan.api import evaluate, get_column_letter
    from actieplan.api import sheet_key

    if formula is None:
        return ""
    cells = [(s, r, c) for s, r, c, e in evaluate(workbook, sheet, formula).error_cells if str(e).upper() == error]
    if not cells:
        return ""
    shown = [f"{get_column_letter(c)}{r}" if sheet_key(s) == sheet_key(sheet.name) else f"{s}!{get_column_letter(c)}{r}"
             for s, r, c in dict.fromkeys(cells)]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " en " + shown[-1]


@sheet_rule(
    "formule-zonder-waarde",
    severity=WARNING,
    sheet="*",
    message=(
        "De cel in kolom '{kolom}' bevat de formule {formule} maar geen opgeslagen uitkomst (de werkmap is niet in "
        "Excel bewaard), dus de controle ziet ze als leeg. Open de werkmap in Excel, sla ze op en controleer "
        "opnieuw; of typ de waarde zelf in."
    ),
    summary="Een formule in een gegevenscel heeft een opgeslagen uitkomst (de werkmap is in Excel bewaard).",
    quote="Eigen regel: een formule zonder opgeslagen uitkomst toont het departement niets tot Excel ze berekent; open en bewaar de werkmap in Excel.",
)
def formule_zonder_waarde(ctx) -> Iterable[Hit]:
    """
    Wrong: a workbook made by a script with `=A4` in `Trekker` and no stored result: Excel shows
    the result, but the file holds none.
    Right: the same workbook opened and saved in Excel (the result is stored), or the text itself.
    A formula in a number column that the check can compute (`=SUM(C5:C9)`, `=SUM(Actiefiches!L4:L7)`,
    `=C5+C6`) is not reported: its computed value is used, and findings about it say so.
    """
    for key, sheet in ctx.workbook.sheets.items():
        for row, header, formula in _data_cells(sheet, sheet.uncached):
            if (row, sheet.columns[header]) in sheet.computed:
                continue  # computed from the cells it refers to, as Excel would
            if row in sheet.below:
                continue  # a total under the table: rij-onder-tabel says what it is
            yield Hit(key, row, header, {"formule": formula})


@sheet_rule(
    "cel-te-lang",
    severity=ERROR,
    sheet="*",
    message=(
        "De tekst in kolom '{kolom}' telt {lengte} tekens; een Excel-cel bevat er hoogstens 32.767. Wat erna komt, "
        "wordt niet gelezen en gaat verloren zodra de werkmap in Excel wordt geopend. Maak de tekst korter of "
        "verdeel ze over meer cellen."
    ),
    summary="Een cel bevat hoogstens 32.767 tekens (de grens van Excel).",
    quote="Eigen regel: een cel in Excel bevat hoogstens 32.767 tekens; wat erboven gaat, toont Excel niet.",
)
def cel_te_lang(ctx) -> Iterable[Hit]:
    """
    Wrong: a text of 40,000 characters written into a cell by another program (Excel itself
    refuses it; calamine and openpyxl silently cut it at 32,767 characters when reading).
    Right: at most 32,767 characters; a long plan goes in several cells or rows.
    """
    for key, sheet in ctx.workbook.sheets.items():
        for row, header, length in _data_cells(sheet, sheet.too_long):
            yield Hit(key, row, header, {"lengte": f"{length:,}".replace(",", ".")})


_NO_ROW = object()  # getal-als-tekst: a row the frame does not hold


@sheet_rule(
    "getal-als-tekst",
    severity=INFO,
    sheet="*",
    message=(
        "'{waarde}' in kolom '{kolom}' is tekst, geen getal. De controle leest {getal}, maar Excel rekent niet met "
        "tekst: een som (=SUM) slaat deze cel over en Excel toont er een groen driehoekje bij. Typ alleen het getal: {getal}."
    ),
    summary="Een aantal VTE staat als getal in de cel, niet als tekst (Excel telt tekst niet mee in een som).",
    quote="Geef een inschatting hoeveel personeelscapaciteit (in aantal VTE) dat deze actie zal vragen.",
)
def getal_als_tekst(ctx) -> Iterable[Hit]:
    """
    Wrong: `0,4 VTE` or `'0,4` typed as text in `Personeelscapaciteit (VTE)`: the check reads 0,4,
    but `=SUM(L4:L8)` in the workbook skips the cell, so the department sees a smaller total.
    Right: the number 0,4 (the column's format may show "VTE" after it).
    """
    from actieplan.api import dutch_number

    for key, sheet in ctx.workbook.sheets.items():
        numbers = {c.header for c in sheet.spec.columns if c.kind == NUMBER}
        if not numbers:
            continue
        number_cols = {sheet.columns[h] for h in numbers if h in sheet.columns}
        read: dict[str, dict] = {}  # a number column's values by Excel row, read out of the frame once
        # only the cells of number columns (sheet.raw holds every text the reader noted)
        for row, header, value in _data_cells(sheet, {cell: v for cell, v in sheet.raw.items() if cell[1] in number_cols}):
            cell = (row, sheet.columns[header])
            if header not in numbers or not isinstance(value, str) or not value.strip() or cell in sheet.uncached:
                continue  # a formula's cell (calamine reads one without a saved result as '') is not typed text
            column = read.get(header)
            if column is None:
                column = read[header] = dict(zip(sheet.frame.index.tolist(), sheet.frame[header].tolist()))
            number = column.get(row, _NO_ROW)
            if number is _NO_ROW:
                continue  # a total or note row under the table (rij-onder-tabel)
            if isinstance(number, float) and cell not in sheet.errors:
                yield Hit(key, row, header, {"waarde": value, "getal": dutch_number(number)})


@sheet_rule(
    "cel-type",
    severity=WARNING,
    sheet="*",
    message=(
        "In kolom '{kolom}' staat {soort} ({waarde}) waar tekst hoort. Excel maakte er waarschijnlijk zelf {soort} van; "
        "typ de tekst opnieuw, met een apostrof ervoor (bv. 'ja) als Excel ze blijft omzetten."
    ),
    summary="Een tekstkolom bevat geen WAAR/ONWAAR en (buiten timing en mijlpalen) geen datum.",
    quote="Eigen regel: elke cel bevat wat haar kolom vraagt (tekst, een getal, een vinkvakje), geen WAAR/ONWAAR of datum waar tekst hoort.",
)
def cel_type(ctx) -> Iterable[Hit]:
    """
    Wrong: `TRUE` (a boolean) in `Trekker`; the date 2025-03-01 in `Titel actie` (Excel turned
    `1/3` or `maart 2025` into a date).
    Right: text; a date in `Frequentie + timing` or `Looptijd en frequentie` is fine.
    """
    date_columns = typed(ctx.settings).cellen.datum_kolommen  # where a date is a fair answer
    for key, sheet in ctx.workbook.sheets.items():
        if sheet.spec.fields:  # a field list's values hold numbers and dates by design
            continue
        kinds = {c.header: c.kind for c in sheet.spec.columns}
        for row, header, value in _data_cells(sheet, sheet.raw):
            if kinds.get(header) != TEXT:
                continue
            if isinstance(value, bool):
                soort, value = "een logische waarde", "WAAR" if value else "ONWAAR"
            elif isinstance(value, (date, datetime)) and not any(w in fold(header) for w in date_columns):
                soort = "een datum"
            else:
                continue
            yield Hit(key, row, header, {"soort": soort, "waarde": value})


@sheet_rule(
    "blad-verborgen",
    severity=INFO,
    sheet="*",
    message="Het blad '{blad}' is verborgen in Excel; het wordt toch gecontroleerd. Maak het zichtbaar ({hoe}) zodat wie het plan leest het ook ziet.",
    summary="De bladen van het sjabloon zijn zichtbaar (een verborgen blad wordt toch gecontroleerd).",
    quote="Het Departement Zorg levert een verplicht te gebruiken sjabloon voor het actieplan van de zorgraad.",
)
def blad_verborgen(ctx) -> Iterable[Hit]:
    """
    Wrong: `Doelstellingen` hidden (right-click > Verbergen); it is still read and checked.
    Right: every sheet of the template visible.
    """
    for key, sheet in ctx.workbook.sheets.items():
        if sheet.hidden:
            yield Hit(key, values={"hoe": _VERY_HIDDEN if sheet.very_hidden else _HIDDEN})


_HIDDEN = "rechtsklik op een bladtab > Zichtbaar maken"
# state="veryHidden" (set by a macro): Excel's menus do not list such a sheet
_VERY_HIDDEN = ("het is 'zeer verborgen' en staat niet in het menu Zichtbaar maken: open in Excel de Visual Basic-editor "
                "(Alt+F11), kies het blad en zet zijn eigenschap Visible op '-1 - xlSheetVisible'")


@sheet_rule(
    "rij-verborgen",
    severity=INFO,
    sheet="*",
    message="Rij {rij} is verborgen in Excel maar bevat gegevens; ze wordt toch gecontroleerd. Maak de rij zichtbaar (selecteer de rijen rond de verborgen rij > rechtsklik > Zichtbaar maken) of verwijder ze als ze niet bij het plan hoort.",
    summary="Rijen met gegevens zijn zichtbaar (een verborgen rij wordt toch gecontroleerd).",
    quote="Geef in onderstaande tabel een overzicht van ...",
)
def rij_verborgen(ctx) -> Iterable[Hit]:
    """
    Wrong: an old action fiche on a hidden row: it is still counted in the sum of VTE.
    Right: delete what does not belong to the plan; keep what does visible.
    """
    for key, sheet in ctx.workbook.sheets.items():
        for row in sorted(set(sheet.hidden_rows) & set(sheet.frame.index)):
            yield Hit(key, int(row))
