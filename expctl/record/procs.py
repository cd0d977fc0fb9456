"""Process identity: a pid alone is reused, a (pid, start time) pair is not."""

from __future__ import annotations

import os


def process_start_time(pid: int) -> float | None:
    """The process's start time in seconds since the epoch, or None when it does not exist.

    Read from /proc on Linux (no import needed); elsewhere from psutil. Precise to the clock tick,
    which is enough to tell a live recorder from a reused pid.
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
        # The command name may hold spaces and parentheses: fields start after the last ')'.
        ticks = int(stat[stat.rindex(b")") + 2:].split()[19])
        return _boot_time() + ticks / os.sysconf("SC_CLK_TCK")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, IndexError):
        return _psutil_start_time(pid)


def _boot_time() -> float:
    with open("/proc/stat", "rb") as fh:
        for line in fh:
            if line.startswith(b"btime "):
                return float(line.split()[1])
    raise ValueError("no btime in /proc/stat")


def _psutil_start_time(pid: int) -> float | None:
    try:
        import psutil

        return psutil.Process(pid).create_time()
    except Exception:  # no such process, access denied, or psutil missing
        return None


def is_recorder_alive(pid: int | None, started: float | None) -> bool:
    """True when the process that recorded a run is still the one running under that pid."""
    if pid is None:
        return False
    now_started = process_start_time(pid)
    if now_started is None:
        return False
    return started is None or abs(now_started - started) < 1.0


# Cheaper than socket.gethostname, getpass.getuser and uuid.uuid4, whose imports cost `expctl run`
# about 12 ms together; same results on Unix.


def hostname() -> str:
    return os.uname().nodename


def username() -> str:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if os.environ.get(name):
            return os.environ[name]
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):
        return str(os.getuid())


def new_uuid() -> str:
    """A random (version 4) UUID as 32 hex digits."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    return raw.hex()


def which(program: str, path: str | None = None) -> str | None:
    """The executable `program` would run as, searching `path` (default $PATH) like a shell.

    shutil.which does the same, but importing shutil costs `expctl run` about 3 ms.
    """
    if os.sep in program:
        return program if _is_executable(program) else None
    for folder in (path if path is not None else os.environ.get("PATH", os.defpath)).split(os.pathsep):
        candidate = os.path.join(folder or ".", program)
        if _is_executable(candidate):
            return candidate
    return None


def _is_executable(path: str) -> bool:
    return os.access(path, os.X_OK) and not os.path.isdir(path)
