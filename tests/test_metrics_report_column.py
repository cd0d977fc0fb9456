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


PAIRED = ("Mean dependent var   0.912717   S.D. dependent var   2.565766\n"
          "Sum squared resid    47.85701   S.E. of regression   0.916295\n"
          "R-squared            0.876786   Adjusted R-squared   0.872463\n"
          "F(2, 57)             202.8053   P-value(F)           1.21e-26\n")


def test_flush_left_columns_of_pairs_are_read_words_and_all():
    found = values(PAIRED)
    assert found["Sum squared resid"] == [47.85701]
    assert found["S.E. of regression"] == [0.916295]


def test_degrees_of_freedom_after_a_statistic_are_no_part_of_its_name():
    found = values(PAIRED)
    assert found["F"] == [202.8053]
    assert found["P-value(F)"] == [1.21e-26]


def test_one_flush_left_pair_a_line_is_no_report():
    dump = ("lr                        0.05\n"
            "momentum                   0.9\n"
            "weight_decay            0.0005\n")
    assert "momentum" not in read(dump)


def test_labels_closed_by_a_colon_are_keys_not_report_labels():
    keyed = ("Df Model:        3   Log-Likelihood:   -131.34\n"
             "Df Residuals:   96   AIC:               270.7\n"
             "Scale:        1.00   BIC:               281.1\n")
    assert not any(name.endswith(":") for name in read(keyed))


def test_a_set_in_dump_of_identifiers_is_no_report_however_aligned():
    dump = ("  lr                        0.05\n"
            "  momentum                   0.9\n"
            "  weight_decay            0.0005\n")
    assert read(dump) == {}
