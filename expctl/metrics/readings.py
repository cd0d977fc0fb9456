"""The readings of the last lines read, remembered (`Readings`).

The same text is read more than once: the splitter asks `frame_key` of a progress bar's
redraw and of the text it overwrites (the overwritten text was the previous redraw, asked
already), and the parser then reads the redraw it keeps; a run prints the same line again
(``Epoch 1/10`` headers, blank rules of a table). `formats.read_line` is a pure function of
the line's text, and every caller treats a `Reading` as read-only, so one reading serves
every ask of the same text. Only the last lines read are kept, and only short ones: memory
stays bounded (about a megabyte) whatever the output. A table's row of numbers only (NUMBERS_ONLY) is read at once, never
kept: looking it up would cost more than reading it.
"""

from __future__ import annotations

from .formats import _NUMBERS_ONLY, Reading, read_line
from .grammar import may_hold_metrics
from .prefixes import frame_of

READINGS_KEPT = 1024  # at most this many distinct lines read last (all dropped when full)
LONGEST_KEPT = 1024  # longer lines are read again when asked again (rare): at most ~1 MB kept


class Readings:
    """`formats.read_line` and `formats.frame_key` of one parser, the readings of the lines
    read last remembered (up to `READINGS_KEPT`)."""

    __slots__ = ("_kept",)

    def __init__(self) -> None:
        self._kept: dict[str, Reading] = {}

    def read(self, line: str) -> Reading:
        """`formats.read_line(line)`: the same object for the same text while it is kept."""
        if _NUMBERS_ONLY.match(line):
            return Reading([], line=line)  # NUMBERS_ONLY (rules), as read_line reads it
        kept = self._kept
        reading = kept.get(line)
        if reading is None:
            reading = read_line(line)
            if len(line) <= LONGEST_KEPT:
                if len(kept) >= READINGS_KEPT:
                    kept.clear()  # cheaper than dropping the oldest: a dict has no cheap front
                kept[line] = reading
        return reading

    def frame_key(self, line: str) -> tuple:
        """`formats.frame_key(line)`, from the remembered reading."""
        if not may_hold_metrics(line):
            return ()
        return frame_of(self.read(line))  # FRAME_STEP (prefixes)
