"""ASIDE_TOTAL: a total in parentheses after a value counts as that value does."""

from __future__ import annotations

from tests.metric_reading import read


def test_the_total_of_a_figure_that_gave_no_pair_gives_none():
    got = read("Set: Average time of function evaluating (secs): 1.0204e-05 (total = 0.00030613)\n")
    assert "total" not in got


def test_the_total_beside_a_kept_value_stays():
    got = read("loss: 0.5 (total = 3.5)\n")
    assert got == {"loss": [(0.0, 0.5)], "total": [(0.0, 3.5)]}


def test_a_total_opening_no_aside_stays():
    got = read("Time spent in the loop: 3.25 seconds; total = 7.5\n")
    assert got.get("total") == [(0.0, 7.5)]
