"""A text cell and the number after it, one space apart (GROWN_CELL in `rules`).

R prints a data frame's columns one space apart at the least, each right-aligned: the widest
number of a column leaves a single space between it and the text column before it::

       var    rel.inf
    x1  x1 48.0504444          <- "x1 48.0504444": the var column's "x1", then rel.inf's value
    x3  x3  8.1823413

A gap of two spaces parts the other rows' cells but not that one. In a row of an entity table,
a value cell (after the label) that is one word and one number, a space apart, is two cells.
A word of two or more (``mean acc 0.97``, a name before its value) is left as it is.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

# a word of a text column (a letter first; R's factor levels, pandas's strings), then a number
_GROWN = LazyPattern(r"([^\W\d][\w.-]*) ([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\Z")


def split_grown(cells: list[str], start: int) -> None:
    """GROWN_CELL: cut, in place, each cell from `start` on that is a word, one space and a
    number into the word and the number."""
    for at in range(len(cells) - 1, start - 1, -1):
        grown = _GROWN.match(cells[at])
        if grown is not None:
            cells[at:at + 1] = [grown.group(1), grown.group(2)]
