"""Statistics printed as an object under a heading: Node's ``console.log`` of a result object,
its keys bare and one a line (STATS_HEADING in `expctl.metrics.rules`)::

    sort 1k latency (ms):        <- a heading: what the statistics are of, then its unit
    {
      mean: 0.2288,              <- each key a statistic (mean, min, p99, sd ...)
      p99: 4.2155,
      sd: 0.7614,
    }

Alone, ``mean: 0.2288`` says how something was summarised, not what was measured: the heading
names it, by its last word before the unit (``latency``: the head of "sort 1k latency"), so
each line is ``latency/mean``. A heading that gives a unit says every value is the quantity
measured in it (``critical``, ``aad`` too); without one, most of the block's keys must be
statistics: a block of settings (``lr``, ``seed``) is left to the other rules, and so is a
block under no heading.
"""

from __future__ import annotations

from expctl.lazyre import LazyPattern
from expctl.metrics.cases import is_statistic

STATS_LOOK = 40  # lines looked at above and below a line for its block
_KEY_LINE = LazyPattern(r"[ \t]+['\"]?([^\W\d][\w$]{0,40})['\"]?:[ \t]*\S")
_HEADING = LazyPattern(r"(?:[^\W\d_][^:{}=]{0,60}?[ \t])?([^\W\d_]{2,30})(?:[ \t]*(\([^()]{1,12}\)))?:\Z")


def stats_quantity(before: list[str], line: str, after: list[str]) -> str | None:
    """STATS_HEADING: the quantity the heading over the braced block holding `line` (an
    indented ``key: value`` line) names, when the heading gives its unit (each value is then
    that quantity measured) or most of the block's keys seen (three or more) are statistics;
    None otherwise."""
    above = []
    for text in reversed(before):
        if text.strip() == "{":
            break
        if not _KEY_LINE.match(text):
            return None
        above.append(text)
    else:
        return None
    at = len(before) - len(above) - 1
    heading = _HEADING.match(before[at - 1].strip()) if at > 0 else None
    if heading is None:
        return None
    if heading.group(2):
        return heading.group(1)
    keys = [_KEY_LINE.match(text) for text in (*above, line)]
    for text in after:  # to the block's end, or as far as it has been printed
        if text.strip().startswith("}"):
            break
        keys.append(_KEY_LINE.match(text))
    if None in keys or len(keys) < 3:
        return None
    statistics = sum(is_statistic(match.group(1)) for match in keys if match is not None)
    return heading.group(1) if 2 * statistics >= len(keys) else None
