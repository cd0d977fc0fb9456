"""COUNTED_PLURAL and NOT_METRIC_WORDS (vocabulary): a sum of amounts (``Total Sum of Squares``)
is no count of things, though its last word is a plural and its value whole; a count in the
plural (``Total restarts``) still is."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import values


def test_a_total_sum_of_squares_printed_whole_is_a_metric():
    got = values("Total Sum of Squares:    2381400\nR-Squared:      0.7695\n")
    assert got["Total Sum of Squares"] == [2381400.0]


def test_a_sum_of_amounts_is_no_count_but_a_total_of_things_is():
    assert not rules.is_setup_name("Total Sum of Squares")
    assert not rules.is_counted("Between Sum of Squares", "5120")
    assert rules.is_counted("Neighbor list builds", "25")
    assert rules.is_setup_name("Total extinctions")
