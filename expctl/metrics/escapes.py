"""The escape sequences of a terminal's output, removed before lines are read (`splitter`).

Colours, cursor moves, window titles and the other escapes carry no text: they go. One kind
changes what the text says: a program that draws boxes in the terminal's line-drawing
character set (terminaltables, curses, ``tput smacs``) selects it with ``ESC ( 0``, prints
letters that the terminal shows as box pieces (``x`` a bar, ``q`` a rule, ``l`` a corner) and
returns with ``ESC ( B``. LINE_DRAWING (rules): those letters are the box characters they
show, so ``x epoch x loss x`` reads as the barred table ``│ epoch │ loss │`` that is on the
screen, not as words.
"""

from __future__ import annotations

from ..lazyre import LazyPattern

# No branch can match a "\n", so stripping a block of complete lines equals stripping each line.
_ANSI_ESCAPE = LazyPattern(
    r"\x1b(?:"
    r"\[[0-?]*[ -/]*[@-~]"  # CSI: ESC [ parameters intermediates final
    r"|[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?"  # OSC, DCS, SOS, PM, APC: BEL or ST ends them
    r"|[ -/]*[0-~]?"  # any other escape, an incomplete one, or a lone ESC
    r")"
)
_LINE_DRAWING = LazyPattern(r"\x1b\(0([^\x1b\n]*)")  # up to the next escape (ESC ( B) or line end
_BOX_PIECES = str.maketrans("jklmnqtuvwx", "┘┐┌└┼─├┤┴┬│")  # VT100's special graphics set


# FULL_WIDTH (rules): the full-width forms of ASCII ("EPOCH：1", "Loss = 0.53 ｜ Acc = 0.69") and
# the ideographic space are the characters they stand for: an input method for Chinese, Japanese
# or Korean types them in place of ":" and "|". One character each way: positions stay true.
FULL_WIDTH = str.maketrans({chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)} | {"\u3000": " "})


def half_width(line: str) -> str:
    """FULL_WIDTH: `line` with its full-width forms as ASCII; a line without any (every line
    below U+3000, box drawing included) is returned as it is, at the cost of one scan."""
    return line if line.isascii() or max(line) < "\u3000" else line.translate(FULL_WIDTH)


def strip_escapes(text: str) -> str:
    """`text` without escape sequences, its line-drawing letters as the box pieces they show."""
    if "\x1b(0" in text:
        text = _LINE_DRAWING.sub(_drawn, text)
    return _ANSI_ESCAPE.sub("", text)


def _drawn(match) -> str:
    return match.group(1).translate(_BOX_PIECES)
