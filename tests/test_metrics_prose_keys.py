"""PROSE_KEY: a glued key=value right after a prose word ends a sentence and is no pair."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_key_after_a_preposition_ends_a_sentence():
    got = read("[Chunk #1] Finished: Traversed 221846 LCP nodes -> total unique candidates in heap=659\n")
    assert "heap" not in got


def test_an_identifier_after_a_preposition_still_counts():
    got = read("Using explicit seed_sentencepiece_size=1000000 for best_valid_acc=0.71\n")
    assert got["best_valid_acc"] == [(0.0, 0.71)]


def test_keys_after_separators_still_count():
    got = read("step 1, loss=0.31 acc=0.875\n")
    assert got["loss"] == [(1.0, 0.31)]
    assert got["acc"] == [(1.0, 0.875)]
