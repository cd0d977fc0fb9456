"""``key: value`` lines held before the first metric are results, not settings, when one of
them prints a float's full precision (HELD_COMPUTED); invented lines in the shape an
explainer prints a case's figures before its weights."""

from __future__ import annotations

from tests.metric_reading import read_with_params, values

WEIGHTS = "{'feature_a': -0.0731, 'feature_b': 0.0412}\n"


def test_held_lines_with_a_computed_value_are_results():
    text = "baseline: 0.4418203367751092\nobserved: 0.0\n" + WEIGHTS
    found = values(text)
    assert found["baseline"] == [0.4418203367751092]
    assert found["observed"] == [0.0]
    assert found["feature_a"] == [-0.0731]


def test_held_lines_of_typed_values_stay_settings():
    points, params = read_with_params("lr: 0.0003\nmomentum: 0.9\n" + WEIGHTS)
    assert "lr" not in points and "momentum" not in points
    assert ("lr", "0.0003") in [(name, str(value)) for name, value in params]
