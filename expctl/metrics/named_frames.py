"""NAMED_FRAME (rules): an R data frame whose rows R numbers and whose first column names them.

``print(data.frame)`` sets its row numbers flush left and every column, text too, right-aligned
to its name. When the first column holds text (a parameter's, a term's, a model's name) and
other text columns describe the row (where it lives, what kind it is), the first column is what
the row is about, and each number is that thing's value in its column::

        term group row col  Estimate Std.Error
    1  slope     B   1   x 0.8026040 0.0604049      <- slope/Estimate, slope/Std.Error
    2  sigma     S   x   x 3.9470869 0.3947087

A cell is its column's when it ends where the column's name ends. Text cells beyond the first
give nothing, nor do whole numbers (beside text, an index or a count: ``row`` ``1``, as
WHOLE_COLUMN's), nor a column that names a bound (``lbound``, ``ubound``: a setting).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL
from ..lazyre import LazyPattern

_TOKEN = LazyPattern(r"\S+")
_ROW_NUMBER = LazyPattern(r"[ \t]*\d+ +\S")
_BOUNDS = frozenset(("lbound", "ubound", "lower bound", "upper bound", "lb", "ub"))
_REACH = 40  # rows looked past for the header


def _cells(line: str) -> list[tuple[str, int]]:
    return [(m.group(), m.end()) for m in _TOKEN.finditer(line)]


def _header(lines: Sequence[str], indent: int) -> list[tuple[str, int]] | None:
    """The set-in line of names over the rows at the end of `lines`, past rows of its own."""
    for text in reversed(lines):
        if _ROW_NUMBER.match(text):
            continue
        words = _cells(text)
        if not words or words[0][1] - len(words[0][0]) <= indent:
            return None  # a header set in past the rows' numbers
        return words if len(words) >= 3 and all(NUMBER_CELL.match(w) is None for w, _ in words) else None
    return None


def read_named_frame(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one ``(pairs, None)`` for such a row, else None."""
    if _ROW_NUMBER.match(line) is None:
        return None
    cells = _cells(line)
    words = _header(before(_REACH), len(line) - len(line.lstrip()))
    if words is None or len(cells) < 3:
        return None
    ends = {end: name for name, end in words}
    label, first = cells[1]
    if first != words[0][1] or NUMBER_CELL.match(label) or any(end not in ends for _, end in cells[1:]):
        return None
    pairs = [(f"{label}/{ends[end]}", found.group(1)) for text, end in cells[2:]
             if (found := NUMBER_CELL.match(text)) is not None and ends[end].lower() not in _BOUNDS
             and not found.group(1).lstrip("-+").isdigit()]  # a whole number beside text: an index, a count
    texts = sum(NUMBER_CELL.match(text) is None for text, _ in cells[2:])
    if not texts or not pairs or any(rules.is_setup_name(ends[end]) for _, end in cells[2:]):
        return None  # no other text column: a frame of numbers, the other readers'
    return [(pairs, None)]
