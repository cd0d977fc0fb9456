"""ELLIPSIS_COLUMNS (rules): a table whose cells are parted by ``...``, header and rows alike.

A program may print its progress as a table whose columns a separator token parts instead of
aligned gaps or bars, so that names of several words and symbols stay one cell each::

     Iteration ... |y - Xw|^2 ...  a * |w|_2 ...      |w|_0 ... Total error: |y - Xw|^2 + a * |w|_2
             0 ... 2.6938e+01 ... 4.9684e+01 ...          7 ... 7.6622e+01

A row is numbers only, three cells or more, each two parted by `` ... ``; its header is the
nearest line above (past rows of its table) parted the same way into as many cells, none a
number. Each number is its column's name at the row's step: the first column's, when it names a
step (STEP_COLUMNS) and holds a whole number. A whole number elsewhere counts (WHOLE_COLUMN:
``|w|_0``, the terms kept), and columns naming a count, size or time give nothing, as in every
table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import rules

_SEP = re.compile(r"[ \t]+\.\.\.[ \t]+")
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\Z")
_WHOLE = re.compile(r"[-+]?\d+\Z")
_LOOK_BACK = 64  # lines looked back at for the header, past the rows of its table


def read_ellipsis_row(line: str, before: Callable[[int], Sequence[str]]):
    """``[(pairs, step text or None)]`` for a row of an ELLIPSIS_COLUMNS table, else None (its
    header too: other readers find nothing in a line of names)."""
    cells = _SEP.split(line.strip())
    if len(cells) < 3 or not all(_NUMBER.match(cell) for cell in cells):
        return None
    names = _header(before(_LOOK_BACK), len(cells))
    if names is None:
        return None
    step = cells[0] if rules.step_column_rank(names[0]) is not None and _WHOLE.match(cells[0]) else None
    pairs = [(name, cell) for name, cell in zip(names, cells) if not (
        name == names[0] and step is not None or _WHOLE.match(cell)
        or rules.is_count_column(name) or rules.is_time_column(name))]
    return [(pairs, step)] if pairs else None


def _names(cells: list[str]) -> bool:
    """True when no cell is a number: a header's names."""
    return not any(_NUMBER.match(cell) for cell in cells)


def _header(lines: Sequence[str], width: int) -> list[str] | None:
    """The names of the nearest line of `lines` (oldest first) past rows of `width` numbers
    that parts into `width` names, or None."""
    for line in reversed(lines):
        cells = _SEP.split(line.strip())
        if len(cells) != width:
            return None
        if _names(cells):
            return cells
        if not all(_NUMBER.match(cell) for cell in cells):
            return None
    return None
