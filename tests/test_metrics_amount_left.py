"""``remaining`` after a noun that is no time names the amount of it left (AMOUNT_LEFT:
``Funds remaining: 73.21``), no time to go; alone or after a time word it is a time, after a
counted noun a count."""

from __future__ import annotations

from expctl.metrics import rules
from tests.test_metrics_tables import read


def test_an_amount_left_is_a_metric():
    assert not rules.is_setup_name("Funds remaining")
    assert not rules.is_setup_name("budget_remaining")
    assert read("Funds remaining: 73.21\n") == {"Funds remaining": [(0.0, 73.21)]}


def test_a_time_left_and_a_count_left_stay_bookkeeping():
    assert rules.is_setup_name("remaining")
    assert rules.is_setup_name("time remaining")
    assert rules.is_setup_name("Epochs remaining")
    assert read("time remaining: 3.5\nEpochs remaining: 5\n") == {}
