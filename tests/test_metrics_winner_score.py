"""WINNER_SCORE (`expctl.metrics.value_phrase`): the named score in the brackets closing a
winner's line is a pair under its own name; a count, a setting or an id there is none."""

from __future__ import annotations

from expctl.metrics.value_phrase import winner_score
from tests.metric_reading import read


def test_the_winners_named_score_is_read_under_its_name():
    assert read("best classifier: naive bayes (test accuracy 0.8467)\n") == {
        "test accuracy": [(0.0, 0.8467)]}
    assert read("Best model: svc (val_loss=0.213)\n") == {"val_loss": [(0.0, 0.213)]}


def test_a_count_a_setting_or_a_whole_number_in_the_brackets_gives_nothing():
    assert read("Best config: wide (n_layers 3)\n") == {}
    assert read("Best run: baseline (lr 0.01)\n") == {}
    assert read("Best model: svc (accuracy 98)\n") == {}
    assert winner_score("Best trial: 2 (arm 2_0)") == []
    assert winner_score("the best of them (accuracy 0.9)") == []  # no "key: label" before it
