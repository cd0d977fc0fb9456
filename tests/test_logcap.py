"""The log cap keeps the head and the tail of each stream, bounded, and says what it dropped."""

from __future__ import annotations

import random
import time

import pytest

from expctl.record.logs import LogBuffer, assemble_log, last_lines
from expctl.records import NewRun
from expctl.store import open_store

from .conftest import py, run_expctl


def _store_stream(db_path, data: bytes, flush_every: int, seed: int) -> bytes:
    store = open_store(str(db_path))
    run_id = store.create_run(NewRun("f" * 32, None, "default", ["x"], "/", time.time(), "h", "u"))
    cap = LogBuffer(head=1000, tail=1500)
    rng = random.Random(seed)
    pos, adds = 0, 0
    while pos < len(data):
        size = rng.randint(1, 700)
        cap.add("stdout", data[pos:pos + size])
        pos += size
        adds += 1
        if adds % flush_every == 0:
            chunks, trims = cap.take()
            store.append(run_id, logs=chunks, log_trims=trims)
        assert cap.pending_bytes() <= 1000 + 2 * 1500 + 700  # memory stays bounded
    chunks, trims = cap.take(final=True)
    store.append(run_id, logs=chunks, log_trims=trims)
    return assemble_log(store.read_logs(run_id))


@pytest.mark.parametrize("flush_every, seed", [(1, 1), (3, 2), (50, 3), (10_000, 4)])
def test_head_and_tail_kept_with_a_marker(db_path, flush_every, seed):
    data = bytes(random.Random(seed).getrandbits(8) for _ in range(60_000))
    stored = _store_stream(db_path, data, flush_every, seed)
    # The cap cuts at line ends: a line cut by the gap is dropped with it (it could not be
    # redacted whole), so the head ends at its last line end and the tail starts at its first.
    ends = [data.rfind(b, 0, 1000) for b in (b"\n", b"\r", b" ", b"\t")]
    head_end = max(ends) + 1 if max(ends) >= 0 else 1000
    tail = data[-1500:]
    starts = [i for i in (tail.find(b) for b in (b"\n", b"\r")) if i >= 0] or [
        i for i in (tail.find(b" "), tail.find(b"\t")) if i >= 0]
    assert stored.startswith(data[:head_end])
    assert stored.endswith(tail[min(starts) + 1 if starts else 0:])
    assert b"bytes of stdout omitted by the log cap]" in stored
    assert len(stored) <= 1000 + 2 * 1500 + 700 + 100


def test_small_output_is_stored_whole(db_path):
    data = b"x" * 2400
    assert _store_stream(db_path, data, 2, 5) == data


def test_secret_values_are_scrubbed_from_stored_logs():
    cap = LogBuffer()
    cap.add("stderr", b"token is hunter2hunter2 ok\n")
    chunks, _ = cap.take({"hunter2hunter2"})
    assert b"".join(c.data for c in chunks) == b"token is *** ok\n"
    # The secret is a chunk of its own: the rest keeps bytes that line up with offsets.
    assert [(c.offset, c.size) for c in chunks] == [(0, 9), (9, 14), (23, 4)]


def test_a_secret_split_across_flushes_is_still_scrubbed():
    cap = LogBuffer()
    secrets = {"hunter2hunter2"}
    cap.add("stdout", b"pass=hunter2h")
    first, _ = cap.take(secrets)
    cap.add("stdout", b"unter2 done\n")
    second, _ = cap.take(secrets, final=True)
    stored = b"".join(c.data for c in first + second)
    assert stored == b"pass=*** done\n"
    assert assemble_log(first + second) == stored  # offsets stay true: no false gap marker


def test_both_streams_keep_their_arrival_order():
    cap = LogBuffer()
    for i in range(3):
        cap.add("stdout", f"out {i}\n".encode())
        cap.add("stderr", f"err {i}\n".encode())
    chunks, _ = cap.take(final=True)
    assert assemble_log(chunks) == b"out 0\nerr 0\nout 1\nerr 1\nout 2\nerr 2\n"


def test_last_lines():
    assert last_lines(b"a\nb\nc\n", 2) == b"b\nc\n"
    assert last_lines(b"a\nb\nc", 2) == b"b\nc"
    assert last_lines(b"a\nb\n", 5) == b"a\nb\n"
    assert last_lines(b"a\n", 0) == b""


