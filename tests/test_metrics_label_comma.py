"""LABEL_COMMA (`expctl.metrics.prefixes`): a word, a step word and its number closed by a
comma give the line's step, as STEP_LABEL's colon does."""

from __future__ import annotations

from tests.metric_reading import read


def test_a_solver_named_before_its_iteration_count():
    text = "".join(f"Newton iteration {i}, residual = {r}\n" for i, r in ((1, 0.5), (2, 0.02), (3, 1e-4)))
    assert read(text)["residual"] == [(1.0, 0.5), (2.0, 0.02), (3.0, 1e-4)]


def test_an_identifier_before_a_step_then_fields():
    text = "bicgstab_solver step 4, res: 0.03, alpha: 0.9\nbicgstab_solver step 5, res: 0.01, alpha: 0.8\n"
    points = read(text)
    assert points["res"] == [(4.0, 0.03), (5.0, 0.01)]
    assert points["alpha"] == [(4.0, 0.9), (5.0, 0.8)]


def test_two_words_before_the_step_word_are_no_label():
    points = read("the last iteration 3, residual = 0.5\n")
    assert all(step != 3.0 for step, _ in points.get("residual", []))
