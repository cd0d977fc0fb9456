"""A run's JSON (`list -f json`, `show -f json`): each metric summary number as json_number
gives it (NaN and infinities null), whatever mix of values a summary holds; the fast path
for finite summaries must not change a value."""

from __future__ import annotations

import itertools

from expctl.models import MetricSummary, Run
from expctl.render.output import json_number
from expctl.render.runs import run_summary_json

VALUES = [0.5, 2, -0.0, float("nan"), float("inf"), float("-inf"), None, 10**400, 1e308, True]


def test_summary_numbers_are_json_number_of_each_value():
    for last, lo, hi, step in itertools.product(VALUES, repeat=4):
        metrics = {"m": MetricSummary("m", last, lo, hi, 3, step)}
        run = Run(1, "u" * 32, None, "e", ["x"], "/", "finished", 0, None, 1.5, 2.5, "h", "u",
                  None, [], "", {}, metrics, {})
        got = run_summary_json(run)["metrics"]["m"]
        expected = {"last": json_number(last), "min": json_number(lo), "max": json_number(hi),
                    "count": 3, "last_step": json_number(step)}
        assert got == expected, (last, lo, hi, step)
        assert [type(v) for v in got.values()] == [type(v) for v in expected.values()]
