"""Marks around a table row's cells that are no part of them, blanked before the table readers
read the row (each mark a space, so every cell stays in its column).

PAREN_LAST_CELL (rules): Ruby's ``Benchmark`` prints each report's real time in parentheses
after the user, system and total CPU times, under one header of four names::

                  user     system      total        real
    sort      0.037460   0.000000   0.037460 (  0.077392)   <- sort/real = 0.077392
    >total:   0.032416   0.016902   0.049318 (  0.095706)   <- total/real (a summary row)

A row of two numbers or more whose last cell alone is a number in parentheses holds that
number in a column of its own: the parentheses are blanked, and with them a colon closing the
row's label and a ``>`` marking a summary row. A number in parentheses after every cell is a
ratio to the best row (pytest-benchmark's ``2.855 (2.26)``), no column, and is left alone.

MARK_COLUMN (rules): branch-and-bound and search logs mark the row of a new incumbent with one
character in the first column, which their header leaves unnamed (a heuristic's ``H``, a
``*``), the other rows holding a space there::

         Nodes    Bound      Best    Gap
    H        0   130.00     39.00  70.0%   <- the row's cells, the mark no cell
             1    58.00     58.00   0.0%

A row opening with ``H`` or ``*``, two spaces or more, then a number, has the mark blanked, but
not below rows opening with another symbol so: where every row opens with one (ministat's
``x``, ``+``, ``*``, one per data set) the symbol is the row's label.

FLAG_CELLS (rules): a table of numbers may hold a column of flags, whether each row's fit
converged or its trial was pruned, printed as a boolean::

    n_knots        AIC    converged       RSS
    1           24.375         True    125.34   <- AIC and RSS, the flag no value

A row that opens with a number (or a space) and holds a boolean word (``True``, ``False``,
either case) set two spaces or more between two numbers has that word blanked to a dash at
its end, a cell that states no value: the word is no row's label, and the columns stay where
they stand. Not under a header that leaves the row's first cell unnamed: a data frame's dump
(its index unnamed) shows data, and its flags keep its rows from being read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lazyre import LazyPattern
from .glosses import unspelled_label

# MARK_COLUMN: a solver's mark for a row that found a new best solution
_MARKS = frozenset("H*")
_UNMARKED = frozenset(" \tH*")  # what opens an unmarked row or a solver's marked one
_RULE_MARKS = "-=─━═ "  # FLAG_CELLS: a rule between a header and its rows
_MARK_LOOK = 16  # lines above a marked row looked at for rows labelled by symbols
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
# a label (maybe ">" before it, ":" after it), two numbers or more, the last in parentheses
# FLAG_CELLS: a boolean word set between a row's cells
_FLAG = LazyPattern(r"(?<=[\d%]  )(\s*)(True|False|TRUE|FALSE|true|false)(?=  +[-+.]?\d)")
_MARKED = LazyPattern(rf"(>?)([^\W\d][\w.-]*)(:?)((?:\s+{_NUMBER}){{2,}}\s+)\((\s*{_NUMBER}\s*)\)\s*\Z")


def row_text(line: str, before: Callable[[int], Sequence[str]] | None = None) -> str:
    """`line` as the table readers read it: a symbol's spelling-out blanked (SPELLED_SYMBOL),
    the marks of a row whose last number is in parentheses blanked (PAREN_LAST_CELL), a
    solver's mark of a row blanked (MARK_COLUMN) unless a row among the lines `before` gives
    opens with another symbol (ministat's ``x``, ``+``, ``*``: each row's label, every row
    marked)."""
    line = unspelled_label(line)
    if ("rue  " in line or "alse  " in line or "RUE  " in line or "ALSE  " in line) and (
            line[:1] == " " or line[:1].isdigit()) and before and _named_first(line, before(_MARK_LOOK)):
        line = _FLAG.sub(_flag_blank, line)  # FLAG_CELLS
    if is_marked(line) and not (before and any(is_marked(text, labels=True) for text in before(_MARK_LOOK))):
        line = " " + line[1:]  # MARK_COLUMN: "H    12  ...", a row found by a heuristic
    if line[-1:] != ")" and line.rstrip()[-1:] != ")":
        return line
    match = _MARKED.match(line)
    if match is None:
        return line
    lead, label, colon, numbers, last = match.groups()
    return " " * len(lead) + label + " " * len(colon) + numbers + " " + last + " "


def _named_first(line: str, above: Sequence[str]) -> bool:
    """FLAG_CELLS: whether the header over `line` (the nearest line above that is no rule and
    opens with no number) names the row's first cell, its first name no further right than
    the row's first cell: a data frame's dump leaves its index unnamed, and its rows are data."""
    for text in reversed(above):
        body = text.lstrip()
        if not body or body[0].isdigit() or not body.strip(_RULE_MARKS):
            continue
        return len(text) - len(body) <= len(line) - len(line.lstrip())
    return False


def _flag_blank(match) -> str:
    """FLAG_CELLS: a boolean word blanked to a dash at its end, as wide as it was."""
    return match.group(1) + " " * (len(match.group(2)) - 1) + "-"


def is_marked(line: str, labels: bool = False) -> bool:
    """MARK_COLUMN: `line` opens with a solver's mark (``H``, ``*``; with `labels`, any other
    symbol but a space), two spaces or more, then a number."""
    return (line[:1] not in _UNMARKED if labels else line[:1] in _MARKS) and line[1:3] == "  " and (
        line[1:].lstrip(" ")[:1].isdigit())


def read_after(after: Callable[[], str | None]) -> Callable[[], str | None]:
    """`after` (the next line when known, else None) giving that line as `row_text` does."""
    def following() -> str | None:
        text = after()
        return None if text is None else row_text(text)
    return following
