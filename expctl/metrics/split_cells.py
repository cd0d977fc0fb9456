"""SPLIT_CELLS (rules): a drawn table whose cells part further into aligned sub-columns.

A logger may draw one cell per group of results and set the group's several values inside it,
aligned under names on the header's last line, the group's title on the lines above::

    ┏━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━┓
    ┃       ┃      Data: train       ┃      Data: valid       ┃
    ┃ #Est. ┃         Metric         ┃         Metric         ┃
    ┃       ┃  acc    balanced_acc   ┃  acc    balanced_acc   ┃
    ┣━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━━━┫
    ┃   1   ┃ 0.875      0.886       ┃ 0.830      0.802       ┃

The header is every line from the box's top (a border, a blank line) down to the rule right
above the first row, each line's bars where the row's stand. A cell of its last line holding
two or more names parted by gaps (two spaces or more) is split: each of the row's numbers in
that cell belongs to the name it stands under (as GROUPED_HEADER places cells), and is named
``<group>/<name>`` (the name alone under no title). The group is the cell's lines above the
names, top to bottom, less

* a line printed alike over every split cell (two or more: ``Metric``): it names what the
  sub-columns are, the same in each group, and tells none apart;
* a level's name before a colon (``Data: train``): the value after it names the group.

An unsplit cell is a column of its own, named by its lines joined (WRAPPED_HEADER): a step
column's number is the row's step, a word there (``final``) leaves the row without one; a
number under a result's name is a value; any other cell (a dict of class counts) gives nothing,
but a name there labels the row (a covariance matrix's), which is no row of this shape.
A row is read when its bars stand where the header's do and every split cell holds numbers
only, each under one name of its own; the layout holds for the rows after it (a rule between
them too) until a row's bars stand elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL, cell_kind
from .headers import BORDER
from ..lazyre import LazyPattern

_BARS = frozenset("|│┃║")
_LOOK_BACK = 8  # the rule, up to six header lines, the top border
_NAME = LazyPattern(r"\S+(?: \S+)*")  # a name of the names' line: words one space apart
_TOKEN = LazyPattern(r"\S+")
_LEVEL = LazyPattern(r"[^\W\d][\w ]{0,30}:\s+(\S.*)\Z")  # "Data: train": a level, its value


def _bars(line: str) -> tuple[int, ...]:
    return tuple(at for at, char in enumerate(line) if char in _BARS)


class _Column:
    """A column: its cell (between which bars), where its name stands in a split cell (None for
    a whole cell), its name, whether it is a step column (rank) or a result's."""

    __slots__ = ("cell", "span", "name", "metric", "step")

    def __init__(self, cell: int, span: tuple[int, int] | None, name: str, sub: str):
        self.cell, self.span, self.name = cell, span, name
        self.step = rules.step_column_rank(sub)
        self.metric = self.step is None and bool(sub) and not (
            sub.endswith(".") or rules.is_time_column(sub) or rules.is_count_column(sub))


class SplitLayout:
    """Where a split header's bars stand and what each column of it is."""

    def __init__(self, bars: tuple[int, ...], columns: list[_Column]):
        self.bars, self.columns = bars, columns
        self.split = {column.cell for column in columns if column.span is not None}
        self.seen: set[str] = set()


def _group(parts: list[str], alike: set[int]) -> str:
    """The group a split cell's title lines name (see the module docstring)."""
    kept = []
    for at, part in enumerate(parts):
        if not part or at in alike:
            continue
        level = _LEVEL.match(part)
        kept.append(level.group(1).strip() if level else part)
    return " ".join(kept)


def find_layout(lines: Sequence[str], bars: tuple[int, ...]) -> SplitLayout | None:
    """The split header closed by the rule that is the last of `lines`, its bars at `bars`."""
    if len(bars) < 3 or not lines or not lines[-1].strip() or BORDER.match(lines[-1]) is None:
        return None
    header: list[str] = []
    for line in reversed(lines[:-1]):
        if not line.strip() or BORDER.match(line) is not None:
            break
        if _bars(line) != bars:
            return None
        header.insert(0, line)
    if not header:
        return None
    cells = [[line[left + 1:right] for left, right in zip(bars, bars[1:])] for line in header]
    last = cells[-1]
    names = [list(_NAME.finditer(cell)) for cell in last]
    if not any(len(found) > 1 for found in names) or not all(
            cell_kind(match.group()) == "name" for found in names for match in found):
        return None
    split = [at for at, found in enumerate(names) if len(found) > 1]
    titles = {at: [row[at].strip() for row in cells[:-1]] for at in split}
    alike = {row for row in range(len(cells) - 1)
             if len(split) > 1 and len({titles[at][row] for at in split}) == 1}
    columns = []
    for at, found in enumerate(names):
        if at not in titles:
            name = " ".join(part for row in cells if (part := row[at].strip()))
            columns.append(_Column(at, None, name, name))
            continue
        group, start = _group(titles[at], alike), bars[at] + 1
        for match in found:
            sub = match.group()
            span = (start + match.start(), start + match.end())
            columns.append(_Column(at, span, f"{group}/{sub}" if group else sub, sub))
    return SplitLayout(bars, columns)


def _placed(layout: SplitLayout, line: str) -> dict[int, str] | None:
    """Each split column's number in `line` (by its index in the layout), or None when a
    token stands under no name, under two, beside another, or is no number."""
    placed: dict[int, str] = {}
    for cell in layout.split:
        left, right = layout.bars[cell], layout.bars[cell + 1]
        subs = [(i, column.span) for i, column in enumerate(layout.columns)
                if column.cell == cell and column.span is not None]
        for token in _TOKEN.finditer(line, left + 1, right):
            start, end = token.span()
            under = [i for i, (a, b) in subs if start < b and a < end]
            number = NUMBER_CELL.match(token.group())
            if len(under) != 1 or under[0] in placed or number is None:
                return None
            placed[under[0]] = number.group(1)
    return placed


def read_split_row(layout: SplitLayout, line: str):
    """The row `line` under `layout`: ``[(pairs, step)]``, ``[]`` for a row read before, or
    None when it is none of the layout's rows."""
    placed = _placed(layout, line)
    if placed is None or len(placed) < 2:
        return None
    if line in layout.seen:
        return []
    layout.seen.add(line)
    pairs, step, rank = [], None, None
    for i, column in enumerate(layout.columns):
        if column.span is not None:
            if i in placed and column.metric:
                pairs.append((column.name, placed[i]))
            continue
        text = line[layout.bars[column.cell] + 1:layout.bars[column.cell + 1]].strip()
        number = NUMBER_CELL.match(text)
        if column.step is None and cell_kind(text) == "name":
            return None  # a label names the row's values: another table's shape
        if column.step is not None and number and (rank is None or column.step < rank):
            step, rank = number.group(1), column.step
        elif column.metric and number:
            pairs.append((column.name, number.group(1)))
    return [(pairs, step)] if pairs else []


class SplitCells:
    """The split table whose rows are coming, if any."""

    def __init__(self):
        self.layout: SplitLayout | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """A row of a split table (see `read_split_row`), or None."""
        if self.layout is None and not ((above := before(1)) and above[-1].strip() and BORDER.match(above[-1])):
            return None  # a split table's first row comes right under its rule
        bars = _bars(line)
        layout = self.layout
        if layout is None or layout.bars != bars:
            found = find_layout(before(_LOOK_BACK), bars)
            if found is None:
                return None
            layout = self.layout = found
        return read_split_row(layout, line)
