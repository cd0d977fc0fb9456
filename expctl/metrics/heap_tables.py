"""HEAP_TABLE (rules): a heap profiler's table of the kinds of object a program holds.

A heap profiler sorts the objects it finds by their kind (a type, a class) and prints one row a
kind: how many objects and how much memory they take, maybe their shares and a running total::

                      types |   # objects |   total size      <- Pympler's summary
    ======================= | =========== | ============
                       dict |       15005 |      2.63 MB       <- dict/total size = 2.63
      function (store_info) |           1 |    152     B

    Partition of a set of 73442 objects. Total size = 4591320 bytes.   <- Total size (HEAP_TOTAL)
     Index  Count   %     Size   % Cumulative  % Kind (class / dict of class)
         0  69440  95  3667416  80   3667416  80 str                  <- str/Size = 3667416

The header tells it: a column naming the kinds (``types``, ``Kind``, ``class name``), one
counting objects (``# objects``, ``Count``, ``#instances``) and one of their size (``total size``,
``Size``, ``#bytes``). A size there is memory the program was measured to hold, no setting of
its (NOT_METRIC_WORDS' ``size``): each is ``<kind>/<size column>``, as printed (its unit of bytes,
``MB`` or ``B`` a gap apart, dropped). A count of objects stays a count. The line right above
such a header, a sentence stating the heap's total size (``Total size = 4591320 bytes.``), gives
that total under its name (HEAP_TOTAL). Barred tables are read here (`heap_row`); a table whose
kind is its last column of text is TEXT_COLUMN's, which asks `is_heap_header`.
"""

from __future__ import annotations

import functools
import re

from . import rules
from .grammar import NUMBER
from .summary import MEASURED
from ..lazyre import LazyPattern

_KIND_WORDS = frozenset("type types kind kinds class classes".split())  # the label column's
_COUNTED_WORDS = frozenset("objects count instances #instances".split())  # the objects counted
_SIZE_WORDS = frozenset("size bytes #bytes".split())  # the memory they hold: the last word
_WORDS = re.compile(r"#?\w+")
# a size cell: a number, then its unit of bytes maybe a gap apart ("2.63 MB", "152     B")
_SIZE_CELL = LazyPattern(rf"\s*({NUMBER})(?:\s+[KMGTP]?i?B)?\s*\Z")
_BYTES_CELL = LazyPattern(rf"\s*({NUMBER})\s+[KMGTP]?i?B\s*\Z")  # the unit printed: "2.63 MB"
# HEAP_TOTAL: "... objects. Total size = 4591320 bytes." (a sentence of the line above the header)
_TOTAL = LazyPattern(rf"(?:^|\.\s+)([^\W\d_][\w ]{{0,30}}? size) = ({NUMBER}) ?(?:bytes|[KMGTP]?i?B)\.?\s*\Z")


@functools.lru_cache(maxsize=256)
def _counts_kinds(names: tuple[str, ...]) -> bool:
    """True for a header of one column naming kinds of object and one counting them."""
    words = [{word.lower() for word in _WORDS.findall(name)} for name in names]
    return any(found & _KIND_WORDS for found in words) and any(
        found & _COUNTED_WORDS for found in words)


@functools.lru_cache(maxsize=256)
def heap_sizes(names: tuple[str, ...]) -> frozenset[int]:
    """The size columns of a heap profiler's table header `names` (one column naming kinds of
    object, one counting them, one of their size), else none."""
    if not _counts_kinds(names):
        return frozenset()
    return frozenset(at for at, name in enumerate(names)
                     if (last := _WORDS.findall(name.lower())[-1:]) and last[0] in _SIZE_WORDS)


def _unit_sizes(names: tuple[str, ...], cells: list[str]) -> frozenset[int]:
    """HEAP_TABLE's size columns when no name says size: under a header of kinds and their
    counts, the cells printed with a unit of bytes (``2.63 MB``, ``152     B``)."""
    if not _counts_kinds(names):
        return frozenset()
    return frozenset(at for at, cell in enumerate(cells) if at and _BYTES_CELL.match(cell))


def is_heap_header(names: list[str]) -> bool:
    """True for a header of a heap profiler's table (`heap_sizes`)."""
    return bool(heap_sizes(tuple(names)))


def heap_total(line: str) -> list[tuple[str, str]]:
    """HEAP_TOTAL: the total size a line right above a heap table's header states, or []."""
    found = _TOTAL.search(line) if " = " in line else None
    return [] if found is None else [(found.group(1).strip(), found.group(2))]


def heap_row(table, cells: list[str], kinds: list[str]):
    """A barred row of a heap profiler's table: ``[(pairs, MEASURED)]`` of its sizes named
    ``<kind>/<column>``, ``[]`` for a row seen already; None when `table` is no heap table or the
    row opens with no kind."""
    if kinds[0] != "name" or len(cells) != len(table.names):
        return None  # a step's row, the common row: no kind's
    sizes = heap_sizes(tuple(table.names)) or _unit_sizes(tuple(table.names), cells)
    if not sizes:
        return None
    key = tuple(cell.strip() for cell in cells)
    if key in table.seen:
        return []
    table.seen.add(key)
    label, pairs = key[0], []
    for at in sorted(sizes):
        value = _SIZE_CELL.match(cells[at])
        if value is not None:
            pairs.append((rules.row_name(table.names[0], label, table.names[at]), value.group(1)))
    return [(pairs, MEASURED)] if pairs else []
