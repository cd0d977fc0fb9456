"""Curves: plot (terminal or image file), report (HTML or Markdown), watch (live view)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..errors import RunNotFound, UsageError
from ._common import (DbOption, RunsArg, WhereOption, keep_for_analysis, open_for_read, project_settings,
                      select_runs, user_errors)

MetricOption = Annotated[list[str] | None, typer.Option(
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
    app.command("watch", help="A live view of running and recently ended runs: their latest "
                              "metrics and curves, redrawn every second.")(user_errors(watch))


def plot(
    runs: RunsArg = None,
    where: WhereOption = None,
    metric: MetricOption = None,
    x: XOption = "step",
    smooth: SmoothOption = 0.0,
    logy: Annotated[bool, typer.Option("--logy", help="Logarithmic y axis.")] = False,
    last: Annotated[int | None, typer.Option("--last", show_default=False, help="Only the last N steps.")] = None,
    group_by_seed: SeedOption = False,
    width: Annotated[int | None, typer.Option("--width", show_default=False, help="Columns (default: the terminal's).")] = None,
    height: Annotated[int | None, typer.Option("--height", show_default=False, help="Rows per panel (default: the terminal's, shared).")] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", show_default=False, help="Write an image instead: FILE.svg or FILE.png (needs expctl[plot]).")] = None,
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

    from ..plot.terminal import render_figure
    from ..terminal import wants_colour

    size = shutil.get_terminal_size((80, 24))
    color = wants_colour(sys.stdout)
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
    output: Annotated[str | None, typer.Option("--output", "-o", show_default=False, help="The file to write (default for markdown: standard output).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="html or markdown (default: from the file's name, else html).")] = "",
    metric: MetricOption = None,
    x: XOption = "step",
    smooth: SmoothOption = 0.0,
    logy: Annotated[bool, typer.Option("--logy", help="Logarithmic y axis.")] = False,
    group_by_seed: SeedOption = False,
    ttest: Annotated[str | None, typer.Option("--ttest", metavar="METRIC", show_default=False, help="Add the t-test of METRIC between the groups of --by.")] = None,
    by: Annotated[str | None, typer.Option("--by", show_default=False, help="With --ttest: a group per value of this param (params.NAME).")] = None,
    status: Annotated[list[str] | None, typer.Option("--status", show_default=False, help="With --ttest: test runs with this status (repeatable; 'any' for all). Default: finished only; runs left out are counted on stderr.")] = None,
    title: Annotated[str | None, typer.Option("--title", show_default=False, help="The page's title.")] = None,
    limit: LimitOption = 20,
    db: DbOption = None,
) -> None:
    from ..plot.figure import build_figure, parse_metric_groups
    from ..report.data import build_report

    fmt = _report_format(fmt, output)
    if bool(ttest) != bool(by):
        raise UsageError("--ttest and --by go together", hint="e.g. --ttest val_acc --by params.lr")
    if status and not ttest:
        raise UsageError("--status chooses the runs of --ttest", hint="add --ttest METRIC --by params.NAME")
    _check_plot_options(smooth, None, None, None, None)
    store = open_for_read(db)
    chosen = choose_runs(store, runs, where, limit)
    settings = project_settings()
    figure = build_figure(store, chosen, parse_metric_groups(metric), x=x, smooth=smooth,
                          logy=logy, seed_groups=group_by_seed,
                          seed_params=settings.get("seed_params") or None)
    # the page shows every run chosen; its t-test, like `ttest`, those the analysis rule keeps
    tested = (ttest, by, keep_for_analysis(chosen, status)) if ttest and by else None
    data = build_report(store, chosen, figure, title=title, settings=settings, ttest=tested)
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


def follow_logs(store, run_id: int, streams, tail) -> None:
    """`logs -f`: expctl.follow prints; Ctrl-C ends it quietly (exit 0), as the run goes on."""
    from ..follow import follow_log
    from ._common import reap_crashed

    out = sys.stdout.buffer

    def write(data: bytes) -> None:
        out.write(data)
        out.flush()

    def still_running() -> bool:
        reap_crashed(store)  # a recorder that died leaves the run `running`: then it is crashed
        return store.get_run(run_id).status == "running"

    try:
        follow_log(store, run_id, streams, write, still_running, tail)
    except KeyboardInterrupt:
        raise typer.Exit(0) from None


def watch(
    where: WhereOption = None,
    metric: Annotated[list[str] | None, typer.Option("--metric", "-m", show_default=False, help="Metric columns (repeatable; default: the first 3 that plot would draw).")] = None,
    interval: Annotated[float, typer.Option("--interval", help="Seconds between redraws.")] = 1.0,
    recent: Annotated[float, typer.Option("--recent", help="Keep runs that ended up to this many minutes ago.")] = 10.0,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many runs.")] = 20,
    once: Annotated[bool, typer.Option("--once", help="Print one frame and exit.")] = False,
    db: DbOption = None,
) -> None:
    from ..render.output import stdout_is_terminal
    from ..render.watch import frame_text, watch_live, watch_plain
    from ..plot.watch import build_frame
    from ._common import reap_crashed

    if interval < 0.1 or limit < 1 or recent < 0:
        raise UsageError("--interval must be at least 0.1, --limit at least 1, --recent not negative")
    store = open_for_read(db)
    names = [n for option in metric or [] for n in option.split(",") if n.strip()]

    def frame():
        reap_crashed(store)
        return build_frame(store, where, names, limit=limit, recent_s=recent * 60)

    live = stdout_is_terminal() and not once
    try:
        if not live:
            sys.stdout.write(frame_text(frame()))
            sys.stdout.flush()
            if once:
                return
            watch_plain(frame, interval)
        else:
            watch_live(frame, interval)
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
