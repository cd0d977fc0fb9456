"""NAMES_OVER_VALUES (rules): a line of names over a line of numbers is a header, even when a
name holds a colon before a digit.

R prints a named vector as its names over its values, each name ending where its number ends;
a name may hold a colon (ade4's cumulative axes ``Ax1:2``, a range of items ``x1:3``)::

        Ax1   Ax1:2   Ax1:3        <- names: no pairs "Ax1: 2"
      62.01   86.75   95.66

Read alone, ``Ax1:2`` is a pair glued at its colon; under it, the line of numbers whose every
right edge is a name's says the line holds names. The header reads as nothing; the vector's
readers name the numbers by it."""

from __future__ import annotations

from collections.abc import Sequence

from expctl.lazyre import LazyPattern

from .grammar import NUMBER

_GLUED = LazyPattern(r"[^\W\d][\w.]*:\d")  # a name, a colon, a digit: read as a pair alone
_TOKEN = LazyPattern(r"\S+")
_NUMBER = LazyPattern(rf"{NUMBER}\Z")


def may_be_names(line: str) -> bool:
    """The cheap precheck: a set-in line with a colon, none followed by a space."""
    return line[:1] == " " and ":" in line and ": " not in line and "=" not in line


def is_names_over_values(line: str, after: Sequence[str]) -> bool:
    """True when `line` is a line of names, one glued to a digit by a colon at least, over a
    line (the first of `after`) of as many numbers, each ending where a name ends."""
    if _GLUED.search(line) is None or not after:
        return False
    names = [(m.group(), m.end()) for m in _TOKEN.finditer(line)]
    values = [(m.group(), m.end()) for m in _TOKEN.finditer(after[0])]
    return len(names) == len(values) > 1 and all(
        _NUMBER.match(value) is not None and end == edge and _NUMBER.match(name) is None
        for (name, edge), (value, end) in zip(names, values))
