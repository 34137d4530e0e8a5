"""Small Word documents like the department's template, written with python-docx, the ElementPath
anchors a reader would give their places (as actieplan.model.DocLocation.anchor), and findings and
reports on them by hand: the annotated Word document's tests (tests/write/docx/)."""

from __future__ import annotations

import struct
import zipfile
import zlib
from datetime import date
from pathlib import Path

import docx
from docx.shared import Cm
from lxml import etree

from actieplan.model import DocLocation, Finding, Report, Severity

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def tiny_png() -> bytes:
    """A 2x2 red PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write_document(path: Path, user_comment: bool = True) -> Path:
    """A plan-like document: a title, a header, an image, a field line, a steering-group table
    with a title row and a fiche table with label cells (one label merged over two rows), and a
    user's own comment (with a reply) on the field line."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Actieplan Zorgraad Voorbeeldstreek"
    d.add_heading("Actieplan Zorgraad Voorbeeldstreek", 0)
    field = d.add_paragraph("Zorgraad: Voorbeeldstreek")
    img = path.parent / "logo.png"
    img.write_bytes(tiny_png())
    d.add_picture(str(img), width=Cm(1))
    d.add_heading("Overzicht stuurgroepen", 1)
    t = d.add_table(rows=3, cols=2)
    for (a, b), row in zip([("Naam en/ of thema?", "Trekker"), ("Stuurgroep zorgzame buurten", "Lotte"),
                            ("Werkgroep mantelzorg", "")], t.rows):
        row.cells[0].text, row.cells[1].text = a, b
    d.add_heading("Actie 1.1.1 Buurtpunten uitbouwen", 2)
    f = d.add_table(rows=4, cols=2)
    labels = [("Wat?", "Wij bouwen drie buurtpunten uit."), ("Hoe?", "Eerst een bevraging."),
              ("", "Daarna een startdag."), ("Evaluatie", "Aantal bezoekers per maand.")]
    for (a, b), row in zip(labels, f.rows):
        row.cells[0].text, row.cells[1].text = a, b
    f.cell(1, 0).merge(f.cell(2, 0))
    f.cell(1, 1).add_paragraph("Tweede alinea van de aanpak.")
    if user_comment:
        c = d.add_comment(field.runs, text="Klopt de naam?", author="Sofie Peeters", initials="SP")
        assert c is not None
    d.save(path)
    img.unlink()
    return path


def anchors(path: Path) -> dict[str, str]:
    """Named places of :func:`write_document` -> their ElementPath in word/document.xml."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    tree = root.getroottree()
    tables = root.findall(".//w:tbl", NS)
    paragraphs = [p for p in root.iter(f"{{{W}}}p") if "".join(p.itertext()).strip()]

    def para(text):
        return next(p for p in paragraphs if "".join(p.itertext()).strip() == text)

    def cell(table, r, c):
        return tables[table].findall("w:tr", NS)[r].findall("w:tc", NS)[c]

    return {
        "zorgraad": tree.getelementpath(para("Zorgraad: Voorbeeldstreek")),
        "trekker-leeg": tree.getelementpath(cell(0, 2, 1)),
        "groep": tree.getelementpath(cell(0, 1, 0)),
        "wat": tree.getelementpath(cell(1, 0, 1)),
        "hoe": tree.getelementpath(cell(1, 1, 1)),
    }


def finding(message: str, anchor: str | None, severity: Severity = Severity.ERROR, section: str | None = "Actie 1.1.1 Buurtpunten uitbouwen",
            rule: str = "test-regel", label: str | None = "Wat?") -> Finding:
    return Finding(rule, severity, "Actiefiches", None, None, label, message,
                   location=DocLocation(section, 2, 1, label, anchor))


def report_for(path: Path, findings: list[Finding]) -> Report:
    return Report(path.name, findings, source=path, checked_on=date(2026, 12, 6),
                  run={"generator": "actieplan", "id": "20261206-120000-abcdef", "output_of": "0123abcd"})
