"""Output handed from the thread that pumps it to a thread that digests it.

The pump thread reads a chunk of the child's output and echoes it; splitting it into lines,
scanning it for metrics and buffering its log is the other thread's work. The pump's system
calls release the GIL, so a child printing hundreds of MB/s keeps both cores busy: while one
chunk is digested, the next is read and written.

The pump never waits for the digest: up to `max_bytes` wait in memory, and when the digest falls
further behind (a parser slower than the child, a store that holds the digest up), what follows
goes to a spool file (`Spool`: unlinked, in the temporary folder) that the digest reads back, in
order, once it has caught up with memory. The child's output passes through at its own speed and
the digest catches up, after the child ended if need be (the run waits for it: every point is
stored). Only when `spool_max` bytes are spooled too, or the spool cannot be written (a full
disk), does the pump wait for room, as a child waits for a slow terminal.
"""

from __future__ import annotations

import marshal
import os
import sys
import time

from ..threads import Daemon

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    import _thread
    import threading
    from collections import deque
    from collections.abc import Callable, Iterator

    from ..threads import Event
else:
    try:  # the C type `collections` re-exports: that package (and what it imports) costs about
        from _collections import deque  # 8 M instructions, 2 ms of every wrapped command's start
    except ImportError:  # another Python
        from collections import deque

MAX_QUEUED_BYTES = 2 << 20  # in memory; past it, the spool
COMBINE_BYTES = 256 << 10  # at most this much waiting output is offered to `combine` at once
SPOOL_MAX_BYTES = 2 << 30  # on disk, past the memory queue
# While a chunk is digested, the pump waits for the GIL at every system call's return. Python
# hands it over after the switch interval (5 ms by default), far longer than a read or a write
# of a chunk takes: without a shorter one, the pump would spend most of its time waiting.
SWITCH_INTERVAL_S = 0.0005


