"""The readings of the last lines read, remembered (`Readings`).

The same text is read more than once: the splitter asks `frame_key` of a progress bar's
redraw and of the text it overwrites (the overwritten text was the previous redraw, asked
already), and the parser then reads the redraw it keeps; a run prints the same line again
(``Epoch 1/10`` headers, blank rules of a table). `formats.read_line` is a pure function of
the line's text, and every caller treats a `Reading` as read-only, so one reading serves
every ask of the same text. Only the latest few short lines are kept: memory stays bounded
whatever the output.
"""

from __future__ import annotations

from .formats import Reading, read_line
from .grammar import may_hold_metrics

READINGS_KEPT = 64  # the latest distinct lines read; the oldest is dropped first
LONGEST_KEPT = 4096  # longer lines are read again when asked again (rare, and kept small)


class Readings:
    """`formats.read_line` and `formats.frame_key` of one parser, with the readings of the
    latest `READINGS_KEPT` distinct lines remembered."""

    __slots__ = ("_kept",)

    def __init__(self) -> None:
        self._kept: dict[str, Reading] = {}

    def read(self, line: str) -> Reading:
        """`formats.read_line(line)`: the same object for the same text while it is kept."""
        kept = self._kept
        reading = kept.get(line)
        if reading is None:
            reading = read_line(line)
            if len(line) <= LONGEST_KEPT:
                if len(kept) >= READINGS_KEPT:
                    del kept[next(iter(kept))]
                kept[line] = reading
        return reading

    def frame_key(self, line: str) -> tuple:
        """`formats.frame_key(line)`, from the remembered reading."""
        if not may_hold_metrics(line):
            return ()
        return tuple((name, float(value)) for name, value in self.read(line).pairs)
