"""The layout of a year's Word template (``word.toml`` of its package): typed, checked when loaded.

The mechanism knows no year and no Dutch: every heading, column title, label, instruction sentence
and pattern comes from the data. This module turns that data into frozen dataclasses and checks it
against the rule set's sheets (every sheet and column it names exists, every pattern compiles and
has its groups), so a mistake in ``word.toml`` is said when the rule set is used, not halfway through
reading a plan. The reader (``actieplan.read.docx``) and the writers of the template use it.

``{werkjaar}`` in any text is the rule set's working year, ``{meerjarenplan}`` its period, ``{id}`` its id.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from actieplan.plugin.settings import RuleSetError, Settings
from actieplan.plugin.sheetspec import SheetSpec

YEAR, PERIOD, ID = "{werkjaar}", "{meerjarenplan}", "{id}"
_SPACE = re.compile(r"\s+")
_SLASH = re.compile(r"\s*/\s*")
_TRAIL = re.compile(r"[\s?:.]+$")
# what a list line starts with, typed or shown for Word numbering: a bullet ("•", "-", "*"), a number
# ("1.", "2)", "3.1", "(4)") or a letter ("a)", "b.", "iv)"), then the text. A regular expression
# (case-insensitive) that the reader also puts before the parts' headings of a fiche's cell.
LIST_MARKER = r"(?:[•·▪◦‣○●*\-–—]\s*|\(?\d+(?:\.\d+)*(?:[.)]\s*|\s+)|\(?(?:[a-z]|[ivx]+)[.)]\s+)"
_MARKER = re.compile(LIST_MARKER, re.IGNORECASE)


def unlisted(text: str) -> str:
    """``text`` without the list marker it starts with: "1. Wat ga je wel doen?", "• Zorgraad:",
    "a) Overzicht stuurgroepen" read as the heading or label they hold."""
    t = text.lstrip()
    m = _MARKER.match(t)
    return t[m.end():] if m and t[m.end():].strip() else t


def norm(text: str) -> str:
    """A text as titles are compared: NFC, case-folded, runs of whitespace one space, no spaces
    around '/', a trailing '?', ':' or '.' dropped, and no list marker before it (:func:`unlisted`)."""
    t = unicodedata.normalize("NFC", unlisted(text)).replace("\u00a0", " ").casefold()
    t = _SLASH.sub("/", _SPACE.sub(" ", t).strip())
    return _TRAIL.sub("", t)


def one_of(text: str, options: Iterable[str]) -> bool:
    """``text`` is one of ``options``, compared as titles are (:func:`norm`)."""
    n = norm(text)
    return any(n == norm(x) for x in options)


def matches_title(text: str, titles: Iterable[str]) -> bool:
    """``text`` is one of ``titles``, or one followed by a remark in brackets ("Opmerkingen (vb. ...)")."""
    t = norm(text)
    for title in titles:
        n = norm(title)
        if n and (t == n or (t.startswith(n) and t[len(n):].lstrip("?:. ").startswith("("))):
            return True
    return False


@dataclass(frozen=True)
class FieldLine:
    label: str  # as the template writes it, e.g. "Zorgraad:"
    field: str  # the Algemeen sheet's Veld, e.g. "Zorgraad"


@dataclass(frozen=True)
class AlgemeenLayout:
    sheet: str
    fields: tuple[FieldLine, ...]
    title_patterns: tuple[re.Pattern[str], ...]  # group "zorgraad"
    headings: tuple[str, ...]  # the document's first heading(s)
    defaults: tuple[tuple[str, str], ...] = ()  # (field, value) when the document has no line for it
    zorgraad_field: str = ""

    def field_of(self, label: str) -> FieldLine | None:
        return next((f for f in self.fields if one_of(label, (f.label,))), None)

    def zorgraad_in(self, text: str) -> str | None:
        """The zorgraad a title, header or footer line names, or None."""
        line = _SPACE.sub(" ", text).strip()
        for pattern in self.title_patterns:
            m = pattern.match(line)
            if m and m.group("zorgraad").strip():
                return m.group("zorgraad").strip()
        return None


@dataclass(frozen=True)
class TableColumn:
    column: str  # the contract's header
    titles: tuple[str, ...]  # empty: an untitled leading column (a code, its description)


@dataclass(frozen=True)
class TableLayout:
    sheet: str
    headings: tuple[str, ...]
    columns: tuple[TableColumn, ...]
    codes: tuple[str, ...] = ()  # the codes its first column holds (Capaciteit: A..F)
    total: str | None = None  # the code of its total row

    @property
    def heading(self) -> str:
        return self.headings[0]

    @property
    def untitled(self) -> tuple[TableColumn, ...]:
        return tuple(c for c in self.columns if not c.titles)

    @property
    def titled(self) -> tuple[TableColumn, ...]:
        return tuple(c for c in self.columns if c.titles)

    def is_heading(self, text: str) -> bool:
        return one_of(text, self.headings)

    def column_of(self, title: str) -> TableColumn | None:
        """The column a title cell names (the first whose titles match, longest title first)."""
        best: tuple[int, TableColumn] | None = None
        for c in self.titled:
            for t in c.titles:
                if matches_title(title, (t,)) and (best is None or len(t) > best[0]):
                    best = (len(t), c)
        return best[1] if best else None


@dataclass(frozen=True)
class Part:
    """A part of a fiche's right cell: it starts at a line beginning with one of ``headings``."""

    headings: tuple[str, ...]
    column: str
    tick: str | None = None  # the column that holds whether its tick box is ticked
    line: bool = False  # only the rest of its own line


