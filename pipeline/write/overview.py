"""The folder overview: ``overzicht.xlsx`` and ``overzicht.html``, one row per workbook of a folder
check (:class:`FolderResult`, made by :mod:`actieplan.run.folder`), with the rule set's figures
after the counts, a link to each report, and what was skipped.

The page is the template ``templates/overview.html`` (:mod:`actieplan.write.templating`); the
workbook is written with xlsxwriter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from actieplan.normalize import counted, visible
from actieplan.write.outputs import GENERATOR, atomic_path, marker_properties, new_run_id, owner_key, write_text
from actieplan.write.templating import render
from actieplan.write.wording import is_document, plans_counted
from actieplan.write.xlsxtext import put_text

OVERVIEW_XLSX = "overzicht.xlsx"
OVERVIEW_HTML = "overzicht.html"
OVERVIEW_KEY = owner_key("overzicht")

# a row's verdict (its 'oordeel'), as the overview shows and colours it
VERDICT_OK = "Klaar om in te dienen"
VERDICT_ERRORS = "Nog niet klaar"
VERDICT_UNREADABLE = "Niet gelezen"
VERDICT_UNWRITTEN = "Niet geschreven"  # checked, but its outputs could not be written

UNSEARCHED_HINT = "Werkmappen in submappen worden niet gecontroleerd; met --submappen worden ook de submappen doorzocht."


@dataclass
class FolderResult:
    """A folder check: one row (a plain dict, :func:`actieplan.run.folder.check_one`) per workbook."""

    folder: Path | None  # None for workbooks named one by one (`actieplan controleer a.xlsx b.xlsx`)
    out_dir: Path
    rows: list[dict[str, Any]]
    skipped: list[tuple[str, str]] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    # sub-folders of ``folder`` that were not searched (without --submappen)
    unsearched: list[str] = field(default_factory=list)
    # zorgraad -> the workbooks that name it (only where more than one does)
    same_zorgraad: dict[str, list[str]] = field(default_factory=dict)
    run_id: str = field(default_factory=new_run_id)
    notices: list[str] = field(default_factory=list)
    # --vorig-jaar MAP: that folder, and its files that could not serve as last year's plan
    previous_folder: Path | None = None
    previous_skipped: list[tuple[str, str]] = field(default_factory=list)
    # when the check of the folder started: the time the overview gives
    checked_at: datetime = field(default_factory=datetime.now)

    def marker(self) -> dict[str, str]:
        return {"generator": GENERATOR, "id": self.run_id, "output_of": OVERVIEW_KEY}

    @property
    def without_partner(self) -> list[str]:
        """The plans (read) for which no workbook of last year was found, with --vorig-jaar."""
        if self.previous_folder is None:
            return []
        return [r["bestand"] for r in self.rows if r["gelezen"] and not r.get("vorig_jaar")]

    @property
    def exit_code(self) -> int:
        if any(not r["gelezen"] for r in self.rows):
            return 2
        return 1 if any(not r["ok"] for r in self.rows) else 0


FIRST_COLUMNS = (("Bestand", 34), ("Zorgraad", 18), ("Oordeel", 22), ("Fouten", 8), ("Waarschuwingen", 15))
LAST_COLUMNS = (("Rapport", 18), ("Melding", 70))


PREVIOUS_COLUMN = ("Vorig jaar", 30)
NO_PARTNER = "geen gevonden"


def figure_labels(result: FolderResult) -> list[str]:
    """The rule set's figures (e.g. capacity A-F, the fiches), in the order its reports give them."""
    labels: list[str] = []
    for row in result.rows:
        labels.extend(label for label in row["cijfers"] if label not in labels)
    return labels


