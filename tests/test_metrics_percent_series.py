"""PERCENT_SERIES: an aligned series' percentages, on invented listings."""

from __future__ import annotations

from tests.metric_reading import values


def test_percent_values_in_an_aligned_listing_are_read():
    text = ("\n"
            "Hit Rate            61.5%\n"
            "Mean Excess Return  -2.25%\n"
            "Turnover Ratio      0.35\n"
            "Win Streak Ratio    1.75\n")
    got = values(text)
    assert got["Hit Rate"] == [61.5] and got["Mean Excess Return"] == [-2.25]
    assert got["Turnover Ratio"] == [0.35]


def test_a_ruled_table_of_percentages_is_read_once():
    text = ("Extras:\n"
            "-------------  ------\n"
            "mean gain      2.5%\n"
            "mean loss      -1.75%\n"
            "share up       55.00%\n")
    got = values(text)
    assert all(len(series) <= 1 for series in got.values())