@dataclass(frozen=True)
class Box:
    """One row of a fiche: its label on the left and what its right cell holds."""

    labels: tuple[str, ...]
    instructions: tuple[str, ...]
    column: str  # the text before the first part ("" when nothing is asked there)
    parts: tuple[Part, ...] = ()

    @property
    def label(self) -> str:
        return self.labels[0]

    def is_label(self, text: str) -> bool:
        """``text`` is one of the labels, or one followed by a remark in brackets ("Wat? (kort)")."""
        return matches_title(text, self.labels)

    @property
    def columns(self) -> tuple[str, ...]:
        cols = [self.column] if self.column else []
        for p in self.parts:
            cols += [c for c in (p.column, p.tick) if c]
        return tuple(dict.fromkeys(cols))


@dataclass(frozen=True)
class ObjectivesLayout:
    sheet: str
    sd: str
    sd_text: str
    od: str
    od_text: str


@dataclass(frozen=True)
class FicheLayout:
    sheet: str
    headings: tuple[str, ...]  # the section's heading ("Acties {werkjaar}")
    title_column: str
    sd_column: str
    od_column: str
    sd: re.Pattern[str]  # groups code, tekst
    od: re.Pattern[str]
    sd_write: str  # "... {code} - {tekst}"
    od_write: str
    objectives: ObjectivesLayout
    ticked: tuple[str, ...]
    unticked: tuple[str, ...]
    boxes: tuple[Box, ...]
    bullet: str  # what a list paragraph (Word numbering) starts with when read

    @property
    def heading(self) -> str:
        return self.headings[0]

    def is_heading(self, text: str) -> bool:
        return one_of(text, self.headings)

    def box_of(self, label: str) -> Box | None:
        return next((b for b in self.boxes if b.is_label(label)), None)

    @property
    def instructions(self) -> tuple[str, ...]:
        return tuple(s for b in self.boxes for s in b.instructions)


@dataclass(frozen=True)
class WordLayout:
    """The whole template: Algemeen's lines, the four tables, the fiches."""

    algemeen: AlgemeenLayout
    tables: tuple[TableLayout, ...]
    fiches: FicheLayout
    source: str = "word.toml"
    # a finding's message for a document where the workbook's wording does not fit (a column the
    # document fills from a heading, not a cell): (rule id, sheet, column) -> message
    messages: Mapping[tuple[str, str, str], str] = field(default_factory=dict, hash=False)

    def table(self, sheet: str) -> TableLayout:
        for t in self.tables:
            if t.sheet == sheet:
                return t
        raise KeyError(sheet)

    @property
    def parts(self) -> tuple[str, ...]:
        """The template's parts a document is recognised by, in Dutch (its headings), in order."""
        return (*(t.heading for t in self.tables), self.fiches.heading)


# --- loading ---------------------------------------------------------------------------------


