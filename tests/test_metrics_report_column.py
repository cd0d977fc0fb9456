"""A report's set-in ``label   value`` lines right-aligned in one column (REPORT_COLUMN), and a
generic statistic's label named by its section (GENERIC_STATISTIC), on invented lines in the
shape a fit's summary prints them."""

from __future__ import annotations

from tests.metric_reading import read, values

SUMMARY = ("  Estimator                                         ML\n"
           "  Number of observations                           301\n"
           "\n"
           "Likelihood Ratio Test:\n"
           "\n"
           "  Test statistic                                 2.756\n"
           "  Degrees of freedom                                 2\n"
           "\n"
           "Fit Indices:\n"
           "\n"
           "  Comparative Fit Index (CFI)                    0.995\n"
           "  Akaike (AIC)                                3529.576\n"
           "  Sample-size adjusted Bayesian (SABIC)       3533.861\n")


def test_right_aligned_report_lines_are_points_named_by_their_labels():
    found = values(SUMMARY)
    assert found["Akaike (AIC)"] == [3529.576]
    assert found["Comparative Fit Index (CFI)"] == [0.995]
    assert found["Sample-size adjusted Bayesian (SABIC)"] == [3533.861]


def test_a_word_value_and_a_whole_count_give_nothing():
    found = read(SUMMARY)
    assert "Estimator" not in found
    assert not any("observations" in name for name in found)


def test_a_generic_statistic_is_named_by_its_section_heading():
    found = values(SUMMARY)
    assert found["Likelihood Ratio Test/Test statistic"] == [2.756]
    assert "statistic" not in found and "test/statistic" not in found


def test_left_aligned_values_are_no_report_column():
    dump = ("  alpha       0.5\n"
            "  beta        0.25\n"
            "  gamma       0.125\n")
    assert "beta" not in read(dump)


def test_two_lines_are_too_few_for_a_column():
    two = ("  Alpha statistic      0.5\n"
           "  Beta statistic      0.25\n")
    assert "Beta statistic" not in read(two)
