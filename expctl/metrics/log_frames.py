"""LOG_FRAME (rules): a log record's frame (a date and time, then an info or debug level) opening a line
is no part of what the program printed; the message after it is read as if printed bare.

Only a block the candidate scan found a line in is cut (metric-free output pays nothing). The
scan looks past a frame of this shape to its message's start (SCAN_FRAME, frame_starts), so a
line whose message is a candidate (a dict line) is one behind its frame too, and framed output
reads the same however it was cut into reads.
A program that logs each line of a table or a report (``for row in table: logger.info(row)``)
prints the same frame before every line: the rules that read tables, sections and columns see
the message, aligned as it was. A warning's or an error's frame stays (NOISE_LINE reads it).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lazyre import LazyPattern
from .splitter import AsciiLines

_LEVELS = ("INFO", "DEBUG", "NOTICE")
# "2026-12-06 10:00:00,123 INFO ", "2026-12-06T10:00:00.123 DEBUG: ", "2026-12-06 10:00:00 - INFO - "
_FRAME = LazyPattern(r"(?m)^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,6})? (?:- )?"
                     r"(?:INFO|DEBUG|NOTICE)(?: -|:)? ")


def _framed(text: str) -> bool:
    return any(f"{level} " in text or f"{level}:" in text for level in _LEVELS)


def unframed(text: str) -> str | None:
    """`text` (lines joined by "\\n") without the log frames opening its lines; None when no
    line opens with one (the usual case: a substring test, no regex)."""
    if not _framed(text):
        return None
    bare = _FRAME.sub("", text)
    return None if len(bare) == len(text) else bare


def unframed_lines(lines: Sequence[str]) -> Sequence[str]:
    """`lines` without the log frames opening them (the same object when none does)."""
    bare = unframed("\n".join(lines)) if lines else None
    return lines if bare is None else bare.split("\n")


def unframed_head(text: str | AsciiLines) -> str | AsciiLines:
    """`parse_text`'s block with its head (the line an earlier read began) past its frame;
    the block's own lines are cut in `unframed_block`, once the scan found a candidate."""
    # the head is one line, and a frame opens with its year's digits: one test for most heads
    if (isinstance(text, AsciiLines) and text.head and text.head[0].isdecimal()
            and (head := unframed(text.head)) is not None):
        return AsciiLines(head, text.data, text.start, text.end)
    return text


def unframed_block(text: str | bytes, start: int, end: int) -> str | bytes | None:
    """The lines `text[start:end]` (str, or ASCII bytes) without their frames, of the same
    type; None when no line opens with one. Only a block with a candidate line pays for it:
    metric-free output is never cut."""
    if isinstance(text, str):
        return unframed(text[start:end])
    if not any(text.find(level, start, end) != -1 for level in (b"INFO", b"DEBUG", b"NOTICE")):
        return None
    bare = unframed(text[start:end].decode("ascii"))
    return None if bare is None else bare.encode("ascii")
