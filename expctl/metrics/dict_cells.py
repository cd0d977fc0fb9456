"""DICT_CELL (rules): a dict printed as one cell of a table's row holds no pairs of the line.

A data frame whose column holds dicts prints each one inside its row, between the row's other
cells, two spaces or more on each side::

                     lags           params  mean_absolute_error   alpha
    0  [1, 2, 3, 4, 5]  {'alpha': 0.01}             0.432023    0.01

The dict is the row's ``params`` cell: the candidate's settings a search tried, not a result
the line reports (its key names a setting the row restates in a column of its own). Its pairs
are left out; the row is the table readers' to read. A dict opening or closing the line, or
with no cell after it, is a record or a message, read as before.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

# "  {'alpha': 0.01}    0.43": a dict between cells, a number among the cells after it.
_CELL = LazyPattern(r"\S {2,}(\{[^{}]{1,200}\}) {2,}[-+]?\.?\d")


def without_dict_cells(line: str, pairs: list, spans: list[int]) -> tuple[list, list[int]]:
    """`pairs` (starting at `spans`) less those inside a dict that is a cell of a row."""
    cells = [(m.start(1), m.end(1)) for m in _CELL.finditer(line)]
    if not cells:
        return pairs, spans
    kept = [(pair, at) for pair, at in zip(pairs, spans) if not any(a < at < b for a, b in cells)]
    return [pair for pair, _ in kept], [at for _, at in kept]
