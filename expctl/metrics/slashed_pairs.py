"""SLASHED_PAIRS (rules): two figures printed as one pair, their names and their values each
parted by a slash (``train/val loss: 0.91/1.01``, ``loss/acc: 0.52/0.81``, ``mean/median reward
61.2/60.2``), are two pairs: ``train loss: 0.91, val loss: 1.01``.

The names are two words glued by the slash, and the words after them (up to two) name both;
the values two numbers glued by the slash, one a decimal at least (``correct/total: 45/50`` is a
count of a total, no two figures). The line is rewritten so, and every format reads it on.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER

_SLASHED = LazyPattern(
    rf"(?<![\w/.])([^\W\d_]+)/([^\W\d_]+)((?:[ _][^\W\d_][\w-]*){{0,2}})([ \t]*[:=][ \t]*|[ \t]+)"
    rf"({NUMBER})(%?)/({NUMBER})(%?)(?![\w./])")


def unslashed(line: str) -> str:
    """`line` with each slashed pair written as two (SLASHED_PAIRS), else as is."""
    if "/" not in line:
        return line
    def two(found) -> str:
        first, second, rest, joint, left, left_mark, right, right_mark = found.groups()
        if "." not in left + right:
            return found.group()
        return f"{first}{rest}{joint}{left}{left_mark}, {second}{rest}{joint}{right}{right_mark}"
    return _SLASHED.sub(two, line)
