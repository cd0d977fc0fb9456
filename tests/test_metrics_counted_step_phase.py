"""AFTER_STEPS opening the line and MID_PHASES before a bracket: ``[N steps]`` in brackets (past a
log prefix) is the step, and a phase word glued by a colon to a bracketed group qualifies the
names in it. Invented lines."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_bracketed_count_of_steps_done_is_the_step():
    got = read("DEBUG:fit:[300 iterations]: VALID:[acc=0.91, f1=0.8]\n")
    assert got == {"val/acc": [(300.0, 0.91)], "val/f1": [(300.0, 0.8)]}


def test_two_phases_each_keep_their_bracket():
    got = read("[50 steps] TRAIN:[loss=0.41] TEST:[loss=0.47]\n")
    assert got == {"train/loss": [(50.0, 0.41)], "test/loss": [(50.0, 0.47)]}


def test_a_count_of_other_things_steps_nothing():
    got = read("[12 trials] score=0.3\n")
    assert got == {"score": [(0.0, 0.3)]}


def test_a_record_glued_after_a_bars_draw_keeps_its_step():
    text = ("DEBUG:fit:[100 steps]: VALID:[acc=0.70]\n"
            " 40%|████      | 4/10 [00:01<00:02, 2.1it/s]DEBUG:fit:[200 steps]: VALID:[acc=0.75]\n")
    assert read(text) == {"val/acc": [(100.0, 0.7), (200.0, 0.75)]}
