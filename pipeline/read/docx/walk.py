"""The document's body as a flat list of blocks in reading order: paragraphs and tables.

python-docx opens the package and gives the XML; the text is taken from the XML itself, because
``paragraph.text`` does not look inside content controls (``w:sdt``: a checkbox, a date, a plain
text control), fields or smart tags. What the walk does:

* a content control's checkbox (``w14:checkbox``) or a legacy form checkbox (``w:checkBox``) reads
  as the layout's ticked or unticked character, as does a Wingdings/MS Gothic symbol (``w:sym``);
* a list paragraph in a table's cell (Word numbering, ``w:numPr`` on the paragraph or its style)
  starts with the layout's bullet;
* a line break is a new line; page and column breaks, deleted text, field codes and fall-back
  copies of drawings are left out;
* content controls around paragraphs, rows or cells are looked through.

Every block keeps its anchor: the lxml element path of its ``w:p`` or ``w:tc`` in
``word/document.xml`` (what :class:`actieplan.model.DocLocation.anchor` holds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from actieplan.ooxml.ns import MC
from actieplan.ooxml.wordml import W, W14


def qn(name: str) -> str:
    """'w:p' -> Clark notation of the WordprocessingML namespace (the OOXML layer's one definition)."""
    return f"{{{W}}}{name.removeprefix('w:')}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt"), qn("w:sdtContent")
_T, _TAB, _BR, _CR, _SYM, _NBH = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:sym"), qn("w:noBreakHyphen")
_FLD_CHAR = qn("w:fldChar")
_LEAVES = {_T, _TAB, _BR, _CR, _SYM, _NBH}
_SKIP = {qn("w:delText"), qn("w:instrText"), qn("w:pPr"), qn("w:rPr"), qn("w:del"), qn("w:moveFrom"),
         qn("w:footnoteReference"), qn("w:endnoteReference"), qn("w:commentReference"), f"{{{MC}}}Fallback"}
_CONTAINERS = {qn("w:customXml"), qn("w:smartTag"), qn("w:ins"), qn("w:moveTo"), qn("w:hyperlink"), qn("w:fldSimple"),
               qn("w:dir"), qn("w:bdo")}
_W_VAL = qn("w:val")
# the private-use code points Word uses for box glyphs in symbol fonts (Wingdings, Wingdings 2, MS Gothic)
_SYMBOL_TICKED = {"F078", "F0FD", "F0FE", "F053", "F054", "F052", "F0FB", "2612", "2611"}
_SYMBOL_UNTICKED = {"F0A8", "F06F", "F0A3", "F071", "2610", "F030"}


@dataclass
class Para:
    text: str
    anchor: str
    style: str = ""


@dataclass
class Cell:
    paras: list[Para]
    anchor: str
    span: int = 1  # grid columns it covers (w:gridSpan)
    vmerge: str | None = None  # "restart", "continue" or None

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras).strip()

    @property
    def lines(self) -> list[str]:
        return [line.strip() for p in self.paras for line in p.text.split("\n") if line.strip()]


@dataclass
class Table:
    number: int  # 1-based, top-level tables in reading order
    anchor: str
    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((sum(c.span for c in row) for row in self.rows), default=0)


