"""Reading an export file on every core: worker processes parse and check its lines while this
process writes the runs to the store.

The lines after the header are cut into chunks of CHUNK_LINES; chunk k goes to worker k % n.
Each worker reads the whole file (lines.read_binary_lines: the lines of other workers are
skipped undecoded), runs runs.line_item on each of its own (parse, check, decode: the same
outcome and message as in one process) and sends the chunk's items, pickled, down a pipe of
its own. This process reads the chunks in order, one from each worker in turn, so the runs
reach runs.import_runs in file order: ids, skips, conflicts and refused lines come out as in
one process. A pipe holds at most a chunk or so: a worker waits while this process writes,
and memory stays flat.

Fork only (Linux), a regular file only (stdin is read in this process), and only before the
import's writer thread starts (start_import_workers: it checks the header first).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator

from ..errors import ExpctlError
from .frames import exit_text, read_frame, write_frame
from .runs import Refused

CHUNK_LINES = 100     # lines a worker parses before it sends them (about 2 MB at 5 x 100 points)
MIN_BYTES = 8 << 20   # a smaller file: one process (starting workers costs more than it saves)
MAX_WORKERS = 8
_PIPE_SIZE = 1 << 20  # asked of the kernel for each pipe (it may give less)


def worker_count(path: str) -> int:
    """How many worker processes to read this file with; 0: in this process."""
    if path == "-" or not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 0
    try:
        info = os.stat(path)
    except OSError:
        return 0
    if not stat.S_ISREG(info.st_mode) or info.st_size < MIN_BYTES:
        return 0
    # this process has the store's writes to make: a core is left to it
    return max(0, min(len(os.sched_getaffinity(0)) - 1, MAX_WORKERS))


class ImportWorkers:
    """Worker processes reading the lines of one export file (after its header). `items()`
    gives runs.read_export's `rest`; `close()` stops the workers (also part-way)."""

    def __init__(self, path: str, source: str, max_line_mb: float, take_blobs: bool, workers: int):
        self.pids: list[int] = []
        self.pipes: list[int] = []
        for w in range(workers):
            read_end, write_end = os.pipe()
            try:
                pid = os.fork()
            except OSError:
                os.close(read_end)
                os.close(write_end)
                self.close()
                raise ExpctlError("cannot start the import's worker processes",
                                  hint="the system refuses more processes; try again") from None
            if pid == 0:  # the worker: never returns
                for earlier in self.pipes:
                    os.close(earlier)
                os.close(read_end)
                _worker(path, source, max_line_mb, take_blobs, w, workers, write_end)
            os.close(write_end)
            self.pids.append(pid)
            self.pipes.append(read_end)

    def items(self) -> Iterator[tuple[int, tuple[str, object] | None]]:
        """(number, line item) for each line after the header, in order; last (number of
        lines, None)."""
        chunk = 0
        while True:
            frame = read_frame(self.pipes[chunk % len(self.pipes)])
            if frame is None or frame[0] == "error":
                why = frame[1] if frame else self._stopped()
                self.close()
                raise ExpctlError(f"the import's worker process stopped ({why})",
                                  hint="runs before this point were imported; import the file "
                                       "again to add the rest (present runs are skipped)")
            kind, index, items, lines = frame
            if kind == "end":
                yield lines, None
                return
            assert index == chunk, "the workers send their chunks in order"
            yield from _from_wire(items)
            chunk += 1

    def close(self) -> None:
        """Stop the workers: a worker still writing finds its pipe closed and exits."""
        for fd in self.pipes:
            os.close(fd)
        self.pipes = []
        for pid in self.pids:
            os.waitpid(pid, 0)
        self.pids = []

    def _stopped(self) -> str:
        """How a worker that closed its pipe part-way ended (the others are stopped first)."""
        for fd in self.pipes:
            os.close(fd)
        self.pipes = []
        statuses = [os.waitpid(pid, 0)[1] for pid in self.pids]
        self.pids = []
        for status in statuses:
            if os.WIFSIGNALED(status):
                return exit_text(status)
        return "without a word"


