"""WRAPPED_CALL and R_FORMULA: a call echoed over lines, its first line ending in a comma, and an
R model call whose formula holds spaces, are settings, no metrics; on invented lines."""

from __future__ import annotations

from tests.metric_reading import read_with_params


def test_a_call_wrapped_after_a_comma_gives_params_and_no_metric():
    got, params = read_with_params("Call: bagging(formula = y ~ ., data = df, nbagg = 50, \n"
                                   "    coob = TRUE)\n\nOut-of-bag error:  0.125 \n")
    assert got == {"Out-of-bag error": [(0.0, 0.125)]}
    assert ("nbagg", "50") in params


def test_a_formula_with_spaces_is_one_value_of_the_call():
    got, params = read_with_params("Call:\nrandomForest(formula = y ~ a + b, data = df, ntree = 300)\n")
    assert got == {}
    assert ("formula", "y ~ a + b") in params and ("ntree", "300") in params


def test_a_python_repr_wrapped_after_a_comma_gives_params():
    got, params = read_with_params("model = Booster(max_depth=3, eta=0.3,\n    rounds=10)\n")
    assert got == {} and ("max_depth", "3") in params


def test_a_line_of_pairs_ending_in_a_comma_still_reports():
    got, _ = read_with_params("epoch 2: loss=0.25, acc=0.875,\n")
    assert [value for _, value in got["loss"]] == [0.25]
