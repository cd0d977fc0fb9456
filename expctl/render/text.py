"""Plain-text formatting of values: durations, times, numbers, sparklines. No imports beyond stdlib."""

from __future__ import annotations

import math
import time

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Sequence

SPARK = "▁▂▃▄▅▆▇█"


def format_duration(seconds: float | None) -> str:
    """3m12s style: `0.4s`, `12s`, `3m12s`, `2h05m`, `3d4h`; '' when unknown."""
    if seconds is None:
        return ""
    if seconds < 10:
        return f"{seconds:.1f}s"
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours}h{minutes:02d}m"
    days, hours = divmod(hours, 24)
    return f"{days}d{hours}h"


def format_time(epoch: float | None, now: float | None = None) -> str:
    """Local time: `14:03:12` today, `11-27 14:03` this year, else `2025-11-27`."""
    if epoch is None:
        return ""
    now = time.time() if now is None else now
    try:
        local, today = time.localtime(epoch), time.localtime(now)
    except (OverflowError, ValueError, OSError):  # NaN, or beyond the platform's dates
        return str(epoch)
    if local[:3] == today[:3]:
        return time.strftime("%H:%M:%S", local)
    if local.tm_year == today.tm_year:
        return time.strftime("%m-%d %H:%M", local)
    return time.strftime("%Y-%m-%d", local)


def iso_time(epoch: float | None) -> str | None:
    """ISO 8601 in UTC with milliseconds, for machine output."""
    if epoch is None:
        return None
    try:
        whole = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch))
    except (OverflowError, ValueError, OSError):  # NaN, or beyond the platform's dates
        return None
    return f"{whole}.{int((epoch % 1) * 1000):03d}Z"


def format_number(value) -> str:
    """Metric and param values: ints as ints, floats with 4 significant digits, nan/inf spelled."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        if value == int(value) and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.4g}"
    return str(value)


def sparkline(values: Sequence[float], width: int = 24) -> str:
    """A one-line curve of `values`, resampled to at most `width` cells; NaNs left blank."""
    finite = [v for v in values if not math.isnan(v) and not math.isinf(v)]
    if not finite:
        return ""
    cells = _resample(values, width)
    lo, hi = min(finite), max(finite)
    span = hi - lo
    out = []
    for v in cells:
        if math.isnan(v) or math.isinf(v):
            out.append(" ")
        elif span == 0:
            out.append(SPARK[len(SPARK) // 2])
        else:
            out.append(SPARK[min(len(SPARK) - 1, int((v - lo) / span * len(SPARK)))])
    return "".join(out)


def _resample(values: Sequence[float], width: int) -> list[float]:
    """Mean of each of `width` equal slices (keeps the shape of long series)."""
    n = len(values)
    if n <= width:
        return list(values)
    out = []
    for i in range(width):
        part = [v for v in values[i * n // width:(i + 1) * n // width] if not math.isnan(v)]
        out.append(sum(part) / len(part) if part else math.nan)
    return out
