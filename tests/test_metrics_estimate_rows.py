"""Rows of estimates beside a row of their standard errors under numbered columns
(ESTIMATE_ROWS), in the shape R prints a polyserial correlation's thresholds."""

from __future__ import annotations

from tests.metric_reading import read

MATRIX = ("                 1       2       3\n"
          "Threshold -1.02800 0.58640 1.50500\n"
          "Std.Err.   0.06507 0.05595 0.08374\n")


def test_the_estimates_row_is_read_beside_its_errors():
    found = read(MATRIX)
    assert found["Threshold"] == [(1.0, -1.028), (2.0, 0.5864), (3.0, 1.505)]
    assert found["Std.Err."] == [(1.0, 0.06507), (2.0, 0.05595), (3.0, 0.08374)]


def test_without_an_error_row_a_setting_row_gives_nothing():
    text = ("                 1       2       3\n"
            "Threshold -1.02800 0.58640 1.50500\n"
            "Margin     0.06507 0.05595 0.08374\n")
    assert "Threshold" not in read(text)


def test_the_estimates_do_not_depend_on_the_reads():
    assert read(MATRIX, 5) == read(MATRIX)
