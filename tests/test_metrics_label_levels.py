"""LABEL_LEVELS: rows labelled by two named text columns are named by both, outer first, the
outer held down over blank cells, on invented lines."""

from __future__ import annotations

from expctl.metrics.label_levels import label_levels
from tests.metric_reading import values

# a mixed model's random effects as R's VarCorr prints them
VARCORR = """\
Random effects:
 Groups   Name        Variance Std.Dev. Corr
 school   (Intercept) 41.2200  6.4203
          ses          2.0710  1.4391   0.31
 class    (Intercept)  8.5102  2.9172
 Residual             36.0031  6.0002
"""


def test_each_row_is_named_by_its_group_and_term():
    found = values(VARCORR)
    assert found["school/(Intercept)/Variance"] == [41.22]
    assert found["class/(Intercept)/Std.Dev."] == [2.9172]
    assert "(Intercept)/Variance" not in found  # two groups' intercepts are no series


def test_a_blank_group_is_the_row_aboves():
    assert values(VARCORR)["school/ses/Corr"] == [0.31]


def test_a_row_with_no_term_is_named_by_its_group():
    assert values(VARCORR)["Residual/Std.Dev."] == [6.0002]


def test_one_named_label_column_keeps_its_label():
    text = (" Name        Variance Std.Dev.\n"
            " (Intercept) 41.2200  6.4203\n"
            " ses          2.0710  1.4391\n")
    assert values(text)["ses/Variance"] == [2.071]


def test_levels_by_where_the_words_stand():
    header = " Groups  Name        Variance"
    assert label_levels(header, " Subject (Intercept) 612.1", 20, 21, []) == ["Subject", "(Intercept)"]
    assert label_levels(header, "         Days        35.0", 13, 21, ["Subject", "(Intercept)"]) == [
        "Subject", "Days"]
    assert label_levels(header, "         Days        35.0", 13, 21, []) is None  # nothing to hold
    assert label_levels("          Variance", " site  0.12", 5, 7, []) is None  # one column, unnamed
