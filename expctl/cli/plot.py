"""Curves: plot (terminal or image file), report (HTML or Markdown), watch (live view)."""

from __future__ import annotations

import os
import sys
from typing import Annotated, List, Optional

import typer

from ..errors import RunNotFound, UsageError
from ._common import (DbOption, RunsArg, WhereOption, open_for_read, project_settings, select_runs,
                      user_errors)

MetricOption = Annotated[Optional[List[str]], typer.Option(
    "--metric", "-m", show_default=False,
    help="Metric to draw, one panel each (repeatable); a,b draws both in one panel "
         "(default: every metric but sys/* and counters such as epoch).")]
LimitOption = Annotated[int, typer.Option(
    "--limit", "-n", help="Without RUN or --where: the newest this many runs.")]
XOption = Annotated[str, typer.Option(
    "--x", help="The x axis: step, time (seconds since each run started) or a metric's name.")]
SmoothOption = Annotated[float, typer.Option(
    "--smooth", help="Exponential moving average as TensorBoard's slider: 0 (none) to 0.999.")]
SeedOption = Annotated[bool, typer.Option(
    "--group-by-seed", help="Runs that differ only by a seed-like param: one curve, mean ± std.")]


def register(app: typer.Typer) -> None:
    app.command("plot", help="Draw metric curves in the terminal (or to an SVG/PNG file).")(
        user_errors(plot))
    app.command("report", help="Write a report: one self-contained HTML page (offline, "
                               "interactive curves) or Markdown with a chart.")(user_errors(report))


def plot(
    runs: RunsArg = None,
    where: WhereOption = None,
    metric: MetricOption = None,
    x: XOption = "step",
    smooth: SmoothOption = 0.0,
    logy: Annotated[bool, typer.Option("--logy", help="Logarithmic y axis.")] = False,
    last: Annotated[Optional[int], typer.Option("--last", show_default=False, help="Only the last N steps.")] = None,
    group_by_seed: SeedOption = False,
    width: Annotated[Optional[int], typer.Option("--width", show_default=False, help="Columns (default: the terminal's).")] = None,
    height: Annotated[Optional[int], typer.Option("--height", show_default=False, help="Rows per panel (default: the terminal's, shared).")] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", show_default=False, help="Write an image instead: FILE.svg or FILE.png (needs expctl[plot]).")] = None,
    limit: LimitOption = 10,
    db: DbOption = None,
) -> None:
    from ..plot.figure import build_figure, parse_metric_groups

    _check_plot_options(smooth, last, width, height, output)
    store = open_for_read(db)
    chosen = choose_runs(store, runs, where, limit)
    figure = build_figure(store, chosen, parse_metric_groups(metric), x=x, smooth=smooth,
                          logy=logy, last=last, seed_groups=group_by_seed,
                          seed_params=project_settings().get("seed_params") or None)
    if output:
        from ..plot.image import write_image

        write_image(figure, output)
        sys.stderr.write(f"wrote {output}\n")
        _notes(figure)
        return
    import shutil

    from ..render.output import stdout_is_terminal
    from ..plot.terminal import render_figure

    size = shutil.get_terminal_size((80, 24))
    color = stdout_is_terminal() and "NO_COLOR" not in os.environ
    sys.stdout.write(render_figure(figure, width or size.columns, height, size.lines, color))
    _notes(figure)


def _notes(figure) -> None:
    for note in figure.notes:
        sys.stderr.write(f"expctl: {note}\n")


def _check_plot_options(smooth, last, width, height, output) -> None:
    if not 0 <= smooth < 1:
        raise UsageError(f"--smooth {smooth:g} is out of range", hint="use 0 (none) up to 0.999")
    if last is not None and last < 1:
        raise UsageError("--last must be at least 1")
    if width is not None and width < 20:
        raise UsageError("--width must be at least 20 columns")
    if height is not None and height < 5:
        raise UsageError("--height must be at least 5 rows")
    if output and not output.lower().endswith((".svg", ".png")):
        raise UsageError(f"cannot tell the image format of '{output}'",
                         hint="name a .svg or .png file")


def choose_runs(store, runs, where, limit: int):
    """The runs named, or matching --where, or else the newest `limit`; never none."""
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    chosen = select_runs(store, runs, where, None, None if runs or where else limit)
    if not chosen:
        raise RunNotFound("no runs match" if runs or where else "no runs recorded yet",
                          hint="check the runs with expctl list" if runs or where
                          else "record one with  expctl run -- <command>")
    return chosen


def report(
    runs: RunsArg = None,
    where: WhereOption = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", show_default=False, help="The file to write (default for markdown: standard output).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="html or markdown (default: from the file's name, else html).")] = "",
    metric: MetricOption = None,
    x: XOption = "step",
    smooth: SmoothOption = 0.0,
    logy: Annotated[bool, typer.Option("--logy", help="Logarithmic y axis.")] = False,
    group_by_seed: SeedOption = False,
    ttest: Annotated[Optional[str], typer.Option("--ttest", metavar="METRIC", show_default=False, help="Add the t-test of METRIC between the groups of --by.")] = None,
    by: Annotated[Optional[str], typer.Option("--by", show_default=False, help="With --ttest: a group per value of this param (params.NAME).")] = None,
    title: Annotated[Optional[str], typer.Option("--title", show_default=False, help="The page's title.")] = None,
    limit: LimitOption = 20,
    db: DbOption = None,
) -> None:
    from ..plot.figure import build_figure, parse_metric_groups
    from ..report.data import build_report

    fmt = _report_format(fmt, output)
    if bool(ttest) != bool(by):
        raise UsageError("--ttest and --by go together", hint="e.g. --ttest val_acc --by params.lr")
    _check_plot_options(smooth, None, None, None, None)
    store = open_for_read(db)
    chosen = choose_runs(store, runs, where, limit)
    settings = project_settings()
    figure = build_figure(store, chosen, parse_metric_groups(metric), x=x, smooth=smooth,
                          logy=logy, seed_groups=group_by_seed,
                          seed_params=settings.get("seed_params") or None)
    data = build_report(store, chosen, figure, title=title, settings=settings,
                        ttest=(ttest, by) if ttest else None)
    if fmt == "html":
        from ..report.html import render_html

        text = render_html(data)
    else:
        from ..report.markdown import render_markdown

        text = render_markdown(data)
    _write_text(text, output)


def _report_format(fmt: str, output: str | None) -> str:
    fmt = fmt.lower() or ("markdown" if output and output.lower().endswith(".md") else "html")
    if fmt not in ("html", "markdown"):
        raise UsageError(f"unknown format '{fmt}'", hint="use html or markdown")
    if fmt == "html" and not output:
        raise UsageError("an HTML report needs a file: -o report.html",
                         hint="or -f markdown to print Markdown")
    return fmt


def _write_text(text: str, output: str | None) -> None:
    if not output or output == "-":
        sys.stdout.write(text)
        return
    try:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        raise UsageError(f"cannot write {output}: {exc.strerror}") from None
    sys.stderr.write(f"wrote {output} ({len(text.encode()):,} bytes)\n")
