"""TALLIED_VALUE: a value printed with its tally (``31 (3x)``) is a value of the data, on
invented lines."""

from __future__ import annotations

from tests.metric_reading import values

_COLUMN = ('  2. "score"\n'
           "\n"
           "\tType of data:          Number\n"
           "\tSmallest value:        0.25\n"
           "\tMean:                  0.5\n"
           "\tMost common values:    0.75 (4x)\n"
           "\t                       0.5 (2x)\n"
           "\n")


def test_a_tallied_value_gives_nothing():
    points = values(_COLUMN)
    assert points == {"score/Smallest value": [0.25], "score/Mean": [0.5]}


def test_a_value_with_no_tally_is_read():
    points = values(_COLUMN.replace("0.75 (4x)", "0.75"))
    assert points["score/Most common values"] == [0.75]


def test_the_other_pairs_of_a_line_stay():
    points = values("epoch 1 loss=0.31 mode=0.5 (3x)\nepoch 2 loss=0.29 mode=0.5 (4x)\n")
    assert points == {"loss": [0.31, 0.29]}
