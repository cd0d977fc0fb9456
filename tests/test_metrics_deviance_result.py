"""RESULT_WORDS: a deviance is a fit's result, never a setting held as config, though it
opens a print before the fit's named vectors."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def test_a_deviance_opening_a_fit_print_is_a_metric():
    got, params = read_with_params("Call: fitdist(x = y)\n"
                                   "Deviance: 812.44\n"
                                   "\n"
                                   "Estimates\n"
                                   "   mu  sigma  \n"
                                   "2.310  0.874  \n")
    assert got.get("Deviance") == [(0.0, 812.44)]
    assert not any(name == "Deviance" for name, *_ in params)
