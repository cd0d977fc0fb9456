"""TAGGED_OWNER: after a log line's event tag in capitals, a capitalised word, a step pair and a
braced record: the word names the record's values. On invented log lines."""

from __future__ import annotations

from tests.metric_reading import read

_LOG = ("INFO:forecaster:SCORES_BY_SPLIT Insample epoch=4 {'smape': 0.112, 'mae': 2.31}\n"
        "INFO:forecaster:SCORES_BY_SPLIT Holdout epoch=4 {'smape': 0.187, 'mae': 3.05}\n")

_NO_TAG = "Insample epoch=4 {'smape': 0.112, 'mae': 2.31}\n"


def test_the_word_after_an_event_tag_owns_the_record():
    got = read(_LOG)
    assert got["Insample/smape"] == [(4.0, 0.112)]
    assert got["Holdout/mae"] == [(4.0, 3.05)]


def test_without_a_tag_the_word_names_nothing():
    got = read(_NO_TAG)
    assert not any(name.startswith("Insample/") for name in got)
