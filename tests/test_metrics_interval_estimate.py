"""INTERVAL_ESTIMATE: a padded label, then an estimate with its confidence interval in
parentheses, is one pair named by the label; checked on invented lines, with look-alikes."""

from __future__ import annotations

from tests.metric_reading import values


def test_each_estimate_of_a_table_of_estimates_with_intervals_is_named_by_its_label():
    got = values("Point estimates and 95% CIs:\n"
                 "--------------------------------------------------\n"
                 "Hazard ratio                      0.71 (0.52, 0.97)\n"
                 "Risk difference (%)             -12.40 (-20.10, -4.70)\n"
                 "Median survival *                 14.5 [11.2 to 18.9]\n"
                 "--------------------------------------------------\n")
    assert got == {"Hazard ratio": [0.71], "Risk difference (%)": [-12.4],
                   "Median survival *": [14.5]}


def test_the_bounds_are_no_values_of_their_own():
    got = values("Mean difference      3.20 (1.10, 5.30)\n")
    assert 1.1 not in got.get("Mean difference", []) and 5.3 not in got.get("Mean difference", [])


def test_a_label_of_two_padded_columns_or_text_after_the_interval_is_no_estimate_row():
    assert "Odds    ratio" not in values("Odds    ratio      2.84 (1.52, 5.29)\n")
    assert "Odds ratio" not in values("Odds ratio      2.84 (1.52, 5.29) per year\n")
    assert "Odds ratio" not in values("Odds ratio 2.84 (1.52, 5.29)\n")


def test_a_label_closed_by_a_number_names_a_step_no_quantity():
    got = values("Epoch 3        0.52 (0.48, 0.56)\n"
                 "Epoch 4        0.55 (0.50, 0.60)\n")
    assert "Epoch 3" not in got and "Epoch 4" not in got