class Handoff:
    """Call `digest(*item)` on a thread of its own for each `put(item)`, in order.

    With `combine`, the items waiting when the thread takes the next (up to COMBINE_BYTES) are
    handed to `combine(items)`, which returns the items to digest instead (consecutive reads
    joined: a digest that fell behind catches up in bigger, cheaper steps). Items must be tuples of what `marshal` writes (bytes, str, numbers) when they may be
    spooled. `digest` must not raise: an exception ends the thread (later items are dropped and
    `put` no longer waits). The thread starts with the first item. Should the thread's own
    waiting fail (no memory for the lock a wait takes, under `ulimit -v`), it ends without a
    word and `put` (or `close`) digests what was queued, in order, and what follows, in line.
    """

    def __init__(self, digest: Callable[..., None], max_bytes: int = MAX_QUEUED_BYTES,
                 spool_max: int = SPOOL_MAX_BYTES,
                 combine: Callable[[list[tuple]], list[tuple]] | None = None):
        self._digest = digest
        self._combine = combine
        self._max_bytes = max_bytes
        self._spool_max = spool_max
        self._items: deque[tuple] = deque()
        self._queued = 0  # bytes waiting in memory
        self._spool: Spool | None = None  # created at the first overflow
        self._cond: threading.Condition | None = None  # made at the first item (`_condition`)
        self._lock: _thread.RLock | None = None  # the lock `_cond` waits on
        self._closed = False
        self._thread: Daemon | None = None
        # No thread could start, or its wait failed: items are digested in line from then on.
        self._in_line = False
        self.done = 0  # items digested: progress, for close()
        self.spilled = 0  # bytes that went through the spool: how far the digest fell behind

    def _condition(self) -> tuple[_thread.RLock, threading.Condition]:
        """What guards the queue, made when the first item comes (by the one thread that puts):
        a command that prints nothing never loads `threading` (see expctl.threads). It is held
        as `with lock:`, the lock's own `__enter__` and `__exit__` (C), not the condition's
        (Python code): under `ulimit -v` the frame for Condition.__exit__ could not be made,
        and the digest thread ended holding the lock (`close` then waited for ever)."""
        lock, cond = self._lock, self._cond
        if lock is None or cond is None:
            import threading

            lock = threading.RLock()
            self._lock, self._cond = lock, threading.Condition(lock)
            return lock, self._cond
        return lock, cond

    def put(self, size: int, *item) -> None:
        """Queue `item` (of `size` bytes): in memory, else in the spool; wait only when both
        are full."""
        lock, cond = self._condition()
        while True:
            with lock:
                thread = self._thread or (None if self._in_line else self._start())
                reserved, queued = None, False
                while thread is not None and not self._in_line and thread.is_alive():
                    spooled = self._spool is not None and self._spool.items
                    if not spooled and self._queued < self._max_bytes:
                        self._items.append((size, item))
                        self._queued += size
                        queued = True
                        break
                    reserved = self._reserve(size, item)
                    if reserved is not None:
                        break
                    cond.wait(0.1)  # memory and spool full: wait for room
                cond.notify_all()
            if queued:
                return
            if reserved is not None:
                if self._spill(reserved, size):
                    return
                continue
            if self._in_line:  # no thread to spare (ulimit -v), or its wait failed: what
                self._digest_queued()  # it left first, then this, in line
                self._digest(*item)
            return  # else the thread died of its digest: the item is dropped

    def _reserve(self, size: int, item: tuple) -> tuple | None:
        """A place in the spool for `item`; None when it cannot take it (full, or no disk)."""
        if self._spool is None:
            self._spool = Spool.create()
            if self._spool is None:  # no temporary folder to write to: never try again
                self._spool_max = 0
                return None
        if self._spool.size + size > self._spool_max:
            return None
        return self._spool.reserve(size, item)

    def _spill(self, reserved: tuple, size: int) -> bool:
        """Write a reserved item to the spool, outside the lock (the digest reads on
        meanwhile); False when it could not be written (a full disk): `put` tries again."""
        assert self._spool is not None, "a place was reserved in it"
        written = self._spool.write(reserved)
        lock, cond = self._condition()
        with lock:
            if self._spool.publish(reserved, written):
                self.spilled += size
            cond.notify_all()
        if not written:
            with lock:
                cond.wait(0.1)  # no room on the disk: wait for the digest to make some
        return written

    def _start(self) -> Daemon | None:
        thread = Daemon(self._run, "expctl-digest")
        try:
            thread.start()
        except RuntimeError:  # never tried again: each try can take threads.BEGIN_S
            self._in_line = True
            return None
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._thread = thread
        return thread

    def close(self, stall_s: float, abort: Event | None = None) -> bool:
        """Let the queue drain and the thread end, however long that takes while items keep
        being digested (a loaded machine digests slowly: that is no reason to drop output).
        False when no item was finished for `stall_s` seconds, or `abort` was set."""
        if self._thread is None:  # no item was ever queued: no thread to tell
            self._closed = True
            return True
        lock, cond = self._condition()
        with lock:
            self._closed = True
            cond.notify_all()
        done, since = -1, time.monotonic()
        while self._thread.is_alive():
            self._thread.join(0.05)
            if abort is not None and abort.is_set():
                return False
            if self.done != done:
                done, since = self.done, time.monotonic()
            elif time.monotonic() - since > stall_s:
                return False
        if self._in_line:
            self._digest_queued()
        self._drop_spool()
        return True

    def _digest_queued(self) -> None:
        """Digest in line, in order, what the thread left queued when its wait failed."""
        for item in self.take_pending():
            self._digest(*item)
            self.done += 1

    def pending_bytes(self) -> int:
        """Bytes queued (in memory or spooled) and not yet digested."""
        return self._queued + (self._spool.size if self._spool else 0)

    def take_pending(self) -> Iterator[tuple]:
        """The items still queued, taken out in order (the thread will not digest them): one at
        a time, so a large spool is never read into memory whole."""
        while True:
            lock, cond = self._condition()
            with lock:
                item = self._next()
                cond.notify_all()
            if item is None:
                self._drop_spool()
                return
            yield item

    def _next(self, claim: bool = False):
        """The oldest item, taken out (memory first: anything spooled came after it); with
        `claim`, a spooled one as its `_Claim`."""
        if self._items:
            size, item = self._items.popleft()
            self._queued -= size
            return item
        if self._spool is not None and self._spool.items:
            return _Claim(self._spool.claim()) if claim else self._spool.pop()
        return None

    def _drop_spool(self) -> None:
        with self._condition()[0]:
            if self._spool is not None:
                self._spool.close()
                self._spool = None

    def _run(self) -> None:
        lock, cond = self._condition()
        while True:
            try:
                with lock:
                    while not self._closed and not self._items and not (
                            self._spool is not None and self._spool.items):
                        cond.wait()  # `put` and `close` notify under the lock: never missed
                    batch = self._take_batch()
                    cond.notify_all()
            except Exception:  # RuntimeError "can't allocate lock" (the wait's), MemoryError:
                self._in_line = True  # `put` and `close` see it (the thread is no longer
                return  # alive) and digest the queue in line; nothing is printed, or lost
            if not batch:
                return
            batch = self._read_claims(batch)
            for item in self._combine(batch) if self._combine and len(batch) > 1 else batch:
                self._digest(*item)
            self.done += len(batch)

    def _take_batch(self) -> list:
        """The next item, and with `combine` those after it, up to COMBINE_BYTES in all (a
        read that large already is digested as it is: joining it would only copy it). A
        spooled item is taken as its claimed place, read by `_read_claims` outside the lock."""
        first = self._next_size()
        item = self._next(claim=True)
        if item is None or first is None:
            return []
        batch, size = [item], first
        while self._combine:
            next_size = self._next_size()
            if next_size is None or size + next_size > COMBINE_BYTES:
                return batch
            item = self._next(claim=True)
            if item is None:
                return batch
            size += next_size
            batch.append(item)
        return batch

    def _read_claims(self, batch: list) -> list[tuple]:
        """`batch` with each claimed place of the spool read into its item."""
        if not any(isinstance(entry, _Claim) for entry in batch):
            return batch
        assert self._spool is not None, "claims are places in it"
        items = [self._spool.read(entry.entry) if isinstance(entry, _Claim) else entry
                 for entry in batch]
        with self._condition()[0]:
            for _ in range(sum(isinstance(entry, _Claim) for entry in batch)):
                self._spool.release()
        return items

    def _next_size(self) -> int | None:
        """The size of the item `_next` would take, or None when there is none."""
        if self._items:
            return self._items[0][0]
        if self._spool is not None and self._spool.items:
            return self._spool.next_size()
        return None


