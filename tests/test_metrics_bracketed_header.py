"""BRACKETED_HEADER and ARGUMENT_NAME: an aligned header whose names hold an interval's title in
brackets over its two bound columns, or a name written as a function of its arguments
(``cov(x, y)``), is still a table's header."""

from __future__ import annotations

from expctl.metrics.headers import bracketed_names
from tests.metric_reading import values

_CLOSED = """\
     step   effect   se      [90% Credible   Interval]
0       1    1.250   0.210           0.905       1.595  *
1       2    1.310   0.190           0.998       1.622  *
2       3   -0.040   0.220          -0.402       0.322
"""

_OPEN = """\
Effects by horizon:
   Horizon  Coef.  Robust SE  [99% Joint   Interval
0        1  0.731      0.102        0.468     0.994
1        2  0.655      0.117        0.354     0.956
"""

_ARGUMENTS = """\
  lag   cov(x, y)   corr(x, y)   n
    1      0.4210       0.8811   50
    2      0.3105       0.6499   50
"""


def test_a_closed_bracket_over_two_bounds_is_a_header():
    got = values(_CLOSED)
    assert got["effect"] == [1.25, 1.31, -0.04]
    assert got["se"] == [0.21, 0.19, 0.22]
    assert got["[90% Credible"] == [0.905, 0.998, -0.402]
    assert got["Interval]"] == [1.595, 1.622, 0.322]


def test_a_bracket_left_open_at_the_line_end_is_a_header():
    got = values(_OPEN)
    assert got["Coef."] == [0.731, 0.655]
    assert got["Robust SE"] == [0.102, 0.117]


def test_a_name_of_arguments_is_a_column_name():
    got = values(_ARGUMENTS)
    assert got["cov(x, y)"] == [0.421, 0.3105]
    assert got["corr(x, y)"] == [0.8811, 0.6499]


def test_what_is_no_bracketed_header():
    assert bracketed_names(["loss", "[95%", "CI]"])
    assert not bracketed_names(["[low", "high]"])  # the group alone: no name outside it
    assert not bracketed_names(["loss", "[95%]"])  # one cell: no group over columns
    assert not bracketed_names(["loss", "[see the", "notes below]"])  # words of a sentence
    assert not bracketed_names(["loss", "[1, 2", "3]"])
    assert not bracketed_names(["loss", "12.5", "[95%", "CI]"])  # a value outside the group
