"""A phase word before a step key (PHASE_STEP_KEY: ``Train Epoch: 3``) is that step key: the
line's values are at the step it gives."""

from __future__ import annotations

from tests.metric_reading import read

LOG = ("Train Epoch: 1 \t Loss: 0.851156 (eps = 1.20)\n"
       "Train Epoch: 2 \t Loss: 0.304844 (eps = 1.51)\n")


def test_a_train_epoch_key_gives_the_step_of_the_line():
    assert read(LOG)["train/Loss"] == [(1.0, 0.851156), (2.0, 0.304844)]  # its phase: PHASE_STEP


def test_a_value_beside_it_in_parentheses_takes_the_same_step():
    assert read(LOG)["train/eps"] == [(1.0, 1.2), (2.0, 1.51)]


def test_a_word_that_is_no_phase_before_a_step_word_gives_no_step():
    points = read("Warmup Epoch: 7 \t Loss: 0.5\nWarmup Epoch: 9 \t Loss: 0.4\n")
    assert [step for step, _ in points["Loss"]] != [7.0, 9.0]
