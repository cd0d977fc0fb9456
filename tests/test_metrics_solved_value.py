"""The one computed value of a calculation printed among its inputs (SOLVED_VALUE), on invented
lines in the shape R prints a power calculation."""

from __future__ import annotations

from tests.metric_reading import read_with_params, values

TWO = ("\n"
       "     Two-sample t test power calculation \n"
       "\n"
       "              n = 20\n"
       "              d = 0.5\n"
       "      sig.level = 0.05\n"
       "          power = 0.337939\n"
       "    alternative = two.sided\n"
       "\n"
       "\n"
       "     Two-sample t test power calculation \n"
       "\n"
       "              n = 63.76561\n"
       "              d = 0.5\n"
       "      sig.level = 0.05\n"
       "          power = 0.8\n"
       "    alternative = two.sided\n")


def test_the_solved_value_of_each_block_is_a_result():
    assert values(TWO) == {"power": [0.337939], "n": [63.76561]}


def test_the_given_values_are_params():
    _, params = read_with_params(TWO)
    assert ("d", "0.5") in params and ("n", "20") in params


def test_a_block_with_two_long_numbers_solves_nothing_by_its_digits():
    text = ("              n = 63.76561\n"
            "              d = 0.7356292\n"
            "          power = 0.8\n")
    assert values(text) == {}  # no one solved value: the block stays config
