"""Charts that GitHub draws from Markdown: Mermaid's `xychart-beta` line chart. Stdlib only
(the job summary of `expctl run` uses it).

An xychart has one x axis for all its lines and no legend: each curve is sampled at the same
POINTS x positions (linear interpolation; a curve is held at its first or last value outside
its own range), the palette is fixed by an init directive, and a legend under the chart names
each line with a square of its colour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..plot import curves as cv

POINTS = 40
# (legend square, line colour): the squares are the emoji closest to each colour
PALETTE = (("🟦", "#1f77b4"), ("🟥", "#d62728"), ("🟩", "#2ca02c"), ("🟧", "#ff7f0e"),
           ("🟪", "#9467bd"), ("🟫", "#8c564b"), ("🟨", "#bcbd22"), ("⬛", "#333333"))
MAX_CHARTS = 4  # in a run's job summary


def xychart(title: str, x_label: str, curves: Sequence, points: int = POINTS) -> str:
    """A ```mermaid block and its legend for `curves` (objects with label, xs, ys); at most
    len(PALETTE) curves are drawn, the others are named as left out. '' when none has a point."""
    drawable = [c for c in curves if any(cv.is_finite(y) for y in c.ys)]
    shown, left = drawable[:len(PALETTE)], drawable[len(PALETTE):]
    xs = [x for c in shown for x, y in zip(c.xs, c.ys) if cv.is_finite(x) and cv.is_finite(y)]
    if not xs:
        return ""
    lo, hi = min(xs), max(xs)
    grid = _grid(sorted(set(xs)), points)
    palette = ", ".join(colour for _, colour in PALETTE[:len(shown)])
    lines = ["```mermaid",
             '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "' + palette + '"}}}}%%',
             "xychart-beta", f'    title "{_quoted(title)}"',
             f'    x-axis "{_quoted(x_label)}" {_num(lo)} --> {_num(hi if hi > lo else lo + 1)}']
    for curve in shown:
        values = cv.resample_linear(curve.xs, curve.ys, grid)
        lines.append("    line [" + ", ".join(_num(v) for v in values) + "]")
    lines.append("```")
    legend = [f"{PALETTE[i][0]} {_legend_text(c.label)}" for i, c in enumerate(shown)]
    if left:
        legend.append(f"({len(left)} more curve(s) not drawn: a chart holds {len(PALETTE)})")
    return "\n".join(lines) + "\n\n" + "<br>\n".join(legend) + "\n"


def _grid(xs: list[float], points: int) -> list[float]:
    """The x positions of every line: the curves' own x values when they are few and evenly
    spaced (steps 1..12: no interpolated point in between), else `points` even positions."""
    lo, hi = xs[0], xs[-1]
    if len(xs) <= points:
        gaps = [b - a for a, b in zip(xs, xs[1:])]
        if not gaps or max(gaps) - min(gaps) <= 1e-9 * max(1.0, abs(hi)):
            return xs
    return [lo + (hi - lo) * i / (points - 1) for i in range(points)]


def chart_metrics(run, limit: int = MAX_CHARTS) -> list[str]:
    """The metrics worth a chart in a run's summary: those plot draws by default, at most
    `limit` of them."""
    from ..plot.figure import default_metrics

    return [group[0] for group in default_metrics([run])][:limit]


def run_charts(run, series: dict) -> str:
    """A chart per metric of `series` (name -> store Series) for one run's summary."""
    from ..plot.figure import Curve

    out = []
    for name in sorted(series):
        data = series[name]
        chart = xychart(name, "step", [Curve(name, (run.id,), list(data.steps), list(data.values))])
        if chart:
            out.append(chart)
    return "\n".join(out)


def _num(value: float) -> str:
    """A number Mermaid reads: never in exponent notation."""
    if not math.isfinite(value):
        return "0"
    text = f"{value:.4g}"
    if "e" in text:
        text = f"{value:.12f}".rstrip("0").rstrip(".")
    return text


def _quoted(text: str) -> str:
    return str(text).replace('"', "'").replace("\n", " ")


def _legend_text(text: str) -> str:
    return str(text).replace("|", "\\|").replace("<", "&lt;").replace("\n", " ")
