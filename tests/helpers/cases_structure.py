"""Cases for rules/common/structure.py (sheets, headers, the cells of each sheet on their own)."""

from cases import Case, set_cell


def _drop(sheet, header):
    def mutate(rows):
        for row in rows[sheet]:
            row.pop(header, None)

    return mutate


def _remove_code(code):
    def mutate(rows):
        rows["Capaciteit"] = [r for r in rows["Capaciteit"] if r["Code"] != code]

    return mutate


def _same_trekker(rows):
    rows["Stuurgroepen"][1]["Trekker"] = rows["Stuurgroepen"][0]["Trekker"]


def _same_group(rows):
    _same_trekker(rows)
    rows["Stuurgroepen"][1]["Naam en/of thema"] = rows["Stuurgroepen"][0]["Naam en/of thema"]


STUUR_HEADERS = ["Naam en/of thema", "Trekkers", "Looptijd en frequentie", "Concrete doelstelling", "Meerwaarde voor de zorgraad", "Opmerking"]

CASES = [
    Case("blad-ontbreekt", "no Stuurgroepen sheet", lambda r: None, {("Stuurgroepen", None)}, {"omit": ("Stuurgroepen",)}),
    Case("kopregel-niet-gevonden", "header below row 10", lambda r: None, {("Stuurgroepen", None), ("Algemeen", None), ("Capaciteit", None), ("Netwerkevents", None), ("Doorlopende acties", None), ("Actiefiches", None), ("Doelstellingen", None)}, {"title_rows": 11}),
    Case("kopregel-niet-gevonden", "header on row 10 is still found", lambda r: None, set(), {"title_rows": 9}),
    Case("kolom-ontbreekt", "misspelt header points at it", lambda r: None, {("Stuurgroepen", "B3")}, {"headers": {"Stuurgroepen": STUUR_HEADERS}}),
    Case(
        "kolom-ontbreekt",
        "header spelt loosely is matched",
        lambda r: None,
        set(),
        {"headers": {"Stuurgroepen": ["Naam en/ of thema?", "TREKKER:", "Looptijd  en frequentie", "Concrete doelstelling", "Meerwaarde voor de zorgraad", "Opmerking"]}},
    ),
    Case(
        "kolom-dubbel",
        "two Trekker columns",
        lambda r: None,
        {("Stuurgroepen", "G3")},
        {"extra_columns": {"Stuurgroepen": ["Trekker"]}},
    ),
    Case("cel-verplicht", "empty trekker", set_cell("Stuurgroepen", 1, "Trekker", None), {("Stuurgroepen", "B5")}),
    Case("cel-verplicht", "blank-only text counts as empty", set_cell("Actiefiches", 0, "Waarom?", " \u00a0 "), {("Actiefiches", "G4")}),
    Case("cel-verplicht", "optional column may stay empty", set_cell("Stuurgroepen", 0, "Opmerking", None), set()),
    Case("getal-ongeldig", "VTE in words", set_cell("Actiefiches", 1, "Personeelscapaciteit (VTE)", "twee dagen per week"), {("Actiefiches", "L5")}),
    Case("getal-ongeldig", "a number no plan can mean", set_cell("Capaciteit", 0, "Geschatte capaciteit in # VTE", 1e308), {("Capaciteit", "C4")}),
    Case("getal-ongeldig", "a large but possible number passes", set_cell("Capaciteit", 0, "Geschatte capaciteit in # VTE", 999_999), set()),
    Case("getal-ongeldig", "Dutch and English notation pass", set_cell("Capaciteit", 0, "Geschatte capaciteit in # VTE", "6,0 VTE"), set()),
    Case("getal-ongeldig", "a sentence's full stop after vte passes", set_cell("Actiefiches", 0, "Personeelscapaciteit (VTE)", "0,6 vte."), set()),
    Case("getal-ongeldig", "an error value is cel-foutwaarde's alone", set_cell("Actiefiches", 1, "Personeelscapaciteit (VTE)", "#DIV/0!"), set()),
    Case("getal-negatief", "negative capacity", set_cell("Capaciteit", 1, "Geschatte capaciteit in # VTE", -0.5), {("Capaciteit", "C5")}),
    Case("vinkvak-ongeldig", "maybe is no tick", set_cell("Actiefiches", 0, "Procesevaluatie", "misschien"), {("Actiefiches", "M4")}),
    Case("vinkvak-ongeldig", "tick spellings pass", set_cell("Actiefiches", 0, "Procesevaluatie", "TRUE"), set()),
    Case("vinkvak-ongeldig", "☑ (U+2611) is a tick", set_cell("Actiefiches", 0, "Procesevaluatie", "☑"), set()),
    Case("vinkvak-ongeldig", "v is a tick", set_cell("Actiefiches", 0, "Procesevaluatie", "v"), set()),
    Case("vinkvak-ongeldig", "V is a tick", set_cell("Actiefiches", 1, "Resultaatgerichte evaluatie (output)", "V"), set()),
    Case("ja-nee-ongeldig", "not starting with Ja/Nee", set_cell("Netwerkevents", 0, "Link eerdere actiefiche", "Zie fiche 2024"), {("Netwerkevents", "E4")}),
    Case("ja-nee-ongeldig", "the question's own words pass (linked)",
         set_cell("Netwerkevents", 0, "Link eerdere actiefiche", "Gelinkt aan actiefiche Eerstelijnsmeeting (2025)"), set()),
    Case("ja-nee-ongeldig", "the question's own words pass (stands alone)",
         set_cell("Netwerkevents", 0, "Link eerdere actiefiche", "Staat los van een actiefiche"), set()),
    Case("ja-nee-ongeldig", "the template's 'Ja/Nee' left unanswered fails",
         set_cell("Netwerkevents", 0, "Link eerdere actiefiche", "Ja/Nee"), {("Netwerkevents", "E4")}),
    Case("ja-nee-ongeldig", "a word that only starts like an answer fails",
         set_cell("Netwerkevents", 0, "Link eerdere actiefiche", "Janssen vraagt het na"), {("Netwerkevents", "E4")}),
    Case("ja-nee-ongeldig", "Ja with explanation passes", set_cell("Netwerkevents", 0, "Link eerdere actiefiche", "Ja (zorgwijkoverleg, 2024)"), set()),
    Case("sd-code-ongeldig", "SD written out", set_cell("Actiefiches", 0, "SD", "drie"), {("Actiefiches", "A4")}),
    Case("od-code-ongeldig", "one level among two-level codes", set_cell("Doelstellingen", 1, "OD", "4"), {("Doelstellingen", "C5")}),
    Case("od-code-ongeldig", "OD written out", set_cell("Actiefiches", 1, "OD", "OD vier"), {("Actiefiches", "B5")}),
    Case("od-code-ongeldig", "ODs numbered OD 1, OD 2 pass", lambda r: [d.update(OD=f"OD {i + 1}") for i, d in enumerate(r["Doelstellingen"])], set()),
    Case("sd-code-ongeldig", "SD 03 and 3. pass", lambda r: (r["Actiefiches"][0].update(SD="SD 03"), r["Doelstellingen"][0].update(SD="3.")), set()),
    Case("capaciteit-code", "D missing", _remove_code("D"), {("Capaciteit", None)}),
    Case("capaciteit-code", "unknown code", set_cell("Capaciteit", 6, "Code", "G"), {("Capaciteit", "A10")}),
    Case("titel-dubbel", "same fiche title twice", set_cell("Actiefiches", 1, "Titel actie", "BruZEL organiseert interprofessionele overlegmomenten op WIJKNIVEAU "), {("Actiefiches", "C5")}),
    Case("titel-dubbel", "title header misspelt: equal trekkers are no duplicates", _same_trekker, set(),
         {"headers": {"Stuurgroepen": ["Naam of thema", "Trekker", *STUUR_HEADERS[2:]]}}),
    Case("titel-dubbel", "equal title and trekker is a duplicate", _same_group, {("Stuurgroepen", "A5")}),
    Case("titel-dubbel", "same title, other trekker passes", set_cell("Stuurgroepen", 0, "Naam en/of thema", "Algemene vergadering"), set()),
    Case("algemeen-veld", "empty Zorgraad", set_cell("Algemeen", 0, "Waarde", None), {("Algemeen", "B4")}),
    Case("algemeen-onbekend-veld", "typo in a field", set_cell("Algemeen", 3, "Veld", "Contact persoon"), {("Algemeen", "A7")}),
    Case(
        "blad-te-groot",
        "more rows than the cap",
        lambda r: r["Stuurgroepen"].extend(dict(r["Stuurgroepen"][0], Trekker=f"T{i}") for i in range(12)),
        {("Stuurgroepen", None)},
        {"patch": {"actieplan.read.loader.MAX_ROWS": 12}},
    ),
    Case("blad-leeg", "no steering groups", lambda r: r.__setitem__("Stuurgroepen", []), {("Stuurgroepen", None)}),
]

