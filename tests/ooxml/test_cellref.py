"""actieplan.ooxml.cellref spells columns and cell references as openpyxl.utils does (which a check no
longer imports: openpyxl is big to import)."""

import pytest
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string

from actieplan.ooxml import cellref


def test_every_column_both_ways():
    for i in range(1, cellref.MAX_COLUMN + 1):
        letters = get_column_letter(i)
        assert cellref.get_column_letter(i) == letters
        assert cellref.column_index_from_string(letters) == cellref.column_index_from_string(letters.lower()) == i
    assert column_index_from_string("xfd") == cellref.column_index_from_string("xfd") == 16_384


@pytest.mark.parametrize("ref", ["A1", "$B$12", "ab7", "XFD1048576"])
def test_coordinates(ref):
    assert cellref.coordinate_from_string(ref) == coordinate_from_string(ref)


@pytest.mark.parametrize("bad", ["A0", "1A", "", "AAAA1", "A-1"])
def test_what_is_no_reference_is_refused(bad):
    with pytest.raises(ValueError):
        cellref.coordinate_from_string(bad)
    with pytest.raises(ValueError):
        cellref.get_column_letter(0)
    with pytest.raises(ValueError):
        cellref.column_index_from_string("A1")


def test_column_of_a_reference_agrees_with_the_column_letters():
    from actieplan.ooxml.cellref import column_index_from_string, column_of, get_column_letter

    for col in (1, 2, 26, 27, 28, 52, 702, 703, 16384):
        letters = get_column_letter(col)
        assert column_of(f"{letters}12") == column_of(f"${letters.lower()}$3") == column_index_from_string(letters) == col
    assert column_of("12") == 0
    # the forms looked up and those spelled out agree: letters after the row, lower case, '$', beyond ZZZ
    assert column_of("B12C") == column_of("b12") == column_of("$B12") == column_of("B") == 2
    assert column_of("AAAA1") == 26 * column_of("AAA1") + 1 and column_of("") == column_of("$") == 0
