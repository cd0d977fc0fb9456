"""Rows under columns that count a thing: COUNTED_COLUMNS (rules).

A model fitted with 1, 2, ... components (trees, layers, terms) is summarised as a matrix with a
column per count, each named by its number and the thing counted, maybe after columns of no
count (R's pls: ``summary``, ``RMSEP``, ``R2``)::

           (Intercept)  1 comps  2 comps  3 comps
    CV           27.46    4.532    4.026    2.071
    adjCV        27.46    4.151    4.073    2.054

Each row is one statistic over the counts: a series named by its label, a point per column at
the column's count as its step (a column of no count, ``(Intercept)``, states no step). The
header is told by its names: two or more ``<whole number> <word>`` cells two or more spaces
apart, all of one word, their numbers rising; each row's values stand under them, as many.
A vector printed under such names (no label) names nothing: its row is read and gives none,
unless a caption closed by a colon right above the names names it (CAPTIONED_VECTOR).
What is left alone: a header of bare numbers (bins, classes, quantiles), names counting other
things side by side (``1 epoch  3 steps``), a row with text among its values (``ls -l``,
``df -h``), a row whose values do not stand under the names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .grammar import NUMBER
from ..lazyre import LazyPattern

_CELL = LazyPattern(r"\S+(?: \S+)*")  # a header's cell: words one space apart
_COUNT = LazyPattern(r"(\d{1,4}) ([^\W\d_][\w.]*)\Z")  # "3 comps"
_COUNT_IN = LazyPattern(r"\d [^\W\d_][\w.]*  ")  # a cheap test: a counted name, then a gap
_TOKEN = LazyPattern(r"\S+")
_VALUE = LazyPattern(rf"{NUMBER}\Z")
_LETTER = LazyPattern(r"[^\W\d_]")

Column = tuple[str | None, int, int]  # the step (None: no count), where the name stands


def counted_header(line: str) -> list[Column] | None:
    """The columns of `line` when it is a header of counted names, else None."""
    if _COUNT_IN.search(line + "  ") is None:
        return None
    columns: list[Column] = []
    word, last = None, -1
    for cell in _CELL.finditer(line):
        count = _COUNT.match(cell.group())
        if count is None:
            if columns and columns[-1][0] is not None or _LETTER.match(cell.group()) is None and (
                    not cell.group().startswith("(")):
                return None  # a name after the counts, or a number among the names
            columns.append((None, *cell.span()))
            continue
        number = int(count.group(1))
        if word not in (None, count.group(2)) or number <= last:
            return None  # counts of different things, or counts not rising
        word, last = count.group(2), number
        columns.append((count.group(1), *cell.span()))
    return columns if sum(step is not None for step, _, _ in columns) >= 2 else None


def counted_row(line: str, columns: list[Column]) -> tuple[str, list[str]] | None:
    """The label (maybe "") and values of `line` standing under `columns`, else None."""
    tokens = [(m.group(), m.span()) for m in _TOKEN.finditer(line)]
    at = 0
    while at < len(tokens) and _VALUE.match(tokens[at][0]) is None:
        at += 1
    values = tokens[at:]
    if len(values) != len(columns) or any(_VALUE.match(token) is None for token, _ in values):
        return None
    if any(not (start < right and left < end)
           for (_, (start, end)), (_, left, right) in zip(values, columns)):
        return None  # a value under no name of its own
    label = " ".join(token for token, _ in tokens[:at])
    if at and (tokens[at - 1][1][1] > columns[0][1] or _LETTER.search(label) is None):
        return None  # a label reaching under the names, or holding no word
    return label, [token for token, _ in values]


# CAPTIONED_VECTOR: a caption flush left closed by a colon, its last comma's part one word
_CAPTION = LazyPattern(r"(?:[^,:]*, )?([^\W\d_][\w.^/-]*):\s*\Z")


def vector_caption(lines: Sequence[str], first: bool) -> str | None:
    """CAPTIONED_VECTOR (rules): the name a caption right above a vector's counted names gives
    it (``yarn model, R2:`` names ``R2``): the caption's part after its last comma, one word (a
    phrase, ``Per layer count:``, describes the vector, names no statistic). `lines` are the
    caption's line and the names'; None when the first is no such caption or the row is not the
    names' first."""
    if not first or len(lines) < 2 or not lines[-2][:1].isalpha():
        return None
    caption = _CAPTION.match(lines[-2])
    return None if caption is None else caption.group(1)


def continued_header(line: str, word: str, last: int) -> list[Column] | None:
    """WRAPPED_COUNTS (rules): the columns of `line` when it goes on with counted names of
    `word` past `last` (R wraps a wide vector or matrix: ``    6 comps``, one name or more, after
    the rows of ``1 comps .. 5 comps``), else None."""
    columns: list[Column] = []
    for cell in _CELL.finditer(line):
        count = _COUNT.match(cell.group())
        if count is None or count.group(2) != word or int(count.group(1)) <= last:
            return None
        last = int(count.group(1))
        columns.append((count.group(1), *cell.span()))
    return columns or None


class CountedReader:
    """Reads rows under a header of counted names; remembers the header while its rows follow."""

    def __init__(self):
        self._columns: list[Column] | None = None
        self._last: str | None = None  # the last row read under them
        self._header: str | None = None  # the header they were read under
        self._name: str | None = None  # the caption's name of the vector read under them
        self._wrap: tuple[str, str, int] | None = None  # the last row, its names' word, last count

    def _header_of(self, above: str, before: Callable[[int], Sequence[str]]) -> list[Column] | None:
        """The counted columns `above` heads, or the columns going on after the last row read
        when `above` wraps its header right under that row (WRAPPED_COUNTS); else None."""
        columns = counted_header(above)
        if columns is not None or self._wrap is None or before(2)[:1] != [self._wrap[0]]:
            self._name = None if columns is not None else self._name
            return columns
        return continued_header(above, self._wrap[1], self._wrap[2])

    def read(self, line: str, before: Callable[[int], Sequence[str]], taken: str | None = None):
        """A list of steps (one per column) for a row of a counted table, an empty list for an
        unlabelled one, else None. `taken` is the line above when another table read it as its row:
        a row is no header (and its line need not be tried as one, an indented table's cost)."""
        above = before(1)
        if not above or above[-1] == taken:
            self._columns = self._last = None
            return None
        columns = self._columns if above[-1] == self._last else self._header_of(above[-1], before)
        row = None if columns is None else counted_row(line, columns)
        if columns is None or row is None:
            self._columns = self._last = None
            return None
        if above[-1] != self._last:
            self._header = above[-1]
        self._columns, self._last = columns, line
        word = _COUNT.match(self._header[columns[-1][1]:columns[-1][2]]) if columns[-1][0] and self._header else None
        self._wrap = (line, word.group(2), int(word.group(1))) if word else None
        label, values = row
        if not label:  # a vector under its names: named only by a caption over them
            caption = vector_caption(before(2), above[-1] == self._header) or self._name
            if caption is None:
                return []
            label = self._name = caption
        return [([(label, value)], step) for value, (step, _, _) in zip(values, columns)]
