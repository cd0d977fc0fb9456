"""LOG_FRAME (rules): a log record's frame (a date and time, then an info or debug level) opening a line
is no part of what the program printed; the message after it is read as if printed bare.

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


def unframed_text(text: str | AsciiLines) -> str | AsciiLines:
    """`parse_text`'s block (a str or an `AsciiLines`) without its lines' log frames: itself
    when it holds none, else a str."""
    if isinstance(text, AsciiLines):
        return text if not _framed_ascii(text) else unframed(text.text()) or text
    return unframed(text) or text


def _framed_ascii(lines: AsciiLines) -> bool:
    """Whether `lines` (an `AsciiLines`) may hold a log frame: a level word in its head or its
    bytes (no copy, no regex)."""
    return (any(lines.data.find(level, lines.start, lines.end) != -1
                for level in (b"INFO", b"DEBUG", b"NOTICE"))
            or lines.head is not None and _framed(lines.head))
