"""Property tests (hypothesis): random but valid-shaped workbooks never break the tool.

Each example is the valid plan with random cells replaced (text with `=`, `+`, `@`, `<script>`,
Unicode and emoji; numbers; dates; booleans; blanks), random extra rows and columns, and the
header at a random row. For every example, through `pipeline.check.run` with all output writers:

* nothing raises but the documented errors (none is expected for a readable workbook);
* every finding with a cell points at a cell that exists in the sheet, and a finding about a
  value (its message quotes ``{waarde}``) points at a cell that holds one;
* the HTML report escapes everything: no tag or event handler from the workbook gets through;
* the annotated copy holds every input value unchanged, and the input file is unchanged.

The budget is fixed (``max_examples``, ``derandomize=True``, no deadline) so CI time stays bounded.
"""

from __future__ import annotations

import hashlib
import tempfile
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.cell import coordinate_from_string, column_index_from_string
from workbooks import RULESET, valid_plan, write_plan

from actieplan.run.check import run
from actieplan.errors import ActieplanError
from actieplan.normalize import clean_text, header_key, parse_number, parse_tick
from actieplan.plugin.registry import resolve

pytestmark = pytest.mark.slow  # hypothesis: hundreds of random workbooks

BUDGET = settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

HOSTILE = [
    "=1+1",
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://example.com\",\"klik\")",
    "+31 2 123 45 67",
    "-2+3",
    "@SUM(A1:A2)",
    "<script>alert('x')</script>",
    "<zzinject onclick=alert(1)>",
    "\"><zzinject>",
    "' OR 1=1 --",
    "&amp; &lt;b&gt;",
    "{waarde} {kolom} {0}",
    "ＳＤ ３",
    "😀🤝🏽",
    "\u202eRTL\u202c",
    "e\u0301",
    "\u00a0",
    "   ",
    "ja",
    "☒",
    "0,5 VTE",
    "3.1",
    "SD 3",
    "#REF!",
    "#DIV/0!",
]

# printable text: openpyxl refuses control characters, surrogates cannot be encoded
_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
values = st.one_of(
    st.sampled_from(HOSTILE),
    _text,
    st.none(),
    st.booleans(),
    st.integers(min_value=-10**9, max_value=10**9),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
    st.dates(min_value=datetime(1901, 1, 1).date(), max_value=datetime(2099, 12, 31).date()).map(
        lambda d: datetime(d.year, d.month, d.day)
    ),
)

SPECS = resolve("2026").sheets
SHEETS = sorted(SPECS)


@st.composite
def plans(draw):
    rows = valid_plan()
    for _ in range(draw(st.integers(0, 12))):  # change cells
        sheet = draw(st.sampled_from(SHEETS))
        if not rows[sheet]:
            continue
        i = draw(st.integers(0, len(rows[sheet]) - 1))
        header = draw(st.sampled_from([c.header for c in SPECS[sheet].columns]))
        rows[sheet][i][header] = draw(values)
    for _ in range(draw(st.integers(0, 3))):  # extra rows of random values
        sheet = draw(st.sampled_from(SHEETS))
        headers = [c.header for c in SPECS[sheet].columns]
        rows[sheet].append({h: draw(values) for h in draw(st.lists(st.sampled_from(headers), max_size=len(headers), unique=True))})
    extra = {}
    for sheet in draw(st.lists(st.sampled_from(SHEETS), max_size=3, unique=True)):  # extra columns
        extra[sheet] = draw(st.lists(st.one_of(st.sampled_from(HOSTILE[:12]), _text.filter(lambda t: clean_text(t))), min_size=1, max_size=2))
    title_rows = draw(st.integers(0, 4))
    stem = draw(st.sampled_from(["plan", "plan <zzinject>", "plan & co's \"2026\"", "plän 😀"]))
    return rows, extra, title_rows, stem


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _values(path: Path) -> dict[str, dict[str, object]]:
    wb = openpyxl.load_workbook(path)
    out = {ws.title: {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None} for ws in wb.worksheets}
    wb.close()
    return out


@BUDGET
@given(plans())
def test_random_workbooks_never_break_the_tool(plan):
    rows, extra, title_rows, stem = plan
    rules = resolve("2026").rules
    with tempfile.TemporaryDirectory() as tmp:
        path = write_plan(Path(tmp) / f"{stem}.xlsx", rows, extra_columns=extra, title_rows=title_rows)
        before = _digest(path)
        try:
            result = run(path, Path(tmp) / "uit", ruleset=RULESET)
        except ActieplanError as exc:  # documented, but a valid-shaped workbook must be readable
            raise AssertionError(f"refused a readable workbook: {exc}") from None
        assert _digest(path) == before, "the input file was changed"

        # every finding points at a cell that exists; a finding about a value, at a cell holding one
        wb = openpyxl.load_workbook(path)
        for f in result.report.findings:
            assert f.sheet in wb.sheetnames, f
            if f.cell is None:
                continue
            ws = wb[f.sheet]
            letters, row = coordinate_from_string(f.cell)
            assert 1 <= row <= ws.max_row and 1 <= column_index_from_string(letters) <= ws.max_column, f
            assert f.row == row, f
            if "{waarde}" in rules[f.rule].message:
                assert clean_text(ws[f.cell].value) is not None, f
        wb.close()

        # the HTML report lets nothing from the workbook through as markup
        html = (Path(tmp) / "uit" / f"{stem}.rapport.html").read_text(encoding="utf-8")
        parser = _Tags()
        parser.feed(html)
        assert "zzinject" not in parser.tags and "script" not in parser.tags, parser.tags
        assert parser.handlers == [], parser.handlers
        assert "<zzinject" not in html and "<script" not in html

        # the annotated copy holds every input value unchanged (it adds sheets, marks and notes)
        original = _values(path)
        copy = _values(Path(tmp) / "uit" / f"{stem}.gecontroleerd.xlsx")
        for sheet, cells in original.items():
            assert sheet in copy, sheet
            changed = {ref: (v, copy[sheet].get(ref)) for ref, v in cells.items() if copy[sheet].get(ref) != v}
            assert changed == {}, (sheet, changed)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.one_of(values, st.sampled_from(HOSTILE)))
def test_reading_any_value_never_raises(value):
    """The contract's readers take anything a cell can hold and answer, never raise."""
    text = clean_text(value)
    assert text is None or (text == text.strip() and "\u00a0" not in text)
    number = parse_number(value)
    assert number is None or isinstance(number, float)
    assert parse_tick(value) in (True, False, None)
    assert isinstance(header_key(value), str)
