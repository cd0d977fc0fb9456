"""Writing an export on every core: worker processes that each encode a share of the runs and
write it, in order, to the one output.

The runs are cut into chunks of CHUNK_RUNS; chunk k goes to worker k % n. A worker encodes its
chunk into memory (transfer.export.run_line: the same bytes as the one-process export), waits
for its turn, writes the chunk with writev to the output it shares with the others (the same
open file, so the same offset: the chunks land one after the other) and hands the turn on to
the next worker. The turn is a byte passed round a ring of pipes: worker w reads it from pipe w
and writes it to pipe w + 1. So while one worker writes, the others encode, memory holds one
chunk per worker, and the file is byte for byte what one process writes.

To a file of its own (write_export's), where the system has O_DIRECT, the turn carries where
the chunk goes instead, and the bytes before it that were not written yet; the chunk is
written around the page cache (expctl.transfer.direct_write), after the turn is passed on.

A worker that fails (a damaged run, a full disk) reports its error on a pipe of the parent's
and exits without passing the turn on: the next worker finds its pipe closed and stops, and so
on round the ring. The parent raises the error of the earliest chunk that failed. (An O_DIRECT
write fails after its turn has gone on, so later chunks may still be written: the parent
raises all the same, and the file is removed.)

Fork only (Linux): the workers start as copies of the parent, each with a connection of its
own to the store (an SQLite connection is never used across a fork).
"""

from __future__ import annotations

import os
import pickle
import sys

from ..errors import ExpctlError
from .frames import exit_text, read_frame, write_frame

CHUNK_RUNS = 200     # runs encoded and written per turn (about 4 MB at 5 x 100 points)
MIN_RUNS = 2_000     # fewer runs: one process (starting workers costs more than it saves)
MAX_WORKERS = 8
_REPORT_MAX = 4000   # an error report, framed, fits one atomic pipe write (PIPE_BUF: 4096 on Linux)


def worker_count(store, n_runs: int) -> int:
    """How many worker processes to export these runs with; 1 means in this process. Only an
    SQLite file store, on a system with fork, with several cores to use."""
    if n_runs < MIN_RUNS or not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 1
    if not hasattr(store, "reopened") or store.path == ":memory:" or "://" in store.path:
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), MAX_WORKERS))


def write_with_workers(store, run_ids: list[int], fd: int, workers: int, head: bytes,
                       path: str | None = None) -> None:
    """Write `head` (the header line) and the run lines of `run_ids` to `fd` with `workers`
    processes. `path`: the file of `fd`, when it is a new file the export owns (written from
    offset 0), for the O_DIRECT writes."""
    from .direct_write import ALIGN, open_direct, turn_bytes

    direct_fd = open_direct(path) if path is not None and len(head) < ALIGN else None
    try:
        if direct_fd is None:
            from .export import _writev

            _writev(fd, [head])
            out: tuple = (fd,)
            first_turn = b"t"
        else:
            out, first_turn = (fd, direct_fd), turn_bytes(0, head)
        _run_workers(store, run_ids, out, workers, first_turn)
    finally:
        if direct_fd is not None:
            os.close(direct_fd)


def _run_workers(store, run_ids: list[int], out: tuple, workers: int, first_turn: bytes) -> None:
    """Start the workers, give the first one its turn, wait for them all; raise what failed."""
    turns = [os.pipe() for _ in range(workers)]
    report_r, report_w = os.pipe()
    pids: list[int] = []
    try:
        _start_workers(pids, store, run_ids, out, workers, turns, report_r, report_w)
        os.close(report_w)
        for read_end, write_end in turns[1:]:
            os.close(read_end)
            os.close(write_end)
        os.close(turns[0][0])
        if len(pids) == workers:
            os.write(turns[0][1], first_turn)  # without all workers, no turn: they stop
        os.close(turns[0][1])
        reports = _read_all(report_r)  # until every worker has exited (each holds the pipe)
    except BaseException:  # an interrupt, a SIGTERM (export.py): the workers stop with us
        _stop(pids)
        raise
    finally:
        os.close(report_r)
    failed = [status for status in (os.waitpid(pid, 0)[1] for pid in pids) if status]
    if reports:
        _raise_report(min(reports))
    if failed or len(pids) < workers:
        # a worker killed is the cause; the others stopped for want of their turn
        killed = [status for status in failed if os.WIFSIGNALED(status)]
        why = "cannot start them" if len(pids) < workers else exit_text((killed or failed)[0])
        raise ExpctlError(f"the export's worker processes stopped before the end ({why})",
                          hint="run the export again; report it if it happens again")


def _start_workers(pids: list[int], store, run_ids, out, workers, turns, report_r, report_w) -> None:
    """Fork the workers, adding each one's pid to `pids` as it starts (so that an interrupt
    meanwhile stops those already started); fewer when the system refuses more. The signals
    that end an export wait while a worker is forked and its pid noted: a handler raising in
    between would lose the pid, and the worker with it."""
    import signal

    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    for w in range(workers):
        before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
        try:
            pid = os.fork()
        except OSError:
            break
        else:
            if pid == 0:  # the worker: never returns
                signal.pthread_sigmask(signal.SIG_SETMASK, before)
                _worker(store, run_ids, out, w, workers, turns, report_r, report_w)
            pids.append(pid)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _stop(pids: list[int]) -> None:
    """Stop the workers this process started and reap them: without it they would write the
    rest of an export nobody waits for into a file already removed."""
    import signal

    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:  # already gone
            pass
    for pid in pids:
        try:
            os.waitpid(pid, 0)
        except OSError:
            pass


