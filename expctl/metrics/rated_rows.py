"""A barred benchmark table whose cells carry rate units and spreads: RATED_CELLS (rules).

A benchmark tool prints one row per case in a box, its result as a number with its rate unit
and its margin as a spread in a cell of its own::

    ║ Slower tests   │ Samples │          Result │ Tolerance ║
    ║ sort copy      │     300 │  2926.90 op/sec │ ± 27.49 % ║   <- sort copy/Result = 2926.90
    ║ typed sort     │     300 │ 13146.73 op/sec │ ± 69.68 % ║      sort copy/Tolerance = 27.49

The general barred reader stores plain numbers only (a cell with a unit is a time, a spread
is no value), so such a row is no row to it. Here a row is a label (words) and, in the other
cells, a number, a number with a rate unit whose first part names operations (``op/sec``,
``ops/s``: what a benchmark counts, RATE_FIELDS' words), or a spread alone in its cell (``±
27.49 %``: the column is the margin, as SPREAD_COLUMN reads one), at least one cell rated or
a spread; under the nearest line above, past rules, of as many cells, all names (the first
names the label column, whatever its words). Each value is ``<label>/<column>``; a column of
counts (``Samples``) or times, told by its name, gives nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .summary import MEASURED
from ..lazyre import LazyPattern

_NUMBER = r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?"
_RATED = LazyPattern(rf"({_NUMBER}) ?([^\W\d_]{{1,10}})/[^\W\d_]{{1,4}}\Z")
_SPREAD = LazyPattern(rf"(?:±|\+/-)\s*({_NUMBER})\s*%?\Z")
_PLAIN = LazyPattern(rf"({_NUMBER})\Z")
_LABEL = LazyPattern(r"[^\W\d][\w.#()/-]*(?: [^\W\d][\w.#()/-]*){0,4}\Z")
_NAME = LazyPattern(r"[^\W\d][\w.%()/-]*(?: [\w.%()/-]+){0,3}\Z")
_OPERATIONS = frozenset(("op", "ops", "operation", "operations", "call", "calls", "run", "runs"))
_LOOK_BACK = 6


def read_rated_row(cells: list[str], before: Callable[[int], Sequence[str]],
                   bar_cells: Callable[[str], list[str] | None], border: Callable[[str], object]):
    """``[(pairs, MEASURED)]`` for such a row (its bar-parted `cells`), else None."""
    if len(cells) < 3 or not _LABEL.match(cells[0].strip()):
        return None  # the usual row: a number first, no label (see _values)
    stripped = [cell.strip() for cell in cells]
    values = _values(stripped)
    if values is None:
        return None
    names = _header(before(_LOOK_BACK), len(cells), bar_cells, border)
    if names is None:
        return None
    label = stripped[0]  # a spread is measured, whatever its column's name says (a tolerance)
    pairs = [(f"{label}/{name}", value.replace(",", "")) for name, value, cell in zip(
        names[1:], values, stripped[1:]) if _SPREAD.match(cell) is not None or not (
            rules.is_time_column(name) or rules.is_count_column(name))]
    return [(pairs, MEASURED)] if pairs else []  # the row says which columns are results


def _values(stripped: list[str]) -> list[str] | None:
    """The number text of each cell after the label, when the cells make such a row."""
    if len(stripped) < 3 or not _LABEL.match(stripped[0]):
        return None
    values, special = [], False
    for cell in stripped[1:]:
        if (rated := _RATED.match(cell)) is not None and rated.group(2).lower() in _OPERATIONS:
            values.append(rated.group(1))
            special = True
        elif (spread := _SPREAD.match(cell)) is not None:
            values.append(spread.group(1))
            special = True
        elif (plain := _PLAIN.match(cell)) is not None:
            values.append(plain.group(1))
        else:
            return None
    return values if special else None  # plain numbers only: the general barred reader's row


def _header(lines: Sequence[str], width: int, bar_cells, border) -> list[str] | None:
    """The names of the nearest barred line above of `width` cells, all names, past rules and
    rows of the table; None when another line comes first."""
    for text in reversed(lines):
        if not text.strip() or border(text):
            continue
        cells = bar_cells(text)
        if cells is None or len(cells) != width:
            return None
        names = [cell.strip() for cell in cells]
        if all(_NAME.match(name) for name in names):
            return names
        if _values(names) is None:
            return None  # neither a header nor a row of the table: no such table
    return None
