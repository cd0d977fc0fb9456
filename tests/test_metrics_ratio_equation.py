"""RATIO_EQUATION (ratio_equation): a ratio written out with its terms and its quotient."""

from __future__ import annotations

from tests.metric_reading import values


def test_the_ratio_its_terms_and_its_quotient_are_three_values():
    got = values("    chi2 / ndf = 12.61 / 9 = 1.401\n")
    assert got == {"chi2": [12.61], "ndf": [9.0], "chi2 / ndf": [1.401]}


def test_a_quotient_that_is_not_the_ratio_is_no_such_line():
    got = values("    chi2 / ndf = 12.61 / 9 = 3.5\n")
    assert "chi2 / ndf" not in got
