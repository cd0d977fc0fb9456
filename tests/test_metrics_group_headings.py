"""GROUP_HEADING: a table under a line naming its group (a key and its value) is named by the
group, on invented lines."""

from __future__ import annotations

from expctl.metrics.group_headings import group_heading
from tests.metric_reading import values

# a survival fit's tables per stratum: each under its strata, its rows numbered by R
STRATA = """\
site=north, arm=B :
  day n.risk n.event survival std.err
1   3     40       2    0.950  0.0345
2   9     31       4    0.827  0.0612

site=south, arm=B :
  day n.risk n.event survival std.err
1   3     52       1    0.981  0.0190
2   9     47       3    0.918  0.0391
"""

# a per-fold coefficient matrix, each under an arrow, the key and its value, a blank line between
FOLDS = """\
==> fold: 1

          coef se.coef
age     0.0312  0.0091
weight -0.0113  0.0042

==> fold: 2

          coef se.coef
age     0.0287  0.0088
weight -0.0131  0.0047
"""


def test_numbered_rows_under_strata_are_named_by_the_strata():
    found = values(STRATA)
    assert found["site=north, arm=B/survival"] == [0.95, 0.827]
    assert found["site=south, arm=B/std.err"] == [0.019, 0.0391]
    assert "survival" not in found  # the strata's tables are not one series


def test_row_names_under_a_marked_key_and_value_past_a_blank_line():
    found = values(FOLDS)
    assert found["fold 1/age/coef"] == [0.0312]
    assert found["fold 2/weight/se.coef"] == [0.0047]
    assert "age/coef" not in found


def test_a_step_heading_or_a_sentence_names_no_group():
    assert group_heading("Epoch: 3") is None
    assert group_heading("Number of observations: 120 (12 missing)") is None
    assert group_heading("Solution") is None
    assert group_heading("   sex=male, ph.ecog=0 ") == "sex=male, ph.ecog=0"
    assert group_heading("--- df$g: a") == "df$g a"
    assert group_heading("Response: mpg") is None  # the one table's subject, no group
    assert group_heading("----> Cause:  2 ") == "Cause 2"


def test_a_heading_far_above_names_no_table():
    text = FOLDS.replace("==> fold: 1\n\n", "==> fold: 1\n\n\n\n")
    assert "fold 1/age/coef" not in values(text)
