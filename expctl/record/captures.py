"""What a run records besides its output: git state, environment, params found in config files,
in the start-up hook's report, in the output or in a Hydra output folder, and artifacts.

Each capture returns (value, warnings) and is guarded (`guarded`): a bug or a failure in one is a
warning, never a lost run. The git/environment capture runs on a thread while the command runs
(`Captures.capture`); the rest is taken at the flushes and once the command ended.
"""

from __future__ import annotations

import os
import time

from .session import Session, Warner, failure_kind
from ..threads import Daemon, Event

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Callable


class Captures:
    """The captures of one run, written through its `session`."""

    def __init__(self, session: Session, opts, warner: Warner, parser, cwd: str, cwd_exists: bool,
                 ahead: CaptureAhead | None = None):
        self.session = session
        self.ahead = ahead
        self.opts = opts
        self.warner = warner
        self.parser = parser
        self.cwd = cwd
        self.cwd_exists = cwd_exists
        self.created = time.time()  # the run's files (a Hydra output folder) are newer than this
        self.output_params_taken = 0  # how many of the parser's printed-config params are stored

    def capture(self) -> None:
        """Git state, environment and config-file params: on a thread while the command runs
        (git and environment were started ahead, see `CaptureAhead`)."""
        ahead = self.ahead or CaptureAhead(self.opts, self.cwd, self.cwd_exists,
                                           self.session.secrets, self.warner, in_thread=False)
        self.store(ahead.results())

    def store(self, found: tuple) -> None:
        """Store what `CaptureAhead` `found`, then the config-file params."""
        from ..capture.config_files import config_file_params

        session = self.session
        (git, warnings), (env, env_warnings) = found
        for message in warnings:
            self.warner.warn("git", message)
        if git:
            session.write(session.store.record_git, session.run_id, git)
        for message in env_warnings:
            self.warner.warn("env:" + message, message)
        if env:
            session.write(session.store.record_env, session.run_id, env)
        if self.cwd_exists:
            self.add_params(lambda: config_file_params(self.opts.command, self.cwd))

    def add_params(self, find) -> None:
        """Store the params `find()` returns (params, origins), less the config's ignore_params."""
        found, _ = guarded(lambda: (find(), []), self.warner, "params")
        if found and (found[0] or found[1]):
            params = [p for p in found[0] if p.name not in self.opts.ignore_params]
            self.session.write(self.session.store.add_params, self.session.run_id, params, found[1])

    def add_hook_params(self, origin: str, values: dict) -> None:
        """Store what the start-up hook (--py-hook) reported through the side channel."""
        self.add_params(lambda: _hook_params(origin, values))

    def take_output_params(self) -> None:
        """Store the configuration the command printed that the parser found since the last
        time (`MetricParser.params`: (name, text) pairs in the order found), source `output`."""
        with self.session.lock:
            found = getattr(self.parser, "params", ())[self.output_params_taken:]
            self.output_params_taken += len(found)
        if found:
            from ..capture.params import make_param, normalize_name

            self.add_params(lambda: ([make_param(normalize_name(name), text, "output")
                                      for name, text in found], []))

    def take_hydra_params(self) -> None:
        """Store the config a Hydra run wrote to its output folder."""
        self.add_params(self._hydra_output)

    def _hydra_output(self):
        """The config a Hydra run wrote to its output folder, as (params, origins)."""
        from ..capture.config_files import hydra_output_config, read_config_params

        found = (hydra_output_config(self.opts.command, self.cwd, self.created - 0.05)
                 if self.cwd_exists else None)
        if found is None:
            return [], []
        params, origin = read_config_params(*found, hydra=True)
        return params, [origin]

    def keep_artifacts(self) -> None:
        """Store the files the run's --artifact globs match (before its status is set: a
        finished run has its files)."""
        if not (self.opts.artifacts and self.cwd_exists):
            return
        from ..store.artifacts import save_artifacts

        session = self.session
        warnings = []
        ok = session.write(lambda: warnings.extend(save_artifacts(
            session.store, session.run_id, self.opts.artifacts, self.cwd,
            self.opts.artifact_max_mb)))
        for message in warnings if ok else ():
            self.warner.warn("artifact:" + message, message)


