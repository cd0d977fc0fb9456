"""The lines around the one being read, for the rules that need them.

Most lines are read alone. A few readings need their neighbours: an aligned table's row needs
its header (printed a line or two above), a YAML-like config dump is told by the lines around
a ``key: value`` line, a Rich bar wrapped at the terminal's width leaves a ``name:`` at the end
of one line and its value on the next. The parser reads only the lines that may hold a metric
(see `grammar.may_hold_metrics`), so the neighbours come from the block of text the line was
found in, not from the lines read: `TextContext` looks them up there, only when asked, so
metric-free output pays nothing for them. `ListContext` serves a list of every line. Lines of
earlier blocks are kept in a short tail (`Tail`), so a table row arriving alone finds its header.
"""

from __future__ import annotations

from collections import deque

from .log_frames import unframed_lines

TAIL_BLOCKS = 4  # earlier blocks always kept (a block may hold a single line)
# Earlier blocks kept beyond those while their text is this short: a table's header printed
# before a progress bar that redraws for a whole epoch (fastai, or any table whose rows arrive
# one at a time with a bar between them) is found this far back by the row that follows.
TAIL_BYTES = 256 << 10
TAIL_MOST_BLOCKS = 4096  # and never more blocks than this (a program printing byte by byte)


class ListContext:
    """Neighbours of the lines of a list that holds every line."""

    __slots__ = ("lines",)

    def __init__(self, lines):
        self.lines = lines

    def before(self, i: int, count: int) -> list[str]:
        return list(self.lines[max(0, i - count):i])

    def after(self, i: int, count: int) -> list[str]:
        return list(self.lines[i + 1:i + 1 + count])

    def last(self, count: int) -> list[str]:
        return list(self.lines[-count:]) if count > 0 else []


class TextContext:
    """Neighbours of candidate lines found in `text[lo:hi]` (lines joined with "\\n"; str, or
    ASCII bytes), line `i` starting at `starts[i]`."""

    __slots__ = ("text", "starts", "lo", "hi", "newline")

    def __init__(self, text, starts: list[int], lo: int, hi: int):
        self.text, self.starts, self.lo, self.hi = text, starts, lo, hi
        self.newline = "\n" if isinstance(text, str) else b"\n"

    def _decode(self, line) -> str:
        return line if isinstance(line, str) else line.decode("ascii")

    def before(self, i: int, count: int) -> list[str]:
        out: list[str] = []
        end = self.starts[i] - 1  # the newline ending the previous line
        while len(out) < count and end >= self.lo:
            start = max(self.text.rfind(self.newline, self.lo, end) + 1, self.lo)
            out.append(self._decode(self.text[start:end]))
            end = start - 1
        out.reverse()
        return out

    def after(self, i: int, count: int) -> list[str]:
        out: list[str] = []
        start = self.text.find(self.newline, self.starts[i], self.hi)
        while len(out) < count and 0 <= start < self.hi:
            start += 1
            stop = self.text.find(self.newline, start, self.hi)
            out.append(self._decode(self.text[start:self.hi if stop < 0 else stop]))
            start = stop
        return out

    def last(self, count: int) -> list[str]:
        """The last `count` lines of `text[lo:hi]`, blank ones too (an empty range is one blank
        line: a block holds at least one line)."""
        out: list[str] = []
        end = self.hi
        while len(out) < count:
            cut = self.text.rfind(self.newline, self.lo, end)
            out.append(self._decode(self.text[self.lo if cut < 0 else cut + 1:end]))
            if cut < 0:
                break
            end = cut
        out.reverse()
        return out


class HeadContext:
    """Neighbours of the one line that a block's first bytes completed (`head`), followed by
    the lines of `data[lo:hi]` (ASCII bytes)."""

    __slots__ = ("head", "rest")

    def __init__(self, head: str, data: bytes, lo: int, hi: int):
        self.head, self.rest = head, TextContext(data, [lo], lo, hi)

    def before(self, i: int, count: int) -> list[str]:
        return []

    def after(self, i: int, count: int) -> list[str]:
        if count <= 0:
            return []
        first = self.rest.text.find(b"\n", self.rest.lo, self.rest.hi)
        first = self.rest.hi if first < 0 else first
        return [self.rest.text[self.rest.lo:first].decode("ascii")] + self.rest.after(0, count - 1)

    def last(self, count: int) -> list[str]:
        return [self.head] if count > 0 else []


class Tail:
    """The last lines of earlier blocks, oldest first. The blocks are kept, not their lines:
    the lines are cut out only when a rule asks for them, so metric-free output pays nothing.
    The last `TAIL_BLOCKS` blocks are kept, and older ones while all together hold no more
    than `TAIL_BYTES` characters. `added` counts the blocks added so far."""

    __slots__ = ("blocks", "sizes", "size", "added")

    def __init__(self):
        self.blocks: deque = deque()
        self.sizes: deque = deque()
        self.size = 0
        self.added = 0

    def add(self, block) -> None:
        """`block`: a context (`ListContext`, `TextContext`, `HeadContext`) of the newest lines."""
        if isinstance(block, ListContext):
            self._keep(block, sum(map(len, block.lines)) + len(block.lines))
        elif isinstance(block, TextContext):
            self.add_block(block.text, block.lo, block.hi)
        else:  # a HeadContext's last line is its head
            self.add_block(block.head, 0, len(block.head))

    def add_block(self, text, lo: int, hi: int) -> None:
        """The lines `text[lo:hi]` (str, or ASCII bytes), as cheaply as can be: the text is
        kept by reference, unless it is much larger than what is kept of it (a long block, or
        a short range of a large buffer): then only its last `TAIL_BYTES`, from a line start,
        are copied out, so what the tail holds in memory is bounded by what it keeps, not by
        the size of the buffers the output came in."""
        if len(text) > 2 * TAIL_BYTES and (hi - lo > TAIL_BYTES or len(text) > 2 * (hi - lo)):
            cut = max(lo, hi - TAIL_BYTES)
            if cut > lo:
                newline = text.find("\n" if isinstance(text, str) else b"\n", cut, hi)
                cut = hi if newline < 0 else newline + 1
            text, lo, hi = text[cut:hi], 0, hi - cut
        self._keep((text, lo, hi), hi - lo)

    def _keep(self, block, size: int) -> None:
        blocks = self.blocks
        blocks.append(block)
        self.sizes.append(size)
        self.size += size
        self.added += 1
        if self.size > TAIL_BYTES or len(blocks) > TAIL_MOST_BLOCKS:
            while len(blocks) > TAIL_BLOCKS and (
                    self.size > TAIL_BYTES or len(blocks) > TAIL_MOST_BLOCKS):
                blocks.popleft()
                self.size -= self.sizes.popleft()

    def last(self, count: int) -> list[str]:
        parts: list[list[str]] = []
        found = 0
        for block in reversed(self.blocks):
            if found >= count:
                break
            if isinstance(block, tuple):
                block = TextContext(block[0], [], block[1], block[2])
            part = block.last(count - found)
            parts.append(part)
            found += len(part)
        lines = [line for part in reversed(parts) for line in part]
        return list(unframed_lines(lines[-count:])) if count > 0 else []  # LOG_FRAME, when asked