def test_large_output_end_to_end_is_capped_but_passed_whole(db_path):
    code = "import sys\nline = b'y' * 1023 + b'\\n'\nfor i in range(20 * 1024): sys.stdout.buffer.write(line)\nprint('the end')"
    proc = run_expctl("run", "--", *py(code))
    assert len(proc.stdout) == 20 * 1024 * 1024 + len("the end\n")
    logs = run_expctl("logs", "last").stdout
    assert logs.endswith(b"the end\n")
    assert b"omitted by the log cap" in logs
    assert len(logs) < 17 * 1024 * 1024 + 200_000


def test_a_stored_chunk_the_tail_window_passes_is_cut_to_the_window(db_path):
    store = open_store(str(db_path))
    run_id = store.create_run(NewRun("e" * 32, None, "default", ["x"], "/", time.time(), "h", "u"))
    cap = LogBuffer(head=100, tail=1000)
    data = bytes(range(256)) * 14  # 3584 bytes
    cap.add("stdout", data[:3000])
    chunks, trims = cap.take()  # stores [0, 100) and [2000, 3000)
    store.append(run_id, logs=chunks, log_trims=trims)
    cap.add("stdout", data[3000:])  # the window now starts at 2584, inside the chunk stored above
    chunks, trims = cap.take(final=True)
    store.append(run_id, logs=chunks, log_trims=trims)
    stored = assemble_log(store.read_logs(run_id))
    # The head ends after its last blank (byte 32), as what followed it is gone; the chunk
    # stored above is cut at the window's start; the marker counts every byte not kept.
    marker = b"\n[expctl: 2,551 bytes of stdout omitted by the log cap]\n"
    assert stored == data[:33] + marker + data[-1000:]


def _secret_laden_output(seed: int, size: int) -> list[bytes]:
    """About `size` bytes of log lines, some holding secrets (a known value, a token shape, a
    secret-named assignment), cut into reads of random sizes."""
    rng = random.Random(seed)
    token = "ghp_" + "aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5"
    kinds = [lambda i: f"epoch {i} loss {rng.random():.4f}\n",
             lambda i: f"using {token} for the hub\n",
             lambda i: f"password=hunter2hunter2 (attempt {i})\n",
             lambda i: f"export API_KEY=sk{rng.getrandbits(64):016x}\n"]
    out, total, i = [], 0, 0
    while total < size:
        line = kinds[0](i) if rng.random() < 0.97 else rng.choice(kinds[1:])(i)
        out.append(line.encode())
        total += len(out[-1])
        i += 1
    data = b"".join(out)
    parts, pos = [], 0
    while pos < len(data):
        step = rng.choice((rng.randint(1, 300), rng.randint(1, 200_000)))
        parts.append(data[pos:pos + step])
        pos += step
    return parts


@pytest.mark.parametrize("seed", [1, 2])
def test_a_large_flush_is_redacted_window_by_window_exactly_as_a_whole(seed):
    """A flush holding megabytes (the tail window) is read for secrets a window at a time, never
    copied whole: what is masked is exactly what reading it whole masks."""
    from expctl.capture.redact import stream_secret_spans
    from expctl.record.logs import REDACT_WINDOW, _secret_spans

    parts = _secret_laden_output(seed, 3 * REDACT_WINDOW)
    # ... and a secret of each kind across each window's end (reads of 64 KiB: windows end at
    # multiples of REDACT_WINDOW, less what is carried to the next)
    data = b"".join(parts)
    pem = (b"-----BEGIN RSA PRIVATE KEY-----\n" + b"MIIEowIBAAKCAQEA\n" * 40
           + b"-----END RSA PRIVATE KEY-----\n")
    for n, secret in enumerate((b"password=hunter2hunter2 ok\n", pem,
                                b"using ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5 now\n")):
        target = (n + 1) * REDACT_WINDOW - 12
        at = data.rfind(b"\n", 0, target - 40) + 1
        data = data[:at] + b"#" * (target - at - 1) + b"\n" + secret + data[at:]
    parts = [data[i:i + (1 << 16)] for i in range(0, len(data), 1 << 16)]
    secrets = {"hunter2hunter2"}
    spans = stream_secret_spans(parts, secrets)
    for n in (1, 2, 3):
        assert any(s < n * REDACT_WINDOW < e for s, e in spans)
    assert _secret_spans(parts, secrets) == spans


