"""FIXED_DECIMALS: set-in report rows whose values share their width are read when every value
is printed with the same four or more decimals; on invented reports."""

from __future__ import annotations

from tests.metric_reading import read


_REPORT = ("  Summary\n"
           "\n"
           "    Area under curve          0.81234567\n"
           "    Brier score               0.12345678\n"
           "    Log loss (base e)         0.45678912\n"
           "\n")


def test_a_formatted_column_is_read_first_row_included():
    assert read(_REPORT) == {"Area under curve": [(0.0, 0.81234567)],
                             "Brier score": [(0.0, 0.12345678)],
                             "Log loss (base e)": [(0.0, 0.45678912)]}


def test_the_first_row_is_read_when_the_output_comes_a_line_at_a_time():
    assert read(_REPORT, chunk=1) == read(_REPORT)


def test_values_of_one_width_but_other_places_are_no_such_column():
    text = ("    Area under curve          0.812345\n"
            "    Brier score               12.34567\n"
            "    Log loss (base e)         4.567891\n")
    assert "Brier score" not in read(text)
