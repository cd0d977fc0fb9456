"""BLOCK_EDGE (rules): a right-aligned table set in whole takes its block's common indent as
its left edge.

RUN_INDENT cuts a run's common indent only once lines confirm it, and never in a table's
middle, so the first table of a program whose every line a wrapper sets in is still read set
in. R's right-aligned rows (`right_aligned`) begin at the left edge, their label or number
flush left under a header that starts further right::

        grp=control :                                           <- the block's lines, all set in
          time n.risk n.event  surv                               by four spaces or more
        1    2     46       0 0.767                             <- a row at exactly four
        2    5     32       0 0.533

A row set in by exactly as many spaces as the fewest any line of its block opens with (the
lines above it back to a blank line, as far as the readers look back) is read with that many
spaces cut off it and off the lines above: as the program printed it. A row set in further
than a line of its block (survfit's rows under a header at one space) is no such row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

LOOK_BACK = 3  # the lines above a row that the right-aligned reader looks at for its header


def block_edge(line: str, before: Callable[[int], Sequence[str]]
               ) -> tuple[str, Callable[[int], Sequence[str]]] | None:
    """`line` and the lines before it without their block's common indent, when `line` opens
    with spaces and stands at that indent; else None."""
    lead = len(line) - len(line.lstrip(" "))
    if not lead or lead == len(line):
        return None
    lines = before(LOOK_BACK)
    start = len(lines)
    while start and lines[start - 1].strip():
        start -= 1
    block = lines[start:]
    if not block or any(len(text) - len(text.lstrip(" ")) < lead for text in block):
        return None

    def cut(count: int) -> Sequence[str]:
        return [text[lead:] if not text[:lead].strip() else text for text in before(count)]

    return line[lead:], cut
