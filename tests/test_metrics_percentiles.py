"""PERCENTILE_ROWS (percentiles): a distribution's percentiles listed under a heading, on
invented lines, and the lists of shares it must leave alone."""

from __future__ import annotations

from tests.metric_reading import values


def test_percentiles_under_a_heading_are_named_by_it_units_dropped():
    text = ("load test: 3 workers, 20 s\n"
            "  Response Times\n"
            "      50%    12.40ms\n"
            "      90%    30.10ms\n"
            "    99.9%    81.25ms\n")
    assert values(text) == {"Response Times/50%": [12.4], "Response Times/90%": [30.1],
                            "Response Times/99.9%": [81.25]}


def test_plain_values_under_a_flush_left_heading():
    text = ("Wait quantiles\n"
            "  25%   4\n"
            "  75%   9.5\n")
    assert values(text) == {"Wait quantiles/25%": [4.0], "Wait quantiles/75%": [9.5]}


def test_shares_that_do_not_rise_rows_under_no_heading_or_not_set_in_give_nothing():
    falling = ("Cache hits\n"
               "   90%   1.20ms\n"
               "   50%   0.40ms\n")
    no_heading = ("fetched 3 files: 1.2 MB\n"
                  "   50%   12MB\n"
                  "  100%   24MB\n")
    flush = ("Progress\n"
             "50%   12MB\n"
             "90%   20MB\n")
    assert values(falling) == {} and values(no_heading) == {} and values(flush) == {}
