"""What python-docx has no API for, built from oxml elements: a tick box as Word's own content
control (``w:sdt`` holding ``w14:checkbox``), the page set to A4, a row repeated as a table's header."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.oxml import parse_xml
from docx.shared import Mm
from docx.text.paragraph import Paragraph

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
TICKED, UNTICKED = "\u2612", "\u2610"  # ☒ ☐, the characters Word shows for a ticked and an empty box
_FONT = "MS Gothic"  # the font Word itself gives these characters in a checkbox control


def add_checkbox(paragraph: Paragraph, checked: bool) -> None:
    """Append a checkbox content control to ``paragraph``, ticked or not, as Word writes one
    (Developer > Check Box Content Control): the state in ``w14:checked``, the character shown in
    the control's run, so a reader that ignores content controls still sees ☒ or ☐."""
    char = TICKED if checked else UNTICKED
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")} xmlns:w14="{W14}">'
        "<w:sdtPr>"
        f'<w:rPr><w:rFonts w:ascii="{_FONT}" w:eastAsia="{_FONT}" w:hAnsi="{_FONT}"/></w:rPr>'
        "<w14:checkbox>"
        f'<w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="{_FONT}"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="{_FONT}"/>'
        "</w14:checkbox>"
        "</w:sdtPr>"
        "<w:sdtContent>"
        f'<w:r><w:rPr><w:rFonts w:ascii="{_FONT}" w:eastAsia="{_FONT}" w:hAnsi="{_FONT}" w:hint="eastAsia"/></w:rPr>'
        f"<w:t>{char}</w:t></w:r>"
        "</w:sdtContent>"
        "</w:sdt>"
    )
    paragraph._p.append(sdt)


def a4_landscape(section) -> None:
    """A4, landscape: the template's tables have up to six columns."""
    from docx.enum.section import WD_ORIENT

    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(18))


def repeat_as_header(row) -> None:
    """Repeat ``row`` at the top of every page the table runs over (``w:tblHeader``)."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def set_widths(table, weights: list[float], total) -> None:
    """Column widths in proportion to ``weights`` over ``total`` (a Length): in the table's grid,
    which LibreOffice follows, and on every cell, which Word follows."""
    table.autofit = False
    whole = sum(weights) or 1
    widths = [int(total * w / whole) for w in weights]
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def text_width(section):
    """The width between the page's margins."""
    return section.page_width - section.left_margin - section.right_margin


def shade(cell, fill: str) -> None:
    """A cell's background colour (``w:shd``), as the template's header cells have."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)
