"""Tables whose cells hold a value and its spread: SPREAD_CELLS (rules).

A table of summary statistics by group (a study's "Table 1": tableone, gtsummary) prints each
cell as a value and, in brackets, its spread, the row's label saying which statistics they are;
a variable's levels stand as rows under it, the label's first part left blank::

                                   Missing        Overall        control        treated P-Value
    n                                                 150             82             68
    age, mean (SD)                       0    53.1 (10.6)    53.5 (10.6)    52.6 (10.7)   0.627
    los, median [Q1,Q3]                  0  4.1 [2.9,6.3]  4.3 [3.1,5.8]  3.9 [2.7,7.2]   0.616
    sex, n (%)          F                       84 (56.0)      44 (53.7)      40 (58.8)   0.639
                        M                       66 (44.0)      38 (46.3)      28 (41.2)

The header is the line right above the first row, set in, of names without numbers; each cell
of a row ends where a name ends (right-aligned), the row's label (its parts two spaces apart)
before the first name. Each number of a cell (``53.1 (10.6)``: the mean and the SD; ``4.1
[2.9,6.3]``: the median and its quartiles) is a value of ``<label>/<column>``, in order; a level's
label is ``<variable>/<level>`` (``sex, n (%)/F``), a row set in under one its variable's next
level. A test's p-value (P_VALUE) is the variable's, not its first level's. A cell with its
spread (``53.1 (10.6)``, ``4.1 [2.9,6.3]``) marks the table: it must stand in the row or, for
a first row (tableone's ``n``), in the next one; a table without such a cell (R's coefficients
under ``Estimate Std. Error``) stays the other readers'.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .summary import MEASURED
from ..lazyre import LazyPattern

_CELL = LazyPattern(r"\S+(?: \S+)*")  # a row's cells, two spaces apart or more
_WORD = LazyPattern(r"\S+")
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
# "53.1 (10.6)", "84 (56.0)", "4.1 [2.9,6.3]", "0.627": a value, then its spread in brackets
_SPREAD = LazyPattern(rf"({_NUMBER})(?: ?\(({_NUMBER})%?\)| ?\[({_NUMBER}), ?({_NUMBER})\])?\Z")
_LETTER = LazyPattern(r"[^\W\d_]")
_NUMBER_WORD = LazyPattern(r"\s[-+.]?\d")  # a word opening with a number: no header's

Steps = list[tuple[list[tuple[str, str]], object]]


class SpreadTable:
    """The table being read: its header's names by where they end, and the variable whose
    levels the rows set in name."""

    def __init__(self) -> None:
        self._names: dict[int, str] = {}
        self._start = 0  # where the header's first name starts: the labels end before it
        self._last = ""  # the last row read
        self._variable = ""

    def read(self, line: str, before: Callable[[int], Sequence[str]],
             after: Callable[[], str | None] | None = None) -> Steps | None:
        """The step of `line` as a row of such a table, or None when it is none; `after()`
        gives the next line (None when there is none): a first row without a spread may be
        the table's when the row after it has one."""
        if not self._names and not line[:1].isalpha() or "|" in line or not line.strip():
            return None  # the usual line: no table of ours open, and no label first
        above = before(1)
        fresh = not above or above[-1] != self._last or not self._names
        if fresh and (not above or not above[-1][:1].isspace() or _NUMBER_WORD.search(above[-1])):
            self._names = {}
            return None  # under no row of the table, nor under a header of names: it ended
        cells = [(m.group(), m.start(), m.end()) for m in _CELL.finditer(line)]
        if fresh and not self._header(above[-1], cells, after):
            self._names = {}
            return None
        labels = [text for text, _, end in cells if end <= self._start]
        values = [(text, end) for text, start, end in cells if end > self._start]
        if not labels and not line[:1].isspace() or len(labels) > 2 or not values or any(
                end not in self._names or _SPREAD.match(text) is None for text, end in values):
            return None
        if not line[:1].isspace():
            self._variable = labels[0] if len(labels) == 2 else ""
            label = "/".join(labels)
        elif self._variable and len(labels) == 1:
            label = f"{self._variable}/{labels[0]}"  # the variable's next level
        else:
            return None
        self._last = line
        pairs = []
        for text, end in values:
            name = self._names[end]
            owner = self._variable if self._variable and rules.is_p_value(name) else label
            match = _SPREAD.match(text)
            pairs += [(f"{owner}/{name}", number) for number in match.groups() if number is not None]
        return [(pairs, MEASURED)]

    def _header(self, header: str, cells: list[tuple[str, int, int]], after) -> bool:
        """Take `header` as the header of the row `cells` when it is one (see the module
        docstring); False, the header left as it was, when it is not."""
        words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(header)]
        if not header[:1].isspace() or len(words) < 2 or not all(_LETTER.search(word) for word, _, _ in words):
            return False
        ends = {end: word for word, _, end in words}
        spread = _spread(cells, words[0][1], ends)
        if spread is None:
            return False
        if not spread:  # the row after it, under the same header, holds a value with its spread
            following = after() if after is not None else None
            if not following or not _spread([(m.group(), m.start(), m.end()) for m in _CELL.finditer(following)],
                                             words[0][1], ends):
                return False
        self._names, self._start, self._variable = ends, words[0][1], ""
        return True


def _spread(cells: list[tuple[str, int, int]], start: int, ends: dict[int, str]) -> bool | None:
    """Whether a row's cells right of `start` hold a value with its spread (``53.1 (10.6)``);
    None when one is no value or stands under no name's end."""
    values = [(text, end) for text, _, end in cells if end > start]
    if not values or any(end not in ends or _SPREAD.match(text) is None for text, end in values):
        return None
    return any(" " in text or "[" in text for text, _ in values)