class _Reader:
    """Typed access to the parsed TOML with Dutch errors naming the place in the file."""

    def __init__(self, source: str, settings: Settings) -> None:
        self.source = source
        self.year = str(settings.werkjaar)
        self.period = settings.meerjarenplan
        self.id = settings.id

    def error(self, where: str, what: str) -> RuleSetError:
        return RuleSetError(f"{self.source}: {where}: {what}")

    def table(self, data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
        value = data.get(key)
        if not isinstance(value, Mapping):
            raise self.error(where, f"de tabel [{key}] ontbreekt")
        return value

    def tables(self, data: Mapping[str, Any], key: str, where: str, *, empty: bool = False) -> list[Mapping[str, Any]]:
        value = data.get(key, [] if empty else None)
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value) or (not value and not empty):
            raise self.error(where, f"[[{key}]] ontbreekt of is geen lijst van tabellen")
        return value

    def text(self, data: Mapping[str, Any], key: str, where: str, *, empty: bool = False, default: str | None = None) -> str:
        value = data.get(key, default)
        if not isinstance(value, str) or (not value.strip() and not empty):
            raise self.error(where, f"'{key}' moet een tekst zijn" + ("" if empty else " (niet leeg)"))
        return self.fill(value)

    def fill(self, value: str) -> str:
        return value.replace(YEAR, self.year).replace(PERIOD, self.period).replace(ID, self.id)

    def texts(self, data: Mapping[str, Any], key: str, where: str, *, empty: bool = False) -> tuple[str, ...]:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(where, f"'{key}' moet een lijst van teksten zijn")
        if not value and not empty:
            raise self.error(where, f"'{key}' mag niet leeg zijn")
        return tuple(self.fill(v) for v in value)

    def pattern(self, data: Mapping[str, Any], key: str, where: str, groups: tuple[str, ...]) -> re.Pattern[str]:
        # the year is put in before compiling; {werkjaar} is the only brace-word a pattern may hold
        raw = self.text(data, key, where)
        try:
            compiled = re.compile(raw, re.IGNORECASE)
        except re.error as e:
            raise self.error(where, f"'{key}' is geen geldige reguliere expressie ({e})") from None
        missing = [g for g in groups if g not in compiled.groupindex]
        if missing:
            raise self.error(where, f"'{key}' mist de groep(en) {', '.join(missing)}")
        return compiled


