"""What every command shares: the store option, output format, error exit, opening the store."""

from __future__ import annotations

import functools
import os
import sys
from typing import Annotated, Optional

import typer

from ..errors import ExpctlError, UsageError

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", help="Store file (default: $EXPCTL_DB, nearest .expctl/, git root, data folder).",
                 show_default=False),
]
FormatOption = Annotated[
    str, typer.Option("--format", "-f", help="Output format: table, json, csv or markdown.")
]


def print_error(exc: ExpctlError) -> None:
    """`Error: message` and, on a second line, the hint: all on stderr, never a traceback."""
    text = f"Error: {exc.message}\n"
    if exc.hint:
        text += f"Hint: {exc.hint}\n"
    sys.stderr.write(text)
    sys.stderr.flush()


def user_errors(command):
    """Turn ExpctlError into `Error: ...` and its exit code, at the CLI boundary."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ExpctlError as exc:
            print_error(exc)
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:
            # `expctl list | head`: the reader left; exit quietly like other Unix tools.
            _silence_stdout()
            raise typer.Exit(141) from None

    return wrapper


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def check_format(fmt: str, allowed=("table", "json", "csv", "markdown")) -> str:
    fmt = fmt.lower()
    if fmt not in allowed:
        raise UsageError(f"unknown format '{fmt}'", hint=f"use one of: {', '.join(allowed)}")
    return fmt


def open_for_read(db: str | None):
    """The store for a command on recorded runs; never creates one (where there is none, an
    empty stand-in answers). Marks runs whose recorder died as crashed."""
    from ..paths import locate_store
    from ..store import open_store

    where = locate_store(db)
    store = open_store(where.path, where.reason, create=False)
    reap_crashed(store)
    return store


def reap_crashed(store) -> list[int]:
    """Runs marked running on this host whose recorder process is gone are crashed, not running."""
    from ..procs import hostname, is_recorder_alive

    dead = [
        run_id for run_id, pid, started in store.running_runs(hostname())
        if not is_recorder_alive(pid, started)
    ]
    if dead:
        store.mark_crashed(dead)
    return dead


def resolve_many(store, refs: list[str]) -> list[int]:
    """Run ids for references, in the order given, without repeats."""
    seen: dict[int, None] = {}
    for ref in refs:
        seen[store.resolve_run(ref)] = None
    return list(seen)
