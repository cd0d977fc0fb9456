"""A run's output as stored: buffered under the head-and-tail cap, then reassembled.

`LogBuffer` holds what both streams printed since the last flush, in arrival order. Per stream,
bytes at offsets below `head` are always kept; past that only the last `tail` bytes are, so memory
and the store stay bounded however much the child prints. `assemble_log` puts stored chunks back
together and marks where the cap dropped output.
"""

from __future__ import annotations

import itertools

from ..records import LogChunk

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

HEAD_BYTES = 8 << 20  # per stream: the first 8 MiB are kept ...
TAIL_BYTES = 8 << 20  # ... and the last 8 MiB; what lies between is dropped, and said so
# Bytes past the tail window held before they are pruned (pruning now and then, not at every
# read, keeps its cost amortised; a small slack keeps memory near head + tail). Pruning as output
# comes drops whole reads only (no copy); `take` cuts the window exactly.
PRUNE_SLACK = 256 << 10
# The largest log chunk handed to the store: reads are kept as they came (no copy), small ones
# joined up to this; a smaller chunk makes the tail window's trims whole-row deletes.
CHUNK_BYTES = 256 << 10
REDACT_WINDOW = 256 << 10  # output is read for secrets this much at a time (see `_SpanReader`)
HEAD_END_BYTES = 64 << 10  # the end of a head that waits for the tail (`take_head_raw`)
HEAD_LEFT = 1 << 20  # a head taken but this much at most counts as taken (`LogBuffer.head_taken`)
# "output": stdout and stderr recorded together, read through one pipe or pty because they went
# to the same place (expctl.record.runner.MERGED); which of the two a byte came from is not known.
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
        self._taken = dict.fromkeys(STREAMS, 0)  # per stream: the end of what `take` returned

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
            if self._past_head[stream] > self.tail + min(self.tail, PRUNE_SLACK):
                self._prune(stream, exact=False)
        return kept

    def _append(self, stream: str, offset: int, data: bytes) -> None:
        last = self.pieces[-1] if self.pieces else None
        if last and last[0] == stream and last[1] + last[3] == offset and offset != self.head:
            last[2].append(data)
            last[3] += len(data)
        else:
            self.pieces.append([stream, offset, [data], len(data)])

    def _prune(self, stream: str, exact: bool = True) -> None:
        """Drop the stream's pending bytes that the tail window has moved past; unless `exact`,
        only whole reads (the one the window starts in is kept whole, uncopied)."""
        keep_from = self.totals[stream] - self.tail
        kept, past_head = [], 0
        for piece in self.pieces:
            name, offset, parts, size = piece
            if name == stream and offset >= self.head:
                if offset + size <= keep_from:
                    continue
                if offset < keep_from:
                    cut = _drop_front(parts, keep_from - offset, exact)
                    piece[1], piece[3] = offset + cut, size - cut
                past_head += piece[3]
            kept.append(piece)
        self.pieces = kept
        self._past_head[stream] = past_head

    def tail_pending(self) -> int:
        """Bytes past the head of their stream waiting to be written (the tail window's)."""
        return sum(self._past_head.values())

    def pending_bytes(self) -> int:
        return sum(piece[3] for piece in self.pieces)

    def head_taken(self) -> bool:
        """Whether a stream printed past its head and all of that head was taken but at most
        HEAD_LEFT bytes (the piece ending it and the unfinished line before that piece, which
        `take_head_raw` leaves to a later flush)."""
        for stream in STREAMS:
            if self.totals[stream] >= self.head and sum(
                    min(offset + size, self.head) - offset for name, offset, _, size in self.pieces
                    if name == stream and offset < self.head) <= HEAD_LEFT:
                return True
        return False

    def take(self, secrets: Iterable[str] = (), final: bool = False):
        """(chunks to store now, {stream: (start, end)} stored ranges the tail window has passed).

        Secrets are replaced by `***` in the chunks (`redact_chunks`: the run's known secret
        values and every secret shape or secret-named assignment). A chunk keeps its original
        `size`, so offsets stay true.
        """
        chunks, trims = self.take_raw(final)
        return redact_chunks(chunks, secrets), trims

    def take_raw(self, final: bool = False):
        """`take` without redaction, for a caller that redacts outside its lock (`redact_chunks`
        must be applied to the chunks, in order, before they are stored).

        Unless `final`, each stream's unfinished last line is held back for the next flush, so
        that redaction always sees whole lines; where the cap drops bytes, the cut lines on
        either side of the gap are dropped with them.
        """
        for stream in STREAMS:
            if self._past_head[stream] > self.tail:
                self._prune(stream)
        held = [] if final else self._hold_back()
        chunks = [chunk for stream, offset, parts, size in self.pieces if size
                  for chunk in _as_chunks(stream, offset, parts)]
        chunks = self._drop_cut_lines(chunks)
        self.pieces = held
        self._past_head = {s: sum(p[3] for p in held if p[0] == s and p[1] >= self.head)
                           for s in STREAMS}
        trims = {s: (self.head, self.totals[s] - self.tail) for s in STREAMS
                 if self.totals[s] > self.head + self.tail}
        return chunks, trims

    def take_head_raw(self) -> list[LogChunk]:
        """`take_raw` for an early flush: only the pieces that arrived before the first one
        reaching past its stream's head (which it ends or crosses into the tail window), less
        each stream's unfinished last line. The tail window waits for a timed or final flush:
        written now, most of it would be deleted by the next. No trims are due meanwhile.

        A piece ending the head is taken but for its last HEAD_END_BYTES (`_split_head_end`):
        consecutive reads are joined into one piece until a flush, and the head's last 2 MB
        waited for the end of the run."""
        cut = next((i for i, (_, offset, _, size) in enumerate(self.pieces)
                    if offset + size >= self.head), len(self.pieces))
        if cut < len(self.pieces) and self._split_head_end(cut):
            cut += 1
        if not cut:
            return []
        rest, self.pieces = self.pieces[cut:], self.pieces[:cut]
        held = self._hold_back()
        chunks = [chunk for stream, offset, parts, size in self.pieces if size
                  for chunk in _as_chunks(stream, offset, parts)]
        chunks = self._drop_cut_lines(chunks)  # below the head: only records what was taken
        self.pieces = held + rest
        return chunks

    def _split_head_end(self, at: int) -> bool:
        """Split the piece `at`, when it ends its stream's head and holds more than
        HEAD_END_BYTES, into the bytes before its last HEAD_END_BYTES and those (the latter
        wait, as the whole piece did). Whether the bytes just before the head's end are kept
        depends on what follows them, known only when the tail window is written
        (`_drop_cut_lines`): they alone wait."""
        stream, offset, parts, size = self.pieces[at]
        if offset + size != self.head or size <= HEAD_END_BYTES:
            return False
        front, back = _split_parts(parts, size - HEAD_END_BYTES)
        self.pieces[at:at + 1] = [[stream, offset, front, size - HEAD_END_BYTES],
                                  [stream, self.head - HEAD_END_BYTES, back, HEAD_END_BYTES]]
        return True

    def _hold_back(self) -> list[list]:
        """Cut from each stream's pending pieces its unfinished last line (`carry_length`);
        return the cuts, in arrival order."""
        from ..capture.redact import PEM_CARRY_BYTES, carry_length

        cut_at = {}
        for stream in STREAMS:
            tail, end = _stream_tail(self.pieces, stream, PEM_CARRY_BYTES)
            keep = carry_length(tail) if tail else 0
            if keep:
                cut_at[stream] = end - keep
        held, kept = [], []
        for piece in self.pieces:
            stream, offset, parts, size = piece
            cut = cut_at.get(stream)
            if cut is None or offset + size <= cut:
                kept.append(piece)
                continue
            front, back = _split_parts(parts, max(0, cut - offset))
            if offset < cut:
                kept.append([stream, offset, front, cut - offset])
            held.append([stream, max(offset, cut), back, offset + size - max(offset, cut)])
        self.pieces = kept
        return held

    def _drop_cut_lines(self, chunks: list[LogChunk]) -> list[LogChunk]:
        """Drop the partial lines next to a gap the cap made: the end of the head when what
        followed it is gone, the start of a stored range whose beginning is gone. A fragment of
        a line cannot be redacted reliably (its name or its token prefix is missing)."""
        from ..capture.redact import fragment_length, lead_length

        out = []
        for i, chunk in enumerate(chunks):
            data, offset, size = chunk.data, chunk.offset, chunk.span
            if offset != self._taken[chunk.stream] and offset > self.head:
                lead = min(lead_length(data), size)
                data, offset, size = data[lead:], offset + lead, size - lead
            end = offset + size
            if end == self.head and self.totals[chunk.stream] > self.head and not any(
                    c.stream == chunk.stream and c.offset == end for c in chunks[i + 1:]):
                size -= fragment_length(data)
                data = data[:size]
            self._taken[chunk.stream] = end
            if size > 0:
                out.append(LogChunk(chunk.stream, offset, data, size))
        return out