def columns(result: FolderResult) -> tuple[tuple[str, int], ...]:
    """The overview's columns: the rule set's figures after the counts; 'Vorig jaar' (after
    Zorgraad) only with --vorig-jaar."""
    figures = tuple((label, max(11, min(16, len(label) // 2 + 2))) for label in figure_labels(result))
    cols = (*FIRST_COLUMNS, *figures, *LAST_COLUMNS)
    if result.previous_folder is None:
        return cols
    return (*cols[:2], PREVIOUS_COLUMN, *cols[2:])


def _cells(row: dict[str, Any], result: FolderResult) -> list[Any]:
    cells = [row["bestand"], row["zorgraad"], row["oordeel"], row["fouten"], row["waarschuwingen"],
             *(row["cijfers"].get(label) for label in figure_labels(result)), row["rapport"],
             _melding(row, result.same_zorgraad)]
    if result.previous_folder is not None:
        cells.insert(2, row.get("vorig_jaar") or (NO_PARTNER if row["gelezen"] else None))
    return cells


def _melding(row: dict[str, Any], same: dict[str, list[str]]) -> str:
    for zorgraad, files in same.items():
        if row["bestand"] in files:
            others = [f for f in files if f != row["bestand"]]
            note = f"Let op: ook {listed(others)} {'noemt' if len(others) == 1 else 'noemen'} de zorgraad '{zorgraad}'."
            return f"{row['melding']} {note}".strip()
    return row["melding"]


def same_zorgraad_lines(result: FolderResult) -> list[str]:
    return [
        f"Let op: {len(files)} {plans_counted(files)[1]} noemen dezelfde zorgraad '{zorgraad}' ({listed(files)}): twee versies "
        f"van één plan, of een kopie waarvan {'de Algemeen-gegevens' if all(is_document(f) for f in files) else 'het blad Algemeen'} niet aangepast is?"
        for zorgraad, files in result.same_zorgraad.items()
    ]


def totals(result: FolderResult) -> dict[str, int]:
    rows = result.rows
    return {
        "werkmappen": len(rows),
        "klaar": sum(1 for r in rows if r["gelezen"] and r["ok"]),
        "met_fouten": sum(1 for r in rows if r["gelezen"] and not r["ok"]),
        "niet_gelezen": sum(1 for r in rows if not r["gelezen"] and r["oordeel"] != VERDICT_UNWRITTEN),
        "niet_geschreven": sum(1 for r in rows if r["oordeel"] == VERDICT_UNWRITTEN),
        "overgeslagen": len(result.skipped),
    }


def write_overview_xlsx(result: FolderResult, target: Path) -> Path:
    """``overzicht.xlsx``: one row per workbook, filter on the header, header frozen, link to each report."""
    import xlsxwriter

    with atomic_path(target, OVERVIEW_KEY) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False})
        marker = result.marker()
        for name, value in marker_properties(marker).items():
            wb.set_custom_property(name, value)
        head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"})
        text = wb.add_format({"valign": "top"})
        wrap = wb.add_format({"valign": "top", "text_wrap": True})
        num = wb.add_format({"valign": "top", "num_format": "0.00"})
        count = wb.add_format({"valign": "top", "num_format": "0"})
        link = wb.add_format({"valign": "top", "font_color": "blue", "underline": 1})
        fill = {
            VERDICT_OK: wb.add_format({"valign": "top", "bg_color": "#C6EFCE"}),
            VERDICT_ERRORS: wb.add_format({"valign": "top", "bg_color": "#FFC7CE"}),
            VERDICT_UNREADABLE: wb.add_format({"valign": "top", "bg_color": "#FFEB9C"}),
            VERDICT_UNWRITTEN: wb.add_format({"valign": "top", "bg_color": "#FFEB9C"}),
        }
        ws = wb.add_worksheet("Overzicht")
        cols = columns(result)
        for j, (header, width) in enumerate(cols):
            ws.write_string(0, j, header, head)
            ws.set_column(j, j, width)
        rapport_col = [h for h, _ in cols].index("Rapport")
        for i, row in enumerate(result.rows, start=1):
            for j, value in enumerate(_cells(row, result)):
                header = cols[j][0]
                if value is None or value == "":
                    continue
                if j == rapport_col:
                    ws.write_url(i, j, "external:" + _link_target(value), link, string="rapport openen", tip=visible(value))
                elif header == "Oordeel":
                    put_text(ws, i, j, visible(value), fill.get(value, text))
                elif isinstance(value, bool):
                    ws.write_string(i, j, "ja" if value else "nee", text)
                elif isinstance(value, (int, float)):
                    ws.write_number(i, j, value, count if isinstance(value, int) else num)
                else:
                    put_text(ws, i, j, visible(value), wrap if header == "Melding" else text)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(1, len(result.rows)), len(cols) - 1)
        _print_setup(ws)
        if result.skipped or result.previous_skipped or result.unsearched:
            ws2 = wb.add_worksheet("Overgeslagen")
            ws2.write_string(0, 0, "Bestand", head)
            ws2.write_string(0, 1, "Waarom", head)
            ws2.set_column(0, 0, 34)
            ws2.set_column(1, 1, 90)
            skipped = [*result.skipped, *((f"{result.previous_folder.name}/{n}", f"vorig jaar: {w}") for n, w in result.previous_skipped),
                       *((f"{n}/", f"Niet doorzocht (submap). {UNSEARCHED_HINT}") for n in result.unsearched)]
            for i, (name, why) in enumerate(skipped, start=1):
                put_text(ws2, i, 0, visible(name), text)
                put_text(ws2, i, 1, visible(why), text)
            ws2.freeze_panes(1, 0)
            _print_setup(ws2)
        wb.close()
    return target


def _print_setup(ws) -> None:
    """Printed: landscape A4, every column on the width of one page, the header on every page."""
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)  # one page wide, as many pages high as needed
    ws.repeat_rows(0)


