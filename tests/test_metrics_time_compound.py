"""A time word joined by a hyphen to the noun it qualifies names no time (TIME_COMPOUND), on
invented lines in the shape R's coda prints a chain's summary."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import values

CHAIN = ("        Mean      SD Naive SE Time-series SE\n"
         "a     0.9136 0.11367 0.002542       0.006325\n"
         "b     2.1832 0.19261 0.004307       0.011266\n")


def test_a_time_series_column_is_read():
    assert values(CHAIN)["b/Time-series SE"] == [0.011266]


def test_hyphenated_times_still_are_times():
    assert rules.is_time_column("train-time")
    assert rules.is_time_column("wall-clock")
    assert not rules.is_time_column("Time-series SE")
