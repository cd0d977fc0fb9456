"""A column named as a bound (``max_sales``) beside columns of statistics of each row's data
(``p10``, ``p90``: STATISTIC_PEERS) is the statistic max, a result; beside no statistic it stays
a bound set for the run (``max_depth``)."""

from __future__ import annotations

from expctl.metrics import rules
from tests.test_metrics_tables import read

BOX = ("┌─────────┬────────┬────────┬───────────┐\n"
       "│ channel │  p10   │  p90   │ max_sales │\n"
       "├─────────┼────────┼────────┼───────────┤\n"
       "│ online  │ 35.238 │ 196.43 │    388.67 │\n"
       "│ store   │ 36.188 │ 196.91 │    438.22 │\n"
       "└─────────┴────────┴────────┴───────────┘\n")


def test_a_max_beside_percentiles_is_a_statistic():
    found = read(BOX)
    assert found["online/max_sales"] == [(0.0, 388.67)]
    assert found["store/max_sales"] == [(0.0, 438.22)]


def test_a_bound_beside_no_statistic_stays_a_setting():
    assert rules.is_setup_among("max_depth", ["model", "max_depth", "score"])
    assert not rules.is_setup_among("max_sales", ["channel", "p10", "max_sales"])
    assert rules.is_setup_among("max_samples", ["channel", "p10", "max_samples"])  # a count
    found = read("| model | max_depth | score |\n|---|---|---|\n| rf | 3 | 0.91 |\n| gb | 5 | 0.93 |\n")
    assert not [name for name in found if name.endswith("max_depth")]
