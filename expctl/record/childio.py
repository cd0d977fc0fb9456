"""How the child is connected: its standard streams, its process group, its terminal.

* **pipes**: the child keeps expctl's stdin; stdout and stderr come through pipes (one pipe for
  both when they go to the same place, `same_destination`). Without a controlling terminal the
  child leads a process group of its own (see `expctl.record.runner` on signals).
* **pty**: stdout, and stderr when it is a terminal too, are pseudo-terminals (one for both when
  they are the same terminal); the child leads its own session with the stdout pty as its
  controlling terminal, and keystrokes are forwarded to it.

Descriptors the shell gave expctl pass to the child (expctl's own are close-on-exec); a stream
the shell closed stays closed for it (`plug_closed_std_fds`). `Watched`: what the pump waits on.
"""

from __future__ import annotations

import errno
import os
import sys

from ..terminal import isatty

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    import selectors
    import signal
    import subprocess
else:
    try:  # signal's C half: the `signal` module makes enums of it at import (`enum`, ~3 ms)
        import _signal as signal
    except ImportError:  # another Python
        import signal

# The stream name of stdout and stderr read through one pipe or pty (they went to the same place,
# see `same_destination`): which of the two a byte came from is not known.
MERGED = "output"
PIPE_SIZE = 1 << 20  # a roomier pipe lets a fast child run ahead while a chunk is parsed


def plug_closed_std_fds() -> frozenset[int]:
    """Which of fds 0, 1, 2 expctl was started without (`>&-`, `2>&-`), each now taken by
    /dev/null so that no descriptor expctl opens lands there (a pipe on fd 1 would swallow the
    child's output). The plugs are close-on-exec: the child starts with the same streams closed,
    as it would from the shell."""
    closed = []
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            closed.append(fd)
    for fd in closed:
        plug = os.open(os.devnull, os.O_RDWR)  # the lowest free number: this gap
        if plug != fd:
            os.dup2(plug, fd, inheritable=False)
            os.close(plug)
    return frozenset(closed)




class Connection:
    """The child's stdin/stdout/stderr, and our ends of them."""

    def __init__(self):
        self.child_stdin: int | None = None  # None: inherit ours
        self.child_stdout: int | None = None  # None: inherit ours (a closed stream stays closed)
        self.child_stderr: int | None = None
        self.reads: dict[int, str] = {}  # our read end -> stream name
        self.stdin_to: int | None = None  # forward our stdin to this fd (pty master)
        self.is_pty = False
        self.own_group = False  # the child leads a process group of its own (see connect_pipes)
        # Every read end is a pipe enlarged to PIPE_SIZE: output may wait in it a moment without
        # holding a fast child up (the pump naps between small reads, see relay.NAP_US).
        self.roomy = False
        self._saved_tty = None

    def close_child_ends(self) -> None:
        for fd in {self.child_stdout, self.child_stderr, self.child_stdin}:
            if fd is not None:
                os.close(fd)

    def close_all(self) -> None:
        self.close_child_ends()
        for fd in self.reads:
            os.close(fd)

    def terminal_mode(self):
        return _RawStdin(self) if self.stdin_to is not None else _nothing()


def connect_pipes(closed: frozenset[int]) -> Connection:
    conn = Connection()
    merged = not {1, 2} & closed and same_destination(1, 2)
    if merged:
        read, conn.child_stdout = os.pipe()
        conn.child_stderr = conn.child_stdout
        conn.reads[read] = MERGED
    # Without a controlling terminal there is no job control to keep the child in our process
    # group for; in a group of its own, a signal sent to our group (`timeout`, `kill -- -PGID`)
    # reaches it once, through us, and never twice.
    conn.own_group = not has_controlling_terminal()
    if 1 not in closed and not merged:
        out_r, conn.child_stdout = os.pipe()
        conn.reads[out_r] = "stdout"
    if 2 not in closed and not merged:
        err_r, conn.child_stderr = os.pipe()
        conn.reads[err_r] = "stderr"
    conn.roomy = all([_enlarge_pipe(fd) for fd in conn.reads])
    return conn


