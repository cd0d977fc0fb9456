"""What every command shares: the store option, output format, error exit, opening the store."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Sequence
from ..errors import ExpctlError, UsageError
from .options import Annotated, Argument, Option

DbOption = Annotated[
    str | None,
    Option("--db", help="Store file (default: $EXPCTL_DB, nearest .expctl/, git root, data folder).",
                 show_default=False),
]
FormatOption = Annotated[
    str, Option("--format", "-f", help="Output format: table, json, csv or markdown.")
]
WhereOption = Annotated[
    str | None,
    Option("--where", "-w", show_default=False,
                 help="Only runs matching this condition, e.g. \"params.lr >= 0.01 and "
                      "metrics.acc > 0.9\" (see the README for the language)."),
]
SortOption = Annotated[
    str | None,
    Option("--sort", show_default=False,
                 help="Order by these fields, e.g. metrics.acc:desc,params.lr (default: newest first)."),
]
AnalysisStatusOption = Annotated[
    list[str] | None,
    Option("--status", "-s", show_default=False,
                 help="Analyse runs with this status (repeatable; 'any' for all). Default: "
                      "finished only; runs left out are counted on stderr."),
]
RunsArg = Annotated[
    list[str] | None,
    Argument(show_default=False, metavar="RUN",
                   help="Runs: ids, uuid prefixes, names, last, last~N, ranges 12..20, or - to read them from stdin."),
]


def print_error(exc: ExpctlError) -> None:
    """`Error: message` and, on a second line, the hint: all on stderr, never a traceback."""
    text = f"Error: {exc.message}\n"
    if exc.hint:
        text += f"Hint: {exc.hint}\n"
    if sys.stderr is not None:  # None when the shell closed it (`2>&-`)
        sys.stderr.write(text)
        sys.stderr.flush()


def user_errors(command):
    """Turn ExpctlError into `Error: ...` and its exit code, at the CLI boundary; the wrapper is
    what Typer registers, so `Option`/`Argument` declarations become Typer's here."""
    from .options import typer_signature

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        code, result = call_guarded(command, *args, **kwargs)
        if code is not None:
            import typer

            raise typer.Exit(code)
        return result

    signature = typer_signature(command)
    # inspect.signature (and so Typer) honours a function's __signature__; functools' types don't declare it
    wrapper.__signature__ = signature  # type: ignore[attr-defined]
    wrapper.__annotations__ = {name: p.annotation for name, p in signature.parameters.items()}
    return wrapper


def call_guarded(command, *args, **kwargs) -> tuple[int | None, object]:
    """Call `command`; (None, its result), or (exit code, None) after a user error (printed) or
    a reader that left the pipe (`expctl list | head`: exit quietly like other Unix tools)."""
    try:
        return None, command(*args, **kwargs)
    except ExpctlError as exc:
        print_error(exc)
        return exc.exit_code, None
    except BrokenPipeError:
        _silence_stdout()
        return 141, None


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
    from ..record.procs import hostname, is_recorder_alive

    dead = [
        run_id for run_id, pid, started in store.running_runs(hostname())
        if not is_recorder_alive(pid, started)
    ]
    if dead:
        store.mark_crashed(dead)
    return dead


def resolve_many(store, refs: list[str]) -> list[int]:
    """Run ids for references (ranges included; `-` reads more from stdin), in the order given,
    without repeats."""
    from ..query.refs import expand_stdin, resolve_refs

    return resolve_refs(store, expand_stdin(refs, sys.stdin))


def resolve_one_run(store, ref: str) -> int:
    """The run id of a single-run command's reference (`-` reads it from stdin)."""
    from ..query.refs import expand_stdin, resolve_single

    return resolve_single(store, expand_stdin([ref], sys.stdin))


def open_run(db: str | None, ref: str) -> tuple:
    """The store and the id of the one run `ref` names: the start of every single-run command."""
    store = open_for_read(db)
    return store, resolve_one_run(store, ref)


def select_run_ids(store, refs: list[str] | None = None, where: str | None = None,
                   sort: str | None = None, limit: int | None = None, **filters) -> list[int]:
    """Ids of the runs named by `refs` (`-` reads references from stdin) and/or matching the
    `--where` text, ordered by `--sort` (default: the order of `refs`, else newest first), at
    most `limit`. `filters`: experiment, tags, statuses, as for Store.find_run_ids.
    Bad references or expressions raise ExpctlError (QueryError points at the column)."""
    from ..query.lookup import find_run_ids
    from ..query.refs import expand_stdin

    if refs:
        refs = expand_stdin(refs, sys.stdin)
    return find_run_ids(store, where, sort, limit, refs or None, **filters)


