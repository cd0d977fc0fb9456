"""The tables benchmark tools print, read before any other table: STAT_COLUMNS (a barred table
of percentiles and statistics, `stat_columns`) and STACKED_ROWS (rows printed over several
lines, `stacked_rows`) and QUANTILE_ROW (a five-number summary under its statistics,
`quantile_rows`). No such shape is read by the general table readers: a percentile header
reads as numbers to them, a stacked row as several rows without a header, a quantile row as a
step row under a header naming no result."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .quantile_rows import read_quantiles
from .right_aligned import RightAlignedReader, UnlabelledRows, starts_numbered
from .stacked_rows import StackedRows
from .stat_columns import StatColumns


class BenchTables:
    """The benchmark tables of one run's output."""

    __slots__ = ("stats", "stacked", "right", "unlabelled")

    def __init__(self):
        self.stats, self.stacked = StatColumns(), StackedRows()
        self.right = RightAlignedReader()  # RIGHT_ALIGNED: R's one-space columns
        self.unlabelled = UnlabelledRows()  # INDEX_FIRST: the same without row names

    def read(self, line: str, cells: list[str] | None, before: Callable[[int], Sequence[str]]):
        """What `line` (with its bar-parted `cells`, None when it has no bars) is as a line of
        a benchmark table: a list of finished steps (``[]`` for a header), else None."""
        if cells is not None:
            return self.stats.read(cells)
        lead, last = line[:1], line.rstrip()[-1:]
        if not (last.isdigit() or last in "A*.%"):
            return self.stacked.read(line, before) if not lead.isdigit() else None
        if lead and not lead.isspace() and lead not in "-+." and (
                not lead.isdigit() or starts_numbered(line)) and (
                found := self.right.read(line, before)) is not None:
            return found  # RIGHT_ALIGNED, R_MATRIX_ROWS: a labelled row of R's matrix
        if lead.isdigit():
            return read_quantiles(line, before)
        found = self.stacked.read(line, before)
        if found is None and lead in " -+.":
            found = read_quantiles(line, before)
        return self.unlabelled.read(line, before) if found is None and lead == " " else found
