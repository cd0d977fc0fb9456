"""The live part of a recorded run: what the runner calls while the command runs, and its end.

`RunHooks.output` takes each chunk the pump echoed and hands it to the digest thread
(`expctl.record.handoff`), which buffers the log and parses metric points; a flush thread
writes what is pending at least every `FLUSH_INTERVAL_S` (sooner when `FLUSH_BYTES` of
output worth writing wait); resource samples and the side channel add their points. `finish`
waits for the digest to catch up with everything the command printed, then writes the last
data and the run's status.

Tracking never harms the command: a failure here is a warning, said once, and what could not be
kept is listed in the run's `resources.incomplete`.
"""

from __future__ import annotations

import _thread
import time

from . import runner
from .captures import CaptureAhead, Captures, failure_kind
from ..models import CRASHED, FAILED, FINISHED, INTERRUPTED
from ..records import Series
from .session import Session, Warner, merge_points
from ..threads import Daemon, Event
from ..capture.resources import START_DELAY, memory_limited, release_free_memory

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from ..capture.resources import ResourceMonitor
    from .handoff import Handoff

FLUSH_INTERVAL_S = 1.0
# Flush early, as soon as this much output worth storing is waiting, or this many metric points:
# memory stays bounded (about 24 bytes a point) however fast the command prints.
FLUSH_BYTES = 2 << 20
FLUSH_POINTS = 25_000
# Past this many points waiting (about 1.8 MB), the digest waits for the flush thread, at most
# FLUSH_WAIT_S at a time: on a busy machine it could otherwise outrun the writes. The output
# passes through meanwhile (the hand-off spools it): only the digest waits.
MAX_PENDING_POINTS = 75_000
FLUSH_WAIT_S = 2.0
JOIN_CAPTURE_S = 10.0
DIGEST_STALL_S = 30.0  # after the command ended, its output is digested while this never passes idle
FINAL_LOCK_WAIT_S = 60.0  # after the command ended, its last data and status wait up to this
SIDE_LOG_BYTES = 16 << 20
TRIM_INTERVAL_S = 0.1  # freed memory is handed back after a flush at most this often
# The tail window of a fast printer's log is rewritten at most this fast: each write of it is
# redacted, stored and deleted by the next. At 40 MB/s of output (a million metric lines a
# second) that was 8 MB a second, a sixth of expctl's CPU on such a run; the stored tail now
# trails the output by up to TAIL_BYTES / TAIL_WRITE_RATE (4 s) there. A child printing less
# keeps FLUSH_INTERVAL_S. What the log holds at the end is the same.
TAIL_WRITE_RATE = 2 << 20  # bytes per second
COMBINE_S = 0.05  # reads joined for the digest came this close together (their points' times)  # the side channel's raw lines kept for `expctl reparse`


