"""`expctl run`: record a command's run around `runner.run_child`.

Record early, finish late: the run row exists before the child starts; metric points, logs and
resource samples are written by a background writer at least every `FLUSH_INTERVAL_S`; the row is
finalised in a `finally`. Git and environment capture run on a thread while the child runs, off its
critical path.

Tracking never harms the command: any failure of the store or of a capture is reported once on
stderr (`expctl: warning: ...`) and the command goes on; expctl exits with the child's exit code.
"""

from __future__ import annotations

import os
import signal
import threading
import time

from . import childio
from . import runner
from ..errors import ExpctlError, StoreLocked, UsageError
from .logs import LogBuffer, redact_chunks
from ..models import CRASHED, FAILED, FINISHED, INTERRUPTED, record
from .procs import hostname, new_uuid, username
from ..records import NewRun, Series
from ..terminal import isatty as _isatty

FLUSH_INTERVAL_S = 1.0
FLUSH_BYTES = 4 << 20  # flush early when this much output is waiting
JOIN_CAPTURE_S = 10.0
DIGEST_STALL_S = 30.0  # after the command ended, its output is digested while this never passes idle
START_LOCK_WAIT_S = 3.0  # before the command starts, wait at most this long for a locked store
WRITE_LOCK_WAIT_S = 10.0  # later writes wait this long, then keep their data for the next flush
FINAL_LOCK_WAIT_S = 60.0  # after the command ended, its last data and status wait up to this
SIDE_LOG_BYTES = 16 << 20  # the side channel's raw lines kept for `expctl reparse`


class RunOptions(record(
    "RunOptions", "command name experiment tags notes params quiet pty db env_prefixes "
                  "metric_patterns metric_name default_patterns summary ignore_params "
                  "artifacts artifact_max_mb ignore_metrics only_metrics py_hook",
    (None, "default", (), "", (), False, None, None, (), (), None, True, True, (), (), 1024.0,
     (), (), None),
)):
    """What `expctl run` was asked: the command (argv), `name`, `experiment`, `tags`, `notes`,
    `params` (`k=v` texts from --param), `quiet`, `pty` (None: a pty when our stdout is a
    terminal), `db`, `env_prefixes` (extra environment variables to capture),
    `metric_patterns` (user regexes), `metric_name` (the name for patterns without a `name`
    group), `default_patterns` (False: the built-in metric formats are off) and `summary`
    (False: no Markdown summary in $GITHUB_STEP_SUMMARY); `ignore_params` (params not to
    record, from the project's config); `artifacts` (glob patterns of files to keep after the
    run, see expctl.store.artifacts) and `artifact_max_mb` (larger files are not kept);
    `ignore_metrics` and `only_metrics`: globs of metric names not to record, and (when given)
    the only ones to record; `py_hook` (True: Python processes of the run load expctl's
    start-up hook, see expctl/pyhook; None: as the project's config says)."""

    __slots__ = ()


class Warner:
    """Say each kind of tracking problem once on stderr, never twice."""

    def __init__(self):
        self.said: set[str] = set()

    def warn(self, key: str, message: str) -> None:
        if key in self.said:
            return
        self.said.add(key)
        runner.write_all_safely(2, f"expctl: warning: {message}\n".encode())


