"""FIELD_COLON: a colon glued to a pair's value, then a gap, closes that field (R's
``print.Arima``: ``sigma^2 = 103.6:  log likelihood = -399.64``); a colon glued to more
digits stays part of what is printed (a time of day)."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_colon_and_a_gap_after_a_value_close_its_field():
    got = values("sigma^2 = 103.6:  log likelihood = -399.64\n")
    assert got["sigma^2"] == [103.6]
    assert got["log likelihood"] == [-399.64]


def test_a_colon_and_one_space_after_a_value_is_no_field_end():
    assert "x" not in values("x = 12: the count of things\n")


def test_a_clock_after_an_equals_sign_is_no_value():
    assert "started" not in values("started = 12:30:05\n")
