"""LOCATED_ASIDE: an aside closing a line of pairs that names a value and the step it was reached
at (``(best 0.91 at epoch 7)``) adds its pair; the step gives no point, and an aside of prose
stays out. Checked on invented summary lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_an_aside_with_where_its_value_was_reached_adds_the_pair():
    got = values("final: val_f1=0.874 (best 0.912 at epoch 7)\n")
    assert got == {"val_f1": [0.874], "best": [0.912]}


def test_an_aside_of_prose_or_of_a_step_alone_adds_nothing():
    assert values("final: val_f1=0.874 (best 0.912 at the end)\n") == {"val_f1": [0.874]}
    assert values("final: val_f1=0.874 (epoch 7)\n") == {"val_f1": [0.874]}
