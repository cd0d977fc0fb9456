"""Output handed from the thread that pumps it to a thread that digests it.

The pump thread reads a chunk of the child's output and echoes it; splitting it into lines,
scanning it for metrics and buffering its log is the other thread's work. The pump's system
calls release the GIL, so a child printing hundreds of MB/s keeps both cores busy: while one
chunk is digested, the next is read and written. The queue is bounded: when `max_bytes` wait,
the pump waits too, as a child waits for a slow terminal.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Callable

MAX_QUEUED_BYTES = 4 << 20
# While a chunk is digested, the pump waits for the GIL at every system call's return. Python
# hands it over after the switch interval (5 ms by default), far longer than a read or a write
# of a chunk takes: without a shorter one, the pump would spend most of its time waiting.
SWITCH_INTERVAL_S = 0.0005


class Handoff:
    """Call `digest(*item)` on a thread of its own for each `put(item)`, in order.

    `digest` must not raise: an exception ends the thread (later items are dropped and `put`
    no longer waits). The thread starts with the first item.
    """

    def __init__(self, digest: Callable[..., None], max_bytes: int = MAX_QUEUED_BYTES):
        self._digest = digest
        self._max_bytes = max_bytes
        self._items: deque[tuple] = deque()
        self._queued = 0  # bytes waiting
        self._cond = threading.Condition()
        self._closed = False
        self._thread: threading.Thread | None = None
        self.done = 0  # items digested: progress, for close()

    def put(self, size: int, *item) -> None:
        """Queue `item` (of `size` bytes); wait while the queue is full."""
        with self._cond:
            if self._thread is None:
                if not self._start():
                    self._digest(*item)  # no thread to spare (ulimit -v): digest in line
                    return
            while self._queued >= self._max_bytes and self._thread.is_alive():
                self._cond.wait(0.1)
            if not self._thread.is_alive():
                return
            self._items.append((size, item))
            self._queued += size
            self._cond.notify_all()

    def _start(self) -> bool:
        thread = threading.Thread(target=self._run, name="expctl-digest", daemon=True)
        try:
            thread.start()
        except RuntimeError:
            return False
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._thread = thread
        return True

    def close(self, stall_s: float, abort: threading.Event | None = None) -> bool:
        """Let the queue drain and the thread end, however long that takes while items keep
        being digested (a loaded machine digests slowly: that is no reason to drop output).
        False when no item was finished for `stall_s` seconds, or `abort` was set."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._thread is None:
            return True
        done, since = -1, time.monotonic()
        while self._thread.is_alive():
            self._thread.join(0.05)
            if abort is not None and abort.is_set():
                return False
            if self.done != done:
                done, since = self.done, time.monotonic()
            elif time.monotonic() - since > stall_s:
                return False
        return True

    def pending_bytes(self) -> int:
        """Bytes queued and not yet digested."""
        return self._queued

    def take_pending(self) -> list[tuple]:
        """The items still queued, taken out (the thread will not digest them)."""
        with self._cond:
            items = [item for _, item in self._items]
            self._items.clear()
            self._queued = 0
            self._cond.notify_all()
        return items

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._items and not self._closed:
                    self._cond.wait()
                if not self._items:
                    return
                size, item = self._items.popleft()
                self._queued -= size
                self._cond.notify_all()
            self._digest(*item)
            self.done += 1
