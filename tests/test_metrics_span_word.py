"""A count joined by a hyphen to its unit (``28-day``, ``5-fold``) opening a pair's name stays
in the name (SPAN_WORD): the measure over that span is another measure."""

from __future__ import annotations

from tests.test_metrics_tables import read


def test_a_span_opening_the_name_is_kept():
    found = read("AIC 1180.25\n14-day RMSE: 0.8125\n")
    assert found["14-day RMSE"] == [(0.0, 0.8125)]
    assert "RMSE" not in found


def test_folds_opening_the_name_are_kept():
    assert read("10-fold accuracy: 0.9375\n") == {"10-fold accuracy": [(0.0, 0.9375)]}


def test_a_plain_number_before_the_name_is_still_no_part_of_it():
    assert "28 MAE" not in read("28 MAE: 0.4782\n")
