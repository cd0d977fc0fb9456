"""TIMED_CASE: a timer's statistics of one case, the case named by ``for`` on the line or in a
heading above it::

    Timed best=180.468 µs, mean=190.630 ± 10.3 µs for sum range      <- sum range/best, .../mean
    Timed sort reversed for: 50 loops, best of 3                    <- the heading names the case
        time per loop: best=429.579 µs, mean=436.342 ± 4.8 µs       <- sort reversed/best, ...

A timer measuring several cases prints the same keys for each one: ``mean`` alone would merge
every case into one series, so each value is ``<case>/<key>`` (BENCH_CASE_NAME). The values are
durations, and they are what the timer measured: they stand, their unit dropped, a spread after
them (``± 10.3 µs``) dropped as SPREAD_CELLS' is. A line is glued ``key=value`` fields parted by
commas, two or more, a word may open it (``Timed``); the case is the words after a closing
``for`` (up to five, no number alone), or a heading flush left above the set-in line (a word for
timing, the case, ``for:``). A key that counts or names a setting is no metric, as anywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from . import rules
from ..lazyre import LazyPattern
from .grammar import DECIMAL
from .set_in import heading_above

LOOK = 8  # set-in lines looked through, up to the heading

_UNIT = r"(?:[ ]?(?:%|[^\W\d_]{1,4}))?"
_SPREAD = rf"(?:[ ]?(?:±|\+-|\+/-)[ ]?{DECIMAL}{_UNIT})?"
_GLUED = rf"[^\W\d][\w-]{{0,23}}={DECIMAL}{_UNIT}{_SPREAD}"
_FIELDS = rf"{_GLUED}(?:,[ ]*{_GLUED})+"
_CASE = r"([^\W\d][\w.-]*(?: [\w.-]+){0,4})"
_CLOSED = LazyPattern(rf"(?:[^\W\d]\w* )?({_FIELDS}) for {_CASE}[ \t]*\Z")
_SET_IN = LazyPattern(rf"[ \t]+[^\W\d][\w ]{{0,30}}:[ ]+({_FIELDS})[ \t]*\Z")
_HEADING = LazyPattern(rf"(?i:timed|timing|benchmark|benchmarking|measuring) {_CASE} for:")
_FIELD = LazyPattern(rf"([^\W\d][\w-]{{0,23}})=({DECIMAL})")


def timed_case(line: str, before: Callable[[int], list[str]]) -> list[tuple[str, str]] | None:
    """TIMED_CASE: the ``(<case>/<key>, number)`` pairs of `line`, or None when it is no such
    line (`before(k)` gives the k lines above, oldest first)."""
    if "=" not in line or "," not in line:
        return None
    if line[:1] in " \t":
        fields = _SET_IN.match(line)
        case = _case_above(before(LOOK)) if fields is not None else None
    else:
        fields = _CLOSED.match(line) if " for " in line else None
        case = fields.group(2) if fields is not None else None
    if fields is None or case is None:
        return None
    return [(f"{case}/{key}", value) for key, value in _FIELD.findall(fields.group(1))
            if not rules.is_counted(key, value) and not rules.is_setup_name(key)]


def _case_above(lines: list[str]) -> str | None:
    """The case a timing heading names above a run of set-in lines (oldest first), or None."""
    heading = heading_above(lines, _HEADING)
    return heading.group(1) if heading is not None else None
