"""HEADED_PROSE: under a heading naming results, ``words: value`` lines labelled in prose are
read whole, a value given through its indexed element too; the same lines under a heading
naming nothing, or after a blank line, give nothing. Invented lines."""

from __future__ import annotations

from tests.metric_reading import values

_BLOCK = ("Spread of draws around the peak: 0.214\n"
          "Share of mass in the upper tail: 0.031\n"
          "Peak: y[42] = 3.85\n")


def test_prose_labels_under_a_results_heading_are_read_whole():
    got = values("Posterior estimate:\n" + _BLOCK)
    assert got == {"Spread of draws around the peak": [0.214],
                   "Share of mass in the upper tail": [0.031], "Peak": [3.85]}


def test_a_summary_heading_works_the_same():
    got = values("Fit summary:\nRatio of the two variances: 1.37\n")
    assert got == {"Ratio of the two variances": [1.37]}


def test_under_a_heading_naming_nothing_prose_stays_prose():
    assert values("Data loaded:\n" + _BLOCK) == {}


def test_a_blank_line_ends_the_block():
    assert values("Posterior estimate:\n\nSpread of draws around the peak: 0.214\n") == {}


def test_a_count_label_names_no_result():
    assert values("Final results:\nNumber of points in the grid: 200\n") == {}
