"""One value of a metric per run: the aggregates every command offers, and what NaN means.

The one home of this rule; `list --columns`, `compare --agg`, `check --agg`, `ttest`/`groups`/
`importance --agg` and `diff` all go through it, so a run has the same "last loss" everywhere.

- `last`, `min`, `max`, `count` come from the summary the store keeps per metric (no series read).
- `mean` is the mean of the run's finite points; it reads the series, so callers pass a way to.
- NaN is "no value": a summary field that is NaN (a metric that only ever printed `nan`) and the
  mean of a series without a finite point are both None here. Infinities are values (a loss that
  diverged to inf is worse than any finite loss), and stay.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from ..models import SUMMARY_VALUES

SUMMARY = SUMMARY_VALUES  # the values a run's summary keeps (and `diff` shows)
AGGREGATES = SUMMARY + ("mean", "count")  # what every --agg accepts
ReadPoints = Callable[[], Iterable[float]]


def check_aggregate(name: str, option: str = "--agg") -> str:
    """`name` when it is an aggregate, else a usage error that lists them."""
    if name not in AGGREGATES:
        from ..errors import UsageError

        raise UsageError(f"unknown {option} '{name}'", hint=f"use one of: {', '.join(AGGREGATES)}")
    return name


def parse_aggregates(text: str, option: str = "--agg") -> list[str]:
    """A comma-separated list of aggregates (`last,min,max`), repeats dropped, order kept."""
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        from ..errors import UsageError

        raise UsageError(f"empty {option}", hint=f"use some of: {', '.join(AGGREGATES)}, comma-separated")
    return list(dict.fromkeys(check_aggregate(name, option) for name in names))


def aggregate(summary, agg: str, read_points: ReadPoints | None = None):
    """The `agg` value of one run's metric, None when it has none (see the module's NaN rule).

    `summary` is the run's `MetricSummary` for the metric (None: the run lacks the metric, and so
    does the value). `read_points` returns the metric's values; it is called only for `mean`, and
    a `mean` without it is a programming error (ValueError)."""
    if summary is None:
        return None
    if agg == "mean":
        if read_points is None:
            raise ValueError("the mean of a metric needs its points")
        return finite_mean(read_points())
    return no_nan(getattr(summary, agg))


def finite_mean(values: Iterable[float]) -> float | None:
    """The mean of the finite values (NaN and infinities skipped), None when there is none.
    math.fsum keeps the sum exact to the last bit whatever the order of the points."""
    finite = [float(v) for v in values if v is not None and math.isfinite(v)]
    return math.fsum(finite) / len(finite) if finite else None


def no_nan(value):
    """None for NaN (no value), anything else unchanged."""
    return None if isinstance(value, float) and math.isnan(value) else value


def as_float(value) -> float:
    """An aggregate for the statistics: None (no value) becomes NaN, which they skip."""
    return math.nan if value is None else float(value)


def needs_points(aggs: Sequence[str]) -> bool:
    """Whether any of `aggs` reads the series (only `mean` does)."""
    return "mean" in aggs
