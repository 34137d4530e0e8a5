"""Build small workbooks for tests: the valid BruZEL-like plan as data, changed per test.

    rows = valid_plan()                       # sheet -> list of {header: value}
    rows["Actiefiches"][0]["OD"] = "9.9"      # break one thing
    path = write_plan(tmp_path / "plan.xlsx", rows)

``write_plan`` writes with openpyxl in the template layout (title row, intro row, header on row
3, data from row 4), so a finding's cell is predictable: data index i is Excel row 4 + i.
Options move the header (``title_rows``), insert blank rows, add extra columns, drop sheets.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from actieplan.plugin.registry import resolve

RULESET = resolve("2026")  # the rule set these plans are written for

FIRST_DATA_ROW = 4


def valid_plan() -> dict[str, list[dict[str, Any]]]:
    """A complete plan without any finding (used as the passing case of every rule)."""
    fiche = {
        "SD": "SD 3",
        "OD": "OD 3.1",
        "Titel actie": "BruZEL organiseert interprofessionele overlegmomenten op wijkniveau",
        "Wat?": "We motiveren en faciliteren interdisciplinair samenwerken binnen onze eerstelijnszone door "
        "interprofessionele overlegmomenten op wijkniveau te organiseren.",
        "Wat ga je wel doen?": "Oprichten en opvolging van een werkgroep; organiseren van overlegmomenten.",
        "Wat ga je niet doen?": "De inhoudelijke voorbereiding en keuze van thema's ligt bij de lokale trekkers.",
        "Waarom?": "Interprofessionele uitwisseling is essentieel om elkaars werking te begrijpen, kennis te delen "
        "en samen sterker te staan; dat bleek uit het project met pharmacy.brussels in 2024 en uit de "
        "omgevingsanalyse van het meerjarenplan.",
        "Voor wie?": "(Lokale) gezondheids- en welzijnsprofessionals",
        "Trekker": "BruZEL, in co-creatie met de leden van de werkgroep",
        "Stakeholders": "BHAK, pharmacy.brussels, SAAMO Brussel, Brusselse ziekenhuizen",
        "Plan van aanpak en mijlpalen": "STAP 1: werkgroep samenstellen (januari 2026)\nSTAP 2: overlegmodel "
        "(februari 2026)\nSTAP 3: drie overlegmomenten (april-juni 2026)\nSTAP 4: leidraad (najaar 2026)",
        "Personeelscapaciteit (VTE)": 0.6,
        "Procesevaluatie": "☒",
        "Indicatoren procesevaluatie": "Aantal unieke deelnemende disciplines (aanwezigheidslijst; streefdoel: 5)",
        "Resultaatgerichte evaluatie (output)": "☐",
        "Indicatoren resultaatgerichte evaluatie": None,
    }
    fiche2 = dict(
        fiche,
        **{
            "SD": "4",
            "OD": "4.1.",
            "Titel actie": "BruZEL actualiseert de gezondheidsfiches",
            "Wat?": "De gezondheidsfiches leggen het Brusselse gezondheidssysteem laagdrempelig uit. In 2026 "
            "actualiseren we ze, met een evaluatie, een pretest en een promotiecampagne.",
            "Personeelscapaciteit (VTE)": 0.5,
            "Procesevaluatie": "nee",
            "Indicatoren procesevaluatie": None,
            "Resultaatgerichte evaluatie (output)": "x",
            "Indicatoren resultaatgerichte evaluatie": "Aantal keer gedownload (websitestatistiek; minstens 200); "
            "tevredenheid gebruikers (bevraging)",
        },
    )
    return {
        "Algemeen": [
            {"Veld": "Zorgraad", "Waarde": "BruZEL"},
            {"Veld": "Werkjaar", "Waarde": 2026},
            {"Veld": "Meerjarenplan", "Waarde": "2024-2026"},
            {"Veld": "Contactpersoon", "Waarde": "An Peeters"},
            {"Veld": "E-mail", "Waarde": "an.peeters@bruzel.be"},
            {"Veld": "Datum indiening", "Waarde": "2025-10-10"},
            {"Veld": "Sjabloon", "Waarde": "actieplan-2026"},
        ],
        "Capaciteit": [
            {"Code": "A", "Onderdeel": "Totale capaciteit", "Geschatte capaciteit in # VTE": 6.0},
            {"Code": "B", "Onderdeel": "Administratie", "Geschatte capaciteit in # VTE": 0.5},
            {"Code": "C", "Onderdeel": "Netwerkevents", "Geschatte capaciteit in # VTE": 1.5},
            {"Code": "D", "Onderdeel": "Vergaderingen", "Geschatte capaciteit in # VTE": 1.5},
            {"Code": "E", "Onderdeel": "Doorlopende acties", "Geschatte capaciteit in # VTE": 1.2},
            {"Code": "F", "Onderdeel": "Actiefiches", "Geschatte capaciteit in # VTE": 1.1},
            {"Code": "B + C + D + E + F", "Onderdeel": "Totaal", "Geschatte capaciteit in # VTE": 5.8},
        ],
        "Stuurgroepen": [
            {
                "Naam en/of thema": "Overlegplatform Dementie",
                "Trekker": "Broes",
                "Looptijd en frequentie": "Sinds 2016, 3x/jaar",
                "Concrete doelstelling": "Brengt welzijns- en gezondheidsactoren samen die met dementie te maken krijgen.",
                "Meerwaarde voor de zorgraad": "Verbinding welzijn-gezondheid.",
                "Opmerking": None,
            },
            {
                "Naam en/of thema": "Algemene vergadering",
                "Trekker": "SOM",
                "Looptijd en frequentie": "Sinds 2020, 2x/jaar",
                "Concrete doelstelling": "Lidmaatschap van een werkgeversorganisatie.",
                "Meerwaarde voor de zorgraad": "Netwerkmoment; inhoudelijke inspiratie.",
                "Opmerking": None,
            },
        ],
        "Netwerkevents": [
            {
                "Titel + format": "Eerstelijnsmeeting: aangeboden lunch + inhoudelijke spreker",
                "Frequentie + timing": "1x/jaar in maart",
                "Opkomst": "± 50 gezondheids- en welzijnsprofessionals",
                "Opvolging/evaluatie": "Evaluatie via Microsoft Forms bij de deelnemers en intern.",
                "Link eerdere actiefiche": "Ja",
                "Opmerking": None,
            }
        ],
        "Doorlopende acties": [
            {
                "Titel + jaar actiefiche": "Workshops inclusieve zorg (2025, 2024, 2023, 2022)",
                "Mijlpalen in 2026": "4 workshops verspreid over het jaar",
                "Verduurzaming + blijvende inzet": "Verduurzaamd in de werking van BruZEL en Brusano; ook de komende "
                "jaren is blijvende inzet van BruZEL nodig.",
            }
        ],
        "Actiefiches": [fiche, fiche2],
        "Doelstellingen": [
            {
                "SD": "SD 3",
                "Strategische doelstelling": "De Brusselaar vindt in de meest nabije leefomgeving gezondheids- en welzijnszorg op maat",
                "OD": "OD 3.1",
                "Operationele doelstelling": "BruZEL faciliteert en ondersteunt lokaal overleg en interdisciplinaire samenwerking.",
            },
            {
                "SD": "SD 4",
                "Strategische doelstelling": "De Brusselaar heeft de handvaten om zelfstandig de weg te vinden.",
                "OD": "OD 4.1",
                "Operationele doelstelling": "BruZEL zet in op de gezondheidsvaardigheden van de Brusselaar.",
            },
        ],
    }


def last_year_plan() -> dict[str, list[dict[str, Any]]]:
    """Last year's plan (working year 2025) for the valid plan, for ``--vorig-jaar``: its fiche
    `Workshops inclusieve zorg` goes on as this year's ongoing action, its Eerstelijnsmeeting as
    this year's network event (Link eerdere actiefiche: Ja); A is 6,2 VTE (this year 6,0). Compared
    with :func:`valid_plan` it gives no finding."""
    rows = valid_plan()
    algemeen = {r["Veld"]: r for r in rows["Algemeen"]}
    algemeen["Werkjaar"]["Waarde"] = 2025
    algemeen["Sjabloon"]["Waarde"] = "actieplan-2025"
    algemeen["Datum indiening"]["Waarde"] = "2024-10-10"
    rows["Capaciteit"][0]["Geschatte capaciteit in # VTE"] = 6.2
    base = rows["Actiefiches"][0]
    rows["Actiefiches"] = [
        dict(base, **{
            "OD": "OD 3.1",
            "Titel actie": "Workshops inclusieve zorg: ‘Sleutels voor een inclusieve eerstelijnszorg in Brussel’",
            "Wat?": "Samen met Brusano organiseren we vier workshops 'Sleutels voor een inclusieve eerstelijnszorg in "
            "Brussel' die professionals handvatten geven voor laaggeletterdheid, meertaligheid en armoede.",
            "Waarom?": "De workshops lopen sinds 2022 en worden telkens goed geëvalueerd; professionals vragen "
            "concrete handvatten om drempels te verlagen voor kwetsbare Brusselaars.",
            "Plan van aanpak en mijlpalen": "STAP 1: thema's en sprekers (januari 2025)\nSTAP 2: vier workshops "
            "(maart-december 2025)\nSTAP 3: evaluatie (december 2025)",
        }),
        dict(base, **{
            "OD": "OD 4.1",
            "Titel actie": "Eerstelijnsmeeting 2025: impactvolle communicatie met de patiënt",
            "Wat?": "In maart 2025 organiseren we de Eerstelijnsmeeting, een aangeboden lunch met een spreker over "
            "handvatten voor een impactvolle communicatie met de patiënt of cliënt.",
            "Waarom?": "Op het Forum van september 2024 bleek hoezeer toegankelijkheid leeft bij het werkveld; "
            "communicatie kwam als eerste drempel naar voren.",
            "Plan van aanpak en mijlpalen": "STAP 1: spreker en programma (januari 2025)\nSTAP 2: meeting "
            "(maart 2025)\nSTAP 3: evaluatie via Microsoft Forms (april 2025)",
        }),
    ]
    return rows


def write_plan(
    path: Path,
    rows: dict[str, list[dict[str, Any]]] | None = None,
    *,
    title_rows: int = 2,
    blank_rows_after: dict[str, list[int]] | None = None,
    extra_columns: dict[str, list[str]] | None = None,
    headers: dict[str, list[str]] | None = None,
    omit: tuple[str, ...] = (),
) -> Path:
    """Write ``rows`` (default: :func:`valid_plan`) as a workbook in the template layout.

    ``title_rows`` lines above the header; ``blank_rows_after[sheet]`` data indices after which an
    empty row is inserted; ``extra_columns[sheet]`` extra headers appended (cells filled 'extra');
    ``headers[sheet]`` replaces the header row as written (to misspell or reorder headers).
    """
    rows = copy.deepcopy(valid_plan() if rows is None else rows)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for spec in RULESET.sheets.values():
        if spec.name in omit:
            continue
        ws = wb.create_sheet(spec.name)
        written = list(headers[spec.name]) if headers and spec.name in headers else [c.header for c in spec.columns]
        canonical = [c.header for c in spec.columns]
        extras = (extra_columns or {}).get(spec.name, [])
        for t in range(title_rows):
            ws.cell(row=t + 1, column=1, value=spec.title if t == 0 else "Toelichting bij deze tabel")
        header_row = title_rows + 1
        for j, h in enumerate(written + extras, start=1):
            ws.cell(row=header_row, column=j, value=h)
        r = header_row + 1
        blanks = set((blank_rows_after or {}).get(spec.name, []))
        for i, row in enumerate(rows.get(spec.name, [])):
            for j, h in enumerate(canonical, start=1):
                value = row.get(h)
                if isinstance(value, Formula):
                    ws.cell(row=r, column=j, value=value.text)  # openpyxl writes no saved result
                elif value is not None:
                    cell = ws.cell(row=r, column=j, value=value)
                    if isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"
            for j, _ in enumerate(extras, start=len(written) + 1):
                ws.cell(row=r, column=j, value="extra")
            r += 1
            if i in blanks:
                r += 1
    wb.save(path)
    return path


@dataclass(frozen=True)
class Formula:
    """A formula cell: ``write_plan`` writes it without a saved result (as any script does),
    ``write_saved`` with ``saved`` as its saved result (as Excel does)."""

    text: str
    saved: Any = None


def write_saved(path: Path, rows: dict[str, list[dict[str, Any]]] | None = None) -> Path:
    """Like ``write_plan`` (same layout), but written with xlsxwriter so that a :class:`Formula`
    keeps its saved result, as in a workbook saved by Excel (``write_formula(..., value=...)``)."""
    import xlsxwriter

    rows = copy.deepcopy(valid_plan() if rows is None else rows)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False})
    for spec in RULESET.sheets.values():
        ws = wb.add_worksheet(spec.name)
        ws.write_string(0, 0, spec.title)
        ws.write_string(1, 0, "Toelichting bij deze tabel")
        canonical = [c.header for c in spec.columns]
        for j, h in enumerate(canonical):
            ws.write_string(2, j, h)
        for i, row in enumerate(rows.get(spec.name, [])):
            for j, h in enumerate(canonical):
                value = row.get(h)
                if isinstance(value, Formula):
                    ws.write_formula(3 + i, j, value.text, None, value.saved)
                elif isinstance(value, bool):
                    ws.write_boolean(3 + i, j, value)
                elif isinstance(value, (int, float)):
                    ws.write_number(3 + i, j, value)
                elif value is not None:
                    ws.write_string(3 + i, j, str(value))
    wb.close()
    return path


def cell(sheet: str, header: str, index: int, title_rows: int = 2) -> str:
    """Excel address of data index ``index`` in column ``header`` of a plan written by write_plan."""
    spec = RULESET.sheets[sheet]
    col = [c.header for c in spec.columns].index(header) + 1
    return f"{get_column_letter(col)}{title_rows + 2 + index}"


def rewrite_zip(path: Path, change) -> Path:
    """Rewrite the members of the zip at ``path``: ``change(name, data) -> data``."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info)))
    path.write_bytes(buf.getvalue())
    return path


