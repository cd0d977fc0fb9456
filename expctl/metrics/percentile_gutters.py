"""PERCENTILE_GUTTER (rules): percentiles by ordinal, in a gutter under their heading.

A storage benchmark lists where a latency's distribution falls, several percentiles a line,
each named by its ordinal and its value in brackets, the lines set in behind a bar under a
heading that names the distribution (and its unit)::

      read: IOPS=11.3k, BW=44.2MiB/s
        clat percentiles (usec):
         |  50th=[   60],  90th=[   72],  99th=[  159]
         | 99.90th=[ 4359], 99.95th=[ 4359]

Each value is ``<heading>/<ordinal>`` (the unit in parentheses dropped), under the label of
the line the heading is set under, as a line of statistics is (STAT_OWNER):
``read/clat percentiles/50th``. The lines above back to the heading must be lines of the
same gutter; a line of ordinals under no heading of words gives nothing (the ordinals alone
say which share, not of what).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from .stat_owners import owner_of
from .summary import MEASURED

_LOOK_BACK = 24  # a gutter of percentiles is a few lines
_ORDINAL = r"\d{1,3}(?:\.\d{1,4})?th"
_CELL = rf"({_ORDINAL})=\[ *(\d+(?:\.\d+)?)\]"
_GUTTER = LazyPattern(rf"(\s+)\| +(?:{_ORDINAL}=\[ *\d+(?:\.\d+)?\],? *)+\Z")
_CELLS = LazyPattern(_CELL)
# "    clat percentiles (usec):": words, a unit in parentheses, a colon closing the line.
_HEADING = LazyPattern(r"(\s*)([^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,3})(?: \([^()]{1,16}\))?:\s*\Z")


def read_gutter(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one ``(pairs, MEASURED)`` step for a gutter line of ordinal percentiles under
    its heading, else None. `before(k)` gives the k lines above, oldest first."""
    row = _GUTTER.match(line)
    if row is None:
        return None
    indent = len(row.group(1))
    lines = before(_LOOK_BACK)
    for at in range(len(lines) - 1, -1, -1):
        above = lines[at]
        if _GUTTER.match(above) is not None:
            continue
        heading = _HEADING.match(above)
        if heading is None or len(heading.group(1)) >= indent:
            return None
        owner = owner_of(len(heading.group(1)), lambda count, end=at: lines[max(0, end - count):end])
        name = heading.group(2) if owner is None else f"{owner}/{heading.group(2)}"
        return [([(f"{name}/{ordinal}", value) for ordinal, value in _CELLS.findall(line)], MEASURED)]
    return None
