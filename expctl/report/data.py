"""What a report holds, as plain data: the runs table, the curves, the comparison, a t-test.

Computed once here; report/html.py and report/markdown.py only lay it out. Nothing is printed.
"""

from __future__ import annotations

import math
import time
from typing import Any
from collections.abc import Sequence

from ..models import Record, Run
from ..plot import curves as cv
from ..plot.figure import Figure

MAX_POINTS = 1000  # per curve in the HTML page: 20 runs x 5 metrics stay well under 2 MB


class Report(Record):
    """`table` (headers, rows) of the runs; `comparison` from compare.build_comparison;
    `ttest` an analysis.TTestReport or None; `downsampled` counts curves cut to `max_points`."""

    title: str
    generated: float
    runs: Sequence[Run]
    table: tuple[list[str], list[list[Any]]]
    figure: Figure
    comparison: Any
    ttest: Any
    max_points: int
    downsampled: int


def build_report(store, runs: Sequence, figure: Figure, *, title: str | None = None,
                 ttest: tuple[str, str, Sequence] | None = None, max_points: int = MAX_POINTS,
                 settings: dict | None = None) -> Report:
    """Everything the page shows for `runs`. `ttest` is (metric, "params.NAME", the runs it tests:
    those of `runs` the analysis rule keeps, expctl.analyse.selection) or None;
    curves longer than `max_points` keep each slice's min and max (curves.downsample_minmax)."""
    from ..analyse.compare import build_comparison
    from ..render.runs import list_rows

    settings = settings or {}
    ids = [run.id for run in runs]
    git = store.git_summaries(ids)
    table = list_rows(runs, git)
    headers, rows = table.headers, table.rows
    figure, cut = _downsampled(figure, max_points)
    comparison = build_comparison(runs, git, {}, settings=settings)
    report_title = title or f"expctl report: {len(runs)} run{'s' if len(runs) != 1 else ''}"
    return Report(report_title, time.time(), runs, (headers, rows), figure, comparison,
                  _ttest(store, *ttest) if ttest else None, max_points, cut)


def _downsampled(figure: Figure, max_points: int):
    cut = 0
    panels = []
    for panel in figure.panels:
        curves = []
        for curve in panel.curves:
            if len(curve.xs) > max_points:
                cut += 1
                curve = _cut(curve, max_points)
            curves.append(curve)
        panels.append(panel._replace(curves=curves))
    return figure._replace(panels=panels), cut


def _cut(curve, max_points: int):
    xs, ys = cv.downsample_minmax(curve.xs, curve.ys, max_points)
    if curve.lows is None:
        return curve._replace(xs=xs, ys=ys)
    # a band follows its mean's x positions, so the three stay aligned
    keep = set(xs)
    pick = [i for i, x in enumerate(curve.xs) if x in keep]
    return curve._replace(xs=[curve.xs[i] for i in pick], ys=[curve.ys[i] for i in pick],
                          lows=[curve.lows[i] for i in pick], highs=[curve.highs[i] for i in pick])


def _ttest(store, metric: str, by: str, runs: Sequence):
    from ..analyse.samples import groups_by_param, observe, ttest_report

    obs = observe(store, runs, metric, "last")
    found, without = groups_by_param(obs, by, 0.95)
    return ttest_report(found, obs, missing=obs.missing, without=without, by=by, test="welch",
                        alternative="two-sided", confidence=0.95, alpha=0.05)


def compact_number(value):
    """A number for the page's JSON: None for NaN/inf, ints as ints, floats to 6 significant
    digits (a chart cannot show more, and the file stays small)."""
    if value is None or not math.isfinite(value):
        return None
    if value == int(value) and abs(value) < 1e15:
        return int(value)
    return float(f"{value:.6g}")
