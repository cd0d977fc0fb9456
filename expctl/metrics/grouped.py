"""GROUPED_HEADER (rules): rows without bars under a header whose columns bars part in groups.

MIP solvers print their search so (HiGHS, Gurobi): a line of group titles, a line of column
names, both parted by ``|``, then rows of right-aligned cells with no bar at all::

            Nodes      |    B&B Tree     |     Objective Bounds      |  Work
    Src  Proc. InQueue |  Leaves   Expl. | BestBound  BestSol    Gap | Time
     z       0       0         0   0.00%   -inf       0          Large   0.0s

Each word of the names' line is a column (names stand one space apart there); a row's cell
belongs to the column it stands under (as FIRST_ROW_GAPS places cells). A row is read when
every cell stands under one column of its own and three or more are numbers. What a cell gives:

* a number, under a column that is a metric: its value, named by the column alone (the group
  titles say what kind of column it is, not which quantity: ``BestBound`` is whole);
* nothing, for a word (a source letter ``z``, ``Large``), a unit (a time ``0.0s``), a column
  cut short (``Expl.``, CUT_NAMES: a name closing with a period is abbreviated) or named as a
  time, a count or a step (`rules`), or a whole number printed without a point and not
  negative, in a column that is no result (node, cut and iteration counts: a search's
  bookkeeping, as COUNTED_PLURAL's ``moves: 7``) and has not yet shown itself measured by a
  point or a minus sign: such a number is held until it does (HELD_WHOLES: the incumbent
  ``BestSol`` is ``0`` before the first solution, ``-596`` after).

The header stays the table's while rows of it come, other lines between (a restart's report);
a new header replaces it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL
from .cells import cell_kind
from .held_wholes import Entry, hold, release
from .ruled import RuledReader
from ..lazyre import LazyPattern

_LOOK_BACK = 4
_WORD = LazyPattern(r"[^\s|│┃║]+")  # a word of the names' line: bars part groups, spaces names
_CELL = LazyPattern(r"\S+")
_WHOLE = LazyPattern(r"\d+\Z")  # a whole number, not negative, printed without a point
_MEASURED = LazyPattern(r"-\d|[-+]?\d*\.\d")  # HELD_WHOLES: a point or a minus sign, no count's


class GroupedHeader:
    """The columns of a grouped header: each name and where it stands."""

    __slots__ = ("names", "spans", "metrics", "bars", "steps")

    def __init__(self, line: str):
        found = list(_WORD.finditer(line))
        self.names = [match.group() for match in found]
        self.spans = [match.span() for match in found]
        self.bars = [at for at, char in enumerate(line) if char == "|"]
        self.steps = [rules.step_column_rank(name) for name in self.names]
        self.metrics = [not (name.endswith(".") or rules.is_time_column(name)
                             or rules.is_count_column(name)
                             or rules.step_column_rank(name) is not None)
                        for name in self.names]

    def place(self, line: str) -> list[tuple[int, str]] | None:
        """(column, cell) of each cell of `line`, or None when one stands under no column, under
        two, or beside another in the same column."""
        placed: list[tuple[int, str]] = []
        taken: set[int] = set()
        for match in _CELL.finditer(line):
            start, end = match.span()
            under = [i for i, (left, right) in enumerate(self.spans) if start < right and left < end]
            if len(under) != 1 or under[0] in taken:
                return None
            taken.add(under[0])
            placed.append((under[0], match.group()))
        return placed


def find_grouped_header(lines: Sequence[str]) -> GroupedHeader | None:
    """The grouped header right above a row (past blank lines): a line of names holding two
    or more bars, under a line of titles parted by bars where its own stand."""
    names = [line for line in lines if line.strip()]
    if len(names) < 2:
        return None
    line, titles = names[-1], names[-2]
    bars = [at for at, char in enumerate(line) if char == "|"]
    if len(bars) < 2 or any(titles[at:at + 1] != "|" for at in bars):
        return None
    header = GroupedHeader(line)
    if len(header.names) < 3 or not all(cell_kind(name) == "name" or _GROUPED_NAME.match(name)
                                        for name in header.names):
        return None
    return header


# BARRED_GROUPS (rules): a name of a quantity spelt as a formula ("%Var(y)", R's trace).
_GROUPED_NAME = LazyPattern(r"%?[^\W\d][\w.]*(?:\([\w.]{1,8}\))?\Z")


def _barred(header: GroupedHeader, line: str) -> str | None:
    """BARRED_GROUPS: `line` with its bars blanked when they stand where the header's do
    (randomForest's ``  20 |    5.537    15.73 |``), None when a bar stands elsewhere."""
    bars = [at for at, char in enumerate(line) if char == "|"]
    if not bars:
        return line
    if bars != header.bars[:len(bars)] or len(bars) < len(header.bars) - 1:
        return None
    return line.replace("|", " ")


def read_grouped_row(header: GroupedHeader, line: str, wholes: set[int] | None = None,
                     holding: list | None = None) -> list[tuple[str, str]] | None:
    """The pairs of a row under `header` (see the module docstring), or None for no row.
    HELD_WHOLES: `wholes` are the columns not yet shown measured (a point, a minus sign); a
    whole number in one goes to `holding`, one in another column is a value."""
    barred = _barred(header, line)
    if barred is None:
        return None
    placed = header.place(barred)
    if placed is None:
        return None
    numbers = [(at, cell, NUMBER_CELL.match(cell)) for at, cell in placed]
    numbers = [(at, cell, match.group(1)) for at, cell, match in numbers if match is not None]
    if len(numbers) < 3:
        return None
    pairs = []
    for at, cell, value in numbers:
        name = header.names[at]
        if not header.metrics[at]:
            continue
        if _WHOLE.match(cell) and not rules.is_result_name(name) and (wholes is None or at in wholes):
            if holding is not None:  # a whole number is a count; "75%" is a share
                holding.append((at, name, value))
            continue
        if wholes is not None and _MEASURED.match(cell):
            wholes.discard(at)
        pairs.append((name, value))
    return pairs


def grouped_step(header: GroupedHeader, line: str) -> str | None:
    """BARRED_GROUPS: the row's step from the header's finest step column (``Tree``), or None."""
    placed = header.place(line.replace("|", " ")) or []
    ranked = [(header.steps[at], cell) for at, cell in placed
              if header.steps[at] is not None and NUMBER_CELL.match(cell)]
    return NUMBER_CELL.match(min(ranked)[1]).group(1) if ranked else None


class GroupedReader:
    """The grouped table of a run's output: its header while its rows come."""

    def __init__(self):
        self.header: GroupedHeader | None = None
        self.ruled = RuledReader()  # RULED_COLUMNS: the tables' reader asks it first
        self._wholes: set[int] = set()  # HELD_WHOLES: the header's columns not shown measured
        self._kept: list | None = []  # and the whole numbers they gave, held

    def read_barred(self, line: str, before: Callable[[int], Sequence[str]]):
        """BARRED_GROUPS: a barred line no barred table reads, as a grouped table's row."""
        return self.read(line, before) if line[:1].isspace() else None

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """The step of a row of a grouped table (``[(pairs, None)]``, or ``[]`` for a row of
        counts only), or None when `line` is none."""
        found = find_grouped_header(before(_LOOK_BACK))
        if found is not None and (self.header is None or found.names != self.header.names or (
                found.spans != self.header.spans)):
            self.header, self._wholes, self._kept = found, set(range(len(found.names))), []
        if self.header is None:
            return None
        whole, holding = set(self._wholes), list[Entry]()
        pairs = read_grouped_row(self.header, line, self._wholes, holding)
        if pairs is None:
            return None
        step = grouped_step(self.header, line) if "|" in line else None  # BARRED_GROUPS only
        released = release(self._kept, whole - self._wholes, self._wholes) if whole != self._wholes else []
        self._kept = hold(self._kept, step, holding if self._kept is not None else [])
        return released + [(pairs, step)] if pairs else released
