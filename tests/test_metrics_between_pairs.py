"""A lone ``name number`` line between two ``words: number`` lines of a summary (BETWEEN_PAIRS),
on invented lines in the shape R prints a model's deviance summary."""

from __future__ import annotations

from tests.metric_reading import read, values


def test_a_lone_pair_between_keyed_pairs_is_read():
    text = ("Mean deviance:  21.07 \n"
            "penalty 4.112 \n"
            "Penalized deviance: 25.18 \n")
    assert values(text)["penalty"] == [4.112]


def test_a_lone_pair_with_one_keyed_neighbour_is_not_read():
    text = ("Mean deviance:  21.07 \n"
            "penalty 4.112 \n"
            "done\n")
    assert "penalty" not in read(text)


def test_a_count_between_keyed_pairs_is_not_read():
    text = ("Mean deviance:  21.07 \n"
            "num_samples 40.0 \n"
            "Penalized deviance: 25.18 \n")
    assert "num_samples" not in read(text)
