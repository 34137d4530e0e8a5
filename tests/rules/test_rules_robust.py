"""No rule of the 2026 rule set crashes on whatever a user types: any text, number, tick or empty
cell in any column of the rule-checked sheets gives findings, never an exception."""

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from workbooks import RULESET, write_plan

from actieplan.read.loader import load_workbook
from actieplan.validate.engine import validate

pytestmark = pytest.mark.slow  # hypothesis: every rule on random cells

SHEETS = ("Algemeen", "Capaciteit", "Stuurgroepen", "Netwerkevents", "Doorlopende acties", "Actiefiches", "Doelstellingen")

# What the loader can hand a rule: cleaned text, a number (VTE columns), a tick (bool) or None.
values = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
    st.text(min_size=1, max_size=120),
    st.sampled_from(["2027", "Sinds 2020", "3x/jaar", "(2026)", "OD 9.9", "SD 0", "0", "=SUM(C5:C9)", "actieplan-2025",
                     "31/02/2025", "IFP", "nieuwsbrief", "meerjarenplan 2027-2032", "☐", "☒", "x@y", "Mijlpalen"]),
)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    return load_workbook(write_plan(tmp_path_factory.mktemp("robust") / "plan.xlsx"), RULESET.sheets.values())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_rules_never_crash(loaded, data):
    wb = copy.deepcopy(loaded)
    for _ in range(data.draw(st.integers(1, 6))):
        sheet = wb.sheets[data.draw(st.sampled_from(SHEETS))]
        if sheet.frame.empty:
            continue
        row = data.draw(st.sampled_from(list(sheet.frame.index)))
        col = data.draw(st.sampled_from(list(sheet.frame.columns)))
        sheet.frame.at[row, col] = data.draw(values)
    if "Algemeen" in wb.sheets:  # the loader's lookup of the fields follows the frame
        frame = wb.sheets["Algemeen"].frame
        from actieplan.normalize import header_key

        fields = wb.sheets["Algemeen"].fields = {}
        for r, veld, waarde in zip(frame.index, frame["Veld"], frame["Waarde"]):
            if isinstance(veld, str):
                fields.setdefault(header_key(veld), (int(r), waarde))
    report = validate(wb, RULESET)
    assert all(isinstance(f.message, str) and f.message for f in report.findings)
