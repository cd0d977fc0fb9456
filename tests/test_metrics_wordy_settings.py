"""A line of ``key=value`` pairs more of whose values are words than numbers (WORDY_SETTINGS) is
a dump of a program's arguments: params, even where a key spells a step or a result."""

from __future__ import annotations

from tests.metric_reading import read

DUMP = ("trainer: amp=False, batch=16, cache=None, data=/tmp/d.yaml, device=cpu, epochs=3, "
        "iou=0.6, lr0=0.02, mode=train, optimizer=auto, plots=True, seed=4\n")


def test_an_argument_dump_with_a_step_key_among_its_numbers_gives_no_metric():
    assert read(DUMP) == {}


def test_an_argument_dump_after_training_lines_adds_no_point_to_them():
    points = read("step 1 loss 0.5\nstep 2 loss 0.4\n" + DUMP)
    assert set(points) <= {"loss", "step"} and points["loss"] == [(1.0, 0.5), (2.0, 0.4)]


def test_a_result_line_with_a_few_words_stays_metrics():
    points = read("epoch=3 loss=0.25 acc=0.91 phase=train status=ok\n")
    assert points["train/loss"] == [(3.0, 0.25)]
