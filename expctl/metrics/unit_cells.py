"""UNIT_CELLS: a benchmark's table of cases whose cells are a number and its unit a space apart,
under a rule and a header of names set right over the cells (Google Benchmark's console table).

    ----------------------------------------------------------
    Benchmark                Time             CPU   Iterations
    ----------------------------------------------------------
    BM_StringCreation     5.46 ns         5.46 ns    128000000
    BM_Sort/1024          7012 ns         7010 ns        99836

The general readers see ``5.46 ns`` as a number and a word, or as a time they never store (a
training table's ``time`` column is bookkeeping). Here each row is a case and each cell what
was measured of it, its unit printed beside it: the cells' right edges (the unit's end) part
the columns, each column's name is the header's text between the edge before it and its own,
and every value is ``<case>/<column>`` (BENCH_CASE_NAME), its unit dropped (a runner picks the
unit per value: ``ns`` here, ``us`` there), times kept (STAT_LINE), a count or setting column
dropped (NOT_METRIC_WORDS: ``Iterations``). A row needs two cells or more, one with its unit;
the header a rule under it (``---``), no number, and no edge through a word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .summary import MEASURED
from ..lazyre import LazyPattern
from .grammar import DECIMAL

ROWS_LOOK = 40  # rows of one table looked past, up to its rule and header
# A case's label (words one space apart), then cells a column gap apart, each a number and,
# a space after it, its unit.
_ROW = LazyPattern(rf"([^\s\d]\S*(?: \S+)*?)((?:[ \t]{{2,}}{DECIMAL}(?: (?:[^\W\d_]{{1,3}}|%))?){{2,}})[ \t]*\Z")
_CELL = LazyPattern(rf"[ \t]{{2,}}({DECIMAL})( (?:[^\W\d_]{{1,3}}|%))?")
_RULE = LazyPattern(r"[ \t]*[-=─━]{3,}[ \t]*\Z")


def row_cells(line: str) -> tuple[str, list[tuple[str, int]]] | None:
    """The label and the ``(number, right edge)`` cells of a case's row with a unit in one of
    its cells at least, or None."""
    match = _ROW.match(line)
    if match is None:
        return None
    cells = list(_CELL.finditer(line, match.start(2)))
    if not any(cell.group(2) for cell in cells):
        return None
    return match.group(1), [(cell.group(1), cell.end()) for cell in cells]


class UnitCells:
    """UNIT_CELLS rows of one run's output; the header found for a row (or none) holds for
    the rows right after it with its edges (`_last`), so a long table is looked up once."""

    __slots__ = ("_last", "_claimed")

    def __init__(self) -> None:
        self._last: tuple[tuple[int, ...], str | None] | None = None
        self._claimed: tuple[str, list] | None = None  # the row `claims` read, for `read`

    def claims(self, line: str, before: Callable[[int], Sequence[str]]) -> bool:
        """True when `line`, which reads as pairs too (``BM_Sort  5.46 ns  5.46 ns``), is such
        a row; `read` then gives what this found."""
        found = self.read(line, before)
        self._claimed = None if found is None else (line, found)
        return found is not None

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """``[(pairs, MEASURED)]`` for `line`, a case's row under such a header (`before(k)`
        gives the k lines above, oldest first), else None."""
        if (claimed := self._claimed) is not None:
            self._claimed = None
            if claimed[0] == line:
                return claimed[1]
        if "  " not in line or not (line[-1:].isalpha() or line.rstrip()[-1:].isdigit()):
            return None
        found = row_cells(line.rstrip())
        if found is None:
            return None
        label, cells = found
        edges = tuple(edge for _, edge in cells)
        above = before(ROWS_LOOK + 2)
        last = self._last
        if last is not None and last[0] == edges and above and _edges(above[-1]) == edges:
            return None if last[1] is None else _named(label, cells, last[1])
        self._last = (edges, None)
        at = len(above) - 1
        while at >= 0 and _edges(above[at]) == edges:
            at -= 1  # the rows of this table above this one
        if at < 1 or not _RULE.match(above[at]):
            return None
        names = above[at - 1].rstrip()
        if not names[:1].strip() or any(c.isdigit() for c in names):
            return None
        named = _named(label, cells, names)
        if named is not None:
            self._last = (edges, names)
        return named


def _edges(line: str) -> tuple[int, ...] | None:
    found = row_cells(line.rstrip())
    return None if found is None else tuple(edge for _, edge in found[1])


def _named(label: str, cells: list[tuple[str, int]], names: str):
    low = len(names.split(None, 1)[0])  # where the label column's name ends
    pairs = []
    for value, high in cells:
        if _cuts(names, low) or _cuts(names, high):
            return None
        name = names[low:high].strip()
        if not name:
            return None
        if rules.is_time_column(name) or not rules.is_setup_name(name):  # a case's times: measured
            pairs.append((f"{label}/{name}", value))
        low = high
    return [(pairs, MEASURED)] if pairs else None


def _cuts(text: str, at: int) -> bool:
    """True when an edge at `at` falls inside a word of `text`."""
    return 0 < at < len(text) and not text[at - 1].isspace() and not text[at].isspace()