class Walker:
    """Turns ``w:body`` (or a header's, footer's root) into blocks; ``ticked``/``unticked``/``bullet``
    are the layout's characters."""

    def __init__(self, root, ticked: str, unticked: str, bullet: str, list_styles: set[str]):
        self.tree = root.getroottree()
        self.ticked, self.unticked, self.bullet = ticked, unticked, bullet
        self.list_styles = list_styles
        self.tables = 0

    def anchor(self, el) -> str:
        return self.tree.getelementpath(el)

    def blocks(self, parent) -> Iterator[Para | Table]:
        for el in parent:
            tag = el.tag
            if tag == _P:
                yield self.para(el, listed=False)
            elif tag == _TBL:
                self.tables += 1
                yield self.table(el, self.tables)
            elif tag == _SDT:
                content = el.find(_SDT_CONTENT)
                if content is not None:
                    yield from self.blocks(content)
            elif tag in _CONTAINERS:
                yield from self.blocks(el)

    def para(self, p, listed: bool = True) -> Para:
        """A paragraph; ``listed``: a list paragraph starts with the bullet (in a table's cell, where a
        list is part of an answer; a numbered heading in the body keeps its own text)."""
        parts: list[str] = []
        self._runs(p, parts, [False])
        text = "".join(parts).replace("\u00a0", " ").replace("\t", " ")
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        style_id = style.get(_W_VAL, "") if style is not None else ""
        if listed and self._listed(p, style_id) and text.strip():
            text = self.bullet + text.lstrip()
        return Para(text, self.anchor(p), style_id)

    def _listed(self, p, style_id: str) -> bool:
        num = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num is not None:
            return num.get(_W_VAL, "0") != "0"
        return style_id in self.list_styles

    def _runs(self, el, out: list[str], in_field: list[bool]) -> None:
        """The text under ``el``, in order; ``in_field[0]``: between a field's begin and separate
        (its code, not its result)."""
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _SDT:
                box = self._sdt_checkbox(child)
                if box is not None:
                    out.append(box)
                    continue
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self._runs(content, out, in_field)
                continue
            if tag == _FLD_CHAR:
                kind = child.get(qn("w:fldCharType"))
                if kind == "begin":
                    in_field[0] = True
                    box = self._form_checkbox(child)
                    if box is not None:
                        out.append(box)
                elif kind in ("separate", "end"):
                    in_field[0] = False
                continue
            if in_field[0] and tag in _LEAVES:  # a field's code, not its result
                continue
            if tag == _T:
                out.append(child.text or "")
            elif tag == _TAB:
                out.append(" ")
            elif tag in (_BR, _CR):
                if child.get(qn("w:type")) not in ("page", "column"):
                    out.append("\n")
            elif tag == _NBH:
                out.append("-")
            elif tag == _SYM:
                code = (child.get(qn("w:char")) or "").upper()
                if code in _SYMBOL_TICKED:
                    out.append(self.ticked)
                elif code in _SYMBOL_UNTICKED:
                    out.append(self.unticked)
            elif tag == _P:  # a paragraph inside a text box: a line of its own
                out.append("\n")
                self._runs(child, out, [False])
                out.append("\n")
            else:
                self._runs(child, out, in_field)

    def _sdt_checkbox(self, sdt) -> str | None:
        props = sdt.find(qn("w:sdtPr"))
        if props is None:
            return None
        box = props.find(f"{{{W14}}}checkbox")
        if box is None:
            return None
        checked = box.find(f"{{{W14}}}checked")
        value = checked.get(f"{{{W14}}}val", "1") if checked is not None else "0"
        return self.ticked if value.lower() in ("1", "true", "on") else self.unticked

    def _form_checkbox(self, fld) -> str | None:
        box = fld.find(f"{qn('w:ffData')}/{qn('w:checkBox')}")
        if box is None:
            return None
        state = box.find(qn("w:checked"))
        if state is None:
            state = box.find(qn("w:default"))
            on = state is not None and state.get(_W_VAL, "0") in ("1", "true", "on")
        else:
            on = state.get(_W_VAL, "1") in ("1", "true", "on")
        return self.ticked if on else self.unticked

    def table(self, tbl, number: int) -> Table:
        table = Table(number, self.anchor(tbl))
        for tr in self._rows(tbl):
            row = []
            for tc in self._cells(tr):
                props = tc.find(qn("w:tcPr"))
                span, vmerge = 1, None
                if props is not None:
                    grid = props.find(qn("w:gridSpan"))
                    if grid is not None and (grid.get(_W_VAL) or "").isdigit():
                        span = max(1, int(grid.get(_W_VAL)))
                    merge = props.find(qn("w:vMerge"))
                    if merge is not None:
                        vmerge = merge.get(_W_VAL) or "continue"
                row.append(Cell(list(self._cell_paras(tc)), self.anchor(tc), span, vmerge))
            if row:
                table.rows.append(row)
        return table

    def _rows(self, tbl) -> Iterator:
        return _children(tbl, _TR)

    def _cells(self, tr) -> Iterator:
        return _children(tr, _TC)

    def _cell_paras(self, tc) -> Iterator[Para]:
        """The cell's paragraphs, a nested table's cells' paragraphs among them in order."""
        for block in self.blocks_nested(tc):
            yield block

    def blocks_nested(self, parent) -> Iterator[Para]:
        for el in parent:
            if el.tag == _P:
                yield self.para(el)
            elif el.tag == _TBL:
                for tr in self._rows(el):
                    for tc in self._cells(tr):
                        yield from self.blocks_nested(tc)
            elif el.tag == _SDT:
                content = el.find(_SDT_CONTENT)
                if content is not None:
                    yield from self.blocks_nested(content)
            elif el.tag in _CONTAINERS:
                yield from self.blocks_nested(el)


def _children(parent, tag: str) -> Iterator:
    """The ``tag`` children of ``parent`` (rows of a table, cells of a row), also those inside a
    content control or another container around them."""
    for el in parent:
        if el.tag == tag:
            yield el
        elif el.tag == _SDT or el.tag in _CONTAINERS:
            content = el.find(_SDT_CONTENT) if el.tag == _SDT else el
            if content is not None:
                yield from _children(content, tag)


def list_styles(document) -> set[str]:
    """The ids of the paragraph styles that number their paragraphs (a list style, 'Lijstalinea' with
    numbering), following each style's basedOn chain."""
    styles = document.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    numbered: set[str] = set()
    for style_id in by_id:
        seen, current = set(), style_id
        while current and current not in seen:
            seen.add(current)
            style = by_id.get(current)
            if style is None:
                break
            num = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
            if num is not None:
                if num.get(_W_VAL, "0") != "0":
                    numbered.add(style_id)
                break
            based = style.find(qn("w:basedOn"))
            current = based.get(_W_VAL) if based is not None else None
    return numbered
