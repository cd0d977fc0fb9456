"""TIBBLE_ROWS (rules): an R tibble's rows, read by the column types printed under its names,
named by the label column that tells its rows apart (TIBBLE_KEY (rules)), in tiers
(TIBBLE_TIERS (rules)) or under a titled rule without types (RULED_TIBBLE (rules)).

R's tibble (printed by the pillar package: dplyr's summaries, bench::mark, yardstick's metrics,
broom's tidy fits) prints a caption with its size, its names one space apart (a name with a
space or a symbol in backquotes: ```itr/sec```), under them each column's type in angle
brackets, then the rows numbered (flush left below ten rows, right-aligned from ten)::

    # A tibble: 2 × 5
      expression      min   median `itr/sec` result
      <bch:expr> <bch:tm> <bch:tm>     <dbl> <list>
    1 sum          7.57µs   7.83µs    17901. <NULL>
    2 loop       665.51µs 839.33µs      827. <NULL>

The type row says what the names and the cells alone cannot: which columns hold numbers
(``<dbl>``, ``<int>``, bench's times ``<bch:tm>`` and sizes ``<bch:byt>``, printed with their
unit), which hold labels (``<chr>``, ``<fct>``), and which hold objects (``<list>``: ``<NULL>``,
``<tibble [200 × 3]>``). A number is as printed (its significant digits, a point closing a whole
one: ``17901.``, an exponent pillar pads: ``1.12e- 6``), in its printed unit; ``NA`` is no
value; an ``<int>`` column is a count unless its name says it is a result, a ``<lgl>`` one no
number; step, count and setup columns give nothing, but a benchmark's times are what it
measured. A text cell may hold spaces: the cells are then placed under the names, a label's
name set flush left over its column, a number's flush right (`_place`).

TIBBLE_KEY: a row is named ``label/column`` by the label column that tells the rows apart: the
first whose values are all different and none NA (broom.mixed's ``effect group term``: ``term``;
yardstick's ``.metric .estimator``: ``.metric``); with none such, the label columns whose values
vary, joined (``Adelie/female`` for a summary grouped by two columns); a tibble of one row, by
its first label; without labels, the column alone names the value. So the rows are held until
the tibble ends: its last row by the caption's count, a footer (``# ℹ 3 more rows``), the next
line when it is known, another reader's points, or the end of the output.

TIBBLE_TIERS: a tibble wider than the console is printed in tiers, each under names and types
of its own with the rows numbered again and no caption; a tier's rows take the names of the
rows of the tier above (the label columns print in the first tier only).

RULED_TIBBLE: skimr prints its tibbles under a titled rule (``── Variable type: numeric ──``)
with neither caption nor type row: there a column is a number when all its cells are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .symbol_labels import is_symbol
from .summary import MEASURED
from ..lazyre import LazyPattern

_TYPE_ROW = LazyPattern(r"\s+(?:<[\w:.]{1,16}>\s*)+\Z")  # "  <chr> <dbl> <bch:tm>"
_NAME = LazyPattern(r"`[^`]+`|\S+")  # a name, or one in backquotes
# an object in angle brackets is one cell, and so is a number whose exponent pillar pads ("1.12e- 6")
_CELL = LazyPattern(r"<[^<>]*>|[-+]?\d[\d.]*e[-+] +\d+|\S+")
_TYPE = LazyPattern(r"<([\w:.]+)>")
_ROW = LazyPattern(r" {0,12}(\d{1,7}) ")  # the row's number (the print set in, or right-aligned)
_CAPTION = LazyPattern(r"\s*# A tibble: (\d+|\?\?) ×")  # "# A tibble: 3 × 5", "# A tibble: ?? × 2" (a lazy query)
_FOOTER = LazyPattern(r"\s*# (?:ℹ|…|\.\.\.) ")  # "# ℹ 2 more variables: nobs <int>", "# … with 90 more rows"
_HEADING = LazyPattern(r"\s*─{2,} \S.*? ─+\s*\Z")  # a titled rule: "── Variable type: numeric ──"
_VALUE = LazyPattern(r"([-+]?(?:\d+\.?\d*(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?|Inf|NaN))([^\W\d_]{0,3})\Z")
_NUMBERS = frozenset(("dbl", "int", "num", "bch:tm", "bch:byt"))
_TEXTS = frozenset(("chr", "fct", "ord", "bch:expr"))
_UNITS = frozenset(("bch:tm", "bch:byt"))  # cells printed with their unit
_MISSING = frozenset(("NA", "<NA>"))  # a number's NA; a text's, in angle brackets without colour
_LOOK_BACK = 3  # the caption or the rows above, the names, the types
_UNTYPED = ""  # the kind of every column of a tibble printed without its types (RULED_TIBBLE)

Column = tuple[str, str, int, int]  # name, type ("" when not printed), where its name starts, ends
Steps = list[tuple[list[tuple[str, str]], str | None]]


class _Tibble:
    """One tier of a printed tibble: its columns, the rows the caption says it has (None when
    it has none), the names of the rows of the tier it continues, and its rows read so far (a
    row of NA and text only is no candidate line: the parser never shows it)."""

    __slots__ = ("columns", "count", "keys", "rows", "number")

    def __init__(self, columns: list[Column], count: int | None, keys: list[str | None] | None):
        self.columns, self.count, self.keys = columns, count, keys
        self.rows: list[list[str]] = []
        self.number = 0  # the number of the last row read


class TibbleReader:
    """Reads numbered rows under a tibble's names and types; holds them while rows follow."""

    def __init__(self):
        # the current tibble's columns; None: no tibble (only a row numbered 1 may start one:
        # the table reader asks for no other row then)
        self.columns: list[Column] | None = None
        self._tibble: _Tibble | None = None
        self._last: str | None = None  # the last line read as one of its rows
        self._keys: list[str | None] | None = None  # the names of the rows last released

    @property
    def held(self) -> bool:
        return self._tibble is not None and bool(self._tibble.rows)

    def claims(self, line: str, before: Callable[[int], Sequence[str]]) -> bool:
        """True when `line`, which reads as pairs too (skimr's ``ada: 23, sgd: 20``), is a row
        of the tibble being read, or the first row of one."""
        row = _ROW.match(line)
        if row is None:
            return False
        if row.group(1) != "1":
            return self.columns is not None and before(1) == [self._last]
        return _header(before(_LOOK_BACK), None) is not None

    def read(self, line: str, before: Callable[[int], Sequence[str]],
             after: Callable[[], str | None] = lambda: None) -> Steps | None:
        """The steps `line` finishes: a list (empty while a tibble's rows are held; the rows of
        a tibble that ended, named, when they are released), else None: no row of a tibble
        (MEASURED: a benchmark's times are its results)."""
        row = _ROW.match(line)
        if row is None:
            return self.flush() if self.held and _FOOTER.match(line) else None
        first = row.group(1) == "1"  # a tibble's first row: no look back for other numbered rows
        if self.columns is None and not first:
            return None
        lines, done = before(_LOOK_BACK), []
        above = lines[-1] if lines else None  # the row before, or one not shown (no number in it)
        if not (self.columns and (above == self._last or above is not None and _ROW.match(above))):
            done = self.flush()
            tier = self._keys if lines[-3:-2] == [self._last] else None  # TIBBLE_TIERS
            header = _header(lines, tier) if first else None
            self._tibble, self.columns = header, None if header is None else header.columns
        tibble, number = self._tibble, int(row.group(1))
        cells = _cells(line, row.end(), self.columns) if self.columns else None
        if tibble is None or cells is None or number <= tibble.number:
            self.columns = self._last = None
            return done + self.flush() or None
        self._last, tibble.number = line, number  # a row between without a number is not seen
        tibble.rows.append(cells)
        following = after()
        if number == tibble.count or following is not None and _ROW.match(following) is None:
            done += self.flush()
        return done

    def flush(self) -> Steps:
        """The held rows, named: one step a row that has a value."""
        tibble = self._tibble
        if tibble is None or not tibble.rows:
            return []
        rows, tibble.rows = tibble.rows, []
        columns = tibble.columns
        kinds = [kind or _untyped_kind(rows, at) for at, (_, kind, _, _) in enumerate(columns)]
        keys = tibble.keys or _row_keys(rows, [at for at, kind in enumerate(kinds) if kind in _TEXTS])
        self._keys = keys + [None] * (len(rows) - len(keys))
        steps: Steps = []
        for cells, key in zip(rows, self._keys):
            pairs = []
            for cell, (name, _, _, _), kind in zip(cells, columns, kinds):
                number = _number(cell, kind)
                if number is not None and _is_value(name, kind):
                    pairs.append((name if key is None else f"{key}/{name}", number))
            if pairs:
                steps.append((pairs, MEASURED))
        return steps


