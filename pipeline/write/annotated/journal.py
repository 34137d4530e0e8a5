"""Our journal: what the annotation changed, kept in the copy as a custom XML part (namespace
:data:`STATE_NS`, element ``annotaties``) that no user sees. Checking the copy again, or making
the mail's attachment, undoes exactly what it records; its XML is the same as copies written by
earlier versions carry, so they un-annotate too.

Children of ``annotaties``, in the order they were recorded: ``stijlen`` (the styles lists'
lengths before), ``blad`` (per marked sheet: notes parts made, dimension), ``opvulling`` (a cell
format's own fill), ``cel`` (a marked cell: its own style, made, spans, our note), ``geselecteerd``
(sheets we unselected), ``deel`` (parts we added), ``origineel`` (a changed part as it was).
"""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
import zlib
from dataclasses import dataclass, field

from lxml import etree

from actieplan.ooxml.ns import CT_CUSTOM_XML_PROPS, CT_XML, DS, REL_CUSTOM_XML, REL_CUSTOM_XML_PROPS, local, q
from actieplan.ooxml.package import Package
from actieplan.ooxml.rels import Rels
from actieplan.ooxml.workbook import Book
from actieplan.write.annotated.texts import STATE_NS


STYLE_BLOCKS = ("numFmts", "fonts", "fills", "borders", "cellXfs")


@dataclass
class StylesRecord:
    """How long each list of the styles part was before we appended to it ('x': it had none;
    else 'N:count attribute'), and the part's digest after the annotation (``after``)."""

    part: str
    lengths: dict[str, str] = field(default_factory=dict)  # STYLE_BLOCKS tag -> 'x' or 'N:count'
    after: str | None = None


@dataclass
class SheetRecord:
    """A sheet we marked: whether we made its notes parts, its dimension before and after."""

    name: str
    notes_made: bool = False
    vml_made: bool = False
    own_dimension: str | None = None
    our_dimension: str | None = None


@dataclass
class FillRecord:
    """A cell format's own fill (XML), to put back where another program renumbered the formats."""

    style: str
    fill_xml: str | None


@dataclass(slots=True)
class CellRecord:
    """A cell we marked."""

    sheet: str | None
    cell: str | None
    colour: str | None  # our fill's colour
    style: str | None  # our format's index
    own_style: str | None = None  # its own format's index (None: it had none)
    made: bool = False  # the cell was made by us
    row_made: bool = False  # its row too
    own_spans: str | None = None  # its row's spans before
    note: str | None = None  # the text of our note
    own_note: bool = False  # the user had a note there: ours was appended
    appended: int = 0  # how many runs we appended to it
    own_fill: str | None = None  # (written by earlier versions) its own fill's XML


@dataclass
class Original:
    """A part of the user's we changed, as it was (zlib, base64), and its digest as we wrote it."""

    part: str | None
    after: str | None
    data: str


Record = SheetRecord | FillRecord | CellRecord


