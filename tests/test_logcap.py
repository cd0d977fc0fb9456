"""The log cap keeps the head and the tail of each stream, bounded, and says what it dropped."""

from __future__ import annotations

import random
import time

import pytest

from expctl import recorder
from expctl.logs import assemble_log, last_lines
from expctl.store import NewRun, open_store

from .conftest import py, run_expctl


@pytest.fixture
def small_cap(monkeypatch):
    monkeypatch.setattr(recorder, "LOG_HEAD_BYTES", 1000)
    monkeypatch.setattr(recorder, "LOG_TAIL_BYTES", 1500)


def _store_stream(db_path, data: bytes, flush_every: int, seed: int) -> bytes:
    store = open_store(str(db_path))
    run_id = store.create_run(NewRun("f" * 32, None, "default", ["x"], "/", time.time(), "h", "u"))
    cap = recorder._LogCap("stdout")
    rng = random.Random(seed)
    pos, adds = 0, 0
    while pos < len(data):
        size = rng.randint(1, 700)
        cap.add(data[pos:pos + size])
        pos += size
        adds += 1
        if adds % flush_every == 0:
            chunks, trim = cap.take(set())
            store.append(run_id, logs=chunks, log_trims={"stdout": trim} if trim else None)
            held = sum(len(seg[1]) for seg in cap.segments)
            assert held <= 1000 + 1500  # memory stays bounded between flushes
    chunks, trim = cap.take(set())
    store.append(run_id, logs=chunks, log_trims={"stdout": trim} if trim else None)
    return assemble_log(store.read_logs(run_id))


@pytest.mark.parametrize("flush_every, seed", [(1, 1), (3, 2), (50, 3), (10_000, 4)])
def test_head_and_tail_kept_with_a_marker(small_cap, db_path, flush_every, seed):
    data = bytes(random.Random(seed).getrandbits(8) for _ in range(60_000))
    stored = _store_stream(db_path, data, flush_every, seed)
    assert stored.startswith(data[:1000])
    assert stored.endswith(data[-1500:])
    assert b"bytes of stdout omitted by the log cap]" in stored
    assert len(stored) <= 1000 + 1500 + 700 * flush_every + 100


def test_small_output_is_stored_whole(small_cap, db_path):
    data = b"x" * 2400
    assert _store_stream(db_path, data, 2, 5) == data


def test_secret_values_are_scrubbed_from_stored_logs(db_path):
    cap = recorder._LogCap("stderr")
    cap.add(b"token is hunter2hunter2 ok\n")
    chunks, _ = cap.take({"hunter2hunter2"})
    assert chunks[0].data == b"token is *** ok\n"


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