def workbook_cells(path):
    """Every sheet's values, merges, validations and panes, and the defined names: what a
    regenerated workbook must keep."""
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        out[ws.title] = (
            [[c.value for c in row] for row in ws.iter_rows()],
            sorted(str(r) for r in ws.merged_cells.ranges),
            sorted((str(dv.sqref), dv.type, dv.formula1, dv.prompt) for dv in ws.data_validations.dataValidation),
            ws.freeze_panes,
        )
    out["_names"] = sorted((n, d.attr_text) for n, d in wb.defined_names.items())
    return out



def shift_years(value, years: int):
    """Every year (19xx/20xx) in a value moved on: the valid plan, as next year's plan."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and 1990 <= value <= 2100:
        return value + years
    if isinstance(value, str):
        return re.sub(r"(?<!\d)(19|20)(\d\d)(?!\d)", lambda m: str(int(m.group(0)) + years), value)
    if isinstance(value, dict):
        return {shift_years(k, years): shift_years(v, years) for k, v in value.items()}
    if isinstance(value, list):
        return [shift_years(v, years) for v in value]
    return value


def write_under_table(path: Path, notes: list[tuple[str, int, str]], merge_to: int | None = None) -> dict[str, int]:
    """Write each (sheet, column, text) of ``notes`` in the row under the last filled row of that
    sheet, as a user adds a note under a table (``merge_to``: merged up to that column, as users
    do); the rows written, by sheet."""
    wb = openpyxl.load_workbook(path)
    rows: dict[str, int] = {}
    for sheet, column, text in notes:
        ws = wb[sheet]
        row = 1 + max(r for r in range(1, ws.max_row + 1) if any(c.value is not None for c in ws[r]))
        ws.cell(row=row, column=column, value=text)
        if merge_to is not None:
            ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=merge_to)
        rows[sheet] = row
    wb.save(path)
    return rows
