"""INTERVAL_HEADER: a last header cell in brackets naming an interval by its level
(``[95% Conf. int.]``) stands over two value columns, the interval's bounds: both are values of
``<label>/<name>``; bracketed numbers are no such name."""

from __future__ import annotations

from tests.metric_reading import values

_EFFECTS = """\
Treatment Effect Estimates: OLS

                     Est.       S.e.          z      P>|z|      [95% Conf. int.]
--------------------------------------------------------------------------------
           ATE      2.987      0.085     35.257      0.000      2.821      3.153
           ATT      3.378      0.092     36.724      0.000      3.198      3.559

"""


def test_both_bounds_are_values_of_the_bracketed_name():
    got = values(_EFFECTS)
    assert got["ATE/95% Conf. int."] == [2.821, 3.153]
    assert got["ATT/95% Conf. int."] == [3.198, 3.559]
    assert got["ATE/Est."] == [2.987]
    assert got["ATT/z"] == [36.724]


def test_a_bracketed_cell_naming_no_level_is_no_interval():
    text = _EFFECTS.replace("[95% Conf. int.]", "[some notes]    ")
    got = values(text)
    assert "ATE/some notes" not in got and "ATE/[some notes]" not in got


def test_a_header_as_wide_as_the_row_keeps_its_bracketed_name_one_column():
    text = """\
                 Est.       S.e.      [95% CI]
----------------------------------------------
       ATE      2.987      0.085         2.821
       ATT      3.378      0.092         3.198

"""
    got = values(text)
    assert "ATE/95% CI" not in got or got["ATE/95% CI"] == [2.821]