CASES.append(
    Case("cel-verplicht", "an empty tick-box is an unticked box", set_cell("Actiefiches", 0, "Resultaatgerichte evaluatie (output)", None), set())
)

CASES += [
    Case("cel-plaatshouder", "slash in Wat ga je niet doen?", set_cell("Actiefiches", 0, "Wat ga je niet doen?", "/"), {("Actiefiches", "F4")}),
    Case("cel-plaatshouder", "n.v.t. as a steering group's trekker", set_cell("Stuurgroepen", 1, "Trekker", " N.V.T. "), {("Stuurgroepen", "B5")}),
    Case("cel-plaatshouder", "geen and x", lambda r: (r["Actiefiches"][1].update({"Wat ga je niet doen?": "Geen"}), r["Netwerkevents"][0].update({"Opkomst": "x"})), {("Actiefiches", "F5"), ("Netwerkevents", "C4")}),
    Case("cel-plaatshouder", "a short real answer passes", set_cell("Actiefiches", 0, "Wat ga je niet doen?", "Geen nieuwe database."), set()),
    Case("cel-plaatshouder", "an optional column may hold a dash", set_cell("Stuurgroepen", 0, "Opmerking", "-"), set()),
    Case("rij-onder-tabel", "a total under the fiches", lambda r: r["Actiefiches"].append({"Titel actie": "Totaal", "Personeelscapaciteit (VTE)": 1.1}), {("Actiefiches", None)}),
    Case("rij-onder-tabel", "a complete last fiche passes", lambda r: r["Actiefiches"].append(dict(r["Actiefiches"][0], **{"Titel actie": "Totaal aanpak dementie", "SD": "SD 3"})), set()),
]