class Watched:
    """The descriptors the pump waits on, in the order given. The compiled pump polls them
    itself; only the pure-Python pump needs a selector, made when first asked to `select`
    (importing `selectors` costs about 1 ms of every run's start)."""

    def __init__(self):
        self.fds: dict[int, None] = {}
        self._selector: selectors.BaseSelector | None = None

    def register(self, fd: int) -> None:
        self.fds[fd] = None
        if self._selector is not None:
            self._selector.register(fd, 1)  # selectors.EVENT_READ

    def unregister(self, fd: int) -> None:
        del self.fds[fd]
        if self._selector is not None:
            self._selector.unregister(fd)

    def select(self, timeout: float | None) -> list[int]:
        """The descriptors ready to be read within `timeout` s (None: no limit)."""
        if self._selector is None:
            import selectors

            self._selector = selectors.DefaultSelector()
            for fd in self.fds:
                self._selector.register(fd, selectors.EVENT_READ)
        return [key.fd for key, _ in self._selector.select(timeout)]

    def close(self) -> None:
        if self._selector is not None:
            self._selector.close()


def same_destination(fd: int, other: int) -> bool:
    """True when both descriptors write to the same terminal, pipe or file (`2>&1`): the
    child's two streams then go through one pipe or pty, so the order it wrote them in, which
    the person sees, is kept live and in the log (at the cost of telling them apart)."""
    try:
        one, two = os.fstat(fd), os.fstat(other)
    except OSError:
        return False
    return (one.st_dev, one.st_ino) == (two.st_dev, two.st_ino)


def real_fd(stream: str) -> int:
    """Where a stream's bytes are echoed: stderr to our fd 2, stdout and MERGED to fd 1."""
    return 2 if stream == "stderr" else 1


def has_controlling_terminal() -> bool:
    try:
        os.close(os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY))
        return True
    except OSError:
        return False


def _enlarge_pipe(fd: int) -> bool:
    """Whether the pipe now holds PIPE_SIZE bytes or more."""
    try:  # the compiled pump's: the `fcntl` module costs about 1 M instructions to load
        from ._pump import enlarge_pipe
        return enlarge_pipe(fd, PIPE_SIZE)
    except ImportError:  # built without a C compiler
        pass
    import fcntl

    try:
        return fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_SIZE) >= PIPE_SIZE
    except OSError:
        return False  # not Linux, or above /proc/sys/fs/pipe-max-size: the default size works too


def connect_pty(closed: frozenset[int]) -> Connection:
    import pty

    conn = Connection()
    conn.is_pty = True
    out_master, conn.child_stdout = pty.openpty()
    _copy_terminal(1, conn.child_stdout)
    conn.reads[out_master] = "stdout"
    if isatty(2) and same_destination(1, 2):  # one terminal: one pty keeps the order
        conn.child_stderr = conn.child_stdout
        conn.reads[out_master] = MERGED
    elif isatty(2):
        err_master, conn.child_stderr = pty.openpty()
        _copy_terminal(2, conn.child_stderr)
        conn.reads[err_master] = "stderr"
    elif 2 not in closed:
        err_master, conn.child_stderr = os.pipe()
        conn.reads[err_master] = "stderr"
    if isatty(0) and is_foreground(0):
        conn.child_stdin = os.dup(conn.child_stdout)
        conn.stdin_to = out_master
    return conn


def _copy_terminal(real_fd: int, slave_fd: int) -> None:
    """Give the pty our terminal's modes and size, minus output post-processing, so that the bytes
    the child writes reach us unchanged (the real terminal does its own `\\n` -> `\\r\\n`)."""
    import termios

    try:
        attrs = termios.tcgetattr(real_fd if isatty(real_fd) else slave_fd)
        attrs[1] &= ~termios.OPOST
        termios.tcsetattr(slave_fd, termios.TCSANOW, attrs)
    except (termios.error, OSError):
        pass
    copy_window_size(real_fd, slave_fd)


def copy_window_size(real_fd: int, target_fd: int) -> None:
    import fcntl
    import termios

    try:
        size = fcntl.ioctl(real_fd, termios.TIOCGWINSZ, b"\0" * 8)
        fcntl.ioctl(target_fd, termios.TIOCSWINSZ, size)
    except OSError:
        pass


def is_foreground(fd: int) -> bool:
    try:
        return os.tcgetpgrp(fd) == os.getpgrp()
    except OSError:
        return False


