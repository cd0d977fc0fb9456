"""BAR_GROUPED_ROWS (rules): labelled rows whose values bars part in groups, under a header of
names that holds no bar.

FactoMineR prints the individuals and variables of a fit so (``summary(PCA(...))``, ``CA``,
``MCA``): a row's label, then a group of values per dimension (its coordinate, contribution and
squared cosine), each group closed by a bar; the header above names every value, no bar in it::

                    Dist    Dim.1    ctr   cos2    Dim.2    ctr   cos2
    SEBRLE      |  1.565 | -0.683  0.380  0.191 |  0.791  1.270  0.255 |   <- SEBRLE/Dist ...
    100m        |  0.816 22.235  0.666 |  0.113  1.068  0.013 |            <- 100m/Dim.1 ...

A row is a label flush left (one word: the bar after it says it is the label, ``100m`` too),
then numbers in groups, each after a bar set between spaces, a group of two numbers or more
among them (a barred table's cell holds one number: a table of one value per bar is left to the
barred readers; MCA's ``Var1  | 0.123 0.456 0.789 |`` is one group). Its header is the nearest
line above, past the rows of its table, that holds no bar and one name per number (a name
glued to its scale too, CA's ``Iner*1000``), each name standing over its number (sharing
columns with it). Each number is ``<label>/<name>``: the rows are things (individuals,
variables), not steps; a name printed once per group (``ctr``) gives one value per group, in
order. A column of steps, counts or times gives nothing (`rules`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import cell_kind
from ..lazyre import LazyPattern

_LOOK_BACK = 24  # a header above the rows of its table
_NUMBER = LazyPattern(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\Z")
_TOKEN = LazyPattern(r"\S+")
_SCALED = LazyPattern(r"[^\W\d][\w.]*\*\d+\Z")  # "Iner*1000": inertia, times 1000

Span = tuple[int, int]


def _numbers(line: str) -> list[tuple[str, Span]] | None:
    """The numbers of a bar-grouped row and where each stands, or None when `line` is none."""
    parts = line.rstrip().split("|")
    if len(parts) < 3 or not line[:1].strip() or len(parts[0].split()) != 1:
        return None  # no label flush left, one word, before two bars or more
    groups = [part.split() for part in parts[1:]]
    if not groups[-1]:
        groups.pop()  # the bar closing the row
    if not groups or max(map(len, groups)) < 2 or not all(groups):
        return None  # one number per bar: a barred table's row
    if not all(part[-1:] == " " for part in parts[:-1]) or not all(
            _NUMBER.match(token) for group in groups for token in group):
        return None  # a bar glued to a cell, or a cell that is no number
    tokens = [(m.group(), m.span()) for m in _TOKEN.finditer(line)][1:]
    return [(text, span) for text, span in tokens if text != "|"]


def _is_name(cell: str) -> bool:
    """A header's name: a name, or a word glued to its scale (CA's ``Iner*1000``)."""
    return cell_kind(cell) == "name" or _SCALED.match(cell) is not None


def _header(lines: Sequence[str], numbers: list[tuple[str, Span]]) -> list[str] | None:
    """The names over `numbers`, from the nearest line above that is no row of the table."""
    for line in reversed(lines):
        if _numbers(line) is not None:
            continue  # a row of the table above this one
        if "|" in line or not line.strip():
            return None
        names = [(m.group(), m.span()) for m in _TOKEN.finditer(line)]
        if len(names) != len(numbers) or not all(
                _is_name(name) and start < right and left < end
                for (name, (start, end)), (_, (left, right)) in zip(names, numbers)):
            return None
        return [name for name, _ in names]
    return None


def _gives(name: str) -> bool:
    """Whether a column gives values: not a step, count or time column."""
    return (rules.step_column_rank(name) is None and not rules.is_count_column(name)
            and not rules.is_time_column(name))


def read_group_bars(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one step of ``<label>/<name>`` pairs for a bar-grouped row under its header,
    else None (the line is no such row)."""
    if "|" not in line:
        return None
    numbers = _numbers(line)
    names = None if numbers is None else _header(before(_LOOK_BACK), numbers)
    if numbers is None or names is None:
        return None
    label = line.split(None, 1)[0]
    pairs = [(f"{label}/{name}", number) for name, (number, _) in zip(names, numbers)
             if _gives(name)]
    return [(pairs, None)] if pairs else []
