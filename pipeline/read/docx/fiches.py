"""An action fiche's table read into one row of the fiches' sheet.

A fiche is a two-column table: a label on the left (``Wat?``, ``Met wie?``, ...: the layout's
boxes), on the right the template's instruction sentences and the answer. The instruction sentences
are removed word for word wherever they stand (in any formatting: the text is compared, runs and
line breaks inside a sentence do not matter); what is left splits into the box's columns at the
lines that start one of its parts (``Wat ga je wel doen?``, ``Personeelscapaciteit: 0,2 VTE``, a
tick box before ``Procesevaluatie``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from actieplan.plugin.wordspec import LIST_MARKER, Box, FicheLayout, Part
from actieplan.read.docx.walk import Cell, Table


def _words(text: str) -> str:
    """A regex for ``text`` with any whitespace (also a line break) between its words."""
    return r"\s+".join(re.escape(w) for w in text.split())


@dataclass(frozen=True)
class _CompiledBox:
    box: Box
    instructions: tuple[re.Pattern[str], ...]
    parts: tuple[tuple[re.Pattern[str], Part], ...]  # longest heading first


@dataclass
class BoxValues:
    """What one box's right cell gave: column -> text, tick column -> character, and the text that
    could not be placed."""

    values: dict[str, str] = field(default_factory=dict)
    ticks: dict[str, str] = field(default_factory=dict)
    stray: list[str] = field(default_factory=list)


class FicheReader:
    def __init__(self, layout: FicheLayout):
        self.layout = layout
        boxes = ("".join(re.escape(c) for c in (*layout.ticked, *layout.unticked)))
        self._boxes = f"[{boxes}]" if boxes else "(?!)"
        self._compiled = {b.label: self._compile(b) for b in layout.boxes}

    def _compile(self, box: Box) -> _CompiledBox:
        instructions = tuple(
            re.compile(_words(s.rstrip()) , re.IGNORECASE) for s in sorted(box.instructions, key=len, reverse=True)
        )
        heads = sorted(((h, p) for p in box.parts for h in p.headings), key=lambda hp: len(hp[0]), reverse=True)
        # a part's heading may be a list line ("1. Wat ga je wel doen?", Word numbering read as the
        # bullet), its tick box before or after the marker; the answer's own list lines stay as they are
        lead = rf"^\s*(?:{LIST_MARKER})?(?P<box>(?:{self._boxes}\s*)*)(?:{LIST_MARKER}|\d+\s*)?"
        parts = tuple(
            (re.compile(lead + r"(?P<kop>" + _words(re.sub(r"[\s?:.]+$", "", h)) + r")(?!\w)[\s?:.]*", re.IGNORECASE), p)
            for h, p in heads
        )
        return _CompiledBox(box, instructions, parts)

    def box_opening(self, cells: list[Cell]) -> Box | None:
        """The box whose instruction sentence the cells' text starts with, if any."""
        text = "\n".join(c.text for c in cells).lstrip()
        for compiled in self._compiled.values():
            if any(pattern.match(text) for pattern in compiled.instructions):
                return compiled.box
        return None

    def tick_of(self, prefix: str) -> str | None:
        found = [c for c in prefix if not c.isspace()]
        if any(c in self.layout.ticked for c in found):
            return self.layout.ticked[0]
        if any(c in self.layout.unticked for c in found):
            return self.layout.unticked[0]
        return None

    def read_box(self, box: Box, text: str) -> BoxValues:
        """Split a box's right cell (its paragraphs joined by new lines) into its columns."""
        c = self._compiled[box.label]
        for pattern in c.instructions:
            text = pattern.sub("\n", text)
        out = BoxValues()
        lines = [line.strip() for line in text.split("\n")]
        current: str | None = box.column or None
        collected: dict[str | None, list[str]] = {}
        for line in lines:
            if not line:
                continue
            for pattern, part in c.parts:
                m = pattern.match(line)
                if m is None:
                    continue
                rest = line[m.end():].strip()
                if part.tick:
                    tick = self.tick_of(m.group("box"))
                    if tick is None and rest[:1] and self.tick_of(rest[:1]) is not None:
                        tick, rest = self.tick_of(rest[:1]), rest[1:].strip()  # 'Procesevaluatie ☒'
                    if tick is not None:
                        out.ticks[part.tick] = tick
                    else:
                        out.ticks.setdefault(part.tick, "")
                if part.line:
                    if rest:
                        collected.setdefault(part.column, []).append(rest)
                    current = box.column or None
                else:
                    current = part.column
                    if rest:
                        collected.setdefault(current, []).append(rest)
                break
            else:
                collected.setdefault(current, []).append(line)
        for column, texts in collected.items():
            joined = "\n".join(texts).strip()
            if not joined:
                continue
            if column is None:
                out.stray.append(joined)
            elif column in out.values:
                out.values[column] += "\n" + joined
            else:
                out.values[column] = joined
        return out


