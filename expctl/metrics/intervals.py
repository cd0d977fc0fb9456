"""INTERVAL_VALUES (rules): an interval's two bounds, each a value of the interval's name.

A statistics package prints a confidence interval by its name, then its two bounds: after a
colon, parted by a hyphen (pROC's ``95% CI: 0.6301-0.8326 (DeLong)``: the hyphen is a range,
no minus sign), or on the line under a heading that is the name (R's ``htest``)::

    95 percent confidence interval:
     -0.10998244  0.02258407

Both bounds are values of the name (``95% CI``, ``95 percent confidence interval``): the
interval is the result, lower bound first. The name says it is an interval (``CI``, or the
word ``interval``); any other name, and the line is left to the other readers (a heading of
counts over a line of numbers, ``Clustering table:``, names no interval). An aside closing
the line (``(DeLong)``, the method) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .grammar import NUMBER
from ..lazyre import LazyPattern

_NAME = r"[^\W_][\w%.]*(?: [^\W_][\w%.-]*){0,5}"
_SAME_LINE = LazyPattern(rf"[ \t]*({_NAME}):[ \t]+({NUMBER})-({NUMBER})(?:[ \t]+\([^()]{{1,40}}\))?[ \t]*\Z")
_HEADING = LazyPattern(rf"[ \t]*({_NAME}):[ \t]*\Z")
_BOUNDS = LazyPattern(rf"[ \t]*({NUMBER})[ \t]+({NUMBER})[ \t]*\Z")
_INTERVAL = LazyPattern(r"(?:^|\s)(?:CI|(?i:interval))(?:\s|\Z)")


def read_interval(line: str, before: Callable[[int], Sequence[str]]) -> list[tuple[str, str]] | None:
    """The two ``(name, bound)`` pairs of an interval's line, or None."""
    same = _SAME_LINE.match(line)
    if same is not None:
        if not _INTERVAL.search(same.group(1)):
            return None
        return [(same.group(1), same.group(2)), (same.group(1), same.group(3))]
    bounds = _BOUNDS.match(line)
    if bounds is None:
        return None
    above = before(1)
    heading = _HEADING.match(above[-1]) if above else None
    if heading is None or not _INTERVAL.search(heading.group(1)):
        return None
    return [(heading.group(1), bounds.group(1)), (heading.group(1), bounds.group(2))]
