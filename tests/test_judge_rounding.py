"""The corpus judge's printed rounding: a value printed coarser than the fixture's finest
rounding (``0.04`` for 0.0388) matches the truth it rounds from; a whole number, a value off
by more than its rounding, and a wrong name still do not."""

from __future__ import annotations

from tests.corpus.judge import Point, score_points

TRUTH = {"tolerance": {"rel": 1e-5, "abs": 5e-7},
         "metrics": {"a/Hesse Err": [0.038829034485139975], "accuracy": [0.9833333333333332],
                     "n_bkg/Hesse Err": [83.16445612160169]}}


def _score(*points: Point):
    return score_points("fixture", TRUTH, list(points))


def test_a_value_printed_at_fewer_decimals_matches_its_truth():
    score = _score(Point("a/Hesse Err", 0.0, 0.04), Point("accuracy", 0.0, 0.9833))
    assert (score.tp, score.fp) == (2, 0)


def test_a_value_beyond_its_rounding_is_false():
    score = _score(Point("a/Hesse Err", 0.0, 0.05), Point("accuracy", 0.0, 0.9834))
    assert (score.tp, score.fp) == (0, 2)


def test_a_whole_number_says_nothing_of_its_rounding():
    score = _score(Point("n_bkg/Hesse Err", 0.0, 80.0))
    assert (score.tp, score.fp) == (0, 1)


def test_the_name_must_still_be_right():
    score = _score(Point("b/Hesse Err", 0.0, 0.04))
    assert (score.tp, score.fp) == (0, 1)
