"""MEASURE_HEAD (sentences) stated with ``is``: a sentence naming a measure, ``is`` and its
decimal, a full stop closing it."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_standard_error_stated_in_a_sentence_is_one_pair():
    assert values("Monte Carlo SE of elpd_waic is 0.3.\n") == {"Monte Carlo SE of elpd_waic": [0.3]}


def test_a_sentence_without_a_measure_head_gives_nothing():
    assert values("The version of the model is 2.1.\n") == {}
    assert values("Number of draws of the chain is 4.\n") == {}
