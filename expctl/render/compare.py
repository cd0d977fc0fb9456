"""`expctl compare` drawn from the data of expctl.analyse.compare.build_comparison.

Best values are bold green in a terminal, marked `*` in plain text, **bold** in Markdown; CSV
carries the values alone, in full precision; JSON names the best runs explicitly. Each metric's
last value is followed by a sparkline of its curve (not in CSV or JSON).
"""

from __future__ import annotations

from .output import (JSON_FORMAT_VERSION, console, emit_table, json_number, markdown_cell,
                     stdout_is_terminal)
from .runs import short_sha
from .text import format_duration, format_number, sparkline

CURVE_WIDTH = 12  # cells: a compact curve, so that several runs fit side by side


class Cell:
    """One value of the table: its text, whether it is the best of its row, and a curve."""

    __slots__ = ("text", "exact", "best", "curve")

    def __init__(self, text: str, exact: str | None = None, best: bool = False, curve: str = ""):
        self.text = text
        self.exact = text if exact is None else exact
        self.best = best
        self.curve = curve


def comparison_json(data: dict) -> dict:
    """The JSON document: runs in column order, each param's and metric's values in that same
    order, and per metric its direction and the ids of the best runs for each aggregate."""
    ids = [run["id"] for run in data["runs"]]
    return {
        "format_version": JSON_FORMAT_VERSION,
        "runs": [{"id": run["id"], "name": run["name"], "experiment": run["experiment"],
                  "status": run["status"], "duration_s": run["duration_s"],
                  "git": {"commit": run["commit"], "dirty": run["dirty"]}}
                 for run in data["runs"]],
        "params": {row["name"]: row["values"] for row in data["params"]},
        "metrics": {
            row["name"]: {
                "direction": row["direction"],
                **{agg: [json_number(v) for v in values] for agg, values in row["values"].items()},
                "best": {agg: [ids[i] for i in indexes] for agg, indexes in row["best"].items()},
            }
            for row in data["metrics"]
        },
    }


def comparison_grid(data: dict) -> list[tuple[str, list[Cell]]]:
    """(label, one cell per run) rows: the run's facts (name and git only when some run has
    one, experiment only when they differ), then params, then metric aggregates. Labels are
    field names as `--where` spells them (params.lr, metrics.acc.max)."""
    runs = data["runs"]
    grid = []
    if any(run["name"] for run in runs):
        grid.append(("name", [Cell(run["name"] or "") for run in runs]))
    if len({run["experiment"] for run in runs}) > 1:
        grid.append(("experiment", [Cell(run["experiment"]) for run in runs]))
    grid.append(("status", [Cell(run["status"]) for run in runs]))
    grid.append(("duration", [Cell(format_duration(run["duration_s"]), _exact(run["duration_s"]))
                              for run in runs]))
    if any(run["commit"] for run in runs):
        grid.append(("git", [Cell(short_sha(run["commit"], run["dirty"]), run["commit"] or "")
                             for run in runs]))
    for row in data["params"]:
        grid.append((f"params.{row['name']}",
                     [Cell(format_number(v), _exact(v)) for v in row["values"]]))
    for row in data["metrics"]:
        grid.extend(_metric_rows(row))
    return grid


def _metric_rows(row: dict) -> list[tuple[str, list[Cell]]]:
    out = []
    for n, (agg, values) in enumerate(row["values"].items()):
        best = set(row["best"].get(agg, ()))
        label = f"metrics.{row['name']}" + ("" if agg == "last" else f".{agg}")
        cells = []
        for i, value in enumerate(values):
            curve = row["curves"][i] if n == 0 else None
            cells.append(Cell(format_number(value), _exact(value), i in best,
                              sparkline(curve, CURVE_WIDTH) if curve else ""))
        out.append((label, cells))
    return out


def _exact(value) -> str:
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def emit_comparison(data: dict, fmt: str, transpose: bool = False) -> None:
    """Print the comparison: one column per run, or one row per run when `transpose`."""
    grid = comparison_grid(data)
    ids = [str(run["id"]) for run in data["runs"]]
    if fmt == "table" and stdout_is_terminal():
        _rich(grid, ids, transpose)
        return
    show = {"csv": _csv_text, "markdown": _markdown_text}.get(fmt, _plain_text)
    headers, rows = _layout(grid, ids, transpose, show)
    emit_table(headers, rows, fmt)


def _layout(grid, ids: list[str], transpose: bool, show):
    if not transpose:
        return ["run", *ids], [[label, *[show(c) for c in cells]] for label, cells in grid]
    headers = ["run", *[label for label, _ in grid]]
    rows = [[run_id, *[show(cells[i]) for _, cells in grid]] for i, run_id in enumerate(ids)]
    return headers, rows


def _plain_text(cell: Cell) -> str:
    text = cell.text + ("*" if cell.best else "")
    return f"{text} {cell.curve}" if cell.curve else text


def _markdown_text(cell: Cell) -> str:
    text = markdown_cell(cell.text)  # a `|` would end the cell
    text = f"**{text}**" if cell.best and text else text
    return f"{text} {cell.curve}" if cell.curve else text


def _csv_text(cell: Cell) -> str:
    return cell.exact


def _rich(grid, ids: list[str], transpose: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    from .style import BEST_STYLE, status_style

    def styled(cell: Cell, label: str = "") -> Text:
        text = Text(cell.text, style=BEST_STYLE if cell.best else
                    status_style(cell.text) if label == "status" else "")
        if cell.curve:
            text.append(" " + cell.curve, style="cyan")
        return text

    table = Table(box=None, header_style="bold", pad_edge=False, show_edge=False)
    if transpose:
        for header in ["run", *[label for label, _ in grid]]:
            table.add_column(header, overflow="fold")
        for i, run_id in enumerate(ids):
            table.add_row(run_id, *[styled(cells[i], label) for label, cells in grid])
    else:
        for header in ["run", *ids]:
            table.add_column(header, overflow="fold")
        for label, cells in grid:
            table.add_row(Text(label, style="bold"), *[styled(cell, label) for cell in cells])
    console().print(table)
