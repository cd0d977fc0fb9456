"""SIBLING_TITLES: named vectors under titles of their own that share their names are named by
title and name; checked on invented summaries, read whole and a line a read, with look-alikes."""

from __future__ import annotations

from tests.metric_reading import read, values

_SUMMARY = ("Variance explained:\n"
            "   PC1    PC2    PC3 \n"
            " 0.612  0.254  0.134 \n"
            "\n"
            "Standardised loading sum:\n"
            "   PC1    PC2    PC3 \n"
            " 3.105  1.877  0.402 \n")


def test_titles_over_the_same_names_qualify_them():
    assert values(_SUMMARY) == {
        "Variance explained/PC1": [0.612], "Variance explained/PC2": [0.254],
        "Variance explained/PC3": [0.134], "Standardised loading sum/PC1": [3.105],
        "Standardised loading sum/PC2": [1.877], "Standardised loading sum/PC3": [0.402]}


def test_a_line_a_read_gives_the_same():
    assert read(_SUMMARY, chunk=1) == read(_SUMMARY)


def test_one_shared_name_is_enough_and_three_titles_chain():
    got = values("Share (%):\n"
                 "  D1   D2 \n"
                 "70.1 29.9 \n"
                 "\n"
                 "Share kept (%):\n"
                 "  D1   D3 \n"
                 "64.2 11.5 \n"
                 "\n"
                 "Share lost (%):\n"
                 "  D1   D3 \n"
                 " 5.9 18.4 \n")
    assert got["Share (%)/D1"] == [70.1]
    assert got["Share kept (%)/D3"] == [11.5]
    assert got["Share lost (%)/D1"] == [5.9]


def test_a_lone_titled_vector_or_one_of_other_names_keeps_its_names():
    assert values("Coefficients:\n"
                  "(Intercept)           x \n"
                  "     1.2500      0.4300 \n") == {"(Intercept)": [1.25], "x": [0.43]}
    got = values("Coefficients:\n"
                 "  alpha    beta \n"
                 " 1.2500  0.4300 \n"
                 "\n"
                 "Fit:\n"
                 "    rmse     mae \n"
                 "  0.3100  0.2500 \n")
    assert "alpha" in got and "rmse" in got


def test_estimates_over_their_errors_keep_their_names():
    got = values("Fitted values:\n"
                 "  shape   scale \n"
                 " 1.8200  3.0500 \n"
                 "\n"
                 "Standard Errors:\n"
                 "  shape   scale \n"
                 " 0.1100  0.2400 \n")
    assert got["shape"] == [1.82] and got["Standard Errors/scale"] == [0.24]
