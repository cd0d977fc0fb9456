"""Run a short helper program (git, the interpreter's own `python -c`, nvidia-smi, sysctl) and
take its answer, never waiting past a time limit nor leaving it behind: the one runner for the
captures and for `expctl.gitcmd`.

Why `os.posix_spawn` and not `subprocess`: importing subprocess (and the modules it pulls in)
costs about 50 M instructions, more than a whole bare `python -c pass`, and the git capture of
every `expctl run` in a repository paid it before the command could start. posix_spawn is in
`os` already; `select.poll` waits on the pipes. posix_spawn cannot change the child's working
directory (Python 3.11 has no such action): callers running git pass `git -C DIR`. subprocess
stays the fallback where posix_spawn cannot start the child as asked: no posix_spawnp, no
session flag, or no list of our open descriptors.

What the child gets, as subprocess gave it: stdin from /dev/null, stdout and stderr into pipes
of ours, a session of its own (so that the whole group can be killed), SIGPIPE and SIGXFSZ back
at their defaults, the environment asked for, and no descriptor of ours but 0, 1 and 2 (ours
are close-on-exec; the few a parent handed us are closed in the child by the spawn's actions).
"""

from __future__ import annotations

import os
import time

from expctl.models import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    import signal
    from collections.abc import Sequence  # collections: ~1.3 M instructions, for a hint
    import subprocess
else:
    try:  # signal's C half: the `signal` module makes enums of it at import (`enum`, ~3 ms)
        import _signal as signal
    except ImportError:  # another Python
        import signal

STDERR_LIMIT = 64 * 1024  # bytes of a child's stderr we keep; only its first line is ever shown
READ_CHUNK = 64 * 1024
KILL_WAIT_S = 1.0  # how long a killed child is waited for before a thread is left to reap it


class ProcessResult(Record):
    """What `run_bounded` saw: `returncode`, `stdout` and `stderr` bytes.

    `returncode` is None when the process was killed: `timed_out` (the deadline passed) or
    `truncated` (stdout passed `max_stdout`; `stdout` then holds at least `max_stdout` bytes).
    """

    returncode: int | None
    stdout: bytes
    stderr: bytes
    timed_out: bool = False
    truncated: bool = False

    def first_error_line(self) -> str:
        """What went wrong, for a warning: the first non-empty line of stderr, else of stdout (some
        tools, nvidia-smi among them, report errors there), else `exit status N`."""
        for stream in (self.stderr, self.stdout):
            for line in stream.decode("utf-8", "replace").splitlines():
                if line.strip():
                    return line.strip()[:200]
        return f"exit status {self.returncode}"


def run_bounded(
    args: Sequence[str],
    *,
    timeout: float,
    env: dict[str, str] | None = None,
    max_stdout: int | None = None,
) -> ProcessResult:
    """Run `args` with stdin closed, collecting its output, for at most `timeout` seconds.

    The child gets its own session so that on timeout (or once stdout passes `max_stdout` bytes)
    the whole process group is killed: a wrapper script that hangs in `sleep` must not outlive us
    nor keep the pipes open. `args[0]` is looked up on our own PATH. Raises OSError only when the
    program cannot be started (FileNotFoundError when it does not exist). POSIX only.
    """
    deadline = time.monotonic() + timeout
    child = _start(list(args), env)
    out, err = bytearray(), bytearray()
    ending, code = "error", None
    try:
        ending = _pump_output(child.out_fd, child.err_fd, deadline, out, err, max_stdout)
        if ending == "eof":
            # Both pipes are closed so it is exiting, though a daemonising child could linger.
            code = child.reap(max(0.0, deadline - time.monotonic()))
            if code is None:
                ending = "timeout"
    finally:
        if ending != "eof" or code is None:  # also when reading failed: never leave it behind
            child.kill()
        child.close()
    return ProcessResult(
        returncode=code,
        stdout=bytes(out),
        stderr=bytes(err),
        timed_out=ending == "timeout",
        truncated=ending == "cap",
    )


