"""Writing an export file's runs around the page cache (O_DIRECT), for the export's worker
processes (expctl.transfer.export_workers).

A buffered write copies every byte into the page cache, into pages the kernel has to find
first: at 100,000 runs (1.9 GB) that took 2.4 to 4.5 s of system time on the development
machine (a virtual machine, where a page the guest has not touched lately costs the host a
fault), more than encoding the runs on one core, and the writes of the workers take turns.
Written with O_DIRECT, the bytes go from the worker's buffer to the disk: about 0.1 s of
CPU for the same file, the disk's time spent while the workers encode. The data is not left
in the page cache (an export of gigabytes does not push the user's files out of it).

O_DIRECT wants the offset, the length and the buffer's address aligned (ALIGN: the largest
logical block in use). So the workers' chunks, of any length, are written at offsets that a
turn carries: a worker takes the offset and the unaligned bytes left over before it (the
`tail`, under ALIGN bytes), writes its aligned part from an aligned buffer of its own and
passes the new offset and tail on before writing (the workers' writes overlap). The worker
of the last chunk writes the last tail with an ordinary write. A file system that refuses
O_DIRECT when opening is written the usual way (open_direct gives None); one that refuses a
write is written so for that piece.
"""

from __future__ import annotations

import errno
import mmap
import os
import queue
import struct
import threading

ALIGN = 4096  # the offsets, lengths and buffer addresses of O_DIRECT writes (4 KiB sectors too)
_TURN = struct.Struct("<cQH")  # b"t", the offset to write at, the tail's length; then the tail


def open_direct(path: str) -> int | None:
    """A second descriptor of the file at `path`, writing with O_DIRECT; None where the system
    or the file system has no O_DIRECT."""
    flag = getattr(os, "O_DIRECT", 0)
    if not flag:
        return None
    try:
        return os.open(path, os.O_WRONLY | flag | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None


def turn_bytes(offset: int, tail: bytes) -> bytes:
    """A turn: where the next chunk goes (`offset`, aligned) and the bytes that precede it."""
    return _TURN.pack(b"t", offset, len(tail)) + tail


def read_turn(fd: int) -> tuple[int, bytes] | None:
    """The turn read from the pipe `fd`; None when it is closed first (the ring is broken)."""
    head = _read_exactly(fd, _TURN.size)
    if head is None:
        return None
    mark, offset, size = _TURN.unpack(head)
    tail = _read_exactly(fd, size) if size else b""
    if mark != b"t" or tail is None:
        return None
    return offset, tail


def _read_exactly(fd: int, size: int) -> bytes | None:
    parts, left = [], size
    while left:
        part = os.read(fd, left)
        if not part:
            return None
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


class AlignedWriter:
    """One worker's writes: its chunks' aligned parts through the O_DIRECT descriptor, from
    aligned buffers (anonymous maps, page-aligned, kept and grown as chunks need), written by
    a thread of the worker's while it encodes the next chunk (an O_DIRECT write waits for the
    disk, some 4 ms a chunk: a quarter of the worker's time if it waited itself). Two buffers:
    one being written, one being filled; memory stays at two chunks."""

    def __init__(self, direct_fd: int, fd: int):
        self.direct_fd, self.fd = direct_fd, fd
        self.buffers: list[mmap.mmap | None] = [None, None]
        self.free: queue.Queue = queue.Queue()  # buffers not being written
        self.todo: queue.Queue = queue.Queue()  # (buffer, offset, length, chunk), None to stop
        for index in range(len(self.buffers)):
            self.free.put(index)
        self.failed: tuple[int, BaseException] | None = None  # the chunk and the error
        self.filled: int | None = None  # the buffer split filled last
        self.thread: threading.Thread | None = None

    def split(self, tail: bytes, lines: list[bytes]) -> tuple[int, bytes]:
        """Copy `tail` and `lines`, up to the last ALIGN boundary, into a free buffer; return
        that length and the bytes after it (the next tail)."""
        pieces = [tail, *lines]
        size = sum(map(len, pieces))
        aligned = size - size % ALIGN
        if aligned == 0:
            return 0, b"".join(pieces)
        buffer = self._reserve(aligned)
        at = 0
        with memoryview(buffer) as view:
            for i, piece in enumerate(pieces):
                take = min(len(piece), aligned - at)
                view[at:at + take] = piece if take == len(piece) else memoryview(piece)[:take]
                at += take
                if at == aligned:
                    return aligned, b"".join([memoryview(piece)[take:].tobytes(), *pieces[i + 1:]])
        raise AssertionError("the aligned part is never longer than the pieces")

    def write(self, offset: int, length: int, chunk: int) -> None:
        """The filled buffer's first `length` bytes (split's aligned part) to the file at
        `offset`, by the thread; a write that failed before raises here (check)."""
        self.check()
        if length == 0:
            return
        if self.thread is None:
            self.thread = threading.Thread(target=self._drain, name="expctl-export-direct", daemon=True)
            self.thread.start()
        self.todo.put((self.filled, offset, length, chunk))

    def finish(self) -> None:
        """Wait for the writes; raise the first that failed (check)."""
        if self.thread is not None:
            self.todo.put(None)
            self.thread.join()
            self.thread = None
        self.check()

    def check(self) -> None:
        """Raise the error of a write that failed, with its chunk as `chunk` on it."""
        if self.failed is not None:
            chunk, exc = self.failed
            if chunk >= 0:  # -1: the thread's own failure, in no chunk's write
                exc.chunk = chunk  # type: ignore[attr-defined]
            raise exc

    def _drain(self) -> None:
        try:
            self._write_jobs()
        except BaseException as exc:  # the queue's own failure (out of memory): `_reserve`
            if self.failed is None:  # stops waiting for the buffer it held (the thread ended)
                self.failed = (-1, exc)

    def _write_jobs(self) -> None:
        while (job := self.todo.get()) is not None:
            index, offset, length, chunk = job
            try:
                if self.failed is None:
                    self._write(self.buffers[index], offset, length)
            except BaseException as exc:  # raised by the worker's thread (check)
                self.failed = (chunk, exc)
            finally:
                self.free.put(index)

    def _write(self, buffer, offset: int, length: int) -> None:
        done = 0
        with memoryview(buffer) as whole, whole[:length] as view:
            try:
                while done < length:
                    done += _written(os.pwrite(self.direct_fd, view[done:], offset + done))
            except OSError as exc:  # O_DIRECT refused for this write: the usual way, then
                if exc.errno != errno.EINVAL:
                    raise
                write_at(self.fd, view[done:], offset + done)

    def _reserve(self, size: int) -> mmap.mmap:
        """A free buffer of at least `size` bytes (waiting for one to be written)."""
        if self.thread is None:  # no write was handed over: both buffers are free
            index = self.free.get()
        else:
            from . import queues

            try:
                index = queues.get(self.free, self.thread)
            except queues.PartnerDied:
                self.check()  # its failure, when it said one
                raise
        buffer = self.buffers[index]
        if buffer is None or len(buffer) < size:
            if buffer is not None:
                buffer.close()
            buffer = self.buffers[index] = mmap.mmap(-1, max(size, 8 << 20))
        self.filled = index
        return buffer


def write_at(fd: int, data, offset: int) -> None:
    """All of `data` to `fd` at `offset`, by ordinary writes."""
    view = memoryview(data)
    done = 0
    while done < len(view):
        done += _written(os.pwrite(fd, view[done:], offset + done))


def _written(count: int) -> int:
    if count <= 0:  # a regular file takes some of every write, or says why not
        raise OSError(errno.EIO, "the file took none of a write")
    return count
