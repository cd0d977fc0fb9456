"""UNIT_CELL and PER_AMOUNT: a row's closing physical unit is no column; a header of ``1
<unit>`` cells names columns of values per that amount."""

from __future__ import annotations

from tests.metric_reading import values

_REPORT = """\
                          1 kg             1 kmol
                     ---------------   ---------------
          enthalpy            1773.4             53087  J
   internal energy       -7.5563e+05       -2.2619e+07  J

"""


def test_values_per_amount_are_named_by_the_basis():
    got = values(_REPORT)
    assert got["enthalpy/1 kg"] == [1773.4]
    assert got["enthalpy/1 kmol"] == [53087.0]
    assert got["internal energy/1 kmol"] == [-2.2619e+07]


def test_a_closing_word_that_is_no_unit_is_no_unit_cell():
    got = values(_REPORT.replace("  J\n", "  Joules\n"))
    assert not any(name.startswith("enthalpy/") for name in got)


def test_a_header_of_amounts_other_than_one_is_no_basis():
    got = values(_REPORT.replace("1 kg", "3 kg").replace("1 kmol", "3 kmol"))
    assert not any(name.startswith("enthalpy/") for name in got)
