"""Metric series as JSON and table rows."""

from __future__ import annotations

import math

from ..records import Series
from .output import json_number
from .text import format_number, iso_time


SERIES_HEADERS = ["name", "step", "value", "time"]


def _step(value: float):
    """3.0 -> 3 for display and JSON; NaN and infinite steps stay floats."""
    return int(value) if math.isfinite(value) and value == int(value) else value


def series_json(series: dict[str, Series]) -> dict:
    """`{name: [{"step": s, "value": v, "time": iso8601}, ...]}`; NaN/inf values are null."""
    return {name: points_json(data) for name, data in series.items()}


def points_json(data: Series) -> list[dict]:
    """One series' points as `series_json` writes them."""
    return [{"step": json_number(_step(s)) if s == s else None, "value": json_number(v),
             "time": iso_time(t)}
            for s, t, v in zip(data.steps, data.times, data.values)]


def iter_series_rows(pieces, exact: bool = False):
    """`series_rows`' rows, one piece of `(name, Series)` at a time."""
    show = _exact if exact else format_number
    for name, data in pieces:
        for s, t, v in zip(data.steps, data.times, data.values):
            yield [name, show(_step(s)), show(v), iso_time(t)]


def series_rows(series: dict[str, Series], exact: bool = False):
    """Long format: one row per point, `name, step, value, time`. `exact` (for CSV) writes
    numbers in full precision (`repr`), otherwise they are shortened for reading."""
    return SERIES_HEADERS, list(iter_series_rows(series.items(), exact))


def _exact(value) -> str:
    return repr(value) if isinstance(value, float) else str(value)
