"""WORD_INDEX (rules): a pandas frame whose index labels a row by a word, its rows things.

pandas prints a DataFrame with each column's name set right over its cells, text cells too,
and the index's labels flush left. A frame whose index is the default count (0, 1, 2 ...) is
most often a history, one row a step; but when a label among them is a word (a ``Totals`` row
closing a table of bins, a ``mean`` row), the index labels things and each row is one::

                     Bin  Count  Event rate       WoE        IV      <- names set right
    0       (-inf, 0.11)    312    0.967949 -2.886692  2.305799         0/Event rate, 0/WoE ...
    1        [0.11, inf)    147    0.013605  4.804736  3.259341
    Totals                  459    0.627417            5.636652         Totals/IV (WoE blank)

The header's names, two spaces apart or more, end where their columns end, and so part each
row into cells (a text cell may hold spaces: ``(-inf, 0.11)``; a blank cell gives nothing).
Each number is ``<label>/<column>`` (ENTITY_NAMES). The frame is told at its first row, from
the rows printed after it (they wait for the rest of the frame when the output comes a line at
a time): rows of the same edges down to the first line that is none, one labelled by a word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .grammar import NUMBER
from ..lazyre import LazyPattern

Steps = list[tuple[list[tuple[str, str]], object]]  # (pairs, None): no step

_NAME_GAP = LazyPattern(r"\S+(?: \S+)*")  # a header's name: words one space apart
_LABEL = LazyPattern(r"\S+")
_WORD_LABEL = LazyPattern(r"[^\W\d][\w.-]*\Z")
_VALUE = LazyPattern(rf"({NUMBER})%?\Z")
_LOOK = 16  # rows looked ahead at for the frame's word label (a table of things is short; a history waits no longer)


class _Frame:
    __slots__ = ("names", "edges", "last")

    def __init__(self, names: list[str], edges: list[int], last: str):
        self.names, self.edges, self.last = names, edges, last


class WordIndexReader:
    """Reads the rows of pandas frames whose index labels things by a word among counts."""

    def __init__(self, ahead: Callable[[int], Sequence[str]]):
        self._ahead = ahead
        self._frame: _Frame | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
        """The step of `line` as a row of such a frame, or None when it is none."""
        if not line[:1].isalnum() or not line.rstrip()[-1:].isdigit():
            return None
        frame, above = self._frame, before(1)
        if frame is None or not above or above[-1] != frame.last:
            self._frame = frame = _start(line, above, self._ahead)
            if frame is None:
                return None
        cells = _cells(line, frame.edges)
        if cells is None:
            self._frame = None
            return None
        frame.last = line
        label = line.split(None, 1)[0]
        pairs = [(rules.label_name(label, name), found.group(1)) for name, cell in zip(frame.names, cells)
                 if (found := _VALUE.match(cell)) is not None]
        return [(pairs, None)] if pairs else []


def _start(row: str, above: Sequence[str], ahead: Callable[[int], Sequence[str]]) -> _Frame | None:
    """The frame `row` is the first row of: the header right above, set in (the index
    unnamed), its names ending where the row's cells end, and a word among the labels of the
    rows of the same edges after it; else None."""
    if not above or not above[-1][:1].isspace() or not row.split(None, 1)[0].isdigit():
        return None
    header = above[-1].rstrip()
    spans = [(m.group(), m.end()) for m in _NAME_GAP.finditer(header)]
    if len(spans) < 2 or not all(header[end - len(name) - 2:end - len(name)] in ("  ", "")
                                 for name, end in spans):
        return None
    edges = [end for _, end in spans]
    if _cells(row, edges) is None:
        return None
    for following in ahead(_LOOK):
        if _cells(following, edges) is None:
            return None  # the frame ended with counts only: a history's rows, steps
        if _WORD_LABEL.match(following.split(None, 1)[0]):
            return _Frame([name for name, _ in spans], edges, row)
    return None


def _cells(line: str, edges: list[int]) -> list[str] | None:
    """`edge_cells` of a row labelled by its first word, a number among them; None also when
    no cell is a number (a line of prose under the frame)."""
    cells = edge_cells(line, edges, _LABEL)
    return cells if cells is not None and any(_VALUE.match(cell) for cell in cells) else None


def edge_cells(line: str, edges: list[int], label_pattern) -> list[str] | None:
    """The cells of a row parted at `edges` (blank where empty), its label (`label_pattern`)
    flush left before them; None when a cell does not end at its edge or text stands past the
    last one (the pandas frames of WORD_INDEX and TEXT_CELL_FRAME)."""
    text = line.rstrip()
    label = label_pattern.match(text)
    if label is None or len(text) > edges[-1] or label.end() >= edges[0]:
        return None
    cells, start = [], label.end()
    for edge in edges:
        cell = text[start:edge]
        if cell.strip() and (cell[-1:] == " " or edge < len(text) and text[edge] != " "):
            return None
        cells.append(cell.strip())
        start = edge
    return cells
