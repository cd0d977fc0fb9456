"""ERROR_ROWS (rules): a row of estimates with their standard errors in parentheses on the row
under it.

Econometrics and statistics tools print a fitted model's estimates so (statsmodels'
``summary_col``, stargazer, pyblp, linearmodels' comparisons): a header names the columns, each
row of estimates may open with the term it estimates, and right under it stands a row of the
same estimates' standard errors, each in parentheses under its estimate::

    Slope Estimates (Robust SEs in Parentheses):     <- a title: "Slope Estimates"
    =============================
        2          price    size
    ---------  ---------  ------                     <- a header over a rule; a name may be a number
     -1.50E+00  +3.1E-01   0.92                     <- Slope Estimates/2, .../price, .../size
    (+1.0E-01) (+2.0E-02) (0.05)                    <- Slope Estimates/2/SE, ...

    ==========================
                  OLS      IV2
    --------------------------
    const      0.512    0.498                        <- const/OLS, const/IV2
              (0.101)  (0.097)                       <- const/OLS/SE, const/IV2/SE

Each parenthesized cell stands under a number of the row above (their texts overlap) and every
number of that row has one. A column is named by the header cell over it (the nearest line above
the rows, past earlier rows with their errors and rules, whose cells stand over the columns;
with a rule under it, some of its cells may be numbers: a column named by a number); no header,
no read (a row's label alone does not say what its columns are); a row's label, when it has one,
opens the name (``<label>/<column>``); a line closed by a colon right above the header's top rule
(or the header) titles the table and opens every name, its aside in parentheses dropped. Each
error is ``<name>/SE``. The row is read when the line under it is its row of errors; that line
gives nothing of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_ERROR_CELL = LazyPattern(rf"\(({_NUMBER})\)\Z")
_VALUE_CELL = LazyPattern(rf"{_NUMBER}\Z")
_CELL = re.compile(r"\S+(?: \S+)*")  # a cell: text whose spaces are single
_RULE = LazyPattern(r"[ \t]*[-=─━═]{3,}(?:[ \t]+[-=─━═]{3,})*[ \t]*\Z")
_TITLE = LazyPattern(r"([^\W\d_][^():=]{0,60}?)(?: \([^()]{1,60}\))?:[ \t]*\Z")
_LOOK_BACK = 24  # lines above a row looked at for its header and title


def _cells(line: str) -> list[tuple[int, int, str]]:
    """The cells of `line` (parted by two spaces or more) as (start, end, text)."""
    found: list[tuple[int, int, str]] = []
    for match in _CELL.finditer(line.expandtabs()):
        text = match.group()
        if found and match.start() - found[-1][1] < 2:  # one space: the same cell
            start = found[-1][0]
            found[-1] = (start, match.end(), line.expandtabs()[start:match.end()])
        else:
            found.append((match.start(), match.end(), text))
    return found


def _over(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def is_error_row(line: str) -> bool:
    """A line of standard errors only, each a number in parentheses."""
    stripped = line.strip()
    return stripped[:1] == "(" and stripped[-1:] == ")" and all(
        _ERROR_CELL.match(cell[2]) for cell in _cells(line))


def read_error_rows(line: str, before: Callable[[int], Sequence[str]],
                    next_line: Callable[[], str | None]) -> list[tuple[str, str]] | None:
    """ERROR_ROWS for `line`, a line read as no pairs, under the lines `before` gives: the line
    after it is looked at (and waited for, when not yet printed) only for a row right under a
    rule (a header's) or under a row of errors, so a table's rows under no rule, fastai's, are
    never held for the line after them."""
    if line[:1] == "(" or not line.strip():
        return None
    above = before(1)
    if not above or not (_RULE.match(above[-1]) or above[-1].lstrip()[:1] == "(" and is_error_row(above[-1])):
        return None
    after = next_line()
    return None if after is None or after.lstrip()[:1] != "(" else error_rows(line, after, before)


def error_rows(line: str, after: str | None, before: Callable[[int], Sequence[str]]) -> list[tuple[str, str]] | None:
    """ERROR_ROWS: the pairs of a row of estimates `line` and of its errors `after`, else None."""
    if after is None or after.strip()[:1] != "(" or not is_error_row(after):
        return None
    errors, cells = _cells(after), _cells(line)
    label = ""
    if cells and not _VALUE_CELL.match(cells[0][2]):
        if cells[0][0] != 0 or not cells[0][2][:1].isalpha():
            return None
        label = cells[0][2]
        cells = cells[1:]
    if not cells or len(cells) != len(errors) or not all(_VALUE_CELL.match(cell[2]) for cell in cells) or not all(
            _over(cell, error) for cell, error in zip(cells, errors)):
        return None
    lines = list(before(_LOOK_BACK))
    names, at = _header(lines, cells)
    if names is None:
        return None  # nothing says what the columns are
    title = _title(lines[:at])
    pairs: list[tuple[str, str]] = []
    for column, cell, error in zip(names, cells, errors):
        name = "/".join(part for part in (title, label, column) if part)
        pairs.append((name, cell[2]))
        pairs.append((f"{name}/SE", _ERROR_CELL.match(error[2]).group(1)))
    return pairs


def _header(lines: list[str], cells: list[tuple[int, int, str]]) -> tuple[list[str] | None, int]:
    """The names over `cells`, from the nearest line of names above past rows of estimates,
    their errors and rules, and that line's index in `lines` (None, len(lines) when none)."""
    at = len(lines) - 1
    ruled = False
    while at >= 0:
        text = lines[at]
        if not text.strip():
            return None, len(lines)
        if _RULE.match(text):
            ruled = True
        elif is_error_row(text) and at > 0 and _is_estimates(lines[at - 1], cells):
            at -= 1  # an earlier row and its errors
        else:
            break
        at -= 1
    if at < 0:
        return None, len(lines)
    over = _cells(lines[at])
    named = [cell for cell in over if cell[1] > cells[0][0]]  # the label column's name dropped
    if len(named) != len(cells) or not all(_over(name, cell) for name, cell in zip(named, cells)):
        return None, len(lines)
    numbers = sum(1 for name in named if _VALUE_CELL.match(name[2]) or _ERROR_CELL.match(name[2]))
    if numbers == len(named) or numbers and not ruled:
        return None, len(lines)  # numbers right over numbers: a row, not a header
    return [name[2] for name in named], at


def _is_estimates(text: str, cells: list[tuple[int, int, str]]) -> bool:
    row = _cells(text)
    if row and not _VALUE_CELL.match(row[0][2]):
        row = row[1:]
    return len(row) == len(cells) and all(_VALUE_CELL.match(cell[2]) for cell in row)


def _title(lines: list[str]) -> str | None:
    """The title closing in a colon right above the header, past its rules."""
    at = len(lines) - 1
    while at >= 0 and _RULE.match(lines[at]):
        at -= 1
    if at < 0 or lines[at][:1].isspace():
        return None
    found = _TITLE.match(lines[at])
    return None if found is None else found.group(1).strip()
