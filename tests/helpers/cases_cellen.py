"""Cases for rules/common/cellen.py (what Excel or another program put in a cell: error values,
formulas without a result, dates and booleans where text belongs, hidden sheets and rows)."""

from datetime import datetime

import openpyxl
from cases import Case, set_cell
from openpyxl.worksheet.formula import ArrayFormula
from workbooks import cell

_SAVE = openpyxl.Workbook.save


def _saving(change=None, after=None):
    """A Workbook.save that applies ``change(wb)`` first and ``after(path)`` to the written file:
    for what rows of values cannot express (hidden sheets, what openpyxl refuses to write)."""

    def save(self, filename):
        if change:
            change(self)
        _SAVE(self, filename)
        if after:
            after(filename)

    return {"patch": {"openpyxl.Workbook.save": save}}


MARKER = "LANGE-TEKST-HIER"


def _replace_marker(text):
    """Put ``text`` where MARKER was written: openpyxl (and Excel) cut a cell at 32,767 characters,
    another program does not."""

    def after(path):
        import shutil
        import zipfile

        tmp = f"{path}.tmp"
        with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zout.writestr(info, zin.read(info).replace(MARKER.encode(), text.encode()))
        shutil.move(tmp, path)

    return after


def _hide_sheet(name, state="hidden"):
    def change(wb):
        wb[name].sheet_state = state

    return change


def _hide_rows(name, *rows):
    def change(wb):
        for r in rows:
            wb[name].row_dimensions[r].hidden = True

    return change


def _formula(sheet, header, index, text):
    """An openpyxl-written formula: it has no stored result, as from any program but Excel."""
    return set_cell(sheet, index, header, ArrayFormula(cell(sheet, header, index), text))


CASES = [
    Case("cel-foutwaarde", "#DIV/0! in a capacity", set_cell("Capaciteit", 1, "Geschatte capaciteit in # VTE", "#DIV/0!"), {("Capaciteit", "C5")}),
    Case("cel-foutwaarde", "#REF! in a text column", set_cell("Stuurgroepen", 0, "Trekker", "#REF!"), {("Stuurgroepen", "B4")}),
    Case("cel-foutwaarde", "text mentioning #REF! is text", set_cell("Stuurgroepen", 0, "Opmerking", "Zie #REF! in de oude versie"), set()),
    Case("formule-zonder-waarde", "script-written formula in Trekker", _formula("Stuurgroepen", "Trekker", 1, "=A5"), {("Stuurgroepen", "B5")}),
    Case("formule-zonder-waarde", "Capaciteit total is computed by the rules", _formula("Capaciteit", "Geschatte capaciteit in # VTE", 6, "=SUM(C5:C9)"), set()),
    Case("cel-te-lang", "40,000 characters", set_cell("Actiefiches", 1, "Wat?", MARKER), {("Actiefiches", "D5")}, _saving(after=_replace_marker("Lange tekst. " * 3100))),
    Case("cel-te-lang", "exactly 32,767 characters pass", set_cell("Actiefiches", 1, "Wat?", MARKER), set(), _saving(after=_replace_marker("é" * 32_767))),
    Case("cel-foutwaarde", "#DIV/0! in a fiche's VTE", set_cell("Actiefiches", 1, "Personeelscapaciteit (VTE)", "#DIV/0!"), {("Actiefiches", "L5")}),
    Case("getal-als-tekst", "'0,6 VTE' typed as text", set_cell("Actiefiches", 0, "Personeelscapaciteit (VTE)", "0,6 VTE"), {("Actiefiches", "L4")}),
    Case("getal-als-tekst", "'1,5' as text in Capaciteit", set_cell("Capaciteit", 2, "Geschatte capaciteit in # VTE", "1,5"), {("Capaciteit", "C6")}),
    Case("getal-als-tekst", "the number itself passes", set_cell("Actiefiches", 0, "Personeelscapaciteit (VTE)", 0.6), set()),
    Case("getal-als-tekst", "text that is no number is getal-ongeldig's", set_cell("Actiefiches", 0, "Personeelscapaciteit (VTE)", "veel"), set()),
    Case("formule-zonder-waarde", "a Capaciteit total over a column we do not read", _formula("Capaciteit", "Geschatte capaciteit in # VTE", 6, "=SUM(X5:X9)"), {("Capaciteit", "C10")}),
    Case("cel-type", "TRUE as a trekker", set_cell("Stuurgroepen", 1, "Trekker", True), {("Stuurgroepen", "B5")}),
    Case("cel-type", "a date as a title", set_cell("Actiefiches", 0, "Titel actie", datetime(2025, 3, 1)), {("Actiefiches", "C4")}),
    Case("cel-type", "a date as timing passes", set_cell("Netwerkevents", 0, "Frequentie + timing", datetime(2026, 3, 12)), set()),
    Case("blad-verborgen", "hidden Doelstellingen", lambda r: None, {("Doelstellingen", None)}, _saving(_hide_sheet("Doelstellingen"))),
    Case("blad-verborgen", "very hidden Doelstellingen", lambda r: None, {("Doelstellingen", None)},
         _saving(_hide_sheet("Doelstellingen", "veryHidden"))),
    Case("rij-verborgen", "hidden fiche row", lambda r: None, {("Actiefiches", None)}, _saving(_hide_rows("Actiefiches", 5))),
    Case("rij-verborgen", "hidden empty row passes", lambda r: None, set(), _saving(_hide_rows("Actiefiches", 30))),
]
