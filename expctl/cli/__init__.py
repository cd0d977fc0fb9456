"""Command-line entry point.

Typer (with the Click it vendors) costs about 50 ms of imports, several bare Python starts, so
the commands people run most do without it:
- `expctl run` wraps every job: it parses its own options (`run_args`, stdlib only);
- the light read commands (`list`, `show`, `compare`, `ttest` ...; `fast.COMMANDS`) are parsed
  by `fast` from the same `Option`/`Argument` declarations Typer reads.
Everything else, `--help`, and any usage error goes through the Typer app in `expctl.cli.app`.
Tests keep the parsers in agreement with Typer (tests/test_startup.py, tests/test_fast_cli.py).
"""

from __future__ import annotations

import os
import sys

# The commands expctl.cli.fast runs (its COMMANDS; a test checks they are the same).
FAST_COMMANDS = frozenset(("list", "ls", "show", "logs", "metrics", "experiments", "info",
                           "compare", "diff", "ttest", "groups", "importance", "count"))


def main(argv: list[str] | None = None) -> None:
    as_program = argv is None  # the console script or `python -m expctl`, not a caller in Python
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["run"]:
        _fast_run(argv[1:])
    if argv[:1] == ["__complete"]:  # a Tab press (see expctl.completion.dynamic): no Typer, no Rich
        from ..completion.dynamic import main as complete

        code = complete(argv[1:])
        sys.stdout.flush()
        os._exit(code)
    if argv[:1] and argv[0] in FAST_COMMANDS:
        from .fast import main as fast_main

        try:
            fast_main(argv)  # exits, unless Typer has to take over (help, usage errors)
        except SystemExit as done:
            if as_program:
                _leave(done)
            raise
    from .app import app_for

    app_for(argv)(args=argv, prog_name="expctl")


def _collect_from_now() -> None:
    """Resume the cyclic collector held off during start-up. What start-up made is frozen
    first (`gc.freeze`): it lives as long as the run, and no collection need walk it again."""
    import gc

    gc.freeze()
    gc.enable()


def _leave(done: SystemExit) -> None:
    """Exit as `done` says, without the interpreter's teardown: freeing every module and all
    that a command read costs about 3 ms, a third of a bare Python start. A light command keeps
    nothing that needs it (no thread, no file being written, no atexit handler; its store was
    only read, or written in committed transactions). Returns, for the usual exit, when the
    status is not a number or the output cannot be flushed (a reader that left: Python then
    reports it as it always does)."""
    code = 0 if done.code is None else done.code
    if not isinstance(code, int):
        return
    try:
        for stream in (sys.stdout, sys.stderr):  # None when the shell closed it (`>&-`)
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def _exec_out_of_memory(command: list[str]) -> None:
    """Become `command` (see `_fast_run`), trying again while memory is short."""
    import gc

    os.write(2, b"expctl: warning: out of memory before the command started; running it untracked\n")
    for _ in range(3):
        gc.collect()
        try:
            from ..record.runner import exec_unwrapped  # the import may run out of memory too

            exec_unwrapped(command)
        except Exception:  # MemoryError, and what a half-made import leaves (SystemError ...)
            continue
    try:
        os.execvp(command[0], command)  # the plainest exec, with nothing left to import
    except Exception:
        pass
    os._exit(126)


def _fast_run(args: list[str]) -> None:
    import gc

    # Until the command runs, the cyclic collector only walks the objects start-up makes (the
    # modules' functions, classes and tables), which all live as long as expctl: about 4 M
    # instructions of collections, 1 ms of every wrapped command. It resumes once the command
    # runs (`_collect_from_now`), for whatever the run's own objects leave behind.
    collecting = gc.isenabled()
    gc.disable()
    from .. import codecache

    code_cache = codecache.install()  # the run path's modules from one file (see there)
    from ..errors import ExpctlError
    from .run_args import parse_run_args

    from ..record.recorder import record_run

    opts, spawned = None, []

    def on_spawned() -> None:
        spawned.append(True)
        if collecting:
            _collect_from_now()

    try:
        opts = parse_run_args(args)
        if opts is None:
            if collecting:
                gc.enable()
            return  # --help: Typer prints it
        code = record_run(opts, on_spawned=on_spawned)
    except ExpctlError as exc:  # usage errors found before the command starts (a bad --param)
        from ._common import print_error

        print_error(exc)
        sys.exit(exc.exit_code)
    except (MemoryError, SystemError, ImportError):
        # The interpreter itself out of memory (ulimit -v near where Python barely starts: a
        # module that cannot be mapped, a C call failing without an exception set) before the
        # command started: it runs as it is, once the failure's frames are let go and what
        # start-up left is collected. Once it started, nothing can be done for it here.
        if spawned or opts is None:
            raise
        code = None
    if code is None:
        assert opts is not None
        _exec_out_of_memory(opts.command)
        return  # not reached: _exec_out_of_memory never returns
    # Everything is recorded and committed: leave without the interpreter's teardown (and the
    # store's close-time WAL checkpoint), which would add about 10 ms to every wrapped command.
    # SQLite keeps the committed write-ahead log; the next connection carries on from it.
    codecache.save(code_cache)  # when this run imported modules the file lacks
    for stream in (sys.stdout, sys.stderr):  # None when the shell closed it (`>&-`)
        if stream is not None:
            stream.flush()
    os._exit(code)
