"""The styles part (``styles.xml``): cell formats found or appended, never renumbered (a cell's
style index stays valid), and the formats of another package's styles transplanted into it."""

from __future__ import annotations

import copy

from lxml import etree

from actieplan.ooxml.ns import local, q
from actieplan.ooxml.package import Package
from actieplan.ooxml.xml import child

# CT_Stylesheet's children in schema order (ECMA-376 part 1, 18.8.39)
STYLES_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs",
                "tableStyles", "colors", "extLst"]


def _canon(el) -> bytes:
    return etree.tostring(el, method="c14n")


class Styles:
    """Cell formats: find or append a copy of a format with another fill; never renumber."""

    def __init__(self, pkg: Package, part: str):
        self.pkg, self.part = pkg, part
        self.root = pkg.xml(part)
        self.fills = child(self.root, "fills", STYLES_ORDER, create=True)
        self.xfs = child(self.root, "cellXfs", STYLES_ORDER, create=True)
        self._xf_list = [el for el in self.xfs if local(el) == "xf"]
        self._fill_list = [el for el in self.fills if local(el) == "fill"]
        self._xf_index: dict[bytes, int] | None = None
        self._fill_index: dict[bytes, int] | None = None

    def xf(self, index: int):
        return self._xf_list[index] if 0 <= index < len(self._xf_list) else (self._xf_list[0] if self._xf_list else None)

    def fill_of(self, index: int):
        xf = self.xf(index)
        fid = int(xf.get("fillId", "0")) if xf is not None else 0
        return self._fill_list[fid] if 0 <= fid < len(self._fill_list) else None

    def fill_colour(self, index: int) -> str | None:
        """The colour of a cell format's solid fill (ARGB, upper case), or None."""
        fill = self.fill_of(index)
        if fill is None:
            return None
        pattern = fill.find(q("patternFill"))
        if pattern is None or pattern.get("patternType") != "solid":
            return None
        fg = pattern.find(q("fgColor"))
        return fg.get("rgb", "").upper() if fg is not None and fg.get("rgb") else None

    def fill_id(self, fill) -> int:
        if self._fill_index is None:
            self._fill_index = {}
            for i, el in enumerate(self._fill_list):
                self._fill_index.setdefault(_canon(el), i)
        key = _canon(fill)
        if key not in self._fill_index:
            new = copy.deepcopy(fill)
            self.fills.append(new)
            self._fill_list.append(new)
            self._fill_index[key] = len(self._fill_list) - 1
            self.fills.set("count", str(len(self._fill_list)))
            self.pkg.changed(self.part)
        return self._fill_index[key]

    def with_fill(self, index: int, fill) -> int:
        """The index of a format equal to ``index``'s with ``fill`` (``None``: no fill)."""
        base = self.xf(index)
        if base is None:
            base = etree.Element(q("xf"), numFmtId="0", fontId="0", fillId="0", borderId="0", xfId="0")
        xf = copy.deepcopy(base)
        xf.set("fillId", str(self.fill_id(fill)) if fill is not None else "0")
        xf.set("applyFill", "1")
        return self.add_xf(xf)

    def add_xf(self, xf) -> int:
        if self._xf_index is None:
            self._xf_index = {}
            for i, el in enumerate(self._xf_list):
                self._xf_index.setdefault(_canon(el), i)
        key = _canon(xf)
        if key not in self._xf_index:
            self.xfs.append(xf)
            self._xf_list.append(xf)
            self._xf_index[key] = len(self._xf_list) - 1
            self.xfs.set("count", str(len(self._xf_list)))
            self.pkg.changed(self.part)
        return self._xf_index[key]


def solid_fill(colour: str):
    """A solid fill of ``colour`` (ARGB) as a ``<fill>`` element."""
    fill = etree.Element(q("fill"))
    pattern = etree.SubElement(fill, q("patternFill"), patternType="solid")
    etree.SubElement(pattern, q("fgColor"), rgb=colour)
    etree.SubElement(pattern, q("bgColor"), rgb=colour)
    return fill


def transplant(pkg: Package, styles: Styles, scratch) -> dict[int, int]:
    """Append the scratch workbook's cell formats (with their fonts, fills, borders and number
    formats) to ``styles``; returns scratch index -> index in the target."""
    root = styles.root

    def items(parent_tag: str, tag: str, target_root) -> list:
        parent = target_root.find(q(parent_tag))
        return [] if parent is None else [el for el in parent if local(el) == tag]

    def append(parent_tag: str, el) -> int:
        """Find or append (never renumber): fonts and borders of our sheet, once however often we check."""
        parent = child(root, parent_tag, STYLES_ORDER, create=True)
        existing = [x for x in parent if local(x) == local(el)]
        key = _canon(el)
        for i, x in enumerate(existing):
            if _canon(x) == key:
                return i
        parent.append(copy.deepcopy(el))
        parent.set("count", str(len(existing) + 1))
        return len(existing)

    fonts = items("fonts", "font", scratch)
    fills = items("fills", "fill", scratch)
    borders = items("borders", "border", scratch)
    numfmts = {int(el.get("numFmtId")): el.get("formatCode") for el in items("numFmts", "numFmt", scratch)}
    target_fmts = {int(el.get("numFmtId")): el.get("formatCode") for el in items("numFmts", "numFmt", root)}
    font_map: dict[int, int] = {}
    fill_map: dict[int, int] = {}
    border_map: dict[int, int] = {}
    fmt_map: dict[int, int] = {}
    out = {}
    for i, xf in enumerate(items("cellXfs", "xf", scratch)):
        new = copy.deepcopy(xf)
        f = int(xf.get("fontId", "0"))
        if f not in font_map:
            font_map[f] = append("fonts", fonts[f])
        new.set("fontId", str(font_map[f]))
        f = int(xf.get("fillId", "0"))
        if f not in fill_map:
            fill_map[f] = styles.fill_id(fills[f])
        new.set("fillId", str(fill_map[f]))
        f = int(xf.get("borderId", "0"))
        if f not in border_map:
            border_map[f] = append("borders", borders[f])
        new.set("borderId", str(border_map[f]))
        n = int(xf.get("numFmtId", "0"))
        if n in numfmts:
            if n not in fmt_map:
                code = numfmts[n]
                found = next((k for k, v in target_fmts.items() if v == code), None)
                if found is None:
                    found = max([163, *target_fmts]) + 1
                    block = child(root, "numFmts", STYLES_ORDER, create=True)
                    etree.SubElement(block, q("numFmt"), numFmtId=str(found), formatCode=code)
                    block.set("count", str(len(block)))
                    target_fmts[found] = code
                fmt_map[n] = found
            new.set("numFmtId", str(fmt_map[n]))
        new.set("xfId", "0")
        out[i] = styles.add_xf(new)
    pkg.changed(styles.part)
    return out


# --------------------------------------------------------------------------- our state
