"""Raw bytes from a child process → clean text lines, ready for `MetricParser.parse`.

The recorder reads a child's stdout and stderr in arbitrary chunks; this module turns each stream
into lines without caring where the chunks were cut. Its contract, for one stream:

- Decoding is UTF-8 with ``errors="replace"``: invalid bytes become U+FFFD. A multi-byte sequence
  split across two chunks decodes as if it had arrived whole.
- ``\\n``, ``\\r`` and ``\\b`` (backspace) each end a line. ``\\r`` is there because progress bars
  (tqdm, Keras) redraw a line with it, so every redraw is a frame worth parsing; ``\\r\\n`` is one
  ending, because the empty line between the two characters is dropped. Backspace is a line break
  rather than being stripped because spinners print ``|\\b/\\b-\\b``: stripping would glue every
  frame into one ever-growing line, while breaking keeps lines short and harmless. The cost: a
  value partly erased with backspaces is seen as printed before the erase.
- ANSI escape sequences are removed: CSI (colours ``\\x1b[32m``, erase ``\\x1b[2K``, cursor moves),
  OSC/DCS/PM/APC strings (window titles ``\\x1b]0;title\\x07``; unterminated ones run to the end
  of the line), two-byte escapes (``\\x1b(B``, ``\\x1b7``) and a lone ESC. The 8-bit C1 forms
  (U+009B …) are left alone: programs practically never emit them in UTF-8 output.
- Empty lines, including lines that held only escape sequences, are dropped. Other lines are
  returned as they were printed: no stripping of spaces.
- A line longer than ``max_line`` characters (counted after decoding, before escape sequences are
  removed) is cut to its first ``max_line`` characters and the rest, up to the next line ending,
  is discarded. Memory therefore stays bounded by ``max_line`` plus one chunk even when a child
  prints 100 MB without a newline; ``truncated`` counts how often this happened.

The output does not depend on how the input was chunked: feeding a byte string whole or in any
pieces, then calling `flush`, yields the same lines.
"""

from __future__ import annotations

import codecs
import re

DEFAULT_MAX_LINE = 64 * 1024

# No branch can match a "\n", so stripping a block of complete lines equals stripping each line.
_ANSI_ESCAPE = re.compile(
    r"\x1b(?:"
    r"\[[0-?]*[ -/]*[@-~]"  # CSI: ESC [ parameters intermediates final
    r"|[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?"  # OSC, DCS, SOS, PM, APC: BEL or ST ends them
    r"|[ -/]*[0-~]?"  # any other escape, an incomplete one, or a lone ESC
    r")"
)


class LineSplitter:
    """Cut one output stream into lines; see the module docstring for the exact contract.

    Use one instance per stream (stdout and stderr each need their own, or a partial stdout
    line would be glued to a stderr line).
    """

    def __init__(self, max_line: int = DEFAULT_MAX_LINE):
        if max_line < 1:
            raise ValueError(f"max_line must be at least 1, not {max_line}")
        self.max_line = max_line
        self.truncated = 0  # lines cut to max_line so far
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""  # the start of a line whose ending has not arrived yet
        self._discarding = False  # inside the cut-off rest of an over-long line

    def feed(self, data: bytes) -> list[str]:
        """Return the lines that `data` completes, in order; keep any unfinished line for later."""
        return self._split(self._decoder.decode(data))

    def flush(self) -> list[str]:
        """Return what is left at end of stream (an unfinished last line), and start afresh."""
        lines = self._split(self._decoder.decode(b"", final=True))
        if self._pending:
            lines.extend(self._clean(self._pending))
        self._decoder.reset()
        self._pending = ""
        self._discarding = False
        return lines

    def _split(self, text: str) -> list[str]:
        """Lines completed by decoded `text`; the unfinished tail stays pending."""
        # One ending character makes the rest simple; the empty lines this creates (from "\r\n")
        # are dropped with the others.
        if "\r" in text:
            text = text.replace("\r", "\n")
        if "\b" in text:
            text = text.replace("\b", "\n")
        if self._discarding:
            end = text.find("\n")
            if end < 0:
                return []
            text = text[end:]
            self._discarding = False
        text = self._pending + text
        end = text.rfind("\n")
        if end < 0:
            lines, self._pending = [], text
        else:
            lines, self._pending = self._clean(text[:end]), text[end + 1 :]
        if len(self._pending) > self.max_line:
            lines.extend(self._clean(self._pending[: self.max_line]))
            self.truncated += 1
            self._pending = ""
            self._discarding = True
        return lines

    def _clean(self, block: str) -> list[str]:
        """Split complete lines on "\\n", cut over-long ones, remove escapes, drop empty ones."""
        lines = block.split("\n")
        # max() runs in C; only a block longer than max_line can hold a line that needs cutting.
        if len(block) > self.max_line and max(map(len, lines)) > self.max_line:
            self.truncated += sum(len(line) > self.max_line for line in lines)
            lines = [line[: self.max_line] for line in lines]
            block = "\n".join(lines)
        if "\x1b" in block:
            lines = _ANSI_ESCAPE.sub("", block).split("\n")
        return list(filter(None, lines))
