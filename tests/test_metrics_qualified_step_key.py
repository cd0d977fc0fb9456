"""Words before a step word name the loop it counts (QUALIFIED_STEP_KEY: ``Boosting step: 4``,
``Outer iteration = 2``): the line's values are at the step it gives, as under ``step: 4``."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_qualified_step_word_gives_the_step_of_the_line():
    points = read("Outer iteration: 3, residual: 0.0125\nOuter iteration: 4, residual: 0.0061\n")
    assert points["residual"] == [(3.0, 0.0125), (4.0, 0.0061)]


def test_two_words_before_the_step_word_name_the_loop_too():
    points = read("Line search step = 7  merit = 1.875\nLine search step = 8  merit = 1.5\n")
    assert points["merit"] == [(7.0, 1.875), (8.0, 1.5)]


def test_a_bound_or_a_pick_before_a_step_word_gives_no_step():
    for word in ("Max", "Best", "Total"):
        points = read(f"{word} epoch: 40, score: 0.81\n{word} epoch: 60, score: 0.83\n")
        assert [step for step, _ in points["score"]] != [40.0, 60.0], word


def test_a_decimal_after_it_is_no_counter():
    points = read("Boosting round: 0.5, gain: 1.25\nBoosting round: 0.75, gain: 1.5\n")
    assert [step for step, _ in points["gain"]] != [0.5, 0.75]
