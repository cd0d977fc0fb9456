"""Moving runs between stores: export, import (the format is in docs/export-format.md)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..errors import ExpctlError, UsageError
from ._common import DbOption, RunsArg, WhereOption, open_for_read, select_run_ids, user_errors


def register(app: typer.Typer) -> None:
    app.command("export", help="Write runs, with everything recorded, to a JSON-lines file "
                               "that `expctl import` reads.\n\n"
                               "Example: expctl export --where \"status = 'finished'\" -o runs.jsonl")(
        user_errors(export_runs))
    app.command("import", help="Add the runs of export files to the store, merging by uuid: "
                               "runs already present are skipped; a run present with different "
                               "content is reported as a conflict and left as it is.")(
        user_errors(import_runs))
    app.command("sync", help="Deliver the runs kept in the local spool while the PostgreSQL "
                             "store was down or slow (expctl does this by itself on the next "
                             "command that reaches the server).")(user_errors(sync_runs))
    app.command("push", help="Copy runs (with their artifacts) from this store to another, "
                             "a file or a postgresql:// URL, merging by uuid as `import` does.\n\n"
                             "Example: expctl push --to postgresql://ci@db/runs --where \"tags = 'ci'\"")(
        user_errors(push_runs))
    app.command("pull", help="Copy runs (with their artifacts) from another store, a file or a "
                             "postgresql:// URL, into this one, merging by uuid as `import` does.\n\n"
                             "Example: expctl pull --from postgresql://ci@db/runs 'last~4..last'")(
        user_errors(pull_runs))


def export_runs(
    runs: RunsArg = None,
    where: WhereOption = None,
    output: Annotated[str, typer.Option("--output", "-o", metavar="FILE",
                                        help="The file to write; - for stdout.")] = "-",
    artifacts: Annotated[bool, typer.Option(
        "--artifacts", help="Carry the content of the files the runs kept (expctl artifacts), "
                            "each once.")] = False,
    db: DbOption = None,
) -> None:
    from ..transfer.export import write_export

    store = open_for_read(db)
    # Oldest first (by start time, as `list` orders them): an import then gives the runs ids
    # in the order they were made.
    ids = select_run_ids(store, runs, where, sort="started,id")
    active = set(store.active_run_ids())  # not get_runs(ids): every run's details in memory
    running = [run_id for run_id in ids if run_id in active]
    if running:
        sys.stderr.write(f"expctl: warning: run {', '.join(map(str, running))} still running; "
                         "exported as recorded so far (importing a later export will conflict)\n")
    missing: list[str] = []
    count = write_export(store, ids, output, artifacts=artifacts, missing=missing)
    if missing:
        sys.stderr.write(f"expctl: warning: the content of {len(missing)} artifact(s) is missing "
                         f"from the store's artifacts folder; exported without it\n")
    if output != "-":
        sys.stderr.write(f"exported {count} run{'' if count == 1 else 's'} to {output}\n")


def import_runs(
    files: Annotated[list[str], typer.Argument(metavar="FILE...",
                                               help="Files written by expctl export; - for stdin.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what would be imported; "
                                                            "change nothing.")] = False,
    max_line_mb: Annotated[float, typer.Option(
        "--max-line-mb", min=1, help="Refuse a line (one run) longer than this many MiB.")] = 256,
    db: DbOption = None,
) -> None:
    from ..transfer.blobs import BlobReceiver
    from ..transfer.import_workers import start_import_workers
    from ..transfer.runs import ImportReport, import_runs as merge, open_source, read_export

    store = open_for_read(db) if dry_run else _open_for_write(db)
    report = ImportReport()
    seen: dict[str, dict] = {}  # uuid -> canonical form, across the files
    for path in files:
        source = "stdin" if path == "-" else path
        blobs = BlobReceiver(store.path, dry_run or store.path == ":memory:")
        with open_source(path) as stream:
            workers = None
            try:
                workers = start_import_workers(path, source, max_line_mb, take_blobs=True)
                merge(store, read_export(stream, source, max_line_mb, blobs,
                                         workers and workers.items()), source, report, dry_run, seen)
            finally:
                if workers is not None:
                    workers.close()
                blobs.abort()
    for bad in report.refused:
        sys.stderr.write(f"refused: {bad.source}:{bad.line}: {bad.problem}\n")
    for c in report.conflicts:
        sys.stderr.write(f"conflict: {c.source}:{c.line} run {c.uuid} differs from run "
                         f"{c.run_id} in the store ({', '.join(c.fields)}); kept the stored one\n")
    sys.stdout.write(report.summary(dry_run) + "\n")
    if report.refused:
        raise ExpctlError(f"{len(report.refused)} bad line(s) refused; nothing from them was stored",
                          hint="see docs/export-format.md for what each key holds; the other "
                               "runs were imported")
    if report.conflicts:
        raise ExpctlError(f"{len(report.conflicts)} conflicting run(s) not imported",
                          hint="compare with `expctl show <uuid> -f json`; remove the stored run "
                               "with `expctl rm` to take the imported one")


def _open_for_write(db: str | None):
    from ..paths import locate_store
    from ..store import open_store

    where = locate_store(db)
    return open_store(where.path, where.reason)


def sync_runs(db: DbOption = None) -> None:
    from ..paths import locate_store
    from ..store.postgres import display_url, is_postgres_url
    from ..store.sync import pending_count, sync_spool

    where = locate_store(db)
    if not is_postgres_url(where.path):
        raise UsageError(f"nothing to sync: the store {where.path} is a file, not a server",
                         hint="sync delivers runs spooled while a PostgreSQL store was away: "
                              "expctl sync --db postgresql://...")
    shown = display_url(where.path)

    def said(uuid: str, outcome: str) -> None:
        sys.stderr.write(f"{outcome} run {uuid}\n")
        sys.stderr.flush()

    try:
        report = sync_spool(where.path, on_run=said)
    except ExpctlError as exc:
        waiting = pending_count(where.path)
        raise ExpctlError(f"{exc.message}; {waiting} run{' stays' if waiting == 1 else 's stay'} in "
                          "the local spool", hint="run expctl sync again when the server is back") from None
    sys.stdout.write(report.summary(shown) + "\n")


CopyDryRun = Annotated[bool, typer.Option("--dry-run", help="Report what would be copied; change nothing.")]
STORE_KINDS = "a file or a postgresql:// URL"


def push_runs(
    to: Annotated[str, typer.Option("--to", metavar="STORE", show_default=False,
                                    help=f"The store to copy into: {STORE_KINDS}.")],
    runs: RunsArg = None,
    where: WhereOption = None,
    dry_run: CopyDryRun = False,
    db: DbOption = None,
) -> None:
    source = open_for_read(db)
    _copy(source, lambda: _open_other(to, create=True), runs, where, dry_run)


def pull_runs(
    source: Annotated[str, typer.Option("--from", metavar="STORE", show_default=False,
                                        help=f"The store to copy from: {STORE_KINDS}.")],
    runs: RunsArg = None,
    where: WhereOption = None,
    dry_run: CopyDryRun = False,
    db: DbOption = None,
) -> None:
    origin = _open_other(source, create=False)
    _copy(origin, lambda: open_for_read(db) if dry_run else _open_for_write(db), runs, where, dry_run)


def _open_other(where: str, create: bool):
    """The other store of a push or pull, named by --to/--from (a folder means its expctl.db)."""
    from ..paths import _file_in
    from ..store import open_store

    path = _file_in(where)
    if not create and not path.startswith(("postgresql://", "postgres://")):
        import os

        if not os.path.exists(path):
            raise UsageError(f"--from {where}: no such store", hint="give an expctl store file, "
                             "a folder holding expctl.db, or a postgresql:// URL")
    return open_store(path, "--to/--from option", create=create)


def _copy(source, open_target, runs, where, dry_run: bool) -> None:
    from ..transfer.push import copy_runs

    ids = select_run_ids(source, runs, where, sort="started,id")
    target = open_target()
    if target.path == source.path:
        raise UsageError(f"the two stores are the same ({source.path})",
                         hint="name another store with --to / --from")
    report = copy_runs(source, target, ids, dry_run=dry_run)
    if report.running:
        sys.stderr.write(f"expctl: run {', '.join(map(str, report.running))} still running in "
                         f"{source.path}; not copied (copy it when it has ended)\n")
    if report.missing_blobs:
        sys.stderr.write(f"expctl: warning: the content of {len(report.missing_blobs)} artifact(s) "
                         f"is missing from {source.path}'s artifacts; the runs were copied without it\n")
    for c in report.conflicts:
        sys.stderr.write(f"conflict: run {c.uuid} (id {c.line} in {source.path}) differs from run "
                         f"{c.run_id} in {target.path} ({', '.join(c.fields)}); kept the one there\n")
    sys.stdout.write(report.summary(dry_run).replace("imported", "copied")
                     .replace("would import", "would copy") + f" ({source.path} -> {target.path})\n")
    if report.conflicts:
        raise ExpctlError(f"{len(report.conflicts)} conflicting run(s) not copied",
                          hint="compare with `expctl show <uuid> -f json` in both stores; remove "
                               "one with `expctl rm` to take the other")
