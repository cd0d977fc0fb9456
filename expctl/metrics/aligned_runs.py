"""ALIGNED_RUN (rules): rows of a whitespace-aligned table read straight, each under one like it.

fastai, scikit-learn's boosting and spaCy print a table's body as rows of plain numbers set in
columns two spaces apart or more, under one header::

    epoch     train_loss  valid_loss  accuracy  time
    ...
    9         0.311062    0.489214    0.395412  00:01   <- read by every reader of `tables`
    10        0.301247    0.487730    0.394920  00:01   <- so is this one (another first digit)
    11        0.295803    0.486155    0.393874  00:01   <- read straight as a row of the table

`tables` asks some twenty readers about every line; on a table of many rows that is most of
the parser's time. A *run row* is a line of two cells or more, spaces only between them (two
or more) and around them, each cell a number (``-0.5``, ``+3``, ``12``, ``54.2%``), a clock
time (``00:01``, ``1:02:03.5``) or a number with its unit glued to it (``3.79s``, ``12ms``,
``4.1it/s``: kind "unit" as `cell_kind` judges it), one a number at least: no other letter, no
tab, no bar. A run row right under the row the open aligned table read last (the line above
is that row, as printed), as wide as it and opening with the same character, with as many
cells as the table has columns, is read as that table's row straight (`table_rows.read_row`,
the cells split at their gaps, numbers of kind "number", clock times of kind "unit"), while the first readers keep no
table of their own open (`FirstReaders.idle`), for every reader would come to the same:

- the first readers (`first_readers`) find nothing in it and change nothing: TEXT_COLUMN reads
  only a set-in row with a letter, and one with a unit's letter right under a row it found
  under no such table it passes at once, noting the row as it would (`TextColumnReader.passes`;
  any other such row is left to every reader); NAMED_INDEX reads no set-in row, and with no
  frame open another only under the line of an index's name, which the row above (a number first) is not;
  WORD_INDEX reads no set-in row nor one ending in ``%``, and TEXT_CELL_FRAME only rows opening
  with a whole number, each with no frame open only under a header set in, which the row above
  is not; COLON_COLUMNS needs `` : ``, EQUALS_LABELS `` = ``, SPREAD_CELLS with no table open a
  letter first; the others need a bar, a letter first or a title above. Those that return None
  so set their frame to None, which it was already;
- `TableReader._read_line` sends such a line, as wide as the row before and opening with the
  same character, to the aligned rows' reader at once (`row_text` leaves a line opening with a
  digit, a sign or a space and not ending in ``)`` as it is), and that reader comes to the same
  cells and kinds (a unit's cell judged by `cell_kind` in both): the gaps part the cells, no
  cell holds a space (PANDAS_INDEX parts none), a star (SIGNIF_STARS) or a key's colon (KEYED_ROW); the table is open, not barred, as wide as
  the row, and the line above, a row of numbers, is no rule (RULED_RESTART); a row whose step
  does not go past the last one (TABLE_RESTART) is left to every reader.

A row the table's reader does not take (`read_row` gives None: its only number labels it) is
left to every reader too, nothing changed. The points read are the same without the shortcut
(tests/test_aligned_runs.py reads every fixture of the corpus's halves holding a run row both
ways); it adds no state (the row read last is `TableReader`'s already).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .cells import cell_kind
from .table_rows import read_row
from ..lazyre import LazyPattern

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .first_readers import FirstReaders
    from .table_columns import Table

# a number (signed, a percent sign after it), a clock time, or a number with its unit glued to
# it (``3.79s``, ``12ms``, ``4.1it/s``: letters after the digits, a slash between two words);
# ASCII digits and letters only
_CELL = (r"(?:[-+][0-9]+(?:\.[0-9]+)?%?|[0-9]+(?:(?::[0-9][0-9]){1,2}(?:\.[0-9]+)?"
         r"|(?:\.[0-9]+)?(?:%|[a-zA-Z]{1,4}(?:/[a-zA-Z]{1,4})?)?))")
# the characters first (a line with another character fails at once, not after trying every
# cell's parts)
_RUN_ROW = LazyPattern(rf"(?=[ 0-9a-zA-Z/.:%+-]*\Z) *{_CELL}(?: {{2,}}{_CELL})+ *\Z")
_ENDS = frozenset("0123456789% abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")  # a run row's last character
_LETTERS = LazyPattern(r"[a-zA-Z]")
_KINDS = frozenset(("number", "unit"))  # a run row's cells, as `cell_kind` judges them


def is_run_row(line: str) -> bool:
    """True for a row of numbers and clock times two spaces apart or more (``0  0.84  00:01``)."""
    return _RUN_ROW.match(line) is not None


def read_run_row(line: str, row: str, table: Table | None, before: Callable[[int], Sequence[str]],
                 readers: FirstReaders):
    """The steps of `line` as the next row of `table` (the open table), right under `row` (the
    row it read last), read straight; None when it is no such row (every reader reads it then:
    nothing has changed), or when one of the first `readers` has a table open."""
    if (line[-1:] not in _ENDS or len(line) != len(row) or line[:1] != row[:1] or table is None
            or table.barred or _RUN_ROW.match(line) is None or not readers.idle()):
        return None  # (the cheap tests first: a letter other than a unit's ends most rows that are none)
    cells = line.split()
    if len(cells) != len(table.names) or before(1)[-1:] != [row]:
        return None
    lettered = _LETTERS.search(line) is not None
    if lettered and not readers.passes_text(line, row):
        return None  # TEXT_COLUMN may read a set-in row with a letter: every reader reads it
    kinds = ["unit" if ":" in cell else cell_kind(cell) if cell[-1:].isalpha() else "number"
             for cell in cells] if ":" in line or lettered else ["number"] * len(cells)
    if "number" not in kinds or lettered and not _KINDS.issuperset(kinds):
        return None
    step = table.step_of(cells)
    if step is not None and table.last is not None and step <= table.last:
        return None  # TABLE_RESTART: maybe another table's first row; every reader judges it
    found = read_row(table, cells, kinds)
    if found is not None and step is not None:
        table.last = step
    return found
