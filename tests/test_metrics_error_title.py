"""ERROR_TITLE: a named vector under a title naming the errors of estimates (``Standard
Errors``, with a colon or bare) is named ``<title>/<name>``; the estimates above keep their
names. Checked on invented fit prints, with a look-alike."""

from __future__ import annotations

from tests.metric_reading import values


def test_errors_under_a_bare_title_are_named_by_the_title_and_the_estimates_stay_bare():
    got = values("Estimates\n"
                 "   mu  sigma  \n"
                 "2.310  0.874  \n"
                 "\n"
                 "Standard Errors\n"
                 "     mu   sigma  \n"
                 "0.04120  0.02913  \n")
    assert got["Standard Errors/mu"] == [0.0412]
    assert got["Standard Errors/sigma"] == [0.02913]
    assert got["mu"] == [2.31] and got["sigma"] == [0.874]


def test_a_colon_closed_error_title_names_its_values_too():
    got = values("Std. Errors:\n"
                 "  alpha    beta \n"
                 " 0.0113  0.2201 \n")
    assert got == {"Std. Errors/alpha": [0.0113], "Std. Errors/beta": [0.2201]}


def test_a_title_that_only_opens_with_the_words_is_no_error_title():
    got = values("Standard errors were bootstrapped\n"
                 "  alpha    beta \n"
                 " 0.0113  0.2201 \n")
    assert not any(name.startswith("Standard") for name in got)