class Child:
    """The started command: its `pid`, and its exit status (`returncode`) once the runner has
    waited for it. `popen`: the subprocess.Popen that started it, if one did; it is told the
    status too, so that it never tries to reap the command itself."""

    def __init__(self, pid: int, popen: subprocess.Popen | None = None):
        self.pid = pid
        self.popen = popen
        self._returncode: int | None = None

    @property
    def returncode(self) -> int | None:
        return self._returncode

    @returncode.setter
    def returncode(self, code: int | None) -> None:
        self._returncode = code
        if self.popen is not None:
            self.popen.returncode = code


def spawn(argv: list[str], env: dict[str, str], conn: Connection) -> Child:
    started = None if conn.is_pty else _spawn_compiled(argv, env, conn)
    if started is not None:
        return started
    try:  # out of memory for it (ulimit -v, no compiled helper): ENOMEM, no child exists yet
        import subprocess
    except (MemoryError, ImportError) as exc:  # ImportError: "failed to map segment" of _posixsubprocess
        raise OSError(errno.ENOMEM, "out of memory (ulimit -v)") from exc
    return Child(*_popen(subprocess, argv, env, conn))


def _spawn_compiled(argv: list[str], env: dict[str, str], conn: Connection) -> Child | None:
    """The command started by the compiled helper (`_deathsig.spawn`) as subprocess would, and
    with no Python run between fork and exec; when it gets a process group of its own, it
    also gets SIGHUP when expctl dies (see `_hang_up_with_us`). None where the helper was not
    built (no C compiler) or on another system."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        from ._deathsig import spawn as compiled
    except ImportError:
        return None
    program = os.fsencode(argv[0])
    if os.path.dirname(program):
        executables = [program]
    else:  # looked up on the command's own PATH, as subprocess does (os.get_exec_path's
        # rule, without the `warnings` module it imports for bytes keys, which `env` has none of)
        path = env.get("PATH")
        folders = (os.defpath if path is None else path).split(os.pathsep)
        executables = [os.path.join(os.fsencode(folder), program) for folder in folders]
    environment = []
    for name, value in env.items():
        key = os.fsencode(name)
        if b"=" in key:
            raise ValueError("illegal environment variable name")
        environment.append(key + b"=" + os.fsencode(value))
    pid = compiled(executables or [program], [os.fsencode(word) for word in argv], environment,
                   -1 if conn.child_stdout is None else conn.child_stdout,
                   -1 if conn.child_stderr is None else conn.child_stderr, conn.own_group,
                   int(signal.SIGHUP) if conn.own_group else 0, os.getpid())
    return Child(pid)


def _popen(subprocess, argv: list[str], env: dict[str, str], conn: Connection):
    """(pid, Popen) of the command started by subprocess."""
    if not conn.is_pty:
        proc = subprocess.Popen(
            argv, env=env, stdout=conn.child_stdout, stderr=conn.child_stderr, close_fds=False,
            process_group=0 if conn.own_group else None,
            preexec_fn=_hang_up_with_us() if conn.own_group else None,
        )
        return proc.pid, proc
    # A new session whose controlling terminal is the stdout pty: the child gets Ctrl-C, SIGWINCH
    # and job control from it. Runs in the forked child before exec; no thread is running yet.
    proc = subprocess.Popen(
        argv, env=env, stdin=conn.child_stdin, stdout=conn.child_stdout,
        stderr=conn.child_stderr, close_fds=False, start_new_session=True,
        preexec_fn=_take_controlling_terminal,
    )
    return proc.pid, proc


def _hang_up_with_us():
    """For a child in a process group of its own: a function, run in it before exec, that has
    the kernel send it SIGHUP when expctl dies (as a pty's child gets when its terminal goes), so
    that a SIGKILL to expctl's group (`timeout -s KILL`, a CI runner's last resort) does not
    leave it running. None where prctl is not available."""
    if not sys.platform.startswith("linux"):
        return None
    parent = os.getpid()
    try:
        from ._deathsig import set_death_signal as compiled  # cheap: no ctypes to import
    except ImportError:  # built without a C compiler
        compiled = None  # type: ignore[assignment]  # the stub types the helper when it was built
    hang_up = int(signal.SIGHUP)
    if compiled is not None:
        return lambda: compiled(hang_up, parent)
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (ImportError, OSError, AttributeError):
        return None

    def set_death_signal() -> None:
        prctl(1, hang_up, 0, 0, 0)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # expctl died before the line above
            os.kill(os.getpid(), hang_up)

    return set_death_signal


def process_group(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except OSError:
        return None


def descendants(pid: int) -> list[int]:
    """Pids of every process below `pid` (children first), or [] when they cannot be listed.

    The signal handlers call this, so it imports nothing: a signal may come while the main
    thread is inside an import and another thread inside a second one (the resource monitor's
    `psutil`), and an import in the handler then waits on that thread while it waits on the
    main thread's, for ever. On Linux /proc is read with `os` alone; elsewhere psutil is used
    only once another thread has finished importing it."""
    if os.path.isdir("/proc/self/task"):
        return _proc_descendants(pid)
    psutil = sys.modules.get("psutil")
    if psutil is None:
        return []
    try:
        return [child.pid for child in psutil.Process(pid).children(recursive=True)]
    except Exception:  # psutil half imported, the process gone, or access denied
        return []


def _proc_descendants(pid: int) -> list[int]:
    """`descendants` from /proc: each thread's `children` file where the kernel has them
    (CONFIG_PROC_CHILDREN), else every process's parent read from its `stat`."""
    if not os.path.exists(f"/proc/self/task/{os.getpid()}/children"):
        return _stat_descendants(pid)
    found: list[int] = []
    parents = [pid]
    while parents:
        kids: list[int] = []
        for parent in parents:
            try:
                threads = os.listdir(f"/proc/{parent}/task")
            except OSError:  # gone
                continue
            for thread in threads:
                try:
                    with open(f"/proc/{parent}/task/{thread}/children", "rb") as fh:
                        kids.extend(int(word) for word in fh.read().split())
                except OSError:  # the thread ended
                    pass
        found += kids
        parents = kids
    return found