def _link_target(name: str) -> str:
    """A file name as the target of a relative link in the xlsx: '#' would start a location within
    the file and '%' an escape, control characters are not allowed in XML: percent-encode those."""
    out = []
    for ch in name:
        if ch in "%# " or ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F:
            out.append(f"%{ord(ch):02X}")
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # a byte of a file name that is not UTF-8
            out.append(f"%{ord(ch) - 0xDC00:02X}")
        else:
            out.append(ch)
    return "".join(out)


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


def write_overview_html(result: FolderResult, target: Path) -> Path:
    """``overzicht.html``: the same table as one self-contained page."""
    cols = columns(result)
    return write_text(target, render(
        "overview.html",
        result=result,
        key=OVERVIEW_KEY,
        source_name=result.folder.name if result.folder is not None else f"gegeven {file_nouns(result)[1]}",
        given=f"Gegeven {file_nouns(result)[1]}",
        counts_line=_counts_line(totals(result), file_nouns(result)),
        warnings=same_zorgraad_lines(result),
        headers=[h for h, _ in cols],
        rows=[_html_cells(row, result, cols) for row in result.rows],
        hint=UNSEARCHED_HINT,
    ))


CSS_CLASS = {VERDICT_OK: "ok", VERDICT_ERRORS: "fout", VERDICT_UNREADABLE: "niet", VERDICT_UNWRITTEN: "niet"}


def _html_cells(row: dict[str, Any], result: FolderResult, cols: tuple[tuple[str, int], ...]) -> list[dict[str, Any]]:
    """A row of the page: each cell's text, and its link (the report) or class (verdict, number)."""
    cells = []
    for (header, _), value in zip(cols, _cells(row, result)):
        if header == "Rapport" and value:
            cells.append({"href": quote(value, errors="surrogateescape")})
        elif header == "Oordeel":
            cells.append({"text": _fmt(value), "css": CSS_CLASS.get(value, "")})
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            cells.append({"text": _fmt(value), "css": "n"})
        else:
            cells.append({"text": _fmt(value)})
    return cells


def file_nouns(result: FolderResult) -> tuple[str, str]:
    """How the checked files are counted: ('werkmap', 'werkmappen'), or ('bestand', 'bestanden') when
    not all of them are workbooks (a Word document among them)."""
    return plans_counted([r["bestand"] for r in result.rows])


def _counts_line(t: dict[str, int], nouns: tuple[str, str] = ("werkmap", "werkmappen")) -> str:
    line = (
        f"{counted(t['werkmappen'], *nouns)} — {t['klaar']} klaar om in te dienen, "
        f"{t['met_fouten']} met fouten, {t['niet_gelezen']} niet gelezen"
    )
    if t.get("niet_geschreven"):
        line += f", {t['niet_geschreven']} niet geschreven"
    if t["overgeslagen"]:
        line += f", {counted(t['overgeslagen'], 'bestand', 'bestanden')} overgeslagen"
    return line


def listed(items: list[str], limit: int = 5) -> str:
    shown = ", ".join(f"'{i}'" for i in items[:limit])
    return shown + (f" en nog {len(items) - limit}" if len(items) > limit else "")