class _Claim:
    """A spooled item's place, taken out of the spool under the lock and read outside it."""

    __slots__ = ("entry",)

    def __init__(self, entry: tuple):
        self.entry = entry


# Stands for a bytes field in a spooled item's marshalled fields (marshal keeps `...` as
# itself, and no item the pump hands over holds it).
_BLOB = ...


class Spool:
    """Items in a temporary file, read back in the order written. When the last one is read,
    the file is emptied: it holds only what the digest is behind by.

    An item's bytes fields (the output read) are written as they are, after its other fields
    marshalled: marshal would copy a read twice on the way in and once more on the way out,
    and a digest that fell behind a fast child spools most of what it prints.

    The file is written and read outside the hand-off's lock, so that the digest never waits
    for the pump's write of a read nor the pump for the digest's read of one: under the lock,
    `reserve` gives a write its place at the end (`write` it, then `publish` it) and `claim`
    takes the oldest item's place (`read` it, then `release` it). One thread writes, one reads.
    `append` and `pop` do all three at once."""

    def __init__(self, file):
        self.file = file
        self.fd = file.fileno()
        self.write_at = 0
        self.items = 0  # published and not claimed
        self.size = 0  # their bytes (as `put` counted them)
        self.busy = 0  # writes reserved and reads claimed, not yet published or released
        # Per item: (size as counted, its offset, length of its marshalled fields, its bytes
        # fields' lengths).
        self._sizes: deque[tuple[int, int, int, tuple[int, ...]]] = deque()

    @classmethod
    def create(cls) -> Spool | None:
        import tempfile

        try:
            return cls(tempfile.TemporaryFile(buffering=0, prefix="expctl-spool-"))
        except OSError:
            return None

    def append(self, size: int, item: tuple) -> bool:
        write = self.reserve(size, item)
        return self.publish(write, self.write(write))

    def reserve(self, size: int, item: tuple) -> tuple:
        """A place at the end of the file for `item`: what `write` writes there."""
        blobs = [field for field in item if type(field) is bytes]
        fields = marshal.dumps(tuple(_BLOB if type(field) is bytes else field for field in item))
        entry = (size, self.write_at, len(fields), tuple(map(len, blobs)))
        self.write_at += len(fields) + sum(entry[3])
        self.busy += 1
        return entry, [fields, *blobs]

    def write(self, reserved: tuple) -> bool:
        entry, parts = reserved
        try:  # in one call, without joining them (a read may be megabytes)
            if hasattr(os, "pwritev"):
                written = os.pwritev(self.fd, parts, entry[1])
            else:  # a system without it (older macOS)
                written = os.pwrite(self.fd, b"".join(parts), entry[1])
        except OSError:  # no space left: the caller waits instead
            return False
        return written == sum(map(len, parts))  # short: a full disk

    def publish(self, reserved: tuple, written: bool) -> bool:
        """Count the item `write` wrote (`written`); else give its place back (nothing was
        reserved since: one thread writes). Returns `written`."""
        entry, _ = reserved
        self.busy -= 1
        if not written:
            self.write_at = entry[1]  # overwritten next time
            return False
        self.items += 1
        self.size += entry[0]
        self._sizes.append(entry)
        return True

    def next_size(self) -> int:
        return self._sizes[0][0]

    def pop(self) -> tuple:
        claimed = self.claim()
        item = self.read(claimed)
        self.release()
        return item

    def claim(self) -> tuple:
        """The oldest item's place, taken out: what `read` reads."""
        entry = self._sizes.popleft()
        self.items -= 1
        self.size -= entry[0]
        self.busy += 1
        return entry

    def read(self, entry: tuple) -> tuple:
        _, at, length, blob_lengths = entry
        fields = marshal.loads(os.pread(self.fd, length, at))
        at += length
        blobs = []
        for blob_length in blob_lengths:
            blobs.append(os.pread(self.fd, blob_length, at) if blob_length else b"")
            at += blob_length
        taken = iter(blobs)
        return tuple(next(taken) if field is _BLOB else field for field in fields)

    def release(self) -> None:
        """A claimed item was read. Caught up, with nothing being written or read: start
        again at the beginning of an empty file."""
        self.busy -= 1
        if not self.items and not self.busy:
            self.write_at = 0
            try:
                os.ftruncate(self.fd, 0)
            except OSError:
                pass

    def close(self) -> None:
        try:
            self.file.close()
        except OSError:
            pass