class _Child:
    """A started helper: its pid (leader of its own session), the read ends of its stdout and
    stderr pipes, and how to wait for it: a pidfd where the system has them, else polling
    `waitpid`; or the Popen that started it, on the fallback."""

    def __init__(self, pid: int, out_fd: int, err_fd: int, popen: subprocess.Popen | None = None):
        self.pid, self.out_fd, self.err_fd, self.popen = pid, out_fd, err_fd, popen
        self.pidfd: int | None = None
        if popen is None and hasattr(os, "pidfd_open"):
            try:
                self.pidfd = os.pidfd_open(pid)
            except OSError:  # a kernel before 5.3
                pass

    def reap(self, timeout: float) -> int | None:
        """Its exit status (negative: the signal that ended it) once it has ended within
        `timeout` seconds; None if it has not."""
        if self.popen is not None:
            import subprocess

            try:
                return self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                return None
        if self.pidfd is not None:
            import select

            poller = select.poll()
            poller.register(self.pidfd, select.POLLIN)
            poller.poll(int(timeout * 1000) + 1)
            return self._try_wait()
        return self._wait_polling(time.monotonic() + timeout)

    def _wait_polling(self, deadline: float) -> int | None:
        """`reap` without a pidfd: waitpid asked again after ever longer pauses (as Popen.wait)."""
        pause = 0.0005
        while True:
            code = self._try_wait()
            remaining = deadline - time.monotonic()
            if code is not None or remaining <= 0:
                return code
            time.sleep(min(pause, remaining))
            pause = min(pause * 2, 0.05)

    def _try_wait(self) -> int | None:
        try:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:  # reaped by the system (SIGCHLD ignored): as Popen, status 0
            return 0
        return os.waitstatus_to_exitcode(status) if pid == self.pid else None

    def kill(self) -> None:
        """SIGKILL its process group (ours alone: it leads a session we started) and reap it,
        waiting at most KILL_WAIT_S; one stuck in the kernel (a dead NFS mount) is left to a
        thread to reap."""
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if self.reap(KILL_WAIT_S) is None and self.popen is None:  # Popen reaps its own later
            import _thread

            try:
                _thread.start_new_thread(os.waitpid, (self.pid, 0))
            except RuntimeError:  # no thread can be started: it stays a zombie until we exit
                pass

    def close(self) -> None:
        for fd in (self.out_fd, self.err_fd, self.pidfd):
            if fd is not None:
                os.close(fd)


def _start(args: list[str], env: dict[str, str] | None) -> _Child:
    """`args` started with its output into two new pipes (see the module docstring)."""
    out_r, out_w = _pipe()
    err_r, err_w = _pipe()
    try:
        pid = _posix_spawn(args, env, out_w, err_w)
        popen = None
        if pid is None:
            popen = _popen(args, env, out_w, err_w)
            pid = popen.pid
    except BaseException:
        for fd in (out_r, err_r):
            os.close(fd)
        raise
    finally:
        os.close(out_w)
        os.close(err_w)
    return _Child(pid, out_r, err_r, popen)


def _pipe() -> tuple[int, int]:
    """A close-on-exec pipe whose ends are above 0, 1 and 2: where a standard stream of ours was
    closed, `os.pipe` hands out its number, and the child's dup2 onto 1 and 2 would then clobber
    one end with the other."""
    ends = []
    for fd in os.pipe():
        low = []
        while fd <= 2:
            low.append(fd)
            fd = os.dup(fd)  # close-on-exec, as os.pipe's
        for spare in low:
            os.close(spare)
        ends.append(fd)
    return ends[0], ends[1]


def _posix_spawn(args: list[str], env: dict[str, str] | None, out_w: int, err_w: int) -> int | None:
    """The child's pid, started by posix_spawnp; None where posix_spawn cannot start it as
    asked (no posix_spawnp or no session flag, or our descriptors cannot be listed)."""
    inherited = _inheritable_fds()
    if inherited is None or not hasattr(os, "posix_spawnp"):
        return None
    actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_DUP2, out_w, 1), (os.POSIX_SPAWN_DUP2, err_w, 2)]
    actions += [(os.POSIX_SPAWN_CLOSE, fd) for fd in inherited]
    try:
        return os.posix_spawnp(args[0], args, os.environ if env is None else env,
                               file_actions=actions, setsid=True, setsigdef=(signal.SIGPIPE, signal.SIGXFSZ))
    except NotImplementedError:  # built without POSIX_SPAWN_SETSID
        return None


def _inheritable_fds() -> list[int] | None:
    """Our open descriptors above 2 that a child would inherit: those a parent handed us (ours are
    close-on-exec). None where the open descriptors cannot be listed."""
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        found = []
        for name in names:
            fd = int(name)
            try:
                if fd > 2 and os.get_inheritable(fd):
                    found.append(fd)
            except OSError:  # the listing's own descriptor, closed since
                pass
        return found
    return None


def _popen(args: list[str], env: dict[str, str] | None, out_w: int, err_w: int
           ) -> subprocess.Popen:
    """The fallback: the child started by subprocess (which closes every other descriptor)."""
    import subprocess

    return subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=out_w,
                            stderr=err_w, start_new_session=True)


def _pump_output(out_fd: int, err_fd: int, deadline: float, out: bytearray, err: bytearray,
                 max_stdout: int | None) -> str:
    """Read both pipes until EOF ("eof"), the deadline ("timeout") or stdout's cap ("cap")."""
    import select  # a C module, cheap; only when a helper runs

    poller = select.poll()
    open_fds = {out_fd, err_fd}
    for fd in open_fds:
        poller.register(fd, select.POLLIN)
    while open_fds:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return "timeout"
        for fd, _ in poller.poll(int(remaining * 1000) + 1):
            chunk = os.read(fd, READ_CHUNK)
            if not chunk:
                poller.unregister(fd)
                open_fds.discard(fd)
            elif fd == out_fd:
                out.extend(chunk)
                if max_stdout is not None and len(out) > max_stdout:
                    return "cap"
            elif len(err) < STDERR_LIMIT:
                err.extend(chunk)
    return "eof"