def _header(lines: Sequence[str], keys: list[str | None] | None) -> _Tibble | None:
    """The tibble whose names and types end `lines` (a caption above them, or a tier's: right
    under the rows of the tier before it, whose names its rows take), or whose names alone do
    under a titled rule (RULED_TIBBLE)."""
    if len(lines) >= 2 and _TYPE_ROW.match(lines[-1]) is not None:
        columns = _columns(lines[-2], lines[-1])
        above = lines[-3] if len(lines) >= 3 else ""
        caption = _CAPTION.match(above)
        if columns is None:
            return None
        if caption is not None:
            count = caption.group(1)
            return _Tibble(columns, int(count) if count.isdigit() else None, None)
        if keys is not None:  # TIBBLE_TIERS: right under the rows of the tier before
            return _Tibble(columns, len(keys), keys)
        return _Tibble(columns, None, None)  # no caption (printed in part): held to its end
    if len(lines) >= 2 and _HEADING.match(lines[-2]) is not None:  # RULED_TIBBLE
        columns = _columns(lines[-1], None)
        return None if columns is None else _Tibble(columns, None, None)
    return None


def _columns(names_line: str, types_line: str | None) -> list[Column] | None:
    """The columns under these names and types (`types_line` None: printed without)."""
    names = [(name.group().strip("`"), name.start(), name.end()) for name in _NAME.finditer(names_line)]
    if types_line is None:
        return [(name, _UNTYPED, start, end) for name, start, end in names] if len(names) >= 2 else None
    types = _TYPE.findall(types_line)
    if len(names) != len(types):
        return None
    return [(name, kind, start, end) for (name, start, end), kind in zip(names, types)]


