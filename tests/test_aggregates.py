"""One value of a metric per run (expctl.analyse.aggregates): the aggregates every --agg accepts, and
NaN as "no value", the same in compare, check, the statistics and diff."""

from __future__ import annotations

import json
import math

import pytest

from expctl.analyse.aggregates import AGGREGATES, aggregate, as_float, finite_mean, parse_aggregates
from expctl.errors import UsageError
from expctl.models import MetricSummary

from .conftest import py, run_expctl

NAN = math.nan


def test_summary_values_and_the_nan_rule():
    summary = MetricSummary("loss", 0.5, 0.25, math.inf, 3, 2.0)
    assert [aggregate(summary, agg) for agg in ("last", "min", "max", "count")] == [0.5, 0.25, math.inf, 3]
    only_nan = MetricSummary("loss", NAN, NAN, NAN, 2, None)
    assert [aggregate(only_nan, agg) for agg in ("last", "min", "max")] == [None, None, None]
    assert aggregate(None, "last") is None  # a run without the metric


def test_mean_reads_points_only_when_asked_and_skips_non_finite_ones():
    summary = MetricSummary("loss", 0.5, 0.25, 1.0, 4, 3.0)
    assert aggregate(summary, "mean", lambda: [1.0, NAN, 0.5, math.inf, 0.0]) == 0.5
    assert aggregate(summary, "last", lambda: pytest.fail("the points were read")) == 0.5
    assert aggregate(summary, "mean", lambda: [NAN]) is None
    assert finite_mean([0.1] * 10) == pytest.approx(0.1, abs=0)  # fsum: exact
    with pytest.raises(ValueError):
        aggregate(summary, "mean")
    assert math.isnan(as_float(None)) and as_float(3) == 3.0


def test_parsing_agg_lists():
    assert parse_aggregates("last, max,last,mean") == ["last", "max", "mean"]
    assert set(AGGREGATES) == {"last", "min", "max", "mean", "count"}
    for bad in ("median", "last,,p90", " , "):
        with pytest.raises(UsageError):
            parse_aggregates(bad)


def test_every_agg_option_accepts_the_same_aggregates(isolated):
    """--agg mean through compare, check, groups (one series: 1, nan, 3 -> mean 2)."""
    child = py("print('loss: 1'); print('loss: nan'); print('loss: 3')")
    assert run_expctl("run", "-q", "--", *child).returncode == 0
    assert run_expctl("run", "-q", "--", *py("print('loss: 4')")).returncode == 0
    doc = json.loads(run_expctl("compare", "1", "2", "--agg", "mean,count", "-f", "json").stdout)
    assert doc["metrics"]["loss"]["mean"] == [2.0, 4.0] and doc["metrics"]["loss"]["count"] == [3, 1]
    assert doc["metrics"]["loss"]["best"] == {"mean": [1]}
    check = run_expctl("check", "1", "--metric", "loss", "--agg", "mean", "--max", "2")
    assert check.returncode == 0 and check.stdout == b"pass: loss = 2 is within bounds\n"
    groups = json.loads(run_expctl("groups", "loss", "--agg", "mean", "-f", "json").stdout)
    assert groups["agg"] == "mean" and groups["groups"][0]["mean"] == 3.0
    for command in (("compare", "1", "--agg", "p90"), ("check", "1", "-m", "loss", "--agg", "p90", "--max", "1"),
                    ("groups", "loss", "--agg", "p90")):
        bad = run_expctl(*command)
        assert bad.returncode == 2 and bad.stderr.startswith(b"Error: unknown --agg 'p90'\n"), command
