"""Command-line entry point.

`expctl run` is the hot path: it wraps every job, so it parses its own options (`run_args`, stdlib
only) and never imports Typer, which alone costs about 50 ms. Everything else, and `run --help`,
goes through the Typer app in `expctl.cli.app`. A test keeps both parsers in agreement.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["run"]:
        _fast_run(argv[1:])
    if argv[:1] == ["__complete"]:  # a Tab press (see expctl.completion.dynamic): no Typer, no Rich
        from ..completion.dynamic import main as complete

        code = complete(argv[1:])
        sys.stdout.flush()
        os._exit(code)
    from .app import app_for

    app_for(argv)(args=argv, prog_name="expctl")


def _fast_run(args: list[str]) -> None:
    from ..errors import ExpctlError
    from .run_args import parse_run_args

    from ..record.recorder import record_run

    try:
        opts = parse_run_args(args)
        if opts is None:
            return  # --help: Typer prints it
        code = record_run(opts)
    except ExpctlError as exc:  # usage errors found before the command starts (a bad --param)
        from ._common import print_error

        print_error(exc)
        sys.exit(exc.exit_code)
    # Everything is recorded and committed: leave without the interpreter's teardown (and the
    # store's close-time WAL checkpoint), which would add about 10 ms to every wrapped command.
    # SQLite keeps the committed write-ahead log; the next connection carries on from it.
    for stream in (sys.stdout, sys.stderr):  # None when the shell closed it (`>&-`)
        if stream is not None:
            stream.flush()
    os._exit(code)
