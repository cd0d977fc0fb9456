"""PAREN_WORD: a word in parentheses between two words of a pair's name stays in the name."""

from __future__ import annotations

from tests.metric_reading import read

TESTS = ("Likelihood ratio test= 30.5  on 3 df,   p=1e-06\n"
         "Wald test            = 29.93  on 3 df,   p=1e-06\n"
         "Score (logrank) test = 30.5  on 3 df,   p=1e-06\n")


def test_the_word_in_parentheses_names_which_test():
    got = read(TESTS)
    assert got["Score (logrank) test"] == [(0.0, 30.5)]
    assert got["Wald test"] == [(0.0, 29.93)]
    assert "test" not in got


def test_a_name_cannot_open_with_the_parenthesis():
    got = read("(logrank) test = 3.5\n")
    assert "(logrank) test" not in got


def test_a_parenthesis_after_a_number_opens_no_name():
    got = read("epoch 3 (best) loss = 0.25\n")
    assert not any("(best)" in name for name in got)
