"""A frame of `expctl watch`: a Rich table redrawn in place on a terminal, plain text elsewhere."""

from __future__ import annotations

import sys

from .text import format_duration, format_number, format_time, sparkline

CURVE_WIDTH = 16


def frame_rows(frame):
    """Headers and display rows: id, name, status, duration (so far, for a running run), the
    params that differ, then each metric's last value and sparkline."""
    headers = ["id", "name", "status", "started", "duration", *frame.params, *frame.metrics]
    rows = []
    for run in frame.runs:
        end = run.ended_at if run.ended_at is not None else frame.at
        row = [str(run.id), run.name or "", run.status, format_time(run.started_at, frame.at),
               format_duration(max(0.0, end - run.started_at))]
        row += [format_number(run.params[p].value) if p in run.params else "" for p in frame.params]
        for name in frame.metrics:
            values = frame.series.get(run.id, {}).get(name)
            row.append(f"{format_number(values[-1])} {sparkline(values[-200:], CURVE_WIDTH)}"
                       if values else "")
        rows.append(row)
    return headers, rows


def frame_title(frame) -> str:
    running = sum(run.status == "running" for run in frame.runs)
    return (f"expctl watch  {format_time(frame.at, frame.at)}  {running} running, "
            f"{len(frame.runs) - running} recently ended  (Ctrl-C to stop)")


def frame_text(frame) -> str:
    """The frame as plain text (a pipe, or NO_COLOR)."""
    from tabulate import tabulate

    headers, rows = frame_rows(frame)
    if not rows:
        return frame_title(frame) + "\nno run is running or ended in the last minutes\n"
    return frame_title(frame) + "\n" + tabulate(rows, headers=headers, tablefmt="simple",
                                                disable_numparse=True) + "\n"


def frame_table(frame):
    """The frame as a Rich renderable, statuses coloured."""
    from rich.table import Table
    from rich.text import Text

    from .style import status_style

    headers, rows = frame_rows(frame)
    table = Table(title=frame_title(frame), title_justify="left", box=None, header_style="bold",
                  pad_edge=False, show_edge=False)
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*[Text(cell, style=status_style(cell) if i == 2 else "")
                        for i, cell in enumerate(row)])
    if not rows:
        table.caption = "no run is running or ended in the last minutes"
    return table


def watch_plain(frame, interval: float) -> None:
    """`frame()` builds a frame. Not a terminal: a new frame, after a blank line, every interval."""
    import time

    while True:
        time.sleep(interval)
        sys.stdout.write("\n" + frame_text(frame()))
        sys.stdout.flush()


def watch_live(frame, interval: float) -> None:
    """A terminal: the table redrawn in place (Rich Live); the cursor comes back on exit."""
    import time

    from rich.live import Live

    from .output import console

    with Live(frame_table(frame()), console=console(), auto_refresh=False, transient=False) as view:
        while True:
            time.sleep(interval)
            view.update(frame_table(frame()), refresh=True)
