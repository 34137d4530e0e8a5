"""The VML drawing that shows a sheet's legacy notes (``xl/drawings/vmlDrawingN.vml``): one
``v:shape`` per note, anchored at its cell, as Excel writes them."""

from __future__ import annotations

import copy
import re

from lxml import etree

from actieplan.ooxml.cellref import split_ref
from actieplan.ooxml.ns import O, V, X
from actieplan.ooxml.package import Package
from actieplan.ooxml.xml import parse, serialize


def new_drawing(idmap: int):
    """An empty drawing whose shapes are numbered from ``1024 * idmap``."""
    return etree.fromstring(
        f'<xml xmlns:v="{V}" xmlns:o="{O}" xmlns:x="{X}">'
        f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{idmap}"/></o:shapelayout></xml>'.encode()
    )


def free_idmap(pkg: Package) -> int:
    """An o:idmap number no other VML drawing of the package uses (shape ids must be unique)."""
    used = {0}
    for name in list(pkg.order):
        if name.endswith(".vml") and pkg.exists(name):
            try:
                root = pkg.xml(name, recover=True)
            except etree.XMLSyntaxError:
                continue
            for el in root.iter("{%s}idmap" % O):
                used |= {int(x) for x in re.split(r"[,\s]+", el.get("data", "")) if x.isdigit()}
    return max(used) + 1


# a hidden note's shape as Excel writes it, copied for each note: its id, height, z-index, anchor, row
# and column set then (faster than parsing the shape anew for each note)
_NOTE_STYLE = "position:absolute;margin-left:80pt;margin-top:2pt;width:270pt;"
_NOTE_SHAPE = etree.fromstring(
    f'<v:shape xmlns:v="{V}" xmlns:o="{O}" xmlns:x="{X}" id="" type="#_x0000_t202" style="" fillcolor="#ffffe1" '
    'o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>'
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor/><x:AutoFill>False</x:AutoFill>'
    "<x:Row/><x:Column/></x:ClientData></v:shape>".encode()
)


# the same shape as the bytes lxml writes for it in a drawing of ours (v, o and x declared on its root)
_SHAPE_BYTES = (
    b'<v:shape id="_x0000_s%d" type="#_x0000_t202" style="' + _NOTE_STYLE.encode() + b'height:%spt;z-index:%d;visibility:hidden" '
    b'fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
    b'<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>'
    b'<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>%s</x:Anchor><x:AutoFill>False</x:AutoFill>'
    b"<x:Row>%d</x:Row><x:Column>%d</x:Column></x:ClientData></v:shape>"
)


class NoteShapes:
    """The note shapes of one drawing: added after its highest shape id, removed by their cell."""

    def __init__(self, pkg: Package, part: str, made: bool = False):
        self.pkg, self.part = pkg, part
        self._root = None
        self._next_shape: int | None = None
        self._shapes: dict[tuple[str, str], list] | None = None  # (row, column) as the VML writes them -> note shapes
        # ``made``: a drawing made in this run (:func:`new_drawing`), its prefixes ours: the shapes added
        # are kept as the bytes lxml would write for them, spliced in when the part is written
        self._pending: list[bytes] | None = [] if made else None
        if made:
            pkg.stream(part, self)

    def data(self) -> bytes:
        """The drawing's bytes, the shapes kept as bytes in it."""
        data = serialize(self.root)
        if self._pending:
            if not data.endswith(b"</xml>"):
                raise ValueError("drawing without its end tag")
            data = data[:-6] + b"".join(self._pending) + b"</xml>"
        return data

    def write(self, write) -> None:
        write(self.data())

    def _materialize(self) -> None:
        if self._pending:
            self._root = parse(self.data(), recover=True)
            self.pkg.put_xml(self.part, self._root)
        self._pending = None

    @property
    def root(self):
        if self._root is None:
            self._root = self.pkg.xml(self.part, recover=True)
        return self._root

    def add(self, ref: str, text: str) -> None:
        """A hidden note shape for ``ref``, sized for ``text``."""
        vml = self.root
        if self._next_shape is None and not any(el.get("id") == "_x0000_t202" for el in vml.iter("{%s}shapetype" % V)):
            vml.append(etree.fromstring(
                f'<v:shapetype xmlns:v="{V}" xmlns:o="{O}" id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
                'o:connecttype="rect"/></v:shapetype>'.encode()
            ))
        if self._next_shape is None:  # once per drawing: after the highest shape id it holds
            numbers = [int(m.group(1)) for el in vml.iter("{%s}shape" % V) if (m := re.match(r"_x0000_s(\d+)$", el.get("id", "")))]
            if numbers:
                self._next_shape = max(numbers) + 1
            else:
                idmap = next((el.get("data") for el in vml.iter("{%s}idmap" % O)), "1") or "1"
                first = int(re.split(r"[,\s]", idmap.strip())[0] or 1)
                self._next_shape = 1024 * first + 1
        number = self._next_shape
        self._next_shape += 1
        row, col = split_ref(ref)
        lines = min(4 + text.count("\n") + len(text) // 45, 30)
        r0 = max(row - 2, 0)
        height = min(80 + 16 * (text.count("\n") + len(text) // 45), 600) * 0.75
        height_pt = f"{height:.0f}"
        anchor = f"{col}, 15, {r0}, 10, {col + 4}, 15, {r0 + lines}, 4"
        if self._pending is not None:
            self._pending.append(_SHAPE_BYTES % (number, height_pt.encode(), number % 1024, anchor.encode(), row - 1, col - 1))
            self.pkg.changed(self.part)
            return
        shape = copy.deepcopy(_NOTE_SHAPE)
        shape.set("id", f"_x0000_s{number}")
        shape.set("style", f"{_NOTE_STYLE}height:{height_pt}pt;z-index:{number % 1024};visibility:hidden")
        data = shape[4]
        data[2].text = anchor
        data[4].text = str(row - 1)
        data[5].text = str(col - 1)
        vml.append(shape)
        self._shapes = None  # (found afresh when one is removed)
        self.pkg.changed(self.part)

    def remove(self, ref: str) -> None:
        """The note shapes of ``ref`` go."""
        self._materialize()
        row, col = split_ref(ref)
        if self._shapes is None:  # once per drawing, not once per note (a re-check removes hundreds)
            self._shapes = {}
            for shape in self.root.iter("{%s}shape" % V):
                data = shape.find("{%s}ClientData" % X)
                if data is None or data.get("ObjectType") != "Note":
                    continue
                r, c = data.find("{%s}Row" % X), data.find("{%s}Column" % X)
                if r is not None and c is not None:
                    self._shapes.setdefault(((r.text or "").strip(), (c.text or "").strip()), []).append(shape)
        for shape in self._shapes.pop((str(row - 1), str(col - 1)), []):
            shape.getparent().remove(shape)
            self.pkg.changed(self.part)
