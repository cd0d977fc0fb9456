"""SPAN_WORD (written twice the same session, once as COUNTED_QUALIFIER): a count joined to its unit by a hyphen (``28-day``, ``3-fold``,
``5-shot``) before a name qualifies it and stays in it: a 28-day MAE is another quantity than a
7-day one. A date or a range (digits on both sides of the hyphen) is no such word."""

from __future__ import annotations

from tests.test_metrics_tables import read


def test_a_counted_unit_stays_in_the_name():
    found = read("14-day MAE: 0.5123\n5-shot accuracy: 0.731\n")
    assert found == {"14-day MAE": [(0.0, 0.5123)], "5-shot accuracy": [(0.0, 0.731)]}


def test_a_date_before_the_name_is_no_word_of_it():
    found = read("2025-03-01 loss: 0.25\n")
    assert "loss" in found and not any(name.startswith("2025") for name in found)
