"""BEST_STEP (`expctl.metrics.step_refs`): a name that says which step won (``Best trial: 2``)
gives an index, never a point; a score under a look-alike name is still read."""

from __future__ import annotations

from expctl.metrics.step_refs import is_step_index
from tests.metric_reading import read


def test_the_winning_steps_index_gives_nothing_and_the_scores_around_it_are_read():
    text = ("trial 0: score = 0.412\n"
            "trial 1: score = 0.388\n"
            "Best trial: 1 (arm 1_0)\n"
            "best epoch: 7\n"
            "Final iteration = 150\n")
    points = read(text)
    assert points == {"score": [(0.0, 0.412), (1.0, 0.388)]}


def test_a_decimal_a_glued_name_or_another_word_is_left_to_the_other_rules():
    assert read("best epoch: 0.93\n") == {"best epoch": [(0.0, 0.93)]}
    assert read("bestIteration: 5\n") == {"bestIteration": [(0.0, 5.0)]}
    assert read("best score: 12\n") == {"best score": [(0.0, 12.0)]}


def test_the_name_must_be_an_extremum_and_a_step_word_alone():
    assert is_step_index("Best trial", "2") and is_step_index("optimal Generation", "40")
    assert not is_step_index("Best trial", "2.0")
    assert not is_step_index("trial", "2") and not is_step_index("best val epoch", "2")
    assert not is_step_index("worst trial", "2")
