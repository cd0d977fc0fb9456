"""Rows led by a row number, under names one space apart: INDEXED_ROWS (rules).

R prints a data frame or matrix whose rows have no names with the rows numbered flush left
(``1``, ``2``, ...), each column's name set over its values, names one space apart::

            CP nsplit rel error xerror    xstd
    1 0.176471      0   1.00000 1.0000 0.21559
    2 0.117647      1   0.82353 1.3529 0.23872

Two spaces cannot part such a header (``rel error`` is one name), so where the values stand
tells the names (PLACED_COLUMNS' placing: a word over no value joins the word to its right);
a last cell of significance stars (``***``, anova's) is dropped first (SIGNIF_STARS).
The number leading a row stands under no name: it says which row, no value and no step (the
rows are the table's entries, a series per column). A whole number among a row's decimals is a
count (R prints a column of whole numbers without a point: ``nsplit``) and no value, unless its
name says it is a result; so are step, count and time columns. Read only where the header
split at its gaps has fewer names than the row has values (a gap-parted header is the aligned
tables' own), and only rows of numbers: a process or file listing (``ps``, ``top``, ``ls -l``)
has text among its cells.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import unstarred
from .grammar import NUMBER
from .placed import PlacedRow, place
from ..lazyre import LazyPattern

_TOKEN = LazyPattern(r"\S+")
_INDEX = LazyPattern(r"\d{1,6}\Z")
_VALUE = LazyPattern(rf"{NUMBER}\Z")
_WHOLE = LazyPattern(r"[-+]?\d+\Z")
_GAP = LazyPattern(r"\s{2,}")
_LOOK_BACK = 4


def indexed_row(line: str) -> PlacedRow | None:
    """The numbered row `line` (its index as a label, its values as cells), or None."""
    tokens = [(m.group(), m.span()) for m in _TOKEN.finditer(line)]
    if "\t" in line or len(tokens) < 3 or tokens[0][1][0] != 0 or _INDEX.match(tokens[0][0]) is None:
        return None
    if len(unstarred([token for token, _ in tokens])) < len(tokens):
        tokens.pop()  # SIGNIF_STARS (rules): a test's code closing the row, under no name
    if any(_VALUE.match(token) is None for token, _ in tokens[1:]):
        return None
    return PlacedRow(tokens[0][0], tokens[0][1][1], [(token, span, "") for token, span in tokens[1:]], [])


class IndexedReader:
    """Reads numbered rows under their header; remembers the header while its rows follow."""

    def __init__(self):
        self._header: str | None = None
        self._last: str | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """A list of one step for a numbered row (empty when it gives no value), else None."""
        row = indexed_row(line) if "  " in line else None
        if row is None:
            return None
        lines = before(_LOOK_BACK)
        header = self._header if lines and lines[-1] == self._last else _header_above(lines, row)
        names = None if header is None else place(header, row)
        if header is None or names is None:
            self._header = self._last = None
            return None
        self._header, self._last = header, line
        pairs = [(name, number) for name, (number, _, _) in zip(names, row.cells)
                 if _is_value(name, number)]
        return [(pairs, None)] if pairs else []


def _header_above(lines: Sequence[str], row: PlacedRow) -> str | None:
    """The nearest non-blank line above, when it is a header of names one space apart that
    its gaps alone do not part into the row's columns."""
    for text in reversed(lines):
        if not text.strip():
            continue
        words = _GAP.split(text.strip())
        if "\t" in text or len(text) - len(text.lstrip()) <= row.label_end:
            return None  # tab-parted (a logbook's), or a name over the row's number
        return text if len(words) < len(row.cells) and all(
            word[:1].isalpha() for word in words) else None
    return None


def _is_value(name: str, number: str) -> bool:
    """A result's cell: not a step, count or time column, nor a whole number (a count)
    unless its name is a result's."""
    if rules.step_column_rank(name) is not None or rules.is_count_column(name):
        return False
    if rules.is_time_column(name) or rules.is_setup_name(name):
        return False
    return _WHOLE.match(number) is None or rules.is_result_name(name)
