"""Tables whose columns are parted by colons set one under another: COLON_COLUMNS (rules).

A modelling library displays each component of a model as a table whose cells are parted by
`` : ``, every colon of a row under the header's (Pyomo's ``model.display()``), under a line
naming the component::

    make : Size=3, Index=P
        Key    : Lower : Value : Upper : Fixed : Stale : Domain
        chairs :     0 :  24.0 :  None : False : False : NonNegativeIntegers   <- make/chairs/Value
    profit : Size=1, Index=None, Active=True
        Key  : Active : Value
        None :   True : 2200.0                                                <- profit/Value

The first column labels the rows (things, not steps): each number is
``<component>/<label>/<column>``, the component the first cell of the less indented line right
above the header, and a row labelled ``None`` (a scalar: no key) is the component's own,
``<component>/<column>``. Words (``True``, ``None``, a domain) give nothing, nor do step and
count columns. A table of one column of values under no component line (``Key : Value`` over
``lr : 0.001``) is a listing of settings as much as of results: it is left to the other readers. The colons standing where the header's stand is what makes the rows one table:
a ``key : value`` line that merely holds colons is not read here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .summary import MEASURED
from ..lazyre import LazyPattern

_SEP = " : "
_LOOK_BACK = 40  # rows of one component above a row, and its header
_NUMBER = LazyPattern(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\Z")
_WORD = LazyPattern(r"[^\W\d][\w.()%/ -]*\Z")  # a header's name
# LITERAL_HEADER (rules): a value's word, no column's name ("success : True" is a row)
_LITERALS = frozenset("True False None true false none null nil yes no Yes No".split())

Steps = list[tuple[list[tuple[str, str]], object]]


def _colons(line: str) -> tuple[int, ...]:
    """Where `line`'s separators stand."""
    found, at = [], line.find(_SEP)
    while at >= 0:
        found.append(at)
        at = line.find(_SEP, at + 3)
    return tuple(found)


def _cells(line: str, colons: tuple[int, ...]) -> list[str]:
    starts = (0,) + tuple(at + 3 for at in colons)
    stops = colons + (len(line),)
    return [line[start:stop].strip() for start, stop in zip(starts, stops)]


def _header(line: str, before: Callable[[int], Sequence[str]], colons: tuple[int, ...]):
    """The header's cells and the line above it, or None: the nearest line above `line` with
    its colons where `line`'s stand whose cells are all names, past rows of the same table."""
    lines = before(_LOOK_BACK)
    for back in range(len(lines) - 1, -1, -1):
        text = lines[back]
        if _colons(text) != colons:
            return None
        cells = _cells(text, colons)
        if all(_WORD.match(cell) for cell in cells):
            if any(cell in _LITERALS for cell in cells[1:]):
                return None  # LITERAL_HEADER: a row of settings (``success : True``), no header
            return cells, text, lines[back - 1] if back else ""
        if not cells[0]:
            return None
    return None


class ColonColumns:
    """Reads such rows; remembers the last row looked at and its header (or that it has none),
    so a row right under it takes that without a look back: a long table, or a long list of
    ``key : value`` lines, costs one look back, not one a row."""

    def __init__(self) -> None:
        self._last: tuple[str, tuple[int, ...], tuple | None] | None = None  # (row, colons, header)

    def read(self, line: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
        """The step of `line` as a row of a colon-parted table (empty when it gives no
        value), or None when it is none."""
        colons = _colons(line)
        cells = _cells(line, colons)
        if not cells[0] or not any(_NUMBER.match(cell) for cell in cells[1:]):
            return None
        last, above = self._last, before(1)
        if last is not None and last[1] == colons and above and above[-1] == last[0]:
            found = last[2]  # the row above's header, or its want of one
        else:
            found = _header(line, before, colons)
        self._last = (line, colons, found)
        return None if found is None else _row_pairs(cells, *found)


def _row_pairs(cells: list[str], names: list[str], header: str, above: str) -> Steps | None:
    """The step of a row's `cells` under its header's `names` (and the lines it holds)."""
    label = cells[0]
    prefix = "" if label == "None" else f"{label}/"
    indent = len(header) - len(header.lstrip())
    if above.strip() and len(above) - len(above.lstrip()) < indent:
        prefix = f"{above.split(_SEP, 1)[0].strip().rstrip(':')}/{prefix}"
    elif len(names) < 3:
        return None  # "Key : Value" under no component: a listing of settings, the other readers'
    pairs = [(f"{prefix}{name}", cell) for name, cell in zip(names[1:], cells[1:])
             if _NUMBER.match(cell) and rules.step_column_rank(name) is None
             and not rules.is_count_column(name)]
    return [(pairs, MEASURED)] if pairs else []