@dataclass
class FicheRow:
    """One fiche: its values by column and where each came from (column -> (anchor, table row, label))."""

    table: Table
    title: str | None
    title_anchor: str | None
    values: dict[str, str] = field(default_factory=dict)
    places: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    stray: list[tuple[str, str, int, str]] = field(default_factory=list)  # (text, anchor, table row, label)
    unknown: list[tuple[str, str, str, int]] = field(default_factory=list)  # (label, its text, anchor, table row)


def is_fiche(table: Table, layout: FicheLayout) -> bool:
    """A two-column table whose left cells hold at least two of the boxes' labels."""
    found = {b.label for row in table.rows if row and row[0].lines for b in [layout.box_of(row[0].lines[0])] if b is not None}
    return len(found) >= 2


def title_row(row: list[Cell], layout: FicheLayout) -> str | None:
    """The fiche's title when the row is one cell over both columns, or a text in its first cell with
    the others left empty (not a label)."""
    if row and row[0].text and all(not c.text for c in row[1:]) and layout.box_of(row[0].lines[0]) is None:
        return " ".join(row[0].lines)
    return None


def read_fiche(table: Table, reader: FicheReader, title: str | None, title_anchor: str | None) -> FicheRow:
    layout = reader.layout
    fiche = FicheRow(table, title, title_anchor)
    box: Box | None = None
    texts: dict[str, list[tuple[str, Cell, int]]] = {}
    order: list[Box] = []
    for number, row in enumerate(table.rows, start=1):
        if number == 1 and fiche.title is None:
            first = title_row(row, layout)
            if first is not None:
                fiche.title, fiche.title_anchor = first, row[0].anchor
                continue
        if not row:
            continue
        label_cell, right = row[0], row[1:]
        # the label is the left cell's first line; more lines there (an instruction written under the
        # label) are read with the right cell
        label_lines = label_cell.lines
        found = layout.box_of(label_lines[0]) if label_lines else None
        below_label = "\n".join(label_lines[1:]) if found is not None else ""
        if found is not None:
            box = found
        elif not label_cell.text and label_cell.vmerge != "continue" and (opening := reader.box_opening(right)):
            box = opening  # an empty label beside another box's instruction: that box (its label is below)
        elif label_cell.vmerge == "continue" or (not label_cell.text and box is not None):
            pass  # a label merged over rows, or an empty label: the box above goes on
        elif label_cell.text:
            text = " ".join(line for c in right for line in c.lines)
            fiche.unknown.append((" ".join(label_cell.lines), text, label_cell.anchor, number))
            box = None
            continue
        if box is None:
            text = "\n".join(c.text for c in row).strip()
            if text:
                fiche.stray.append((text, row[0].anchor, number, ""))
            continue
        if box not in order:
            order.append(box)
        cell = right[0] if right else label_cell
        texts.setdefault(box.label, []).append(("\n".join([below_label, *(c.text for c in right)]).strip(), cell, number))
    for b in order:
        pieces = texts[b.label]
        first_text, first_cell, first_row = pieces[0]
        read = reader.read_box(b, "\n".join(t for t, _, _ in pieces))
        for column in b.columns:
            fiche.places[column] = (first_cell.anchor, first_row, b.label)
        for column, value in read.values.items():
            fiche.values[column] = value
        for column, tick in read.ticks.items():
            if tick:
                fiche.values[column] = tick
        for text in read.stray:
            fiche.stray.append((text, first_cell.anchor, first_row, b.label))
    return fiche
