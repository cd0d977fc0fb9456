"""An export's workers writing around the page cache (expctl.transfer.direct_write): the file
is byte for byte the one-process export whether O_DIRECT is used, missing, or refused for a
write; a chunk's pieces split at the alignment give back the bytes they were; a turn read
from a pipe is the one written."""

from __future__ import annotations

import errno
import os
import random

import pytest

from expctl.transfer import direct_write, export_workers
from expctl.transfer.direct_write import ALIGN, AlignedWriter, read_turn, turn_bytes

from .test_export_workers import _export, _out, _store

pytestmark = pytest.mark.skipif(not hasattr(os, "O_DIRECT"), reason="no O_DIRECT on this system")


def test_split_keeps_every_byte_in_order():
    rng = random.Random(5)
    writer = AlignedWriter(-1, -1)
    for _ in range(300):
        tail = rng.randbytes(rng.randrange(ALIGN))
        lines = [rng.randbytes(rng.choice([0, 1, 50, ALIGN - 1, ALIGN, 3 * ALIGN + 7, 20_000]))
                 for _ in range(rng.randrange(6))]
        aligned, rest = writer.split(tail, lines)
        whole = b"".join([tail, *lines])
        assert aligned % ALIGN == 0 and len(rest) < ALIGN
        written = bytes(writer.buffers[writer.filled][:aligned]) if aligned else b""  # type: ignore[index]
        assert written + rest == whole
        if aligned:
            writer.free.put(writer.filled)  # as the writing thread gives it back


def test_a_turn_read_is_the_turn_written():
    read_end, write_end = os.pipe()
    try:
        for offset, tail in [(0, b""), (ALIGN * 12345, b"x" * (ALIGN - 1)), (2**40, b"{\"a\":1}\n")]:
            os.write(write_end, turn_bytes(offset, tail))
            assert read_turn(read_end) == (offset, tail)
        os.close(write_end)
        assert read_turn(read_end) is None  # closed: the ring is broken
    finally:
        os.close(read_end)


def _direct_used(monkeypatch) -> list[int]:
    """The descriptors open_direct gives, recorded."""
    given: list[int] = []
    real = direct_write.open_direct

    def recording(path):
        fd = real(path)
        given.append(fd)
        return fd

    monkeypatch.setattr(direct_write, "open_direct", recording)
    return given


@pytest.mark.parametrize("chunk", [1, 3, 50])
def test_direct_writes_are_the_one_process_bytes(db_path, tmp_path, monkeypatch, chunk):
    store, ids = _store(db_path)
    out = _out(tmp_path)
    one = _export(store, ids, out / "one.jsonl", 1, monkeypatch)
    given = _direct_used(monkeypatch)
    monkeypatch.setattr(export_workers, "CHUNK_RUNS", chunk)
    many = _export(store, ids, out / "many.jsonl", 3, monkeypatch)
    if given == [None]:
        pytest.skip("the temporary directory's file system has no O_DIRECT")
    assert len(given) == 1 and many == one
    assert sorted(p.name for p in out.iterdir()) == ["many.jsonl", "one.jsonl"]
    store.close()


def test_without_o_direct_the_workers_share_the_offset(db_path, tmp_path, monkeypatch):
    store, ids = _store(db_path)
    out = _out(tmp_path)
    one = _export(store, ids, out / "one.jsonl", 1, monkeypatch)
    monkeypatch.setattr(direct_write, "open_direct", lambda path: None)
    monkeypatch.setattr(export_workers, "CHUNK_RUNS", 2)
    assert _export(store, ids, out / "many.jsonl", 2, monkeypatch) == one
    store.close()


def test_a_direct_write_refused_is_written_the_usual_way(db_path, tmp_path, monkeypatch):
    """EINVAL from an O_DIRECT write (a file system that takes the flag but not the write):
    that piece goes through the ordinary descriptor; the file is the same."""
    store, ids = _store(db_path)
    out = _out(tmp_path)
    one = _export(store, ids, out / "one.jsonl", 1, monkeypatch)
    given = _direct_used(monkeypatch)
    real = os.pwrite

    def refusing(fd, data, offset):
        if fd in given:
            raise OSError(errno.EINVAL, "Invalid argument")
        return real(fd, data, offset)

    monkeypatch.setattr(os, "pwrite", refusing)
    monkeypatch.setattr(export_workers, "CHUNK_RUNS", 4)
    assert _export(store, ids, out / "many.jsonl", 2, monkeypatch) == one
    store.close()
