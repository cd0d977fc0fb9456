"""Raw bytes from a child process → clean text lines, ready for `MetricParser`.

The recorder reads a child's stdout and stderr in arbitrary chunks; this module turns each stream
into lines without caring where the chunks were cut. Its contract, for one stream:

- Decoding is UTF-8 with ``errors="replace"``: invalid bytes become U+FFFD. A multi-byte sequence
  split across two chunks decodes as if it had arrived whole.
- ``\\n``, ``\\r``, ``\\b`` (backspace) and the cursor moves ``ESC[nA``/``ESC[nF`` (up) and
  ``ESC[nB``/``ESC[nE`` (down) each end a line. ``\\r`` and ``\\b`` are there because progress
  bars (tqdm, Keras) redraw a line with them, so every redraw is a frame worth parsing; the
  cursor moves because Rich redraws a block of several lines. Backspace ends a line rather than
  being stripped because spinners print ``|\\b/\\b-\\b``: stripping would glue every frame into one
  ever-growing line. The cost: a value partly erased with backspaces is seen as printed before
  the erase.
- **A redraw that repeats what the same screen row already shows is dropped.** The splitter
  keeps what each of the last `SCREEN_ROWS` rows shows: ``\\n`` moves to the next row, ``\\r`` and
  ``\\b`` stay on the row, cursor moves go up or down. A line that ends on a row whose last
  line is the same text is not returned again, so a progress bar redrawing an unchanged frame
  (tqdm's last frame on close, Rich's live display) yields it once. With a `frame_key` (by
  default the built-in formats' reading), a redraw that reports the same metrics as the line
  it overwrites is dropped as well: tqdm redraws its bar as the count moves on while the
  postfix ``loss=0.42`` stays, and that is one report, not one per redraw. A line printed on a
  new row is always returned, so ``loss: 0.5`` printed twice with ``\\n`` gives two lines. A line
  of only whitespace (tqdm clearing its row) is returned but does not change what the row shows.
- **A display of several rows redrawn in place is one report per redraw.** When the cursor
  moves up and the rows below are drawn again (Rich's live display, with metrics on rows of
  their own when the terminal is narrow), a redraw in which no row reports anything new gives
  nothing, and one in which any row does gives every row of it, the unchanged ones too: they
  are part of the new state (Lightning's ``train_loss`` beside a new ``val_loss``). A row
  drawn twice starts the next redraw (tqdm redrawing one of its stacked bars with ``\\r``); a
  row continuing a wrapped value (``    0.708 val/acc:``) counts as reporting something.
- ANSI escape sequences are removed: CSI (colours ``\\x1b[32m``, erase ``\\x1b[2K``, cursor moves),
  OSC/DCS/PM/APC strings (window titles ``\\x1b]0;title\\x07``; unterminated ones run to the end
  of the line), two-byte escapes (``\\x1b(B``, ``\\x1b7``) and a lone ESC. The 8-bit C1 forms
  (U+009B …) are left alone: programs practically never emit them in UTF-8 output. Letters
  drawn in the line-drawing set (``\\x1b(0x\\x1b(B``) are the box pieces shown (`escapes`).
- **A blank line is a line, wherever the reads were cut.** A row that ``\\n`` opened below the
  others, on which nothing (or only escape sequences) was printed before the ``\\n`` ending it,
  gives an empty line: ``a\\n\\nb\\n`` and a pty's ``a\\r\\n\\r\\nb\\r\\n`` both give ``a``, ``""``,
  ``b``. Other empty segments give nothing: the one between ``\\r`` and ``\\n``, one on a row
  the cursor went back to. Lines are returned as they were printed: no stripping of spaces.
- A line longer than ``max_line`` characters (counted after decoding, before escape sequences are
  removed) is cut to its first ``max_line`` characters and the rest, up to the next line ending,
  is discarded. Memory therefore stays bounded by ``max_line`` plus one chunk even when a child
  prints 100 MB without a newline; ``truncated`` counts how often this happened.

The output does not depend on how the input was chunked: feeding a byte string whole or in any
pieces, then calling `flush`, yields the same lines.

Two ways to read: `feed`/`flush` return a list of lines; `feed_text`/`flush_text` return the same
lines as one block joined with ``\\n``, or None when there is none (``""`` is one blank line,
never "no line": were the two confused, a blank line cut off by a read would not reach the
parser, and rules that end a block at one would read differently). The recorder uses the
second: output without line redraws or escapes is passed on as one block, never cut into line
objects, which keeps metric-free output cheap (see `MetricParser.parse_text`). A chunk that is
all ASCII, without redraws or escapes (most of what programs print), is neither decoded nor
copied: its lines come back as `AsciiLines`, a view of the bytes read.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from typing import Literal

from .escapes import strip_escapes
from .formats import frame_key
from .prefixes import LOG_PREFIX_START as _LEAD_START, log_prefix_end
from .line_blocks import SCREEN_ROWS, has_long_line, keep_above, last_lines, plain
from ..lazyre import LazyPattern

DEFAULT_MAX_LINE = 64 * 1024

# What ends a segment of a line: line endings, redraws, and the cursor moves that change row.
_BOUNDARY = LazyPattern(r"[\n\r\b]|\x1b\[([0-9]*)([ABEF])")
_CURSOR_MOVE = LazyPattern(r"\x1b\[[0-9]*[ABEF]")
# A row that continues a value wrapped at the terminal's width ("    0.708 val/acc:"): it
# reports something though no format reads it alone.
WRAPPED_VALUE = LazyPattern(r"\s+[-+]?(?:\d|\.\d)")


def _bare_lead(segment: str) -> bool:
    """BARE_LEAD: True for a segment that is a log record's prefix and nothing else (a
    timestamp, a level), a carriage return ending it: a line prefixer (a logging handler,
    ``ts``, a container's log) put it before a progress bar's redraw, which draws over it. It
    is no line and shows nothing on its row, as the empty segment before the ``\r`` would."""
    plain_text = strip_escapes(segment) if "\x1b" in segment else segment
    end = log_prefix_end(plain_text)
    return end > 0 and not plain_text[end:].strip()


class AsciiLines:
    """Complete lines of ASCII output, neither decoded nor copied: `head`, the line an earlier
    chunk began (None when there is none to pass on; "" is a blank line), then the lines of
    `data[start:end]`, at least one (an empty range is one blank line)."""

    __slots__ = ("head", "data", "start", "end")

    def __init__(self, head: str | None, data: bytes, start: int, end: int):
        self.head, self.data, self.start, self.end = head, data, start, end

    def text(self) -> str:
        block = self.data[self.start:self.end].decode("ascii")
        return block if self.head is None else self.head + "\n" + block


class LineSplitter:
    """Cut one output stream into lines; see the module docstring for the exact contract.

    Use one instance per stream (stdout and stderr each need their own, or a partial stdout
    line would be glued to a stderr line).
    """

    def __init__(self, max_line: int = DEFAULT_MAX_LINE, fast: bool = True,
                 frame_key: Callable[[str], object] | None = frame_key):
        """`frame_key(line)` tells what a line reports: a redraw whose key is the same
        non-empty key as the line it overwrites is dropped too. The default reads the built-in
        formats; with user patterns pass `MetricParser.frame_key`; None compares text only.
        `fast=False` turns off the block fast path (same lines, slower; for tests)."""
        if max_line < 1:
            raise ValueError(f"max_line must be at least 1, not {max_line}")
        self.max_line = max_line
        self.truncated = 0  # lines cut to max_line so far
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""  # the segment whose ending has not arrived yet
        self._discarding = False  # inside the cut-off rest of an over-long line
        self._rows = [""]  # what the last screen rows show; the cursor is on self._rows[self._row]
        self._row = 0
        self._fresh = True  # "\n" opened the row; nothing printed on it yet
        self._fast = fast
        self._frame_key = frame_key
        self._displaced: str | None = None  # text the last line overwrote, for the next line
        self._left: str | None = None  # MOVED_UP_BAR (rules): the row a one-row move up left
        self._frame: _Frame | None = None  # the multi-row redraw being drawn, if any
        # Rows above self._rows[0] not cut into lines yet: ASCII blocks (data, lo, hi) and lists
        # of rows, oldest first (see _materialize).
        self._above: list = []

    def feed(self, data: bytes) -> list[str]:
        """Return the lines that `data` completes, in order; keep any unfinished line for later."""
        return _lines(self.feed_text(data))

    def flush(self) -> list[str]:
        """Return what is left at end of stream (an unfinished last line), and start afresh."""
        return _lines(self.flush_text())

    def feed_text(self, data: bytes) -> str | AsciiLines | None:
        """The lines that `data` completes, joined with "\\n", None when it completes none ("" is
        one blank line): `AsciiLines` when `data` could pass undecoded (see the module
        docstring), else a str."""
        if self._fast and plain(data) and self._on_plain_ground():
            block = self._split_ascii(data)
            if block is not False:
                return block
        return self._split(self._decoder.decode(data))

    def flush_text(self) -> str | None:
        """`flush` as one string (None: no line); the splitter starts afresh afterwards."""
        text = self._split(self._decoder.decode(b"", final=True))
        last = self._end_segment(self._pending) if self._pending and not self._discarding else ""
        self._decoder.reset()
        self._pending = ""
        self._discarding = False
        self._rows, self._row, self._displaced, self._frame, self._left = [""], 0, None, None, None
        self._above, self._fresh = [], True
        return _join(text, last or None)

    # -- splitting ------------------------------------------------------------------------------

    def _on_plain_ground(self) -> bool:
        """True when nothing of earlier chunks stands in the way of the bytes fast path: the
        cursor is on the newest row, no line is being discarded, the unfinished line is ASCII
        without escapes, and the decoder holds no part of a character."""
        return (self._row == len(self._rows) - 1 and not self._discarding and self._frame is None
                and self._pending.isascii() and "\x1b" not in self._pending
                and not self._decoder.getstate()[0])

    def _split_ascii(self, data: bytes) -> AsciiLines | str | None | Literal[False]:
        """`_split_lines` for ASCII `data` without redraws or escapes, on bytes, copying none of
        them. False, with nothing changed, when a line is too long (the str path cuts it)."""
        end = data.rfind(b"\n")
        if end < 0:
            if len(self._pending) + len(data) > self.max_line:
                return False
            self._pending += data.decode("ascii")
            return None
        first = data.find(b"\n")
        line = self._pending + data[:first].decode("ascii")
        if (len(line) > self.max_line or len(data) - end - 1 > self.max_line
                or has_long_line(data, self.max_line, first + 1, end)):
            return False
        self._pending = data[end + 1:].decode("ascii")
        # None when dropped, or empty but not a blank line
        head = None if (self._show(line) if line else not self._fresh) else line
        self._next_row()
        if first == end:
            return head
        if self._displaced is not None:  # rare: the second line gets the same treatment
            return _join(head, self._place_rows(data[first + 1:end].decode("ascii")))
        # The block's lines fill new rows; they are cut out only if a redraw moves up to them.
        keep_above(self._above, self._rows[:self._row], data, first + 1, end)
        self._rows, self._row = [""], 0
        return AsciiLines(head, data, first + 1, end)

    def _materialize(self) -> None:
        """Cut the rows above the first one in `_rows` out of the blocks they came in."""
        rows: list[str] = []
        for part in reversed(self._above):
            if len(rows) >= SCREEN_ROWS:
                break
            if isinstance(part, tuple):
                data, lo, hi = part[:3]
                part = [row.decode("ascii")
                        for row in last_lines(data, lo, hi, SCREEN_ROWS - len(rows))]
            rows[:0] = part[-(SCREEN_ROWS - len(rows)):] if part else []
        self._above = []
        self._rows[:0] = rows
        self._row += len(rows)
        if self._frame is not None:
            self._frame.bottom += len(rows)
        extra = len(self._rows) - SCREEN_ROWS
        if extra > 0:
            del self._rows[:extra]
            self._row -= extra
            if self._frame is not None:
                self._frame.bottom -= extra

    def _fill_rows(self, newest: list[str]) -> None:
        """Put the last lines of a block on new rows, after its first line. A new row shows
        nothing yet, so none of these lines can repeat; only the newest rows can be redrawn
        later. (A whitespace-only line kept as a row's text changes no later decision: only
        lines with other characters are compared with a row.)"""
        self._rows[self._row:] = newest
        self._row = len(self._rows) - 1
        self._next_row()

    def _split(self, text: str) -> str | None:
        text, self._pending = self._pending + text, ""
        if not text:
            return None
        redrawn = "\r" in text or "\b" in text or ("\x1b" in text and _CURSOR_MOVE.search(text))
        if redrawn or self._row != len(self._rows) - 1 or not self._fast or self._frame:
            return self._split_segments(text)
        return self._split_lines(text)

    def _split_lines(self, text: str) -> str | None:
        """The fast path, for text whose only line ending is "\n" while the cursor is on the
        newest row: complete lines pass as one block, never cut into line objects. Gives what
        `_split_segments` gives (a test checks it)."""
        if self._discarding:
            start = text.find("\n")
            if start < 0:
                return None
            self._discarding = False
            text = text[start:]  # the "\n" ending the discarded line stays: an empty first line,
            # no blank one (the row shows the cut line): _place_rows drops it
        end = text.rfind("\n")
        if end < 0:
            self._pending = text
            return self._cut_pending()
        block, self._pending = text[:end], text[end + 1:]
        if len(block) > self.max_line and has_long_line(block, self.max_line):
            self._pending = ""
            return self._split_segments(text)
        if "\x1b" in block:
            block = strip_escapes(block)
        return _join(self._place_rows(block), self._cut_pending())

    def _place_rows(self, block: str) -> str | None:
        """Put the block's lines on rows: the first ends the current row, the others fill new
        rows. Returns the block to pass on, without the lines `_show` drops: the first, and the
        second when the first displaced other text (a re-drawn frame moved down a row). An
        empty first line is dropped too unless it is a blank line."""
        first_end = block.find("\n")
        first = block if first_end < 0 else block[:first_end]
        dropped = self._show(first) if first else not self._fresh
        self._next_row()
        if first_end < 0:
            return None if dropped else block
        if self._displaced is not None:  # rare: the second line gets the same treatment
            return _join(None if dropped else first, self._place_rows(block[first_end + 1:]))
        self._fill_rows(last_lines(block, first_end + 1, len(block), SCREEN_ROWS))
        return block[first_end + 1:] if dropped else block

    def _split_segments(self, text: str) -> str | None:
        """The general path: every "\r", "\b", "\n" and cursor move ends a segment."""
        out: list[str] = []
        pos = 0
        for match in _BOUNDARY.finditer(text):
            if self._discarding:
                self._discarding = False
            else:
                segment = text[pos:match.start()]
                if match.group() == "\r" and segment[:1] in _LEAD_START and _bare_lead(segment):
                    segment = ""  # BARE_LEAD (rules): "2026-12-06 10:00:00 INFO \r 40%|##  |"
                line = self._end_segment(segment)
                if line:
                    out.append(line)
                elif self._fresh and match.group() == "\n":
                    out.append("")  # a blank line (module docstring)
            pos = match.end()
            self._move(match)
        self._pending = "" if self._discarding else text[pos:]
        cut = self._cut_pending()
        if cut is not None:
            out.append(cut)
        return "\n".join(out) if out else None

    def _end_segment(self, segment: str) -> str:
        """The line a finished segment gives on the current row ("" when none)."""
        if len(segment) > self.max_line:
            segment = segment[: self.max_line]
            self.truncated += 1
            self._fresh = False  # a cut line is never a blank one, even if only escapes
        if "\x1b" in segment:
            segment = strip_escapes(segment)
        if segment:
            self._fresh = False
        frame = self._frame
        if frame is not None:
            if self._row > frame.bottom and frame.drawn and WRAPPED_VALUE.match(segment):
                frame.bottom = self._row  # the display grew: a value wrapped to a new row
            if self._row <= frame.bottom:
                return self._show_in_frame(segment, frame)
            self._frame = None  # printing goes on below the display: its redraws are over
        return "" if self._show(segment) else segment

    def _show_in_frame(self, line: str, frame: _Frame) -> str:
        """`_end_segment` for a line of a display of several rows being redrawn (Rich's live
        display moves the cursor up and draws every row again). Such a redraw is one report:
        when any row of it reports something new, every row of it counts, the unchanged ones
        too (they are part of the new state); when none does, it is a refresh and gives
        nothing. Unchanged rows drawn before the first changed one are held, and passed on
        just before it. A row drawn twice starts the next redraw (tqdm redrawing one bar of
        several with ``\\r``)."""
        if self._row in frame.drawn:
            frame.next_redraw()
        frame.drawn.add(self._row)
        if self._show(line):
            if frame.changed:
                return line
            if len(frame.held) < SCREEN_ROWS:
                frame.held.append(line)
            return ""
        if frame.changed or self._frame_key is None or not (
                self._frame_key(line) or WRAPPED_VALUE.match(line)):
            return line
        frame.changed = True
        held, frame.held = frame.held, []
        return "\n".join(held + [line])

    def _show(self, line: str) -> bool:
        """Show `line` on the current row; True when it repeats what the row showed already:
        the same text, or (with `frame_key`) the same report with only the progress changed."""
        if not line or line.isspace():
            return False
        shown, displaced, self._displaced = self._rows[self._row], self._displaced, None
        left, self._left = self._left, None
        if line == shown:
            return True
        self._rows[self._row] = line
        if left and (line == left or self._same_report(line, left)):
            return True  # MOVED_UP_BAR: the bar below drawn again a row higher (tqdm closing)
        if shown and not shown.isspace():
            if self._same_report(line, shown):
                return True
            self._displaced = shown  # the next line may be this text drawn again a row lower
            return False
        return displaced is not None and (line == displaced or self._same_report(line, displaced))

    def _same_report(self, line: str, other: str) -> bool:
        if self._frame_key is None:
            return False
        key = self._frame_key(line)
        return bool(key) and key == self._frame_key(other)

    def _move(self, boundary: re.Match[str]) -> None:
        char = boundary.group()
        self._left = self._left if char in "\r\b" else None  # a redraw on the row keeps it
        if char == "\n":
            self._next_row()
        elif char[0] == "\x1b":
            self._fresh = False
            count = int(boundary.group(1) or 1)
            if boundary.group(2) in "AF":
                self._left = self._rows[self._row] if count == 1 else None
                if self._above:
                    self._materialize()
                if self._frame is None or self._row > self._frame.bottom:
                    self._frame = _Frame(self._row)
                else:
                    self._frame.next_redraw()
                self._row = max(0, self._row - count)
            else:
                self._row = min(len(self._rows) - 1, self._row + count)

    def _next_row(self) -> None:
        self._row += 1
        self._fresh = self._row == len(self._rows)  # a new row, not one the cursor went up from
        if self._fresh:
            self._rows.append("")
        extra = len(self._rows) - SCREEN_ROWS
        if extra > 0:
            del self._rows[:extra]
            self._row -= extra
            self._above = []  # off screen
            if self._frame is not None:
                self._frame.bottom -= extra

    def _cut_pending(self) -> str | None:
        """When the unfinished segment outgrew max_line: its cut line, and discard the rest."""
        if len(self._pending) <= self.max_line:
            return None
        line = self._end_segment(self._pending)
        self._pending = ""
        self._discarding = True
        return line or None


class _Frame:
    """A display of several rows being redrawn in place: its last row (`bottom`), the
    unchanged lines of the current redraw held back (`held`), whether a row of the current
    redraw reported something new (`changed`), and the rows it drew (`drawn`)."""

    __slots__ = ("bottom", "held", "changed", "drawn")

    def __init__(self, bottom: int):
        self.bottom = bottom
        self.next_redraw()

    def next_redraw(self) -> None:
        self.held: list[str] = []
        self.changed = False
        self.drawn: set[int] = set()


def _join(first: str | None, second: str | None) -> str | None:
    """Two blocks of lines as one (None: no lines; "" is one blank line)."""
    if first is None:
        return second
    return first if second is None else first + "\n" + second


def _lines(text: str | AsciiLines | None) -> list[str]:
    if text is None:
        return []
    return (text.text() if isinstance(text, AsciiLines) else text).split("\n")
