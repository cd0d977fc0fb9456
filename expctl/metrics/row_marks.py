"""Marks around a table row's cells that are no part of them, blanked before the table readers
read the row (each mark a space, so every cell stays in its column).

PAREN_LAST_CELL (rules): Ruby's ``Benchmark`` prints each report's real time in parentheses
after the user, system and total CPU times, under one header of four names::

                  user     system      total        real
    sort      0.037460   0.000000   0.037460 (  0.077392)   <- sort/real = 0.077392
    >total:   0.032416   0.016902   0.049318 (  0.095706)   <- total/real (a summary row)

A row of two numbers or more whose last cell alone is a number in parentheses holds that
number in a column of its own: the parentheses are blanked, and with them a colon closing the
row's label and a ``>`` marking a summary row. A number in parentheses after every cell is a
ratio to the best row (pytest-benchmark's ``2.855 (2.26)``), no column, and is left alone.

MARK_COLUMN (rules): branch-and-bound and search logs mark the row of a new incumbent with one
character in the first column, which their header leaves unnamed (a heuristic's ``H``, a
``*``), the other rows holding a space there::

         Nodes    Bound      Best    Gap
    H        0   130.00     39.00  70.0%   <- the row's cells, the mark no cell
             1    58.00     58.00   0.0%

A row opening with ``H`` or ``*``, two spaces or more, then a number, has the mark blanked, but
not below rows opening with another symbol so: where every row opens with one (ministat's
``x``, ``+``, ``*``, one per data set) the symbol is the row's label.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from .glosses import unspelled_label

# MARK_COLUMN: a solver's mark for a row that found a new best solution
_MARKS = frozenset("H*")
_UNMARKED = frozenset(" \tH*")  # what opens an unmarked row or a solver's marked one
_MARK_LOOK = 16  # lines above a marked row looked at for rows labelled by symbols
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
# a label (maybe ">" before it, ":" after it), two numbers or more, the last in parentheses
_MARKED = LazyPattern(rf"(>?)([^\W\d][\w.-]*)(:?)((?:\s+{_NUMBER}){{2,}}\s+)\((\s*{_NUMBER}\s*)\)\s*\Z")


def row_text(line: str, before: Callable[[int], Sequence[str]] | None = None) -> str:
    """`line` as the table readers read it: a symbol's spelling-out blanked (SPELLED_SYMBOL),
    the marks of a row whose last number is in parentheses blanked (PAREN_LAST_CELL), a
    solver's mark of a row blanked (MARK_COLUMN) unless a row among the lines `before` gives
    opens with another symbol (ministat's ``x``, ``+``, ``*``: each row's label, every row
    marked)."""
    line = unspelled_label(line)
    if is_marked(line) and not (before and any(is_marked(text, labels=True) for text in before(_MARK_LOOK))):
        line = " " + line[1:]  # MARK_COLUMN: "H    12  ...", a row found by a heuristic
    if line[-1:] != ")" and line.rstrip()[-1:] != ")":
        return line
    match = _MARKED.match(line)
    if match is None:
        return line
    lead, label, colon, numbers, last = match.groups()
    return " " * len(lead) + label + " " * len(colon) + numbers + " " + last + " "


def is_marked(line: str, labels: bool = False) -> bool:
    """MARK_COLUMN: `line` opens with a solver's mark (``H``, ``*``; with `labels`, any other
    symbol but a space), two spaces or more, then a number."""
    return (line[:1] not in _UNMARKED if labels else line[:1] in _MARKS) and line[1:3] == "  " and (
        line[1:].lstrip(" ")[:1].isdigit())


def read_after(after: Callable[[], str | None]) -> Callable[[], str | None]:
    """`after` (the next line when known, else None) giving that line as `row_text` does."""
    def following() -> str | None:
        text = after()
        return None if text is None else row_text(text)
    return following
