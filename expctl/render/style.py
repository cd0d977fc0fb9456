"""Colour where it helps: statuses that need a look, and the best value of each metric.

The one home of these styles (Rich style strings). They are applied only on a terminal without
NO_COLOR; plain text, CSV, Markdown and JSON never carry them, and read the same without them.
"""

from __future__ import annotations

from collections.abc import Sequence

# How much a status asks for attention (also the CSS class of the HTML report); finished: none.
STATUS_LEVELS = {"failed": "bad", "crashed": "bad", "interrupted": "warn", "running": "active"}
LEVEL_STYLES = {"bad": "bold red", "warn": "yellow", "active": "bold blue"}
STATUS_STYLES = {status: LEVEL_STYLES[level] for status, level in STATUS_LEVELS.items()}
BEST_STYLE = "bold green"


def status_style(status: str) -> str:
    """'' for finished (the normal case needs no colour)."""
    return STATUS_STYLES.get(status, "")


def list_styles(runs: Sequence, headers: Sequence[str], settings: dict | None = None):
    """A `styles(row, column, text)` function for the `list` table: the status column by
    status; in each metric column (`acc` or `metrics.acc`), the best last value among the runs
    shown (the project's `settings`, then the name decide: analyse.direction.metric_direction;
    nothing for counters, ties of all, or one run)."""
    from ..analyse.compare import best_indexes
    from ..analyse.direction import metric_direction

    best: set[tuple[int, int]] = set()
    for col, header in enumerate(headers):
        name = header[len("metrics."):] if header.startswith("metrics.") else header
        if not any(name in run.metrics for run in runs):
            continue
        values = [run.metrics[name].last if name in run.metrics else None for run in runs]
        best.update((row, col) for row in best_indexes(values, metric_direction(name, settings=settings)))
    status_col = list(headers).index("status") if "status" in headers else -1

    def styles(row: int, col: int, text: str) -> str:
        if col == status_col:
            return status_style(text)
        return BEST_STYLE if (row, col) in best else ""

    return styles
