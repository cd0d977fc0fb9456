"""RUN_INDENT (rules): spaces that every line of a run's output has opened with so far are no
part of what the program printed; the lines are read without them.

A program run under another that sets its children's output in (a task runner, a test harness,
a logger nesting a block) prints every line of its tables, sections and reports behind the same
spaces: the readers, which take a line's first column as where its text begins (a row's index,
a section's heading), see the lines as the program printed them.

The width is the fewest spaces any non-blank line of the run has opened with so far (blank and
whitespace-only lines do not count; only spaces, since a tab's width is the terminal's). It is
confirmed by three lines that open with exactly that many spaces: a wrapper sets in every line,
where a tool's own outline (a group's label over rows set in further) sets in a few. It is cut
from the first blank line after that, or from a fourth such line that is no table's (not two
column gutters in it, and a letter or digit: no rule such as ---- or ┏━━┓ either) or opens a
table (the line before it blank, or a line of text at the width): the lines before are read as printed, so that a line's cut depends only on the lines
before it (however the output is cut into reads, the points are the same), and a table already
begun is never cut in its middle (a right-aligned table's rows may reach further left than its
header, and each row must keep its columns where the header's are). A line opening
with fewer spaces than a width cut already (a right-aligned column reaching further left, a line
at the first column) ends it: nothing is cut for the rest of the run. Once the width is 0,
every read costs one comparison.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .splitter import AsciiLines

_GUTTER = re.compile(r"\S {2,}(?=\S)")  # two columns or more of a table's header or row
_ALNUM = re.compile(r"[^\W_]")  # a letter or digit: a line of text, no table's rule
# RUN_INDENT: two numbers one space apart (R's "a 0.6716 0.2388", "0 +1 -1 +1"): a row of
# a table whose columns a single space parts, however few wide gaps it has; not a date
# before a clock ("2026-12-04 23:47:11": a log line's time stamp)
_NUMBERS = re.compile(r"\d\.?\d* +[-+]?\.?\d(?!\d?:\d)")
CONFIRMING = 3  # lines at the width that confirm it: a tool's own outline sets in a few


class RunIndent:
    """The spaces every non-blank line of a run has opened with so far: `width` None before the
    first non-blank line, 0 once a line opened at the first column (then nothing is cut);
    `cut`, the width cut off once CONFIRMING lines confirmed it (from a blank line, a line of
    text or a table's first line on)."""

    __slots__ = ("width", "cut", "seen", "opens")

    def __init__(self) -> None:
        self.width: int | None = None
        self.cut = 0
        self.seen = 0  # lines at exactly `width`
        self.opens = True  # the line before was blank, or at `width` and no table's line

    def _cut(self, line: str) -> int:
        """The width to cut off `line`; the state moves on by `line`."""
        stripped = line.lstrip(" ")
        if not stripped or stripped.isspace():
            if self.seen >= CONFIRMING and self.width:
                self.cut = self.width  # confirmed: from the next block on
            self.opens = True
            return 0
        lead = len(line) - len(stripped)
        if self.width is None or lead < self.width:
            # narrower: unconfirmed until lines repeat it; narrower than a width cut already
            # (a right-aligned column reaching further left), the run is not set in at all
            self.width, self.cut, self.seen = (0, 0, 0) if self.cut else (lead, 0, 0)
        opens, self.opens = self.opens, False
        if lead == self.width and lead:
            self.seen += 1
            # no table's header, row or rule (a line of no letter or digit: ----, ===, ┏━━┓)
            self.opens = len(_GUTTER.findall(stripped)) < 2 and bool(_ALNUM.search(stripped)) and (
                not _NUMBERS.search(stripped))
            if self.seen > CONFIRMING and (opens or self.opens):
                self.cut = lead  # confirmed by the lines before: cut from this one on
        return min(self.cut, lead)

    def lines(self, lines: Sequence[str]) -> Sequence[str]:
        """`lines` each without the common indent (the same object when nothing is cut)."""
        cuts = []
        for line in lines:
            if self.width == 0:  # nothing is cut from here on, and no line moves the state
                break
            cuts.append(self._cut(line))
        if not any(cuts):
            return lines
        cuts += [0] * (len(lines) - len(cuts))
        return [line[cut:] if cut else line for line, cut in zip(lines, cuts)]

    def text(self, text: str | AsciiLines) -> str | AsciiLines:
        """`parse_text`'s block (a str, or `AsciiLines` with its head) without the common
        indent, of the same type (the same object when nothing is cut)."""
        if self.width == 0:
            return text
        if isinstance(text, str):
            split = text.split("\n")
            cut = self.lines(split)
            return text if cut is split else "\n".join(cut)
        block = text.data[text.start:text.end].decode("ascii").split("\n")
        whole = block if text.head is None else [text.head, *block]
        lines = self.lines(whole)
        if lines is whole:
            return text
        data = "\n".join(lines[len(lines) - len(block):]).encode("ascii")
        return AsciiLines(None if text.head is None else lines[0], data, 0, len(data))
