"""Tables whose last column is free text: TEXT_COLUMN (rules).

A profiler prints a table of the places of a program it measured, one row each, the place in
a last column of text set left under its name; the numbers before it stand under theirs::

       ncalls  tottime  percall  cumtime  percall filename:lineno(function)
         3001    0.002    0.000    0.048    0.000 gen.py:36(<genexpr>)   <- gen.py:36(<genexpr>)/tottime

    Line #    Mem usage    Increment  Occurrences   Line Contents
    =============================================================
        26     41.1 MiB     11.4 MiB           1       a = [0] * n       <- 26/Mem usage

The rows are things, not steps (ENTITY_NAMES): each value is ``<row>/<column>``, the row named
by a first column that numbers the rows (a name holding the word ``#``, or ``No.``, ``id``,
``index``: ``Line #``), else by its text. The text column's name is the header's words right of
the row's last number (one name: its words one space apart); the column holds anything (code, a function's place) past the end of the
last name before it (memory_profiler sets its code two places left of its name); the cells
before it each stand under one name of the header (names two spaces apart), found above the
rows past a rule and rows this reader did not read. A value may carry its unit one space after
it (``41.1 MiB``, ``2.1 ms``, ``3 eV``: the unit dropped, as UNIT_CELLS drops it); a cell of two counts (``92735/1``, calls and
primitive calls) gives no value, a whole number under a counted plural (``Hits``) none either,
and a row of whole numbers alone nothing (a listing's counts). A name the header holds twice is named, the second time, after
the column before it too (``percall (cumtime)``: REPEATED_COLUMN). Every other column is kept, times
too: what a profiler measured of a place is its result. A header naming a step column
makes the rows steps, which this reader leaves to the others; a text that names a second row
of one print of the table makes it data (REPEATED_TEXT: ``COMPLETE``, a category): its rows
from there on give nothing. A column may be named ``%`` (a share). A heap profiler's table (its
text a kind of object: HEAP_TABLE, `heap_tables`) gives each kind's sizes only, whole bytes
too, its index no name, its names one space apart each placed over its cell, and the total its
title states (HEAP_TOTAL) with its first row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .headers import BORDER
from .heap_tables import heap_sizes, heap_total, is_heap_header
from .summary import MEASURED
from .units import is_unit
from ..lazyre import LazyPattern

# A row opens, set in, with a number (a count pair "92735/1" too) and a column gap.
OPENS = LazyPattern(r"[ \t]+[-+]?\d[\d./]*(?:  |\t)")
_VALUE = LazyPattern(r"([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)%?\Z")
_COUNTS = LazyPattern(r"\d+/\d+\Z")  # "92735/1": calls and primitive calls, no value
_TOKEN = LazyPattern(r"\S+")
_NAME = LazyPattern(r"\S+(?: \S+)*")  # a header's names, two spaces apart or more
_WORD = LazyPattern(r"(?<!\S)\S")  # where a header's words start
_LETTER = LazyPattern(r"[^\W\d_]")
_SIZE_OR_TIME = LazyPattern(r"(?:[kKMGTP]i?)?B\Z|[mµμun]?s\Z")  # "MiB", "KB", "ms": a unit too
_KEY_WORDS = frozenset(("no", "id", "index"))
_LOOK_BACK = 8
_SET_IN = frozenset(" \t")  # what a row's first character is (OPENS_WITH_CELLS)
_ROW_START = LazyPattern(r"[ \t]+[-+]?\d")  # a row of the table, read or not, above a row
_MARK = LazyPattern(r"[^\W\d_]+\Z")  # MARKED_ROWS: one word of letters ("best", "*" no)

Steps = list[tuple[list[tuple[str, str]], object]]


class _Table:
    """A header read: where its text column starts, its other columns (name, start, end), and
    whether the first of them numbers the rows."""

    __slots__ = ("header", "at", "columns", "key", "labels", "data", "sizes", "title")

    def __init__(self, header: str, columns: list[tuple[str, int, int]]):
        self.header, self.at = header, columns[-1][2]  # the text starts past the last number's name
        names = [name for name, _, _ in columns]
        named = [f"{name} ({names[i - 1]})" if i and name in names[:i] else name  # REPEATED_COLUMN
                 for i, name in enumerate(names)]
        self.columns = [(name, start, end) for name, (_, start, end) in zip(named, columns)]
        first = names[0].lower().rstrip(".")
        # HEAP_TABLE: the size columns of a heap profiler's table, its kinds named by the text
        self.sizes = heap_sizes((*names, header[self.at:].strip()))
        self.key = ("#" in first.split() or first in _KEY_WORDS) and not self.sizes
        self.title: list[tuple[str, str]] = []  # HEAP_TOTAL: the total the line above states
        self.labels: set[str] = set()  # the rows' names in this print of the table
        self.data = False  # a name printed twice: the text is a category, no row's name


class TextColumnReader:
    """Rows of tables whose last column is text (see the module docstring)."""

    def __init__(self, ahead: Callable[[int], Sequence[str]] = lambda count: ()) -> None:
        self._ahead = ahead  # the lines after the row (MARKED_ROWS), `holding`'s Ahead
        self._table: _Table | None = None  # the last header read, kept for its rows
        # The last row looked at and its table (None: no header in reach): a row right under it
        # has the same, so a run of rows of any table costs one look back, not one each.
        self._row: tuple[str, _Table | None] = ("", None)
        self._refused = ""  # the last header that fits no row: it names a step column

    def passes(self, line: str, above: str) -> bool:
        """True when `line`, a row of numbers with a letter in it (a unit's), right under the
        line `above`, is no row of such a table and `read` would find so at once: it is not set
        in, or the row above was found under no such table (noted for the row after, as `read`
        notes it). False when only `read` can tell (ALIGNED_RUN then leaves the row to it)."""
        if line[:1] not in _SET_IN or not OPENS.match(line):
            return True
        if above == self._row[0] and self._row[1] is None:
            self._row = (line, None)
            return True
        return False

    def read(self, line: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
        """The step of `line` as a row of such a table (empty when its cells give no value),
        or None when it is no such row."""
        if line[:1] not in _SET_IN or "|" in line or not OPENS.match(line):
            return None
        if not _LETTER.search(line):
            return None  # a row of numbers only, the common row: no text in it
        above = before(1)
        if above and above[-1] == self._row[0] and self._row[1] is None:
            self._row = (line, None)
            return None  # under a row of no such table: neither is this one
        cells = _cells(line)
        if cells is None:
            return None
        values, text_at = cells
        table = self._find(line, before, above, text_at, values)
        if table is None:
            return None
        placed = _placed(table, values)
        if placed is None:
            return None
        label = line[table.at:].strip()
        if table.key:
            label = placed.pop(0, "")
            if not label.isdigit():
                return None
        elif not label or _VALUE.match(label.split(None, 1)[0]):
            return None  # a number where the text stands: no such table
        if _MARK.match(label) and _marked(table.at, above, self._ahead):
            return None  # MARKED_ROWS: a column of marks, left blank on most rows
        if label in table.labels or table.data:
            table.data = True
            return []  # REPEATED_TEXT: rows of data sharing a category, no places measured
        total, table.title = table.title if not table.labels else [], []  # HEAP_TOTAL, once a print
        table.labels.add(label)
        if table.sizes:  # HEAP_TABLE: the kind's sizes, whole bytes too
            return [(total + [(rules.label_name(label, table.columns[at][0]), _VALUE.match(placed[at]).group(1))
                              for at in sorted(table.sizes) if at in placed and _VALUE.match(placed[at])], MEASURED)]
        pairs = [(rules.label_name(label, name), value.group(1)) for at, cell in sorted(placed.items())
                 if (value := _VALUE.match(cell)) and not rules.is_counted(name := table.columns[at][0], cell)]
        if not any("." in value for _, value in pairs):
            return []  # whole numbers only: a listing's counts (files, dirs), no measurement
        return [(pairs, MEASURED)]

    def _find(self, line: str, before: Callable[[int], Sequence[str]], above: Sequence[str],
              text_at: int, values: list[tuple[str, int, int]]) -> _Table | None:
        """The table of the row `line` (`above` the line before it): its header above, past a
        rule and rows not read."""
        if above and above[-1] == self._row[0]:
            table = self._row[1]
        else:
            header, table = self._look_back(before, text_at, values)
            if table is None and header and header != self._refused:
                return None  # a header this row does not fit: the next row may (not kept)
        self._row = (line, table)
        return table if table is not None and text_at >= table.at else None

    def _look_back(self, before: Callable[[int], Sequence[str]], text_at: int, values: list[tuple[str, int, int]]
                   ) -> tuple[str, _Table | None]:
        """The line above that may be the header ("" when none is in reach) and its table."""
        lines = before(_LOOK_BACK)
        for back, above in enumerate(reversed(lines), 1):
            if not above.strip():
                return "", None
            if BORDER.match(above) or _ROW_START.match(above):
                continue  # a rule, a row (one not read too: "    31     def f(n):")
            table = self._table
            if table is not None and table.header == above:
                table.labels, table.data = set(), False  # a print of it again
                table.title = heap_total(lines[-back - 1]) if table.sizes and back < len(lines) else []
                return above, table
            if above == self._refused or any(rules.step_column_rank(name) is not None
                                             for name in _NAME.findall(above)):
                self._refused = above
                return above, None  # the rows are steps
            table = _header(above, values, text_at)
            if table is not None:
                self._table = table
                table.title = heap_total(lines[-back - 1]) if table.sizes and back < len(lines) else []
            return above, table
        return "", None


def _cells(line: str) -> tuple[list[tuple[str, int, int]], int] | None:
    """The value cells a row opens with (text, start, end; a unit after a value joined to it)
    and where its text starts; None when no text follows them."""
    cells: list[tuple[str, int, int]] = []
    for token in _TOKEN.finditer(line):
        word = token.group()
        if _VALUE.match(word) or _COUNTS.match(word):
            cells.append((word, token.start(), token.end()))
        elif cells and token.start() == cells[-1][2] + 1 and (is_unit(word) or _SIZE_OR_TIME.match(word)):
            cells[-1] = (cells[-1][0], cells[-1][1], token.end())  # "41.1 MiB"
        else:
            return (cells, token.start()) if cells else None
    return None


def _header(header: str, values: list[tuple[str, int, int]], text_at: int) -> _Table | None:
    """The table of `header` over a row of `values` (text, start, end) whose text starts at
    `text_at`, or None when it is no such header."""
    last = values[-1][2]
    at = next((word.start() for word in _WORD.finditer(header, last) if word.start() > last), None)
    if at is None or not _LETTER.search(header[at:]) or "  " in header[at:].strip():
        return None  # the text column's name is one: words one space apart
    columns = [(name.group(), name.start(), name.end()) for name in _NAME.finditer(header, 0, at)]
    if len(columns) < len(values):  # HEAP_TABLE: guppy's names one space apart, each over its cell
        tokens = [(name.group(), name.start(), name.end()) for name in _TOKEN.finditer(header, 0, at)]
        if len(tokens) == len(values) and is_heap_header([*(name for name, _, _ in tokens), header[at:]]) and all(start < cell[2] and cell[1] < end for (_, start, end), cell
                                              in zip(tokens, values)):
            columns = tokens
    if len(columns) < 2 or text_at < columns[-1][2] or not all(
            _LETTER.search(name) or "#" in name or name == "%" for name, _, _ in columns):  # a share
        return None
    return _Table(header, columns)


def _placed(table: _Table, values: list[tuple[str, int, int]]) -> dict[int, str] | None:
    """The row's cells by the column each stands under (its span overlaps that name's and no
    other's), each value's unit dropped; None when a cell stands under none, under two, or
    under a column another cell took, or across the text column's start."""
    placed: dict[int, str] = {}
    for cell, start, end in values:
        if start >= table.at:
            break  # the text opens with a number: "1 + 2"
        if end > table.at:
            return None
        under = [at for at, (_, left, right) in enumerate(table.columns) if start < right and left < end]
        if len(under) != 1 or under[0] in placed:
            return None
        placed[under[0]] = cell.split(" ", 1)[0]
    return placed



def _marked(at: int, above: Sequence[str], ahead: Callable[[int], Sequence[str]]) -> bool:
    """MARKED_ROWS (rules): True when a row of the table next to this one, the one before it
    (`above`) or one of the rows after it (`ahead`), has cells before the text column (past
    `at`) and nothing in it: the text column marks a few rows (``best``, ``tie``), it names
    none; the rows are steps or things the other readers name."""
    if above and _blank_text(above[-1], at):
        return True
    for row in ahead(_LOOK_BACK):
        if not _ROW_START.match(row):
            return False  # the table ends: every row's text given, a column of names
        if _blank_text(row, at):
            return True
    return False


def _blank_text(row: str, at: int) -> bool:
    """True for a row of the table, two cells or more before `at` and nothing from there."""
    return _ROW_START.match(row) is not None and not row[at:].strip() and len(row[:at].split()) >= 2
