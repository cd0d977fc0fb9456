"""ALIGNED_VALUE: the longest label of a block of ``label: value`` lines, its value one space
after the colon and in the column of its neighbours' padded values, is read as they are; on
invented lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_the_longest_label_under_a_padded_one_is_read():
    got = values("Sum of Squares Within:  1402.5\nSum of Squares Between: 81.25\n")
    assert got == {"Sum of Squares Within": [1402.5], "Sum of Squares Between": [81.25]}


def test_the_longest_label_above_a_padded_one_is_read():
    got = values("Mean of Squared Errors: 0.125\nMean of Errors:         0.0625\n")
    assert got == {"Mean of Squared Errors": [0.125], "Mean of Errors": [0.0625]}


def test_a_value_out_of_its_neighbours_column_is_not_read():
    got = values("Sum of Squares Within:   1402.5\nSum of Squares Between: 81.25\n")
    assert got == {"Sum of Squares Within": [1402.5]}


def test_a_sentence_alone_is_not_read():
    assert values("Sum of Squares Between: 81.25\n") == {}
