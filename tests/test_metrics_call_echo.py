"""CALL_ARGS for R's echo of a call: ``boot(data = mtcars, statistic = stat, R = 500)`` under
``Call:`` holds the call's arguments, settings (params), not results; a call whose arguments
name results still reports, and Python's glued ``f(x=1)`` in lower case is left as it was."""

from __future__ import annotations

from tests.metric_reading import read_with_params

_BOOT = (
    "ORDINARY NONPARAMETRIC BOOTSTRAP\n"
    "\n"
    "Call:\n"
    "boot(data = mtcars, statistic = stat, R = 500)\n"
    "\n"
    "Bootstrap Statistics :\n"
    "     original      bias    std. error\n"
    "t1* 0.7528328 0.006154211  0.05212135\n"
)


def test_the_echoed_call_gives_settings_not_points():
    got, params = read_with_params(_BOOT)
    assert "R" not in got
    assert ("R", "500") in params and ("data", "mtcars") in params


def test_a_call_of_results_still_reports():
    got, _ = read_with_params("step 1 loss=0.9\nsummary(loss = 0.5, auc = 0.91)\n")
    assert got["auc"] == [(1.0, 0.91)]


def test_a_glued_lower_case_call_is_left_as_it_was():
    got, params = read_with_params("step 1 loss=0.9\nrun(lower=0.5)\n")
    assert ("lower", "0.5") not in params
