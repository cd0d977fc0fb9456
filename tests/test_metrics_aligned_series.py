"""ALIGNED_SERIES (a run of ``label   value`` lines, their values in one column) and
SERIES_OF_THINGS (such a run listing things, no results), on invented lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_right_aligned_series_is_read_under_its_labels():
    text = ("Begin                     2021-03-04 00:00:00\n"
            "Final Wealth [$]                  12034.5521\n"
            "Gain [%]                             20.3455\n"
            "Information Ratio                     0.4112\n"
            "Worst Loss [%]                       -7.2100\n"
            "kind                                 Monthly\n"
            "dtype: object\n")
    assert values(text) == {"Final Wealth [$]": [12034.5521], "Gain [%]": [20.3455],
                            "Information Ratio": [0.4112], "Worst Loss [%]": [-7.21]}


def test_a_left_aligned_run_reads_its_first_two_lines_with_the_third():
    text = ("Overall figures :\n"
            "\n"
            "Agreement Score              0.713\n"
            "Mean Overlap                 0.6\n"
            "Brier Loss                   0.2104\n"
            "\n")
    assert values(text) == {"Agreement Score": [0.713], "Mean Overlap": [0.6], "Brier Loss": [0.2104]}


def test_an_interval_value_gives_both_bounds():
    text = ("Mean Overlap                 0.6\n"
            "99% CI                       (0.41,0.79)\n"
            "Brier Loss                   0.2104\n")
    assert values(text) == {"Mean Overlap": [0.6], "99% CI": [0.41, 0.79], "Brier Loss": [0.2104]}


def test_two_lines_are_no_run():
    text = ("Agreement Score              0.713\n"
            "Mean Overlap                 0.6\n"
            "\n"
            "Brier Loss      0.2104\n")
    assert values(text) == {}


def test_a_listing_of_identifiers_and_numbers_lists_things():
    text = ("Ranked by association:\n"
            "petal_width          0.94\n"
            "petal_length         0.91\n"
            "sepal_length         0.72\n"
            "sepal_width         -0.33\n"
            "Name: species, dtype: float64\n")
    assert values(text) == {}


def test_a_result_name_among_identifiers_makes_the_run_results():
    text = ("accuracy            0.94\n"
            "log_loss            0.21\n"
            "auc                 0.97\n")
    assert values(text) == {"accuracy": [0.94], "log_loss": [0.21], "auc": [0.97]}
