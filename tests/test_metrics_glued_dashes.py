"""GLUED_DASHES: dashes glued between a step and a pair part them, on invented lines."""

from __future__ import annotations

from tests.metric_reading import values


def test_glued_dashes_part_a_step_prefix_from_its_pair():
    text = ("Pass 1---cost: 4.25\n"
            "Pass 2---cost: 3.5\n"
            "Pass 3--cost: 3.25\n")
    assert values(text) == {"cost": [4.25, 3.5, 3.25]}


def test_dashes_inside_a_flag_or_before_a_number_are_left_alone():
    text = "run --epochs 3\nrange 5--10 then loss: 0.5\n"
    assert "cost" not in values(text)
    assert values("range 5--10 then loss: 0.5\n").get("loss") == [0.5]
