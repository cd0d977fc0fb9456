"""The table readers tried on a line before all others: their rows would read otherwise as
rows of other shapes, or not at all.

TEXT_COLUMN (`text_column`: a profiler's rows, their text last), NAMED_INDEX and WORD_INDEX
(`named_index`, `word_index`: pandas frames whose rows a label names), TEXT_CELL_FRAME
(`text_cell_frame`: a frame counted 0, 1, 2 with text among its numbers), COLON_COLUMNS
(`colon_columns`: cells parted by colons set under the header's), EQUALS_LABELS
(`equals_column`: a frame of labels closed by ``=``), PADDED_EQUALS (`padded_equals`: labels
padded to an ``=`` in one column) and SPREAD_CELLS
(`spread_cells`: a table of values with their spreads, ``53.1 (10.6)``), BAR_GROUPED_ROWS
(`group_bars`: labelled rows whose values bars part in groups), TITLED_STATISTICS and
TITLED_LEVELS (`titled_stats`: statistics of a thing, and its levels, in a block its name
titles), SPLIT_CELLS (`split_cells`: a drawn table's cells parted into aligned sub-columns). `TableReader` asks them first, in this order, for a row and for a line that reads as
pairs too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .colon_columns import ColonColumns
from .equals_column import read_equals_row
from .padded_equals import read_padded_equals
from .group_bars import read_group_bars
from .named_index import NamedIndexReader
from .spread_cells import SpreadTable
from .split_cells import SplitCells
from .text_cell_frame import TextCellFrame
from .text_column import TextColumnReader
from .titled_stats import read_titled_levels, read_titled_stats
from .word_index import WordIndexReader

_SIDES = frozenset("|│┃║")  # a drawn table's row opens with one of its bars


class FirstReaders:
    """TEXT_COLUMN's, NAMED_INDEX's, WORD_INDEX's, COLON_COLUMNS', EQUALS_LABELS' and SPREAD_CELLS'
    readers, asked in turn."""

    def __init__(self, ahead: Callable[[int], Sequence[str]] = lambda count: []) -> None:
        self._text, self._spread, self._colons = TextColumnReader(ahead), SpreadTable(), ColonColumns()
        self._named, self._words = NamedIndexReader(), WordIndexReader(ahead)  # NAMED_INDEX, WORD_INDEX
        self._texts, self._split = TextCellFrame(), SplitCells()  # TEXT_CELL_FRAME, SPLIT_CELLS

    def idle(self) -> bool:
        """True when no reader here has a table of its own open: NAMED_INDEX, WORD_INDEX and
        TEXT_CELL_FRAME no frame, SPREAD_CELLS no names (ALIGNED_RUN: a row of numbers under a
        row of numbers is then none of theirs, and they stay so; the others keep no table)."""
        return (self._named._frame is None and self._words._frame is None
                and self._texts._frame is None and not self._spread._names)

    def passes_text(self, line: str, above: str) -> bool:
        """ALIGNED_RUN: True when TEXT_COLUMN, the one reader here that reads a row of numbers
        with a letter (a unit's) with no table open, finds at once that `line` under `above`
        is none of its rows (`TextColumnReader.passes`)."""
        return self._text.passes(line, above)

    def read(self, line: str, before: Callable[[int], Sequence[str]], after=None):
        """The steps of `line` as a row of one of these tables, or None when it is none;
        `after()` gives the next line (SPREAD_CELLS' first row looks at it)."""
        found = self._text.read(line, before)
        found = self._named.read(line, before) if found is None else found
        found = self._words.read(line, before) if found is None else found
        found = self._texts.read(line, before) if found is None and line[:1].isdigit() else found
        if found is None and " : " in line:
            found = self._colons.read(line, before)  # COLON_COLUMNS
        if found is None and " = " in line and line[:1].isdigit():
            found = read_equals_row(line, before)  # EQUALS_LABELS
        if found is None and " = " in line and line.lstrip(" ")[:1].isalpha() and after is not None:
            found = read_padded_equals(line, before, after)  # PADDED_EQUALS
        if found is None and " | " in line and not line[:1].isspace():
            found = read_group_bars(line, before)  # BAR_GROUPED_ROWS
        if found is None and (line[:1].isspace() or line[:1].isdigit() or line[:1] == "-"):
            found = read_titled_stats(line, before)  # TITLED_STATISTICS, RULED_TITLED_STATISTICS
        if found is None and line[:1].isalpha() and line.rstrip()[-1:].isdigit():
            found = read_titled_levels(line, before)  # TITLED_LEVELS
        if found is None and line.lstrip()[:1] in _SIDES:
            found = self._split.read(line, before)  # SPLIT_CELLS
        return found if found is not None else self._spread.read(line, before, after)
