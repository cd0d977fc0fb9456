"""QUOTED_LABEL (rules): rows labelled by an index and a quoted name, ``[0='const']``.

A regression printer labels each coefficient's row with the variable's index and its name
quoted (Perl's Statistics::Regression), under a header naming the label column and the
numbers' columns::

    Name           \t       Theta\t      StdErr\t T-stat
    [0='const']    \t     20.0669\t      0.5964\t  33.65     <- const/Theta, const/StdErr, ...
    [1='price']    \t     -1.4958\t      0.0693\t -21.58

The index only numbers the rows; the quoted name is the row's label, and each number is
``<label>/<column>``, as LABELLED_ROWS names a row of an unnamed kind (the rows are different
variables). The header is the nearest line above past rows of this shape: as many names as the
row has numbers, or one more (the label column's own name, first). Columns of counts, sizes,
times and steps give nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL
from ..lazyre import LazyPattern

_ROW = LazyPattern(r"\[\d{1,6}=(['\"])([^\W\d][^'\"\s]{0,60})\1\]((?:\s+\S+)+)\s*\Z")
_NAME = LazyPattern(r"[^\W\d][\w.%^()/|>-]*(?: [^\W\d][\w.%^()/|>-]*)*\Z")
_GAP = LazyPattern(r"\s{2,}|\t")
_LOOK_BACK = 40  # rows looked back over for their header


def _row(line: str) -> tuple[str, list[str]] | None:
    """The label and the number cells of such a row, else None."""
    found = _ROW.match(line)
    if found is None:
        return None
    cells = found.group(3).split()
    if not all(NUMBER_CELL.match(cell) for cell in cells):
        return None
    return found.group(2), [NUMBER_CELL.match(cell).group(1) for cell in cells]


def read_quoted_row(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one ``(pairs, None)`` for a row of such a table, else None."""
    row = _row(line)
    if row is None:
        return None
    label, numbers = row
    for above in reversed(before(_LOOK_BACK)):
        if _row(above) is not None:
            continue  # a row of the same table
        names = [name for name in _GAP.split(above.strip()) if name]
        if len(names) == len(numbers) + 1:
            names = names[1:]  # the label column's own name ("Name")
        if len(names) != len(numbers) or not all(_NAME.match(name) for name in names):
            return None
        pairs = [(f"{label}/{name}", value) for name, value in zip(names, numbers)
                 if not (rules.is_setup_name(name) or rules.is_time_column(name)
                         or rules.step_column_rank(name) is not None)]
        return [(pairs, None)]
    return None