def _stream_tail(pieces: list[list], stream: str, limit: int) -> tuple[bytes, int]:
    """The last bytes (at most `limit`, contiguous) of `stream` in `pieces`, and their end offset.
    Only the parts that hold them are joined: the stream's pending tail may be megabytes."""
    parts: list[bytes] = []
    start = end = None
    got = 0
    for name, offset, chunk_parts, size in reversed(pieces):
        if name != stream or not size:
            continue
        if end is None:
            end = start = offset + size
        if offset + size != start or got >= limit:
            break
        for part in reversed(chunk_parts):
            parts.append(part)
            got += len(part)
            if got >= limit:
                break
        start = offset
    data = b"".join(reversed(parts))[-limit:] if parts else b""
    return data, end or 0


def redact_chunks(chunks: list[LogChunk], secrets) -> list[LogChunk]:
    """`chunks` with secrets masked; consecutive chunks of a stream are read together. A chunk
    with a secret is cut around it: the secret becomes a chunk of its own (`***`, standing for
    the secret's size) and the rest keeps bytes that line up with stream offsets, so the store
    can still cut it where the tail window starts. A chunk without a `size` (the side
    channel's) gets its length as its size."""
    return list(iter_redacted(chunks, secrets))


def iter_redacted(chunks: list[LogChunk], secrets) -> Iterator[LogChunk]:
    """`redact_chunks`, in order, a chunk at a time: each stream is read for secrets only as far
    as the chunk asked for needs (`_SpanReader`), so that a caller can store what came out while
    the rest is read (`Session.flush`: the 8 MB tail at the end of a run)."""
    chunks = [c if c.size is not None else c._replace(size=len(c.data)) for c in chunks]
    readers: dict[int, _SpanReader] = {}  # chunk index -> its group's reader
    for group in _contiguous_groups(chunks):
        reader = _SpanReader([chunks[i].data for i in group], secrets)
        readers.update(dict.fromkeys(group, reader))
    for i, chunk in enumerate(chunks):
        inside = readers[i].take(chunk.span)
        if inside:
            yield from _cut_around(chunk, inside)
        else:
            yield chunk


