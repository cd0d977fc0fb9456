"""Moving runs between stores: export, import (the format is in docs/export-format.md)."""

from __future__ import annotations

import sys
from typing import Annotated, List, Optional

import typer

from ..errors import ExpctlError
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
    from ..transfer.runs import write_export

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
    files: Annotated[List[str], typer.Argument(metavar="FILE...",
                                               help="Files written by expctl export; - for stdin.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what would be imported; "
                                                            "change nothing.")] = False,
    max_line_mb: Annotated[float, typer.Option(
        "--max-line-mb", min=1, help="Refuse a line (one run) longer than this many MiB.")] = 256,
    db: DbOption = None,
) -> None:
    from ..transfer.blobs import BlobReceiver
    from ..transfer.runs import ImportReport, import_runs as merge, open_source, read_export

    store = open_for_read(db) if dry_run else _open_for_write(db)
    report, seen = ImportReport(), {}
    for path in files:
        source = "stdin" if path == "-" else path
        blobs = BlobReceiver(store.path, dry_run or store.path == ":memory:")
        with open_source(path) as stream:
            try:
                merge(store, read_export(stream, source, max_line_mb, blobs), source, report,
                      dry_run, seen)
            finally:
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


def _open_for_write(db: Optional[str]):
    from ..paths import locate_store
    from ..store import open_store

    where = locate_store(db)
    return open_store(where.path, where.reason)
