"""A Figure drawn as text: line charts in the terminal, through plotext (imported here only).

plotext (MIT, pure Python, no dependencies) draws the axes, ticks and lines; expctl gives it the
curves and prints its own legend under each chart, where it never hides a curve. Each curve
gets a marker of its own (o x + * ...) so that runs stay apart without colour; on a terminal
with colour, curves are drawn in Braille dots (4x the resolution) in distinct colours.
"""

from __future__ import annotations

from . import curves as cv
from .figure import Figure, Panel

MARKERS = ("o", "x", "+", "*", "#", "@", "%", "=", "^", "~")
COLORS = ("blue+", "red+", "green+", "orange+", "magenta+", "cyan+", "yellow+", "blue",
          "red", "green")
BAND_MARKER = "."
MIN_HEIGHT = 8


def render_figure(figure: Figure, width: int, height: int | None, lines: int, color: bool) -> str:
    """Every panel one under the other (the figure's notes are for the caller to show). `height` is per panel; None shares the terminal's
    `lines` between the panels (at least MIN_HEIGHT rows each, scrolling past the screen)."""
    out = []
    for panel in figure.panels:
        rows = height or max(MIN_HEIGHT, (lines - 1) // len(figure.panels) - len(panel.curves) - 1)
        out.append(render_panel(panel, figure, width, rows, color))
    return "\n".join(out)  # each panel ends with a newline: a blank line between panels


def render_panel(panel: Panel, figure: Figure, width: int, height: int, color: bool) -> str:
    """One chart `width` columns wide and `height` rows high, then one legend line per curve."""
    import plotext as plt

    plt.clear_figure()
    plt.plot_size(width, height)
    plt.theme("pro" if color else "clear")
    drawn = 0
    for i, curve in enumerate(panel.curves):
        drawn += _draw_curve(plt, curve, i, width, color)
    if not drawn:
        return f"{_title(panel, figure)}: no finite points to draw\n" + _legend(panel, color)
    plt.title(_title(panel, figure))
    plt.xlabel(figure.x_label)
    if figure.logy:
        plt.yscale("log")
    text = plt.build()
    if not color:
        text = plt.uncolorize(text)
    # plotext pads every row to the full width; trailing blanks only get in the way of a diff
    text = "\n".join(row.rstrip() for row in text.splitlines())
    return text + "\n" + _legend(panel, color)


def _draw_curve(plt, curve, index: int, width: int, color: bool) -> int:
    xs, ys = _finite(curve.xs, curve.ys)
    if not xs:
        return 0
    xs, ys = cv.downsample_minmax(xs, ys, max(8, 4 * width))
    style = {"color": COLORS[index % len(COLORS)]} if color else {}
    if curve.lows is not None:
        for band in (curve.lows, curve.highs):
            bx, by = _finite(curve.xs, band)
            plt.plot(bx, by, marker=BAND_MARKER, **style)
    plt.plot(xs, ys, marker="braille" if color else MARKERS[index % len(MARKERS)], **style)
    return 1


def _finite(xs, ys):
    pairs = [(x, y) for x, y in zip(xs, ys) if cv.is_finite(x) and cv.is_finite(y)]
    return [x for x, _ in pairs], [y for _, y in pairs]


def _title(panel: Panel, figure: Figure) -> str:
    title = ", ".join(panel.metrics)
    if figure.smooth:
        title += f" (smoothed {figure.smooth:g})"
    if figure.logy:
        title += " (log scale)"
    return title


def _legend(panel: Panel, color: bool) -> str:
    """`  o  12 lenet-1 lr=0.1`: the marker (in its colour on a terminal), then the label."""
    import plotext as plt

    rows = []
    for i, curve in enumerate(panel.curves):
        mark = MARKERS[i % len(MARKERS)]
        if color:
            mark = plt.colorize("━━", COLORS[i % len(COLORS)])
        band = f"  (band {BAND_MARKER}: ± std)" if curve.lows is not None else ""
        rows.append(f"  {mark}  {curve.label}{band}")
    return "\n".join(rows) + "\n"
