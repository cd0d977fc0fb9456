"""A sentence headed by a sum or a penalty, then one decimal, is a measure named by the whole
sentence (MEASURE_HEAD); invented lines in the shape a smoothing-spline fit's summary prints."""

from __future__ import annotations

from tests.metric_reading import values


def test_a_sum_and_a_penalty_named_in_sentences_are_read():
    text = ("Weighted sum of squared errors: 4.718203\n"
            "R square: 0.9127\n"
            "\n"
            "Penalty applied to the smooth: 0.8125\n")
    assert values(text) == {"Weighted sum of squared errors": [4.718203], "R square": [0.9127],
                            "Penalty applied to the smooth": [0.8125]}


def test_a_whole_number_after_such_a_sentence_is_a_count():
    assert values("Sum of the weights in the sample: 120\n") == {}
