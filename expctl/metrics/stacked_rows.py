"""A table whose every row is printed over several lines, as its header is: STACKED_ROWS
(rules).

A benchmark reporter with more statistics than fit a line prints each benchmark's row over
a few lines, under a header of as many lines, each line's names standing over that line's
values (Catch2's console reporter)::

    benchmark name          samples     iterations    estimated      <- the rows' label, names
                            mean        low mean      high mean      <- indented: more names
                            std dev     low std dev   high std dev
    ---------------------------------------------------------------   <- a rule ends the header
    sort 1000                    40             2        922 us      <- a label, amounts
                             9.17 us       7.86 us      13.9 us      <- sort 1000/mean = 9.17
                             7.20 us       1.82 us      15.8 us      <- sort 1000/std dev = 7.20

The header is two or more lines of names parted by two spaces or more: the first opens flush
left with the name of the label column, the others are set in and hold as many names as the
first has after its label; a rule of ``-`` or ``=`` closes it. A row is a label and one amount
(a number, its unit dropped) per name, then one set-in line of amounts per header line, each
value named ``<label>/<name of its line and column>``. Each line is a measurement of its own,
with no step. A line of another shape ends the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .summary import MEASURED
from ..lazyre import LazyPattern

_GAP = LazyPattern(r"\s{2,}")
_RULE = LazyPattern(r"\s*[-=]{20,}\s*\Z")
_NAME = LazyPattern(r"[^\W\d][\w.%/()-]*(?: [^\W\d][\w.%/()-]*){0,3}\Z")
_LABEL = LazyPattern(r"[^\W\d][\w.:/<>()-]*(?: [\w.:/<>()-]+){0,5}\Z")
_AMOUNT = LazyPattern(r"([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)(?: ?[^\W\d_]{1,3})?\Z")
_LOOK_BACK = 8  # a header of a few lines, its rule, and a blank line or two


def _cells(line: str) -> list[str]:
    return _GAP.split(line.strip())


def _header(lines: Sequence[str]) -> list[list[str]] | None:
    """The names of a stacked header ending right above its rule, the last of `lines`."""
    stack: list[list[str]] = []
    for line in reversed(lines[:-1]):
        cells = _cells(line)
        if not line.strip() or not all(map(_NAME.match, cells)):
            return None
        if not line[:1].isspace():  # the first line: the label column's name, then the names
            if len(cells) < 3 or not stack or any(len(names) != len(cells) - 1 for names in stack):
                return None
            return [cells[1:], *reversed(stack)]
        stack.append(cells)
        if len(stack) > 4:
            return None
    return None


class StackedRows:
    """The stacked table being read: its header's names, and the row in progress."""

    __slots__ = ("names", "label", "at")

    def __init__(self):
        self.names: list[list[str]] | None = None
        self.label = ""
        self.at = 0  # the header line the next line of the row stands under

    def read(self, line: str, before: Callable[[int], Sequence[str]]) -> list | None:
        """A list of one ``(pairs, MEASURED)`` for a line of a stacked row, else None."""
        if line[:1].isspace():
            return None if self.names is None else self._go_on(_cells(line))
        cells = _cells(line) if "  " in line and (line[:1].isalpha() or line[:1] == "_") else []
        if len(cells) < 3 or not _LABEL.match(cells[0]):
            self.names = None
            return None
        amounts = [_AMOUNT.match(cell) for cell in cells[1:]]
        if not all(amounts):
            self.names = None
            return None
        if self.names is None or self.at != len(self.names) or not self._right_after(before):
            self.names = self._header_above(before)
        if self.names is None or len(amounts) != len(self.names[0]):
            self.names = None
            return None
        self.label, self.at = cells[0], 1
        return self._measured(self.names[0], amounts)

    def _right_after(self, before: Callable[[int], Sequence[str]]) -> bool:
        """True when the last line printed (blank lines aside) is the last line of the row
        read last: the next row follows it, with no other output between."""
        near = [above for above in before(3) if above.strip()]
        names = self.names or []
        return bool(near) and near[-1][:1].isspace() and len(_cells(near[-1])) == len(names[-1])

    def _go_on(self, cells: list[str]) -> list | None:
        """A set-in line of the row in progress: its amounts under that header line's names."""
        names, amounts = self.names or [], [_AMOUNT.match(cell) for cell in cells]
        if not 0 < self.at < len(names) or len(cells) != len(names[self.at]) or not all(amounts):
            self.names = None
            return None
        self.at += 1
        return self._measured(names[self.at - 1], amounts)

    @staticmethod
    def _header_above(before: Callable[[int], Sequence[str]]) -> list[list[str]] | None:
        """The names of the stacked header whose rule is the last line printed (blank lines
        aside) before a first row."""
        near = [above for above in before(3) if above.strip()]
        if not near or not _RULE.match(near[-1]):
            return None
        lines = [above for above in before(_LOOK_BACK) if above.strip()]
        return _header(lines)

    def _measured(self, names: list[str], amounts) -> list:
        return [([(f"{self.label}/{name}", amount.group(1)) for name, amount in zip(names, amounts)],
                 MEASURED)]
