"""NAMED_NUMBERS: a header naming what its numbered columns count (R's matrix with a named
dimension, strucchange's ``m``), and R's dated row labels (``m = 2   1976(8)``)."""

from __future__ import annotations

from tests.metric_reading import read

_FIT = ("Fit:\n"
        "                                                \n"
        "m   0        1        2        3        4       \n"
        "RSS    2.962    2.177    2.117    2.054    2.017\n"
        "BIC  -94.084 -121.442 -115.225 -109.304 -101.884\n")


def test_rows_under_a_named_count_are_stepped_by_it():
    got = read(_FIT)
    assert got["RSS"] == [(0.0, 2.962), (1.0, 2.177), (2.0, 2.117), (3.0, 2.054), (4.0, 2.017)]
    assert got["BIC"][1] == (1.0, -121.442)
    assert "m" not in got


def test_two_numbers_after_a_word_are_a_row_not_a_header():
    text = "minimum     0     1\nmedian      4     4\nmaximum    12    12\n"
    assert "median" not in read(text)
    assert read(text.replace("     1\n", "     1     2\n").replace("4     4", "4     4     5"))["median"][2] == (2.0, 5.0)


def test_a_result_name_before_numbers_is_a_row_not_a_header():
    assert "RSS" not in read("loss   0   1   2   3\nRSS   2.9   2.1   2.0   1.9\n")
    assert "RSS" in read("mode   0   1   2   3\nRSS   2.9   2.1   2.0   1.9\n")


def test_a_label_pair_before_dated_cells_is_no_pair():
    text = ("Corresponding to breakdates:\n"
            "m = 1                           1983(1)\n"
            "m = 2   1976(8)                 1983(1)\n"
            "m = 3   1977(9) 1979(3)         1983(1)\n\n")
    assert "m" not in read(text)