class CaptureAhead:
    """The git state and the environment, captured from the moment the run's options are known,
    in a thread of their own: git's subprocesses (about 10 ms) then overlap opening the store and
    starting the command instead of following them. Once the command runs, the same thread
    stores what it found (`hand_over`): a thread fewer to start and join. Outside a git
    repository no thread starts ahead: the environment's capture alone is Python work (some
    5 M instructions) that before the command starts would only hold the main thread back (one
    thread runs Python at a time), and that, once the command runs, runs beside it. Then, and
    without a thread to spare, `Captures.capture` does it all on a thread of its own, or inline."""

    def __init__(self, opts, cwd: str, cwd_exists: bool, secrets: set[str], warner: Warner,
                 in_thread: bool = True):
        from ..paths import likely_git_root

        self.opts, self.cwd, self.cwd_exists = opts, cwd, cwd_exists
        self.secrets, self.warner = secrets, warner
        self.in_repo = cwd_exists and likely_git_root(cwd) is not None
        self.found: tuple | None = None
        self._then: Callable[[tuple], None] | None = None
        self._go = Event()  # set by `hand_over`
        self.thread = Daemon(self._run, "expctl-capture-ahead")
        try:
            if in_thread and self.in_repo:
                self.thread.start()
        except RuntimeError:  # no thread to spare (ulimit -u): the capture thread does it
            pass

    def _run(self) -> None:
        try:
            self.found = self._capture()
        except Exception:  # out of memory past `guarded` (ulimit -v): captured again below or
            self.found = None  # by `results`, where a failure is warned about, never raised
        self._go.wait()  # `hand_over` sets it: `results`, or the run's end (`RunHooks.finish`)
        then = self._then
        if then is None:
            return
        try:
            found = self.found if self.found is not None else self._capture()
        except Exception as exc:  # out of memory again: said as the run's other limits are
            self.warner.warn(failure_kind(exc, "capture"),
                             f"no git/environment capture ({type(exc).__name__}: {exc})")
            return
        then(found)

    def hand_over(self, then: Callable[[tuple], None] | None) -> bool:
        """Have this thread call `then(results)` once captured (None: just end); False when
        it is not running (never started, or given up), the caller then stores the results
        itself. Called once."""
        if not self.thread.is_alive():
            return False
        self._then = then
        self._go.set()
        return True

    def _capture(self) -> tuple:
        from ..capture.env import capture_env

        git = guarded(self._capture_git, self.warner, "git") if self.in_repo else (None, [])
        env = guarded(lambda: capture_env(self.opts.command, self.opts.env_prefixes),
                      self.warner, "env")
        if env[0]:
            from ..capture.ci import detect_ci

            env[0]["ci"] = detect_ci(os.environ)  # None outside CI; `--where ci.provider = ...`
        return git, env

    def _capture_git(self) -> tuple:
        from ..capture.git import capture_git  # here: outside a repository it is not needed

        return capture_git(self.cwd, secrets=self.secrets)

    def results(self) -> tuple:
        """((git, warnings), (env, warnings)), once captured (not on this object's thread)."""
        if self.thread.started:
            self.hand_over(None)
            self.thread.join()
        if self.found is None:  # never started, or it failed past `guarded` (out of memory)
            self.found = self._capture()
        return self.found


def _hook_params(origin: str, values: dict):
    """What the start-up hook reported, as (params, origins)."""
    from ..capture.params import params_from_mapping
    from ..models import ParamOrigin

    params = params_from_mapping(values, "hook")
    return params, [ParamOrigin("hook", origin, len(params))]


def guarded(capture, warner: Warner, what: str):
    """Captures return (value, warnings); a bug in one must not cost the run. A lack of memory
    is the one kind of limit failure (`failure_kind`), said once for the whole run."""
    try:
        return capture()
    except Exception as exc:
        warner.warn(failure_kind(exc, what), f"{what} capture failed ({type(exc).__name__}: {exc})")
        return None, []
