"""HELD_RUN: an aligned series told to name quantities only past its third line reads its lines
above too, on invented lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_the_lines_above_the_telling_label_are_read():
    text = ("intercept   -1.250000\n"
            "height      0.004125\n"
            "weight      0.031250\n"
            "slope       0.000500\n"
            "group[B]    0.012500\n"
            "group[C]   -0.008750\n"
            "Name: coef, dtype: float64\n")
    assert values(text) == {"intercept": [-1.25], "height": [0.004125], "weight": [0.03125],
                            "slope": [0.0005], "group[B]": [0.0125], "group[C]": [-0.00875]}


def test_a_run_of_things_alone_stays_nothing():
    text = ("intercept   -1.250000\n"
            "height      0.004125\n"
            "weight      0.031250\n"
            "slope       0.000500\n"
            "Name: corr, dtype: float64\n")
    assert values(text) == {}
