"""Run a short helper program (git, the interpreter's own `python -c`, nvidia-smi, sysctl) and
take its answer, never waiting past a time limit nor leaving it behind: the one runner for the
captures and for `expctl.gitcmd`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence

from expctl.models import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    import subprocess

STDERR_LIMIT = 64 * 1024  # bytes of a child's stderr we keep; only its first line is ever shown
READ_CHUNK = 64 * 1024


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
    cwd: str | None = None,
    env: dict[str, str] | None = None,
    max_stdout: int | None = None,
) -> ProcessResult:
    """Run `args` with stdin closed, collecting its output, for at most `timeout` seconds.

    The child gets its own session so that on timeout (or once stdout passes `max_stdout` bytes)
    the whole process group is killed: a wrapper script that hangs in `sleep` must not outlive us
    nor keep the pipes open. Raises OSError only when the program cannot be started
    (FileNotFoundError when it does not exist). POSIX only.
    """
    import subprocess  # here: a run outside a git repository starts no helper and needs none

    proc = subprocess.Popen(
        list(args),
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + timeout
    out, err = bytearray(), bytearray()
    ending = "error"
    try:
        ending = _pump_output(proc, deadline, out, err, max_stdout)
        if ending == "eof":
            # Both pipes are closed so it is exiting, though a daemonising child could linger.
            try:
                proc.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                ending = "timeout"
    finally:
        if ending != "eof":  # also when reading failed: never leave the process behind
            _kill_group(proc)
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:  # always set: both were opened as pipes
                pipe.close()
    return ProcessResult(
        returncode=proc.returncode if ending == "eof" else None,
        stdout=bytes(out),
        stderr=bytes(err),
        timed_out=ending == "timeout",
        truncated=ending == "cap",
    )


def _pump_output(proc, deadline, out: bytearray, err: bytearray, max_stdout: int | None) -> str:
    """Read both pipes until EOF ("eof"), the deadline ("timeout") or stdout's cap ("cap")."""
    import selectors  # here, as subprocess: loaded with it, only when a helper runs

    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ, out)
        selector.register(proc.stderr, selectors.EVENT_READ, err)
        while selector.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return "timeout"
            for key, _ in selector.select(remaining):
                chunk = os.read(key.fd, READ_CHUNK)
                if not chunk:
                    selector.unregister(key.fileobj)
                elif key.data is out:
                    out.extend(chunk)
                    if max_stdout is not None and len(out) > max_stdout:
                        return "cap"
                elif len(err) < STDERR_LIMIT:
                    err.extend(chunk)
    return "eof"


def _kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the child's process group and reap the child, never waiting more than a second."""
    import signal
    import subprocess

    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(1.0)
    except subprocess.TimeoutExpired:
        pass  # stuck in the kernel (e.g. a dead NFS mount); Popen reaps it later
