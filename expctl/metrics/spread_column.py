"""SPREAD_COLUMN (rules): a value's ``+/-`` spread under a column heading of its own is kept.

A fitter prints its estimates as a two-column report, one parameter a row, the estimate and
its error side by side, and heads the columns with titles a gap apart, often ruled under::

    Final set of parameters            Asymptotic Standard Error
    =======================            ==========================
    a               = 3.19901          +/- 0.03124      (0.9767%)

Elsewhere a spread after a value (``0.91 ± 0.02``) is the value's noise and dropped; here the
header gives it a column and a name: the error is a result the program reports per parameter.
Each such row keeps its pair and adds ``<name>/<title>`` (``a/Asymptotic Standard Error``),
the title being the header's one that starts where the row's ``+/-`` (or ``±``) starts. The
header is the nearest line above the rows that is neither a rule nor a row of this shape,
within a few lines; it holds two or more titles of words only, two spaces or more apart. A row
without such a heading above is left as it was; an aside after the error (a relative error in
parentheses) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern

_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_ROW = LazyPattern(rf"[ \t]*([^\W\d][\w.]*)[ \t]*[=:][ \t]*{_NUMBER}[ \t]+(\+/-|±)[ \t]*"
                   rf"({_NUMBER})(?:[ \t]+\([^()]*\))?[ \t]*\Z")
_RULE = LazyPattern(r"[ \t]*([=\-_~])\1+(?:[ \t]+\1+)*[ \t]*\Z")
_TITLE = LazyPattern(r"[^\W\d_][^\W\d_.()]*(?: [^\W\d_][^\W\d_.()]*)*")
_LOOK_BACK = 40  # a fitter with many parameters prints as many rows
_SHIFT = 2  # how far from the "+/-" a title may start (a title over the number, not the sign)

Pairs = list[tuple[str, str]]


def with_spread_column(named: Pairs, line: str, before: Callable[[int], Sequence[str]]) -> Pairs:
    """`named` and, when `line` is a row of a titled estimate/error report (SPREAD_COLUMN), the
    row's error as ``<name>/<title>``."""
    if len(named) != 1 or ("+/-" not in line and "±" not in line):
        return named
    row = _ROW.match(line)
    if row is None or row.group(1) != named[0][0]:
        return named
    title = _title_over(before(_LOOK_BACK), row.start(2))
    return named if title is None else [*named, (f"{named[0][0]}/{title}", row.group(3))]


def _title_over(lines: Sequence[str], column: int) -> str | None:
    """The title of the header above the report's rows that starts at `column` (give or take
    `_SHIFT`), or None when the nearest other line is no such header."""
    for line in reversed(lines):
        if _ROW.match(line) is not None or _RULE.match(line) is not None:
            continue
        titles = [(m.start(), m.group()) for m in _TITLE.finditer(line)]
        if len(titles) < 2 or any(not part.isspace() for part in _TITLE.split(line) if part) or any(
                titles[i][0] - titles[i - 1][0] - len(titles[i - 1][1]) < 2 for i in range(1, len(titles))):
            return None
        return next((title for start, title in titles[1:] if abs(start - column) <= _SHIFT), None)
    return None