def record_run(opts: RunOptions) -> int:
    """Run and record `opts.command`; return the exit code expctl must exit with.

    Whatever goes wrong on the tracking side (even a bug of ours), the command still runs with
    its output untouched: the failure is a warning and the run is recorded as far as it could be.
    """
    started = time.time()
    closed = childio.plug_closed_std_fds()  # first: before expctl opens any descriptor
    if opts.name is not None:
        from ..query.refs import check_run_name

        opts = opts._replace(name=check_run_name(opts.name))  # a usage error before anything runs
    warner = Warner()
    # A full disk or a file-size limit must fail our writes (EFBIG, reported), not kill expctl
    # with SIGXFSZ; the child gets the default disposition back (subprocess restores it).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        cwd = _working_dir(warner)
        opts = _with_config(opts, warner, cwd)
        hooks = _prepare(opts, started, warner, cwd)
    except UsageError:
        raise  # bad --param: a usage error before anything starts
    except Exception as exc:  # the last line of defence for the user's job
        warner.warn("internal", f"cannot record this run ({type(exc).__name__}: {exc}); "
                                "running the command untracked")
        hooks = None
    use_pty = (not opts.quiet and _isatty(1)) if opts.pty is None else opts.pty
    try:
        result = runner.run_child(
            opts.command, _child_env(hooks.session if hooks else None, hooks.side if hooks else None,
                                     bool(opts.py_hook)),
            use_pty, echo=not opts.quiet,
            on_start=hooks.started if hooks else None, on_output=hooks.output if hooks else None,
            closed=closed,
        )
    except runner.NotStarted as exc:  # no descriptors or memory to wrap it: run it as it is
        warner.warn("internal", f"cannot track this run ({exc}); running the command untracked")
        if hooks:
            hooks.abandon()
        runner.exec_unwrapped(opts.command)
    if result.error:
        runner.write_all_safely(2, f"expctl: {result.error}\n".encode())
    if hooks:
        try:
            with _stop_on_signal(hooks.abort):
                hooks.finish(result)
            _report(hooks.session, result, started)
            if opts.summary:
                _write_step_summary(hooks.session, warner)
        except Exception as exc:
            warner.warn("internal", f"recording the end of the run failed ({type(exc).__name__}: {exc})")
    return result.exit_code


def _working_dir(warner: Warner) -> str:
    """The folder the command runs in. When it was deleted (a shell can still stand in one), the
    run goes on: it is recorded under the shell's $PWD and nothing is read from the folder."""
    try:
        return os.getcwd()
    except FileNotFoundError:
        pwd = os.environ.get("PWD", "")
        where = pwd if os.path.isabs(pwd) else os.sep
        warner.warn("cwd", f"the working folder {pwd or '(unknown)'} no longer exists: "
                           "no git state or artifacts recorded; the command goes on")
        return where


class _stop_on_signal:
    """While the end of the run is recorded, a SIGTERM/SIGINT/SIGHUP sets `event` (the recording
    is cut short, and says so) instead of killing expctl before the run is finalised."""

    SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)

    def __init__(self, event: threading.Event):
        self.event = event
        self.saved: dict = {}

    def __enter__(self):
        for signum in self.SIGNALS:
            if signal.getsignal(signum) is not signal.SIG_IGN:
                self.saved[signum] = signal.signal(signum, lambda *_: self.event.set())
        return self

    def __exit__(self, *exc):
        for signum, handler in self.saved.items():
            signal.signal(signum, handler)
        return False


def _with_config(opts: RunOptions, warner: Warner, cwd: str) -> RunOptions:
    """`opts` completed from the project's settings (expctl.config); options given on the
    command line win. Without a config file this costs a few stat calls."""
    from ..config import find_config

    if find_config(cwd) is None:
        return opts._replace(experiment=opts.experiment or "default", py_hook=bool(opts.py_hook))
    from ..config import load_config

    config = load_config(cwd)
    for message in config.warnings:
        warner.warn("config:" + message, message)
    values = config.values
    if values["secret_names"] or values["secret_patterns"]:
        from ..capture.redact import add_user_rules

        add_user_rules(values["secret_names"], values["secret_patterns"])
    return opts._replace(
        experiment=opts.experiment or values["experiment"] or "default",
        metric_patterns=opts.metric_patterns or values["metric_patterns"],  # only working ones
        env_prefixes=list(opts.env_prefixes) + [p for p in values["capture_env"]
                                                if p not in opts.env_prefixes],
        ignore_params=values["ignore_params"],
        ignore_metrics=tuple(opts.ignore_metrics) + tuple(values["ignore_metrics"]),
        only_metrics=tuple(opts.only_metrics) or tuple(values["metrics"]),
        py_hook=values["py_hook"] if opts.py_hook is None else opts.py_hook,
    )


def _usable_patterns(patterns, warner: Warner) -> tuple[str, ...]:
    """The config's metric patterns that compile; a bad one is a warning, not a stopped job."""
    from ..metrics import MetricParser

    usable = []
    for pattern in patterns:
        try:
            MetricParser((pattern,))
            usable.append(pattern)
        except ExpctlError as exc:
            warner.warn("config:" + pattern, f"config metric pattern ignored: {exc.message}")
    return tuple(usable)


