"""Putting stored log chunks back together. Pure functions on bytes."""

from __future__ import annotations

from collections.abc import Sequence

from .store import LogChunk


def assemble_log(chunks: Sequence[LogChunk]) -> bytes:
    """Chunks in arrival order, with a marker where the log cap dropped output from a stream."""
    parts: list[bytes] = []
    ends: dict[str, int] = {}
    for chunk in chunks:
        end = ends.get(chunk.stream, 0)
        if chunk.offset > end:
            gap = chunk.offset - end
            parts.append(f"\n[expctl: {gap:,} bytes of {chunk.stream} omitted by the log cap]\n".encode())
        parts.append(chunk.data)
        ends[chunk.stream] = chunk.offset + len(chunk.data)
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
