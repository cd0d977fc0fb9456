"""The store side of a run: its row, what waits to be written, and the writes.

`open_session` creates the run's row before the command starts (a locked store is waited for
at most `START_LOCK_WAIT_S`: the command must not be held back). `Session.flush` then writes
what the output digest, the side channel and the resource samples left pending: metric points
and log chunks, redacted outside the lock so the digest goes on meanwhile. A store that is
locked for longer than the write timeout keeps its data for the next flush (`bounded`); any
other store failure stops tracking for the rest of the run with one warning (`Warner`).
"""

from __future__ import annotations

import _thread
import itertools
import os

from . import runner
from ..errors import ExpctlError, StoreLocked
from .logs import LogBuffer, iter_redacted
from .procs import hostname, new_uuid, username
from ..records import LogChunk, NewRun, Series
from ..threads import Daemon

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Iterator

    from .recorder import RunOptions

START_LOCK_WAIT_S = 3.0  # before the command starts, wait at most this long for a locked store
WRITE_LOCK_WAIT_S = 10.0  # later writes wait this long, then keep their data for the next flush


class Warner:
    """Say each kind of tracking problem once on stderr, never twice."""

    def __init__(self):
        self.said: set[str] = set()

    def warn(self, key: str, message: str) -> None:
        if key in self.said:
            return
        self.said.add(key)
        runner.write_all_safely(2, f"expctl: warning: {message}\n".encode())


def failure_kind(exc: Exception, kind: str) -> str:
    """The Warner key of a failure: all those from a lack of memory or threads (a tight ulimit)
    are one kind, said once, whatever part of the tracking they stopped."""
    # A SyntaxError from our own code means the compiler ran out of memory (`ulimit -v`, no
    # .pyc yet): the same lack, not a bug to report apart.
    # An extension module whose segments cannot be mapped ("failed to map segment from shared
    # object", ENOMEM) is the address-space limit too, and so is an import that found no memory
    # ("out of memory: Cannot allocate memory").
    if isinstance(exc, (MemoryError, RuntimeError, SyntaxError)) or (
            isinstance(exc, ImportError) and ("map segment" in str(exc) or "memory" in str(exc).lower())):
        return "limits"
    return kind


