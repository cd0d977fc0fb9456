"""SCALAR_REPR against FUNCTION_NAME: after a colon, ``Array(0.5)`` closing a field is a value,
but ``chi2(1) = 11.1`` is a statistic named with its arguments, then its value."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_statistic_with_its_arguments_after_a_colon_keeps_its_value():
    got = values("Score test that HR = 1: chi2(1) = 6.532 Pr>chi2 = 0.0106\n")
    assert got.get("chi2(1)") == [6.532]
    assert got.get("Pr>chi2") == [0.0106]


def test_a_scalar_repr_after_a_colon_is_still_its_number():
    assert values("val loss: Array(0.4172, dtype=float32)\n") == {"val loss": [0.4172]}
