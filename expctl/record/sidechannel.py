"""The structured side channel: exact metrics from a script, without printing them.

Under ``expctl run``, the child finds in ``EXPCTL_METRICS_FILE`` the path of a file to append JSON
lines to, one per `log` call::

    {"time": 1764316800.5, "step": 3, "metrics": {"loss": 0.5, "acc": 0.91}}

``step`` may be null; nested objects in ``metrics`` are flattened with ``/`` as in printed JSON.
The recorder reads what was appended at every flush and once more when the command ends; the
points get the time the script logged them at. ``import expctl; expctl.log(loss=0.5, step=3)``
is the helper; it does nothing outside ``expctl run``.

Why a file path rather than an inherited pipe descriptor:

- **It never blocks.** Writing to a pipe blocks (or fails) when the reader falls behind or is
  gone; appending to a regular file does neither, so a slow or killed expctl cannot stall or
  break the training script.
- **Every descendant can use it.** A path in the environment works in workers started with
  ``close_fds`` (subprocess's default), with multiprocessing's spawn, in ``torchrun`` ranks; an
  inherited descriptor is closed there, and its number, still in the environment, could then
  name an unrelated file the worker opened.
- **Concurrent writers are safe.** Each `log` call is one ``write`` of one line with
  ``O_APPEND``: lines from several processes never interleave (regular files on local file
  systems serialise appends).

The helper opens the file without ``O_CREAT``: once the run is over and the file removed, `log`
quietly does nothing instead of leaving files behind. Errors of any kind are swallowed.
"""

from __future__ import annotations

import os

ENV_VAR = "EXPCTL_METRICS_FILE"
STREAM = "metrics"  # the log stream the recorder stores the raw lines under, for `expctl reparse`

_writer: tuple[int, str, int] | None = None  # (pid, path, fd) of this process's open file
_disabled: tuple[int, str] | None = None  # (pid, path) that could not be opened


def log(step: float | None = None, **metrics: float) -> None:
    """Record `metrics` (name=number) for the ``expctl run`` this process runs under, at `step`
    (per-metric counters when None). Does nothing, and never raises, when not under expctl.

    Values may be anything `float()` accepts (NumPy and PyTorch scalars included); others are
    skipped. A metric cannot be called ``step``: that keyword is the step.
    """
    path = os.environ.get(ENV_VAR)
    if not path or not metrics:
        return
    try:
        line = _encode(step, metrics)
        if line:
            _write(path, line)
    except Exception:  # the script must never fail because of its metrics
        pass


def _encode(step: float | None, metrics: dict) -> bytes:
    import json
    import time

    values = {}
    for name, value in metrics.items():
        try:
            values[str(name)] = float(value)
        except (TypeError, ValueError, OverflowError):
            continue
    if not values:
        return b""
    try:
        step = None if step is None else float(step)
    except (TypeError, ValueError, OverflowError):
        step = None
    record = {"time": time.time(), "step": step, "metrics": values}
    return (json.dumps(record, separators=(",", ":")) + "\n").encode("utf-8", "replace")


def _write(path: str, line: bytes) -> None:
    global _writer, _disabled
    pid = os.getpid()
    if _disabled == (pid, path):
        return
    if _writer is None or _writer[:2] != (pid, path):
        fd = _open(path)
        if fd is None:
            _disabled = (pid, path)
            return
        _writer = (pid, path, fd)
    try:
        os.write(_writer[2], line)
    except OSError:  # disk full, file gone on a network file system, ...: stop trying
        _disabled = (pid, path)


def _open(path: str) -> int | None:
    """The file opened for appending, or None: it must exist (expctl made it) and be a regular
    file (O_NONBLOCK: a FIFO named by mistake fails to open instead of blocking)."""
    import stat

    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


# -- the recorder's side --------------------------------------------------------------------


class MetricsFile:
    """The recorder's end: creates the file the child appends to, and reads what is new."""

    ENV_VAR = ENV_VAR  # the child's environment variable that names `path`

    def __init__(self, path: str, fd: int):
        self.path = path
        self._fd = fd
        self._offset = 0  # bytes read so far
        self._partial = b""  # the start of a line whose end has not been written yet

    @classmethod
    def create(cls, run_uuid: str) -> MetricsFile | None:
        """A new empty file in the temporary directory, readable and writable by its owner
        only; None when it cannot be made (the run then has no side channel)."""
        folder = os.environ.get("TMPDIR") or "/tmp"
        path = os.path.join(folder, f"expctl-metrics-{run_uuid}.jsonl")
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except OSError:
            return None
        return cls(path, fd)

    def read(self) -> tuple[int, bytes]:
        """(offset, data): the complete lines appended since the last call, and where they
        start in the file. A line still being written is kept for the next call."""
        chunks = []
        while True:
            try:
                data = os.pread(self._fd, 1 << 20, self._offset)
            except OSError:
                break
            if not data:
                break
            self._offset += len(data)
            chunks.append(data)
        data = self._partial + b"".join(chunks)
        end = data.rfind(b"\n") + 1
        start = self._offset - len(data)
        self._partial = data[end:]
        return start, data[:end]

    def close(self) -> None:
        """Stop reading and remove the file; a late `log` call then finds nothing to write to."""
        try:
            os.close(self._fd)
        except OSError:
            pass
        try:
            os.unlink(self.path)
        except OSError:
            pass


def read_points(data: bytes, counters: dict[str, float], out: dict, when: float) -> None:
    """Append the points of side-channel lines `data` to `out` (name → Series). Lines that are
    not such records are skipped; a point without a step takes the next value of its name's
    counter in `counters`; a record without a usable time gets `when`."""
    import json
    import math

    from ..metrics.objects import flatten
    from ..records import Series

    for line in data.splitlines():
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if not isinstance(record, dict) or not isinstance(record.get("metrics"), dict):
            continue
        step = _number(record.get("step"))
        if step is not None and not math.isfinite(step):
            step = None
        time = _number(record.get("time"))
        time = time if time is not None and math.isfinite(time) else when
        for name, value in flatten(record["metrics"], strings=False):
            series = out.get(name)
            if series is None:
                series = out[name] = Series()
            if step is None:
                point_step = counters.get(name, 0.0)
                counters[name] = point_step + 1.0
            else:
                point_step = step
            series.append(point_step, time, value)


def read_params(data: bytes) -> list[tuple[str, dict]]:
    """(origin, values) of each params record among side-channel lines `data`, as the start-up
    hook writes them (expctl/pyhook/sitecustomize.py):
    `{"time": …, "source": "hook", "origin": "argparse", "params": {"lr": 0.1, …}}`.
    Other lines, and records of another source, are skipped (a script cannot pose as argv)."""
    import json

    out = []
    for line in data.splitlines():
        if b'"params"' not in line:  # the cheap test first: metric lines are the many
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if (isinstance(record, dict) and record.get("source") == "hook"
                and isinstance(record.get("params"), dict) and isinstance(record.get("origin"), str)):
            out.append((record["origin"][:100], record["params"]))
    return out


def without_params(data: bytes) -> bytes:
    """Side-channel lines `data` less the params records: what is kept of them as the raw
    stream for `expctl reparse`. A record's values may hold a secret (an `--api-key` default):
    they are stored as params, where secrets are hidden, and nowhere else."""
    if b'"params"' not in data:
        return data
    return b"".join(line for line in data.splitlines(keepends=True) if not read_params(line))


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        return float(value)
    except OverflowError:
        return None
