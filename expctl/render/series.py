"""Metric series as JSON and table rows."""

from __future__ import annotations

from ..store import Series
from .output import json_number
from .text import format_number, iso_time


def _step(value: float):
    return int(value) if value == int(value) else value


def series_json(series: dict[str, Series]) -> dict:
    """`{name: [{"step": s, "value": v, "time": iso8601}, ...]}`; NaN/inf values are null."""
    return {
        name: [
            {"step": json_number(_step(s)) if s == s else None, "value": json_number(v),
             "time": iso_time(t)}
            for s, t, v in zip(data.steps, data.times, data.values)
        ]
        for name, data in series.items()
    }


def series_rows(series: dict[str, Series]):
    """Long format: one row per point, `name, step, value, time`."""
    rows = []
    for name, data in series.items():
        for s, t, v in zip(data.steps, data.times, data.values):
            rows.append([name, format_number(_step(s)), format_number(v), iso_time(t)])
    return ["name", "step", "value", "time"], rows
