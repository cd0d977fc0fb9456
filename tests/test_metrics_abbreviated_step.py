"""ABBREVIATED_STEP: a step word cut short by a full stop (``Iter.  3,``) steps its line, on
invented lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_an_abbreviated_step_word_steps_its_line():
    text = ("Iter.  1,  move = start   , evals =   3,  obj = 5.0000e+00\n"
            "Iter.  2,  move = reflect , evals =   5,  obj = 2.5000e+00\n"
            "Iter.  3,  move = reflect , evals =   6,  obj = 2.5000e+00\n")
    assert read(text)["obj"] == [(1.0, 5.0), (2.0, 2.5), (3.0, 2.5)]

