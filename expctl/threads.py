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
import os as _os
import sys
from time import monotonic as _monotonic

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections import deque as _deque
    from collections.abc import Callable
else:
    try:  # the C type `collections` re-exports, without importing that package
        from _collections import deque as _deque
    except ImportError:  # another Python
        from collections import deque as _deque

# A new thread begins within microseconds; seconds only on a machine loaded far beyond its cores.
BEGIN_S = 5.0
POLL_S = 0.01  # how often `start` looks whether its thread was said unbegun (`_Unraisables`)
# Each thread's stack is reserved in full: 8 MiB by default (the main thread's limit), so a run's
# few threads took most of a 30 MB `ulimit -v`, and the next could not begin. Their code (the
# digest, the store's writes, the captures) nests shallowly: 2 MiB is well over what it needs.
STACK_BYTES = 2 << 20
OUT_OF_MEMORY = b"expctl: warning: a tracking thread stopped: out of memory\n"
_start_new_thread = _thread.start_new_thread  # (a test delays the beginning through it)


class Daemon:
    """A daemon thread running `target(*args)`: `start`, `is_alive`, `join` as threading's."""

    def __init__(self, target: Callable[..., object], name: str = "", args: tuple = ()):
        self.name = name
        self._target, self._args = target, args
        self._started = False
        self._abandoned = False
        self._failed = False  # it could not begin: no memory for its first frame (`_Unraisables`)
        self._running = False  # it began: its target runs, or ran
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
        except MemoryError:
            raise RuntimeError("can't start new thread (out of memory)") from None
        _unraisables.hold()
        try:
            try:
                _start_with_stack(self._bootstrap)
            except MemoryError:
                raise RuntimeError("can't start new thread (out of memory)") from None
            self._started = True
            began = self._wait_to_begin()
        finally:
            _unraisables.release()
        if began:
            if self._failed:
                raise RuntimeError("can't start new thread (out of memory)")
            return
        with self._state:
            if self._began.acquire(blocking=False):
                return  # it began just now
            self._abandoned = True
        self._done.release()
        raise RuntimeError("can't start new thread (it did not begin)")

    def _wait_to_begin(self) -> bool:
        """Wait up to BEGIN_S for the thread to begin, or to be said unbegun; looking every
        POLL_S at what sys.unraisablehook was handed meanwhile (`_Unraisables`)."""
        assert self._began is not None
        deadline = _monotonic() + BEGIN_S
        while not self._began.acquire(timeout=max(min(POLL_S, deadline - _monotonic()), 0.0)):
            _unraisables.settle()
            if _monotonic() >= deadline:
                return self._began.acquire(blocking=False)
        return True

    def _bootstrap(self) -> None:
        assert self._state is not None and self._began is not None and self._done is not None
        with self._state:
            if self._abandoned:
                return
            self._running = True
            self._began.release()
        try:
            self._run_target()
        except BaseException:  # its report failed as well (out of memory): nothing more to say
            pass
        finally:
            self._done.release()

    def _run_target(self) -> None:
        """`target`; what it did not catch reported as threading reports it, but for a
        MemoryError: one line (its traceback would need the memory that is missing, and a
        MemoryError escaping the thread reaches the user's terminal from `_thread` itself)."""
        try:
            self._target(*self._args)
        except MemoryError:
            _os.write(2, OUT_OF_MEMORY)
        except BaseException:
            import threading

            threading.excepthook(threading.ExceptHookArgs((*sys.exc_info(), None)))

    def _could_not_begin(self) -> None:
        """The thread failed before its first line (`_Unraisables`): `start` stops waiting. A
        thread that began ends through `_bootstrap`'s `finally`, which already released `_done`:
        a MemoryError escaping it after that is not this, and releasing `_done` again would
        fail, or free a joiner's hold on it."""
        assert self._state is not None and self._began is not None and self._done is not None
        with self._state:
            if self._abandoned or self._running:
                return
            self._abandoned = self._failed = True
        self._done.release()
        self._began.release()

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


def _start_with_stack(bootstrap) -> None:
    """Start `bootstrap` on a new thread with a stack of STACK_BYTES; other threads of the
    process (a library's, when expctl is imported) keep the size they had."""
    try:
        before = _thread.stack_size(STACK_BYTES)
    except (ValueError, _thread.error):  # a platform that sets no size: its own
        _start_new_thread(bootstrap, ())
        return
    try:
        _start_new_thread(bootstrap, ())
    finally:
        _thread.stack_size(before)


class _Unraisables:
    """sys.unraisablehook while a Daemon begins. Under `ulimit -v` a new thread can lack the
    memory for its first frame: `_thread` then hands the MemoryError to the hook ("Exception
    ignored in thread started by ...", two lines on the user's terminal that the command did not
    print), and `start` would wait BEGIN_S for a thread that never began (a run ended 5 s late).
    Such a thread is told instead (`_could_not_begin`: its `start` raises RuntimeError, as when
    no thread can be made); anything else goes to the hook before, as it would have.

    A hook written in Python would need a frame of the very thread that had no memory for one,
    and fail too ("Exception ignored in sys.unraisablehook ... MemoryError"): the hook is a
    deque's `append`, C code that needs neither a frame nor memory (the deque's first block is
    made with it), and the starting thread routes what it kept (`settle`)."""

    def __init__(self):
        self._kept: _deque = _deque()
        self._append = self._kept.append  # the hook: one bound method, compared by identity
        self._lock = _thread.allocate_lock()
        self._holders = 0
        self._before = sys.unraisablehook

    def hold(self) -> None:
        with self._lock:
            self._holders += 1
            if self._holders == 1:
                self._before, sys.unraisablehook = sys.unraisablehook, self._append

    def release(self) -> None:
        with self._lock:
            self._holders -= 1
            if self._holders == 0 and sys.unraisablehook is self._append:
                sys.unraisablehook = self._before
        self.settle()

    def settle(self) -> None:
        while self._kept:
            try:
                unraisable = self._kept.popleft()
            except IndexError:  # another thread settled it
                return
            daemon = getattr(unraisable.object, "__self__", None)
            if isinstance(daemon, Daemon) and isinstance(unraisable.exc_value, MemoryError):
                daemon._could_not_begin()
            else:
                self._before(unraisable)


_unraisables = _Unraisables()


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
