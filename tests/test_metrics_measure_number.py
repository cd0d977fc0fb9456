"""MEASURE_NUMBER: "<measure> number" names a dimensionless measure, not a count."""

from __future__ import annotations

from expctl.metrics.vocabulary import is_setup_name
from tests.metric_reading import values


def test_measure_numbers_are_no_counts():
    assert not is_setup_name("Hessian Condition Number")
    assert not is_setup_name("reynolds_number")
    assert is_setup_name("GPU number")  # still a count


def test_stacked_header_of_a_condition_number_is_read():
    text = ("Fit Summary:\n"
            "=============================\n"
            "  Final      Hessian\n"
            "  Loss   Condition Number\n"
            "-------  ----------------\n"
            " 0.4120     +2.75E+04\n"
            "=============================\n")
    assert values(text)["Hessian Condition Number"] == [27500.0]
