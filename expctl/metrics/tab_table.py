"""Tables whose cells are parted by tabs: TAB_TABLE (rules).

An optimiser may print its progress as a table of tab-separated cells, spaces around the tabs,
a cell of a list among the numbers (pyGPGO's)::

    Evaluation 	 Proposed point 	  Current eval. 	 Best eval.
    init   	 [0.3525232  1.59085491]. 	  -3.9197357037560905 	 -3.9197357037560905
    1      	 [ 2. -2.]. 	  -3.529415498198926 	 -3.529415498198926

A row of three cells or more is read under the nearest line above of as many names parted by
tabs (past rows of the same shape; none named twice: CHAPTERS' tables are the aligned reader's): each number a point named by its column, at the step of the
row's step column (STEP_COLUMNS), else of its first column when that holds a whole number
(``Evaluation``: the count of the objective's evaluations numbers the rows, as a pandas index
does, FRAME_INDEX). A word there (``init``: the evaluations before the first step) leaves the
row without a step; a list (``[ 2. -2.].``, the point tried) or an empty cell gives nothing; any other cell,
and the line is no row. Columns of times and counts give nothing, as in any table.

Leading columns whose names say they group the rows (``GroupBy(model)``, as a ``GROUP BY``
keys a query's aggregates: GNU datamash's ``--header-out``) are the row's key, not values: their
cells, words or whole numbers, joined by ``/``, label the row, and each number after them is
``<key>/<column>`` (``cnn/128/mean(acc)``), one thing per row (GROUP_KEY_COLUMNS, ENTITY_NAMES).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import cell_kind
from ..lazyre import LazyPattern

_LIST = LazyPattern(r"\[[^\[\]]*\]\.?\Z")  # "[ 2. -2.].": a list cell, the point tried
_WORD = LazyPattern(r"[^\W\d_]+\Z")  # "init": a step column's word
_GROUP_BY = LazyPattern(r"(?i)group_?by\b")  # GROUP_KEY_COLUMNS: "GroupBy(model)"
_KEY = LazyPattern(r"[^\W_][\w.+-]*\Z")  # a key's cell: "cnn", "128", "resnet-50"
_LOOK_BACK = 8

Steps = list[tuple[list[tuple[str, str]], str | None]]


class TabTable:
    """The tab-separated table being read: its header's names and the last row read."""

    def __init__(self) -> None:
        self._names: list[str] | None = None
        self._last = ""

    def read(self, line: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
        """The step of `line` as a row of a tab-separated table, or None when it is none."""
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < 3:
            return None
        above = before(1)
        names = self._names
        if names is None or len(names) != len(cells) or not above or above[-1] != self._last:
            names = _header(before(_LOOK_BACK), len(cells))
        if names is None:
            return None
        keys = _keys(names)
        if keys:
            found = _keyed_row(names, cells, keys)
            if found is not None:
                self._names, self._last = names, line
            return found
        ranks = [rules.step_column_rank(name) for name in names]
        steps = [rank for rank in ranks if rank is not None]
        # the finest step column; else the first column, numbering the rows (FRAME_INDEX's way)
        at = ranks.index(min(steps)) if steps else 0 if cells[0].isdigit() or _WORD.match(cells[0]) else None
        pairs, step = [], None
        for index, (name, cell, rank) in enumerate(zip(names, cells, ranks)):
            kind = cell_kind(cell)
            if index == at:
                if cell.isdigit():
                    step = cell
                elif not _WORD.match(cell):
                    return None
            elif kind == "number":
                if rank is None and index != at and not rules.is_time_column(name) and not rules.is_counted(name, cell):
                    pairs.append((name, cell.rstrip("%")))
            elif kind != "empty" and not _LIST.match(cell):
                return None
        self._names, self._last = names, line
        return [(pairs, step)] if pairs else []


def _keys(names: list[str]) -> int:
    """How many leading columns GROUP_KEY_COLUMNS names the row's key (``GroupBy(batch)``);
    0 when the first does not, or when every column does (no values)."""
    count = 0
    while count < len(names) and _GROUP_BY.match(names[count]):
        count += 1
    return count if count < len(names) else 0


def _keyed_row(names: list[str], cells: list[str], keys: int) -> Steps | None:
    """GROUP_KEY_COLUMNS (rules): the row's numbers named ``<key>/<column>``, its key the
    cells of its `keys` leading columns; None when a key cell is empty or no word or number."""
    if not all(_KEY.match(cell) for cell in cells[:keys]):
        return None
    label = "/".join(cells[:keys])
    pairs = []
    for name, cell in zip(names[keys:], cells[keys:]):
        kind = cell_kind(cell)
        if kind == "number":
            if not (rules.is_time_column(name) or rules.is_count_column(name) or rules.is_counted(name, cell)):
                pairs.append((rules.label_name(label, name), cell.rstrip("%")))
        elif kind != "empty":
            return None
    return [(pairs, None)] if pairs else []


def _header(lines: Sequence[str], width: int) -> list[str] | None:
    """The names of the nearest line of `width` tab-separated names above, past rows of that
    many cells; None when another line comes first, or when it names a column twice (chapters
    over it say which: DEAP's ``fitness`` and ``size``, CHAPTERS)."""
    for text in reversed(lines):
        cells = [cell.strip() for cell in text.split("\t")]
        if len(cells) != width:
            return None
        if all(cell_kind(cell) == "name" for cell in cells):
            return cells if len(set(cells)) == len(cells) else None
    return None
