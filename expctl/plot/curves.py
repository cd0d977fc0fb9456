"""Curves as plain numbers: smoothing, downsampling, x axes, seed means. Stdlib only, no I/O.

Everything that draws a curve (the terminal chart, the image, the HTML report, the Markdown
chart) takes its numbers from here, so they all agree on what a curve is.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def is_finite(value: float) -> bool:
    return value is not None and math.isfinite(value)


def ema_smooth(values: Sequence[float], weight: float) -> list[float]:
    """TensorBoard's smoothing slider: an exponential moving average with its start-up bias
    removed (TensorBoard pull request #639, the same correction as Adam's): after n finite
    points the running average is divided by 1 - weight**n, so the first points are not pulled
    towards zero. `weight` is in [0, 1): 0 leaves the values as they are, 0.99 is very smooth.
    NaN and infinite values are passed through and do not enter the average."""
    if not 0 <= weight < 1:
        raise ValueError("smoothing weight must be in [0, 1)")
    out: list[float] = []
    last, count = 0.0, 0
    for value in values:
        if not is_finite(value):
            out.append(value)
            continue
        last = last * weight + (1 - weight) * value
        count += 1
        out.append(last / (1 - weight ** count))
    return out


def downsample_minmax(xs: Sequence[float], ys: Sequence[float], max_points: int):
    """At most `max_points` points (about) of the curve (xs, ys) that keep its envelope: the
    points are cut into `max_points // 2` runs of consecutive points and each run keeps its
    lowest and its highest finite value, in their order, so spikes and dips survive (random
    sampling, as W&B's issue #5694 shows, loses them). The first and last points are always
    kept. A run with no finite value keeps one point (a gap stays a gap). Returns two lists."""
    n = len(ys)
    if n <= max_points or max_points < 4:
        return list(xs), list(ys)
    buckets = max(1, (max_points - 2) // 2)
    keep = {0, n - 1}
    for b in range(buckets):
        lo, hi = 1 + b * (n - 2) // buckets, 1 + (b + 1) * (n - 2) // buckets
        finite = [i for i in range(lo, hi) if is_finite(ys[i])]
        if finite:
            keep.add(min(finite, key=lambda i: ys[i]))
            keep.add(max(finite, key=lambda i: ys[i]))
        elif hi > lo:
            keep.add(lo)
    order = sorted(keep)
    return [xs[i] for i in order], [ys[i] for i in order]


def last_steps(steps: Sequence[float], n: int) -> int:
    """The index from which a series holds its last `n` steps (points whose step is above the
    last step minus n). 0 when every point is within them."""
    finite = [s for s in steps if is_finite(s)]
    if not finite or n <= 0:
        return 0
    cut = max(finite) - n
    for i, step in enumerate(steps):
        if is_finite(step) and step > cut:
            return i
    return len(steps)


def align_by_step(steps: Sequence[float], values: Sequence[float],
                  x_steps: Sequence[float], x_values: Sequence[float]):
    """Another metric as the x axis: each point of (steps, values) gets the x metric's value at
    the same step (its last one when it was logged twice). Points at a step the x metric never
    reached are dropped. Returns (xs, ys)."""
    x_at = {}
    for step, value in zip(x_steps, x_values):
        x_at[step] = value
    xs, ys = [], []
    for step, value in zip(steps, values):
        if step in x_at:
            xs.append(x_at[step])
            ys.append(value)
    return xs, ys


def mean_band(curves: Sequence[tuple[Sequence[float], Sequence[float]]]):
    """Seeds of one configuration as one curve: at each x where some curve has a finite value,
    the mean and the mean ± one standard deviation (sample, n-1) of those values; with a single
    value the band is that value. Returns (xs, means, lows, highs, counts) sorted by x."""
    at: dict[float, list[float]] = {}
    for xs, ys in curves:
        for x, y in zip(xs, ys):
            if is_finite(x) and is_finite(y):
                at.setdefault(x, []).append(y)
    out: tuple[list[float], ...] = ([], [], [], [], [])
    for x in sorted(at):
        vals = at[x]
        mean = sum(vals) / len(vals)
        std = math.sqrt(sum((v - mean) ** 2 for v in vals) / (len(vals) - 1)) if len(vals) > 1 else 0.0
        for column, value in zip(out, (x, mean, mean - std, mean + std, len(vals))):
            column.append(value)
    return out


def positive_only(xs: Sequence[float], ys: Sequence[float]):
    """For a log scale: the points with a value above zero, and how many were left out."""
    kept = [(x, y) for x, y in zip(xs, ys) if is_finite(y) and y > 0]
    return [x for x, _ in kept], [y for _, y in kept], len(ys) - len(kept)


def resample_linear(xs: Sequence[float], ys: Sequence[float], grid: Sequence[float]) -> list[float]:
    """The curve's value at each x of `grid`, interpolated linearly between its finite points
    (sorted by x); before its first point the first value and after its last the last value
    are held. [] when the curve has no finite point."""
    pairs = sorted((x, y) for x, y in zip(xs, ys) if is_finite(x) and is_finite(y))
    if not pairs:
        return []
    out, j = [], 0
    for g in grid:
        while j < len(pairs) - 1 and pairs[j + 1][0] <= g:
            j += 1
        x0, y0 = pairs[j]
        if g <= x0 or j == len(pairs) - 1:  # before the first point, at a point, after the last
            out.append(y0)
            continue
        x1, y1 = pairs[j + 1]
        out.append(y0 + (y1 - y0) * (g - x0) / (x1 - x0))
    return out
