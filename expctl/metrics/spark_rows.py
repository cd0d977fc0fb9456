"""A benchmark's rows printed over lines, each line closed by a sparkline, under a one-line
header that stacks their names: SPARK_ROWS (rules).

A benchmark reporter with more statistics than fit a line prints each benchmark over a few
lines and draws each line's distribution after its values in block glyphs (``▁`` to ``█``);
its header names every line's values in one line, a stacked name written as ``a / b`` (``a``
on the row's first line, ``b`` under it) or ``a (b … c)`` (``a``, and the range ``b … c``
under it, printed as one)::

    benchmark         avg (min … max) p75 / p99    (min … top 1%)
    ---------------------------------------------- ----------------
    sort              69.84 µs/iter  75.12 µs  ▂▅█▅▂     <- label, avg, p75, a sparkline
                (56.32 µs … 101.56 µs)  78.52 µs  ▅▅█▅▂▁    <- set in: min … max, p99
                (259.44  b … 260.79  b) 259.56  b ▁▁█       <- a line no name of the header is for

Each value is ``<label>/<name>`` (``sort/avg``, ``sort/min``), its unit dropped, with no
step. A range alone closing the header (``(min … top 1%)``) is the sparkline's axis and names
no value; a set-in line past the header's names (the heap line above) is part of the row and
gives nothing. The header must stack a name (``/`` or a range): a header of one line of plain
names is an ordinary table's. The header is found up to `LOOK` lines above a row, or is the
one of the row read last when set-in sparkline lines stand right above (a table's group
headings and rules come between its rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .grammar import SPARKS
from .summary import MEASURED
from ..lazyre import LazyPattern

LOOK = 64  # lines above a row searched for its header
_NAME = r"[^\W\d][\w%.#-]*"
_AMOUNT = (r"([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)"
           r"(?: {0,2}[^\W\d_]{1,3}(?:/[^\W\d_]{1,5})?)?")
_GROUP = LazyPattern(rf" *({_NAME})(?: \(({_NAME}) … ({_NAME})\)| / ({_NAME}))?(?= |\Z)")
_AXIS = LazyPattern(r" *\([^()]+ … [^()]+\) *\Z")
_ITEM = LazyPattern(rf" *(?:\( *{_AMOUNT} *… *{_AMOUNT} *\)|{_AMOUNT})(?= |\Z)")
_SPARKLINE = LazyPattern(rf" +[{SPARKS}][{SPARKS} ]*\Z")
_LABEL = LazyPattern(r"(\S(?:.*?\S)?) {2,}(?=[-+.(\d])")
_HEAD_LABEL = LazyPattern(r"[^\W\d]\S*(?: \S+)*? {2,}(?=\S)")


def _header(line: str) -> tuple[list[str], list[tuple[str, ...]]] | None:
    """The names of a stacking header's first row line, and the kinds and names of its
    set-in line's values (a range's two names, or one), else None."""
    label = _HEAD_LABEL.match(line)
    if label is None:
        return None
    first: list[str] = []
    under: list[tuple[str, ...]] = []
    at, text = label.end(), line.rstrip()
    while at < len(text):
        if _AXIS.match(text, at):
            break  # the sparkline's axis closes the header
        group = _GROUP.match(text, at)
        if group is None:
            return None
        first.append(group.group(1))
        if group.group(2):
            under.append((group.group(2), group.group(3)))
        elif group.group(4):
            under.append((group.group(4),))
        at = group.end()
    return (first, under) if first and under else None


def _items(text: str) -> list[tuple[str, ...]] | None:
    """The values of a row's line, left of its sparkline: each a range's two amounts or one."""
    spark = _SPARKLINE.search(text)
    if spark is None:
        return None
    found: list[tuple[str, ...]] = []
    at, end = 0, spark.start()
    while at < end:
        item = _ITEM.match(text, at, end)
        if item is None:
            return None
        found.append((item.group(1), item.group(2)) if item.group(1) else (item.group(3),))
        at = item.end()
    return found


class SparkRows:
    """The sparkline table being read: its header's names, and the row in progress."""

    __slots__ = ("header", "label", "at")

    def __init__(self):
        self.header: tuple[list[str], list[tuple[str, ...]]] | None = None
        self.label = ""
        self.at = 0  # the row's lines read so far

    def read(self, line: str, before: Callable[[int], Sequence[str]]) -> list | None:
        """A list of one ``(pairs, MEASURED)`` for a row's first or set-in line, ``[]`` for a
        set-in line the header names nothing for, else None."""
        if line[:1] == " ":
            return self._go_on(line)
        label = _LABEL.match(line) if line[:1] not in " \t" else None
        items = _items(line[label.end():]) if label else None
        if label is None or items is None:
            self.at = 0
            return None
        if self.header is None or not self._row_above(before):
            self.header = self._header_above(before)
        if self.header is None or [len(item) for item in items] != [1] * len(self.header[0]):
            self.at = 0
            return None
        self.label, self.at = label.group(1), 1
        return self._measured(self.header[0], [item[0] for item in items])

    def _go_on(self, line: str) -> list | None:
        items = _items(line)
        if not self.at or self.header is None or items is None:
            self.at = 0
            return None
        self.at += 1
        if self.at > 2:
            return []  # a line of the row the header names nothing for
        under = self.header[1]
        if [len(item) for item in items] != [len(names) for names in under]:
            self.at = 0
            return None
        return self._measured([name for names in under for name in names],
                              [value for item in items for value in item])

    @staticmethod
    def _row_above(before: Callable[[int], Sequence[str]]) -> bool:
        """True when a set-in line closed by a sparkline stands a few lines above: the rows
        go on, under the header found for the first."""
        return any(above[:1] == " " and _SPARKLINE.search(above) for above in before(6))

    @staticmethod
    def _header_above(before: Callable[[int], Sequence[str]]):
        for above in reversed(before(LOOK)):
            if above[:1].isalpha() and (" / " in above or " … " in above):
                return _header(above)
        return None

    def _measured(self, names: list[str], values: list[str]) -> list:
        return [([(f"{self.label}/{name}", value) for name, value in zip(names, values)], MEASURED)]