class RunHooks:
    """Called by the runner: `started(pid)`, `output(stream, data)`; then `finish(result)`."""

    def __init__(self, session: Session | None, opts, warner: Warner, parser, cwd: str,
                 cwd_exists: bool, ahead: CaptureAhead | None = None):
        from .sidechannel import MetricsFile

        self.session = session
        self.opts = opts
        self.warner = warner
        self.ahead = ahead  # the git/environment capture started ahead (a thread waits in it)
        self._captures = (Captures(session, opts, warner, parser, cwd, cwd_exists, ahead)
                          if session is not None else None)
        self.metrics = _metrics_reader(opts, parser, self.incomplete)
        # Made at the first output (`_handoff`): a command that prints nothing never loads it
        # (about 1 M instructions); at once under a limit on expctl's memory, as the parser.
        self.handoff: Handoff | None = self._handoff() if memory_limited() else None
        self.side = MetricsFile.create(session.uuid) if session else None
        self.side_counters: dict[str, float] = {}
        self.side_stored = 0
        self.side_lock = _thread.allocate_lock()
        self.stop = Event()
        self.wake = Event()  # the digest asks for an early flush
        self.flushed = Event()  # the flush thread wrote what was pending
        self.flushing = False  # a flush thread runs
        self.threads: list[Daemon] = []
        self.monitor: ResourceMonitor | None = None
        self.last_flush = self.last_tail = self.last_trim = time.monotonic()
        self.tail_interval = FLUSH_INTERVAL_S  # until the log's tail window is written next
        self.failed = False
        self.samples = 0
        self.abort = Event()  # set by a signal while the end of the run is recorded
        self.pid, self.monitor_lock = 0, _thread.allocate_lock()  # pid: the command's, once started
        self.gaps: list[str] = []  # what could not be kept, stored with the run and shown
        if self.handoff is not None and isinstance(self.metrics, MetricsOnDemand):
            self.metrics._ready()  # as the parser and the hand-off: before the threads start

    @property
    def live(self) -> Session:
        """The run's session, for what happens only while a run is recorded (with no store,
        `output` and `finish` do nothing and nothing else is started)."""
        assert self.session is not None, "called only while a run is recorded"
        return self.session

    @property
    def captures(self) -> Captures:
        assert self._captures is not None, "called only while a run is recorded"
        return self._captures

    def started(self, pid: int) -> None:
        if not self.session:
            return
        self.pid = pid
        try:
            ahead = self.captures.ahead
            if ahead and ahead.hand_over(self._guard(self.captures.store, "expctl-capture")):
                self.threads.append(ahead.thread)
            else:
                self._thread(self.captures.capture, "expctl-capture")
            self.flushing = True
            self._thread(self._flusher, "expctl-flush")
        except Exception as exc:  # no thread or memory to spare (ulimit -v, -u): record at the end
            self.flushing = False
            self.warner.warn(failure_kind(exc, "threads"),
                             f"no git/environment capture and no live flushes ({str(exc) or type(exc).__name__})")
            self._start_monitor(START_DELAY)

    def incomplete(self, message: str, key: str | None = None) -> None:
        """Data this run could not keep: said on stderr now (once per `key`, by default the
        message), and stored with the run."""
        self.gaps.append(message)
        self.warner.warn(key or "incomplete:" + message, f"run incomplete: {message}")

    def abandon(self) -> None:
        """The command was never started under expctl (it is exec'd as it is): the run row says
        so instead of waiting for its recorder, which is about to become the command."""
        if self.side is not None:  # its file would outlive the exec in the temporary folder
            self.side.close()
        session = self.session
        if session is not None:
            session.write(session.store.finish_run, session.run_id, CRASHED, None, None,
                          time.time(), {"untracked": "expctl could not wrap the command"})

    def _guard(self, target, name: str):
        """`target`, its failures warned about (never a thread's traceback: out of memory) and
        stored with the run: what the thread held (a flush's points and output, taken for the
        store) may be missing."""
        def guarded(*args):
            try:
                target(*args)
            except Exception as exc:
                self.gaps.append(f"{name} stopped ({type(exc).__name__}): what it held "
                                 "may be missing")
                self.warner.warn(failure_kind(exc, name),
                                 f"{name} stopped ({type(exc).__name__}: {exc})")

        return guarded

    def _thread(self, target, name: str) -> None:
        thread = Daemon(self._guard(target, name), name)
        thread.start()
        self.threads.append(thread)

    def _start_monitor(self, delay: float) -> None:
        """Sample the command's process tree after `delay` s, unless the run ends (`finish`
        sets `stop` under `monitor_lock` before it stops the monitor: none starts after)."""
        from ..capture.resources import ResourceMonitor

        with self.monitor_lock:
            if self.stop.is_set():
                return
            try:
                monitor = ResourceMonitor(self.pid, on_sample=self._resource_sample,
                                          start_delay=delay)
                monitor.start()
                self.monitor = monitor
            except Exception as exc:  # psutil missing or unsupported, no thread: optional
                self.monitor = None
                self.warner.warn(failure_kind(exc, "resources"), f"no resource sampling ({exc})")

    def _resource_sample(self, when: float, cpu_percent: float, rss_mb: float) -> None:
        """A sample of the process tree, stored as sys/ metrics stepped by sample number."""
        with self.live.lock:
            pending = self.live.pending
            for name, value in (("sys/cpu_percent", cpu_percent), ("sys/rss_mb", rss_mb)):
                series = pending.get(name)
                if series is None:
                    series = pending[name] = Series()
                series.append(float(self.samples), when, value)
            self.samples += 1

    def _flusher(self) -> None:
        try:
            # The resource monitor starts from here after START_DELAY (its first reading, as
            # before): a command that ends sooner never pays for its thread's start and join.
            if not self.stop.wait(START_DELAY):
                self._start_monitor(0.0)
            self._flush_loop()
        finally:
            self.flushing = False  # nobody to wait for any more

    def _flush_loop(self) -> None:
        while True:
            self.wake.wait(FLUSH_INTERVAL_S / 4)
            self.wake.clear()
            if self.stop.is_set():
                return
            now = time.monotonic()
            if now - self.last_flush >= FLUSH_INTERVAL_S or self._flush_due():
                # The log's tail window is written once per interval: an early flush (points
                # waiting) that rewrote it would write and delete all the output over again.
                tail = now - self.last_tail >= self.tail_interval
                self.last_flush = now
                if tail:
                    self.last_tail = now
                    self.tail_interval = tail_interval(self.live.logs.tail_pending())
                self._read_side(time.time())
                self.captures.take_output_params()
                self.live.flush(tail=tail)
                self.flushed.set()
                if now - self.last_trim >= TRIM_INTERVAL_S:
                    self.last_trim = now
                    release_free_memory()

    def _flush_due(self) -> bool:
        return (self.live.pending_bytes >= FLUSH_BYTES
                or self.live.pending_points >= FLUSH_POINTS or self.live.head_ended)

    # -- output -----------------------------------------------------------------------------

    def output(self, stream: str, data: bytes) -> None:
        """Called by the pump with each chunk the child printed, once echoed."""
        if self.session is not None and not self.failed:
            (self.handoff or self._handoff()).put(len(data), stream, data, time.time())

    def _handoff(self) -> Handoff:
        """The hand-off of the output to the digest thread, made once."""
        from .handoff import Handoff

        self.handoff = Handoff(self._digest, combine=combine_reads)
        return self.handoff

    def _digest(self, stream: str, data: bytes, now: float) -> None:
        if self.failed:
            return
        try:
            self._output(stream, data, now)
        except Exception as exc:  # parsing or buffering bug: stop tracking output, never the child
            self.failed = True
            message = f"output tracking stopped ({type(exc).__name__}: {exc})"
            self.incomplete(message, failure_kind(exc, "incomplete:" + message))

    def _output(self, stream: str, data: bytes, now: float) -> None:
        session = self.live
        with session.lock:
            kept = session.logs.add(stream, data)
        # Parsed outside the lock: however slow the parsing, flushes are never held up.
        points = self.metrics.feed(stream, data, now)
        with session.lock:
            session.pending_points += merge_points(session.pending, points)
            # What makes an early flush worth it: the head of the log, and output that brought
            # metric points. Output past the head that only moves the tail window on waits for
            # the timed flush: written at once, most of it would be deleted again.
            session.pending_bytes += len(data) if session.pending else kept
            if kept and session.logs.totals[stream] >= session.logs.head:
                session.head_ended = True  # its last part written now (Session._copy_head)
        if self._flush_due():
            self.wake.set()
            self._wait_for_flush()

    def _wait_for_flush(self) -> None:
        """Hold the digest while more than MAX_PENDING_POINTS wait and the flush thread is
        writing them, FLUSH_WAIT_S at most (a locked store keeps them pending: no wait)."""
        deadline = time.monotonic() + FLUSH_WAIT_S
        session = self.live
        while (self.flushing and session.pending_points >= MAX_PENDING_POINTS
               and session.unsent is None and not session.broken and not self.stop.is_set()):
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self.flushed.clear()
            self.wake.set()
            self.flushed.wait(min(left, 0.1))

    def _read_side(self, now: float) -> None:
        """Take the side channel's new lines: their points now, their text at the next flush."""
        if self.side is None:
            return
        from ..records import LogChunk
        from .sidechannel import STREAM, read_params, read_points, without_params

        try:
            with self.side_lock:  # the flush thread and finish() both read
                offset, data = self.side.read()
            if not data:
                return
            for origin, values in read_params(data):  # from the start-up hook (--py-hook)
                self.captures.add_hook_params(origin, values)
            with self.live.lock:
                read_points(data, self.side_counters, self.live.pending, now)
                if self.side_stored < SIDE_LOG_BYTES:  # bounded, like the output's log
                    # the hook's params records are stored as params (secrets hidden), not here
                    self.live.side_chunks.append(
                        LogChunk(STREAM, offset, without_params(data), len(data)))
                    self.side_stored += len(data)
        except Exception as exc:  # a side-channel bug must not stop the flushes
            self.warner.warn(failure_kind(exc, "side"),
                             f"expctl.log metrics stopped ({type(exc).__name__}: {exc})")
            if self.side is not None:
                self.side.close()  # removes its file
            self.side = None

    # -- the end of the run -----------------------------------------------------------------

    def finish(self, result: runner.ChildResult) -> None:
        now = time.time()
        session = self.session
        if not session:
            if self.ahead is not None:  # nothing is recorded: the capture thread ends
                self.ahead.hand_over(None)
            return
        if self._captures and self._captures.ahead and not self.pid:  # the command never ran:
            self._captures.ahead.hand_over(None)  # its capture thread ends, storing nothing
        self._finish_digest(now)
        with self.monitor_lock:  # no monitor starts once this is set
            self.stop.set()
        resources = self._resources(result)
        self.wake.set()
        for thread in self.threads:
            thread.join(JOIN_CAPTURE_S)
        self._read_side(now)  # what the command (and anything it started) logged last
        if self.side is not None:
            self.side.close()
        self.captures.take_hydra_params()
        self.captures.take_output_params()
        # The command is over: its last points and its status are worth waiting for when the
        # store is locked, up to FINAL_LOCK_WAIT_S (each attempt waits the store's busy timeout).
        deadline = time.monotonic() + FINAL_LOCK_WAIT_S
        while not session.flush(final=True) and time.monotonic() < deadline:
            if self.abort.is_set():
                self.incomplete("the last output was not stored (expctl was interrupted)")
                break
        self.captures.keep_artifacts()  # before the status: a finished run has its files
        if self.gaps:  # `show` and `list` flag the run; -f json has the reasons
            resources["incomplete"] = list(self.gaps)
        finish = (session.store.finish_run, session.run_id, run_status(result), result.exit_code,
                  result.signal or result.received, time.time(), resources)
        while not session.write(*finish) and time.monotonic() < deadline:
            pass
        session.write(session.store.checkpoint)

    def _finish_digest(self, now: float) -> None:
        """Wait for the digest to catch up with all the output, then take the points of every
        stream's unfinished last line. Output it could not digest is still logged, and said."""
        session = self.live
        if self.handoff is not None and not self.handoff.close(DIGEST_STALL_S, self.abort):
            self.failed = True
            left = 0
            for stream, data, _ in self.handoff.take_pending():
                with session.lock:  # the log stays whole: only parsing them is left undone
                    session.logs.add(stream, data)
                left += len(data)
            why = "expctl was interrupted" if self.abort.is_set() else "the digest stalled"
            self.incomplete(f"{left:,} bytes of output not read for metrics ({why}): "
                            "metrics end early, the log is whole")
        if not self.failed:
            points = self.metrics.finish(now)
            with session.lock:
                merge_points(session.pending, points)
        self.metrics.close()

    def _resources(self, result: runner.ChildResult) -> dict[str, object]:
        from ..capture.resources import rusage_summary

        out: dict[str, object] = {}
        if result.rusage is not None:
            out.update(rusage_summary(result.rusage))
        if self.monitor is not None:
            try:
                out.update(self.monitor.stop())
                for message in self.monitor.warnings:
                    self.warner.warn("resources", message)
            except Exception:  # a monitor that failed must not lose the run
                pass
        return out


