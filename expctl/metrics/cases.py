"""Benchmark tables: a row per case, its columns statistics of what the case measured
(CASE_TABLE in `rules`).

A benchmark runner prints its results as a table of the cases it timed, drawn with bars
(Node's ``console.table``, tabulate, a Markdown report)::

    │ (index) │ name          │ ops/sec │ mean (ns) │ rme (%) │   <- an index, a label column,
    │ 0       │ 'concat +='   │ 333011  │ 3002.9    │ 35      │      then statistics only
    │ 1       │ 'Array#join'  │ 120499  │ 8298.8    │ 11.47   │      concat +=/ops/sec ...

A column named by a statistic alone (``mean``, ``p99``, ``ops/sec``) says how a value was
summarised, not what was measured: the row's case is the quantity, so each cell is
``<case>/<statistic>``; one ``mean`` series across cases would merge different things. A table
whose columns name quantities (``accuracy``, ``mean accuracy``) is no such table: its rows are
instances of one kind, read by `tables` (LABELLED_ROWS). A first column named ``(index)`` or
``index`` (or left blank) over whole numbers numbers the rows, a count column (``samples``,
``runs``) counts them: neither gives a value. A label printed as a quoted string (JavaScript's
``'concat +='``) is the string. A row printed again under the same header is read once.

A column may name the quantity before its statistic (tinybench's ``Latency avg (ns)``,
``Throughput med (ops/s)``, under a ``Task name`` label column): the column says what was measured
and how it was summarised, so its whole printed name is kept (``sort 1k/Latency avg (ns)``). A
cell printed as a quoted string with its spread (``'6586.9 ± 16.38%'``) is the value; the
spread is dropped as SPREAD_CELLS drops it (CASE_TABLE).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .cells import NUMBER_CELL, cell_kind
from .headers import BORDER, bar_cells
from .summary import MEASURED
from .units import strip_unit
from ..lazyre import LazyPattern

Steps = list[tuple[list[tuple[str, str]], str]]

_LOOK_BACK = 3
_INDEX_NAMES = frozenset(("(index)", "index", ""))
# A statistic of repeated measurements, or a rate a benchmark reports per case.
_STATISTIC = LazyPattern(r"(?:mean|avg|average|median|med|min|max|minimum|maximum|std|stddev|stdev|"
                         r"sd|var|variance|rme|moe|mad|iqr|cv|p\d{1,3}(?:\.\d+)?|"
                         r"ops/s(?:ec)?|op/s|hz|ns/op|us/op|ms/op)\Z", re.IGNORECASE)
_COUNT_LABELS = frozenset(("count", "null_count", "nobs"))  # STATISTIC_ROWS
_COUNTS = frozenset("samples runs count n iterations iters rounds cycles".split())
_UNIT_ASIDE = LazyPattern(r"\s*\((?:%|[^\W\d]{1,4}(?:/[^\W\d]{1,4})?)\)\Z")  # "rme (%)", "mean (ns)"
_QUOTED = LazyPattern(r"""(['"])(.+)\1\Z""")
# A quantity named before its statistic: "Latency avg", "Throughput med" (words, then the stat).
_QUALIFIED = LazyPattern(r"[^\W\d_][\w ]{0,30}[^\W\d_] (\S+)\Z")
_WHOLE = LazyPattern(r"\d+\Z")


class CaseReader:
    """The header of the case table being read (its statistics' names, None for a column that
    gives no value, and whether an index column leads), and the rows read under it."""

    def __init__(self):
        self._header: tuple[str, ...] | None = None
        self._names: list[str | None] = []
        self._indexed = False
        self._seen: set[tuple[str, ...]] = set()
        self._last = ""  # the last row read: the row under it has the same header
        self._prev: tuple[str, list[str] | None] = ("", None)  # the last barred line, its cells

    def read(self, line: str, cells: list[str], before: Callable[[int], Sequence[str]]
             ) -> Steps | None:
        """The step of a case table's row (empty for a row read before), or None when `line`
        (a barred line, split in `cells`) is no such row."""
        prev, self._prev = self._prev, (line, cells)
        if not self._fits(cells, before, prev):
            return None
        values = cells[1:] if self._indexed else cells
        if self._indexed and not _WHOLE.match(cells[0].strip()):
            return None
        label = _unquoted(values[0])
        if not label or NUMBER_CELL.match(label):
            return None
        key = tuple(cell.strip() for cell in values)
        self._last = line
        if key in self._seen:
            return []
        self._seen.add(key)
        cells = [_unquoted(cell) for cell in values[1:]]
        pairs = [(f"{label}/{name}", NUMBER_CELL.match(cell).group(1))
                 for name, cell in zip(self._names, cells)
                 if name is not None and NUMBER_CELL.match(cell)]
        return [(pairs, MEASURED)] if pairs else []  # the rates are the results (STAT_LINE)

    def _fits(self, cells: list[str], before: Callable[[int], Sequence[str]],
              prev: tuple[str, list[str] | None]) -> bool:
        """True when the header above `cells` (past border lines) is a case table's of their
        width; the header is kept while it is the same line. A line above that is the `prev`
        barred line is not split again (a table's rows: each is the header candidate of the
        next)."""
        above = _above(before(_LOOK_BACK))
        if self._header is not None and above is not None and above == self._last:
            return len(cells) == len(self._header)  # under a row of ours
        header = None if above is None else prev[1] if above == prev[0] else bar_cells(above)
        if header is None or len(header) != len(cells) or not all(
                cell_kind(cell) == "name" or cell.strip() in _INDEX_NAMES for cell in header):
            return False
        if tuple(header) != self._header:
            names = _statistics(header)
            if names is None:
                return False
            self._header, self._seen = tuple(header), set()
            self._indexed, self._names = names
        return True


def is_count_label(label: str) -> bool:
    """STATISTIC_ROWS: a row label that counts the rows described (``count``, polars's
    ``null_count``), no statistic of their values."""
    return label.strip().lower() in _COUNT_LABELS


def is_statistic(name: str) -> bool:
    """True for a name that says how values were summarised (``mean``, ``p99``, ``sd``)."""
    return _STATISTIC.match(name) is not None


def _unquoted(cell: str) -> str:
    """A cell's text, past the quotes of a string printed as one (``'sort 1k'``)."""
    text = cell.strip()
    quoted = _QUOTED.match(text)
    return quoted.group(2) if quoted else text


def _above(lines: Sequence[str]) -> str | None:
    """The nearest line above that is no border line."""
    for line in reversed(lines):
        if not BORDER.match(line):
            return line
    return None


def _statistics(header: list[str]) -> tuple[bool, list[str | None]] | None:
    """Whether the header leads with an index column, and the names of its value columns (None
    for a count); None when it is no case table: a label column, then two or more columns,
    each a statistic or a count, at least two statistics."""
    names = [cell.strip() for cell in header]
    indexed = len(names) > 3 and names[0] in _INDEX_NAMES
    names = names[1:] if indexed else names
    if len(names) < 3 or not names[0] or names[0] in _INDEX_NAMES:
        return None
    columns: list[str | None] = []
    others = 0  # columns named by no statistic: one is read among two statistics (CASE_TABLE)
    for name in names[1:]:
        bare = strip_unit(_UNIT_ASIDE.sub("", name))
        if _STATISTIC.match(bare):
            columns.append(bare)
        elif (qualified := _QUALIFIED.match(bare)) and _STATISTIC.match(qualified.group(1)):
            columns.append(name)  # "Latency avg (ns)": the quantity and its statistic
        elif bare.lower() in _COUNTS:
            columns.append(None)
        elif others or not bare:
            return None
        else:
            others += 1
            columns.append(bare)
    return (indexed, columns) if sum(name is not None for name in columns) - others >= 2 else None
