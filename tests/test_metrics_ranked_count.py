"""RANKED_COUNT: a rank word and a whole number before a pair's name (``Top 5 accuracy``,
``Best 3 results``) stay in the name; a step word's number stays a step."""

from __future__ import annotations

import pytest

from tests.metric_reading import read


@pytest.mark.parametrize("line, name", [
    ("Top 5 accuracy: 0.91", "Top 5 accuracy"),
    ("[zoopt] Best 3 results: 0.0083 +- 0.0064", "Best 3 results"),
    ("last 10 episodes reward: 21.3", "last 10 episodes reward"),
    ("worst 2 folds: 0.71", "worst 2 folds"),
])
def test_the_count_of_a_rank_stays_in_the_name(line, name):
    assert list(read(line + "\n")) == [name]


def test_top_one_and_top_five_are_two_series():
    got = read("Top 1 accuracy: 0.71\nTop 5 accuracy: 0.91\n")
    assert got == {"Top 1 accuracy": [(0.0, 0.71)], "Top 5 accuracy": [(0.0, 0.91)]}


def test_a_step_words_number_is_still_a_step():
    assert read("Epoch 3 loss: 0.5\n") == {"loss": [(3.0, 0.5)]}
