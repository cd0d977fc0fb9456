"""A name opened by a plural and closed by lower-case words of running text (PLURAL_OPENED:
``Nodes expanded: 340``) counts things, with a whole number: no result."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_plural_then_a_participle_over_a_whole_number_is_a_count():
    points = read("Iter: 1, Nodes expanded: 340, cost: 12.5\nIter: 2, Nodes expanded: 512, cost: 11.75\n")
    assert "Nodes expanded" not in points
    assert points["cost"] == [(1.0, 12.5), (2.0, 11.75)]


def test_longer_running_text_after_the_plural_is_a_count_too():
    points = read("Iter: 1, Rows left after filtering: 87, score: 0.5\n"
                  "Iter: 2, Rows left after filtering: 80, score: 0.625\n")
    assert "Rows left after filtering" not in points


def test_a_decimal_after_it_is_measured():
    points = read("Iter: 1, Weights averaged: 0.375\nIter: 2, Weights averaged: 0.5\n")
    assert points["Weights averaged"] == [(1.0, 0.375), (2.0, 0.5)]


def test_a_result_word_opening_it_stays_a_result():
    points = read("Iter: 1, Errors remaining: 4, cost: 1.5\nIter: 2, Errors remaining: 2, cost: 1.25\n")
    assert points["Errors remaining"] == [(1.0, 4.0), (2.0, 2.0)]
