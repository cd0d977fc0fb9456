"""INTERVAL_CELLS (rules): a row of a table whose last cell is an estimate with its interval.

A statistics package prints a table of counts and, in its last column, an estimate from them
with its confidence interval (epiR's ``epi.2by2``)::

                 Outcome +    Outcome -      Total                 Inc risk *
    Exposed +           43           57        100     43.00 (33.14 to 53.29)

Cells stand two spaces apart or more, each name of the header set right over its cell (their
text ends where the cell ends), a name of several words one space apart (``Outcome +``). The
row is a label (words one space apart, a letter first), then one number a column, the last an
estimate followed by its interval in parentheses (bounds parted by ``to`` or a comma). Each
number is ``<label>/<column>``; the bounds say how sure the estimate is, no values of their
own (as INTERVAL_ESTIMATE reads a lone estimate).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .grammar import NUMBER
from ..lazyre import LazyPattern

_INTERVAL = rf"({NUMBER}) [(\[]{NUMBER}(?:,| to) {NUMBER}[)\]]"
_ROW = LazyPattern(rf"([^\W\d][^ ]*(?: [^ ]+)*?)((?: {{2,}}{NUMBER})*) {{2,}}{_INTERVAL}[ \t]*\Z")
_CELL = LazyPattern(r"\S+(?: \S+)*")  # a cell or a header's name: text, single spaces inside
_LOOK_BACK = 8  # the rows of such a table are few


def read_interval_cells(line: str, before: Callable[[int], Sequence[str]]) -> list[tuple[str, str]] | None:
    """The ``(<label>/<column>, value)`` pairs of a row of such a table, else None."""
    row = _ROW.match(line)
    if row is None:
        return None
    ends = [cell.end() for cell in _CELL.finditer(line)][1:]
    values = [*row.group(2).split(), row.group(3)]
    if len(ends) != len(values):
        return None
    for above in reversed(before(_LOOK_BACK)):
        if _ROW.match(above) is not None:
            continue  # a row before this one: the header stands above them all
        names = {name.end(): name.group() for name in _CELL.finditer(above)}
        if not all(end in names for end in ends) or len(names) != len(ends):
            return None
        label = row.group(1)
        return [(f"{label}/{names[end]}", value) for end, value in zip(ends, values)]
    return None
