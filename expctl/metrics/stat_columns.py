"""A barred table of a distribution's statistics, one row per measured quantity:
STAT_COLUMNS (rules).

Load testers and benchmark tools print how a measured quantity is spread as a table whose
columns are percentiles and summary statistics, one row per quantity::

    │ Stat      │ 2.5%   │ 50%    │ 97.5%  │ Avg    │ Stdev   │ Max    │   <- the header
    │ Latency   │ 1 ms   │ 2 ms   │ 4 ms   │ 2.3 ms │ 1.13 ms │ 12 ms  │   <- Latency/2.5% = 1
    │ Bytes/Sec │ 195 kB │ 195 kB │ 205 kB │ 200 kB │ 4.93 kB │ 195 kB │   <- Bytes/Sec/Avg = 200

The header's first cell names the rows (any name); the others are statistics, at least one
of them a percentile (a number and ``%``, which no other table's header holds: the ordinary
readers take it for a number, not a name). A row under it is a name and, in every other
cell, one amount: a number, with thousands grouped by commas or not, with its unit or not
(the unit dropped: the value is in the unit printed). Each value is named
``<row>/<column>``, as ROW_LABELS names a barred table's cells; a row is a measurement with
no step. Any other line of bars ends the table.
"""

from __future__ import annotations

from .summary import MEASURED
from ..lazyre import LazyPattern

_PERCENTILE = LazyPattern(r"(?:\d{1,2}(?:\.\d+)?|100)%\Z")
_STATISTICS = frozenset("avg average mean median stdev stddev std sd min max".split())
_LABEL = LazyPattern(r"[^\W\d][\w.%/()-]*(?: [^\W\d][\w.%/()-]*){0,3}\Z")
# one amount: 1,412 or 2.32, then a unit of up to four letters (``ms``, ``kB``, ``MB/s``)
_AMOUNT = LazyPattern(r"([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?)"
                      r"(?: ?[^\W\d_]{1,4}(?:/[^\W\d_]{1,2})?)?\Z")


def _is_statistic(name: str) -> bool:
    return _PERCENTILE.match(name) is not None or name.lower() in _STATISTICS


class StatColumns:
    """The statistics table being read: its column names once its header is seen."""

    __slots__ = ("names",)

    def __init__(self):
        self.names: list[str] | None = None

    def read(self, cells: list[str]) -> list | None:
        """For the cells of a barred line: ``[]`` for a header of statistics, a list of one
        ``(pairs, MEASURED)`` for a row under it, else None (and the table ends)."""
        if not cells or not _LABEL.match(cells[0].strip()):
            self.names = None  # the usual line: a number first, neither header nor row
            return None
        cells = [cell.strip() for cell in cells]
        if len(cells) >= 3 and _LABEL.match(cells[0]) and all(map(_is_statistic, cells[1:])) and (
                any(_PERCENTILE.match(cell) for cell in cells[1:])):
            self.names = cells
            return []
        names = self.names
        if names is None:
            return None
        amounts = [_AMOUNT.match(cell) for cell in cells[1:]]
        if len(cells) != len(names) or not _LABEL.match(cells[0]) or not all(amounts):
            self.names = None
            return None
        label = cells[0]
        return [([(f"{label}/{name}", amount.group(1).replace(",", ""))
                  for name, amount in zip(names[1:], amounts)], MEASURED)]
