"""Run counts over time (`expctl count`): runs per local day, week or month.

Plain data in, plain data out, as in expctl.analyse.samples.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from ..errors import UsageError
from ..models import Record

INTERVALS = ("day", "week", "month")
MAX_BUCKETS = 1000


class CountReport(Record):
    """Runs per interval: `buckets` are (start, end, count) with times in seconds since the epoch,
    each interval [start, end) in local time; `total` runs in [since, until]."""

    by: str
    since: float | None
    until: float | None
    buckets: list[tuple[float, float, int]]
    total: int


def count_runs(
    times: Iterable[float], by: str = "day", since: float | None = None,
    until: float | None = None, now: float | None = None,
) -> CountReport:
    """N = sum over runs of 1(since <= t <= until), per local day, week (Monday first) or month.

    The intervals run from the one holding `since` (default: the first run) to the one holding
    `until` (default: now), empty ones included. More than 1,000 intervals is a usage error."""
    from .samples import check_choice

    check_choice(by, INTERVALS, "--by")
    now = time.time() if now is None else now
    until = now if until is None else until
    chosen = sorted(t for t in times if (since is None or t >= since) and t <= until)
    if since is not None and since > until:
        raise UsageError("--since is after --until", hint="swap them")
    first = since if since is not None else (chosen[0] if chosen else until)
    starts = _interval_starts(first, until, by)
    buckets = []
    position = 0
    for start, end in zip(starts, starts[1:]):
        count = 0
        while position < len(chosen) and chosen[position] < end:
            count += chosen[position] >= start
            position += 1
        buckets.append((start, end, count))
    return CountReport(by, first, until, buckets, len(chosen))


def _interval_starts(first: float, last: float, by: str) -> list[float]:
    """Starts of the local-time intervals covering [first, last], plus the end of the last one."""
    from datetime import datetime

    start = _interval_start(datetime.fromtimestamp(first), by)
    starts = [start]
    while starts[-1].timestamp() <= last:
        starts.append(_next_interval(starts[-1], by))
        if len(starts) > MAX_BUCKETS + 1:
            raise UsageError(f"more than {MAX_BUCKETS:,} {by}s between --since and --until",
                             hint="count by a longer interval (--by week or --by month), or narrow --since")
    return [s.timestamp() for s in starts]


def _interval_start(moment, by: str):
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if by == "week":
        from datetime import timedelta

        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def _next_interval(start, by: str):
    from datetime import timedelta

    if by == "month":
        return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)
    # Add calendar days to the local date (not 86,400 s), so a DST change keeps midnights.
    step = 7 if by == "week" else 1
    return (start + timedelta(days=step)).replace(hour=0, minute=0, second=0, microsecond=0)
