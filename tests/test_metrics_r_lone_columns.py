"""R's matrices and vectors of one column or one value (LONE_COLUMN_ROW, LONE_VECTOR_VALUE):
the last block of a wrapped matrix holding one column, a one-column matrix of one row, a
one-element vector; each checked on invented lines, with look-alikes it must leave alone."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_wrapped_matrix_whose_last_block_holds_one_column_names_the_row_by_its_label():
    text = ("Error measures:\n"
            "                  ME     RMSE      MAE\n"
            "Training set -0.0421 6.510322 4.981200\n"
            "                  ACF1\n"
            "Training set 0.0123456\n")
    got = values(text)
    assert got["Training set/ACF1"] == [0.0123456]
    assert got["Training set/RMSE"] == [6.510322]
    assert "train/set" not in got and "Training set" not in got


def test_a_pair_under_a_name_that_ends_elsewhere_stays_a_pair():
    got = values("              ACF1\n"
                 "Training set 0.0123456\n")
    assert "Training set/ACF1" not in got
    got = values("Summary\n"
                 "test accuracy 0.91\n")
    assert got == {"test/accuracy": [0.91]}


def test_one_number_alone_under_one_name_alone_is_that_names_value():
    text = ("Coefficients:\n"
            "          ma1\n"
            "       0.4170\n")
    assert values(text)["ma1"] == [0.417]


def test_one_number_under_a_line_of_words_or_flush_left_is_no_vector():
    assert values("Results follow\n"
                  "       0.4170\n") == {}
    assert values("ma1\n"
                  "0.4170\n") == {}
    assert "ma1" not in values("          ma1 sar1\n"
                               "       0.4170\n")