def select_runs(store, refs: list[str] | None = None, where: str | None = None,
                sort: str | None = None, limit: int | None = None, **filters):
    """The runs `select_run_ids` picks, loaded (params, tags, metric summaries), in its order.
    Commands that take runs and `--where` (compare, ttest, importance, export ...) use this."""
    return store.get_runs(select_run_ids(store, refs, where, sort, limit, **filters))


def project_settings() -> dict:
    """The project's configuration values (`[tool.expctl]` or `.expctl/config.toml`), or {}:
    commands take goal directions (`maximize`, `minimize`) and `seed_params` from it, after
    their own options."""
    from ..config import load_config

    return load_config().values


def select_for_analysis(store, refs: list[str] | None = None, where: str | None = None,
                        statuses: list[str] | None = None, sort: str | None = None,
                        limit: int | None = None, option: str = "--status", metric: str | None = None,
                        params: bool = True, **filters):
    """The runs an analysis uses (expctl.analyse.selection: finished unless `statuses` says otherwise),
    loaded, in `select_run_ids` order: whole, or with `metric` only what an analysis of it reads
    (Store.analysis_runs; params when `params`). Runs the selection named but the rule leaves
    out are counted in a note on stderr."""
    from ..analyse.selection import chosen_statuses

    chosen_statuses(statuses)  # a wrong --status is refused before anything is read
    ids = select_run_ids(store, refs, where, sort, limit, **filters)
    loaded = store.get_runs(ids) if metric is None else store.analysis_runs(ids, metric, params)
    return keep_for_analysis(loaded, statuses, option)


def select_column(store, where: str | None, statuses: list[str] | None, metric: str, agg: str,
                  **filters):
    """`select_for_analysis` for importance and groups, as a columns.MetricColumn of `metric`'s
    `agg` value (Store.summary_column: no object per run); the same runs, note and errors."""
    from ..analyse.columns import observe_columns, summary_field
    from ..analyse.selection import chosen_statuses

    chosen_statuses(statuses)
    ids, run_statuses, has, values = store.summary_columns(
        select_run_ids(store, None, where, **filters), metric, summary_field(agg))
    kept = keep_for_analysis(range(len(ids)), statuses, run_statuses=run_statuses)
    if len(kept) < len(ids):  # (columns, not a tuple per run: see Store.summary_columns)
        ids, has, values = (list(map(column.__getitem__, kept)) for column in (ids, has, values))
    return observe_columns(store, ids, has, values, metric, agg)


def select_rows(store, refs: list[str] | None, where: str | None, filters, metric: str,
                agg: str) -> list[tuple]:
    """The Store.summary_column rows (of `metric`, as `agg` reads it) of the runs
    `select_for_analysis` picks from `refs`/`where` and `filters` (experiment, tags, statuses):
    the same runs, in its order, the same note on those the analysis rule leaves out."""
    from ..analyse.columns import status_column, summary_field
    from ..analyse.selection import chosen_statuses

    filters = dict(filters)
    statuses = filters.pop("statuses", None)
    chosen_statuses(statuses)
    rows = store.summary_column(select_run_ids(store, refs, where, **filters), metric, summary_field(agg))
    return keep_for_analysis(rows, statuses, run_statuses=status_column(rows))


def keep_for_analysis(runs, statuses: Sequence[str] | None, option: str = "--status",
                      run_statuses: Sequence[str] | None = None) -> list:
    """Of `runs` (already loaded), those an analysis uses (expctl.analyse.selection: finished
    unless `statuses` says otherwise); the others are counted in a note on stderr.
    `run_statuses`: as selection.keep_analysed takes it."""
    from ..analyse.selection import chosen_statuses, keep_analysed, left_out_note

    wanted = chosen_statuses(statuses)
    kept, left_out = keep_analysed(runs, wanted, run_statuses)
    note = left_out_note(left_out, wanted, option)
    if note:
        sys.stderr.write(f"expctl: {note}\n")
    return kept
