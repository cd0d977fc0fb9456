"""HELD_BLOCK: held ``key = value`` lines that are one aligned block with the line that ends
their wait are that line's kind: results, as it is.

A program that prints its measurements as one block of assignments, the names padded to one
column (ngspice's ``.meas`` results), may print results with nothing before them::

    trise               =  2.197214e-04 targ=  2.312583e-04 trig=  1.153689e-05
    t10                 =  1.153689e-05                      <- held: before any result
    vavg                =  8.989667e-01 from=  0.000000e+00   <- a result: the block's kind

The held lines are config when training output follows them (CONFIG_BLOCK); but a line right
under them, its separator in their column and set in as they are, continues their block: one
listing, one kind. A name may be words (lmfit's ``reduced chi-square = 0.0076`` under a held
``chi-square         = 1.4986``), the longest padded by one space only. A blank line, another
layout or a line of no held name between them ends the block.
"""

from __future__ import annotations

import re

from ..lazyre import LazyPattern

# a name of one word or a few opening the line (set in or not), padded to its separator
_PADDED = LazyPattern(r"([ \t]*)([^\W\d][\w.#@-]*(?: [^\W\d][\w.#@-]*){0,3}?)( +)[=:]")


def held_block(above: list[str], line: str, held: list[str]) -> bool:
    """True when the lines right above `line` (`above`, oldest first) are all the `held` names'
    lines, each a name padded to its separator, the separators in one column with `line`'s, set in
    as it is; one name at least padded by two spaces or more (the longest may have one)."""
    own = _PADDED.match(line)
    if own is None or not held:
        return False
    column, block, widest = own.end() - 1, [], len(own.group(3))
    for text in reversed(above):
        padded = _PADDED.match(text)
        if padded is None or padded.end() - 1 != column or padded.group(1) != own.group(1) or (
                padded.group(2) not in held):
            break
        block.append(text)
        widest = max(widest, len(padded.group(3)))
    return bool(block) and widest > 1 and all(any(re.search(rf"(?<![\w.]){re.escape(name)}\s*[=:]", text)
                                   for text in block) for name in held)
