"""`expctl watch`: which runs to show and what to show of them, frame by frame. No I/O but the
store; render/watch.py draws a frame."""

from __future__ import annotations

import time
from typing import Sequence

from ..models import RUNNING, record

RECENT_S = 600.0   # finished runs stay in view this long
SCAN = 200         # the newest runs looked at for each frame
MAX_METRICS = 3    # metric columns when none are named (each a value and a sparkline)


class Frame(record("Frame", "at runs metrics series params")):
    """One redraw: `runs` (models.Run, running first, then newest), the `metrics` shown,
    `series` run id -> {metric -> list of values}, `params` the names that differ."""

    __slots__ = ()


def watched_runs(runs: Sequence, now: float, recent_s: float = RECENT_S) -> list:
    """Running runs, then those that ended less than `recent_s` ago, newest first in each."""
    running = [run for run in runs if run.status == RUNNING]
    recent = [run for run in runs if run.status != RUNNING and run.ended_at is not None
              and now - run.ended_at <= recent_s]
    key = lambda run: -run.started_at  # noqa: E731
    return sorted(running, key=key) + sorted(recent, key=key)


def build_frame(store, where: str | None, metrics: Sequence[str], *, limit: int,
                recent_s: float = RECENT_S, now: float | None = None) -> Frame:
    """The runs to show now (at most `limit`) and their curves of the `metrics` (default: the
    first MAX_METRICS that plot would draw for them)."""
    from ..analyse.compare import differing_params
    from ..query.lookup import find_run_ids
    from .figure import default_metrics

    now = time.time() if now is None else now
    runs = watched_runs(store.get_runs(find_run_ids(store, where, None, SCAN)), now, recent_s)[:limit]
    names = list(metrics) or [group[0] for group in default_metrics(runs, min_points=1)][:MAX_METRICS]
    series = {}
    for run in runs:
        wanted = [name for name in names if name in run.metrics]
        data = store.read_metrics(run.id, wanted) if wanted else {}
        series[run.id] = {name: list(s.values) for name, s in data.items()}
    return Frame(now, runs, names, series, differing_params(runs))
