"""The table readers tried on a line before all others: their rows would read otherwise as
rows of other shapes, or not at all.

TEXT_COLUMN (`text_column`: a profiler's rows, their text last), COLON_COLUMNS
(`colon_columns`: cells parted by colons set under the header's), EQUALS_LABELS
(`equals_column`: a frame of labels closed by ``=``) and SPREAD_CELLS
(`spread_cells`: a table of values with their spreads, ``53.1 (10.6)``). `TableReader` asks
them first, in this order, for a row and for a line that reads as pairs too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .colon_columns import ColonColumns
from .equals_column import read_equals_row
from .spread_cells import SpreadTable
from .text_column import TextColumnReader


class FirstReaders:
    """TEXT_COLUMN's, COLON_COLUMNS', EQUALS_LABELS' and SPREAD_CELLS' readers, asked in turn."""

    def __init__(self) -> None:
        self._text, self._spread, self._colons = TextColumnReader(), SpreadTable(), ColonColumns()

    def read(self, line: str, before: Callable[[int], Sequence[str]], after=None):
        """The steps of `line` as a row of one of these tables, or None when it is none;
        `after()` gives the next line (SPREAD_CELLS' first row looks at it)."""
        found = self._text.read(line, before)
        if found is None and " : " in line:
            found = self._colons.read(line, before)  # COLON_COLUMNS
        if found is None and " = " in line and line[:1].isdigit():
            found = read_equals_row(line, before)  # EQUALS_LABELS
        return found if found is not None else self._spread.read(line, before, after)
