"""COMPLEX_CELL (token_rows): a complex number's two parts under one column of a table whose
names stand one space apart."""

from __future__ import annotations

from tests.metric_reading import values


def test_the_imaginary_part_is_no_column_of_its_own():
    text = ("    Root value (pole)       Ratio     Frequency\n"
            "               -3.125             1         3.125\n"
            "   -0.4410   +1.2040j        0.3437        1.2820\n")
    got = values(text)
    assert got["Ratio"] == [1.0, 0.3437] and got["Frequency"] == [3.125, 1.282]
    assert got["Root value (pole)"] == [-3.125, -0.441, 1.204]
    assert "Root value" not in got and "(pole)" not in got


def test_a_real_row_after_complex_ones_keeps_its_whole_value_in_one_read():
    # the complex rows' look for a distant header (in vain, at another width) must not stop
    # the real row's in the same read: one line per read would find it
    text = ("    Root value (pole)         Ratio     Frequency\n"
            "               -3.125             1         3.125\n"
            "   -0.4410   +1.2040j        0.3437        1.2820\n"
            "   -0.4410   -1.2040j        0.3437        1.2820\n"
            "              -0.2010             1        0.2010\n")
    assert values(text)["Ratio"] == [1.0, 0.3437, 0.3437, 1.0]