def _stat_descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as fh:
                    stat = fh.read()
            except OSError:  # gone
                continue
            parent = int(stat[stat.rindex(b")") + 2:].split()[1])  # after the (command name)
            children.setdefault(parent, []).append(int(name))
    found: list[int] = []
    parents = [pid]
    while parents:
        parents = [kid for parent in parents for kid in children.get(parent, ())]
        found += parents
    return found


def generates_signals(pty_fd: int) -> bool:
    """True when the pty turns Ctrl-C into SIGINT (ISIG set; a full-screen program clears it)."""
    import termios

    try:
        return bool(termios.tcgetattr(pty_fd)[3] & termios.ISIG)
    except (termios.error, OSError):
        return False


def _take_controlling_terminal() -> None:
    import fcntl
    import termios

    fcntl.ioctl(1, termios.TIOCSCTTY, 0)


class _RawStdin:
    """Our terminal in raw input mode while keystrokes are forwarded; output processing is kept."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.saved: list | None = None

    def __enter__(self):
        import termios

        try:
            self.saved = termios.tcgetattr(0)
            attrs = termios.tcgetattr(0)
            attrs[0] &= ~(termios.ICRNL | termios.IXON | termios.INLCR | termios.IGNCR)
            attrs[3] &= ~(termios.ICANON | termios.ECHO | termios.ISIG | termios.IEXTEN)
            attrs[6][termios.VMIN] = 1
            attrs[6][termios.VTIME] = 0
            termios.tcsetattr(0, termios.TCSAFLUSH, attrs)
        except (termios.error, OSError):
            self.saved = None
        return self

    def __exit__(self, *exc):
        import termios

        if self.saved is not None:
            try:
                termios.tcsetattr(0, termios.TCSAFLUSH, self.saved)
            except (termios.error, OSError):
                pass
        return False


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def write_all(fd: int, data: bytes) -> None:
    """os.write until every byte is written (pipes and terminals may take less at a time)."""
    view = memoryview(data)
    while view:
        try:
            written = os.write(fd, view)
        except BlockingIOError:
            import selectors

            selectors.DefaultSelector().select(0.05)  # a non-blocking stdout: wait and retry
            continue
        view = view[written:]


def write_all_safely(fd: int, data: bytes) -> None:
    """write_all for expctl's own messages: a closed stderr must not stop anything."""
    try:
        write_all(fd, data)
    except OSError:
        pass
