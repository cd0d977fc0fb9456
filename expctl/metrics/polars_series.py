"""POLARS_SERIES: a polars Series printed whole, one value a line (after a tab) between brackets::

    shape: (100,)
    Series: 'val_loss' [f64]
    [
        0.61            <- val_loss at step 0 (its position)
        0.52
        …               <- polars's cut: the first and last values are shown
        0.41            <- at step 99 - (the values after it): the shape gives the length
    ]

Each value line (a tab, a number) under the ``Series: '<name>' [<dtype>]`` head is the named
series' point at its position; past polars's ``…`` cut, the position is counted back from the
length the ``shape: (n,)`` line gives, with the value lines known after it (the same print),
else the line gives no step. A Series of another dtype than a float, or whose name names no
result (RESULT_WORDS: a data set's column), gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL
from ..lazyre import LazyPattern

_HEAD = LazyPattern(r"Series: '([^']{1,80})' \[(\w+)\]\s*\Z")
_SHAPE = LazyPattern(r"shape: \((\d+),\)\s*\Z")
_FLOAT = LazyPattern(r"f(?:16|32|64)\Z")
_CUT = "…"
_REACH = 32  # polars shows ten values, a long Series cut: a few more lines at most


def read_polars_series(line: str, before: Callable[[int], Sequence[str]],
                       ahead: Callable[[int], Sequence[str]]):
    """POLARS_SERIES: the step `line` gives as a value of a printed polars Series, [] for one
    that gives nothing, None for no such line."""
    value = line.strip()
    if line[:1] != "\t" or not NUMBER_CELL.match(value):
        return None
    lines = before(_REACH)
    above = 0  # the value lines (and the cut) above this one
    while above < len(lines) and lines[-1 - above][:1] == "\t":
        above += 1
    if above + 3 > len(lines) or lines[-1 - above].strip() != "[":
        return None
    head, shape = _HEAD.match(lines[-2 - above]), _SHAPE.match(lines[-3 - above])
    if head is None:
        return None
    name, dtype = head.group(1), head.group(2)
    if not _FLOAT.match(dtype) or not rules.is_result_name(name) or rules.is_setup_name(name):
        return []
    shown = [text.strip() for text in lines[len(lines) - above:]]
    if _CUT not in shown:
        step: str | None = str(above)
    else:
        step = None
        later = 0  # the value lines printed after this one, up to the closing bracket
        for text in ahead(_REACH):
            if text.strip() == "]":
                if shape is not None:
                    step = str(int(shape.group(1)) - 1 - later)
                break
            if text[:1] != "\t":
                break
            later += 1
    return [([(name, NUMBER_CELL.match(value).group(1))], step)]


# POLARS_COLUMN: a polars frame of one column (``df.select(pl.col("val_loss").mean())``) draws
# each cell alone between bars, which no barred reader takes for a row (a panel's line of text
# looks so): under its box's header (name, ``---``, dtype, ``╞═╡``) opened right after
# ``shape: (n, 1)``, each number is the column's point.
_ONE_CELL = LazyPattern(r"│ +(\S+) +│\s*\Z")
_ONE_SHAPE = LazyPattern(r"shape: \(\d+, 1\)\s*\Z")


def read_polars_column(line: str, before: Callable[[int], Sequence[str]]):
    """POLARS_COLUMN: the step `line` gives as a cell of a one-column polars frame, [] for one
    that gives nothing, None for no such line."""
    cell = _ONE_CELL.match(line)
    if cell is None or not NUMBER_CELL.match(cell.group(1)):
        return None
    lines = before(_REACH)
    above = 0  # the rows above this one: cells of numbers (or polars's cut, "…")
    while above < len(lines) and (row := _ONE_CELL.match(lines[-1 - above])) and (
            row.group(1) == _CUT or NUMBER_CELL.match(row.group(1))):
        above += 1
    box = lines[:len(lines) - above]
    if len(box) < 6 or box[-1].strip()[:1] != "╞" or not _ONE_SHAPE.match(box[-6]):
        return None
    name, dashes, dtype = (_ONE_CELL.match(text) for text in box[-4:-1])
    if name is None or dashes is None or dtype is None or dashes.group(1) != "---":
        return None
    column = name.group(1)
    if not _FLOAT.match(dtype.group(1)) or not rules.is_result_name(column) or rules.is_setup_name(column):
        return []
    return [([(column, NUMBER_CELL.match(cell.group(1)).group(1))], None)]
