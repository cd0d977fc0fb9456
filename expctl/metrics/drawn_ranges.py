"""DRAWN_RANGE (rules): a histogram drawn between bars, its axis's two ends around it.

A sampler summarises each parameter's posterior on one line: the parameter's name, the lowest
value drawn, a histogram of block characters between two bars, the highest value, then the
estimate and its spread::

    a       : 0.57  │ ▁ ▁▁▁▂▂▃▅▆▇▇▅▃▂▁▁ │1.38      1.01 +- 0.10     <- a = 1.01

The numbers glued to the drawing's bars are the ends of its axis, no estimate: they go with the
drawing, and the line reads as ``a : 1.01 +- 0.10``, its estimate the value of its name.
"""

from __future__ import annotations

from ..lazyre import LazyPattern
from .grammar import NUMBER

_BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"  # "▁" to "█"
_BLOCK = LazyPattern(f"[{_BLOCKS}]")
# a number, the drawing between two bars (blocks and spaces only), a number glued to its end
_RANGE = LazyPattern(rf"{NUMBER}[ \t]*│[ {_BLOCKS}]*[{_BLOCKS}][ {_BLOCKS}]*│[ \t]*{NUMBER}(?=[ \t])")


def unranged(line: str) -> str:
    """`line` without a drawn histogram and the two ends of its axis (DRAWN_RANGE), when it
    holds one followed by more; else `line`."""
    if _BLOCK.search(line) is None:
        return line  # a bar of a table, no drawing (Rich's rows)
    match = _RANGE.search(line)
    if match is None or not line[match.end():].strip():
        return line
    return line[:match.start()] + line[match.end():]
