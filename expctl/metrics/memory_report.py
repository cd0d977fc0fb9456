"""MEMORY_REPORT (rules): sizes set in under a memory profiler's headings.

A memory profiler's summary (``memray stats``) prints each finding under a heading of its own,
closed by a colon, the figures set in below it (by a tab), each size with its unit of bytes
glued on::

    📦 Total memory allocated:
        23.217MB                                   <- Total memory allocated = 23.217
    📊 Histogram of allocation size:
        min: 1.000B                                <- min = 1.0
        < 4.000B   :    6 ▇                        <- a bin's count: nothing
    🥇 Top 5 largest allocating locations (by size):
        - <listcomp>:work.py:5 -> 11.378MB         <- <listcomp>:work.py:5 = 11.378
    🥇 Top 5 allocating modules (by size):
        - work: 22.976MB total | 2101 allocations  <- work = 22.976

The heading says the block is memory a program was measured to take (its words name an
allocation, a peak or the heap; ``Memory:`` alone heads a machine's capacity, no measurement),
so each size under it is a result, as a heap profiler's are
(HEAP_TABLE): named by the label before it on its line (a list's mark ``-`` and the ``->`` or
``:`` after the label dropped), or, alone on its line, by the heading (its marks and an aside in
brackets dropped). The size is kept as printed, its unit dropped. A figure with no unit of
bytes (a count of allocations) gives nothing; nor does a size that labels a line (a bin). A
blank line, or a line flush left that is no such heading, ends the block.
"""

from __future__ import annotations

from collections.abc import Callable

from ..lazyre import LazyPattern
from .grammar import DECIMAL
from .set_in import heading_above

_LOOK = 24  # set-in lines looked through, up to the heading
_SIZE = rf"({DECIMAL})[ ]?[kKMGTP]?i?B\b"
_ALONE = LazyPattern(rf"[ \t]+{_SIZE}[ \t]*\Z")
# a set-in line: a list's mark maybe, a label, "->" or ":", then the size and maybe words after
_LABELLED = LazyPattern(rf"[ \t]+(?:[-*•][ \t]+)?(\S.*?)(?:[ \t]+->|:)[ \t]+{_SIZE}(?:[ \t]+[^\d\W].*)?[ \t]*\Z")
_JOINED = LazyPattern(rf"(.*:)[ \t]+{_SIZE}[ \t]*\Z")  # "Total memory allocated: 23.217MB"
_HEADING = LazyPattern(r"\W*(\w[^:]*?)[ \t]*(?:\([^()]*\))?[ \t]*:[ \t]*\Z")
_MEMORY_WORDS = LazyPattern(r"(?i)\b(?:allocat\w*|peak|heap)\b")


def memory_fields(line: str, before: Callable[[int], list[str]]) -> list[tuple[str, str]] | None:
    """MEMORY_REPORT: the ``(name, size)`` pair of set-in `line` under a memory report's heading
    (`before(k)`: the k lines above, oldest first), else None."""
    if "B" not in line:
        return None
    if line[:1] not in " \t":  # HEADING_NAME has joined a heading and the value set in under it
        joined = _JOINED.match(line) if line.rstrip()[-1:] == "B" else None
        above = before(1) if joined is not None else []
        if joined is None or not above or not above[-1].rstrip().endswith(joined.group(1)):
            return None
        heading = _heading_above(above)
        return None if heading is None else [(heading, joined.group(2))]
    alone = _ALONE.match(line)
    labelled = None if alone else _LABELLED.match(line)
    if alone is None and labelled is None:
        return None
    heading = _heading_above(before(_LOOK))
    if heading is None:
        return None
    if alone is not None:
        return [(heading, alone.group(1))]
    assert labelled is not None
    label = labelled.group(1).strip()
    return [(label, labelled.group(2))] if label[:1] not in "<>=" or label[1:2].isalpha() else None


def _heading_above(lines: list[str]) -> str | None:
    """The name a memory report's heading gives above a run of set-in `lines` (oldest first)."""
    heading = heading_above(lines, _HEADING)
    if heading is None or _MEMORY_WORDS.search(heading.group(1)) is None:
        return None
    return heading.group(1)