def parse_layout(text: str, source: str, settings: Settings, sheets: Mapping[str, SheetSpec]) -> WordLayout:
    """The layout in ``text`` (a word.toml), checked against ``sheets``. RuleSetError (Dutch) when wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RuleSetError(f"{source} is geen geldige TOML: {e}") from None
    r = _Reader(source, settings)

    def need_sheet(name: str, where: str) -> SheetSpec:
        if name not in sheets:
            raise r.error(where, f"het blad '{name}' bestaat niet in deze regelset ({', '.join(sheets)})")
        return sheets[name]

    def need_column(spec: SheetSpec, header: str, where: str) -> str:
        if header not in {c.header for c in spec.columns}:
            raise r.error(where, f"het blad '{spec.name}' heeft geen kolom '{header}'")
        return header

    a = r.table(data, "algemeen", "[algemeen]")
    sheet = r.text(a, "blad", "[algemeen]")
    need_sheet(sheet, "[algemeen]")
    fields = tuple(
        FieldLine(r.text(f, "label", f"[algemeen] velden {i}"), r.text(f, "veld", f"[algemeen] velden {i}"))
        for i, f in enumerate(r.tables(a, "velden", "[algemeen]"), start=1)
    )
    titles = tuple(
        r.pattern({"titel": p}, "titel", f"[algemeen] titel {i}", ("zorgraad",))
        for i, p in enumerate(r.texts(a, "titel", "[algemeen]", empty=True), start=1)
    )
    defaults = a.get("standaard", {})
    if not isinstance(defaults, Mapping) or not all(isinstance(v, str) for v in defaults.values()):
        raise r.error("[algemeen]", "'standaard' moet een tabel van teksten zijn")
    zorgraad_field = r.text(a, "zorgraad_veld", "[algemeen]")
    known = {f.field for f in fields}
    unknown = [k for k in (*defaults, zorgraad_field) if k not in known]
    if unknown:
        raise r.error("[algemeen]", f"het veld {', '.join(unknown)} staat niet in 'velden'")
    algemeen = AlgemeenLayout(
        sheet, fields, titles, r.texts(a, "koppen", "[algemeen]", empty=True),
        tuple((k, r.fill(v)) for k, v in defaults.items()), zorgraad_field,
    )

    tables = []
    for i, t in enumerate(r.tables(data, "tabel", "[[tabel]]"), start=1):
        where = f"[[tabel]] {i}"
        spec = need_sheet(r.text(t, "blad", where), where)
        columns = []
        for j, c in enumerate(r.tables(t, "kolom", where), start=1):
            w = f"{where} ({spec.name}), kolom {j}"
            columns.append(TableColumn(need_column(spec, r.text(c, "kolom", w), w), r.texts(c, "titels", w, empty=True)))
        if not any(c.titles for c in columns):
            raise r.error(where, "geen enkele kolom heeft een titel")
        missing = [h for h in spec.required if h not in {c.column for c in columns}]
        if missing:
            raise r.error(where, f"de verplichte kolom(men) {', '.join(missing)} van '{spec.name}' staan niet in de tabel")
        total = t.get("totaal")
        tables.append(
            TableLayout(
                spec.name,
                r.texts(t, "koppen", where),
                tuple(columns),
                r.texts(t, "codes", where) if "codes" in t else (),
                r.text(t, "totaal", where) if total is not None else None,
            )
        )

    f = r.table(data, "fiches", "[fiches]")
    fiche_sheet = need_sheet(r.text(f, "blad", "[fiches]"), "[fiches]")
    col = lambda key: need_column(fiche_sheet, r.text(f, key, "[fiches]"), "[fiches]")  # noqa: E731
    o = r.table(f, "doelstellingen", "[fiches]")
    o_sheet = need_sheet(r.text(o, "blad", "[fiches.doelstellingen]"), "[fiches.doelstellingen]")
    o_col = lambda key: need_column(o_sheet, r.text(o, key, "[fiches.doelstellingen]"), "[fiches.doelstellingen]")  # noqa: E731
    objectives = ObjectivesLayout(o_sheet.name, o_col("sd"), o_col("sd_tekst"), o_col("od"), o_col("od_tekst"))
    v = r.table(f, "vinkjes", "[fiches]")
    boxes = []
    for i, b in enumerate(r.tables(f, "vak", "[[fiches.vak]]"), start=1):
        where = f"[[fiches.vak]] {i}"
        column = r.text(b, "kolom", where, empty=True)
        if column:
            need_column(fiche_sheet, column, where)
        parts = []
        for j, p in enumerate(r.tables(b, "deel", where, empty=True), start=1):
            w = f"{where}, deel {j}"
            tick = p.get("vinkje")
            parts.append(
                Part(
                    r.texts(p, "koppen", w),
                    need_column(fiche_sheet, r.text(p, "kolom", w), w),
                    need_column(fiche_sheet, r.text(p, "vinkje", w), w) if tick is not None else None,
                    bool(p.get("regel", False)),
                )
            )
        boxes.append(Box(r.texts(b, "labels", where), r.texts(b, "instructies", where, empty=True), column, tuple(parts)))
    labels = [x for b in boxes for x in {norm(y) for y in b.labels}]
    if len(labels) != len(set(labels)):
        raise r.error("[[fiches.vak]]", "twee vakken hebben hetzelfde label")
    fiches = FicheLayout(
        fiche_sheet.name,
        r.texts(f, "kop", "[fiches]"),
        col("titel_kolom"),
        col("sd_kolom"),
        col("od_kolom"),
        r.pattern(f, "sd", "[fiches]", ("code", "tekst")),
        r.pattern(f, "od", "[fiches]", ("code", "tekst")),
        r.text(f, "sd_schrijf", "[fiches]"),
        r.text(f, "od_schrijf", "[fiches]"),
        objectives,
        r.texts(v, "aan", "[fiches.vinkjes]"),
        r.texts(v, "uit", "[fiches.vinkjes]"),
        tuple(boxes),
        r.text(r.table(f, "lijst", "[fiches]"), "lijstteken", "[fiches.lijst]"),
    )
    covered = {fiches.title_column, fiches.sd_column, fiches.od_column, *(c for b in boxes for c in b.columns)}
    missing = [h for h in fiche_sheet.required if h not in covered]
    if missing:
        raise r.error("[fiches]", f"geen vak vult de verplichte kolom(men) {', '.join(missing)} van '{fiche_sheet.name}'")
    messages: dict[tuple[str, str, str], str] = {}
    for i, m in enumerate(r.tables(data, "melding", "[[melding]]", empty=True), start=1):
        where = f"[[melding]] {i}"
        rule, text = r.text(m, "regel", where), r.text(m, "tekst", where)
        # without 'blad': a finding of that rule on any sheet; without 'kolom': one about a row
        names = [need_sheet(r.text(m, "blad", where), where).name] if "blad" in m else list(sheets)
        for name in names:
            column = need_column(sheets[name], r.text(m, "kolom", where), where) if "kolom" in m else ""
            messages[(rule, name, column)] = text
    return WordLayout(algemeen, tuple(tables), fiches, source, messages)
