"""A sentence ``<thing> has <measure>: <value>`` (OWNED_MEASURE: ``Allocation has RMSE: 0.003``)
measures what the words after ``has`` name, of the thing before it: one pair named by the whole
sentence; words after ``has`` that name no result or measure leave it prose."""

from __future__ import annotations

from tests.test_metrics_tables import read


def test_a_thing_having_a_result_is_its_pair():
    assert read("Allocation has RMSE: 0.003\n") == {"Allocation has RMSE": [(0.0, 0.003)]}


def test_a_thing_having_no_result_stays_prose():
    assert read("Allocation has weight: 0.003\n") == {}
