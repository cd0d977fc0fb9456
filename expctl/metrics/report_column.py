"""REPORT_COLUMN (rules): a report's set-in ``label   value`` lines, the values right-aligned in
one column.

A statistics tool prints a fit's summary as sections of set-in lines, each a label of words and
its value pushed right to one edge, the same edge in every section (lavaan's ``summary()``)::

    Model Test User Model:                              <- a section's heading

      Test statistic                                 2.756     <- Model Test User Model/Test statistic
      Degrees of freedom                                 2
      P-value (Chi-square)                           0.252

    Loglikelihood and Information Criteria:

      Akaike (AIC)                                3529.576     <- Akaike (AIC)

The shape says what the line is: a label that may hold anything but a gap (digits, brackets,
``<=``), a gap of three spaces or more, one value, and other such lines around it, set in as far,
whose values end at the same column though they are of different widths (right-aligned, a
report's column, not a config dump's left-aligned values). Each number is a point named by its
label; a value that is a word (``Estimator   ML``) gives nothing, nor does a time, a step, or
a whole number under a count's or a size's label (NOT_METRIC_WORDS: ``Number of observations
301``); a decimal value under such a word is a statistic (``Comparative Fit Index (CFI)
0.995``, ``Sample-size adjusted Bayesian (SABIC)  3533.861``). A label that names only the kind of statistic (``Test
statistic``, ``Degrees of freedom``: GENERIC_STATISTIC) says nothing of what was tested: the
section's heading does, and names it ``<heading>/<label>``. Under a heading of settings the
lines are params.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import rules
from .cells import NUMBER_CELL
from ..lazyre import LazyPattern

# A set-in label of words one space apart, a gap of three spaces or more, one value cell.
_ROW = LazyPattern(r"( {1,12})(\S+(?: \S+)*) {3,}(\S+)[ \t]*\Z")
_HEADING = LazyPattern(r"[^\W\d][^:]{0,79}:[ \t]*\Z")  # "Model Test User Model:", flush left
_LOOK_BACK = 32  # lines looked back at for the column's other rows and the section's heading
_MIN_ROWS = 3  # rows in the column, this one included
# GENERIC_STATISTIC (rules): labels naming only a kind of statistic, not what it is of.
_GENERIC = frozenset(("statistic", "test statistic", "value", "estimate", "degrees of freedom",
                      "df"))


def _shape(line: str) -> tuple[int, int, int, str, str] | None:
    """(indent, value start, value end, label, value) of a row of such a column, else None."""
    row = _ROW.match(line)
    if row is None or not any(ch.isalpha() for ch in row.group(2)):
        return None
    return len(row.group(1)), row.start(3), row.end(3), row.group(2), row.group(3)


def _column(line: str, shape: tuple[int, int, int, str, str],
            around: Sequence[str]) -> bool:
    """True when `around` (lines near `line`) holds enough rows of `line`'s column: set in as
    far, their values ending where its value ends, of at least two widths."""
    indent, start, end = shape[0], shape[1], shape[2]
    rows, starts = 1, {start}
    for other in around:
        if len(other.rstrip()) != end or other is line:
            continue  # the usual case: another width, no row of this column
        found = _shape(other)
        if found is None or found[0] != indent:
            continue
        rows += 1
        starts.add(found[1])
    return rows >= _MIN_ROWS and len(starts) > 1


def is_report_row(line: str, before: Callable[[int], Sequence[str]],
                  after: Callable[[], str | None] | None = None) -> bool:
    """True when `line` is a row of a report's right-aligned column (see the module)."""
    if line[:1] != " " or "   " not in line:
        return False
    shape = _shape(line)
    if shape is None:
        return False
    following = after() if after is not None else None
    around = [*before(_LOOK_BACK), *([following] if following else [])]
    return _column(line, shape, around)


def read_report_row(line: str, before: Callable[[int], Sequence[str]],
                    after: Callable[[], str | None] | None = None):
    """``(kind, pairs)`` for a row of such a column: kind "config" under a heading of settings,
    else "metrics" (pairs empty for a word's or a count's row); None for no such row."""
    if not is_report_row(line, before, after):
        return None
    _, _, _, label, value = _shape(line)  # type: ignore[misc]
    number = NUMBER_CELL.match(value)
    if number is None:
        return "metrics", []
    heading = _heading(before(_LOOK_BACK))
    if heading is not None and rules.heading_kind(heading) == "config":
        return "config", [(label, number.group(1))]
    whole = "." not in number.group(1) and "e" not in number.group(1).lower()
    if rules.is_setup_name(label) and whole or rules.is_time_column(label) or (
            rules.step_column_rank(label) is not None):
        return "metrics", []
    if heading is not None and label.lower() in _GENERIC:
        label = f"{heading}/{label}"
    return "metrics", [(label, number.group(1))]


def _heading(lines: Sequence[str]) -> str | None:
    """The heading of the section the rows above belong to: the nearest flush-left line closed
    by a colon, past set-in lines and blank ones; None when another line comes first."""
    for text in reversed(lines):
        if not text.strip() or text[:1] == " ":
            continue
        heading = _HEADING.match(text)
        return None if heading is None else text.strip()[:-1].strip()
    return None
