"""SOLVED_VALUE (rules): the one computed value of a calculation printed among its inputs.

A power or sample-size calculation is given all quantities but one and solves for that one; R
prints them all alike, ``key = value`` with the keys right-aligned on the ``=``, under the
calculation's title (pwr's ``power.htest``)::

         Two-sample t test power calculation

                  n = 63.76561          <- solved for: a result
                  d = 0.5               <- given: settings, as the rest of the block
          sig.level = 0.05
              power = 0.8
        alternative = two.sided

The block is config (CONFIG_BLOCK), but the solved value tells itself by its digits: R prints
it with its full significant digits, while the given ones are what a person typed (one or two
significant digits). In a block of three or more such lines, its ``=`` in one column, when
exactly one number has five significant digits or more and every other number two or fewer,
that number is a result; the block's other lines stay settings.
"""

from __future__ import annotations

from collections.abc import Sequence

from .cells import NUMBER_CELL
from ..lazyre import LazyPattern

_LINE = LazyPattern(r"[ \t]*[^\s=]+ = (\S+)[ \t]*\Z")
_LEAST = 3  # lines of the block, this one included
_SOLVED_DIGITS = 5
_GIVEN_DIGITS = 2


def _digits(number: str) -> int:
    """The significant digits of a plain decimal number's text."""
    mantissa = number.lstrip("+-").split("e")[0].split("E")[0]
    return len(mantissa.replace(".", "").lstrip("0"))


def _block(lines: Sequence[str], column: int) -> list[str]:
    """The values of the ``key = value`` lines of `lines`, nearest first, up to a line of
    another shape or another ``=`` column."""
    values = []
    for text in lines:
        found = _LINE.match(text)
        if found is None or text.find(" = ") != column:
            break
        values.append(found.group(1))
    return values


def _solved_block(line: str, before: Sequence[str], after: Sequence[str]) -> bool | None:
    """True when `line` holds the solved value of such a block, False when it holds a given
    one, None when it is in no such block."""
    found = _LINE.match(line)
    if found is None:
        return None
    column = line.find(" = ")
    values = [*_block(list(reversed(before)), column), found.group(1), *_block(after, column)]
    numbers = [cell.group(1) for value in values if (cell := NUMBER_CELL.match(value))]
    if len(values) < _LEAST or len(numbers) < _LEAST:
        return None
    digits = [_digits(number) for number in numbers]
    solved = [d for d in digits if d >= _SOLVED_DIGITS]
    if len(solved) != 1 or any(_GIVEN_DIGITS < d < _SOLVED_DIGITS for d in digits):
        return None
    number = NUMBER_CELL.match(found.group(1))
    return number is not None and _digits(number.group(1)) >= _SOLVED_DIGITS


def is_solved(line: str, before: Sequence[str], after: Sequence[str]) -> bool:
    """True when `line` holds the solved value of such a block (see the module)."""
    return _solved_block(line, before, after) is True


def is_given(line: str, before: Sequence[str], after: Sequence[str]) -> bool:
    """True when `line` holds a given value of such a block: a setting."""
    return " = " in line and _solved_block(line, before, after) is False
