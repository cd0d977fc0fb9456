"""SPAN_WORD, a factor: a small whole number and a times sign opening a pair's name stay in it
(``2 x log-likelihood``): twice a quantity is not the quantity. Invented lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_factor_opens_the_name():
    assert values("  3 x penalty:  -12.5 \n") == {"3 x penalty": [-12.5]}


def test_a_negative_factor_and_a_times_sign():
    assert values("-2 × log L: 120.5\n") == {"-2 × log L": [120.5]}


def test_a_factor_after_a_separator_opens_its_field():
    got = values("deviance: 40.1 | 2 * loglik = -38.2\n")
    assert got == {"deviance": [40.1], "2 * loglik": [-38.2]}


def test_a_step_before_a_word_x_is_no_factor():
    got = values("epoch 3 x loss: 0.2\n")
    assert "3 x loss" not in got
