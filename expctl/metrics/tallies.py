"""TALLIED_VALUE (rules): a value printed with its tally, ``0.001 (3x)``, is a value of the data.

A summary of a data set lists the values that occur most in a column, each with how often it
occurs, a whole count glued to ``x`` (or ``×``) in parentheses right after it::

    Most common values:    31 (3x)          <- nothing: 31 is a value of the column, seen 3 times
                           40 (3x)

The number is one of the data's own values, no statistic computed over them (a mean, a
spread): the tally says it was counted, not measured. A pair whose value is so tallied gives
nothing; the line's other pairs are read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazyre import LazyPattern
from .grammar import NUMBER

# a number, one space, then its tally: a whole count glued to "x" or "×", in parentheses
_TALLIED = LazyPattern(rf"(?<![\w.])({NUMBER}) \(\d{{1,9}}[x×]\)")


def untallied(line: str, pairs: Sequence[tuple[str, str]]):
    """`pairs` less those whose value `line` prints with a tally; `pairs` itself, the same
    object, when it prints none (most lines)."""
    if "x)" not in line and "×)" not in line:
        return pairs
    tallied = {found.group(1) for found in _TALLIED.finditer(line)}
    if not tallied:
        return pairs
    return [(name, value) for name, value in pairs if str(value) not in tallied]
