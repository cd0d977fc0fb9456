"""TITLED_VECTOR (vector_titles): R's named vector under a title saying what its values are of
(``Share of votes:``, ``Score for each judge =``) names each value ``<title>/<name>``; under a
title that says no such thing (``Coefficients:``) the names stay as they are."""

from __future__ import annotations

from expctl.metrics.vector_titles import vector_title
from tests.metric_reading import values


def test_a_title_of_things_over_a_vector_names_its_values():
    text = ("Share of votes:\n"
            "   north    south \n"
            "0.412000 0.588000 \n")
    assert values(text) == {"Share of votes/north": [0.412], "Share of votes/south": [0.588]}


def test_a_title_closed_by_an_equals_sign_and_names_flush_left():
    text = ("Score for each judge = \n"
            "judgeA judgeB judgeC \n"
            "  0.81   0.77   0.69 \n")
    got = values(text)
    assert got["Score for each judge/judgeA"] == [0.81]
    assert got["Score for each judge/judgeC"] == [0.69]


def test_a_title_naming_no_things_leaves_the_names():
    text = ("Coefficients:\n"
            "(Intercept)           wt  \n"
            "     37.285       -5.344  \n")
    got = values(text)
    assert got["(Intercept)"] == [37.285]
    assert got["wt"] == [-5.344]


def test_what_is_a_title():
    assert vector_title("Prior probabilities of groups:") == "Prior probabilities of groups"
    assert vector_title("MSA for each item = ") == "MSA for each item"
    assert vector_title("sample estimates:") is None
    assert vector_title("Residuals:") is None
    assert vector_title("Results of run 3:") is None  # a number: no title of a vector
    assert vector_title("of course:") is None


def test_levels_that_are_whole_numbers_name_a_titled_vector():
    text = ("Share of cases by stratum:\n"
            "      0       1       2 \n"
            "0.41250 0.33750 0.25000 \n")
    assert values(text) == {"Share of cases by stratum/0": [0.4125],
                            "Share of cases by stratum/1": [0.3375],
                            "Share of cases by stratum/2": [0.25]}


def test_whole_numbers_over_numbers_without_a_title_are_no_vector():
    text = ("\n"
            "      0       1       2 \n"
            "0.41250 0.33750 0.25000 \n")
    assert not any(name in ("0", "1", "2") or name.endswith("/0") for name in values(text))
