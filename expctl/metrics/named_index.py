"""NAMED_INDEX (rules): a pandas frame whose index has a name, its rows things.

pandas prints a DataFrame whose index is named with that name alone on a line of its own
under the header (padded with spaces to the frame's width), the index's labels flush left,
and each column's name set right over its values::

              eigenvalue % of variance % of variance (cumulative)     <- names one space apart
    component                                                         <- the index's name
    0              1.872        31.19%                     31.19%        0/eigenvalue, ...

A name may hold spaces and stand one space from the next: the cells of the first row end where
the names end, and so part the header into names (each name is the header's text between the
end of the column before and its own end). A columns' own name flush left on the header
(``component  0  1  2`` over ``variable``) names no column. Columns of two levels print two
header lines; a name of the top line stands over its first column and, left out by pandas,
over the columns after it: a column is named by both, ``correct/%`` (GROUPED_COLUMNS; the
bottom one may be blank: ``correct``).

The index's name says the rows are things (a component, a variable, an item), unless it names a
step or a time (STEP_INDEX reads those): each number (``31.19%`` is 31.19) is ``<label>/<column>``
(ENTITY_NAMES). A row whose cells end elsewhere, or that holds no number, ends the frame. A
frame whose columns are all a description's (count, mean, std, min, max, quantiles) describes
the data, not results (ESTIMATE_COLUMNS: a standard error or an interval makes them results).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .grammar import NUMBER
from .headers import is_clock_index
from ..lazyre import LazyPattern

Steps = list[tuple[list[tuple[str, str]], object]]  # (pairs, None): no step

# the index's name alone on its line, padded (or not) to the frame's width; a name of up to
# four words one space apart (pyextremes' "return period")
_INDEX_LINE = LazyPattern(r"[^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,3}\s*\Z")
_CELL = LazyPattern(r"\S+")
_VALUE = LazyPattern(rf"({NUMBER})%?\Z")
_EMPTY = frozenset(("NaN", "nan", "None", "<NA>", "NaT"))
# a data set's description (describe(), a groupby's summary): counts, moments, extremes, quantiles
_DESCRIPTION = LazyPattern(r"(?i)(?:count|n|obs|mean|average|std|sd|var|min|max|median|\d{1,2}%)\Z")


class _Frame:
    """A named-index frame being read: its column names, the cells' right edges, its last row."""

    __slots__ = ("names", "edges", "last")

    def __init__(self, names: list[str | None], edges: list[int], last: str):
        self.names, self.edges, self.last = names, edges, last


class NamedIndexReader:
    """Reads the rows of pandas frames with a named index, one row a line."""

    def __init__(self) -> None:
        self._frame: _Frame | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
        """The step of `line` as a row of such a frame, or None when it is none."""
        if line[:1].isspace() or not line[:1] or line.rstrip()[-1:] not in "0123456789%N":
            return None
        frame, above = self._frame, before(1)
        if not above or (frame is None or above[-1] != frame.last) and not _INDEX_LINE.match(above[-1]):
            self._frame = None
            return None  # neither under the index's name nor under a row of the frame
        cells = _cells(line)
        if cells is None:
            self._frame = None
            return None
        edges = [end for _, end in cells]
        if frame is None or frame.edges != edges or above[-1] != frame.last:
            frame = self._frame = _start(before(3), line, edges)
            if frame is None:
                return None
        frame.last = line
        label = line.split(None, 1)[0]
        pairs = [(rules.label_name(label, name), found.group(1)) for name, (text, _) in zip(frame.names, cells)
                 if name is not None and (found := _VALUE.match(text)) is not None]
        return [(pairs, None)] if pairs else []


def _cells(line: str) -> list[tuple[str, int]] | None:
    """(text, end) of each cell of a row after its label, or None for no such row."""
    label = _CELL.match(line)
    if label is None or label.group().endswith(":"):
        return None  # a key closed by a colon (``loss: 0``) labels no row
    cells = []
    for match in _CELL.finditer(line, label.end()):
        text = match.group()
        if text not in _EMPTY and not _VALUE.match(text):
            return None
        cells.append((text, match.end()))
    return cells or None


def _start(lines: Sequence[str], row: str, edges: list[int]) -> _Frame | None:
    """The frame whose first row is `row` (cells ending at `edges`), when the lines above are
    its index's name and one or two header lines whose names end at those edges; else None."""
    if len(lines) < 2 or not _INDEX_LINE.match(lines[-1]):
        return None
    index = lines[-1].strip()
    if rules.steps_rows(index) or is_clock_index(index, row.split(None, 1)[0]) or len(lines[-1].rstrip()) > edges[0] - 1:
        return None  # STEP_INDEX, TIME_INDEX ("epoch", "t" order the rows); a name as wide as a cell: no index
    label_end = len(row.split(None, 1)[0])
    bottom = _segments(lines[-2], edges, label_end)
    if bottom is None:
        return None
    top = _segments(lines[-3], edges, label_end) if len(lines) > 2 and lines[-3][:1] == " " else None
    if top is not None and "" in top + bottom:
        names = _joined(top, bottom)
    elif "" in bottom:
        return None
    else:
        names = bottom
    if names is None or all(_DESCRIPTION.match(name) for name in names):
        return None  # ESTIMATE_COLUMNS: the data described, no estimate's spread: no results
    return _Frame([None if rules.is_time_column(name) or rules.is_setup_name(name) else name
                   for name in names], edges, row)


def _segments(header: str, edges: list[int], label_end: int) -> list[str] | None:
    """The header's names, one per column: its text between the column before's edge and its
    own, a word flush left (the columns' own name) left out; None when a name ends elsewhere."""
    header = header.rstrip()
    if not header or len(header) > edges[-1]:
        return None
    start = 0
    if not header[:1].isspace():
        first = _CELL.match(header)
        start = first.end() if first else 0
        if start >= edges[0] or start < label_end:
            return None  # the columns' name stands over the labels, as wide as them at least
    names, previous = [], start
    for edge in edges:
        text = header[previous:edge]
        if text.strip() and (len(header) < edge or edge < len(header) and header[edge] != " "
                             or text[-1:] == " "):
            return None  # a name that does not end at its column's edge
        names.append(text.strip())
        previous = edge
    return names


def _joined(top: list[str], bottom: list[str]) -> list[str] | None:
    """Names of two-level columns: the top name over a column or over one left of it, then the
    bottom name (``correct/%``), or the top alone under a blank; None when a column has none."""
    names, group = [], ""
    for upper, lower in zip(top, bottom):
        group = upper or group
        if not group and not lower:
            return None
        names.append(f"{group}/{lower}" if group and lower else group or lower)
    return names
