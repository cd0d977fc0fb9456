"""A distribution's summary printed as one row under its statistics: QUANTILE_ROW (rules).

A statistics package summarises residuals or a sample as a five-number summary, the names
right-aligned over one unlabelled row of numbers (R's ``summary(lm())``, ``glm``, ``lme4``,
``summary(x)``)::

    Deviance Residuals:
        Min       1Q   Median       3Q      Max      <- statistics only, right-aligned
    -2.2537  -0.1568  -0.0168   0.1543   1.3449      <- Min = -2.2537, 1Q = -0.1568, ...

A row of numbers only (three or more) is read so when the line right above it is a header of
as many statistics, each ending where a number ends (words between two ends form one name:
``1st Qu.``), with a minimum, a maximum or a median among them. Each value is a metric under
its statistic's name as printed, with no step. The ordinary table readers leave this shape:
its header names no result (``Min`` and ``Max`` read as bounds), and a row of numbers under no
label reads as a table's step row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .cells import NUMBER_CELL
from .right_aligned import edge_names
from .stat_rows import is_statistic
from .summary import MEASURED

_TOKEN = re.compile(r"\S+")
_ANCHORS = frozenset("min minimum max maximum median".split())


def read_quantiles(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one ``(pairs, MEASURED)`` step when `line` is a row of numbers under a
    header of summary statistics right above it, else None."""
    above = before(1)
    lead = above[-1].split(None, 1)[:1] if above else None
    if not lead or not is_statistic(lead[0]):
        return None  # the usual case: the line above opens with no statistic
    values = [(m.group(), m.end()) for m in _TOKEN.finditer(line)]
    if len(values) < 3 or not all(NUMBER_CELL.match(value) for value, _ in values):
        return None
    names = edge_names(above[-1], values)  # RIGHT_ALIGNED's naming by right edges
    if names is None:
        return None
    words = [word for name in names for word in name.split()]
    if not all(is_statistic(word) for word in words) or not any(
            word.lower().rstrip(".") in _ANCHORS for word in words):
        return None
    return [([(name, NUMBER_CELL.match(value).group(1)) for name, (value, _) in
              zip(names, values)], MEASURED)]
