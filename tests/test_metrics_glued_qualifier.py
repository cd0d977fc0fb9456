"""GLUED_QUALIFIER: a pair's name keeps its arguments after a dot (``R-sq.(adj)``) or a subscript
word glued in square brackets (``sigma[eps]``); an index of digits (``x[15]``) is no name's
part, and a unit in brackets is still dropped (UNIT_IN_NAME). Invented lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_dotted_abbreviation_keeps_its_qualifier_in_parentheses():
    text = "Dev.(expl) = 0.412   Adj.(R2) = 0.77\n"
    assert values(text) == {"Dev.(expl)": [0.412], "Adj.(R2)": [0.77]}


def test_a_subscript_word_in_square_brackets_stays_in_the_name():
    text = "tau[resid] = 1.25\nloss[valid]: 0.337\n"
    assert values(text) == {"tau[resid]": [1.25], "loss[valid]": [0.337]}


def test_two_subscripts_make_two_series():
    text = "beta[lo] = 0.1, beta[hi] = 0.9\n"
    assert values(text) == {"beta[lo]": [0.1], "beta[hi]": [0.9]}


def test_a_unit_in_square_brackets_is_still_dropped():
    assert values("Temp[K] = 301.5\n") == {"Temp": [301.5]}


def test_an_index_of_digits_names_no_series():
    assert values("w[3] = 0.25\n") == {}
