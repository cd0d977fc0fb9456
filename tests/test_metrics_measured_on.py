"""AFTER_COUNT: a count of what a value was measured on closes the pair ("on 100 instances",
"for 5 runs", "with 4 folds"); a word after it that is no count still makes the line prose."""

from __future__ import annotations

from tests.metric_reading import read


def test_what_a_value_was_measured_on_closes_the_pair():
    assert read("top-1 error: 23.4% on 5000 images\n") == {"top-1 error": [(0.0, 23.4)]}
    assert read("12:00:01 - median latency: 3.2 for 40 requests\n") == {"median latency": [(0.0, 3.2)]}
    assert read("cv_auc = 0.812 with 5 folds\n") == {"cv_auc": [(0.0, 0.812)]}
    assert read("recall: 0.66 on 12 queries, precision: 0.71\n") == {
        "recall": [(0.0, 0.66)], "precision": [(0.0, 0.71)]}


def test_a_word_that_counts_nothing_still_makes_prose():
    assert read("score: 7 on the board\n") == {}
    assert read("uptime: 3 for now\n") == {}
    assert read("players: 4 with 2 on bench\n") == {}  # "2 on bench" counts no plural thing