def tail_interval(pending: int) -> float:
    """Seconds until the log's tail window is written again, after a flush that wrote
    `pending` bytes of it: FLUSH_INTERVAL_S, longer when that is more than TAIL_WRITE_RATE
    allows."""
    return max(FLUSH_INTERVAL_S, pending / TAIL_WRITE_RATE)


def _metrics_reader(opts, parser, incomplete):
    """What reads the run's metrics from its output. A user's regex may backtrack for ever: it
    runs in a worker, each chunk on a budget (`WorkerMetrics`); the built-in formats run in
    process, loaded at the first output (`MetricsOnDemand`)."""
    if not opts.metric_patterns:
        return MetricsOnDemand(parser, incomplete)
    from .digest import WorkerMetrics

    return WorkerMetrics(opts.metric_patterns, opts.default_patterns, opts.metric_name,
                         on_abandon=incomplete, ignore_metrics=opts.ignore_metrics,
                         only_metrics=opts.only_metrics)


def metric_parser(opts):
    """The run's metric parser. A bad --metric-pattern is a usage error before anything is
    recorded or started, so user patterns are compiled now; the built-in formats alone are
    loaded when the first output comes (`LazyParser`): importing them costs about 20 modules,
    which the command's start need not wait for, and a command that prints nothing never pays.
    Under a limit on expctl's address space (`ulimit -v`, `-d`) they are loaded now, as the
    threads started with the command (a stack of megabytes each) may leave too little later."""

    def make():
        from ..metrics import MetricParser

        return MetricParser(opts.metric_patterns, builtin=opts.default_patterns,
                            name=opts.metric_name, ignore_metrics=opts.ignore_metrics,
                            metrics=opts.only_metrics)

    return make() if opts.metric_patterns or memory_limited() else LazyParser(make)


