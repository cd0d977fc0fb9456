"""MARK_COLUMN, SPARSE_COLUMN and SPACED_TERM: R's right-aligned tables with a column of marks
(significance codes, a constraint's direction), blank on some rows, and row names that are
terms with spaces, on invented lines."""

from __future__ import annotations

from expctl.metrics.right_aligned import _joined_term
from tests.metric_reading import values

# a fit's terms, the codes in a column of their own between two numbers, blank where none
CODES = """\
               Coef     SE Signif    Wald
(Intercept)  2.1034 0.3102     **  45.975
log(age + 1) 0.8124 0.0991    ***  67.190
dose        -0.0412 0.0520          0.628
"""

# a solver's constraints: the direction of each, its bound and its slack
BOUNDS = """\
        lhs dir  rhs   slack
Steel    42  >=   40  2.0000
Labour  120  ==  120  0.0000
Power    17  <=   25  8.0000
"""


def test_a_column_of_codes_gives_nothing_and_the_numbers_keep_their_names():
    found = values(CODES)
    assert found["(Intercept)/Coef"] == [2.1034]
    assert found["(Intercept)/Wald"] == [45.975]
    assert found["dose/Wald"] == [0.628]  # the code's cell blank: the value keeps its column
    assert "dose/Signif Wald" not in found


def test_a_term_with_spaces_is_one_row_name():
    found = values(CODES)
    assert found["log(age + 1)/SE"] == [0.0991]


def test_a_column_of_operators_is_data_of_the_row():
    found = values(BOUNDS)
    assert found["Steel/slack"] == [2.0]
    assert found["Labour/lhs"] == [120.0]
    assert found["Power/rhs"] == [25.0]


def test_a_parenthesis_left_open_joins_nothing():
    tokens = [("f(x", 3), ("0.5", 8), ("0.7", 12)]
    assert _joined_term(tokens) == tokens
    assert _joined_term([("I(a", 3), ("+", 5), ("b)", 8), ("1.5", 12)]) == [("I(a + b)", 8), ("1.5", 12)]
