"""STEP_CHANGE: a column ``max``/``min`` of a word of change in a table with a step column is
measured at each step; the same name alone stays a bound; on invented lines."""

from __future__ import annotations

from expctl.metrics import rules
from tests.metric_reading import read


def test_a_largest_change_column_beside_a_step_column_is_read():
    text = ("epoch   objective   max change\n"
            "    1      0.8125       0.2500\n"
            "    2      0.6875       0.0625\n")
    got = read(text)
    assert got["max change"] == [(1.0, 0.25), (2.0, 0.0625)]
    assert got["objective"] == [(1.0, 0.8125), (2.0, 0.6875)]


def test_a_least_delta_column_of_a_solver_trace_is_read():
    text = ("Iter  f(x)      min_delta\n"
            "   1  2.50e+00  1.25e-01\n"
            "   2  1.75e+00  6.25e-02\n")
    assert read(text)["min_delta"] == [(1.0, 0.125), (2.0, 0.0625)]


def test_without_a_step_column_or_alone_it_stays_a_bound():
    assert rules.is_setup_among("max.diff", ["model", "max.diff", "loss"])
    assert not rules.is_step_change("max.diff", ["model", "max.diff", "loss"])
    assert rules.is_step_change("Max Diff", ["Iteration", "Max Diff"])
    assert rules.is_setup_name("max_change")  # a pair's name alone: a bound (MEASURED_CHANGE)


def test_a_bound_of_another_word_stays_a_setting_in_a_trace():
    assert not rules.is_step_change("max_depth", ["iter", "max_depth"])
    assert not rules.is_step_change("max step change", ["iter", "max step change"])