class Session:
    """A run being recorded: its row, and what is waiting to be written."""

    def __init__(self, store, run_id: int, uuid: str, warner: Warner):
        self.store = store
        self.run_id = run_id
        self.uuid = uuid
        self.warner = warner
        self.secrets: set[str] = set()
        self.broken = False
        self.lock = _thread.allocate_lock()  # guards what is pending (threading.Lock is this)
        self.write_lock = _thread.allocate_lock()  # serialises use of the store's connection
        self.pending: dict[str, Series] = {}
        self.logs = LogBuffer()
        self.pending_bytes = 0
        self.pending_points = 0
        self.unsent: tuple[dict[str, Series], list] | None = None  # held while the store is locked
        self.side_chunks: list = []  # raw side-channel lines, stored as the "metrics" log stream
        self.head_copied = False  # the log's head copied into the store file (`_copy_head`)
        self.head_ended = False  # a stream's output just reached past its head: flush it

    def write(self, action, *args) -> bool:
        """Call a store method. A locked store is reported once and the write may be retried
        (False); any other failure is reported once and stops writing for the rest of the run."""
        if self.broken:
            return True
        try:
            # The capture thread, the flush thread and the end of the run all write through one
            # connection: one at a time, or SQLite refuses a transaction inside another.
            with self.write_lock:
                action(*args)
            return True
        except StoreLocked as exc:
            self.warner.warn("locked", f"{exc.message}; will retry, the command goes on")
            return False
        except (ExpctlError, OSError, MemoryError) as exc:
            # MemoryError: SQLite could not allocate under a tight `ulimit -v`; on the store
            # thread it would end in a traceback. It is the run's one lack of resources.
            return self.stop(exc)

    def stop(self, exc: Exception) -> bool:
        """Stop writing for the rest of the run because of `exc`, said once; True (as `write`
        returns for a failure that is not worth retrying)."""
        self.broken = True
        message = getattr(exc, "message", None) or str(exc) or "out of memory"
        self.warner.warn(failure_kind(exc, "store"),
                         f"tracking stopped: {message}; the command goes on")
        return True

    def flush(self, final: bool = False, tail: bool = True) -> bool:
        """Write what is pending; False when the store was locked (kept for the next flush).
        Without `tail`, only the log's head is written (`LogBuffer.take_head_raw`): output
        past it stays pending."""
        with self.lock:
            metrics, self.pending = self.pending, {}
            if final or tail:
                chunks, trims = self.logs.take_raw(final)
            else:
                chunks, trims = self.logs.take_head_raw(), {}
            side, self.side_chunks = self.side_chunks, []
            self.pending_bytes = self.pending_points = 0
            self.head_ended = False
        # Redacted outside the lock: the output keeps being digested meanwhile.
        redacted = iter_redacted(chunks + side, self.secrets)
        metrics, redacted = _merge_unsent(self.unsent, metrics, redacted)
        self.unsent = None
        done = self._store(metrics, redacted, trims, on_thread=final)
        if done and not final and not self.head_copied:
            self._copy_head()
        return done

    def _copy_head(self) -> None:
        """Once a stream's head (8 MiB) is written (its output reaching past the head asks for
        that flush: `head_ended`), copy the write-ahead log into the store file (`checkpoint`),
        on the flush thread while the command runs: the copy at the end of the run is then the
        tail window's, and what little of the head is left (`LogBuffer.head_taken`), and the
        log is started over now (the fsync of its new header with it). Without it, a command
        printing hundreds of MB/s left up to 6 MB of the head (its last 2 MB, and the commits
        since SQLite's automatic checkpoint, 1,000 pages) to be written and copied after it
        ended, with the tail, before expctl could exit: page copying, and more for both fsyncs
        to write."""
        with self.lock:
            taken = self.logs.head_taken()
        if taken:
            self.head_copied = True
            self.write(self.store.checkpoint)

    def _store(self, metrics: dict[str, Series], chunks: Iterator[LogChunk], trims: dict,
               on_thread: bool) -> bool:
        """Write `metrics`, then `chunks` by batches of about STORE_BATCH_BYTES, each in a
        transaction of its own; `on_thread`, each batch is stored on a thread while the next
        is redacted: the store's writes give the GIL up, and at the end of a run the tail
        window (8 MB) took as long to store as to redact. (Only then: a thread that writes
        beside the flush thread during the run takes a malloc arena of its own, and a child
        printing metrics fast raised expctl's peak from 33 to 43 MB.) Every batch's
        transaction applies `trims` after its chunks, as one transaction holding them all
        would. False when the store was locked: what was not written is kept for the next
        flush."""
        batch = _next_batch(chunks)
        if not (metrics or batch or trims):
            return True
        if not on_thread:
            return self._store_batches(metrics, batch, chunks, trims, False)
        self.write(self.store.defer_checkpoints, True)  # one checkpoint at the end of the run
        try:
            return self._store_batches(metrics, batch, chunks, trims, True)
        finally:
            self.write(self.store.defer_checkpoints, False)

    def _store_batches(self, metrics: dict[str, Series], batch: list[LogChunk],
                       chunks: Iterator[LogChunk], trims: dict, on_thread: bool) -> bool:
        """`_store` from its first batch on."""
        writer: _BatchWriter | None = None
        while True:
            if writer is not None and not writer.result():
                self.unsent = _bounded(writer.metrics, [*writer.chunks, *batch, *chunks])
                return False  # the store is locked: keep it for next time
            if writer is not None and not batch:
                return True
            writer = _BatchWriter(self, metrics, batch, trims, on_thread)
            metrics = {}
            batch = _next_batch(chunks)  # redacted while the last is stored


STORE_BATCH_BYTES = 1 << 20


def _next_batch(chunks: Iterator[LogChunk]) -> list[LogChunk]:
    """The next chunks of `chunks`, about STORE_BATCH_BYTES in all."""
    batch: list[LogChunk] = []
    size = 0
    for chunk in chunks:
        batch.append(chunk)
        size += len(chunk.data)
        if size >= STORE_BATCH_BYTES:
            break
    return batch


