"""LISTED_MATRIX (rules): a matrix printed as an R list's member, its columns named by numbers.

R names a matrix's columns by whatever its dimnames hold: time points, thresholds, sizes. A
header of numbers is no header elsewhere (a row of values, quantile bounds over a summary),
but right under a list member's path (LIST_HEADING) the line is the member's column names, as
R prints any matrix so; its rows are a name (words and numbers: a group and a cause, ``A 1``)
and one value under each column, right-aligned to its name::

    $est
           5        10        20
    A 1 0.21 0.3942004 0.5221843        <- est/A 1/5, est/A 1/10, est/A 1/20
    B 1 0.32 0.5268938 0.6359839

Each value is ``<path>/<row>/<column>``: the row's values are told by their right edges, one
under each column name's; the label is the text before them. A row whose values do not end
where the names do ends the matrix.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .cells import NUMBER_CELL
from .list_headings import list_heading
from ..lazyre import LazyPattern

_TOKEN = LazyPattern(r"\S+")
_LETTER = LazyPattern(r"[^\W\d_]")


class ListedMatrix:
    """Reads the rows of a numbered-column matrix under a list member's path."""

    __slots__ = ("_path", "_names", "_ends", "_last")

    def __init__(self) -> None:
        self._path = ""  # the member's path, its names and their right edges
        self._names: list[str] = []
        self._ends: list[int] = []
        self._last: str | None = None  # the last row read

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """A list of one ``(pairs, None)`` for such a row, else None."""
        above = before(2)
        if not above:
            return None
        if above[-1] != self._last and not self._header(above):
            return None
        tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(line)]
        count = len(self._ends)
        values, label = tokens[-count:], line[:tokens[-count][1]].strip() if len(tokens) > count else ""
        if not label or _LETTER.search(label) is None or [end for _, _, end in values] != self._ends or (
                not all(NUMBER_CELL.match(text) for text, _, _ in values)):
            self._last = None
            return None
        self._last = line
        return [([(f"{self._path}/{label}/{name}", NUMBER_CELL.match(text).group(1))
                  for name, (text, _, _) in zip(self._names, values)], None)]

    def _header(self, above: Sequence[str]) -> bool:
        """True when the line above is a header of numbers right under a list member's path."""
        if len(above) < 2 or not above[-1][:1].isspace():
            return False
        path = list_heading(above[-2])
        words = [(m.group(), m.end()) for m in _TOKEN.finditer(above[-1])]
        if path is None or len(words) < 2 or not all(NUMBER_CELL.match(word) for word, _ in words):
            return False
        self._path, self._names, self._ends = path, [word for word, _ in words], [end for _, end in words]
        return True
