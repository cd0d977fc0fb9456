"""NUMBERED_COLUMNS: a table whose columns are numbered and whose rows are results, a history
printed on its side (pandas's ``print(history.T)``, a frame built from a dict of lists with the
epochs as columns)::

                       0         1         2        <- the header: consecutive whole numbers
    train_loss  0.549914  0.485137  0.449581        <- train_loss at steps 0, 1, 2
    val_loss    0.557958  0.498732  0.466916

The header is a line set in (the row labels' column is blank) of whole numbers counting up by
one from 0 or 1; it gives nothing (it is no row of numbers of the table above it). A row under
it, past rows of its shape, is a label that names a result (RESULT_WORDS) and one number under
each column: each number is the label's point at its column's step. A row whose label names no
result (a data set's feature, a count) gives nothing. NAMED_NUMBERS: the header may open, flush
left, with the name of what its three columns or more count (strucchange's ``m   0   1   2``,
the number of breaks; no result's name): its rows are then the quantities at each count, whatever their
labels (``RSS``, ``BIC``), but for counts, settings and times.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from ..lazyre import LazyPattern
from .cells import NUMBER_CELL

_REACH = 64  # rows looked back over for the header
_STEP_NAME = LazyPattern(r"[^\W\d]\w{0,11}\Z")  # NAMED_NUMBERS (rules): "m", what the columns count


def _numbers(line: str) -> list[str] | None:
    """The column numbers of a numbered header line, else None."""
    cells = line.split()
    if line[:1].isalpha() and len(cells) > 3 and _STEP_NAME.match(cells[0]) and not rules.is_result_name(cells[0]):
        cells = cells[1:]  # NAMED_NUMBERS: the name of what the columns count first ("m   0   1")
    elif not line[:1].isspace():
        return None
    if cells[:1] not in (["0"], ["1"]) or len(cells) < 2 or not all(cell.isdigit() for cell in cells) or cells[0] not in ("0", "1"):
        return None
    start = int(cells[0])
    return cells if all(int(cell) == start + i for i, cell in enumerate(cells)) else None


def _row(line: str, width: int) -> tuple[str, list[str]] | None:
    """(label, value cells) of a row of `width` numbers after a label, else None."""
    if not line[:1].strip():
        return None
    cells = line.split()
    if len(cells) != width + 1 or not all(NUMBER_CELL.match(cell) for cell in cells[1:]):
        return None
    return cells[0], cells[1:]


# ESTIMATE_ROWS (rules): a row labelled by a standard error ("Std.Err.", "SE", "Std. Error")
# beside a row: that row holds the estimates the errors are of, results whatever their name.
_ERROR_LABEL = LazyPattern(r"(?i:std\.? ?err(?:or|\.)?|stderr|s\.?e\.?)\Z")


def _beside_errors(line: str, before: Callable[[int], Sequence[str]], after) -> bool:
    """ESTIMATE_ROWS: the row right above or right after `line` is labelled by a standard
    error: `line`'s row holds the estimates it is the error of."""
    for other in (*before(1), after() if after is not None else None):
        cells = _row(other, len(line.split()) - 1) if other else None
        if cells is not None and cells[0] != line.split()[0] and _ERROR_LABEL.match(cells[0]):
            return True
    return False


def read_numbered(line: str, before: Callable[[int], Sequence[str]], after=None):
    """NUMBERED_COLUMNS: [] for a numbered header, the steps of a row under one, else None;
    `after()` is the next line when known (ESTIMATE_ROWS)."""
    if line[:1].isspace():
        return [] if _numbers(line) is not None else None
    if not line[:1].isalpha():
        return None  # the usual row: a number or a bar first
    cells = line.split()
    if len(cells) < 3:
        return None
    lines = before(1)
    if not lines or not (_numbers(lines[-1]) or _row(lines[-1], len(cells) - 1)):
        return None  # the usual line: neither under a numbered header nor under such a row
    header, header_line = None, ""
    for header_line in reversed(before(_REACH)):
        header = _numbers(header_line)
        if header is not None or _row(header_line, len(cells) - 1) is None:
            break
    row = _row(line, len(cells) - 1)
    if header is None or row is None or len(header) != len(row[1]):
        return None
    label, values = row
    named = not header_line[:1].isspace()  # NAMED_NUMBERS: the columns count something named
    if (not (named or rules.is_result_name(label)) or rules.is_setup_name(label)
            or rules.is_time_column(label)) and not _beside_errors(line, before, after):
        return []
    return [([(label, NUMBER_CELL.match(value).group(1))], step) for value, step in zip(values, header)]
