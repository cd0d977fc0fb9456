"""A point in time written by a person: the one parser, for `count --since/--until` and for
the times in `--where` (`started > '2026-11-01'`).

Contract: `parse_time` never raises; it returns seconds since the epoch, or None when the text
is not a time (callers say what is wrong in their own words: a usage error naming the option,
or a query error pointing at the column). `parse_time_option` is the raising form for options.
"""

from __future__ import annotations

import re
import time

_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)\s*([hdw])$")
_UNIT_SECONDS = {"h": 3600, "d": 86400, "w": 7 * 86400}
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FORMS = "2026-11-28, 2026-11-28T14:00, today, yesterday, or 12h / 7d / 2w ago"


def parse_time(text: str, now: float | None = None, end: bool = False) -> float | None:
    """Seconds since the epoch of `text`, or None when it is not a time.

    Accepts ISO 8601 dates and date-times (`2026-11-28`, `2026-11-28T14:00`, `2026-11-28
    14:00:05`; local time unless they carry `Z` or an offset), `today` and `yesterday` (local
    midnight), and ages `12h`, `7d`, `2w` (that long before `now`, default: the clock). A day
    alone means its first instant, or with `end` its last millisecond (so an `--until` date
    includes that whole day)."""
    from datetime import datetime, timedelta

    now = time.time() if now is None else now
    text = text.strip()
    lowered = text.lower()
    relative = _RELATIVE.match(lowered)
    if relative:
        return now - float(relative.group(1)) * _UNIT_SECONDS[relative.group(2)]
    try:
        today = datetime.fromtimestamp(now).replace(hour=0, minute=0, second=0, microsecond=0)
        named = {"today": today, "yesterday": today - timedelta(days=1)}
        if lowered[-1:] == "z":
            text = text[:-1] + "+00:00"  # Python 3.10's fromisoformat does not read Z
        moment = named.get(lowered) or datetime.fromisoformat(text)
        if end and (lowered in named or _DATE_ONLY.match(text)):
            return (moment + timedelta(days=1)).timestamp() - 0.001
        return moment.timestamp()  # a naive datetime is taken as local time
    except (ValueError, OverflowError, OSError):
        return None


def parse_time_option(text: str, option: str, now: float | None = None, end: bool = False) -> float:
    """`parse_time` for a command-line option: a usage error naming `option` when it is no time."""
    moment = parse_time(text, now, end)
    if moment is None:
        from ..errors import UsageError

        raise UsageError(f"{option} '{text}' is not a date or time", hint=f"write {FORMS}")
    return moment
