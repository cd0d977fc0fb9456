"""Tables whose columns are set apart by their right edges only (RIGHT_ALIGNED in `rules`).

R prints a matrix or a data frame with one space between columns, each name right-aligned
over its numbers, the row names flush left under no name of their own::

        Lambda Index Measure    SE Nonzero      <- one space between names
    min 0.4175    28   7.722 1.646       6      <- min/Lambda, min/Measure, min/SE
    1se 1.1617    17   9.071 3.185       3

A gap of two spaces cannot split such a header, but the right edges can: every number of a
row ends where a name of the header ends, and the header's words between one number's end
and the next one's form that column's name (``Std. Error`` stays one name). The label
column has no name (the header starts right of the labels), so the rows are different
quantities: each value is ``<label>/<column>``, as LABELLED_ROWS reads an unnamed label.
A label closed by a colon (``free``'s ``Mem:``) is a key, not a row name: no row. Columns
of counts, sizes, indexes, times and steps give nothing, nor do ``NA``, ``TRUE`` and ``FALSE``
cells; a table R wrapped at its width goes on under a header of its own (the label column
again), read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL, cell_kind
from .headers import GAP

_LOOK_BACK = 3  # blank lines and the header's own line above a first row
_TOKEN = re.compile(r"\S+")
# NO_NUMBER_CELL (rules): R's missing value and its logicals hold a column's place in a row
# and state no number (optimx's "NA" gevals, "TRUE" kkt1): the row is read, the cell gives nothing.
_NO_NUMBER = frozenset(("NA", "TRUE", "FALSE"))
# RATE_CELL (rules): "2196/s", a number and a rate unit (Perl's cmpthese chart's Rate column).
_RATE_CELL = re.compile(r"(\d+(?:\.\d+)?)/[^\W\d]{1,4}\Z")
_VECTOR_NAME = re.compile(r"[^\W\d][\w.%^-]*(?: [^\W\d][\w.%^-]*){0,4}\Z")  # words, one space
_NUMBERED = re.compile(r"\d+[^\W\d]\w*\Z")  # "1se": a name that opens with a digit
_NUMBER_LEADS = frozenset("-+.nNiI")  # what a number may open with besides a digit


class _Header:
    """A right-aligned header: each column's name and right edge, and the last row read."""

    __slots__ = ("names", "ends", "last")

    def __init__(self, names: list[str], ends: list[int], last: str):
        self.names, self.ends, self.last = names, ends, last


def _row(line: str) -> tuple[str, int, list[tuple[str, int]]] | None:
    """The label, where it ends, and each value with its right edge; None for no such row."""
    if line[:1].isspace():
        return None
    tokens = [(m.group(), m.end()) for m in _TOKEN.finditer(line)]
    if len(tokens) < 3:
        return None
    label, label_end = tokens[0]
    if label.endswith(":"):
        return None
    numbered = False  # a value cell with a number, not only empty ones
    for token, _ in tokens[1:]:
        value = _value(token)
        if value is None:
            return None
        numbered = numbered or value != ""
    if not numbered or not (cell_kind(label) in ("name", "text") or _NUMBERED.match(label)):
        return None
    return label, label_end, tokens[1:]


def _value(token: str) -> str | None:
    """The number text of a cell, "" for an empty one (``--``, R's ``NA``), None for no value cell. A
    number with a rate unit (``2196/s``: RATE_CELL) is its number: a rate column's cell."""
    number = NUMBER_CELL.match(token) or _RATE_CELL.match(token)
    if number is not None:
        return number.group(1)
    return "" if token in _NO_NUMBER or cell_kind(token) == "empty" else None  # NO_NUMBER_CELL


def _columns(header: str, label_end: int, values: list[tuple[str, int]]) -> list[str] | None:
    """The column names of `header` over `values`, or None when it is no such header: it
    starts right of the label, holds names only, and each value's right edge is a name's."""
    words = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(header)]
    if not words or words[0][1] <= label_end:
        return None
    names, at = [], 0
    for _, end in values:
        taken = []
        while at < len(words) and words[at][2] <= end:
            taken.append(words[at])
            at += 1
        if not taken or taken[-1][2] != end:
            return None
        names.append(" ".join(word for word, _, _ in taken))
    if at != len(words) or not all(cell_kind(name) == "name" for name in names):
        return None
    if len(GAP.split(header.strip())) == len(names):
        return None  # two spaces split it as well: the two-space readers' table
    return names


def is_right_row(line: str) -> bool:
    """True when `line` may be a row of such a table though no two spaces part its cells (R's
    ``Nelder-Mead TRUE 0.000`` under a wrapped frame's header): the readers must see it."""
    return _row(line) is not None


