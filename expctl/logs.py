"""A run's output as stored: buffered under the head-and-tail cap, then reassembled.

`LogBuffer` holds what both streams printed since the last flush, in arrival order. Per stream,
bytes at offsets below `head` are always kept; past that only the last `tail` bytes are, so memory
and the store stay bounded however much the child prints. `assemble_log` puts stored chunks back
together and marks where the cap dropped output.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .records import LogChunk

HEAD_BYTES = 8 << 20  # per stream: the first 8 MiB are kept ...
TAIL_BYTES = 8 << 20  # ... and the last 8 MiB; what lies between is dropped, and said so
# "output": stdout and stderr recorded together, read through one pipe or pty because they went
# to the same place (expctl.runner.MERGED); which of the two a byte came from is not known.
STREAMS = ("stdout", "stderr", "output")


class LogBuffer:
    """What both streams printed since the last flush, in arrival order, as pieces
    ``[stream, offset, parts, size]``: the bytes objects read, kept as they came (never copied
    into one buffer: a child printing hundreds of MB/s passes through here)."""

    def __init__(self, head: int = HEAD_BYTES, tail: int = TAIL_BYTES):
        self.head = head
        self.tail = tail
        self.totals = dict.fromkeys(STREAMS, 0)  # bytes seen per stream
        self.pieces: list[list] = []
        self._past_head = dict.fromkeys(STREAMS, 0)  # pending bytes past the head, per stream

    def add(self, stream: str, data: bytes) -> int:
        """Take what `stream` printed next; return how many of its bytes fall in the head."""
        start = self.totals[stream]
        self.totals[stream] += len(data)
        kept = 0
        if start < self.head:
            head = data[: self.head - start]
            self._append(stream, start, head)
            kept = len(head)
            data, start = data[kept:], start + kept
        if data:
            self._append(stream, start, data)
            self._past_head[stream] += len(data)
            if self._past_head[stream] > 2 * self.tail:  # amortised: prune now and then
                self._prune(stream)
        return kept

    def _append(self, stream: str, offset: int, data: bytes) -> None:
        last = self.pieces[-1] if self.pieces else None
        if last and last[0] == stream and last[1] + last[3] == offset and offset != self.head:
            last[2].append(data)
            last[3] += len(data)
        else:
            self.pieces.append([stream, offset, [data], len(data)])

    def _prune(self, stream: str) -> None:
        """Drop the stream's pending bytes that the tail window has moved past."""
        keep_from = self.totals[stream] - self.tail
        kept, past_head = [], 0
        for piece in self.pieces:
            name, offset, parts, size = piece
            if name == stream and offset >= self.head:
                if offset + size <= keep_from:
                    continue
                if offset < keep_from:
                    _drop_front(parts, keep_from - offset)
                    piece[1], piece[3] = keep_from, offset + size - keep_from
                past_head += piece[3]
            kept.append(piece)
        self.pieces = kept
        self._past_head[stream] = past_head

    def pending_bytes(self) -> int:
        return sum(piece[3] for piece in self.pieces)

    def take(self, secrets: Iterable[str] = (), final: bool = False):
        """(chunks to store now, {stream: (start, end)} stored ranges the tail window has passed).

        Secret values are replaced by `***` in the chunks (longest first; 4+ characters). A
        chunk keeps its original `size`, so offsets stay true. Unless `final`, the end of a
        stream that could be the start of a secret is held back for the next flush.
        """
        for stream in STREAMS:
            if self._past_head[stream] > self.tail:
                self._prune(stream)
        secrets = sorted((s.encode("utf-8", "surrogateescape") for s in secrets if len(s) >= 4),
                         key=len, reverse=True)
        held = [] if final or not secrets else self._hold_back(secrets)
        chunks = [LogChunk(stream, offset, _scrub(b"".join(parts), secrets), size)
                  for stream, offset, parts, size in self.pieces if size]
        self.pieces = held
        self._past_head = {s: sum(p[3] for p in held if p[0] == s and p[1] >= self.head)
                           for s in STREAMS}
        trims = {s: (self.head, self.totals[s] - self.tail) for s in STREAMS
                 if self.totals[s] > self.head + self.tail}
        return chunks, trims

    def _hold_back(self, secrets: list[bytes]) -> list[list]:
        """Cut from each stream's last piece a tail that begins some secret; return the cuts."""
        held = []
        for stream in STREAMS:
            last = next((p for p in reversed(self.pieces) if p[0] == stream), None)
            if last is None:
                continue
            data = b"".join(last[2])
            keep = _partial_secret_length(data, secrets)
            if keep:
                held.append([stream, last[1] + len(data) - keep, [data[-keep:]], keep])
                last[2], last[3] = [data[:-keep]], len(data) - keep
        return held


def _drop_front(parts: list[bytes], count: int) -> None:
    """Remove the first `count` bytes of the byte strings `parts`, in place."""
    dropped = 0
    while parts and dropped + len(parts[0]) <= count:
        dropped += len(parts.pop(0))
    if dropped < count:
        parts[0] = parts[0][count - dropped:]


def _partial_secret_length(data: bytes, secrets: list[bytes]) -> int:
    """The length of the longest end of `data` that is a proper beginning of a secret."""
    for size in range(min(len(data), max(len(s) for s in secrets) - 1), 0, -1):
        end = bytes(data[-size:])
        if any(secret.startswith(end) for secret in secrets):
            return size
    return 0


def _scrub(data: bytes, secrets: list[bytes]) -> bytes:
    for secret in secrets:
        data = data.replace(secret, b"***")
    return data


def assemble_log(chunks: Sequence[LogChunk], ends: dict[str, int] | None = None) -> bytes:
    """Chunks in arrival order, with a marker where the log cap dropped output from a stream.
    `ends` (stream -> byte offset reached) carries on from earlier chunks (`logs -f`); it is
    updated in place."""
    parts: list[bytes] = []
    ends = {} if ends is None else ends
    for chunk in chunks:
        end = ends.get(chunk.stream, 0)
        if chunk.offset > end:
            gap = chunk.offset - end
            parts.append(f"\n[expctl: {gap:,} bytes of {chunk.stream} omitted by the log cap]\n".encode())
        parts.append(chunk.data)
        ends[chunk.stream] = chunk.offset + chunk.size
    return b"".join(parts)


def last_lines(data: bytes, count: int) -> bytes:
    """The last `count` lines of `data` (a final line without a newline counts)."""
    if count <= 0:
        return b""
    body = data[:-1] if data.endswith(b"\n") else data
    cut = len(body)
    for _ in range(count):
        cut = body.rfind(b"\n", 0, cut)
        if cut < 0:
            return data
    return data[cut + 1:]