def _worker(store, run_ids, out, w, workers, turns, report_r, report_w) -> None:
    """Worker w: encode and write chunks w, w + workers, ... in turn; then exit."""
    code = 0
    try:
        os.close(report_r)
        for v, (read_end, write_end) in enumerate(turns):
            if v != w:
                os.close(read_end)
            if v != (w + 1) % workers:
                os.close(write_end)
        my_turn, next_turn = turns[w][0], turns[(w + 1) % workers][1]
        _encode_and_write(store, run_ids, out, w, workers, my_turn, next_turn, report_w)
    except BaseException:  # reported by _encode_and_write where it can say what failed
        code = 1
    finally:
        os._exit(code)  # no cleanup of the parent's objects (its store connection among them)


def _encode_and_write(store, run_ids, out, w, workers, my_turn, next_turn, report_w) -> None:
    """Worker w's chunks, each encoded, then written in its turn to `out`: (fd,), the shared
    offset of fd, or (fd, direct_fd), at the offsets the turns carry."""
    from .export import encoded_runs, open_store_reader

    _settle()
    mine = store.reopened()
    reader = open_store_reader(mine)  # one for all the worker's chunks
    names: dict[str, bytes] = {}
    writer = None if len(out) == 1 else _direct_writer(out)
    write = _in_turn if writer is None else writer[0]
    chunks = -(-len(run_ids) // CHUNK_RUNS)
    chunk = w
    try:
        for chunk in range(w, chunks, workers):
            ids = run_ids[chunk * CHUNK_RUNS:(chunk + 1) * CHUNK_RUNS]
            lines = list(encoded_runs(mine, ids, names, reader))
            if not write(out[0], lines, my_turn, next_turn, chunk, chunks):
                break  # the next worker is done (or has stopped, and reported why)
            del lines
        if writer is not None:
            writer[1].finish()
    except SystemExit:  # the ring is broken: the chunk that broke it is reported
        raise
    except BaseException as exc:
        _report(report_w, getattr(exc, "chunk", chunk), exc)
        raise


def _in_turn(fd: int, lines: list[bytes], my_turn: int, next_turn: int, chunk: int, chunks: int) -> bool:
    """Wait for the turn, write the lines at the shared offset, pass the turn on; False when
    the next worker has left the ring."""
    from .export import _writev

    if os.read(my_turn, 1) != b"t":  # the ring is broken: an earlier chunk failed
        raise SystemExit(1)
    _writev(fd, lines)
    return _pass(next_turn, b"t")


def _direct_writer(out: tuple):
    """_in_turn for O_DIRECT writes (direct_write), and its AlignedWriter: the turn says where
    the lines go and what goes before them; it is passed on before the aligned part is
    written (by the writer's thread), the last chunk's worker writes the last tail."""
    from .direct_write import AlignedWriter, read_turn, turn_bytes, write_at

    fd, direct_fd = out
    writer = AlignedWriter(direct_fd, fd)

    def write(_fd: int, lines: list[bytes], my_turn: int, next_turn: int, chunk: int, chunks: int) -> bool:
        turn = read_turn(my_turn)
        if turn is None:  # the ring is broken: an earlier chunk failed
            raise SystemExit(1)
        offset, tail = turn
        aligned, tail = writer.split(tail, lines)
        passed = _pass(next_turn, turn_bytes(offset + aligned, tail))
        writer.write(offset, aligned, chunk)
        if chunk == chunks - 1 and tail:
            write_at(fd, tail, offset + aligned)
        return passed

    return write, writer


def _pass(next_turn: int, turn: bytes) -> bool:
    try:
        os.write(next_turn, turn)  # a turn is never more than the pipe holds (one at a time)
    except BrokenPipeError:
        return False
    return True


def _settle() -> None:
    """Set a worker up for the steady churn of encoding: no cyclic garbage collection (the
    lines and their documents hold no cycles; a collection every few hundred of them only
    walked the young objects for nothing, and the worker exits without cleaning up), and a
    heap that glibc does not give back to the kernel after every chunk (M_TRIM_THRESHOLD):
    the next chunk then took each page back with a fault, some 1,500 per chunk. The heap
    stays at one chunk's peak, so memory is flat all the same."""
    import gc

    gc.disable()
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (ImportError, OSError, AttributeError):  # not glibc: its own policy
        return
    mallopt(_M_TRIM_THRESHOLD, _KEPT_HEAP)


_M_TRIM_THRESHOLD = -1  # glibc's malloc.h
_KEPT_HEAP = 256 << 20  # free memory at the top of a worker's heap kept, up to this


def _report(report_w: int, chunk: int, exc: BaseException) -> None:
    """Tell the parent what failed in this chunk (one write: the reports never interleave)."""
    what: tuple
    if isinstance(exc, ExpctlError):
        what = ("expctl", type(exc).__name__, exc.message, exc.hint)
    elif isinstance(exc, OSError):
        what = ("os", exc.errno, exc.strerror, None)
    else:
        what = ("other", type(exc).__name__, str(exc)[:500], None)
    if len(pickle.dumps(what)) > _REPORT_MAX:
        what = ("other", type(exc).__name__, "", None)
    write_frame(report_w, (chunk, what))


def _read_all(fd: int) -> list[tuple]:
    reports = []
    while (report := read_frame(fd)) is not None:
        reports.append(report)
    return reports


def _raise_report(report: tuple) -> None:
    """Raise, in the parent, the error a worker reported."""
    from .. import errors

    _, (kind, name, message, hint) = report
    if kind == "os":
        raise OSError(name, message)
    cls = getattr(errors, name, None) if kind == "expctl" else None
    if isinstance(cls, type) and issubclass(cls, ExpctlError):
        exc = ExpctlError.__new__(cls)
        ExpctlError.__init__(exc, message, hint)
        raise exc
    raise ExpctlError(f"the export failed in a worker process ({name}: {message})",
                      hint="run the export again; report it if it happens again")