def _prepare(opts: RunOptions, started: float, warner: Warner, cwd: str) -> "_Hooks":
    from ..capture.params import apply_overrides, parse_params
    from ..capture.redact import collect_secrets
    from ..metrics import MetricParser

    # A bad --metric-pattern is a usage error before anything is recorded or started.
    parser = MetricParser(opts.metric_patterns, builtin=opts.default_patterns,
                          name=opts.metric_name, ignore_metrics=opts.ignore_metrics,
                          metrics=opts.only_metrics)

    # What is recorded must be valid text: argv words that are not UTF-8 (lone surrogates in
    # Python) are stored with backslash escapes. The child still gets the original bytes.
    secrets = collect_secrets(opts.command, os.environ)
    recorded = opts._replace(
        command=[storable(word) for word in opts.command], name=_label(opts.name, secrets),
        experiment=storable(opts.experiment), tags=[_label(t, secrets) for t in opts.tags],
        notes=_label(opts.notes, secrets), params=[storable(p) for p in opts.params],
    )
    params = apply_overrides(parse_params(recorded.command), recorded.params)
    for name in opts.ignore_params:  # from the project's config; an explicit --param stays
        if name in params and params[name].source != "explicit":
            del params[name]
    session = _open_session(recorded, params, started, warner, cwd)
    if session:
        session.secrets = secrets
    return _Hooks(session, opts, warner, parser, cwd)


def _label(text: str | None, secrets: set[str]) -> str | None:
    """A run name, tag or note as stored: storable, secrets in it hidden (`redact_label`)."""
    from ..capture.redact import redact_label

    return redact_label(storable(text), secrets)