class RightAlignedReader:
    """Reads the rows of right-aligned tables with an unnamed label column."""

    def __init__(self) -> None:
        self.header: _Header | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]]):
        """A list of ``(pairs, None)`` steps when `line` is a row of such a table, else None."""
        row = _row(line)
        if row is None:
            return _vector(line, before) or _one_column(line, before)
        label, label_end, values = row
        lines = before(_LOOK_BACK)
        header = self.header
        ends = [end for _, end in values]
        if header is None or not lines or lines[-1] != header.last or header.ends != ends:
            header = self._find(lines, label_end, values)
            if header is None:
                return None
        header.last, self.header = line, header
        pairs = [(f"{label}/{name}", number) for name, (value, _) in zip(header.names, values)
                 if _keeps(name) and (number := _value(value))]
        return [(pairs, None)] if pairs else []

    def _find(self, lines: Sequence[str], label_end: int,
              values: list[tuple[str, int]]) -> _Header | None:
        """The header right above a first row (past blank lines), or None."""
        for text in reversed(lines):
            if not text.strip():
                continue
            names = _columns(text.rstrip(), label_end, values)
            return None if names is None else _Header(names, [end for _, end in values], "")
        return None


def _keeps(name: str) -> bool:
    """A column whose values are results: not a count, size, index, time or step."""
    return not (rules.is_setup_name(name) or rules.is_time_column(name)
                or rules.step_column_rank(name) is not None)


def _vector(line: str, before: Callable[[int], Sequence[str]]):
    """NAMED_VECTOR (rules): a line of numbers only right under a line of words whose names
    end where the numbers end (R prints a named vector so: ``AUC of roc1 AUC of roc2`` over
    ``0.7313686   0.7750678``, a name and its value right-aligned in one width, one space
    between): each number is named by the words over it, back to the last number's end."""
    first = line.lstrip()[:1]
    if not (first in _NUMBER_LEADS or first.isdecimal()):
        return None  # the usual case: a line of numbers opens with one
    values = [(m.group(), m.end()) for m in _TOKEN.finditer(line)]
    if len(values) < 2 or not all(NUMBER_CELL.match(v) for v, _ in values):
        return None
    above = before(1)
    if not above:
        return None
    header = above[-1].rstrip()
    if len(header) != values[-1][1] or not header[:1].strip() and header.lstrip()[:1].isdigit():
        return None
    pairs, start = [], 0
    for value, end in values:
        name = header[start:end].strip()
        if header[end:end + 1].strip() or not _VECTOR_NAME.match(name):
            return None  # a name cut inside, a number or a gap among its words
        if _keeps(name):
            pairs.append((name, NUMBER_CELL.match(value).group(1)))
        start = end
    return [(pairs, None)] if pairs else []


_LAST_CELL = re.compile(r"(\S.*?) {2,}(\S+)[ \t]*\Z")  # a label, a column gap, one cell
_ONE_COLUMN_REACH = 16  # rows of a one-column matrix looked back over for its name


def _one_column(line: str, before: Callable[[int], Sequence[str]]):
    """ONE_COLUMN_MATRIX (rules): a row of a label flush left and one number, under a line
    holding one name alone whose right edge is the number's (R prints a one-column matrix
    so: ``coefficients`` over ``(Intercept)   29.2586``), past rows of that shape: the value
    is ``<label>/<name>``, a label of any text (a model's term, ``h(Girth-14.2)``)."""
    last = line.rsplit(None, 1)
    if not line[:1].strip() or len(last) < 2 or not NUMBER_CELL.match(last[1]):
        return None  # the usual case, without the row's regex
    body = line.rstrip(" \t")
    if not body.endswith(last[1]) or body[-len(last[1]) - 2:-len(last[1])] != "  ":
        return None  # no column gap of spaces before the last cell: no row of such a matrix
    row = _LAST_CELL.match(line)
    if row is None:
        return None
    end = row.end(2)
    for above in reversed(before(_ONE_COLUMN_REACH)):
        text = above.rstrip()
        cells = _TOKEN.findall(text)
        if len(cells) == 1 and text[:1] == " " and len(text) == end and cell_kind(cells[0]) == "name":
            if not _keeps(cells[0]):
                return []
            return [([(f"{row.group(1)}/{cells[0]}", NUMBER_CELL.match(row.group(2)).group(1))], None)]
        same = _LAST_CELL.match(above) if above[:1].strip() else None
        if same is None or same.end(2) != end or not NUMBER_CELL.match(same.group(2)):
            return None  # neither the name nor a row of its column: no such matrix
    return None
