"""A sentence headed by a penalty, then one decimal, is a measure named by the whole sentence
(MEASURE_HEAD), as one headed by a criterion or an objective is; invented lines in the shape a
smoothing-spline fit's summary prints."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_penalty_named_in_a_sentence_is_read():
    assert values("R square: 0.9127\n\nPenalty applied to the smooth: 0.8125\n") == {
        "R square": [0.9127], "Penalty applied to the smooth": [0.8125]}


def test_a_whole_number_after_such_a_sentence_is_a_count():
    assert values("Penalty applied to the smooth: 3\n") == {}


def test_a_sum_named_in_a_sentence_alone_stays_a_sentence():
    assert values("Weighted sum of squared errors: 4.718203\n") == {}