@dataclass
class Journal:
    """What one annotation changed (see the module's docstring for its XML)."""

    styles: StylesRecord | None = None
    records: list[Record] = field(default_factory=list)  # in the order they were made
    selected: list[str] = field(default_factory=list)  # sheets we unselected
    parts: list[str] = field(default_factory=list)  # parts we added (the Controle sheet's)
    originals: list[Original] = field(default_factory=list)
    names_made: bool = False  # we made the workbook's definedNames
    active_tab: str | None = None  # the workbook view's, before ('' none)
    first_sheet: str | None = None
    control: str | None = None  # our Controle sheet's name
    properties_made: str | None = None  # the custom properties part, when we made it
    types: list[str] = field(default_factory=list)  # extensions whose Default content type we declared

    def cells(self) -> list[CellRecord]:
        return [r for r in self.records if isinstance(r, CellRecord)]

    def fills(self) -> dict[str, str | None]:
        return {r.style: r.fill_xml for r in self.records if isinstance(r, FillRecord)}

    # -- its XML (the same as every earlier version wrote: copies made by them un-annotate)
    def to_xml(self):
        root = etree.Element(q("annotaties", STATE_NS), nsmap={None: STATE_NS})
        for key, value in (("namen-gemaakt", "1" if self.names_made else None), ("actief-blad", self.active_tab),
                           ("eerste-blad", self.first_sheet), ("controle", self.control),
                           ("eigenschappen-gemaakt", self.properties_made), ("types", " ".join(self.types) or None)):
            if value is not None:
                root.set(key, value)
        if self.styles is not None:
            el = _add(root, "stijlen", deel=self.styles.part, **self.styles.lengths)
            if self.styles.after is not None:
                el.set("na", self.styles.after)
        for r in self.records:
            if isinstance(r, SheetRecord):
                _add(root, "blad", naam=r.name, **{"notities-gemaakt": _flag(r.notes_made), "vml-gemaakt": _flag(r.vml_made),
                                                  "eigen-dimensie": r.own_dimension, "onze-dimensie": r.our_dimension})
            elif isinstance(r, FillRecord):
                _add(root, "opvulling", stijl=r.style).text = r.fill_xml
            else:
                _add(root, "cel", blad=r.sheet, cel=r.cell, kleur=r.colour, stijl=r.style, **{
                    "eigen-stijl": r.own_style, "eigen-opvulling": r.own_fill, "gemaakt": _flag(r.made),
                    "rij-gemaakt": _flag(r.row_made), "eigen-spans": r.own_spans, "notitie": r.note,
                    "eigen-notitie": _flag(r.own_note), "toegevoegd": str(r.appended) if r.own_note else None})
        for name in self.selected:
            _add(root, "geselecteerd", blad=name)
        for part in self.parts:
            _add(root, "deel", naam=part)
        for o in self.originals:
            _add(root, "origineel", deel=o.part, na=o.after).text = o.data
        return root

    @classmethod
    def from_xml(cls, root) -> "Journal":
        j = cls(names_made=root.get("namen-gemaakt") == "1", active_tab=root.get("actief-blad"),
                first_sheet=root.get("eerste-blad"), control=root.get("controle"),
                properties_made=root.get("eigenschappen-gemaakt"), types=(root.get("types") or "").split())
        for el in root:
            kind = local(el)
            if kind == "stijlen" and j.styles is None:
                j.styles = StylesRecord(el.get("deel"), {t: el.get(t) for t in STYLE_BLOCKS if el.get(t) is not None}, el.get("na"))
            elif kind == "blad":
                j.records.append(SheetRecord(el.get("naam"), bool(el.get("notities-gemaakt")), bool(el.get("vml-gemaakt")),
                                             el.get("eigen-dimensie"), el.get("onze-dimensie")))
            elif kind == "opvulling":
                j.records.append(FillRecord(el.get("stijl"), el.text))
            elif kind == "cel":
                j.records.append(CellRecord(
                    el.get("blad"), el.get("cel"), el.get("kleur"), el.get("stijl"), el.get("eigen-stijl"), bool(el.get("gemaakt")),
                    bool(el.get("rij-gemaakt")), el.get("eigen-spans"), el.get("notitie"), bool(el.get("eigen-notitie")),
                    int(el.get("toegevoegd", "0")), el.get("eigen-opvulling")))
            elif kind == "geselecteerd":
                j.selected.append(el.get("blad"))
            elif kind == "deel":
                j.parts.append(el.get("naam"))
            elif kind == "origineel":
                j.originals.append(Original(el.get("deel"), el.get("na"), el.text or ""))
        return j


def _flag(value: bool) -> str | None:
    return "1" if value else None


def _add(root, tag: str, **attrs: str | None):
    el = etree.SubElement(root, q(tag, STATE_NS))
    for key, value in attrs.items():
        if value is not None:
            el.set(key, value)
    return el


