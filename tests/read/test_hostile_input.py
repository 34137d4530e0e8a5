"""The catalogue of hostile input (issue 5): every case through `actieplan controleer` in-process.

Each case asserts the exit code (2 for a file that cannot be read, 1 for a readable workbook
with errors), a Dutch message that names the file and the fix, no traceback, the input file
byte-for-byte unchanged, and no half-written output (no temporary file left in the output folder).
Within a readable workbook, a damaged part becomes findings at the right cells while the rest is
still checked.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import subprocess
import sys
import time
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from hostile import controleer, refused
from hostile import digest as _digest, leftovers as _leftovers
from paths import ROOT
from workbooks import RULESET, cell, rewrite_zip, valid_plan, write_plan

from actieplan.read import guard
from actieplan.write import outputs
from actieplan.run.cli import main

# -- helpers -------------------------------------------------------------------------------------


def findings(out: Path, stem: str = "plan") -> list[dict]:
    data = json.loads((out / f"{stem}.bevindingen.json").read_text(encoding="utf-8"))
    return data["findings"]


def triples(out: Path, stem: str = "plan") -> set[tuple]:
    return {(f["sheet"], f["cell"], f["rule"]) for f in findings(out, stem)}


def sheet_part(path: Path, sheet: str) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    index = wb.sheetnames.index(sheet)
    wb.close()
    return f"xl/worksheets/sheet{index + 1}.xml"


def edited(path: Path, edit) -> Path:
    """Open ``path`` with openpyxl, apply ``edit(wb)``, save in place (the test's own file)."""
    wb = openpyxl.load_workbook(path)
    edit(wb)
    wb.save(path)
    return path


# -- not a workbook ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("notities.xlsx", "Dit is gewoon tekst.\n".encode(), ["geen Excel-werkmap", "sla het op als 'Excel-werkmap (*.xlsx)'"]),
        ("scan.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", ["PDF-bestand", "de werkmap zelf (.xlsx)"]),
        ("leeg.xlsx", b"", ["leeg (0 bytes)", "de werkmap opnieuw op in Excel"]),
        ("leeg.docx", b"", ["leeg (0 bytes)", "het document opnieuw op in Word"]),
        ("plan.csv", "Naam;Trekker\nOverleg;BruZEL\n".encode(), [".csv-bestand", "Excel-werkmap (*.xlsx)"]),
        ("plan.ods", b"PK\x03\x04rest", [".ods-bestand", "Excel-werkmap (*.xlsx)"]),
    ],
    ids=["text-as-xlsx", "pdf-as-xlsx", "empty", "empty-docx", "csv", "ods-by-name"],
)
def test_not_a_workbook(tmp_path, capsys, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    refused(path, tmp_path, capsys, *words)


def _ole(stream: str) -> bytes:
    """The start of an OLE compound file (old .xls, or an encrypted .xlsx) naming one stream."""
    magic = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    return magic + b"\x00" * 504 + stream.encode("utf-16-le") + b"\x00" * 1024


@pytest.mark.parametrize("name, what", [("begroting.xls", ".xls-bestand"), ("begroting-hernoemd.xlsx", "oud Excel-bestand (.xls)")])
def test_old_xls(tmp_path, capsys, name, what):
    path = tmp_path / name
    path.write_bytes(_ole("Workbook"))
    refused(path, tmp_path, capsys, what, "'Opslaan als' > 'Excel-werkmap (*.xlsx)'")


def test_ods_renamed_to_xlsx(tmp_path, capsys):
    path = tmp_path / "plan.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    refused(path, tmp_path, capsys, "OpenDocument", "Excel-werkmap (*.xlsx)")


def test_word_document_renamed_to_xlsx(tmp_path, capsys):
    path = tmp_path / "plan.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    refused(path, tmp_path, capsys, "is een Word-document met de naam .xlsx", "Hernoem het naar .docx")


def test_truncated_zip(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused(path, tmp_path, capsys, "beschadigd", "Open het in Excel", "eerdere versie")


def test_a_truncated_word_document_is_to_be_opened_in_word(tmp_path, capsys):
    from actieplan.run.importeer import word

    path = word(write_plan(tmp_path / "plan.xlsx"), tmp_path / "plan.docx", RULESET)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused(path, tmp_path, capsys, "beschadigd", "Open het in Word", "eerdere versie")


def test_corrupt_member_data(tmp_path, capsys):
    """Bytes flipped inside a sheet's compressed data: zipfile's CRC check catches it."""
    path = write_plan(tmp_path / "plan.xlsx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(sheet_part(path, "Actiefiches"))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 20, start + 60):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    refused(path, tmp_path, capsys, "beschadigd", "opnieuw op")


def test_password_protected(tmp_path, capsys):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = write_plan(tmp_path / "open.xlsx")
    path = tmp_path / "beveiligd.xlsx"
    with plain.open("rb") as fh, path.open("wb") as out:
        OOXMLFile(fh).encrypt("geheim", out)
    refused(path, tmp_path, capsys, "wachtwoord", "Bestand > Info > Werkmap beveiligen")


def test_missing_file(tmp_path, capsys):
    refused(tmp_path / "bestaat-niet.xlsx", tmp_path, capsys, "bestaat niet", "Controleer de naam")


def test_folder_without_workbook(tmp_path, capsys):
    """Folder mode (pipeline/folder.py): a folder with only other files is refused, by name."""
    folder = tmp_path / "inzendingen"
    folder.mkdir()
    (folder / "lees-mij.txt").write_text("geen werkmap hier", encoding="utf-8")
    (folder / "~$plan.xlsx").write_bytes(b"\x0bAn Peeters")
    before = {p.name: _digest(p) for p in folder.iterdir()}
    code, stdout, err = controleer(folder, tmp_path / "uit", capsys)
    assert code == 2, (stdout, err)
    assert f"In de map '{folder}' staat geen enkele Excel-werkmap (.xlsx)" in err, err
    assert {p.name: _digest(p) for p in folder.iterdir()} == before
    assert not (tmp_path / "uit").exists() or not any((tmp_path / "uit").iterdir())


def test_folder_of_hostile_files_checks_the_good_ones(tmp_path, capsys):
    """Sixty workbooks from sixty people: the bad ones become rows with their Dutch reason, the
    good one is checked, nothing crashes, nothing is changed."""
    folder = tmp_path / "inzendingen"
    folder.mkdir()
    write_plan(folder / "goed.xlsx")
    (folder / "tekst.xlsx").write_text("geen werkmap", encoding="utf-8")
    bomb = write_plan(folder / "bom.xlsx")
    part = sheet_part(bomb, "Stuurgroepen")
    rewrite_zip(bomb, lambda name, data: BILLION_LAUGHS + data.replace(b"Broes", b"&lol9;", 1) if name == part else data)
    _enormous(folder / "groot.xlsx", last_cell="XFD1048576")
    (folder / "~$goed.xlsx").write_bytes(b"\x0bAn Peeters")
    before = {p.name: _digest(p) for p in folder.iterdir()}
    code = main(["controleer", str(folder), "--uitvoer", str(tmp_path / "uit"), "--processen", "2"])
    captured = capsys.readouterr()
    assert code == 2  # at least one could not be read
    assert "Traceback" not in captured.out + captured.err
    assert {p.name: _digest(p) for p in folder.iterdir()} == before
    assert _leftovers(tmp_path / "uit") == []
    overview = openpyxl.load_workbook(tmp_path / "uit" / "overzicht.xlsx")
    text = "\n".join(" ".join(str(v) for v in row if v is not None) for ws in overview.worksheets for row in ws.iter_rows(values_only=True))
    assert "XML-bom" in text and "te groot om te lezen" in text and "geen Excel-werkmap" in text
    assert (tmp_path / "uit" / "goed.bevindingen.json").is_file()
    assert json.loads((tmp_path / "uit" / "goed.bevindingen.json").read_text(encoding="utf-8"))["ok"] is True


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root (or Windows) can read a file without read permission; the tests run as root here")
def test_no_read_permission(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx")
    path.chmod(0)
    try:
        refused(path, tmp_path, capsys, "Geen toegang", "Kopieer")
    finally:
        path.chmod(0o644)


def test_excel_lock_file(tmp_path, capsys):
    write_plan(tmp_path / "plan.xlsx")
    lock = tmp_path / "~$plan.xlsx"
    lock.write_bytes(b"\x0bAn Peeters" + b" " * 43 + b"\x0b\x00A\x00n\x00" + b"\x00" * 100)
    err = refused(lock, tmp_path, capsys, "vergrendelbestand", "'plan.xlsx'")
    assert "Controleer de werkmap zelf" in err


# -- hostile content -------------------------------------------------------------------------------


def _zeros_member(z: zipfile.ZipFile, name: str, size: int) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with z.open(info, "w", force_zip64=True) as fh:
        block = b"\x00" * 2**20
        for _ in range(size // len(block)):
            fh.write(block)


def test_zip_bomb_declared_size(tmp_path, capsys):
    """A 150 MB member of zeros (a few hundred kB packed) is refused before anything unpacks it."""
    path = write_plan(tmp_path / "plan.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        _zeros_member(z, "xl/media/image1.png", 150 * 2**20)
    assert path.stat().st_size < 2 * 2**20
    start = time.perf_counter()
    refused(path, tmp_path, capsys, "zip-bom", "pakt uit tot 150 MB")
    assert time.perf_counter() - start < 5


def test_zip_bomb_lying_about_its_size(tmp_path, capsys):
    """A member that says it unpacks to 1 kB but holds 50 MB: read only up to what it declared,
    then the CRC check fails; the parsers never see it."""
    path = write_plan(tmp_path / "plan.xlsx")
    part = sheet_part(path, "Stuurgroepen")
    big = b"<!-- " + b"x" * (50 * 2**20) + b" -->"
    rewrite_zip(path, lambda name, data: data.replace(b"<sheetData>", big + b"<sheetData>") if name == part else data)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(part)
    struct.pack_into("<I", data, info.header_offset + 22, 1024)  # local header: uncompressed size
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len] == part.encode():
            struct.pack_into("<I", data, central + 24, 1024)  # central directory: uncompressed size
            break
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    start = time.perf_counter()
    refused(path, tmp_path, capsys, "beschadigd")
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(
    "token, inside",
    [(b"<!-- " + b"x" * (20 * 2**20) + b" -->", False), (b"Heel lang. " * (600_000), True)],
    ids=["20MB-comment", "6MB-cell-text"],
)
def test_one_enormous_xml_token_is_refused_quickly(tmp_path, capsys, token, inside):
    """openpyxl's XML parser takes minutes over one token of tens of megabytes (found: 80 s for a
    50 MB comment while writing the annotated copy); Excel never writes more than 32,767
    characters in one cell."""
    path = write_plan(tmp_path / "plan.xlsx")
    part = sheet_part(path, "Stuurgroepen")

    def change(name, data):
        if name != part:
            return data
        return data.replace(b">Broes<", b">" + token + b"<", 1) if inside else data.replace(b"<sheetData>", token + b"<sheetData>")

    rewrite_zip(path, change)
    start = time.perf_counter()
    refused(path, tmp_path, capsys, "één stuk tekst of commentaar", "opnieuw op in Excel")
    assert time.perf_counter() - start < 5


def test_too_many_members(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(guard, "MAX_MEMBERS", 5)
    path = write_plan(tmp_path / "plan.xlsx")
    refused(path, tmp_path, capsys, "onderdelen", "zip-bom")


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(b' <!ENTITY lol%d "%s">\n' % (i, b"".join(b"&lol%s;" % (b"" if i == 1 else str(i - 1).encode()) for _ in range(10))) for i in range(1, 10))
    + b"]>\n"
)


@pytest.mark.parametrize("target", ["xl/workbook.xml", "Stuurgroepen", "[Content_Types].xml", "docProps/core.xml"])
def test_xml_entity_bomb_is_refused_quickly(tmp_path, capsys, target):
    path = write_plan(tmp_path / "plan.xlsx")
    part = sheet_part(path, target) if "/" not in target and "." not in target else target

    def bomb(name, data):
        if name != part:
            return data
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        if name.startswith("xl/worksheets/"):
            body = body.replace(b"Broes", b"&lol9;", 1)
        return BILLION_LAUGHS + body

    rewrite_zip(path, bomb)
    start = time.perf_counter()
    refused(path, tmp_path, capsys, "DOCTYPE", "XML-bom", "opnieuw op in Excel")
    assert time.perf_counter() - start < 2


def test_external_entity_is_refused(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx")
    part = sheet_part(path, "Stuurgroepen")
    xxe = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>\n'
    rewrite_zip(path, lambda name, data: xxe + data.replace(b"Broes", b"&geheim;", 1) if name == part else data)
    err = refused(path, tmp_path, capsys, "DOCTYPE")
    assert "root:" not in err


def test_openpyxl_uses_defusedxml():
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


def _enormous(path: Path, last_cell: str | None = None, rows: int = 0) -> Path:
    """The valid plan with Stuurgroepen grown to ``rows`` rows, or one stray value at ``last_cell``."""
    write_plan(path)
    part = sheet_part(path, "Stuurgroepen")

    def grow(name, data):
        if name != part:
            return data
        if last_cell:
            row = "".join(ch for ch in last_cell if ch.isdigit())
            extra = b'<row r="%s"><c r="%s"><v>1</v></c></row>' % (row.encode(), last_cell.encode())
        else:
            extra = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d"><v>1</v></c></row>' % (r, r, r, r) for r in range(6, rows + 1))
        return data.replace(b"</sheetData>", extra + b"</sheetData>")

    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, grow(i.filename, zin.read(i))) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for name, data in members:
            zout.writestr(name, data)
    return path


@pytest.mark.parametrize("last_cell", ["F1048576", "XFD1048576"])
def test_stray_value_far_away(tmp_path, capsys, last_cell):
    """One value at the bottom right makes the used range enormous: python-calamine allocates
    every cell of it (XFD1048576 asks for 512 GB and aborts the process). Refused before that."""
    path = _enormous(tmp_path / "plan.xlsx", last_cell=last_cell)
    refused(path, tmp_path, capsys, "te groot", last_cell, "Ctrl+End")


_PEAK_CHILD = """
import re, sys
from actieplan.run.cli import main
code = main(sys.argv[1:])
try:  # this process's own peak (VmHWM); ru_maxrss would count the parent's pages before exec
    status = open("/proc/self/status").read()
    print("PEAK_KB", re.search(r"VmHWM:\\s*(\\d+)", status).group(1), file=sys.stderr)
except OSError:
    pass
sys.exit(code)
"""


@pytest.mark.slow  # a million rows
def test_million_rows_neither_blows_memory_nor_takes_minutes(tmp_path):
    """The whole command in a child process: its time and its peak memory."""
    import re

    path = _enormous(tmp_path / "plan.xlsx", rows=1_000_000)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _PEAK_CHILD, "controleer", str(path), "--uitvoer", str(tmp_path / "uit")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    seconds = time.perf_counter() - start
    assert proc.returncode == 2, proc.stderr
    assert "te groot" in proc.stderr and "Stuurgroepen" in proc.stderr and "Traceback" not in proc.stderr
    assert seconds < 30, seconds
    peak = re.search(r"PEAK_KB (\d+)", proc.stderr)
    if peak:  # Linux
        peak_mb = int(peak.group(1)) / 1024
        assert peak_mb < 400, f"peak memory {peak_mb:.0f} MB"
        print(f"million rows: {seconds:.1f} s, peak {peak_mb:.0f} MB")


def test_more_rows_than_the_cap_are_read_up_to_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("actieplan.read.loader.MAX_ROWS", 40)
    rows = valid_plan()
    rows["Stuurgroepen"] += [dict(rows["Stuurgroepen"][0], Trekker=f"T{i}") for i in range(50)]
    rows["Actiefiches"][0]["OD"] = "negen"
    path = write_plan(tmp_path / "plan.xlsx", rows)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 1
    found = triples(tmp_path / "uit")
    assert ("Stuurgroepen", None, "blad-te-groot") in found
    assert ("Actiefiches", "B4", "od-code-ongeldig") in found  # the rest is still checked


def test_cell_over_32767_characters(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx", _with(("Actiefiches", 0, "Wat?", "LANG")))
    part = sheet_part(path, "Actiefiches")
    rewrite_zip(path, lambda name, data: data.replace(b">LANG<", b">" + b"Heel lang. " * 4000 + b"<") if name == part else data)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 1
    f = next(f for f in findings(tmp_path / "uit") if f["rule"] == "cel-te-lang")
    assert (f["sheet"], f["cell"]) == ("Actiefiches", "D4")
    assert "44.000 tekens" in f["message"] and "32.767" in f["message"]


# -- damaged structure: a readable workbook, findings at the right cells ---------------------------


def _with(*changes):
    rows = valid_plan()
    for sheet, index, header, value in changes:
        rows[sheet][index][header] = value
    return rows


def test_missing_sheet_and_the_rest_still_checked(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx", _with(("Actiefiches", 1, "Personeelscapaciteit (VTE)", "veel")), omit=("Stuurgroepen",))
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 1
    found = triples(tmp_path / "uit")
    assert ("Stuurgroepen", None, "blad-ontbreekt") in found
    assert ("Actiefiches", "L5", "getal-ongeldig") in found
    assert "Stuurgroepen" in out


def test_misspelt_header_points_at_it_and_names_the_right_one(tmp_path, capsys):
    headers = ["Naam en/of thema", "Trekkers", "Looptijd en frequentie", "Concrete doelstelling", "Meerwaarde voor de zorgraad", "Opmerking"]
    path = write_plan(tmp_path / "plan.xlsx", headers={"Stuurgroepen": headers})
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 1
    f = next(f for f in findings(tmp_path / "uit") if f["rule"] == "kolom-ontbreekt")
    assert (f["sheet"], f["cell"]) == ("Stuurgroepen", "B3")
    assert "'Trekkers'" in f["message"] and "'Trekker'" in f["message"]


def test_duplicated_header(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx", extra_columns={"Actiefiches": ["Trekker"]})
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 0  # a warning: the first column is checked
    assert ("Actiefiches", "Q3", "kolom-dubbel") in triples(tmp_path / "uit")


@pytest.mark.parametrize("title_rows, ok", [(6, True), (11, False)])
def test_headers_in_another_row(tmp_path, capsys, title_rows, ok):
    rows = _with(("Stuurgroepen", 1, "Trekker", None))
    path = write_plan(tmp_path / "plan.xlsx", rows, title_rows=title_rows)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 1
    found = triples(tmp_path / "uit")
    if ok:  # found lower down: the finding follows the header
        assert ("Stuurgroepen", cell("Stuurgroepen", "Trekker", 1, title_rows), "cel-verplicht") in found
    else:
        assert ("Stuurgroepen", None, "kopregel-niet-gevonden") in found


def test_merged_cells_across_data(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx")

    def merge(wb):
        ws = wb["Stuurgroepen"]
        ws["E5"] = None
        ws.merge_cells("E4:E5")  # Meerwaarde: one text for both steering groups
        ws = wb["Actiefiches"]
        ws["L5"] = None
        ws.merge_cells("L4:L5")

    edited(path, merge)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    found = triples(tmp_path / "uit")
    assert not any(rule == "cel-verplicht" for _, _, rule in found), found
    assert code in (0, 1)
    # the merged VTE counts for both fiches: the capacity sum sees 0,6 twice
    assert all(c != "L5" for _, c, _ in found)


def test_hidden_sheet_and_rows_are_still_read(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx", _with(("Actiefiches", 1, "OD", "negen")))

    def hide(wb):
        wb["Doelstellingen"].sheet_state = "hidden"
        wb["Actiefiches"].row_dimensions[5].hidden = True

    edited(path, hide)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 1
    found = triples(tmp_path / "uit")
    assert ("Actiefiches", "B5", "od-code-ongeldig") in found  # the hidden row is checked
    assert ("Actiefiches", None, "rij-verborgen") in found
    assert ("Doelstellingen", None, "blad-verborgen") in found
    assert not any(s == "Doelstellingen" and r == "blad-ontbreekt" for s, _, r in found)


def test_formulas_without_cached_values(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx")

    def formulas(wb):
        wb["Stuurgroepen"]["B5"] = "=B4"  # openpyxl stores no result
        wb["Capaciteit"]["C10"] = "=SUM(C5:C9)"  # computed by the rules themselves

    edited(path, formulas)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    found = findings(tmp_path / "uit")
    f = next(f for f in found if f["rule"] == "formule-zonder-waarde")
    assert (f["sheet"], f["cell"]) == ("Stuurgroepen", "B5") and "=B4" in f["message"] and "Excel" in f["message"]
    assert not any(f["rule"] == "formule-zonder-waarde" and f["sheet"] == "Capaciteit" for f in found)


def test_error_values_become_findings_at_their_cells(tmp_path, capsys):
    rows = _with(
        ("Stuurgroepen", 0, "Trekker", "#REF!"),
        ("Capaciteit", 1, "Geschatte capaciteit in # VTE", "#DIV/0!"),
        ("Actiefiches", 0, "Indicatoren procesevaluatie", "#N/A"),
    )
    path = write_plan(tmp_path / "plan.xlsx", rows)
    with zipfile.ZipFile(path) as z:  # openpyxl writes these as real error cells (t="e")
        assert b't="e"' in z.read(sheet_part(path, "Stuurgroepen"))
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 1
    by_cell = {(f["sheet"], f["cell"]): f for f in findings(tmp_path / "uit") if f["rule"] == "cel-foutwaarde"}
    assert set(by_cell) == {("Stuurgroepen", "B4"), ("Capaciteit", "C5"), ("Actiefiches", "N4")}
    assert "#REF!" in by_cell[("Stuurgroepen", "B4")]["message"]
    assert "deelt door nul" in by_cell[("Capaciteit", "C5")]["message"]
    # not taken for an empty cell
    assert ("Stuurgroepen", "B4", "cel-verplicht") not in triples(tmp_path / "uit")


def test_dates_and_booleans_where_text_or_numbers_belong(tmp_path, capsys):
    rows = _with(
        ("Actiefiches", 1, "Personeelscapaciteit (VTE)", datetime(2026, 1, 2)),
        ("Stuurgroepen", 1, "Trekker", True),
    )
    path = write_plan(tmp_path / "plan.xlsx", rows)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 1
    by = {(f["sheet"], f["cell"], f["rule"]): f for f in findings(tmp_path / "uit")}
    assert "2026-01-02" in by[("Actiefiches", "L5", "getal-ongeldig")]["message"]
    assert "logische waarde (WAAR)" in by[("Stuurgroepen", "B5", "cel-type")]["message"]


def test_numbers_stored_as_text_are_read_as_numbers(tmp_path, capsys):
    rows = _with(
        ("Actiefiches", 1, "Personeelscapaciteit (VTE)", "0,5"),
        ("Capaciteit", 0, "Geschatte capaciteit in # VTE", "6"),
        ("Algemeen", 1, "Waarde", "2026"),
        ("Actiefiches", 0, "SD", 3),
    )
    path = write_plan(tmp_path / "plan.xlsx", rows)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    # read as numbers; the number columns' text is noted (Excel's own sums skip it), nothing else
    assert {(f["rule"], f["severity"], f["cell"]) for f in findings(tmp_path / "uit")} == {
        ("getal-als-tekst", "info", "L5"), ("getal-als-tekst", "info", "C4")}
    assert code == 0


def test_stray_spaces_and_non_breaking_spaces(tmp_path, capsys):
    headers = ["\u00a0Naam en/of thema ", "Trekker\u00a0", "Looptijd  en frequentie", "Concrete doelstelling", "Meerwaarde voor de zorgraad", "Opmerking"]
    rows = _with(
        ("Stuurgroepen", 0, "Trekker", "  Broes\u00a0"),
        ("Actiefiches", 0, "Personeelscapaciteit (VTE)", "\u00a00,6\u00a0VTE "),
    )
    path = write_plan(tmp_path / "plan.xlsx", rows, headers={"Stuurgroepen": headers})
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert [(f["rule"], f["cell"]) for f in findings(tmp_path / "uit")] == [("getal-als-tekst", "L4")]
    assert code == 0


def test_unicode_and_emoji_survive(tmp_path, capsys):
    rows = _with(
        ("Stuurgroepen", 0, "Opmerking", "Overleg 🤝 met zorgverleners — ‘Ça va’ שלום 中文 e\u0301"),
        ("Actiefiches", 1, "Personeelscapaciteit (VTE)", "½ 🙂"),
    )
    path = write_plan(tmp_path / "plan.xlsx", rows)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 1
    f = next(f for f in findings(tmp_path / "uit") if f["rule"] == "getal-ongeldig")
    assert f["cell"] == "L5" and "½ 🙂" in f["message"]
    assert "½ 🙂" in out
    copy = openpyxl.load_workbook(tmp_path / "uit" / "plan.gecontroleerd.xlsx")
    assert copy["Stuurgroepen"]["F4"].value == rows["Stuurgroepen"][0]["Opmerking"]


# -- output faults ---------------------------------------------------------------------------------


def test_output_folder_is_a_file(tmp_path, capsys):
    path = write_plan(tmp_path / "plan.xlsx")
    blocker = tmp_path / "uit"
    blocker.write_text("ik ben een bestand", encoding="utf-8")
    code, out, err = controleer(path, blocker, capsys)
    assert code == 2
    assert "'" + str(blocker) + "' is een bestand, geen map" in err and "--uitvoer" in err
    assert blocker.read_text(encoding="utf-8") == "ik ben een bestand"


def test_output_folder_not_writable(tmp_path, capsys, monkeypatch):
    """As root every folder is writable, so the refusal of the operating system is simulated."""

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(outputs, "_create", refuse)
    path = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "uit"
    code, stdout, err = controleer(path, out, capsys)
    assert code == 2
    assert f"In de uitvoermap '{out}' mag niet geschreven worden" in err and "--uitvoer" in err
    assert list(out.iterdir()) == []


def _old_outputs(out: Path) -> dict[str, str]:
    """The outputs of an earlier run (ours, so a later run may replace them)."""
    from actieplan.run.check import run

    rows = _with(("Actiefiches", 0, "Personeelscapaciteit (VTE)", "veel"))  # another verdict than now
    (out.parent / "vorige").mkdir()
    source = write_plan(out.parent / "vorige" / "plan.xlsx", rows)
    run(source, out, ruleset=RULESET)
    return {name: _digest(out / name) for name in ("plan.bevindingen.json", "plan.rapport.html", "plan.gecontroleerd.xlsx")}


def test_output_file_locked(tmp_path, capsys, monkeypatch):
    """Excel holds the old copy open: Windows refuses to replace it (PermissionError)."""
    path = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "uit"
    old = _old_outputs(out)
    real_replace = os.replace

    def locked(src, dst, *args, **kwargs):
        if str(dst).endswith(".gecontroleerd.xlsx"):
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(outputs.os, "replace", locked)
    code, stdout, err = controleer(path, out, capsys)
    assert code == 2
    assert "plan.gecontroleerd.xlsx" in err and "nog open in Excel" in err and "Sluit het" in err
    assert _digest(out / "plan.gecontroleerd.xlsx") == old["plan.gecontroleerd.xlsx"]  # old copy intact
    json.loads((out / "plan.bevindingen.json").read_text(encoding="utf-8"))  # the others complete


def test_output_target_is_a_folder(tmp_path, capsys):
    """A folder with an output's name is not ours: left alone, the output gets another name."""
    path = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "uit"
    (out / "plan.bevindingen.json" / "binnenin").mkdir(parents=True)
    code, stdout, err = controleer(path, out, capsys)
    assert code == 0
    assert (out / "plan.bevindingen.json" / "binnenin").is_dir()
    assert json.loads((out / "plan (2).bevindingen.json").read_text(encoding="utf-8"))["ok"] is True
    assert "'plan.bevindingen.json' in" in stdout and "'plan (2).bevindingen.json'" in stdout


@pytest.mark.parametrize("old", [True, False], ids=["old-outputs", "fresh-folder"])
def test_interrupted_run_leaves_old_output_or_none(tmp_path, capsys, monkeypatch, old):
    """Ctrl+C while the annotated copy is being saved: the old copy stays (or there is none)."""
    import actieplan.ooxml.package

    path = write_plan(tmp_path / "plan.xlsx")
    out = tmp_path / "uit"
    before = _old_outputs(out) if old else {}

    save = actieplan.ooxml.package.Package.save

    def interrupted(self, tmp):
        save(self, tmp)
        assert Path(tmp).stat().st_size > 0  # halfway: the temporary file is written, not yet moved
        raise KeyboardInterrupt

    monkeypatch.setattr(actieplan.ooxml.package.Package, "save", interrupted)
    code, stdout, err = controleer(path, out, capsys)
    assert code == 130
    assert "onderbroken" in err
    copy = out / "plan.gecontroleerd.xlsx"
    if old:
        assert _digest(copy) == before["plan.gecontroleerd.xlsx"]
    else:
        assert not copy.exists()
    for written in out.glob("plan.*"):  # whatever is there is whole
        if written.suffix == ".json":
            json.loads(written.read_text(encoding="utf-8"))
        if written.suffix == ".html":
            assert written.read_text(encoding="utf-8").rstrip().endswith("</html>") or old


def test_disk_full_while_writing(tmp_path, capsys, monkeypatch):
    import actieplan.write.html

    path = write_plan(tmp_path / "plan.xlsx")
    real = Path.write_bytes

    def full(self, *args, **kwargs):
        if self.name.endswith(".tmp"):
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_bytes", full)
    code, stdout, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 2 and "kan niet geschreven worden" in err and "schijf is vol" in err
    assert actieplan.write.html  # imported: its writer is among those that failed cleanly


# -- the last resort -------------------------------------------------------------------------------


def test_unexpected_error_is_a_short_dutch_message(tmp_path, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("bug in a rule")

    monkeypatch.setattr("actieplan.run.check.validate", broken)
    monkeypatch.delenv("ACTIEPLAN_DEBUG", raising=False)
    path = write_plan(tmp_path / "plan.xlsx")
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 2
    assert "'plan.xlsx'" in err and "Meld het" in err and "ACTIEPLAN_DEBUG" in err
    assert "bug in a rule" not in err


def test_unexpected_error_with_debug_shows_the_traceback(tmp_path, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("bug in a rule")

    monkeypatch.setattr("actieplan.run.check.validate", broken)
    monkeypatch.setenv("ACTIEPLAN_DEBUG", "1")
    path = write_plan(tmp_path / "plan.xlsx")
    code = main(["controleer", str(path), "--uitvoer", str(tmp_path / "uit")])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" in err and "bug in a rule" in err


# -- a damaged part within a readable workbook ------------------------------------------------------


def test_damaged_parts_are_findings_and_the_rest_is_checked(tmp_path, capsys):
    """Several damages at once: each at its cell, the untouched sheets still fully checked."""
    rows = _with(
        ("Capaciteit", 2, "Geschatte capaciteit in # VTE", "#VALUE!"),
        ("Netwerkevents", 0, "Link eerdere actiefiche", "Misschien"),
        ("Doelstellingen", 1, "OD", "4"),
    )
    headers = ["Naam en/of thema", "Trekker", "Looptijd & frequentie", "Concrete doelstelling", "Meerwaarde voor de zorgraad", "Opmerking"]
    path = write_plan(tmp_path / "plan.xlsx", rows, headers={"Stuurgroepen": headers})
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 1
    found = triples(tmp_path / "uit")
    assert {
        ("Capaciteit", "C6", "cel-foutwaarde"),
        ("Stuurgroepen", "C3", "kolom-ontbreekt"),
        ("Netwerkevents", "E4", "ja-nee-ongeldig"),
        ("Doelstellingen", "C5", "od-code-ongeldig"),
    } <= found, found
    for name in ("plan.bevindingen.json", "plan.rapport.html", "plan.gecontroleerd.xlsx"):
        assert (tmp_path / "uit" / name).is_file()


def test_cells_without_references_are_measured_exactly(tmp_path, capsys):
    """Some programs omit a cell's ``r`` attribute (its position is implied); the guard walks such
    a sheet instead of reading references, and the plan is read as usual."""
    import re

    path = write_plan(tmp_path / "plan.xlsx")
    part = sheet_part(path, "Stuurgroepen")
    with_refs = guard.GuardedSheet(name="Stuurgroepen", part=part)  # measured from the references
    with zipfile.ZipFile(path) as z:
        guard._fast_extent(with_refs, bytearray(z.read(part)))
    assert with_refs.first is not None
    rewrite_zip(path, lambda name, data: re.sub(rb'(<c) r="[A-Z]+[0-9]+"', rb"\1", data) if name == part else data)
    with zipfile.ZipFile(path) as z:
        assert b'<c r="' not in z.read(part)
    without = guard.inspect_package(path).sheets["Stuurgroepen"]
    assert (without.first, without.last) == (with_refs.first, with_refs.last)
    code, out, err = controleer(path, tmp_path / "uit", capsys)
    assert code == 0 and findings(tmp_path / "uit") == []


def test_a_missing_folder_is_named_not_taken_for_a_full_disk(tmp_path, capsys):
    from actieplan.run.cli import main

    target = tmp_path / "bestaat-niet" / "x.xlsx"
    assert main(["sjabloon", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"de map '{target.parent}' bestaat niet" in err
    assert "schijf" not in err and "--uitvoer" not in err  # sjabloon has no --uitvoer


def test_a_folder_we_may_not_write_in_is_not_a_full_disk(tmp_path):
    import errno

    from actieplan.write.outputs import write_failed

    target = tmp_path / "plan.html"
    message = write_failed(target, PermissionError(errno.EACCES, "Permission denied"))
    assert "mag niet geschreven worden" in message and "schijf" not in message and "plan.html" in message
    assert "schijf is vol" in write_failed(target, OSError(errno.ENOSPC, "No space left on device"))
    assert "bestaat niet" in write_failed(tmp_path / "weg" / "plan.html", FileNotFoundError(errno.ENOENT, "x"))


@pytest.mark.parametrize(
    ("last_cell", "measured", "refused"),
    [("Z19999", False, False), ("AA4", True, False), ("C20000", True, False), ("Z76924", True, True), ("A1048576", True, False)],
)
def test_range_check_measures_what_could_be_too_big(last_cell, measured, refused):
    """A sheet within Z19999 holds at most 26 x 20.000 cells, below the limit: its references are
    not collected. Any reference beyond that has the range measured, and refused when too big."""
    from actieplan.ooxml.cellref import get_column_letter
    from actieplan.errors import UnreadableWorkbook

    xml = (
        b'<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
        b'<row r="%s"><c r="%s"><v>2</v></c></row></sheetData></worksheet>'
        % (last_cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ").encode(), last_cell.encode())
    )
    sheet = guard.GuardedSheet(name="Acties", part="xl/worksheets/sheet1.xml")
    guard._measure(sheet, bytearray(xml))
    assert (sheet.last is not None) == measured
    if measured:
        assert sheet.first == (1, 1) and f"{get_column_letter(sheet.last[1])}{sheet.last[0]}" == last_cell
    if refused:
        with pytest.raises(UnreadableWorkbook, match="te groot om te lezen.*Z76924"):
            guard._check_extent(sheet, "plan.xlsx")
    else:
        guard._check_extent(sheet, "plan.xlsx")
