"""Spawn the child, pump its output live and byte for byte, forward signals, return its status.

How the child is connected (pipes or a pty, one pipe for both streams when they go to the same
place, a process group of its own without a controlling terminal) is `expctl.record.childio`'s part.

Signals sent to expctl itself (SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM) are
forwarded; one ignored when expctl started (nohup) stays ignored for the child. In pipes mode a
Ctrl-C from the terminal already reached the child (same process group), so the first one is not
sent twice; the same signal arriving twice within `DUPLICATE_S` (to expctl, then to its group) is
one signal; a second interrupt within `ESCALATE_WINDOW_S` sends SIGTERM and a third SIGKILL.
The kernel may hand a signal to any of expctl's threads; Python's handler then only marks it, and
a wakeup pipe (`signal.set_wakeup_fd`) wakes the pump so the main thread passes it on at once.

When the child exits but something it started still holds its output open (a daemon), expctl
reads on while output keeps coming, stops at the first quiet `DRAIN_QUIET_S` or after
`DRAIN_MAX_S`, and returns: it never hangs on a pipe the child no longer owns.
"""

from __future__ import annotations

import errno
import os
import time

from .childio import (Child, Connection, Watched, connect_pipes, connect_pty, descendants,
                      generates_signals, is_foreground, isatty, process_group, real_fd, spawn)
from .childio import write_all, write_all_safely  # also runner.write_all_safely to callers
from .forwarding import drain, forwarded_signals
from .relay import READ_SIZE, open_reads
from ..models import Record
from ..threads import Daemon

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    import signal
    from collections.abc import Callable
    from typing import Any
else:
    try:  # signal's C half: the `signal` module makes enums of it at import (`enum`, ~3 ms)
        import _signal as signal
    except ImportError:  # another Python
        import signal

DRAIN_QUIET_S = 0.2
DRAIN_MAX_S = 2.0
ESCALATE_WINDOW_S = 5.0
POLL_EXIT_S = 0.05  # how often the child's exit is checked when no thread waits for it
# The same signal again within this time (from the end of handling the last) is one signal
# delivered twice: `timeout` sends it to expctl, then to expctl's whole process group.
DUPLICATE_S = 0.5
TREE_SIGNALS = (signal.SIGTERM, signal.SIGHUP)  # also sent to descendants in other groups

if TYPE_CHECKING:
    from .relay import CallReads, RelayReads

    OutputCallback = Callable[[str, bytes], None]


class ChildResult(Record):
    """How the child ended: `exit_code` as a shell reports it (128+N when killed by signal N),
    `signal` that killed it (or None), `received`: the first signal expctl got and forwarded,
    `rusage` of the child and its waited-for descendants, `error` when it could not start."""

    exit_code: int
    signal: int | None
    received: int | None
    rusage: Any
    error: str | None = None


def run_child(
    argv: list[str],
    env: dict[str, str],
    use_pty: bool,
    echo: bool = True,
    on_start: Callable[[int], None] | None = None,
    on_output: OutputCallback | None = None,
    closed: frozenset[int] = frozenset(),
) -> ChildResult:
    """Run `argv` to completion. Output goes to our stdout/stderr (when `echo`) and to `on_output`.
    `closed`: those of our stdin/stdout/stderr the shell closed (see `plug_closed_std_fds`); the
    child starts with them closed too, and no pty stands in for a closed stdout."""
    use_pty = use_pty and 1 not in closed
    try:  # every descriptor expctl needs is opened before the child exists
        conn = connect_pty(closed) if use_pty else connect_pipes(closed)
        pump = _Pump(conn, echo, on_output)
    except (OSError, MemoryError) as exc:  # out of descriptors or memory (ulimit -n, -v)
        raise NotStarted(exc) from exc
    # Handlers go in before the child exists: a signal in between must neither kill expctl
    # (leaving the child orphaned) nor be lost; it is held and passed on once the child runs.
    with forwarded_signals(conn.is_pty) as relay:
        try:
            pump.proc = spawn(argv, env, conn)
        except OSError as exc:
            conn.close_all()
            pump.close_wake()
            if exc.errno in NO_RESOURCES:  # expctl's lack, not the command's fault
                raise NotStarted(exc) from exc
            return _start_failure(argv[0], exc)
        conn.close_child_ends()
        if on_start:
            on_start(pump.proc.pid)
        relay.attach(pump)
        with conn.terminal_mode():
            pump.run()
    return pump.result()


class NotStarted(Exception):
    """expctl could not set up what wraps the command (descriptors, memory); the command was
    not started. The caller may still run it unwrapped (`exec_unwrapped`)."""


