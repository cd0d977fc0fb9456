"""TEXT_CELL_FRAME (rules): a pandas frame counted 0, 1, 2 whose rows hold text among numbers.

A search or a tuner prints its trials as a DataFrame, one row a trial, the index counting them;
beside what each trial scored stand its words, lists and dicts (a status, the settings tried)::

       trial_index arm_name trial_status  generation_node      branin        x1
    0            0      0_0    COMPLETED            Sobol   24.129964  2.500000   <- branin at 0
    1            1      1_0    COMPLETED              MBM  104.365427  0.625830   <- branin at 1

                     lags           params  mean_absolute_error   alpha
    0  [1, 2, 3, 4, 5, 6]  {'alpha': 0.01}             0.432023    0.01   <- the error at 0

pandas sets every column's name right over its cells, text cells too: the names' right edges
part each row into cells, whatever spaces a cell holds. Of the numbers, only a column that
names a result (RESULT_WORDS: ``mean_absolute_error``) or a series the run already reported
(a name printed as a pair on two lines or more above the frame: ``trial 3: branin = 66.53``)
is read, each value at the row's label as its step. The other columns (the settings tried,
a trial's own counter, the data of a row) give nothing: next to text, a number is as likely
the input as the outcome, and a frame of data (a data set's head, its categories as words)
names no result. A frame of numbers only is left to the other table readers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import rules
from .grammar import NUMBER
from .word_index import edge_cells
from ..lazyre import LazyPattern

Steps = list[tuple[list[tuple[str, str]], object]]

_NAME = LazyPattern(r"\S+")
_LABEL = LazyPattern(r"\d+(?= )")
_VALUE = LazyPattern(rf"{NUMBER}\Z")
# A text cell: a word (a status, a name: "COMPLETED", "0_0" is none), a list, a dict; not a
# missing value, nor an amount with its unit ("2 days", a Timedelta: UNIT_KEY's). DATE_CELL
# (rules): a date or a period ("1956-12", "2021-03-01", a backtest's cutoff) is text too.
_TEXT = LazyPattern(r"(?:[^\W\d]\w*|\[.*\]|\{.*\}|\d{4}-\d\d(?:-\d\d)?(?:[ T][\d:.]+)?)\Z")
_MISSING = frozenset(("NaN", "nan", "None", "NaT", "NA", "inf", "True", "False"))
_LOOK = 64  # lines above the frame looked at for the series it restates


class _Frame:
    __slots__ = ("names", "edges", "kept", "last")

    def __init__(self, names: list[str], edges: list[int], kept: list[int], last: str):
        self.names, self.edges, self.kept, self.last = names, edges, kept, last


class TextCellFrame:
    """Reads the rows of pandas frames counted 0, 1, 2 whose cells hold text among numbers."""

    def __init__(self) -> None:
        self._frame: _Frame | None = None

    def read(self, line: str, before: Callable[[int], Sequence[str]]) -> Steps | None:
        """The step of `line` as a row of such a frame, or None when it is none."""
        label = _LABEL.match(line)
        if label is None or (self._frame is None and label.group() != "0"):
            return None  # no frame open, and no first row of one
        frame, above = self._frame, before(1)
        if frame is None or not above or above[-1] != frame.last:
            self._frame = frame = _start(line, before)
            if frame is None:
                return None
        cells = _cells(line, frame.edges)
        if cells is None:
            self._frame = None
            return None
        frame.last = line
        pairs = [(frame.names[at], cells[at]) for at in frame.kept if _VALUE.match(cells[at])]
        return [(pairs, label.group())] if pairs else []


def _start(row: str, before: Callable[[int], Sequence[str]]) -> _Frame | None:
    """The frame `row` (labelled 0) is the first row of: the header right above, set in, its
    names ending where the row's cells end, a text cell and a kept number among them."""
    above = before(1)
    if not above or not above[-1][:1].isspace() or not row.startswith("0 "):
        return None
    header = above[-1].rstrip()
    spans = [(m.group(), m.end()) for m in _NAME.finditer(header)]
    if len(spans) < 2:
        return None
    edges = [end for _, end in spans]
    cells = _cells(row, edges)
    if cells is None:
        return None
    texts = [at for at, cell in enumerate(cells) if _TEXT.match(cell) and cell not in _MISSING]
    if "\\" in header or not texts or cells[0][:1].isalpha() or cells[0][:1] == "_" or any(
            rules.phase_of(cells[at]) for at in texts):
        return None  # numbers only, things named first (UNDERSCORE_LABEL: "_baseline_"), phases
    names = [name for name, _ in spans]
    lines = before(_LOOK)[:-1]
    kept = [at for at, (name, cell) in enumerate(zip(names, cells))
            if _VALUE.match(cell) and (rules.is_result_name(name) or _restated(name, lines))]
    return _Frame(names, edges, kept, row) if kept else None


def _restated(name: str, lines: Sequence[str]) -> bool:
    """True when `name` is printed as a pair (``name = 1.5``, ``name: 1.5``) on two of `lines`."""
    pair = re.compile(r"(?<![\w'\"])" + re.escape(name) + rf"\s*[:=]\s*{NUMBER}")
    return sum(1 for text in lines if name in text and pair.search(text)) >= 2


def _cells(line: str, edges: list[int]) -> list[str] | None:
    """The cells of a row parted at `edges`, its index number flush left (`edge_cells`)."""
    return edge_cells(line, edges, _LABEL)
