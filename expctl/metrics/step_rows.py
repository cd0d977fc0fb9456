"""STEP_ROWS (rules): rows of numbers opened by a step prefix, under a line of column names.

A resampling or training loop prints one row of numbers per fold or epoch, the step first, the
measures' names once above them (mlr's ``resample``)::

    Measures:             mmce      acc          <- the header: an optional label, the names
    [Resample] iter 1:    0.0600000 0.9400000    <- mmce = 0.06 and acc = 0.94 at step 1
    [Resample] iter 2:    0.0800000 0.9200000

A row is a step prefix closed by a colon (``iter 1:``, ``Epoch 3:``, past a log tag) and numbers
only; its header is the nearest line above, past rows of its shape, that holds as many names as
the row holds numbers, each name starting or ending where its number does (left- or
right-aligned columns). Each number is a point of its column's name at the row's step. Columns of
counts, sizes, times and steps give nothing. A row under no such header is left to the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .grammar import NUMBER
from ..lazyre import LazyPattern
from .prefixes import read_step_prefix

_ROW = LazyPattern(r"(.*?\S):((?:[ \t]+" + NUMBER + r")+)[ \t]*\Z")
_HEADER = LazyPattern(r"(?:[^\W\d][\w .-]{0,40}:)?((?:[ \t]+[^\W\d][\w.%@/-]*)+)[ \t]*\Z")
_TOKEN = LazyPattern(r"\S+")
_LOOK_BACK = 12  # rows looked back over for their header


def _row(line: str) -> tuple[str, list[tuple[str, int, int]]] | None:
    """The step and the numbers (text, start, end) of such a row, else None."""
    row = _ROW.match(line)
    if row is None:
        return None
    prefix = read_step_prefix(line)
    if prefix is None or prefix.end != row.end(1) or not prefix.value.isdigit():
        return None
    cells = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(line, row.start(2))]
    return prefix.value, cells


def read_step_row(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one ``(pairs, step)`` for a row of such a table, else None."""
    row = _row(line)
    if row is None:
        return None
    step, cells = row
    for above in reversed(before(_LOOK_BACK)):
        if _row(above) is not None:
            continue  # a row of the same table
        header = _HEADER.match(above)
        if header is None:
            return None
        names = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(above, header.start(1))]
        if len(names) != len(cells) or not all(
                name[1] == cell[1] or name[2] == cell[2] for name, cell in zip(names, cells)):
            return None
        pairs = [(name, value) for (name, _, _), (value, _, _) in zip(names, cells)
                 if not (rules.is_setup_name(name) or rules.is_time_column(name)
                         or rules.step_column_rank(name) is not None)]
        return [(pairs, step)]
    return None
