"""ELLIPSIS_FIELD: ``...`` glued between parts of a progress message opens a field; the words
after it name the pair."""

from __future__ import annotations

from tests.metric_reading import read


def test_the_words_after_an_ellipsis_are_the_name():
    got = read("GA is running...3 gen from 25...best value = 2.7184\n")
    assert list(got) == ["best value"]


def test_a_phase_word_after_an_ellipsis_stays_in_the_name():
    assert list(read("step 3...val loss: 0.25\n")) == ["val loss"]


