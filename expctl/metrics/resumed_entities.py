"""RESUMED_ENTITY_ROWS (rules): a row of a table of things printed again after a note broke it.

A tool comparing several samples prints one row per sample under one header, and may print a
note between two rows (a test of the rows above it against the first) before the next row::

        N           Min           Max        Median           Avg        Stddev
    x   9         8.892         12.17         9.739     9.9381111    0.97516261
    +  11         9.053          12.3        11.079     10.978636     0.9508079
    Difference at 95.0% confidence
            1.04053 +/- 0.908169
    *   7         9.156        10.947        10.061     9.9555714    0.65077233   <- */Min, ...

The row after the note has no header right above it, but it is the table's: as many values, set
to the same right edges as the table's rows, a label of its own (no label printed twice), a few
lines below the table's last row with no blank line and no other row between. It is read under
the table's header, named ``<label>/<column>`` as the table's rows were. A row of another width,
another alignment, or past a blank line is another table's, or none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .entities import EntityReader, EntityTable

_REACH = 6  # lines of a note between the table's last row and the row that resumes it


def resumed_table(reader: EntityReader, line: str, label: str, width: int,
                  before: Callable[[int], Sequence[str]]) -> EntityTable | None:
    """The table of entity reader `reader` that `line` (a row labelled `label`, `width` values)
    resumes after a note, or None."""
    table = reader.table
    if table is None or reader._open or table.data or table.width != width or label in table.labels:
        return None
    edges = [end for _, end in reader._spans(line)]
    note = 0
    for above in reversed(before(_REACH + 1)):
        if not above.strip():
            return None  # a blank line ends the table's reach
        row = reader.row_cells(above)
        if row is not None and len(row[1]) == width and row[0] in table.labels:
            return table if note and [end for _, end in reader._spans(above)] == edges else None
        if row is not None:
            return None  # another table's row between
        note += 1
    return None