class _BatchWriter:
    """`Session.write` of one batch (`store.append`), on a thread of its own (`on_thread`);
    inline otherwise, or when no thread can be had (ulimit -u). `result()` waits for it: False
    when the store was locked."""

    def __init__(self, session: Session, metrics: dict[str, Series], chunks: list[LogChunk],
                 trims: dict, on_thread: bool = True):
        self.session, self.metrics, self.chunks, self.trims = session, metrics, chunks, trims
        self.done: bool | None = None
        self.thread: Daemon | None = Daemon(self._write, "expctl-store") if on_thread else None
        try:
            if self.thread is not None:
                self.thread.start()
        except RuntimeError:
            self.thread = None
        if self.thread is None:
            self._write()

    def _write(self) -> None:
        session = self.session
        try:
            self.done = session.write(session.store.append, session.run_id, self.metrics,
                                      self.chunks, self.trims)
        except Exception as exc:  # out of memory before the write began (ulimit -v)
            self.done = session.stop(exc)

    def result(self) -> bool:
        """Whether the batch was written (or writing stopped for good); False: the store was
        locked. A thread that ended without saying (it died of a lack of memory even in
        `_write`'s handler) is not a locked store, which `Session.flush`'s callers retry for a
        minute: the write is made once more here, on the calling thread."""
        if self.thread is not None:
            self.thread.join()
            if self.done is None:
                self.thread = None
                self._write()
        return bool(self.done)


def _lock_wait() -> float:
    """WRITE_LOCK_WAIT_S, or EXPCTL_LOCK_TIMEOUT seconds when set to a number."""
    try:
        return float(os.environ.get("EXPCTL_LOCK_TIMEOUT", WRITE_LOCK_WAIT_S))
    except ValueError:
        return WRITE_LOCK_WAIT_S


UNSENT_POINTS = 5_000_000  # per metric, while the store is locked (40 MB of float64 each)
UNSENT_LOG_CHUNKS = 256


def _merge_unsent(unsent, metrics: dict[str, Series], chunks: Iterator[LogChunk]):
    """What a locked store did not take last time, followed by what came since."""
    if unsent is None:
        return metrics, chunks
    old_metrics, old_chunks = unsent
    merge_points(old_metrics, metrics)
    return old_metrics, itertools.chain(old_chunks, chunks)


def merge_points(into: dict[str, Series], points: dict[str, Series]) -> int:
    """Append each series of `points` to the same-named series of `into`; return how many
    points that was."""
    count = 0
    for name, series in points.items():
        count += len(series.values)
        kept = into.get(name)
        if kept is None:
            into[name] = series
            continue
        kept.steps.extend(series.steps)
        kept.times.extend(series.times)
        kept.values.extend(series.values)
    return count


def _bounded(metrics: dict[str, Series], chunks: list):
    """Cap what waits for a locked store: the newest points and log chunks are kept."""
    for series in metrics.values():
        if len(series.values) > UNSENT_POINTS:
            for column in (series.steps, series.times, series.values):
                del column[: len(column) - UNSENT_POINTS]
    if len(chunks) > UNSENT_LOG_CHUNKS:  # keep the oldest and the newest: a gap is marked on reading
        half = UNSENT_LOG_CHUNKS // 2
        chunks = chunks[:half] + chunks[-half:]
    return metrics, chunks


def open_session(opts: RunOptions, params, started: float, warner: Warner,
                 cwd: str) -> Session | None:
    from ..capture.redact import redact_argv
    from ..paths import locate_store
    from ..store import open_run_store

    uuid = new_uuid()
    try:
        where = locate_store(opts.db, cwd=cwd)
        # A store locked by someone else must not hold the command back: wait briefly, else run
        # untracked. Once the run exists, writes may wait longer (they are off the command's path).
        # A server that is down or slow gets the run spooled locally (expctl.store.spool).
        store, run_id = open_run_store(where.path, where.reason, NewRun(
            uuid=uuid, name=opts.name, experiment=opts.experiment,
            command=redact_argv(opts.command), cwd=storable(cwd), started_at=started,
            host=hostname(), user=username(), pid=os.getpid(),
            pid_started=_process_start(os.getpid()), tags=list(opts.tags), notes=opts.notes,
            params=params,
        ), min(START_LOCK_WAIT_S, _lock_wait()), warner.warn)
    except (ExpctlError, OSError) as exc:
        message = getattr(exc, "message", None) or str(exc)
        warner.warn("store", f"not recording this run: {message}; the command goes on")
        return None
    store.set_busy_timeout(_lock_wait())
    return Session(store, run_id, uuid, warner)


def storable(text: str) -> str:
    """`text` with any lone surrogate (an undecodable byte of argv or a path) as `\\xNN`."""
    if text.isascii():
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _process_start(pid: int) -> float | None:
    from .procs import process_start_time

    return process_start_time(pid)