class LazyParser:
    """A MetricParser made (by `make`) when first asked for (`get`). `params`, the printed
    configuration it found, is empty before."""

    def __init__(self, make):
        self.make = make
        self.parser = None

    def get(self):
        if self.parser is None:
            self.parser = self.make()
        return self.parser

    @property
    def params(self) -> list:
        return [] if self.parser is None else self.parser.params


class MetricsOnDemand:
    """`digest.InlineMetrics` over a parser (or a `LazyParser`), made at the first output.
    When it cannot be made (out of memory under a tight `ulimit -v`), the run goes on without
    metrics, its log whole: `on_fail(message, key)` says so once, with the other failures
    from the same lack (`failure_kind`)."""

    def __init__(self, parser, on_fail):
        self.parser = parser
        self.on_fail = on_fail
        self.inline = None
        self.failed = False

    def _ready(self):
        if self.inline is None and not self.failed:
            try:
                from .digest import InlineMetrics

                parser = self.parser
                self.inline = InlineMetrics(parser.get() if isinstance(parser, LazyParser)
                                            else parser)
            except Exception as exc:
                self.failed = True
                message = f"no metrics read from the output ({type(exc).__name__}: {exc})"
                self.on_fail(message, failure_kind(exc, "incomplete:" + message))
        return self.inline

    def feed(self, stream: str, data: bytes, when: float) -> dict[str, Series]:
        inline = self._ready()
        return {} if inline is None else inline.feed(stream, data, when)

    def finish(self, when: float) -> dict[str, Series]:
        """The points of every stream's unfinished last line (none when nothing was printed:
        no parser was needed, nor is one now)."""
        return {} if self.inline is None else self.inline.finish(when)

    def close(self) -> None:
        if self.inline is not None:
            self.inline.close()


def combine_reads(items: list[tuple[str, bytes, float]]) -> list[tuple[str, bytes, float]]:
    """Consecutive reads of one stream as one, when they came within COMBINE_S of the first:
    a child that writes line by line gives reads of a few lines each, and each read costs the
    splitter and the parser a call. Points keep the time of the group's first read."""
    out: list[tuple[str, list[bytes], float]] = []
    for stream, data, when in items:
        if out and out[-1][0] == stream and when - out[-1][2] <= COMBINE_S:
            out[-1][1].append(data)
        else:
            out.append((stream, [data], when))
    return [(stream, parts[0] if len(parts) == 1 else b"".join(parts), when)
            for stream, parts, when in out]


def run_status(result: runner.ChildResult) -> str:
    if result.error:
        return FAILED
    if result.signal is not None or (result.received is not None and result.exit_code != 0):
        return INTERRUPTED
    return FINISHED if result.exit_code == 0 else FAILED
