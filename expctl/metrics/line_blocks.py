"""Blocks of output lines handled as blocks: the splitter's bookkeeping that never cuts a block
into line objects.

`LineSplitter` passes plain ASCII output on as the bytes read (`AsciiLines`) and remembers
what the screen's last `SCREEN_ROWS` rows show, to drop redraws. These helpers answer, on a
block of lines joined with "\\n" (bytes or str), what it needs without splitting the block:
whether a chunk can take the bytes path at all (`plain`), how many rows a block fills and where
the last of them start (`tail_rows`, `last_lines`), which blocks still hold rows on screen
(`keep_above`), and whether a line is longer than the splitter's limit (`has_long_line`).
"""

from __future__ import annotations

from collections.abc import Callable

SCREEN_ROWS = 64  # rows remembered for redraws: more than any progress display redraws at once


def plain_python(data: bytes | bytearray) -> bool:
    """True for ASCII without the characters that redraw a line or start an escape sequence."""
    return data.isascii() and b"\r" not in data and b"\b" not in data and b"\x1b" not in data


try:  # the same test in one pass, without the GIL (_scan.c); four passes in Python
    from ._scan import plain
except ImportError:  # built without a C compiler
    plain = plain_python


def keep_above(above: list, rows: list[str], data: bytes, lo: int, hi: int) -> None:
    """Add `rows`, then the lines of the block `data[lo:hi]`, to the rows above the screen's
    first (`LineSplitter._above`), and drop what is no longer among the last SCREEN_ROWS. A block
    is kept as the bytes read (with its row count) only while it holds fewer rows than that;
    one that fills the screen alone is kept as a copy of its last rows: the memory held follows
    the rows, never the size of the chunks fed (megabytes each, when output comes fast)."""
    count, at = tail_rows(data, lo, hi)
    if count >= SCREEN_ROWS:
        above[:] = [(data[at:hi], 0, hi - at, count)]
        return
    if rows:
        above.append(rows)
    above.append((data, lo, hi, count))
    total = 0
    for i in range(len(above) - 1, 0, -1):
        part = above[i]
        total += part[3] if isinstance(part, tuple) else len(part)
        if total >= SCREEN_ROWS:
            del above[:i]
            return


def tail_rows_python(block: bytes, start: int, end: int) -> tuple[int, int]:
    """How many lines `block[start:end]` holds, counted up to SCREEN_ROWS, and where the last
    of those begins."""
    cut = end
    for count in range(1, SCREEN_ROWS):
        cut = block.rfind(b"\n", start, cut)
        if cut < 0:
            return count, start
    return SCREEN_ROWS, cut + 1


try:  # the same by memrchr (_scan.c): up to 63 rfind calls per chunk were a quarter of the
    # digest's time on plain text at full speed
    from ._scan import tail_rows as _compiled_tail_rows

    def tail_rows(block: bytes, start: int, end: int) -> tuple[int, int]:
        return _compiled_tail_rows(block, start, end, SCREEN_ROWS)
except ImportError:  # built without a C compiler
    tail_rows = tail_rows_python


def last_lines(block: str | bytes, start: int, end: int, count: int) -> list:
    """The last `count` lines of `block[start:end]`, without copying the others."""
    if isinstance(block, bytes):
        return block[cut_back(block.rfind, b"\n", start, end, count) + 1 or start:end].split(b"\n")
    return block[cut_back(block.rfind, "\n", start, end, count) + 1 or start:end].split("\n")


def cut_back(rfind: Callable[..., int], newline: object, start: int, end: int, count: int) -> int:
    """Where the newline before the last `count` lines of [start, end) is, by `rfind` (the
    text's own); -1 when there are fewer lines."""
    cut = end
    for _ in range(count):
        cut = rfind(newline, start, cut)
        if cut < 0:
            return -1
    return cut


def has_long_line(block: str | bytes, max_line: int, start: int = 0, end: int | None = None) -> bool:
    """True when some line of `block[start:end]` is longer than `max_line`, in len/max_line
    steps: every window of max_line + 1 characters of a block of short lines holds a newline."""
    end = len(block) if end is None else end
    while end - start > max_line:
        newline_at = (block.rfind(b"\n", start, start + max_line + 1) if isinstance(block, bytes)
                      else block.rfind("\n", start, start + max_line + 1))
        if newline_at < 0:
            return True
        start = newline_at + 1
    return False
