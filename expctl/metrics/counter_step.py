"""A whitespace-aligned table's leading counter as its rows' step: COUNTER_STEP (rules).

A table whose header names no step column (STEP_COLUMNS) may still count its rows in its first
numeric column, under a header word the vocabulary does not know (CMA-ES's ``Iterat``, a
tool's ``Zq``), counting from 0 or 1, or skipping (``1 2 3 10 20 30``)::

       Zq        loss      acc
        1      0.5000   0.7000      <- loss = 0.5 at step 1; no "Zq" series
        2      0.4000   0.7500
       10      0.3000   0.8000

The rule is told from structure, row by row as the rows arrive: on the table's first row read,
the leftmost numeric cell is the counter when it is a whole number (no point, no exponent, no
sign), its column would be kept as a metric (not a time, a count or a setting) under a name that
is no result (RESULT_WORDS: a ``correct`` column of whole numbers is a result) nor degrees of
freedom (DF_COUNT: R's ``Df``, which stays or grows with a model, no counter), and another
metric column holds a number in that row. Each later row keeps it while its counter goes
strictly up; the first row whose cell there does not (a blank, a fraction, a number not above
the last) ends the rule for the rest of the table, whose rows are then read as before (that
column a metric, the step the row's place), since a counter that turns back was no counter.
A table drawn with bars, a comma table, one whose numbers stand one space apart (TOKEN_COLUMNS:
``k inertia silhouette`` over ``2 120.5 0.61``, a grid's setting as often as a counter), one
keyed by ids or with an unnamed first column (R's row names, pandas's index: FRAME_INDEX) is
left alone.
"""

from __future__ import annotations

from . import rules
from ..lazyre import LazyPattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .table_columns import Table

UNDECIDED, OFF = -1, -2  # `Table.counter` before its first row is read, and once the rule ended
_WHOLE = LazyPattern(r"\d+\Z")


def counter_at(table: Table, cells: list[str], kinds: list[str]) -> int | None:
    """COUNTER_STEP: the column of the row `cells` that is its step, or None; `table.counter`
    and `table.counted` (the last count) move on with the row."""
    at = table.counter
    if at == UNDECIDED:
        at = table.counter = _first_counter(table, cells, kinds)
    elif at >= 0 and not (at < len(cells) and kinds[at] == "number" and _counts_on(cells[at], table.counted)):
        at = table.counter = OFF  # a counter that does not go up: no counter, for the rest
    if at < 0:
        return None
    table.counted = int(cells[at].strip())
    return at


def _counts_on(cell: str, last: int) -> bool:
    """Whether `cell` is a whole number above `last`."""
    cell = cell.strip()
    return _WHOLE.match(cell) is not None and int(cell) > last


def _first_counter(table: Table, cells: list[str], kinds: list[str]) -> int:
    """The column of a table's first row read that counts its rows, else OFF."""
    if table.barred or table.comma or table.header or table.ids or table.step_at is not None or table.key_at != 0:
        return OFF  # bars, commas, numbers one space apart (TOKEN_COLUMNS: a solver's, whole columns held)
    numbers = [at for at, kind in enumerate(kinds) if kind == "number" and at < len(table.names)]
    if len(numbers) < 2:
        return OFF
    at = numbers[0]
    cell, name = cells[at].strip(), table.names[at]
    if not table.metrics[at] or _WHOLE.match(cell) is None or rules.is_result_name(name) or rules.is_df_count(name, cell):
        return OFF  # a result of whole numbers (``correct``), degrees of freedom (DF_COUNT, R's ``Df``)
    return at if any(table.metrics[other] for other in numbers[1:]) else OFF
