"""Rows of a box-drawn table read straight, from the third row of a run of them on.

Rich draws a table's body as rows of plain numbers between light box bars::

    ┏━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━┓
    ┃ epoch ┃ train_loss ┃ accuracy ┃
    ┡━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━┩
    │     1 │     0.5012 │   0.8812 │   <- read by every reader of `tables`
    │     2 │     0.4871 │   0.8830 │   <- so is this one, under the first
    │     3 │     0.4702 │   0.8841 │   <- read straight as a row of the table, and the next

`tables` asks some twenty readers about every line, which on a table of many rows is most of
the parser's time. A *run row* is a line of numbers between the bars ``│``, two cells or more,
each a number set between spaces, maybe with its unit, a percent sign or as a clock time
(``0.93s``, ``54 %``, ``00:01``), no cell empty and none of words (`cells.cell_kind`). Once every reader has read a run row as a row
of the open barred table, right under another run row, each next line that is a run row right
under the row before it, with as many cells as the table has columns, is read as a row of that
table straight (`table_rows.read_row`), for every reader would come to the same:

- no reader asked before the barred tables claims such a line: each looks for a first
  character (a space, a tab, a letter, a digit, ``[``), a separator (``|``, ``:``, ``,``,
  ``=``, ``...``) or a word that the line has not; the readers that keep a table of their own
  open (SPREAD_CELLS, RULED_COLUMNS, STAT_COLUMNS, METRIC_COLUMN) closed it at the second row
  of the run, and open one again only under a line of another kind than a run row;
- the barred table's own checks pass as they did for the row above: no vertical block is
  pending, the table has seen a row, no border line is right above (a run row is), and every
  cell opens with a digit, so no case table (CASE_TABLE) takes the row (the row above, whose
  cells are no names, is no header), no label wraps onto the next row, and a grouped table
  (BARRED_GROUPS) reads no row opening with a bar.

The run ends at the first line that is no such row, and when the table reader is asked whether
it claims a line (the readers then look at it): the rows after are read by every reader again.
A shortcut, no rule: the points read are the same without it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .cells import cell_kind
from .table_rows import read_row
from ..lazyre import LazyPattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .table_columns import Table

_BAR = "│"
_NUMBER = r" +[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)? +"  # a cell of a number alone, set in
# or of a number with its unit, a percent sign, or a clock time's other parts after it
_MEASURE = r" +[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?: ?%| ?[^\W\d_]{1,4}(?:/[^\W\d_]{1,4})?|(?::\d\d){1,2}(?:\.\d+)?)? +"
_RUN_ROW = LazyPattern(rf"│(?:{_MEASURE}│){{2,}}\Z")
_NUMBERS = LazyPattern(rf"│(?:{_NUMBER}│){{2,}}\Z")  # a run row of numbers alone, each of kind "number"


def is_run_row(line: str) -> bool:
    """True for a row of numbers between light box bars (``│     3 │   0.47 │  0.93s │``)."""
    return line[:1] == _BAR and _RUN_ROW.match(line) is not None


class BoxRun:
    """The run of rows being read: its last row, and the table it is a row of (None when no
    run goes on); `straight` once its next rows are read straight."""

    __slots__ = ("line", "table", "straight")

    def __init__(self) -> None:
        self.line, self.straight = "", False
        self.table: Table | None = None

    def start(self, line: str, table: Table, before: Callable[[int], Sequence[str]]) -> None:
        """Every reader read `line` as a row of `table`: a run goes on from it when it is a
        run row, its next rows read straight when the line above it is a run row too."""
        if is_run_row(line):
            above = before(1)
            self.line, self.table = line, table
            self.straight = bool(above) and is_run_row(above[-1])

    def end(self) -> None:
        """The run ends: the next row is read by every reader."""
        self.table = None

    def read(self, line: str, table: Table | None, before: Callable[[int], Sequence[str]]):
        """The steps of `line` as the run's next row of `table` (the open table), read
        straight; None when it is none, and the run ends."""
        ours, self.table = self.table, None
        if ours is None or ours is not table or not self.straight or line[:1] != _BAR:
            return None
        alone = _NUMBERS.match(line) is not None  # the usual row, told first: no kind to ask
        if not alone and _RUN_ROW.match(line) is None:
            return None
        cells = line[1:-1].split(_BAR)
        if len(cells) != len(ours.names) or not ours.seen or before(1)[-1:] != [self.line]:
            return None
        kinds = ["number"] * len(cells) if alone else list(map(cell_kind, cells))
        if "text" in kinds or "name" in kinds:
            return None  # a cell of words after all ("1e5 ms"): the readers judge the row
        self.line, self.table = line, ours
        return read_row(ours, cells, kinds)