def _cells(line: str, start: int, columns: list[Column]) -> list[str] | None:
    """The row's cells, one a column, or None when they do not fit the columns."""
    found = list(_CELL.finditer(line, start))
    if len(found) == len(columns):
        return [cell.group() for cell in found]
    if len(found) < len(columns):
        return None
    return _place(found, columns)


def _place(found, columns: list[Column]) -> list[str] | None:
    """A row with more words than columns (text with spaces): each word under the name it
    overlaps, else in the label column to its left (a label's name is flush left over its
    column, so its longer cells reach right) or the number column to its right (a number's
    name is flush right, its longer cells reach left). None when a number column gets two."""
    placed: list[list[str]] = [[] for _ in columns]
    for cell in found:
        at = next((at for at, (_, _, start, end) in enumerate(columns)
                   if cell.start() < end and start < cell.end()), None)
        if at is None:
            at = sum(1 for _, _, start, _ in columns if start < cell.start()) - 1
            if at < 0 or _VALUE.match(cell.group()) and at + 1 < len(columns) and not placed[at + 1] and (
                    columns[at + 1][1] in _NUMBERS or not columns[at + 1][1]):
                at += 1  # a number reaching left under its column's name
        placed[at].append(cell.group())
    if any(not words or len(words) > 1 and kind in _NUMBERS for words, (_, kind, _, _) in zip(placed, columns)):
        return None
    return [" ".join(words) for words in placed]


def _untyped_kind(rows: list[list[str]], at: int) -> str:
    """A column printed without its type (RULED_TIBBLE): a number when every cell is (or NA)."""
    cells = [cells[at] for cells in rows]
    if all(cell in _MISSING or _VALUE.match(cell) and not _VALUE.match(cell).group(2) for cell in cells):
        return "dbl"
    return "chr"


def _row_keys(rows: list[list[str]], labels: list[int]) -> list[str | None]:
    """TIBBLE_KEY: each row's name from its label columns (at `labels`)."""
    if not labels:
        return [None] * len(rows)
    if len(rows) == 1:  # SYMBOL_LABEL: a first label of symbols only (">=") names no row
        first = next((rows[0][at] for at in labels if rows[0][at] not in _MISSING), None)
        return [None if first is None or is_symbol(first) else first]
    labels = [at for at in labels if not all(is_symbol(cells[at]) for cells in rows)] or labels
    for at in labels:
        column: list[str | None] = [cells[at] for cells in rows]
        if len(set(column)) == len(column) and not _MISSING.intersection(column):
            return column
    varying = [at for at in labels if len({cells[at] for cells in rows}) > 1] or labels[:1]
    return ["/".join(cells[at] for at in varying if cells[at] not in _MISSING) or None for cells in rows]


def _number(cell: str, kind: str) -> str | None:
    """The cell's number as text, its unit dropped (only a bench column's cells have one)."""
    if kind not in _NUMBERS:
        return None
    match = _VALUE.match(cell.replace(" ", ""))
    if match is None or (match.group(2) and kind not in _UNITS):
        return None
    return match.group(1).rstrip(".") if match.group(1)[-1:] == "." else match.group(1)


def _is_value(name: str, kind: str) -> bool:
    """A result's column: not a step, count or setup column, nor a count of whole numbers; a
    benchmark's time (``<bch:tm>``: ``total_time``) is what it measured."""
    if rules.step_column_rank(name) is not None:
        return False
    if kind == "bch:tm":
        return True
    if rules.is_count_column(name):
        return False
    if rules.is_setup_name(name):
        return False
    return kind != "int" or rules.is_result_name(name)
