"""DONE_STEP: a step prefix opened by a word saying the step is over (``Completed iteration
3:``) heads the lines under it, on invented lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_finished_step_heads_its_indented_lines_and_restarts_with_a_second_loop():
    text = ("Finished epoch 1\n  cost: 0.9\n  margin: 0.20\n"
            "Finished epoch 2\n  cost: 0.7\n  margin: 0.25\n"
            "Finished epoch 1\n  cost: 0.8\n  margin: 0.30\n")
    got = read(text)
    assert got["cost"] == [(1.0, 0.9), (2.0, 0.7), (1.0, 0.8)]
    assert got["margin"] == [(1.0, 0.20), (2.0, 0.25), (1.0, 0.30)]


def test_a_completed_step_with_its_fields_on_the_line():
    text = ("completed round 4: energy = -3.5\n"
            "completed round 5: energy = -3.75\n"
            "completed round 6: energy = -3.875\n")
    assert read(text)["energy"] == [(4.0, -3.5), (5.0, -3.75), (6.0, -3.875)]
