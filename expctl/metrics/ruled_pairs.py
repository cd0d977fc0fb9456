"""RULED_PAIRS (rules): rows of a label and one number between rules of two dash runs.

A table of two columns printed without a header (tabulate's ``simple`` format given no headers)
stands between two rules, one run of dashes over each column; each row is a label, its words one
space apart, and a number (a percentage too) under the second run::

    Extras:
    ----------------  ------
    best week         4.10%        <- best week = 4.10
    worst quarter     -7.25%       <- worst quarter = -7.25
    ----------------  ------

A row is read when, past the rows above it of the same shape, the nearest line is such a rule
whose first run starts where the labels start, its second over the row's number, and the line
above the rule is no header (blank, a title closed by a colon, or the start of the output): a
header would name the columns, and the other table readers read that table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_ROW = LazyPattern(rf"(\S+(?: \S+)*) {{2,}}({_NUMBER})%?[ \t]*\Z")
_RULE = LazyPattern(r"(-{3,}) {2,}(-{3,})[ \t]*\Z")
_ABOVE = LazyPattern(r"(?:[^\W\d][^:]{0,40}:)?[ \t]*\Z")
_LOOK_BACK = 16  # rows of one block above the current one, at most


def ruled_pair(line: str, before: Callable[[int], Sequence[str]]) -> list[tuple[str, str]]:
    """RULED_PAIRS: the pair of a row between rules of two dash runs, else []."""
    own = _ROW.match(line)
    if own is None:
        return []
    lines = before(_LOOK_BACK + 2)
    at = len(lines) - 1
    while at >= 0 and (row := _ROW.match(lines[at])) is not None and row.start(2) == own.start(2):
        at -= 1  # a row above: its number right-aligned or left-aligned with this one's
    if at < 0 or (rule := _RULE.match(lines[at])) is None:
        return []
    if not (rule.start(2) <= own.start(2) < rule.end(2) + 2 or rule.start(2) < own.end(2) <= rule.end(2)):
        return []  # the number under the second run
    if own.end(1) > rule.end(1) or (at > 0 and _ABOVE.match(lines[at - 1]) is None):
        return []  # a label past its column; a header over the rule
    return [(own.group(1), own.group(2))]
