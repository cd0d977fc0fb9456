"""SPREAD_COLUMN: a fitter's two-column report, estimates and their ``+/-`` errors under titles
of their own, keeps each error as ``<parameter>/<title>``; a spread with no titled column above
stays dropped."""

from __future__ import annotations

from tests.metric_reading import values

_REPORT = (
    "After 5 iterations the fit converged.\n"
    "Final set of parameters            Asymptotic Standard Error\n"
    "=======================            ==========================\n"
    "amp             = 2.41005          +/- 0.0217       (0.9004%)\n"
    "decay           = 0.318806         +/- 0.004112     (1.29%)\n"
)


def test_the_error_column_is_named_by_its_title():
    got = values(_REPORT)
    assert got["amp"] == [2.41005]
    assert got["amp/Asymptotic Standard Error"] == [0.0217]
    assert got["decay/Asymptotic Standard Error"] == [0.004112]


def test_a_plus_minus_sign_and_no_rule_under_the_header():
    text = ("iter 1 chi2=0.51\n"
            "iter 2 chi2=0.0425\n"
            "estimate          std error\n"
            "slope: 1.25       ± 0.03\n"
            "offset: -0.5      ± 0.11\n")
    got = values(text)
    assert got["slope/std error"] == [0.03]
    assert got["offset/std error"] == [0.11]


def test_a_spread_without_a_titled_column_stays_dropped():
    text = ("Results of the fit\n"
            "amp             = 2.41005          +/- 0.0217\n")
    got = values(text)
    assert got == {"amp": [2.41005]}


def test_a_title_that_starts_elsewhere_names_nothing():
    text = ("Final set of parameters   Asymptotic Standard Error\n"
            "amp             = 2.41005                +/- 0.0217\n")
    assert values(text) == {"amp": [2.41005]}
