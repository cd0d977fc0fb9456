"""COMMA_TAIL (`expctl.metrics.comma_tail`): a result named in words closing a line of pairs
after a comma is a pair; other words there are not."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_score_in_words_after_the_chosen_settings_is_read():
    points = read("best c=2.0, g=0.125, cross-validation accuracy 98.1221%\n")
    assert points["cross-validation accuracy"] == [(0.0, 98.1221)]
    assert read("lr=0.1, momentum=0.9, val accuracy 91.5%\n")["val accuracy"] == [(0.0, 91.5)]


def test_words_naming_no_result_or_a_sentence_give_nothing_more():
    assert read("lr=0.1, momentum=0.9, took 3.5\n") == {"lr": [(0.0, 0.1)], "momentum": [(0.0, 0.9)]}
    assert "accuracy of the model" not in read("lr=0.1, accuracy of the model 0.9\n")
    assert read("done, accuracy 0.9\n") == {}  # no pair before it: no line of pairs