def _secret_spans(parts: list[bytes], secrets) -> list[tuple[int, int]]:
    """`stream_secret_spans` of `parts` (consecutive bytes of one stream), read window by
    window (`_SpanReader`): the same spans, never more than a window copied at once."""
    return _SpanReader(parts, secrets).take(sum(map(len, parts)))


class _SpanReader:
    """The secrets of `parts` (consecutive bytes of one stream), found as they are asked for,
    chunk by chunk (`take`), by windows of about REDACT_WINDOW bytes, so that no more than that
    is ever copied or decoded at once (a flush may hold the whole tail window). Each window
    ends where a flush would cut (`carry_length`: after a line end, before an unterminated PEM
    block); the rest goes with the next window, so every secret is read whole, as across
    flushes."""

    def __init__(self, parts: list[bytes], secrets):
        self.parts = parts
        self.secrets = secrets
        self.small = sum(map(len, parts)) <= REDACT_WINDOW  # read at once
        self.next_part = 0
        self.window: list[bytes] = []
        self.size = 0  # bytes in `window`
        self.read = 0  # the spans of the stream's first `read` bytes are all known
        self.done = False
        self.spans: list[tuple[int, int]] = []  # sorted, apart: stream_secret_spans, window by window
        self.first = 0  # spans before it end before `base`
        self.base = 0  # where the next chunk taken starts

    def take(self, size: int) -> list[tuple[int, int]]:
        """The spans in the next `size` bytes, as offsets into them."""
        low, high = self.base, self.base + size
        while self.read < high and not self.done:
            self._read_window()
        inside = []
        for start, end in itertools.islice(self.spans, self.first, None):
            if start >= high:
                break
            if end > low:
                inside.append((max(start, low) - low, min(end, high) - low))
        while self.first < len(self.spans) and self.spans[self.first][1] <= high:
            self.first += 1
        self.base = high
        return inside

    def _read_window(self) -> None:
        from ..capture.redact import PEM_CARRY_BYTES, carry_length, stream_secret_spans

        if self.small:
            self.spans = stream_secret_spans(self.parts, self.secrets)
            self.read, self.done = sum(map(len, self.parts)), True
            return
        while self.next_part < len(self.parts):
            part = self.parts[self.next_part]
            self.next_part += 1
            self.window.append(part)
            self.size += len(part)
            last = self.next_part == len(self.parts)
            if self.size < REDACT_WINDOW and not last:
                continue
            data = b"".join(self.window)
            keep = 0 if last else carry_length(data[-PEM_CARRY_BYTES:])
            if keep >= len(data):  # no place to cut yet: read on
                continue
            base = self.read
            self.spans.extend((base + a, base + b) for a, b in
                              stream_secret_spans([data[:len(data) - keep]], self.secrets))
            self.read += len(data) - keep
            self.window = [data[len(data) - keep:]] if keep else []
            self.size = keep
            return
        self.done = True


