"""A distribution's percentiles listed one a line under a heading: PERCENTILE_ROWS (rules).

HTTP load testers and benchmark tools print where their latencies fall::

      Latency Distribution                   <- a heading: words alone
         50%   44.00ms                       <- Latency Distribution/50% = 44.0
         99%   59.64ms

Each row, set in deeper than its heading, is a percentile (a number and ``%``) and a value,
with or without its unit; the value is named ``<heading>/<percentile>`` as printed, the unit
dropped. The rows above it back to the heading must be rows of the same list, with their
percentiles rising: a list of amounts by share (a download's progress) rises too, but is
printed under no heading of words alone with every row set in deeper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .summary import MEASURED
from .percentile_gutters import read_gutter
from ..lazyre import LazyPattern

_LOOK_BACK = 16  # a list of percentiles is short
# PERCENTILE_UNIT_ASIDE: the unit may stand a space apart ("3 ms"), the last row say which
# request it was ("100%  15 ms (longest request)"), the list end at the whole: "100%".
_ROW = LazyPattern(r"(\s+)((?:100|\d{1,2}(?:\.\d+)?)%)\s+([-+]?(?:\d+(?:\.\d*)?|\.\d+))"
                   r"(?: ?[^\W\d_]{1,3})?(?:\s+\([^\W\d][^()]{0,40}\))?\s*\Z")
_HEADING = LazyPattern(r"(\s*)([^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,3}):?\s*\Z")
# A heading that is a sentence: five words or more, no number, an aside in parentheses at most
# ("Percentage of the requests served within a certain time (ms)", ab's).
_SENTENCE = LazyPattern(r"(\s*)[^\W\d][\w'-]*(?: [^\W\d][\w'-]*){4,15}(?: \([^\d()]{1,16}\))?:?\s*\Z")


def read_percentile(line: str, before: Callable[[int], Sequence[str]],
                    after: Callable[[], str | None]):
    """A list of one ``(pairs, MEASURED)`` step for a percentile row under its heading, else
    None. `after()` is the next line when it is known already (None when it is not)."""
    row = _ROW.match(line)
    if row is None:
        return read_gutter(line, before) if "th=[" in line else None  # PERCENTILE_GUTTER
    indent, share = len(row.group(1)), float(row.group(2)[:-1])
    following = after()
    if following is not None and (next_row := _ROW.match(following)) is not None and (
            float(next_row.group(2)[:-1]) <= share):
        return None  # the shares do not rise: another list
    for above in reversed(before(_LOOK_BACK)):
        previous = _ROW.match(above)
        if previous is not None:
            if float(previous.group(2)[:-1]) >= share:
                return None  # shares that do not rise: another list
            share = float(previous.group(2)[:-1])
            continue
        heading = _HEADING.match(above)
        sentence = _SENTENCE.match(above) if heading is None else None
        found = heading or sentence
        if found is None or len(found.group(1)) >= indent:
            return None
        if sentence is not None:  # a sentence names nothing: the percentile alone
            return [([(row.group(2), row.group(3))], MEASURED)]
        return [([(f"{heading.group(2)}/{row.group(2)}", row.group(3))], MEASURED)]
    return None
