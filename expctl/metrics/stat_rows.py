"""An aligned table of a distribution's statistics, one labelled row per measured quantity:
STAT_ROWS (rules).

A load tester sums up how each phase of a request took its time as rows under a header of
statistics, set in columns without bars::

    Connection Times (ms)
                  min  mean[+/-sd] median   max       <- the header: statistics only
    Connect:        0    0   0.5      0       3       <- Connect/min = 0, Connect/+/-sd = 0.5
    Processing:    13   24   6.1     25      39

Every name of the header is a statistic (min, mean, median, max, a standard deviation, a
percentile); a name with a second one in brackets after it (``mean[+/-sd]``) heads two
columns, the value and its spread. A row is a label (a colon after it or not) and one number
per column; each is named ``<label>/<column>``, a measurement with no step, as STAT_COLUMNS
names a barred table's. The header's vocabulary is what sets it apart from other tables of
labelled rows: ``free -m``'s ``total used free`` names amounts of memory, no statistic of a
distribution, and its rows are left to the other rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .summary import MEASURED
from ..lazyre import LazyPattern

# The words of a distribution's summary statistics (STAT_ROWS, QUANTILE_ROW): the extremes, the
# centre and the spread, and quartiles as R spells them ("1Q", "1st Qu."); percentiles apart.
_STATISTICS = frozenset("min max minimum maximum mean avg average median sd std stdev stddev "
                        "1q 3q q0 q1 q2 q3 q4 1st 3rd qu".split())
_PERCENTILE = LazyPattern(r"(?:\d{1,2}(?:\.\d+)?|100)%\Z")
_BRACKETED = LazyPattern(r"([^\[\]]+)\[([^\[\]]+)\]\Z")  # "mean[+/-sd]"
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
# a row's label: words, or R's model term in parentheses ("(Intercept)", R_TERM_NAMES)
_ROW = LazyPattern(rf"(\([^\W\d]\w*\)|[^\W\d][\w./-]*(?: [^\W\d][\w./-]*){{0,2}}):?((?:[ \t]+{_NUMBER}){{3,12}})[ \t]*\Z")
_LOOK_BACK = 8  # the rows of such a table are few


def read_stat_row(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one ``(pairs, MEASURED)`` step for a row of a statistics table, else None."""
    row = _ROW.match(line)
    if row is None:
        return None
    values = row.group(2).split()
    above = line_over_rows(_ROW, len(values), before(_LOOK_BACK))
    columns = None if above is None else _statistics(above)
    if columns is None or len(columns) != len(values):
        return None
    return [([(f"{row.group(1)}/{name}", value) for name, value in zip(columns, values)], MEASURED)]


def line_over_rows(rows, width: int, lines: Sequence[str]) -> str | None:
    """The nearest of `lines` (oldest first) that is no row of `rows` with `width` values (its
    group 2): the line a table's rows stand under, its header maybe; None when all are rows."""
    for above in reversed(lines):
        other = rows.match(above)
        if other is None or len(other.group(2).split()) != width:
            return above
    return None


def _statistics(line: str) -> list[str] | None:
    """The column names of a header of statistics (a bracketed second name split off), or
    None when `line` is no such header."""
    if not line[:1].isspace():
        return None  # the header stands over the numbers, right of the labels
    names: list[str] = []
    for token in line.split():
        pair = _BRACKETED.match(token)
        names += [pair.group(1), pair.group(2)] if pair is not None else [token]
    if len(names) < 3 or not all(is_statistic(name) for name in names):
        return None
    return names


def is_statistic(name: str) -> bool:
    """True for a word naming a summary statistic (``median``, ``Min.``, ``+/-sd``, ``95%``)."""
    return name.lower().lstrip("+-/±").rstrip(".") in _STATISTICS or (
        _PERCENTILE.match(name) is not None)
