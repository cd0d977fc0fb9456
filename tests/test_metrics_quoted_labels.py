"""Rows labelled by an index and a quoted name (QUOTED_LABEL), on invented lines in the shape a
regression printer prints its coefficients."""

from __future__ import annotations

from tests.metric_reading import read, values

COEFFICIENTS = ("Regression 'demand'\n"
                "Name           \t       Theta\t      StdErr\t T-stat\n"
                "[0='const']    \t     12.5000\t      0.2500\t  50.00\n"
                "[1='income']   \t     -0.7500\t      0.0500\t -15.00\n")


def test_each_number_is_the_quoted_name_and_its_column():
    found = values(COEFFICIENTS)
    assert found["const/Theta"] == [12.5]
    assert found["income/T-stat"] == [-15.0]
    assert len(found) == 6


def test_a_header_of_other_width_is_no_header():
    text = ("Name  Theta  StdErr  T-stat\n"
            "[0='const']    \t     12.5000\n")
    assert not any(name.startswith("const") for name in read(text))


def test_a_row_with_words_among_its_cells_is_no_row():
    text = ("Name   Theta   StdErr\n"
            "[0='const']   12.5   n/a\n")
    assert "const/Theta" not in read(text)
