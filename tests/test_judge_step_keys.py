"""The corpus judge's step keys: a step word at its own step's value counts neither way; one
equal to a value the printed config gave that name is false (a dumped ``epoch: 20``), unless
the name counts steps (three values or more at their own steps: ``Epoch: 1`` .. ``Epoch: 20``
reaching the configured ``epoch=20``)."""

from __future__ import annotations

from tests.corpus.judge import Point, score_points

TRUTH = {"tolerance": {"rel": 1e-6, "abs": 0.0}, "metrics": {"Current best": [3.5, 2.5, 1.5]},
         "params": {"epoch": 3}}


def _score(*points: Point):
    return score_points("fixture", TRUTH, list(points))


def test_a_counter_reaching_the_configured_total_is_a_step_key():
    score = _score(*(Point("Epoch", float(e), float(e)) for e in (1, 2, 3)))
    assert (score.fp, score.optional) == (0, 3)


def test_the_configured_value_read_once_is_false():
    score = _score(Point("epoch", 3.0, 3.0))
    assert (score.fp, score.param_fp) == (1, 1)


def test_a_counter_of_two_values_is_not_yet_a_counter():
    score = _score(Point("Epoch", 2.0, 2.0), Point("Epoch", 3.0, 3.0))
    assert (score.fp, score.optional) == (1, 1)
