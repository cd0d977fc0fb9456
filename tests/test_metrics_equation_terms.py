"""EQUATION_TERMS: an equation printed as a sum of coefficient-and-term summands gives each
coefficient as ``<left side>/<term>``; one summand, or a constant without a term, does not."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_discovered_model_s_terms_are_its_coefficients():
    got = values("(x)' = -9.999 x +  9.999 y\n(y)' =  27.992 x + -0.999 y + -1.000 x z\n")
    assert got["(x)'/x"] == [-9.999] and got["(x)'/y"] == [9.999]
    assert got["(y)'/x z"] == [-1.0] and got["(y)'/y"] == [-0.999]


def test_a_subtracted_term_has_its_coefficient_negated():
    got = values("y = 0.5 x - 0.25 z\n")
    assert got["y/x"] == [0.5] and got["y/z"] == [-0.25]


def test_one_amount_with_its_unit_is_no_sum_of_terms():
    got = values("time = 3.2 s\n")
    assert "time/s" not in got


def test_a_constant_without_a_term_makes_the_line_no_such_sum():
    got = values("time = -1.1E-05 + 3.1E-08*n*log(n) (sec)\n")
    assert not any("/" in name for name in got)
