"""A throughput table whose columns are input sizes: SIZED_COLUMNS (rules).

A throughput benchmark runs each case at a range of input sizes and prints one row per case,
one column per size::

    type             16 bytes     64 bytes    256 bytes      <- the header: a word, then sizes
    sha256          122990.35k   407843.33k   976765.70k     <- sha256/16 bytes = 122990.35
    aes-128-cbc    1034592.03k  1679500.80k  1145313.84k

The header is, after a first cell naming the rows at most, two sizes or more, each a number
and a unit of data or of elements (``16 bytes``, ``1 KiB``, ``4k``), set two spaces apart or
more; a count of other things (R's ``1 comps  2 comps``) steps a setting, no size. A row under it is
a label and one amount per size, each a number with up to three letters of a unit glued on at
most (``122990.35k``: the value is in the unit printed, the ``k`` dropped); each is named
``<row>/<size>`` as the header prints it, a measurement with no step. A header of words
(``df -h``'s ``Size  Used  Avail``) is no header of sizes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .stat_rows import line_over_rows
from .summary import MEASURED
from ..lazyre import LazyPattern

_GAP = LazyPattern(r"[ \t]{2,}")
# A size: a number and a unit of data (bytes, "KiB", "4k") or of elements; a count of other
# things ("3 comps", components fitted) is a setting's step, no input size.
_SIZE = LazyPattern(r"\d+(?:\.\d+)? ?(?i:bytes?|[kmgt]i?b|b|[kmg]|elem(?:ent)?s?)\Z")
_FIRST = LazyPattern(r"[^\W\d][\w-]{0,15}\Z")
_ROW = LazyPattern(r"([^\W\d][\w.@/+-]{0,39})((?:[ \t]{2,}[-+]?(?:\d+(?:\.\d*)?|\.\d+)[^\W\d_]{0,3}){2,16})[ \t]*\Z")
_AMOUNT = LazyPattern(r"([-+]?(?:\d+(?:\.\d*)?|\.\d+))[^\W\d_]{0,3}\Z")
_LOOK_BACK = 16  # a table of a few cases


def read_sized_row(line: str, before: Callable[[int], Sequence[str]]):
    """A list of one ``(pairs, MEASURED)`` step for a row under a header of sizes, else None."""
    row = _ROW.match(line)
    if row is None:
        return None
    amounts = row.group(2).split()
    above = line_over_rows(_ROW, len(amounts), before(_LOOK_BACK))  # past the other cases
    sizes = None if above is None else _sizes(above)
    if sizes is None or len(sizes) != len(amounts):
        return None
    values = [_AMOUNT.match(amount) for amount in amounts]
    return [([(f"{row.group(1)}/{size}", value.group(1)) for size, value in zip(sizes, values)
              if value is not None], MEASURED)]


def _sizes(line: str) -> list[str] | None:
    """The sizes a header line names, its first cell (the rows' kind) left out; None when
    `line` is no header of sizes."""
    cells = _GAP.split(line.strip())
    if cells and _FIRST.match(cells[0]) and not _SIZE.match(cells[0]):
        cells = cells[1:]
    if len(cells) < 2 or not all(_SIZE.match(cell) for cell in cells):
        return None
    return cells