def mask_chunks(chunks: list[LogChunk], secrets) -> list[LogChunk]:
    """`chunks` one for one, secrets masked in their data (sizes kept): for rewriting chunks
    already stored (`expctl scrub`). Consecutive chunks of a stream are read together."""
    from ..capture.redact import redact_stream

    out = list(chunks)
    for group in _contiguous_groups(chunks):
        for i, data in zip(group, redact_stream([chunks[i].data for i in group], secrets)):
            out[i] = chunks[i]._replace(data=data)
    return out


def _contiguous_groups(chunks: list[LogChunk]) -> list[list[int]]:
    """Indexes of chunks, grouped by stream into runs that follow each other in the stream."""
    runs: dict[str, list[int]] = {}
    ends: dict[str, int] = {}
    groups: list[list[int]] = []
    for i, chunk in enumerate(chunks):
        if ends.get(chunk.stream) == chunk.offset:
            runs[chunk.stream].append(i)
        else:
            runs[chunk.stream] = [i]
            groups.append(runs[chunk.stream])
        ends[chunk.stream] = chunk.offset + (len(chunk.data) if chunk.size is None else chunk.size)
    return groups


def _cut_around(chunk: LogChunk, spans: list[tuple[int, int]]) -> list[LogChunk]:
    """`chunk` (bytes as read: `size == len(data)`) as pieces: the text between `spans` as it
    was, each span as `***` standing for its length."""
    pieces, last = [], 0
    for start, end in spans:
        if start > last:
            pieces.append(LogChunk(chunk.stream, chunk.offset + last, chunk.data[last:start], start - last))
        pieces.append(LogChunk(chunk.stream, chunk.offset + start, b"***", end - start))
        last = end
    if last < chunk.span:
        pieces.append(LogChunk(chunk.stream, chunk.offset + last, chunk.data[last:], chunk.span - last))
    return pieces


def _drop_front(parts: list[bytes], count: int, exact: bool = True) -> int:
    """Remove the first `count` bytes of the byte strings `parts`, in place; unless `exact`,
    only the parts that lie wholly within them. How many bytes were removed."""
    if not exact:
        dropped = 0
        while parts and dropped + len(parts[0]) <= count:
            dropped += len(parts.pop(0))
        return dropped
    parts[:] = _split_parts(parts, count)[1]
    return count


def _split_parts(parts: list[bytes], count: int) -> tuple[list[bytes], list[bytes]]:
    """`parts` cut after its first `count` bytes: (front, back); only the part the cut falls in
    is copied."""
    at = 0
    for i, part in enumerate(parts):
        if at + len(part) > count:
            cut = count - at
            if cut == 0:
                return parts[:i], parts[i:]
            return parts[:i] + [part[:cut]], [part[cut:]] + parts[i + 1:]
        at += len(part)
    return list(parts), []


def _as_chunks(stream: str, offset: int, parts: list[bytes]) -> list[LogChunk]:
    """Consecutive `parts` of a stream from `offset` as LogChunks of about CHUNK_BYTES at most:
    a part that large is kept as it is, smaller ones are joined."""
    chunks: list[LogChunk] = []
    run: list[bytes] = []
    size = 0
    for part in parts:
        if run and size + len(part) > CHUNK_BYTES:
            chunks.append(LogChunk(stream, offset, b"".join(run), size))
            offset, run, size = offset + size, [], 0
        run.append(part)
        size += len(part)
    if run:
        chunks.append(LogChunk(stream, offset, run[0] if len(run) == 1 else b"".join(run), size))
    return chunks


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
        ends[chunk.stream] = chunk.offset + chunk.span
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
