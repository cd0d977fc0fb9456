"""SCAN_FRAME (candidate rule, grammar): a line may open with a log record's frame, and what
opens its message decides as if the message were printed bare.

The frame the candidate scans look past (`grammar.may_hold_metrics` and _scan.c alike) is
the one logging handlers print first: a date and a time, then an optional level word.

* the date and time: ``2026-12-06 10:00:00`` or ISO's ``2026-12-06T10:00:00``, an optional
  fraction of one to nine digits after ``.`` or ``,`` (Python's ``,123``), an optional ``Z``,
  then one space;
* an optional ``- `` (``%(asctime)s - %(levelname)s - %(message)s``);
* an optional level word: one to eight capitals (``INFO``, ``DEBUG``, ``WARNING``,
  ``CRITICAL``), then ``:`` or `` -`` at most, then one space.

The message starts right after: its own indentation is kept, so a row set in a table
(OPENS_WITH_CELLS, OPENS_WITH_VALUE), a value opening it (VALUE_FIRST) or an object
(OPENS_OBJECT) is found behind a frame as without one. Only those rules, which read the
line's start, look past it: the others read its end or any place in it, frame or not.
LOG_FRAME cuts a frame of this shape (with an info, debug or notice level) off every line of
a block the scan found a line in; since the scan sees its message's start too, a line of such
a block is read the same whatever other lines came in its read.
Not looked past: a logger's name after the level (``INFO:root:``, ``- __main__ -``), glog's
``I1206 10:00:00.123456 1234 file.cc:12]``, a bracketed ``[2026-12-06 10:00:00]``: LOG_FRAME
does not cut them, so their message would not be read bare either.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

FRAME_FRACTION = 9  # the most digits of a second's fraction
FRAME_LEVEL = 8  # the most capitals of a level word ("CRITICAL")
_D = "[0-9]"  # ASCII digits, as the compiled scan reads them
SCAN_FRAME = LazyPattern(rf"{_D}{{4}}-{_D}{{2}}-{_D}{{2}}[T ]{_D}{{2}}:{_D}{{2}}:{_D}{{2}}"
                         rf"(?:[.,]{_D}{{1,{FRAME_FRACTION}}})?Z? (?:- )?(?:[A-Z]{{1,{FRAME_LEVEL}}}(?: -|:)? )?")


def framed_message(line: str) -> str | None:
    """`line`'s message past a frame (SCAN_FRAME) opening it; None when none opens it (a
    line not opening with a digit costs one test)."""
    if not "0" <= line[:1] <= "9":
        return None
    frame = SCAN_FRAME.match(line)
    return None if frame is None else line[frame.end():]
