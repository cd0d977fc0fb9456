"""Changing what is recorded: tag, untag, rename, note, rm."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..errors import UsageError
from ._common import (
    DbOption, RunsArg, WhereOption, open_for_read, reap_crashed, resolve_many, resolve_one_run,
    select_run_ids, user_errors,
)

RunArg = Annotated[str, typer.Argument(help="A run: id, uuid prefix, name, last or last~N.")]


def register(app: typer.Typer) -> None:
    app.command("tag", help="Add tags to a run.")(user_errors(tag))
    app.command("untag", help="Remove tags from a run.")(user_errors(untag))
    app.command("rename", help="Rename a run.")(user_errors(rename))
    app.command("note", help="Set a run's notes.")(user_errors(note))
    app.command("rm", help="Delete runs and everything recorded with them.")(user_errors(remove))
    app.command("gc", help="Find runs whose recorder died; delete them, free artifact content no "
                           "run keeps, and compact the store.")(
        user_errors(collect_garbage))
    app.command("scrub", help="Re-apply today's secret redaction to stored runs.")(user_errors(scrub))


def tag(run: RunArg, tags: Annotated[list[str], typer.Argument(help="Tags to add.")],
        db: DbOption = None) -> None:
    from ..capture.redact import redact_label

    store = open_for_read(db)
    run_id = resolve_one_run(store, run)
    tags = [redact_label(t) for t in tags]  # secrets stay out of names, tags and notes
    store.add_tags(run_id, tags)
    sys.stderr.write(f"run {run_id}: tagged {', '.join(tags)}\n")


def untag(run: RunArg, tags: Annotated[list[str], typer.Argument(help="Tags to remove.")],
          db: DbOption = None) -> None:
    store = open_for_read(db)
    run_id = resolve_one_run(store, run)
    store.remove_tags(run_id, tags)
    sys.stderr.write(f"run {run_id}: untagged {', '.join(tags)}\n")


def rename(run: RunArg, name: Annotated[str, typer.Argument(help="The new name.")],
           db: DbOption = None) -> None:
    from ..capture.redact import redact_label
    from ..query.refs import check_run_name

    name = check_run_name(name)
    store = open_for_read(db)
    run_id = resolve_one_run(store, run)
    name = redact_label(name)
    store.rename_run(run_id, name)
    sys.stderr.write(f"run {run_id}: renamed to {name}\n")


def note(run: RunArg, text: Annotated[str, typer.Argument(help="The notes (replaces any before).")],
         db: DbOption = None) -> None:
    from ..capture.redact import redact_label
    from ..transfer.check import MAX_NOTES

    if len(text) > MAX_NOTES:
        raise UsageError(f"notes of {len(text):,} characters; the limit is {MAX_NOTES:,}",
                         hint="keep long text in a file and note its path")
    store = open_for_read(db)
    run_id = resolve_one_run(store, run)
    store.set_notes(run_id, redact_label(text))
    sys.stderr.write(f"run {run_id}: notes set\n")


def remove(
    runs: Annotated[list[str], typer.Argument(help="Runs to delete.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    db: DbOption = None,
) -> None:
    store = open_for_read(db)
    run_ids = resolve_many(store, runs)
    label = ", ".join(str(i) for i in run_ids)
    if not yes:
        _confirm(f"Delete {len(run_ids)} run(s): {label}?", f"not deleting runs {label} without confirmation")
    store.delete_runs(run_ids)
    sys.stderr.write(f"deleted {len(run_ids)} run(s): {label}\n")


def _confirm(question: str, refusal: str) -> None:
    """Ask `question` on the terminal, exit 1 on no; without a terminal on stdin (a script, a
    pipe, a closed stdin), a usage error saying `refusal`: nothing is deleted unasked."""
    from ..terminal import isatty

    if not isatty(sys.stdin):
        raise UsageError(refusal, hint="add --yes")
    if not typer.confirm(question, default=False):
        raise typer.Exit(1)


def collect_garbage(
    delete: Annotated[bool, typer.Option("--delete", help="Delete the crashed runs.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    compact: Annotated[bool, typer.Option(
        "--compact", help="Reclaim free space (VACUUM); refused while runs are being recorded.")] = False,
    wait: Annotated[float, typer.Option(
        "--wait", metavar="SECONDS", min=0,
        help="With --compact: wait up to this long for recording runs to end.")] = 0,
    db: DbOption = None,
) -> None:
    """Runs still marked running whose recorder is gone become `crashed` (every reading command
    does that); this lists all crashed runs, and deletes them with --delete."""
    store = open_for_read(db)
    crashed = store.list_runs(statuses=["crashed"])
    for run in crashed:
        sys.stdout.write(f"{run.id}\tcrashed\t{' '.join(run.command)[:80]}\n")
    if not crashed:
        sys.stderr.write("no crashed runs\n")
    if delete and crashed:
        ids = [run.id for run in crashed]
        if not yes:
            _confirm(f"Delete {len(ids)} crashed run(s)?",
                     f"not deleting {len(ids)} crashed run(s) without confirmation")
        store.delete_runs(ids)
        sys.stderr.write(f"deleted {len(ids)} crashed run(s)\n")
    from ..store.maintenance import free_unreferenced_blobs

    freed = free_unreferenced_blobs(store)
    if freed is None:
        sys.stderr.write("kept unreferenced artifact content: runs are being recorded\n")
    elif freed[0]:
        sys.stderr.write(f"freed {freed[0]} artifact file(s) no run keeps ({freed[1]:,} bytes)\n")
    if compact:
        from ..store.maintenance import compact_when_idle

        before, after = compact_when_idle(store, wait, reap_crashed)
        sys.stderr.write(f"compacted the store: {before:,} -> {after:,} bytes\n")


def scrub(
    runs: RunsArg = None,
    where: WhereOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only say what would change.")] = False,
    db: DbOption = None,
) -> None:
    """Runs recorded before a rule existed (a new EXPCTL_SECRET_NAMES entry, a new token shape)
    keep the secret until scrubbed: commands, params, captured env vars, git remotes and logs."""
    from ..capture.rescrub import Rules

    store = open_for_read(db)
    ids = select_run_ids(store, runs or None, where)
    rules, touched = Rules(), 0
    for run_id in ids:
        changed = store.scrub_run(run_id, rules, dry_run=dry_run)
        if changed:
            touched += 1
            sys.stdout.write(f"{run_id}\t{'would change' if dry_run else 'scrubbed'}: {', '.join(changed)}\n")
    sys.stderr.write(f"{touched} of {len(ids)} run(s) {'would change' if dry_run else 'changed'}\n")
