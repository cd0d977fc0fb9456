"""`expctl run`: record a command's run around `runner.run_child`.

Record early, finish late: the run row exists before the child starts (`session.open_session`);
metric points, logs and resource samples are written by a background writer at least every
`tracking.FLUSH_INTERVAL_S`; the row is finalised once the command ended (`RunHooks.finish`).
Git and environment capture run on a thread while the child runs, off its critical path
(`captures`). This module conducts: options and config, the child's environment, the end report.

Tracking never harms the command: any failure of the store or of a capture is reported once on
stderr (`expctl: warning: ...`) and the command goes on; expctl exits with the child's exit code.
"""

from __future__ import annotations

import os
import time

from . import childio
from . import runner
from ..errors import ExpctlError, UsageError
from ..models import CRASHED, Record
from .session import Session, Warner, open_session, storable
from ..terminal import isatty as _isatty

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    import signal
    from collections.abc import Callable, Sequence

    from ..threads import Event

    from .tracking import RunHooks
else:
    try:  # signal's C half: the `signal` module makes enums of it at import (`enum`, ~3 ms)
        import _signal as signal
    except ImportError:  # another Python
        import signal


class RunOptions(Record):
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

    command: list[str]
    name: str | None = None
    experiment: str = "default"
    tags: Sequence[str] = ()
    notes: str | None = ""
    params: Sequence[str] = ()
    quiet: bool = False
    pty: bool | None = None
    db: str | None = None
    env_prefixes: Sequence[str] = ()
    metric_patterns: Sequence[str] = ()
    metric_name: str | None = None
    default_patterns: bool = True
    summary: bool = True
    ignore_params: Sequence[str] = ()
    artifacts: Sequence[str] = ()
    artifact_max_mb: float = 1024.0
    ignore_metrics: Sequence[str] = ()
    only_metrics: Sequence[str] = ()
    py_hook: bool | None = None


def record_run(opts: RunOptions, on_spawned: Callable[[], None] | None = None) -> int:
    """Run and record `opts.command`; return the exit code expctl must exit with. `on_spawned`
    is called once the command runs (the CLI resumes the garbage collector then).

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
    ending = _EndSignals(hooks.abort if hooks else None)
    try:
        result = runner.run_child(
            opts.command, _child_env(hooks.session if hooks else None, hooks.side if hooks else None,
                                     bool(opts.py_hook)),
            use_pty, echo=not opts.quiet,
            on_start=_on_start(hooks, on_spawned, ending.arm),
            on_output=hooks.output if hooks else None, closed=closed,
        )
    except runner.NotStarted as exc:  # no descriptors or memory to wrap it: run it as it is
        warner.warn("internal", f"cannot track this run ({exc}); running the command untracked")
        if hooks:
            hooks.abandon()
        runner.exec_unwrapped(opts.command)
    if result.error:
        runner.write_all_safely(2, f"expctl: {result.error}\n".encode())
    if hooks:
        unguard = _guard_the_end(result.exit_code)
        try:
            hooks.finish(result)
            _report(hooks.session, result, started)
            if opts.summary:
                _write_step_summary(hooks.session, warner)
        except Exception as exc:
            warner.warn("internal", f"recording the end of the run failed ({type(exc).__name__}: {exc})")
        finally:
            unguard()
    return result.exit_code


# The interpreter making no progress for this long once the command ended is taken for hung.
# Recording the end of a run waits on locks, stores and threads, but those waits release the
# GIL; only a thread that never hands the GIL on (CPython's endless unwinding when out of
# memory: expctl/record/_guard.c) stops the guard's ticks, so it can be short.
STUCK_S = 30.0
STUCK_MESSAGE = (b"expctl: warning: expctl stopped responding after the command ended (out of "
                 b"memory?); exiting with the command's exit code, the run left unfinished\n")


def _guard_the_end(code: int) -> Callable[[], None]:
    """While the end of the run is recorded, a guard (expctl.record._guard) that exits with
    the command's exit `code`, with one warning, should the interpreter hang. Returns what
    stops it. Without the compiled guard (no C compiler) or memory for its threads: none."""
    try:
        from . import _guard

        if _guard.arm(code, STUCK_S, STUCK_MESSAGE):
            return _guard.disarm
    except Exception:  # ImportError ("failed to map segment": ulimit -v), MemoryError
        pass
    return _no_guard


def _no_guard() -> None:
    pass


def _on_start(hooks: RunHooks | None, on_spawned: Callable[[], None] | None,
              arm: Callable[[], None]) -> Callable[[int], None]:
    """What the runner calls with the command's pid once it runs: `arm` (the end's signals),
    the hooks' `started`, then `on_spawned`."""
    def started(pid: int) -> None:
        arm()
        if hooks:
            hooks.started(pid)
        if on_spawned:
            on_spawned()

    return started


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


