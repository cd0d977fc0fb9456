"""What a chart shows, as data: panels of labelled curves, read from the store.

`build_figure` fetches each run's series (store.read_metrics), picks the x axis, keeps the last
steps, smooths, folds seeds into a mean with a band, and labels each curve with the run's id,
name and the params that differ. Renderers (terminal, image, HTML, Markdown) only draw it.
"""

from __future__ import annotations

import math
from typing import Sequence

from ..analyse.compare import differing_params, metric_direction
from ..errors import UsageError
from ..models import record
from . import curves as cv

X_STEP, X_TIME = "step", "time"


class Curve(record("Curve", "label run_ids xs ys lows highs", (None, None))):
    """One line: `xs`/`ys` lists of floats; `lows`/`highs` the band (seed groups) or None."""

    __slots__ = ()


class Panel(record("Panel", "metrics curves")):
    """One chart: the metric names it draws and its curves (a curve per run and metric)."""

    __slots__ = ()


class Figure(record("Figure", "panels x_label smooth logy notes")):
    """Panels sharing one x axis; `notes` say what was left out or changed (shown to the user)."""

    __slots__ = ()


def parse_metric_groups(options: Sequence[str] | None) -> list[list[str]]:
    """`-m loss -m acc` is two panels; `-m loss,val_loss` draws both in one panel."""
    groups = []
    for option in options or []:
        names = [name.strip() for name in option.split(",") if name.strip()]
        if names:
            groups.append(names)
    return groups


def default_metrics(runs: Sequence, min_points: int = 2) -> list[list[str]]:
    """Every metric of the runs, one panel each, except expctl's `sys/*` samples, counters
    (epoch, step, lr ...: metric_direction says they have no best) and metrics that no run
    logged at least `min_points` times (a final score is a number, not a curve)."""
    counts: dict[str, int] = {}
    for run in runs:
        for name, summary in run.metrics.items():
            counts[name] = max(counts.get(name, 0), summary.count or 0)
    return [[name] for name in sorted(counts)
            if not name.startswith("sys/") and metric_direction(name) is not None
            and counts[name] >= min_points]


def run_label(run, params: Sequence[str]) -> str:
    """`12 lenet-1 lr=0.1 model=cnn`: id, name, and the values of the params that differ."""
    parts = [str(run.id)] + ([run.name] if run.name else [])
    parts += [f"{name}={run.params[name].text}" for name in params if name in run.params]
    return " ".join(parts)


def build_figure(store, runs: Sequence, metric_groups: list[list[str]], *, x: str = X_STEP,
                 smooth: float = 0.0, logy: bool = False, last: int | None = None,
                 seed_groups: bool = False, seed_params: Sequence[str] | None = None) -> Figure:
    """The figure for `runs` (models.Run, loaded). `x`: "step", "time" (seconds since the run
    started) or a metric name (each point placed at that metric's value at the same step).
    Raises UsageError for a metric no run has, or a seed mean over anything but steps."""
    if not metric_groups:
        metric_groups = default_metrics(runs)
    wanted = sorted({name for group in metric_groups for name in group})
    known = {name for run in runs for name in run.metrics}
    missing = [name for name in wanted if name not in known]
    if missing or not wanted:
        raise UsageError(f"no run here has the metric {', '.join(missing)}" if missing else
                         "these runs have no metric to plot",
                         hint=f"their metrics: {', '.join(sorted(known)) or 'none'}")
    if seed_groups and x != X_STEP:
        raise UsageError("--group-by-seed averages seeds step by step: it needs --x step")
    extra = [x] if x not in (X_STEP, X_TIME) else []
    series = {run.id: store.read_metrics(run.id, wanted + extra) for run in runs}
    if extra and not any(x in s for s in series.values()):
        raise UsageError(f"no run here has the metric {x} for the x axis",
                         hint="use --x step, --x time or the name of a recorded metric")
    notes: list[str] = []
    params = differing_params(runs)
    panels = []
    for group in metric_groups:
        lines = []
        for name in group:
            per_run = [(run, _xy(run, series[run.id], name, x, last)) for run in runs
                       if name in series[run.id]]
            per_run = [(run, _smoothed(xy, smooth)) for run, xy in per_run]
            if logy:
                per_run = [(run, _positive(xy, name, run, notes)) for run, xy in per_run]
            made = (_seed_curves(per_run, params, seed_params) if seed_groups
                    else [Curve(run_label(run, params), (run.id,), xs, ys) for run, (xs, ys) in per_run])
            lines += [c._replace(label=f"{name}: {c.label}") if len(group) > 1 else c for c in made]
        panels.append(Panel(tuple(group), lines))
    x_label = {X_STEP: "step", X_TIME: "elapsed seconds"}.get(x, x)
    return Figure(panels, x_label, smooth, logy, notes)


def _xy(run, series: dict, name: str, x: str, last: int | None):
    data = series[name]
    start = cv.last_steps(data.steps, last) if last else 0
    steps, values = list(data.steps[start:]), list(data.values[start:])
    if x == X_STEP:
        return steps, values
    if x == X_TIME:
        return [t - run.started_at for t in data.times[start:]], values
    other = series.get(x)
    if other is None:
        return [], []
    return cv.align_by_step(steps, values, other.steps, other.values)


def _smoothed(xy, weight: float):
    xs, ys = xy
    return (xs, cv.ema_smooth(ys, weight)) if weight else (xs, ys)


def _positive(xy, name: str, run, notes: list[str]):
    xs, ys, dropped = cv.positive_only(*xy)
    if dropped:
        notes.append(f"run {run.id}: {dropped} point(s) of {name} at or below 0 left out of the log scale")
    return xs, ys


def _seed_curves(per_run, params: Sequence[str], seed_params) -> list[Curve]:
    """Runs whose params differ only by a seed-like one become one curve: mean ± std."""
    from ..analyse.samples import SEED_PARAMS, is_seed_param

    seeds = seed_params or SEED_PARAMS
    shown = [p for p in params if not is_seed_param(p, seeds)]
    groups: dict[tuple, list] = {}
    for run, xy in per_run:
        key = tuple(sorted((n, repr(p.value)) for n, p in run.params.items()
                           if not is_seed_param(n, seeds)))
        groups.setdefault(key, []).append((run, xy))
    out = []
    for members in groups.values():
        xs, means, lows, highs, _ = cv.mean_band([xy for _, xy in members])
        first = members[0][0]
        ids = tuple(run.id for run, _ in members)
        values = " ".join(f"{n}={first.params[n].text}" for n in shown if n in first.params)
        label = (f"{values} " if values else "") + (
            f"mean ± std of {len(ids)} runs ({', '.join(map(str, ids))})" if len(ids) > 1
            else f"1 run ({ids[0]})")
        out.append(Curve(label, ids, xs, means, lows, highs))
    return out


def finite_range(values) -> tuple[float, float] | None:
    """(min, max) of the finite values, or None."""
    finite = [v for v in values if v is not None and math.isfinite(v)]
    return (min(finite), max(finite)) if finite else None
