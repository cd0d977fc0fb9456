"""A grid of ``label value`` cells set in columns: GRID_CELLS (rules).

A model's printer sets its summary figures in a few columns, each cell a label flush left and
a value right-aligned to the column's edge (R's rms: ``print(lrm(...))``)::

    Obs           300    LR chi2      52.07    R2       0.213    C       0.723
     0            160    d.f.             2    R2(2,300)0.154    Dxy     0.445
     1            140    Pr(> chi2) <0.0001    R2(2,224)0.200    gamma   0.445
    sigma8.7367    d.f.            2    R2 adj   0.334

The rows under the first share its values' right edges (a digit before a column gap and a
label, or the line's end); cut at those edges, each cell is a label (words one space apart)
and a number, the number glued to the label when the label fills the cell (``R2(2,300)0.154``,
``sigma8.7367``: after a letter or a bracket, a decimal). The first row is read as pairs (plain
prints, REPORT_COLUMN); a row with no ``:`` or ``=`` that no other reader took, under a row
whose value edges hold all of its own, is read here: each cell ``<label>`` = value. A bound
(``<0.0001``) gives nothing, nor does a label without a letter (a class's count) or of a count
or setting; a blank cell is no cell. A segment that is no label and number (a table's bare
numbers) and the line is no such row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from ..lazyre import LazyPattern

_NUM = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
# a cell: a label, then (after spaces, or glued after a letter or bracket) its number or bound
# (a label's words one space apart, none of them a number)
# (a label's words one space apart, none after its first a number; a glued number holds a point)
_CELL = LazyPattern(rf"(\S+?(?: (?!{_NUM}(?: |\Z))\S+?)*?)"
                    rf"(?:\s+(<?{_NUM})|(?<=[^\W\d]|[)\]])(\d+\.\d+))\Z")
# a value's end: a digit before a column gap and then a label (no number: "LR chi2   52.07"
# ends a label's word, "0   160" a count's label) or the line's end
_EDGE = LazyPattern(r"\d(?=\s*\Z|  +[^\s\d<.+-])")
_LETTER = LazyPattern(r"[^\W\d_]")


def _edges(line: str) -> set[int]:
    """Where a value ends: a digit before a column gap and a label, or the line's end."""
    return {m.end() for m in _EDGE.finditer(line)}


def read_grid_row(line: str, before: Callable[[int], Sequence[str]]):
    """The step of `line` as a row of such a grid under a row like it, or None: every value
    of the row ends where one of the row above does, two at least."""
    own = _edges(line)
    if len(own) < 2:
        return None
    above = before(1)
    if not above or not own <= _edges(above[-1]):
        return None
    edges = sorted(own)
    cells = _cells(line, edges)
    if cells is None or len(cells) < 2 or _cells(above[-1], edges) is None:
        return None
    pairs = [(label, value) for label, value in cells if value[:1] != "<" and _LETTER.search(label)
             and not (rules.is_setup_name(label) and not rules.is_result_name(label))]
    return [(pairs, None)] if pairs else []


def _cells(line: str, edges: list[int]) -> list[tuple[str, str]] | None:
    """The (label, number) cells of `line` cut at `edges`, or None when a segment is no such
    cell or text stands past the last edge."""
    if line[edges[-1]:].strip():
        return None
    cells, start = [], 0
    for edge in edges:
        text = line[start:edge].strip()
        start = edge
        if not text:
            continue
        cell = _CELL.match(text)
        if cell is None:
            return None
        cells.append((cell.group(1), cell.group(2) or cell.group(3)))
    return cells
