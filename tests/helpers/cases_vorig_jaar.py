"""Cases for rules/common/vorig_jaar.py: the valid plan against last year's (workbooks.last_year_plan,
working year 2025: fiches `Workshops inclusieve zorg` and `Eerstelijnsmeeting 2025`). Actiefiches
row 4 (C Titel actie), Doorlopende acties row 4 (A title), Capaciteit row 4 (C: A)."""

from cases import Case, set_cell
from workbooks import last_year_plan

F, D, N, C = "Actiefiches", "Doorlopende acties", "Netwerkevents", "Capaciteit"
VORIG = {"vorig": True}


def _copy_of_last_year(edit):
    """Replace this year's first fiche with last year's first, changed by ``edit``."""

    def mutate(rows):
        fiche = dict(last_year_plan()["Actiefiches"][0])
        edit(fiche)
        rows[F][0] = fiche

    return mutate


def _verbatim(fiche):
    pass


def _lightly_edited(fiche):
    fiche["Titel actie"] = "BruZEL organiseert opnieuw de workshops inclusieve eerstelijnszorg"
    fiche["Wat?"] = fiche["Wat?"].replace("vier", "drie") + " Nieuw dit jaar: een workshop over digitale drempels."
    fiche["Plan van aanpak en mijlpalen"] = fiche["Plan van aanpak en mijlpalen"].replace("2025", "2026")


def _same_subject_new_action(fiche):
    fiche["Titel actie"] = "BruZEL evalueert de workshops inclusieve zorg met Brusano"
    fiche["Wat?"] = ("We bevragen deelnemers en sprekers van de voorbije reeksen over de impact van de workshops en "
                     "schrijven met Brusano een gedragen evaluatierapport met aanbevelingen.")
    fiche["Waarom?"] = ("Na vier jaar willen beide partners weten of de handvatten in de praktijk gebruikt worden, "
                        "voor ze over de toekomst van de reeks beslissen.")
    fiche["Plan van aanpak en mijlpalen"] = ("STAP 1: vragenlijst (februari 2026)\nSTAP 2: focusgroepen (april 2026)\n"
                                             "STAP 3: rapport en bespreking in de stuurgroep (juni 2026)")


def _no_event(rows):
    rows[N][0]["Titel + format"] = "Nieuwjaarsdrink voor de leden van de zorgraad"
    rows[N][0]["Link eerdere actiefiche"] = "Nee"


CASES = [
    Case("vorig-jaar-fiche-gekopieerd", "last year's fiche pasted verbatim", _copy_of_last_year(_verbatim), {(F, "C4")}, VORIG),
    Case("vorig-jaar-fiche-gekopieerd", "lightly edited copy", _copy_of_last_year(_lightly_edited), {(F, "C4")}, VORIG),
    Case("vorig-jaar-fiche-gekopieerd", "new action on the same subject passes", _copy_of_last_year(_same_subject_new_action), set(), VORIG),
    Case("vorig-jaar-fiche-gekopieerd", "without --vorig-jaar nothing", _copy_of_last_year(_verbatim), set()),
    Case("vorig-jaar-doorlopend-onbekend", "made-up title of last year", set_cell(D, 0, "Titel + jaar actiefiche", "Zorgpad dementie (2025)"), {(D, "A4")}, VORIG),
    Case("vorig-jaar-doorlopend-onbekend", "earlier years only are not checked", set_cell(D, 0, "Titel + jaar actiefiche", "Zorgpad dementie (2024, 2023)"), set(), VORIG),
    Case("vorig-jaar-doorlopend-onbekend", "last year's fiche by a shorter name passes", set_cell(D, 0, "Titel + jaar actiefiche", "Workshops inclusieve eerstelijnszorg (2025)"), set(), VORIG),
    Case("vorig-jaar-fiche-verdwenen", "last year's event fiche appears nowhere", _no_event, {(D, None)}, VORIG),
    Case("vorig-jaar-fiche-verdwenen", "continued as an event with a link passes", set_cell(N, 0, "Titel + format", "Eerstelijnsmeeting, lunch + spreker"), set(), VORIG),
    Case("vorig-jaar-capaciteit-a", "A 19% lower", set_cell(C, 0, "Geschatte capaciteit in # VTE", 5.0), {(C, "C4")}, VORIG),
    Case("vorig-jaar-capaciteit-a", "A 10% lower passes", set_cell(C, 0, "Geschatte capaciteit in # VTE", 5.6), set(), VORIG),
]
