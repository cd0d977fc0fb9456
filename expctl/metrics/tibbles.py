"""TIBBLE_ROWS (rules): an R tibble's rows, read by the column types printed under its names.

R's tibble (dplyr's summaries, bench::mark, yardstick's metrics, broom's tidy fits) prints its
names one space apart (a name with a space or a symbol in backquotes: ```itr/sec```), under
them each column's type in angle brackets, then the rows numbered flush left::

    # A tibble: 2 × 5
      expression      min   median `itr/sec` result
      <bch:expr> <bch:tm> <bch:tm>     <dbl> <list>
    1 sum          7.57µs   7.83µs    17901. <NULL>
    2 loop       665.51µs 839.33µs      827. <NULL>

The type row says what the names and the cells alone cannot: which columns hold numbers
(``<dbl>``, ``<int>``, bench's times ``<bch:tm>`` and sizes ``<bch:byt>``, printed with their
unit), which hold text, and which hold objects (``<list>``: ``<NULL>``, ``<tibble [200 × 3]>``,
cells with spaces inside). A row is read only when its cells, each object one cell, are as
many as the types; its first text column labels its values (``loop/min``), and without one the
column alone names them. A number is as printed (its significant digits, a point closing a
whole one: ``17901.``), in its printed unit; ``NA`` is no value; an ``<int>`` column is a count
unless its name says it is a result; step, count and setup columns give nothing, but a
benchmark's times (``<bch:tm>``, ``total_time`` too) are what it measured. A tibble
printed again (bench's relative summary) gives further points of the same names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .summary import MEASURED
from ..lazyre import LazyPattern

_TYPE_ROW = LazyPattern(r"\s+(?:<[\w:.]{1,16}>\s*)+\Z")  # "  <chr> <dbl> <bch:tm>"
_NAME = LazyPattern(r"`[^`]+`|\S+")  # a name, or one in backquotes
_CELL = LazyPattern(r"<[^<>]*>|\S+")  # an object in angle brackets is one cell
_TYPE = LazyPattern(r"<([\w:.]+)>")
_ROW = LazyPattern(r"\d{1,7} ")  # the row's number, flush left
_VALUE = LazyPattern(r"([-+]?(?:\d+\.?\d*(?:e[-+]?\d+)?|\.\d+(?:e[-+]?\d+)?|Inf|NaN))([^\W\d_]{0,3})\Z")
_NUMBERS = frozenset(("dbl", "int", "num", "bch:tm", "bch:byt"))
_TEXTS = frozenset(("chr", "fct", "ord", "bch:expr"))
_UNITS = frozenset(("bch:tm", "bch:byt"))  # cells printed with their unit
_LOOK_BACK = 2  # the names, the types


class TibbleReader:
    """Reads numbered rows under a tibble's names and types; remembers them while rows follow."""

    def __init__(self):
        # (name, type) of the current tibble's columns; None: no tibble (only a row numbered 1
        # may start one: the table reader asks for no other row then)
        self.columns: list[tuple[str, str]] | None = None
        self._last: str | None = None  # the last line read as one of its rows

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """A list of one measured step for a tibble's row (empty when it gives no value), else
        None (MEASURED: a benchmark's times are its results)."""
        row = _ROW.match(line)
        first = line[:2] == "1 "  # a tibble's first row: no look back for other numbered rows
        if row is None or (self.columns is None and not first):
            return None
        lines = before(_LOOK_BACK)
        if not (lines and lines[-1] == self._last and self.columns):
            self.columns = _columns(lines) if first else None
        cells = _CELL.findall(line, row.end())
        if self.columns is None or len(cells) != len(self.columns):
            self.columns = self._last = None
            return None
        self._last = line
        label = next((cell for cell, (_, kind) in zip(cells, self.columns) if kind in _TEXTS), None)
        pairs = []
        for cell, (name, kind) in zip(cells, self.columns):
            number = _number(cell, kind)
            if number is not None and _is_value(name, kind):
                pairs.append((name if label is None else f"{label}/{name}", number))
        return [(pairs, MEASURED)] if pairs else []


def _columns(lines: Sequence[str]) -> list[tuple[str, str]] | None:
    """The (name, type) of each column, from the last two lines: names over a type row."""
    if len(lines) < 2 or _TYPE_ROW.match(lines[-1]) is None:
        return None
    types = _TYPE.findall(lines[-1])
    names = [name.strip("`") for name in _NAME.findall(lines[-2])]
    return list(zip(names, types)) if len(names) == len(types) else None


def _number(cell: str, kind: str) -> str | None:
    """The cell's number as text, its unit dropped (only a bench column's cells have one)."""
    if kind not in _NUMBERS:
        return None
    match = _VALUE.match(cell)
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