def test_the_log_goes_to_the_store_in_bounded_chunks_without_copying_big_reads():
    from expctl.record.logs import CHUNK_BYTES

    cap = LogBuffer()
    big = b"x" * (CHUNK_BYTES + 10) + b"\n"
    small = [b"y" * 999 + b"\n"] * (3 * CHUNK_BYTES // 1000)
    cap.add("stdout", big)
    for part in small:
        cap.add("stdout", part)
    chunks, _ = cap.take_raw(final=True)
    assert chunks[0].data is big  # a read that large is stored as it came
    assert all(c.size <= CHUNK_BYTES for c in chunks[1:]) and len(chunks) >= 4
    assert b"".join(c.data for c in chunks) == big + b"".join(small)
    assert [c.offset for c in chunks] == [sum(c.size for c in chunks[:i]) for i in range(len(chunks))]


def test_an_early_flush_leaves_the_tail_window_pending(db_path):
    """A flush for points only (`tail=False`) writes no output past the head: what it would
    write of the tail window the next flush would mostly delete. The log still ends whole."""
    from expctl.record.session import Session, Warner

    store = open_store(str(db_path))
    run_id = store.create_run(NewRun("f" * 32, None, "default", ["x"], "/", time.time(), "h", "u"))
    session = Session(store, run_id, "f" * 32, Warner())
    session.logs = LogBuffer(head=100, tail=1000)
    lines = [b"line %05d\n" % i for i in range(2000)]
    for line in lines[:50]:
        session.logs.add("stdout", line)
    assert session.flush()  # the head, and what followed it so far
    written = assemble_log(store.read_logs(run_id))
    for line in lines[50:]:
        session.logs.add("stdout", line)
    assert session.flush(tail=False)
    assert assemble_log(store.read_logs(run_id)) == written
    assert session.logs.pending_bytes() <= 2 * 1000
    assert session.flush(final=True)
    stored = assemble_log(store.read_logs(run_id))
    assert stored.startswith(b"".join(lines)[:99]) and stored.endswith(b"".join(lines)[-990:])
    assert b"omitted by the log cap" in stored


def _store_with_takes(db_path, uuid: str, parts: list[bytes], takes: list[str],
                      secrets=()) -> bytes:
    """`parts` added to a small LogBuffer, with `takes[i]` after part i ("head": an early
    flush's take_head_raw, "all": a timed flush's take, "": none), then the final take; the
    stored log as read back."""
    from expctl.record.logs import redact_chunks

    store = open_store(str(db_path))
    run_id = store.create_run(NewRun(uuid, None, "default", ["x"], "/", time.time(), "h", "u"))
    cap = LogBuffer(head=1000, tail=1500)
    for part, take in zip(parts, takes):
        cap.add("stdout", part)
        if take == "head":
            store.append(run_id, logs=redact_chunks(cap.take_head_raw(), secrets))
        elif take == "all":
            chunks, trims = cap.take(secrets)
            store.append(run_id, logs=chunks, log_trims=trims)
    chunks, trims = cap.take(secrets, final=True)
    store.append(run_id, logs=chunks, log_trims=trims)
    return assemble_log(store.read_logs(run_id))


@pytest.mark.parametrize("seed, lines, head_end", [
    (1, 900, None), (2, 900, None), (3, 900, None), (4, 900, None),
    (5, 900, 40), (6, 900, 40), (7, 900, 90), (8, 40, 40), (9, 50, 90), (10, 45, 40)])
def test_early_flushes_of_the_head_store_the_same_log(db_path, monkeypatch, seed, lines, head_end):
    """Early flushes take only the head (the tail window waits): among timed flushes, they
    leave the stored log as it is without them; so does taking the piece that ends the head
    but for its last `head_end` bytes (HEAD_END_BYTES), whether what follows the head is
    kept (`lines`: 40-50, all kept) or dropped by the cap."""
    from expctl.record import logs as logs_module

    if head_end is not None:
        monkeypatch.setattr(logs_module, "HEAD_END_BYTES", head_end)
    rng = random.Random(seed)
    data = b"".join(b"line %d %s\n" % (i, b"x" * rng.randint(0, 80)) for i in range(lines))
    parts, pos = [], 0
    while pos < len(data):
        size = rng.randint(1, 400)
        parts.append(data[pos:pos + size])
        pos += size
    takes = [rng.choice(("head", "head", "all", "")) for _ in parts]
    timed_only = _store_with_takes(db_path, "a" * 32, parts,
                                   [take if take == "all" else "" for take in takes])
    assert _store_with_takes(db_path, "b" * 32, parts, takes) == timed_only
    if len(data) <= 1000 + 1500:
        assert timed_only == data
        return
    assert timed_only.startswith(data[:data.rfind(b"\n", 0, 1000) + 1])
    assert timed_only.endswith(data[-1500:][data[-1500:].find(b"\n") + 1:])


def test_an_early_flush_never_cuts_a_secret_in_the_head(db_path):
    """A line still being printed when the head is flushed early waits for its end: a secret
    split across two reads is masked whole."""
    parts = [b"loading\nusing password=hunter2", b"hunter2 for the hub\n", b"done\n"]
    stored = _store_with_takes(db_path, "c" * 32, parts, ["head", "head", ""],
                               secrets={"hunter2hunter2"})
    assert b"hunter2" not in stored
    assert stored.startswith(b"loading\nusing password=***") and stored.endswith(b"done\n")


def test_the_tail_window_of_a_fast_printer_is_rewritten_less_often():
    """Bytes past the head wait for the timed flush; the more of them a flush wrote, the longer
    until the next rewrite of the tail window (TAIL_WRITE_RATE), never sooner than the flush
    interval."""
    from expctl.record.tracking import FLUSH_INTERVAL_S, TAIL_WRITE_RATE, tail_interval

    cap = LogBuffer(head=100, tail=1000)
    cap.add("stdout", b"x" * 90)
    assert cap.tail_pending() == 0
    cap.add("stdout", b"y" * 500)
    cap.add("stderr", b"z" * 150)
    assert cap.tail_pending() == 490 + 50
    assert tail_interval(cap.tail_pending()) == FLUSH_INTERVAL_S
    assert tail_interval(8 * TAIL_WRITE_RATE) == 8.0


def _secret_laden_lines(rng: random.Random, count: int) -> bytes:
    """Lines of filler, tokens (a SHAPE) and a known secret inside words: dense enough that
    chunk, redaction-window and store-batch boundaries fall inside secrets."""
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    lines = []
    for i in range(count):
        kind = rng.randrange(4)
        if kind == 0:
            lines.append(b"ghp_" + "".join(rng.choice(alphabet) for _ in range(36)).encode())
        elif kind == 1:
            lines.append(b"aaaa" + b"S3cretValue-9x" + b"b" * rng.randint(0, 30))
        else:
            lines.append(b"line %d %s" % (i, b"x" * rng.randint(0, 120)))
    return b"\n".join(lines) + b"\n"


def _flush_the_old_way(session) -> None:
    """What Session.flush stored before it wrote by batches: every chunk redacted, then one
    transaction holding them all and the trims."""
    from expctl.record.logs import redact_chunks

    with session.lock:
        chunks, trims = session.logs.take_raw(final=True)
    session.store.append(session.run_id, {}, redact_chunks(chunks, session.secrets), trims)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_log_stored_by_batches_is_the_log_stored_in_one_transaction(db_path, monkeypatch, seed):
    """The final flush stores the tail window by batches (each stored while the next is
    redacted, each transaction applying the trims): the stored log is byte for byte the one a
    single transaction stored, head, marker and tail, secrets masked alike, whatever the
    boundaries of reads, chunks, redaction windows and batches (a secret across any of them
    included), and after timed flushes that wrote and trimmed earlier tails."""
    from expctl.record import logs as logs_module
    from expctl.record import session as session_module
    from expctl.record.session import Session, Warner

    monkeypatch.setattr(logs_module, "REDACT_WINDOW", 1500)
    monkeypatch.setattr(logs_module, "CHUNK_BYTES", 700)
    monkeypatch.setattr(session_module, "STORE_BATCH_BYTES", 2000)
    rng = random.Random(seed)
    data = _secret_laden_lines(rng, 1500)
    store = open_store(str(db_path))
    sessions = []
    for uuid in ("a" * 32, "b" * 32):
        run_id = store.create_run(NewRun(uuid, None, "default", ["x"], "/", time.time(), "h", "u"))
        session = Session(store, run_id, uuid, Warner())
        session.secrets = {"S3cretValue-9x"}
        session.logs = LogBuffer(head=7000, tail=30_000)
        sessions.append(session)
    pos = 0
    while pos < len(data):
        size = rng.randint(1, 900)
        timed = rng.random() < 0.05
        for session in sessions:
            session.logs.add("stdout", data[pos:pos + size])
            if timed:  # a timed flush: both ways store it the same (they differ at the end)
                assert session.flush()
        pos += size
    assert sessions[0].flush(final=True)
    _flush_the_old_way(sessions[1])
    new, old = (assemble_log(store.read_logs(s.run_id)) for s in sessions)
    assert new == old
    assert b"S3cretValue-9x" not in new and b"ghp_" not in new
    assert new.count(b"***") > 50 and b"bytes of stdout omitted by the log cap]" in new
    last_filler = data[data.rfind(b"\nline "):]
    assert last_filler[:last_filler.find(b"\n", 1) + 1] in new[-2000:]  # the tail reaches the end


def test_the_first_chunks_are_redacted_before_the_stream_is_read_to_its_end(monkeypatch):
    """`iter_redacted` reads a stream for secrets as far as the chunk it gives needs: the first
    batch of a large flush can be stored while the rest is read."""
    from expctl.capture import redact
    from expctl.record.logs import REDACT_WINDOW, iter_redacted
    from expctl.records import LogChunk

    read = []
    spans = redact.stream_secret_spans
    monkeypatch.setattr(redact, "stream_secret_spans",
                        lambda parts, secrets=(): read.append(sum(map(len, parts))) or spans(parts, secrets))
    line = b"y" * 1023 + b"\n"
    chunks = [LogChunk("stdout", i * REDACT_WINDOW, line * (REDACT_WINDOW // 1024), REDACT_WINDOW)
              for i in range(16)]
    out = iter_redacted(chunks, set())
    assert next(out) == chunks[0]
    assert sum(read) <= 2 * REDACT_WINDOW
    assert list(out) == chunks[1:] and sum(read) == 16 * REDACT_WINDOW


def test_a_secret_across_two_store_batches_is_masked_in_both(db_path, monkeypatch):
    """The final flush stores by batches: a token whose first half ends one batch and whose
    second half starts the next is masked on both sides, nothing of it stored."""
    from expctl.record import session as session_module
    from expctl.record.session import Session, Warner

    token = b"ghp_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5"
    first = b"filler line\n" * 200 + b"using " + token[:17]
    second = token[17:] + b" now\n" + b"more filler\n" * 200
    # The first batch: the text before the token and its masked first half (`***`).
    monkeypatch.setattr(session_module, "STORE_BATCH_BYTES", first.index(token[:17]) + 3)
    store = open_store(str(db_path))
    batches = []
    append = store.append
    monkeypatch.setattr(store, "append", lambda run_id, metrics, logs, trims: (
        batches.append([chunk.data for chunk in logs]), append(run_id, metrics, logs, trims)))
    run_id = store.create_run(NewRun("c" * 32, None, "default", ["x"], "/", time.time(), "h", "u"))
    session = Session(store, run_id, "c" * 32, Warner())
    session.logs.add("stdout", first)
    session.logs.add("stdout", second)
    session.logs.pieces = [["stdout", 0, [first], len(first)],  # a chunk per read (they
                           ["stdout", len(first), [second], len(second)]]  # would be joined)
    assert session.flush(final=True)
    assert batches[0][-1] == b"***" and batches[1][0] == b"***"
    stored = assemble_log(store.read_logs(run_id))
    assert stored == (first + second).replace(token, b"******")
    assert not any(token[i:i + 6] in stored for i in range(len(token) - 5))


def test_the_final_flush_leaves_the_copy_into_the_store_file_to_one_checkpoint(db_path):
    """Its batches are several commits: none of them copies the log into the store file (each
    copy fsyncs twice); the run's closing `checkpoint` does it once, and automatic checkpoints
    are back on afterwards."""
    from expctl.record.session import Session, Warner

    store = open_store(str(db_path))
    run_id = store.create_run(NewRun("d" * 32, None, "default", ["x"], "/", time.time(), "h", "u"))
    session = Session(store, run_id, "d" * 32, Warner())
    session.logs = LogBuffer(head=1000, tail=6 << 20)
    line = b"a line of output, nothing secret in it %d\n"
    data = b"".join(line % i for i in range(180_000))  # 7.6 MB
    for at in range(0, len(data), 1 << 16):
        session.logs.add("stdout", data[at:at + (1 << 16)])
    assert session.flush(final=True)
    busy, logged, copied = store.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert logged >= (6 << 20) // 4096 and copied == logged  # all in the log, copied only now
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert assemble_log(store.read_logs(run_id)).endswith(data[-(6 << 20):][-10_000:])


def test_an_early_flush_takes_the_piece_ending_the_head_but_its_last_bytes(monkeypatch):
    """Reads are joined into one piece until a flush: the piece that ends the head is taken by
    an early flush but its last HEAD_END_BYTES (and the unfinished line before them), which
    wait with the tail window; `head_taken` then says so."""
    from expctl.record import logs as logs_module
    from expctl.record.logs import HEAD_END_BYTES

    monkeypatch.setattr(logs_module, "HEAD_LEFT", HEAD_END_BYTES + 100)
    head = 4 * HEAD_END_BYTES
    cap = LogBuffer(head=head, tail=head)
    line = b"%07d some output\n"
    data = b"".join(line % i for i in range(3 * head // len(line % 0)))
    for at in range(0, len(data), 1000):
        cap.add("stdout", data[at:at + 1000])
    assert cap.totals["stdout"] > head and not cap.head_taken()
    taken = cap.take_head_raw()
    end = taken[-1].offset + taken[-1].span
    assert head - HEAD_END_BYTES - len(line % 0) < end <= head - HEAD_END_BYTES
    assert b"".join(c.data for c in taken) == data[:end] and data[end - 1:end] == b"\n"
    assert cap.head_taken()
    chunks, _ = cap.take(final=True)
    assert chunks[0].offset == end
    rest = b"".join(c.data for c in chunks if c.offset < head)
    assert rest == data[end:data.rfind(b"\n", 0, head) + 1]  # the cap cut the line after it


def test_the_head_is_copied_into_the_store_file_while_the_command_runs(db_path, tmp_path):
    """Once a stream's output reaches past its head, the early flush that writes the head
    copies the write-ahead log into the store file (`Session._copy_head`): the end of the run
    is left the tail window's copy alone. Once per run."""
    import sqlite3

    from expctl.record.logs import HEAD_LEFT
    from expctl.record.session import Session, Warner

    store = open_store(str(db_path))
    run_id = store.create_run(NewRun("h" * 32, None, "default", ["x"], "/", time.time(), "h", "u"))
    session = Session(store, run_id, "h" * 32, Warner())
    session.logs = LogBuffer(head=3 << 20, tail=1 << 20)
    line = b"%07d a line of output\n"
    data = b"".join(line % i for i in range(200_000))  # 4.4 MB
    checkpoints = []
    checkpoint = store.checkpoint
    store.checkpoint = lambda *args: (checkpoints.append(args), checkpoint(*args))
    for at in range(0, len(data), 1 << 16):
        session.logs.add("stdout", data[at:at + (1 << 16)])
        if at and at % (1 << 20) == 0:
            assert session.flush(tail=False)

    def in_store_file() -> bytes:
        alone = tmp_path / "alone.db"
        alone.write_bytes(db_path.read_bytes())  # without its -wal
        con = sqlite3.connect(alone)
        try:
            return b"".join(row[0] for row in con.execute("SELECT data FROM logs ORDER BY seq"))
        finally:
            con.close()

    assert checkpoints == [()]  # the head written: copied once
    copied = in_store_file()
    assert (3 << 20) - HEAD_LEFT < len(copied) and data.startswith(copied)
    assert session.flush(tail=False) and checkpoints == [()]
    assert session.flush(final=True)
    stored = assemble_log(store.read_logs(run_id))
    assert stored.startswith(data[:(3 << 20) - 100]) and stored.endswith(data[-100_000:])


def test_output_reaching_past_the_head_asks_for_a_flush(db_path, tmp_path):
    """The digest asks for an early flush as soon as a stream's output reaches its head's end,
    however little of the head waits (`head_ended`): that flush writes and copies the head."""
    from expctl.record.recorder import RunOptions
    from expctl.record.session import Session, Warner
    from expctl.record.tracking import FLUSH_BYTES, RunHooks, metric_parser

    store = open_store(str(db_path))
    run_id = store.create_run(NewRun("g" * 32, None, "default", ["x"], "/", time.time(), "h", "u"))
    session = Session(store, run_id, "g" * 32, Warner())
    session.logs = LogBuffer(head=FLUSH_BYTES + 1000, tail=1000)
    opts = RunOptions(command=["x"])
    hooks = RunHooks(session, opts, Warner(), metric_parser(opts), str(tmp_path), True)
    try:
        hooks._output("stdout", b"x" * FLUSH_BYTES + b"\n", time.time())
        assert hooks._flush_due()  # 2 MB of head waiting
        assert session.flush(tail=False) and not hooks._flush_due()
        hooks._output("stdout", b"y" * 500 + b"\n", time.time())
        assert not hooks._flush_due()  # a little of the head: it waits
        hooks._output("stdout", b"z" * 700 + b"\n", time.time())
        assert session.head_ended and hooks._flush_due()  # the head's end reached
        assert session.flush(tail=False) and not hooks._flush_due()
    finally:
        if hooks.side is not None:
            hooks.side.close()