def start_import_workers(path: str, source: str, max_line_mb: float, take_blobs: bool) -> ImportWorkers | None:
    """Worker processes for this file, or None where it is read in this process. Checks the
    header first (runs.check_header's errors), so that workers start for an export file only."""
    workers = worker_count(path)
    if workers < 1:
        return None
    from .lines import read_binary_lines
    from .runs import check_header

    try:
        with open(path, "rb") as raw:
            first = next(read_binary_lines(raw, int(max_line_mb * (1 << 20)), lambda n: n == 1), (1, ""))[1]
    except OSError:
        return None  # open_source says why
    check_header(first, source)
    return ImportWorkers(path, source, max_line_mb, take_blobs, workers)


def _worker(path, source, max_line_mb, take_blobs, w, workers, out) -> None:
    code = 0
    try:
        _parse_chunks(path, source, max_line_mb, take_blobs, w, workers, out)
    except BrokenPipeError:  # the import stopped: nobody reads any more
        code = 1
    except BaseException as exc:
        code = 1
        try:
            write_frame(out, ("error", f"{type(exc).__name__}: {exc}"[:500]))
        except BaseException:
            pass
    finally:
        os._exit(code)  # none of the parent's cleanup (its store connection among them)


def _parse_chunks(path, source, max_line_mb, take_blobs, w, workers, out) -> None:
    import fcntl

    from ..models import paused_gc
    from .lines import read_binary_lines
    from .runs import READ_BUFFER, line_item

    try:
        fcntl.fcntl(out, 1031, _PIPE_SIZE)  # F_SETPIPE_SZ: a chunk goes in a write or two
    except OSError:
        pass

    def mine(number: int) -> bool:
        return number >= 2 and (number - 2) // CHUNK_LINES % workers == w

    chunk, count = w, [0]
    items: list[tuple] = []
    limit = int(max_line_mb * (1 << 20))
    with open(path, "rb", buffering=READ_BUFFER) as raw, paused_gc():
        for number, line in read_binary_lines(raw, limit, mine, count):
            index = (number - 2) // CHUNK_LINES
            if index != chunk and items:
                write_frame(out, ("chunk", chunk, items, None), plain=True)
                items = []
            chunk = index
            items.append((number, _to_wire(line_item(number, line, source, max_line_mb, take_blobs))))
        if items:
            write_frame(out, ("chunk", chunk, items, None), plain=True)
    write_frame(out, ("end", None, None, count[0]))


# A chunk crosses the pipe as marshal's bytes (frames.write_frame's `plain`; version 4: an object
# that several runs share, a chunk's env, is written once and read back as one): marshal writes
# and reads plain values at about 60% and 90% of pickle's cost (12.5 and 16.8 us a run of 5 x
# 100 points, against 20.5 and 18.9). It takes plain values only: a run's series cross as plain
# tuples (their columns come back as bytes), a Refused as the tuple of its fields.
_as_packed = tuple.__new__


def _to_wire(item: tuple[str, object] | None):
    if item is None:
        return None
    kind, value = item
    if type(value) is Refused:
        return kind, tuple(value)
    if kind == "run" and type(value) is dict:
        metrics = value["metrics"]
        for name, series in metrics.items():
            metrics[name] = tuple(series)
    return item


def _from_wire(items: list) -> list:
    """The chunk's items with each run's series as PackedSeries again, each Refused as one
    (see _to_wire)."""
    from ..store.rows import PackedSeries

    for at, (number, item) in enumerate(items):
        if item is None:
            continue
        kind, value = item
        if type(value) is tuple:
            items[at] = number, (kind, Refused(*value))
        elif kind == "run" and type(value) is dict:
            metrics = value["metrics"]
            for name, series in metrics.items():
                metrics[name] = _as_packed(PackedSeries, series)
    return items