class _EndSignals:
    """SIGTERM, SIGINT, SIGHUP and SIGQUIT once the command ended: they cut the recording of its
    end short (`event`: the run says so) and expctl exits with the command's exit code, instead
    of being killed with the run unfinished. Installed before the runner's own handlers (which
    pass signals on to the command while it runs, then put these back) and held until expctl
    exits: a signal between the runner's end and the end of the recording, or while expctl
    leaves, was the default's (killed by SIGTERM: exit 143 for a command that exited 0).
    Before the command started (`arm`), a signal does what it did without them."""

    SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT)

    def __init__(self, event: Event | None):
        self.event = event
        self.armed = False
        self.saved: dict = {}
        for signum in self.SIGNALS:
            if signal.getsignal(signum) != signal.SIG_IGN:
                self.saved[signum] = signal.signal(signum, self._on_signal)

    def arm(self) -> None:
        self.armed = True

    def _on_signal(self, signum: int, frame) -> None:
        if self.armed:
            if self.event is not None:
                self.event.set()
            return
        before = self.saved[signum]
        if callable(before):
            before(signum, frame)
        else:  # the default: as though these were never installed
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)


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


def _prepare(opts: RunOptions, started: float, warner: Warner, cwd: str) -> RunHooks:
    from ..capture.params import apply_overrides, parse_params
    from ..capture.redact import collect_secrets
    from .tracking import RunHooks, metric_parser

    parser = metric_parser(opts)  # a bad --metric-pattern: a usage error before anything starts

    # What is recorded must be valid text: argv words that are not UTF-8 (lone surrogates in
    # Python) are stored with backslash escapes. The child still gets the original bytes.
    secrets = collect_secrets(opts.command, os.environ)
    recorded = opts._replace(
        command=[storable(word) for word in opts.command],
        name=None if opts.name is None else _label(opts.name, secrets),
        experiment=storable(opts.experiment), tags=[_label(t, secrets) for t in opts.tags],
        notes=None if opts.notes is None else _label(opts.notes, secrets),
        params=[storable(p) for p in opts.params],
    )
    params = apply_overrides(parse_params(recorded.command), list(recorded.params))
    for name in opts.ignore_params:  # from the project's config; an explicit --param stays
        if name in params and params[name].source != "explicit":
            del params[name]
    cwd_exists = os.path.isdir(cwd) and "cwd" not in warner.said
    from .captures import CaptureAhead
    # The store's code loads before the capture thread starts: with no other thread, `_sqlite3`
    # loads without `functools` (see expctl.store.sqlite_conn), 3 ms sooner.
    from ..store import sqlite_conn  # noqa: F401

    ahead = CaptureAhead(opts, cwd, cwd_exists, secrets, warner)  # in a git repository: beside opening the store
    session = open_session(recorded, params, started, warner, cwd)
    if session:
        session.secrets = secrets
    return RunHooks(session, opts, warner, parser, cwd, cwd_exists, ahead)


def _label(text: str, secrets: set[str]) -> str:
    """A run name, tag or note as stored: storable, secrets in it hidden (`redact_label`)."""
    from ..capture.redact import redact_label

    return redact_label(storable(text), secrets)


def _child_env(session: Session | None, side=None, py_hook: bool = False) -> dict[str, str]:
    """The child's environment; out of memory to make it (ulimit -v), NotStarted: the command
    then runs as it is (it is not started yet)."""
    try:
        return _make_child_env(session, side, py_hook)
    except MemoryError as exc:
        raise runner.NotStarted(exc) from exc


def _make_child_env(session: Session | None, side, py_hook: bool) -> dict[str, str]:
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


def _write_step_summary(session: Session | None, warner: Warner) -> None:
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


def _report(session: Session | None, result: runner.ChildResult, started: float) -> None:
    from ..render.text import format_duration
    from .tracking import run_status

    if session is None:
        return
    elapsed = format_duration(time.time() - started)
    status = run_status(result)
    detail = f"signal {result.signal}" if result.signal else f"exit {result.exit_code}"
    runner.write_all_safely(
        2, f"expctl: run {session.run_id} {status} ({detail}) in {elapsed}\n".encode()
    )


__all__ = ["RunOptions", "record_run", "CRASHED"]
