"""A pair's value printed as an array of one column: ARRAY_VALUES (rules).

numpy prints a two-dimensional array of one column a row a line, each row in brackets, the
whole in brackets, a space setting in the rows after the first (DoubleML's losses, one row per
repetition of the fit)::

    Learner ml_g0 RMSE: [[1.14013156]
     [1.07092133]]

Each row's number is a value of the pair's name, in order: the line is read as the pair
printed once per row (``Learner ml_g0 RMSE: 1.14013156, Learner ml_g0 RMSE: 1.07092133``); an
array of one row on one line (``[[1.08020314]]``) is its number. The rows after the first are
looked for in the lines after it (they are no candidates of their own); without its closing
``]]`` within ARRAY_ROWS lines, the line is left as printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .grammar import NUMBER
from ..lazyre import LazyPattern

_OPEN = LazyPattern(rf"(.*[:=] )\[\[ ?({NUMBER}) ?\](\]?)[ \t]*\Z")  # "name: [[1.14]" or "[[1.14]]"
_ROW = LazyPattern(rf" \[ ?({NUMBER}) *\](\]?)[ \t]*\Z")  # " [1.07092133]]": a row after the first
ARRAY_ROWS = 64


def join_array(line: str, after: Callable[[int], Sequence[str]]) -> str:
    """`line` with a value printed as an array of one column read as the pair once per row
    (see the module docstring); `after(k)` gives the k lines after it."""
    if not line.endswith("]") and not line.rstrip().endswith("]") or "[[" not in line:
        return line
    found = _OPEN.match(line)
    if found is None:
        return line
    prefix, values = found.group(1), [found.group(2)]
    if not found.group(3):
        for following in after(ARRAY_ROWS):
            row = _ROW.match(following)
            if row is None:
                return line
            values.append(row.group(1))
            if row.group(2):
                break
        else:
            return line
    return ", ".join(f"{prefix}{value}" for value in values)