def storable(text: str | None) -> str | None:
    """`text` with any lone surrogate (an undecodable byte of argv or a path) as `\\xNN`."""
    if text is None or text.isascii():
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _child_env(session: "_Session | None", side=None, py_hook: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    # Python children block-buffer a pipe; unbuffered, their metrics arrive live (their bytes do
    # not change). Respect an explicit choice.
    env.setdefault("PYTHONUNBUFFERED", "1")
    if session:
        env["EXPCTL_RUN_ID"] = str(session.run_id)
        env["EXPCTL_RUN_UUID"] = session.uuid
        env["EXPCTL_DB"] = session.store.path
    if side is not None:  # where `expctl.log` writes (see expctl.record.sidechannel)
        env[side.ENV_VAR] = side.path
        if py_hook:  # it reports through the side channel: without one it has nowhere to write
            from ..pyhook import with_hook

            with_hook(env)
    return env


# -- the store side of a run ----------------------------------------------------------------


class _Session:
    """A run being recorded: its row, and what is waiting to be written."""

    def __init__(self, store, run_id: int, uuid: str, warner: Warner):
        self.store = store
        self.run_id = run_id
        self.uuid = uuid
        self.warner = warner
        self.secrets: set[str] = set()
        self.broken = False
        self.lock = threading.Lock()  # guards what is pending
        self.write_lock = threading.Lock()  # serialises use of the store's connection
        self.pending: dict[str, Series] = {}
        self.logs = LogBuffer()
        self.pending_bytes = 0
        self.unsent: tuple[dict[str, Series], list] | None = None  # held while the store is locked
        self.side_chunks: list = []  # raw side-channel lines, stored as the "metrics" log stream

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
        except (ExpctlError, OSError) as exc:
            self.broken = True
            message = getattr(exc, "message", None) or str(exc)
            self.warner.warn("store", f"tracking stopped: {message}; the command goes on")
            return True

    def flush(self, final: bool = False) -> bool:
        """Write what is pending; False when the store was locked (kept for the next flush)."""
        with self.lock:
            metrics, self.pending = self.pending, {}
            chunks, trims = self.logs.take_raw(final)
            side, self.side_chunks = self.side_chunks, []
            self.pending_bytes = 0
        # Redacted outside the lock: the output keeps being digested meanwhile.
        chunks = redact_chunks(chunks + side, self.secrets)
        metrics, chunks = _merge_unsent(self.unsent, metrics, chunks)
        self.unsent = None
        if (metrics or chunks or trims) and not self.write(
            self.store.append, self.run_id, metrics, chunks, trims
        ):
            self.unsent = _bounded(metrics, chunks)  # the store is locked: keep it for next time
            return False
        return True


def _lock_wait() -> float:
    """WRITE_LOCK_WAIT_S, or EXPCTL_LOCK_TIMEOUT seconds when set to a number."""
    try:
        return float(os.environ.get("EXPCTL_LOCK_TIMEOUT", WRITE_LOCK_WAIT_S))
    except ValueError:
        return WRITE_LOCK_WAIT_S


UNSENT_POINTS = 5_000_000  # per metric, while the store is locked (40 MB of float64 each)
UNSENT_LOG_CHUNKS = 256


def _merge_unsent(unsent, metrics: dict[str, Series], chunks: list):
    """What a locked store did not take last time, followed by what came since."""
    if unsent is None:
        return metrics, chunks
    old_metrics, old_chunks = unsent
    _merge_points(old_metrics, metrics)
    return old_metrics, old_chunks + chunks


def _merge_points(into: dict[str, Series], points: dict[str, Series]) -> None:
    """Append each series of `points` to the same-named series of `into`."""
    for name, series in points.items():
        kept = into.get(name)
        if kept is None:
            into[name] = series
            continue
        kept.steps.extend(series.steps)
        kept.times.extend(series.times)
        kept.values.extend(series.values)


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


def _open_session(opts: RunOptions, params, started: float, warner: Warner,
                  cwd: str) -> _Session | None:
    from ..capture.redact import redact_argv
    from ..paths import locate_store
    from ..store import open_store

    uuid = new_uuid()
    try:
        where = locate_store(opts.db, cwd=cwd)
        # A store locked by someone else must not hold the command back: wait briefly, else run
        # untracked. Once the run exists, writes may wait longer (they are off the command's path).
        store = open_store(where.path, where.reason, busy_timeout=min(START_LOCK_WAIT_S, _lock_wait()))
        run_id = store.create_run(NewRun(
            uuid=uuid, name=opts.name, experiment=opts.experiment,
            command=redact_argv(opts.command), cwd=storable(cwd), started_at=started,
            host=hostname(), user=username(), pid=os.getpid(),
            pid_started=_process_start(os.getpid()), tags=list(opts.tags), notes=opts.notes,
            params=params,
        ))
    except (ExpctlError, OSError) as exc:
        message = getattr(exc, "message", None) or str(exc)
        warner.warn("store", f"not recording this run: {message}; the command goes on")
        return None
    store.set_busy_timeout(_lock_wait())
    return _Session(store, run_id, uuid, warner)


def _process_start(pid: int) -> float | None:
    from .procs import process_start_time

    return process_start_time(pid)


# -- hooks called by the runner -------------------------------------------------------------


class _Hooks:
    def __init__(self, session: _Session | None, opts: RunOptions, warner: Warner, parser,
                 cwd: str):
        from .digest import InlineMetrics, WorkerMetrics
        from .handoff import Handoff
        from .sidechannel import MetricsFile

        self.session = session
        self.opts = opts
        self.warner = warner
        self.parser = parser
        self.cwd = cwd
        self.cwd_exists = os.path.isdir(cwd) and "cwd" not in warner.said
        # A user's regex may backtrack for ever: it runs in a worker, each chunk on a budget.
        self.metrics = (WorkerMetrics(opts.metric_patterns, opts.default_patterns,
                                      opts.metric_name, on_abandon=self.incomplete,
                                      ignore_metrics=opts.ignore_metrics,
                                      only_metrics=opts.only_metrics)
                        if opts.metric_patterns else InlineMetrics(parser))
        self.handoff = Handoff(self._digest)
        self.side = MetricsFile.create(session.uuid) if session else None
        self.side_counters: dict[str, float] = {}
        self.side_stored = 0
        self.side_lock = threading.Lock()
        self.stop = threading.Event()
        self.threads: list[threading.Thread] = []
        self.monitor = None
        self.last_flush = time.monotonic()
        self.failed = False
        self.samples = 0
        self.abort = threading.Event()  # set by a signal while the end of the run is recorded
        self.gaps: list[str] = []  # what could not be kept, stored with the run and shown
        self.created = time.time()  # the run's files (a Hydra output folder) are newer than this
        self.output_params_taken = 0  # how many of the parser's printed-config params are stored

    def started(self, pid: int) -> None:
        if not self.session:
            return
        try:
            self._thread(self._capture, "expctl-capture")
            self._thread(self._flusher, "expctl-flush")
        except RuntimeError as exc:  # no thread to spare (ulimit -v, -u): record at the end
            self.warner.warn(_kind(exc, "threads"),
                             f"no git/environment capture and no live flushes ({exc})")
        self._start_monitor(pid)

    def incomplete(self, message: str) -> None:
        """Data this run could not keep: said on stderr now, and stored with the run."""
        self.gaps.append(message)
        self.warner.warn("incomplete:" + message, f"run incomplete: {message}")

    def abandon(self) -> None:
        """The command was never started under expctl (it is exec'd as it is): the run row says
        so instead of waiting for its recorder, which is about to become the command."""
        session = self.session
        if session is not None:
            session.write(session.store.finish_run, session.run_id, CRASHED, None, None,
                          time.time(), {"untracked": "expctl could not wrap the command"})

    def _thread(self, target, name: str) -> None:
        def guarded():  # out of memory in a capture must not print a thread's traceback
            try:
                target()
            except Exception as exc:
                self.warner.warn(_kind(exc, name), f"{name} stopped ({type(exc).__name__}: {exc})")

        thread = threading.Thread(target=guarded, name=name, daemon=True)
        thread.start()
        self.threads.append(thread)

    def _start_monitor(self, pid: int) -> None:
        from ..capture.resources import ResourceMonitor

        try:
            self.monitor = ResourceMonitor(pid, on_sample=self._resource_sample)
            self.monitor.start()
        except Exception as exc:  # psutil missing or unsupported, no thread: resources are optional
            self.monitor = None
            self.warner.warn(_kind(exc, "resources"), f"no resource sampling ({exc})")

    def _resource_sample(self, when: float, cpu_percent: float, rss_mb: float) -> None:
        """A sample of the process tree, stored as sys/ metrics stepped by sample number."""
        with self.session.lock:
            pending = self.session.pending
            for name, value in (("sys/cpu_percent", cpu_percent), ("sys/rss_mb", rss_mb)):
                series = pending.get(name)
                if series is None:
                    series = pending[name] = Series()
                series.append(float(self.samples), when, value)
            self.samples += 1

    def _capture(self) -> None:
        from ..capture.config_files import config_file_params
        from ..capture.env import capture_env
        from ..capture.git import capture_git

        session = self.session
        git, warnings = (_guarded(lambda: capture_git(self.cwd, secrets=session.secrets),
                                  self.warner, "git")
                         if self.cwd_exists else (None, []))
        for message in warnings:
            self.warner.warn("git", message)
        if git:
            session.write(session.store.record_git, session.run_id, git)
        env, warnings = _guarded(
            lambda: capture_env(self.opts.command, self.opts.env_prefixes), self.warner, "env"
        )
        for message in warnings:
            self.warner.warn("env:" + message, message)
        if env:
            from ..capture.ci import detect_ci

            env["ci"] = detect_ci(os.environ)  # None outside CI; `--where ci.provider = ...` reads it
            session.write(session.store.record_env, session.run_id, env)
        if self.cwd_exists:
            self._add_params(lambda: config_file_params(self.opts.command, self.cwd))

    def _add_params(self, find) -> None:
        """Store the params `find()` returns (params, origins), less the config's ignore_params."""
        found, _ = _guarded(lambda: (find(), []), self.warner, "params")
        if found and (found[0] or found[1]):
            params = [p for p in found[0] if p.name not in self.opts.ignore_params]
            self.session.write(self.session.store.add_params, self.session.run_id, params, found[1])

    def _flusher(self) -> None:
        while not self.stop.wait(FLUSH_INTERVAL_S / 4):
            if time.monotonic() - self.last_flush >= FLUSH_INTERVAL_S or (
                self.session.pending_bytes >= FLUSH_BYTES
            ):
                self.last_flush = time.monotonic()
                self._read_side(time.time())
                self._take_output_params()
                self.session.flush()

    def output(self, stream: str, data: bytes) -> None:
        """Called by the pump with each chunk the child printed, once echoed."""
        if self.session is not None and not self.failed:
            self.handoff.put(len(data), stream, data, time.time())

    def _digest(self, stream: str, data: bytes, now: float) -> None:
        if self.failed:
            return
        try:
            self._output(stream, data, now)
        except Exception as exc:  # parsing or buffering bug: stop tracking output, never the child
            self.failed = True
            self.incomplete(f"output tracking stopped ({type(exc).__name__}: {exc})")

    def _output(self, stream: str, data: bytes, now: float) -> None:
        with self.session.lock:
            kept = self.session.logs.add(stream, data)
        # Parsed outside the lock: however slow the parsing, flushes are never held up.
        points = self.metrics.feed(stream, data, now)
        with self.session.lock:
            _merge_points(self.session.pending, points)
            # What makes an early flush worth it: the head of the log, and output that brought
            # metric points. Output past the head that only moves the tail window on waits for
            # the timed flush: written at once, most of it would be deleted again.
            self.session.pending_bytes += len(data) if self.session.pending else kept

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
                self._add_params(lambda: _hook_params(origin, values))
            with self.session.lock:
                read_points(data, self.side_counters, self.session.pending, now)
                if self.side_stored < SIDE_LOG_BYTES:  # bounded, like the output's log
                    # the hook's params records are stored as params (secrets hidden), not here
                    self.session.side_chunks.append(
                        LogChunk(STREAM, offset, without_params(data), len(data)))
                    self.side_stored += len(data)
        except Exception as exc:  # a side-channel bug must not stop the flushes
            self.warner.warn(_kind(exc, "side"),
                             f"expctl.log metrics stopped ({type(exc).__name__}: {exc})")
            self.side = None

    def finish(self, result: runner.ChildResult) -> None:
        now = time.time()
        session = self.session
        if not session:
            return
        if not self.handoff.close(DIGEST_STALL_S, self.abort):
            self.failed = True
            left = self.handoff.take_pending()
            with session.lock:  # the log stays whole: only parsing them is left undone
                for stream, data, _ in left:
                    session.logs.add(stream, data)
            why = "expctl was interrupted" if self.abort.is_set() else "the digest stalled"
            self.incomplete(f"{sum(len(item[1]) for item in left):,} bytes of output not read "
                            f"for metrics ({why}): metrics end early, the log is whole")
        if not self.failed:
            points = self.metrics.finish(now)
            with session.lock:
                _merge_points(session.pending, points)
        self.metrics.close()
        resources = self._resources(result)
        self.stop.set()
        for thread in self.threads:
            thread.join(JOIN_CAPTURE_S)
        self._read_side(now)  # what the command (and anything it started) logged last
        if self.side is not None:
            self.side.close()
        self._add_params(self._hydra_output)
        self._take_output_params()
        # The command is over: its last points and its status are worth waiting for when the
        # store is locked, up to FINAL_LOCK_WAIT_S (each attempt waits the store's busy timeout).
        deadline = time.monotonic() + FINAL_LOCK_WAIT_S
        while not session.flush(final=True) and time.monotonic() < deadline:
            if self.abort.is_set():
                self.incomplete("the last output was not stored (expctl was interrupted)")
                break
        if self.opts.artifacts and self.cwd_exists:  # before the status: a finished run has its files
            self._keep_artifacts()
        if self.gaps:  # `show` and `list` flag the run; -f json has the reasons
            resources["incomplete"] = list(self.gaps)
        finish = (session.store.finish_run, session.run_id, _status(result), result.exit_code,
                  result.signal or result.received, time.time(), resources)
        while not session.write(*finish) and time.monotonic() < deadline:
            pass
        session.write(session.store.checkpoint)

    def _take_output_params(self) -> None:
        """Store the configuration the command printed that the parser found since the last
        time (`MetricParser.params`: (name, text) pairs in the order found), source `output`."""
        with self.session.lock:
            found = getattr(self.parser, "params", ())[self.output_params_taken:]
            self.output_params_taken += len(found)
        if found:
            from ..capture.params import make_param, normalize_name

            self._add_params(lambda: ([make_param(normalize_name(name), text, "output")
                                       for name, text in found], []))

    def _hydra_output(self):
        """The config a Hydra run wrote to its output folder, as (params, origins)."""
        from ..capture.config_files import hydra_output_config, read_config_params

        found = (hydra_output_config(self.opts.command, self.cwd, self.created - 0.05)
                 if self.cwd_exists else None)
        if found is None:
            return [], []
        params, origin = read_config_params(*found, hydra=True)
        return params, [origin]

    def _keep_artifacts(self) -> None:
        from ..store.artifacts import save_artifacts

        session = self.session
        warnings = []
        ok = session.write(lambda: warnings.extend(save_artifacts(
            session.store, session.run_id, self.opts.artifacts, self.cwd,
            self.opts.artifact_max_mb)))
        for message in warnings if ok else ():
            self.warner.warn("artifact:" + message, message)

    def _resources(self, result: runner.ChildResult) -> dict:
        from ..capture.resources import rusage_summary

        out = rusage_summary(result.rusage) if result.rusage is not None else {}
        if self.monitor is not None:
            try:
                out.update(self.monitor.stop())
                for message in self.monitor.warnings:
                    self.warner.warn("resources", message)
            except Exception:  # a monitor that failed must not lose the run
                pass
        return out


def _hook_params(origin: str, values: dict):
    """What the start-up hook reported, as (params, origins)."""
    from ..capture.params import params_from_mapping
    from ..models import ParamOrigin

    params = params_from_mapping(values, "hook")
    return params, [ParamOrigin("hook", origin, len(params))]


def _kind(exc: Exception, kind: str) -> str:
    """The Warner key of a failure: all those from a lack of memory or threads (a tight ulimit)
    are one kind, said once, whatever part of the tracking they stopped."""
    # A SyntaxError from our own code means the compiler ran out of memory (`ulimit -v`, no
    # .pyc yet): the same lack, not a bug to report apart.
    return "limits" if isinstance(exc, (MemoryError, RuntimeError, SyntaxError)) else kind


def _guarded(capture, warner: Warner, what: str):
    """Captures return (value, warnings); a bug in one must not cost the run."""
    try:
        return capture()
    except Exception as exc:
        warner.warn(what, f"{what} capture failed ({type(exc).__name__}: {exc})")
        return None, []


def _status(result: runner.ChildResult) -> str:
    if result.error:
        return FAILED
    if result.signal is not None or (result.received is not None and result.exit_code != 0):
        return INTERRUPTED
    return FINISHED if result.exit_code == 0 else FAILED


def _write_step_summary(session: _Session | None, warner: Warner) -> None:
    """On GitHub Actions, append the run's Markdown summary to the job's summary page."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path or session is None or session.broken:
        return
    from ..capture.ci import detect_ci
    from ..render.ci_summary import append_summary, summary_markdown
    from ..report.mermaid import chart_metrics

    try:
        run = session.store.get_runs([session.run_id])[0]
        charted = chart_metrics(run)  # the job page shows their curves (Mermaid charts)
        series = session.store.read_metrics(run.id, charted) if charted else {}
        append_summary(path, summary_markdown(run, detect_ci(os.environ), series))
    except (ExpctlError, OSError) as exc:
        warner.warn("summary", f"no job summary written ({getattr(exc, 'message', None) or exc})")


def _report(session: _Session | None, result: runner.ChildResult, started: float) -> None:
    from ..render.text import format_duration

    if session is None:
        return
    elapsed = format_duration(time.time() - started)
    status = _status(result)
    detail = f"signal {result.signal}" if result.signal else f"exit {result.exit_code}"
    runner.write_all_safely(
        2, f"expctl: run {session.run_id} {status} ({detail}) in {elapsed}\n".encode()
    )


__all__ = ["RunOptions", "record_run", "CRASHED"]