def record_styles(pkg: Package, book: Book, journal: Journal) -> StylesRecord:
    """Record how long each list of styles.xml was before we appended to it."""
    part = book.styles_part()
    root = pkg.xml(part)
    record = journal.styles = StylesRecord(part)
    for tag in STYLE_BLOCKS:
        block = root.find(q(tag))
        record.lengths[tag] = "x" if block is None else f"{len(block)}:{block.get('count', '')}"
    return record


def undo_styles(pkg: Package, record: StylesRecord | None, digest_now: str | None) -> None:
    """Take our appended styles out again, when styles.xml is exactly as we wrote it."""
    if record is None or digest_now is None or record.after != digest_now:
        return
    root = pkg.xml(record.part)
    for tag in STYLE_BLOCKS:
        spec = record.lengths.get(tag)
        block = root.find(q(tag))
        if spec is None or block is None:
            continue
        if spec == "x":
            root.remove(block)
            continue
        n, _, count = spec.partition(":")
        for extra in list(block)[int(n):]:
            block.remove(extra)
        if count:
            block.set("count", count)
        else:
            block.attrib.pop("count", None)
    pkg.changed(record.part)


ORIGINAL_LIMIT = 1_000_000  # parts up to this size are kept as they were, to be put back byte for byte


def write_state(pkg: Package, book: Book, journal: Journal, before: dict[str, bytes], gone: set[str]) -> None:
    """The journal into the package, with every part of the user's we changed as it was
    (``before``: parts as an undo of an earlier annotation left them; ``gone``: parts it removed):
    an undo of an unchanged copy gives it back byte for byte (lxml writes the same XML, but not
    always the same bytes: attribute order, empty elements)."""
    for name in sorted(pkg.dirty):
        if name in pkg.removed or name in gone:
            continue
        if name in before:
            original = before[name]
        elif name in pkg.infos:
            if pkg.infos[name].file_size > ORIGINAL_LIMIT:
                continue  # (not read: a big sheet is never whole in memory)
            original = pkg.zip.read(name)
        else:
            continue  # a part of ours
        if len(original) > ORIGINAL_LIMIT:
            continue
        data = base64.b64encode(zlib.compress(original, 6)).decode("ascii")
        now = pkg.read(name)
        if name in pkg.streams:  # a streamed sheet, read whole here (it is small): saved as read, not rewritten again
            pkg.put(name, now)
        journal.originals.append(Original(name, hashlib.sha256(now).hexdigest(), data))
    item = pkg.free_name("customXml/item{}.xml")
    number = re.search(r"(\d+)\.xml$", item).group(1)
    props = f"customXml/itemProps{number}.xml"
    if book.types.default("xml", CT_XML):
        book.added_defaults.add("xml")
    journal.types = sorted(book.added_defaults)
    pkg.put_xml(item, journal.to_xml())
    pkg.put_xml(props, etree.fromstring(
        f'<ds:datastoreItem xmlns:ds="{DS}" ds:itemID="{{{str(uuid.uuid4()).upper()}}}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{STATE_NS}"/></ds:schemaRefs></ds:datastoreItem>'.encode()
    ))
    Rels(pkg, item).add(REL_CUSTOM_XML_PROPS, props)
    book.rels.add(REL_CUSTOM_XML, item)
    book.types.override(props, CT_CUSTOM_XML_PROPS)


def big_stream(pkg: Package, name: str) -> bool:
    """A part written as a stream whose bytes are too many to keep as they were (ORIGINAL_LIMIT)."""
    if name not in pkg.streams:
        return False
    size = len(pkg.new[name]) if name in pkg.new else (pkg.infos[name].file_size if name in pkg.infos else 0)
    return size > ORIGINAL_LIMIT


def find_state(pkg: Package) -> tuple[Journal | None, str | None]:
    """The journal of an earlier annotation in the package, and its part."""
    for name in pkg.order:
        if name.startswith("customXml/item") and name.endswith(".xml") and "Props" not in name and pkg.exists(name):
            try:
                root = pkg.xml(name)
            except etree.XMLSyntaxError:
                continue
            if root.tag == q("annotaties", STATE_NS):
                return Journal.from_xml(root), name
    return None, None