NO_RESOURCES = (errno.EMFILE, errno.ENFILE, errno.ENOMEM, errno.EAGAIN)


def exec_unwrapped(argv: list[str]) -> None:
    """Become the command (os.execvp): its output, exit code and signals are then exactly its
    own. The last resort when it cannot be wrapped; returns only when it cannot be run."""
    for signum in (signal.SIGXFSZ, signal.SIGPIPE):  # as a shell would hand them on
        signal.signal(signum, signal.SIG_DFL)
    try:
        os.execvp(argv[0], argv)
    except OSError as exc:
        failure = _start_failure(argv[0], exc)
        _say(f"expctl: {failure.error}")
        os._exit(failure.exit_code)


def _start_failure(program: str, exc: OSError) -> ChildResult:
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return ChildResult(127, None, None, None, f"{program}: command not found")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.ENOEXEC):
        return ChildResult(126, None, None, None, f"{program}: cannot execute ({exc.strerror})")
    return ChildResult(126, None, None, None, f"{program}: {exc.strerror or exc}")


# -- pumping output -------------------------------------------------------------------------


class _Pump:
    def __init__(self, conn: Connection, echo: bool, on_output):
        self.proc: Child | None = None  # set once spawned
        self.conn = conn
        self.echo = echo
        self.on_output = on_output
        self.selector = Watched()
        self.wake_r, self.wake_w = os.pipe()
        self.status: tuple[int, Any] | None = None
        self.received: int | None = None
        self.interrupts: list[float] = []
        self.handled: dict[int, float] = {}  # signal -> when we last finished handling it
        self.exited_at: float | None = None
        self._waiter: Daemon | None = None
        self.exit_fd = self.wake_r  # readable once the child exited: a pidfd, or the waiter's pipe
        self.read_size = READ_SIZE  # the Python pump's
        self.reads: RelayReads | CallReads | None = None  # the compiled reader (`relay.open_reads`)
        self.muted: set[int] = set()  # streams whose echo failed (`_mute`)
        self.signal_fd: int | None = None  # readable once a signal came (`forwarded_signals`)

    @property
    def child(self) -> Child:
        assert self.proc is not None, "the pump runs once the child is spawned"
        return self.proc

    def close_wake(self) -> None:
        os.close(self.wake_r)
        os.close(self.wake_w)
        if self.exit_fd != self.wake_r:
            os.close(self.exit_fd)

    def _wait(self, flags: int = 0) -> None:
        pid, status, rusage = os.wait4(self.child.pid, flags)
        if pid == 0:
            return  # WNOHANG: still running
        self.status = (status, rusage)
        self.child.returncode = os.waitstatus_to_exitcode(status)
        if self.exit_fd == self.wake_r:  # polling: the poll says so (`_handle`)
            os.write(self.wake_w, b"x")

    def _await_exit(self) -> None:
        """The waiter thread: wait for the child's exit without reaping it (`_handle` does),
        then wake the pump, however the thread ends (failed: the pump polls for the exit)."""
        try:
            os.waitid(os.P_PID, self.child.pid, os.WEXITED | os.WNOWAIT)
        except Exception:  # out of memory (ulimit -v): `_handle` finds it still running
            pass
        finally:
            os.write(self.wake_w, b"x")

    def run(self) -> None:
        self._watch_exit()
        for fd in self.conn.reads:
            self.selector.register(fd)
        if self.conn.stdin_to is not None:
            self.selector.register(0)
        self.selector.register(self.exit_fd)
        if self.signal_fd is not None:
            self.selector.register(self.signal_fd)
        self.reads = open_reads(self.conn, [real_fd(stream) if self.echo else -1
                                            for stream in self.conn.reads.values()])
        try:
            try:
                self._loop()
            except Exception as exc:  # out of memory, or a bug of ours: the command goes on
                _say(f"expctl: warning: output tracking stopped ({type(exc).__name__}: {exc})")
                self.on_output = None
                self._loop()
        finally:
            self._close()

    def _watch_exit(self) -> None:
        """Learn of the child's exit from a pidfd polled with its output (Linux 5.3+; no thread,
        whose start and join cost a short command dearly); else from a thread waiting for it,
        which wakes the pump through the wake pipe; without a thread to spare, by polling."""
        try:
            self.exit_fd = os.pidfd_open(self.child.pid)  # close-on-exec: no child inherits it
            return
        except (AttributeError, OSError):  # another system, an old kernel, a seccomp filter
            pass
        if hasattr(os, "waitid"):  # else poll for the exit
            try:
                self._waiter = Daemon(self._await_exit, "expctl-wait")
                self._waiter.start()
            except RuntimeError:  # no thread to spare (ulimit -v, -u): poll for the exit
                self._waiter = None

    def _loop(self) -> None:
        while self.conn.reads:
            polled = self._waiter is None and self.exit_fd == self.wake_r
            if polled and self.status is None:
                self._wait(os.WNOHANG)
            timeout = self._drain_timeout()
            if polled and self.status is None:
                timeout = POLL_EXIT_S
            if timeout is not None and timeout <= 0:
                return
            if not self._poll(timeout) and self.exited_at is not None:
                return  # quiet since the child exited: what is left belongs to someone else

    def _poll(self, timeout: float | None) -> bool:
        """Wait up to `timeout` s for output or an event and handle what came; False if nothing."""
        if self.reads is None:
            ready = self.selector.select(timeout)
            for fd in ready:
                self._handle(fd)
            return bool(ready)
        done = self.reads.poll([fd for fd in self.selector.fds if fd not in self.conn.reads], timeout)
        if done is None:
            return True  # a signal came (and was handled) first, or memory ran short
        reads, ready = done
        for fd, data, error in reads:
            self._took(fd, data, error)
        for fd in ready:
            self._handle(fd)
        return bool(reads or ready)

    def _drain_timeout(self) -> float | None:
        if self.exited_at is None:
            return None
        left = self.exited_at + DRAIN_MAX_S - time.monotonic()
        return min(DRAIN_QUIET_S, left)

    def _handle(self, fd: int) -> None:
        if fd == self.exit_fd:
            if fd == self.wake_r:  # the waiter thread ended, or polling reaped the child
                os.read(self.wake_r, 64)
            if self.status is None:  # the pidfd or the waiter: the child exited, reap it
                self._wait(os.WNOHANG)
            if self.status is None:  # the waiter thread died first: poll for the exit
                self._waiter = None
                return
            self.selector.unregister(fd)
            self.exited_at = time.monotonic()
        elif fd == self.signal_fd:
            drain(fd)  # the handlers run as soon as the main thread is back in Python
        elif fd == 0:
            self._forward_stdin()
        else:
            self._read_output(fd)

    def _read_output(self, fd: int) -> None:
        try:
            data = os.read(fd, self.read_size)
        except MemoryError:  # a tight ulimit -v: smaller reads
            self.read_size = max(self.read_size // 16, 4096)
            return
        except OSError as exc:  # EIO: the pty's other side is closed
            if exc.errno not in (errno.EIO, errno.EBADF):
                raise
            data = b""
        echoed = data and self.echo and fd not in self.muted
        error = self._echo(real_fd(self.conn.reads[fd]), data) if echoed else 0
        self._took(fd, data, error)

    def _took(self, fd: int, data: bytes, error: int) -> None:
        """What a read of `fd` gave: `data`, echoed unless `error` (EPIPE: our reader went
        away; another: our stdout failed); or b"" at the end of the stream, `error` then the
        read's (EIO: a closed pty)."""
        if data and error and error != errno.EPIPE:
            self._mute(fd, error)
            error = 0
        if error and error != errno.EPIPE and error not in (errno.EIO, errno.EBADF):
            raise OSError(error, os.strerror(error))
        stream = self.conn.reads[fd]
        if not data or error:
            self._stop_reading(fd)  # the end, or our reader went away: the child will see EPIPE
        if data and self.on_output:
            self.on_output(stream, data)

    def _mute(self, fd: int, error: int) -> None:
        """Our stdout (or stderr) failed for another reason than a reader gone (a full disk,
        a terminal hung up): the stream is no longer echoed there, and still read and recorded,
        so the command goes on as it would with its output going nowhere. Said once."""
        if fd not in self.muted:
            self.muted.add(fd)
            _say(f"expctl: warning: cannot write the command's {self.conn.reads[fd]} "
                 f"({os.strerror(error)}); it is still recorded")

    def _echo(self, target: int, data: bytes) -> int:
        """Write `data` to `target`; 0, or the errno that stopped it (EPIPE: its reader went
        away)."""
        try:
            write_all(target, data)
            return 0
        except OSError as exc:
            return exc.errno or errno.EIO

    def _forward_stdin(self) -> None:
        assert self.conn.stdin_to is not None, "stdin is read only when there is a pty to feed"
        try:
            data = os.read(0, READ_SIZE)
        except OSError:
            data = b""
        if not data:
            self.selector.unregister(0)
            return
        try:
            write_all(self.conn.stdin_to, data)
        except OSError:
            self.selector.unregister(0)
            return
        if b"\x03" in data and generates_signals(self.conn.stdin_to):
            # The child's terminal turned this Ctrl-C into SIGINT; count it for escalation.
            self._interrupt(delivered=True)

    def _stop_reading(self, fd: int) -> None:
        self.selector.unregister(fd)
        del self.conn.reads[fd]
        os.close(fd)

    def _close(self) -> None:
        if self.reads is not None:  # what the relay read and echoed last is recorded too
            for fd, data, error in self.reads.stop():
                try:
                    self._took(fd, data, error)
                except OSError:  # the stream's read failed: nothing more to say at the end
                    pass
        for fd in list(self.conn.reads):
            self._stop_reading(fd)
        self.selector.close()
        if self._waiter is not None:
            self._waiter.join()  # until the child exited (or the thread died): not reaped yet
        if self.status is None:
            self._wait()
        self.close_wake()

    # -- signals --------------------------------------------------------------------------

    def on_signal(self, signum: int, _frame) -> None:
        if self.status is not None:
            return
        last = self.handled.get(signum)
        if last is not None and time.monotonic() - last < DUPLICATE_S:
            return  # one signal, sent to us and to our group: passed on once, counted once
        # Set before handling too: Python may run this handler again inside itself.
        self.handled[signum] = time.monotonic()
        try:
            self._on_signal(signum)
        finally:
            self.handled[signum] = time.monotonic()

    def _on_signal(self, signum: int) -> None:
        if self.received is None:
            self.received = signum
        if signum == signal.SIGINT:
            self._interrupt(delivered=self._terminal_delivers_interrupt())
        elif signum in TREE_SIGNALS:
            self._send_tree(signum)
        else:
            self._send(signum)

    def _send_tree(self, signum: int) -> None:
        """Signal the child, then every process below it that sits in another process group
        (a shell script's job, torchrun's workers, a dataloader started with setsid): a job
        stopped from outside (SIGTERM from a scheduler, SIGHUP from a closed terminal) must not
        leave orphans running. Descendants are listed before the child is signalled, since
        they are reparented (and lost from the tree) once it dies."""
        child_group = process_group(self.child.pid)
        others = [pid for pid in descendants(self.child.pid) if process_group(pid) != child_group]
        self._send(signum)
        for pid in others:
            try:
                os.kill(pid, signum)
            except (ProcessLookupError, PermissionError):
                pass

    def _interrupt(self, delivered: bool) -> None:
        """An interrupt: the first is passed on once (unless the terminal `delivered` it to the
        child already); a second within ESCALATE_WINDOW_S sends SIGTERM, a third SIGKILL."""
        if self.received is None:
            self.received = signal.SIGINT
        now = time.monotonic()
        self.interrupts = [t for t in self.interrupts if now - t < ESCALATE_WINDOW_S] + [now]
        count = len(self.interrupts)
        if count == 1:
            if not delivered:
                self._send(signal.SIGINT)
        elif count == 2:
            _say("expctl: second interrupt: sending SIGTERM to the command (again to kill it)")
            self._send(signal.SIGTERM)
        else:
            _say("expctl: third interrupt: killing the command and every process it started")
            self._kill_tree()

    def _terminal_delivers_interrupt(self) -> bool:
        """A Ctrl-C typed at our terminal also reached the child when it shares our process group."""
        return (not self.conn.is_pty and not self.conn.own_group
                and any(isatty(fd) and is_foreground(fd) for fd in (0, 1, 2)))

    def _kill_tree(self) -> None:
        """SIGKILL the child and all its descendants, including those in process groups of their
        own (workers, daemons), so that nothing is left orphaned behind a killed command."""
        for pid in [*descendants(self.child.pid), self.child.pid]:
            try:
                os.kill(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def _send(self, signum: int) -> None:
        try:
            if self.conn.is_pty or self.conn.own_group:
                os.killpg(self.child.pid, signum)  # the child's whole group: workers included
            else:
                os.kill(self.child.pid, signum)
        except ProcessLookupError:
            pass

    def result(self) -> ChildResult:
        assert self.status is not None, "asked once the child was waited for"
        status, rusage = self.status
        killed = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        code = 128 + killed if killed else os.WEXITSTATUS(status)
        return ChildResult(code, killed, self.received, rusage)


def _say(message: str) -> None:
    write_all_safely(2, (message + "\n").encode())
