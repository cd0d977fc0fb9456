"""DEVIATION_TITLE: a named vector under a title naming standard deviations (``Standard
Deviations:``, ``Std. Dev.``) is named ``<title>/<name>``, as ERROR_TITLE's errors are; the
estimates above keep their names. Invented fit prints, with look-alikes."""

from __future__ import annotations

from tests.metric_reading import values


def test_deviations_under_their_title_are_named_by_it_and_the_estimates_stay_bare():
    got = values("Fitted values:\n"
                 "     loc     scale     shape \n"
                 " 4.81230   1.20775   0.11402 \n"
                 "\n"
                 "Standard deviations\n"
                 "     loc     scale     shape \n"
                 " 0.05521   0.04107   0.02990 \n")
    assert got["Standard deviations/loc"] == [0.05521]
    assert got["Standard deviations/shape"] == [0.0299]
    assert got["loc"] == [4.8123] and got["shape"] == [0.11402]


def test_an_abbreviated_deviation_title_with_a_colon_names_its_values():
    got = values("Std. Dev.:\n"
                 "   rate  lambda  offset \n"
                 " 0.0310  0.0207  0.1124 \n")
    assert got == {"Std. Dev./rate": [0.031], "Std. Dev./lambda": [0.0207],
                   "Std. Dev./offset": [0.1124]}


def test_a_sentence_opened_by_the_words_is_no_deviation_title():
    got = values("Standard deviations were pooled across groups\n"
                 "   rate  lambda  offset \n"
                 " 0.0310  0.0207  0.1124 \n")
    assert not any(name.startswith("Standard") for name in got)
