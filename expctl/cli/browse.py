"""Reading the store: list, show, logs, metrics, experiments, info."""

from __future__ import annotations

import sys
from ..errors import UsageError
from ._common import (DbOption, FormatOption, SortOption, WhereOption, check_format,
                      open_for_read, open_run, project_settings, select_run_ids, user_errors)
from .options import Annotated, Argument, Option

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` (see expctl.cli.options)
if TYPE_CHECKING:
    import typer

RunArg = Annotated[str, Argument(help="A run: id, uuid prefix, name, last, last~N, or - to read it from stdin.")]


def register(app: typer.Typer) -> None:
    app.command("list", help="List runs, newest first.")(user_errors(list_runs))
    app.command("ls", hidden=True)(user_errors(list_runs))
    app.command("show", help="Show everything recorded about a run.")(user_errors(show))
    app.command("logs", help="Print a run's recorded output.")(user_errors(logs))
    app.command("metrics", help="Print a run's metric series.")(user_errors(metrics))
    app.command("experiments", help="List experiments.")(user_errors(experiments))
    app.command("info", help="Show which store is used and why.")(user_errors(info))


def list_runs(
    experiment: Annotated[str | None, Option("--experiment", "-e", help="Only this experiment.")] = None,
    tag: Annotated[list[str] | None, Option("--tag", "-t", help="Only runs with this tag (repeatable: all of them).")] = None,
    status: Annotated[list[str] | None, Option("--status", "-s", help="Only runs with this status (repeatable; default: any).")] = None,
    where: WhereOption = None,
    sort: SortOption = None,
    columns: Annotated[str | None, Option("--columns", "-c", show_default=False, help="Table columns: these fields, e.g. id,name,params.lr,metrics.acc,metrics.acc.max.")] = None,
    limit: Annotated[int, Option("--limit", "-n", help="Show at most this many runs.")] = 20,
    all_runs: Annotated[bool, Option("--all", "-a", help="Show every run (no limit).")] = False,
    fmt: Annotated[str, Option("--format", "-f", help="Output format: table, json, csv, markdown, or ids (one run id a line).")] = "table",
    db: DbOption = None,
) -> None:
    from ..render.output import emit_table
    from ..render.runs import list_rows

    from ..analyse.selection import chosen_statuses

    fmt = check_format(fmt, ("table", "json", "csv", "markdown", "ids"))
    statuses = list(chosen_statuses(status, default=("any",)))  # listing shows every status
    if limit < 1 and not all_runs:
        raise UsageError("--limit must be at least 1", hint="use --all for every run")
    fields = _parse_columns(columns)
    store = open_for_read(db)
    ids = select_run_ids(store, None, where, sort, None if all_runs else limit,
                         experiment=experiment, tags=tag or [], statuses=statuses)
    if fmt == "ids":
        sys.stdout.write("".join(f"{run_id}\n" for run_id in ids))
        return
    if fmt in ("json", "csv"):  # streamed: memory does not grow with the number of runs
        _emit_streamed(store, ids, fmt, fields)
        return
    runs = store.get_runs(ids)
    if not runs and fmt == "table":
        sys.stderr.write("No runs match these filters\n"
                         if where is not None or experiment or tag or status else
                         "No runs recorded yet: record one with  expctl run -- <command>\n")
        return
    settings = project_settings()  # which metrics the user cares about, and their direction
    if fields:
        table = _column_rows(store, runs, fields)
    else:
        table = list_rows(runs, store.git_summaries([r.id for r in runs]),
                          named=_named_metrics(runs, where, sort, settings))
    headers, rows, right = table.headers, table.rows, table.right
    if fmt == "table":
        headers, rows, right = _fit_terminal(table)
    from ..render.style import list_styles

    emit_table(headers, rows, fmt, right=right, styles=list_styles(runs, headers, settings))


def _emit_streamed(store, ids: list[int], fmt: str, fields) -> None:
    """`list -f json|csv`, written a batch of runs at a time (in C from an SQLite file)."""
    from ..models import paused_gc

    with paused_gc():  # what is written holds no cycles (see paused_gc)
        if fmt == "json":
            from ..render.listing import emit_listing_json
            from ..render.output import JSON_FORMAT_VERSION
            from ..transfer.listing_lines import batch_writer

            emit_listing_json(store, ids, batch_writer(store, JSON_FORMAT_VERSION))
        elif fields:
            from ..render.output import emit_csv_rows

            emit_csv_rows(*_csv_rows(store, ids, fields))
        else:
            from ..render.listing_csv import emit_listing_csv
            from ..transfer.listing_lines import csv_batch_writer, csv_spread

            emit_listing_csv(store, ids, csv_batch_writer, csv_spread)


def _fit_terminal(table):
    """On a terminal, the columns that fit whole (render.fit), and a note on stderr about the
    others; elsewhere (a pipe, a file) every column."""
    from ..render.output import stdout_is_terminal

    if not stdout_is_terminal():
        return table.headers, table.rows, table.right
    from ..render.fit import apply_fit, fit_columns
    from ..render.output import console
    from ..render.runs import left_out_note

    width = console().width
    fit = fit_columns(table.headers, table.rows, width, table.order, table.text)
    if fit.dropped:
        note = left_out_note([table.fields[i] for i in fit.dropped], width)
        sys.stderr.write(f"expctl: {note}\n")
    return apply_fit(fit, table.headers, table.rows, table.right)


def _csv_rows(store, ids: list[int], fields, batch: int = 500):
    """`list -f csv --columns ...`: the headers, and the rows as a generator reading runs
    `batch` at a time."""
    batches = (store.get_runs(ids[start:start + batch]) for start in range(0, len(ids), batch))
    headers = _column_rows(store, [], fields).headers
    return headers, (row for runs in batches for row in _column_rows(store, runs, fields).rows)


def _named_metrics(runs, where: str | None, sort: str | None, settings: dict) -> list[str]:
    """Metrics the user named: in --where, --sort, or the configuration's maximize/minimize."""
    import re

    from ..analyse.direction import goal_metrics

    text = " ".join(filter(None, (where, sort)))
    goals = goal_metrics(settings)
    names = sorted({name for run in runs for name in run.metrics})
    return [name for name in names if name in goals or re.search(
        r"metrics\.(?:" + re.escape(name) + r"(?![\w/.-])|`" + re.escape(name) + "`)", text)]


def _parse_columns(columns: str | None):
    if columns is None:
        return None
    from ..query.where import parse_columns

    return parse_columns(columns)


def _column_rows(store, runs, fields):
    from ..render.columns import column_rows
    from ..render.runs import ListTable

    wants_git = any(field.kind == "git" for field in fields)
    git_by_run = {run.id: store.get_git(run.id) for run in runs} if wants_git else {}
    headers, rows, right = column_rows(runs, fields, git_by_run)
    from ..query.fields import TAGS, TEXT

    text = [field.type in (TEXT, TAGS) for field in fields]
    return ListTable(headers, rows, right, headers, text, list(range(len(headers))))


def show(
    run: RunArg,
    patch: Annotated[bool, Option("--patch", help="Print only the run's recorded uncommitted changes, as a patch for `git apply`.")] = False,
    fmt: FormatOption = "table",
    db: DbOption = None,
) -> None:
    from ..render.output import emit_json
    from ..render.show import emit_show
    from ..render.runs import run_json

    fmt = check_format(fmt)
    store, run_id = open_run(db, run)
    record = store.get_run(run_id)
    git, env = store.get_git(record.id), store.get_env(record.id)
    if patch:
        _write_patch(record.id, git)
        return
    overridden, origins = store.overridden_params(record.id), store.param_origins(record.id)
    if fmt == "json":
        emit_json(run_json(record, git, env, overridden, origins))
        return
    emit_show(record, git, env, store.read_metrics(record.id) if fmt != "csv" else {}, fmt,
              overridden, origins)


def _write_patch(run_id: int, git) -> None:
    if git is None or not git.patch:
        raise UsageError(f"run {run_id} recorded no uncommitted changes",
                         hint="its code is the commit alone: git checkout " + (git.commit[:12] if git and git.commit else "<commit>"))
    if git.patch_truncated:
        raise UsageError(f"run {run_id}'s patch was cut at the size limit when it was recorded",
                         hint="a partial patch does not apply; expctl show -f json has what was kept")
    sys.stdout.write(git.patch if git.patch.endswith("\n") else git.patch + "\n")


def logs(
    run: RunArg,
    stderr_only: Annotated[bool, Option("--stderr", help="Only standard error.")] = False,
    stdout_only: Annotated[bool, Option("--stdout", help="Only standard output.")] = False,
    tail: Annotated[int | None, Option("--tail", "-n", help="Only the last N lines.")] = None,
    follow: Annotated[bool, Option("--follow", "-f", help="Keep printing the output as it arrives, until the run ends (as tail -f).")] = False,
    db: DbOption = None,
) -> None:
    from ..record.logs import assemble_log, last_lines

    if stderr_only and stdout_only:
        raise UsageError("--stdout and --stderr exclude each other", hint="give neither for both")
    # "output": both streams recorded together (they went to one place); never told apart.
    streams = ("stderr",) if stderr_only else ("stdout",) if stdout_only else ("stdout", "stderr")
    store, run_id = open_run(db, run)
    if follow:
        from .plot import follow_logs

        return follow_logs(store, run_id, (*streams, "output"), tail)
    chunks = store.read_logs(run_id, (*streams, "output"))
    if (stderr_only or stdout_only) and any(chunk.stream == "output" for chunk in chunks):
        sys.stderr.write("note: this run's stdout and stderr went to the same place and were "
                         "recorded together, in order: shown whole\n")
    data = assemble_log(chunks)
    if tail is not None:
        data = last_lines(data, tail)
    out = sys.stdout.buffer
    out.write(data)
    out.flush()


def metrics(
    run: RunArg,
    names: Annotated[list[str] | None, Argument(help="Metric names (default: all).")] = None,
    fmt: FormatOption = "table",
    db: DbOption = None,
) -> None:
    from ..render.output import emit_csv_rows, emit_json_groups, emit_table
    from ..render.series import SERIES_HEADERS, iter_series_rows, points_json

    fmt = check_format(fmt)
    store, run_id = open_run(db, run)
    recorded = store.get_run(run_id).metrics
    missing = [n for n in names or [] if n not in recorded]
    if missing:
        known = ", ".join(sorted(recorded)) or "none"
        raise UsageError(f"run {run_id} has no metric {', '.join(missing)}", hint=f"its metrics: {known}")
    pieces = store.iter_metric_chunks(run_id, names or [])  # JSON and CSV stream them
    if fmt == "json":
        emit_json_groups((name, points_json(piece)) for name, piece in pieces)
    elif fmt == "csv":
        emit_csv_rows(SERIES_HEADERS, iter_series_rows(pieces, exact=True))
    else:
        emit_table(SERIES_HEADERS, list(iter_series_rows(pieces)), fmt, right=[False, True, True, False])


def experiments(fmt: FormatOption = "table", db: DbOption = None) -> None:
    from ..render.output import emit_json, emit_table
    from ..render.text import format_time, iso_time

    fmt = check_format(fmt)
    items = open_for_read(db).list_experiments()
    if fmt == "json":
        emit_json([dict(e, created_at=iso_time(e["created_at"]), last_run_at=iso_time(e["last_run_at"]))
                   for e in items])
        return
    rows = [[e["name"], str(e["runs"]), format_time(e["last_run_at"]), e["description"]] for e in items]
    emit_table(["experiment", "runs", "last run", "description"], rows, fmt,
               right=[False, True, False, False])


def info(fmt: FormatOption = "table", db: DbOption = None) -> None:
    from ..render.output import emit_json

    fmt = check_format(fmt)
    store = open_for_read(db)
    facts = store.info()
    exists = store.path != ":memory:"
    from ..paths import locate_store

    # The store's own name for itself (a server's URL without its password); where none was
    # created yet, where it would be.
    path = store.path if exists else locate_store(db).path
    doc = {"store": path, "reason": facts.reason, "exists": exists,
           "schema_version": facts.schema_version, "size_bytes": store.size_bytes() if exists else 0,
           **facts.counts}
    if fmt == "json":
        emit_json(doc)
        return
    if fmt in ("csv", "markdown"):
        from ..render.output import emit_table

        from ..render.show import exact_text

        emit_table(["field", "value"], [[key, exact_text(value)] for key, value in doc.items()], fmt)
        return
    lines = [f"store:          {path}" + ("" if exists else "  (not created yet)"),
             f"chosen by:      {facts.reason}",
             f"schema version: {facts.schema_version}",
             f"size:           {doc['size_bytes']:,} bytes",
             f"experiments:    {facts.counts['experiments']}",
             f"runs:           {facts.counts['runs']} ({facts.counts['running']} running)",
             f"metric points:  {facts.counts['metric_points']:,}"]
    sys.stdout.write("\n".join(lines) + "\n")
