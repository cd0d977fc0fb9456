"""Reading the lines of an export file (expctl.transfer.runs) piece by piece, so that a line
too long to be a run, or holding a text value no key may hold, never costs more than a piece of
memory: such lines are dropped as they are read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO

_PIECE = 1 << 20
MAX_TEXT_VALUE = 17 << 20  # longer than the longest text a key may hold (export_check.MAX_PATCH)
_QUOTE = re.compile('"')
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=]")
_BASE64_KEYS = ("steps", "times", "values", "data")


def read_lines(stream: IO[str], limit: int) -> Iterator[tuple[int, str | int | None]]:
    """(number, line) for each line, read piece by piece. A line over `limit` characters comes
    as (number, characters read), and one holding a text value longer than any key may hold
    (notes of 300 MB) as (number, None): such lines are dropped as they are read, so that they
    never cost more than a piece of memory (parsing one would cost twice its size)."""
    number = 0
    while True:
        size, line = one_line(lambda: stream.readline(_PIECE), limit)
        if size == 0:
            return
        number += 1
        yield number, line
        del line


def read_binary_lines(raw: IO[bytes], limit: int, wanted,
                      count: list[int] | None = None) -> Iterator[tuple[int, str | int | None]]:
    """read_lines of a binary stream (decoded as UTF-8, bytes that are not as lone surrogates),
    for the lines whose number `wanted` takes; the others are skipped undecoded, a piece at
    a time. `count[0]` is kept at the number of lines read."""
    import codecs

    number = 0
    count = [0] if count is None else count
    while True:
        first = raw.readline(_PIECE)
        if not first:
            return
        number = count[0] = number + 1
        whole = first.endswith(b"\n")
        if not wanted(number):
            while not whole and (piece := raw.readline(_PIECE)):
                whole = piece.endswith(b"\n")
            continue
        if whole and len(first) <= min(limit, MAX_TEXT_VALUE):  # the common case: one piece
            yield number, first.decode("utf-8", "surrogateescape")
            continue
        yield number, one_line(_pieces_of(raw, first, codecs), limit)[1]


def _pieces_of(raw: IO[bytes], first: bytes, codecs):
    """next_piece for one_line: the line's pieces from `first` on, decoded (a character cut
    by a piece's end is decoded with the next piece)."""
    decode = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode
    pending = [first]

    def next_piece() -> str:
        while True:  # a few bytes of a character cut by the piece's end decode to ''
            data = pending.pop() if pending else raw.readline(_PIECE)
            text = decode(data, final=not data or data.endswith(b"\n"))
            if text or not data:
                return text

    return next_piece


def one_line(next_piece, limit: int) -> tuple[int, str | int | None]:
    """(characters, line) for the line whose pieces `next_piece()` gives ('' at the end of the
    file): the line as text, or its size when over `limit`, or None when it holds a text value
    longer than any key may hold. (0, "") at the end of the file."""
    pieces: list[str] | None = []
    size, text = 0, _LongText()
    while True:
        piece = next_piece()
        size += len(piece)
        if pieces is not None and size <= limit and not _holds_long_text(text, pieces, piece, size):
            pieces.append(piece)
        else:
            pieces = None
        if not piece or piece.endswith("\n"):
            break
    if pieces is None:
        return size, None if text.found else size
    return size, "".join(pieces)


def _holds_long_text(text: _LongText, held: list[str], piece: str, size: int) -> bool:
    """Whether the line read so far (`held` pieces, then `piece`; `size` characters in all)
    holds a text value longer than any key may hold. A line no longer than MAX_TEXT_VALUE
    cannot: the scan starts (from the first piece held) only once the line grows past it."""
    if size <= MAX_TEXT_VALUE:
        return False
    if size - len(piece) <= MAX_TEXT_VALUE:  # the first piece past the size: scan those held
        for earlier in held:
            if text.seen(earlier):
                return True
    return text.seen(piece)


class _LongText:
    """Finds, across the pieces of a line, a run of characters with no quote longer than
    MAX_TEXT_VALUE that is not the base64 value of a key allowed to be that long (metric
    columns, log and blob data): a text value no key may hold."""

    def __init__(self):
        self.run = 0          # characters since the last quote
        self.plain = False    # whether they hold a character base64 does not use
        self.last = ["", ""]  # the two segments before this one, when short (a key, then ':')
        self.base64_key = False
        self.found = False

    def seen(self, piece: str) -> bool:
        start = 0
        for quote in _QUOTE.finditer(piece):
            self._add(piece, start, quote.start())
            segment = piece[start:quote.start()] if self.run < 64 else ""
            self.last = [self.last[1], segment]
            self.base64_key = self.last[1].strip() == ":" and self.last[0] in _BASE64_KEYS
            self.run, self.plain = 0, False
            start = quote.end()
        self._add(piece, start, len(piece))
        return self.found

    def _add(self, piece: str, start: int, end: int) -> None:
        self.run += end - start
        self.plain = self.plain or _NOT_BASE64.search(piece, start, end) is not None
        if self.run > MAX_TEXT_VALUE and (self.plain or not self.base64_key):
            self.found = True
