"""A Figure as an image file (SVG or PNG) for papers and CI artifacts, through matplotlib.

matplotlib is heavy (numpy, pillow, fonts: about half a second to import), so it is the
optional extra `expctl[plot]` and imported here only. Curves differ by line style and marker
as well as colour, so a figure printed in black and white still tells the runs apart. SVG text
stays text (editable, searchable); files carry no creation date, so the same data gives the
same file.
"""

from __future__ import annotations

from ..errors import ExpctlError
from . import curves as cv
from .figure import Figure

LINESTYLES = ("-", "--", "-.", ":")
MARKERS = ("o", "s", "^", "D", "v", "x", "+", "*")


def write_image(figure: Figure, path: str) -> None:
    """Write the panels one under the other to `path` (.svg or .png)."""
    plt = _pyplot()
    panels = figure.panels
    fig, axes = plt.subplots(len(panels), 1, figsize=(8, 3.4 * len(panels)), squeeze=False)
    try:
        for ax, panel in zip(axes[:, 0], panels):
            _draw_panel(ax, panel, figure)
        fig.tight_layout()
        fmt = "svg" if path.lower().endswith(".svg") else "png"
        fig.savefig(path, format=fmt, dpi=150, metadata={"Date": None} if fmt == "svg" else
                    {"Software": "expctl"})
    except OSError as exc:
        raise ExpctlError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        plt.close(fig)


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise ExpctlError("writing an image needs matplotlib",
                          hint="pip install 'expctl[plot]' (or draw in the terminal without -o)") from None
    matplotlib.use("Agg")  # no display needed
    matplotlib.rcParams["svg.fonttype"] = "none"
    matplotlib.rcParams["svg.hashsalt"] = "expctl"
    import matplotlib.pyplot as plt

    return plt


def _draw_panel(ax, panel, figure: Figure) -> None:
    for i, curve in enumerate(panel.curves):
        pairs = [(x, y) for x, y in zip(curve.xs, curve.ys) if cv.is_finite(x) and cv.is_finite(y)]
        xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
        (line,) = ax.plot(xs, ys, label=curve.label, linewidth=1.4,
                          linestyle=LINESTYLES[i % len(LINESTYLES)],
                          marker=MARKERS[i % len(MARKERS)], markevery=max(1, len(xs) // 10),
                          markersize=4)
        if curve.lows is not None:
            ax.fill_between(curve.xs, curve.lows, curve.highs, color=line.get_color(), alpha=0.2,
                            linewidth=0)
    title = ", ".join(panel.metrics)
    if figure.smooth:
        title += f" (smoothed {figure.smooth:g})"
    ax.set_title(title)
    ax.set_xlabel(figure.x_label)
    if figure.logy:
        ax.set_yscale("log")
    ax.grid(alpha=0.3)
    if panel.curves:
        ax.legend(fontsize="small", frameon=False)
