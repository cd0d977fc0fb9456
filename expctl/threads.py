"""Daemon threads that never hang the run that starts them.

`threading.Thread.start` waits, without a time limit, for the new thread to say it began. Under
an address-space limit (`ulimit -v`) the new thread can fail before it says so (a MemoryError in
threading's own start-up code, printed as "Exception ignored in thread started by"), and the
starting thread then waits for ever: the wrapped command has ended, but `expctl run` never
returns. `Daemon` starts its thread with `_thread` and waits at most BEGIN_S for it to begin;
a thread that did not begin in time is given up (it returns at once should it begin later), and
`start` raises RuntimeError, as threading does when no thread can be made. Every caller already
has a way to go on without its thread.

`Event` is threading.Event for `expctl run`, which needs no other part of `threading`: importing
that module (its Thread, Condition, Barrier ... classes, and `_weakrefset`) costs about 4 M
instructions, 1.5 ms of every wrapped command's start. Locks are `_thread.allocate_lock()`,
which is what `threading.Lock` is.
"""

from __future__ import annotations

import _thread

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Callable

# A new thread begins within microseconds; seconds only on a machine loaded far beyond its cores.
BEGIN_S = 5.0
_start_new_thread = _thread.start_new_thread  # (a test delays the beginning through it)


class Daemon:
    """A daemon thread running `target(*args)`: `start`, `is_alive`, `join` as threading's."""

    def __init__(self, target: Callable[..., object], name: str = "", args: tuple = ()):
        self.name = name
        self._target, self._args = target, args
        self._started = False
        self._abandoned = False
        self._state: _thread.LockType | None = None  # the locks, made by start()
        self._began: _thread.LockType | None = None
        self._done: _thread.LockType | None = None

    def start(self) -> None:
        """Start the thread and wait until it began; RuntimeError when it could not be made or
        did not begin within BEGIN_S (the run then does without it)."""
        try:
            self._state, self._began, self._done = (_thread.allocate_lock() for _ in range(3))
            self._began.acquire()
            self._done.acquire()
            _start_new_thread(self._bootstrap, ())
        except RuntimeError:
            raise
        except MemoryError:
            raise RuntimeError("can't start new thread (out of memory)") from None
        self._started = True
        if self._began.acquire(timeout=BEGIN_S):
            return
        with self._state:
            if self._began.acquire(blocking=False):
                return  # it began just now
            self._abandoned = True
        self._done.release()
        raise RuntimeError("can't start new thread (it did not begin)")

    def _bootstrap(self) -> None:
        assert self._state is not None and self._began is not None and self._done is not None
        with self._state:
            if self._abandoned:
                return
            self._began.release()
        try:
            self._target(*self._args)
        except BaseException:  # reported as threading reports what a thread did not catch
            import sys
            import threading

            threading.excepthook(threading.ExceptHookArgs((*sys.exc_info(), None)))
        finally:
            self._done.release()

    @property
    def started(self) -> bool:
        """Whether `start` made the thread (it may since have ended, or been given up)."""
        return self._started

    def is_alive(self) -> bool:
        return self._started and self._done is not None and self._done.locked()

    def join(self, timeout: float | None = None) -> None:
        if not self._started or self._done is None:
            raise RuntimeError("cannot join a thread before it is started")
        if self._done.acquire(timeout=-1 if timeout is None else max(timeout, 0.0)):
            self._done.release()


class Event:
    """threading.Event's `set`, `clear`, `is_set` and `wait`, on two `_thread` locks: `_gate`
    is held exactly while the event is clear, so waiting is acquiring it (and handing it back at
    once, for the other waiters); `_change` keeps a `set` and a `clear` from crossing."""

    def __init__(self):
        self._change = _thread.allocate_lock()
        self._gate = _thread.allocate_lock()
        self._gate.acquire()
        self._flag = False

    def is_set(self) -> bool:
        return self._flag

    def set(self) -> None:
        with self._change:
            if not self._flag:
                self._flag = True
                self._gate.release()

    def clear(self) -> None:
        with self._change:
            if self._flag:
                self._gate.acquire()  # a waiter passing through holds it for an instant only
                self._flag = False

    def wait(self, timeout: float | None = None) -> bool:
        """True once the event is set (at once if it is), False after `timeout` seconds."""
        if self._flag:
            return True
        if timeout is not None and timeout <= 0:
            got = self._gate.acquire(False)
        else:
            got = self._gate.acquire(timeout=-1 if timeout is None else min(timeout, _thread.TIMEOUT_MAX))
        if got:
            self._gate.release()
        return got
