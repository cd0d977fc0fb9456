"""EVALUATION_STEP: a table whose first column counts the objective's evaluations (``eval``,
``nfev``, ``f-count``) takes it as the rows' step, never a metric; the word elsewhere in a
header is left to the other rules. On invented optimiser tables."""

from __future__ import annotations

from tests.metric_reading import read

_SEARCH = ("nfev      f(x)     f_best\n"
           "   1   12.5000    12.5000\n"
           "   2    9.2500     9.2500\n"
           "   3   10.7500     9.2500\n")

_DFO = ("f-count     objective      radius\n"
        "     10      3.141593      0.5000\n"
        "     20      2.718282      0.2500\n")

_PHASES = ("epoch    train     eval\n"
           "    1   0.6125   0.6581\n"
           "    2   0.4410   0.5122\n")


def test_an_evaluation_count_first_is_the_step():
    got = read(_SEARCH)
    assert "nfev" not in got
    assert got["f_best"] == [(1.0, 12.5), (2.0, 9.25), (3.0, 9.25)]


def test_a_function_count_first_is_the_step():
    got = read(_DFO)
    assert "f-count" not in got
    assert got["objective"] == [(10.0, 3.141593), (20.0, 2.718282)]


def test_eval_as_a_later_column_stays_a_phase_of_results():
    got = read(_PHASES)
    assert got["eval"] == [(1.0, 0.6581), (2.0, 0.5122)]


_TRIALS = ("   Trial      objective    params set\n"
           "       1         0.8125             4\n"
           "       2         0.7750             6\n")


def test_a_trial_number_first_is_the_step():
    got = read(_TRIALS)
    assert "Trial" not in got
    assert got["objective"] == [(1.0, 0.8125), (2.0, 0.775)]
