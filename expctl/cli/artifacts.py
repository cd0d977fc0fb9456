"""`expctl artifacts`: the files a run kept (`expctl run --artifact GLOB`), listed or restored."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from ._common import DbOption, FormatOption, check_format, open_for_read, resolve_one_run, user_errors


def register(app: typer.Typer) -> None:
    app.command("artifacts", help="List the files a run kept, or restore one with --get.\n\n"
                                  "Example: expctl artifacts last --get outputs/model.pt -o restored")(
        user_errors(artifacts))


def artifacts(
    run: Annotated[str, typer.Argument(help="The run: id, uuid prefix, name, last or last~N.")],
    get: Annotated[Optional[str], typer.Option(
        "--get", metavar="PATH", help="Restore the artifact recorded under this path.")] = None,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="DIR",
        help="With --get: the folder to restore into (the recorded path is kept under it).")] = ".",
    fmt: FormatOption = "table",
    db: DbOption = None,
) -> None:
    from ..store.artifacts import find_artifact
    from ..render.output import emit_json, emit_table

    fmt = check_format(fmt)
    store = open_for_read(db)
    run_id = resolve_one_run(store, run)
    kept = store.list_artifacts(run_id)
    if get is not None:
        written = _restore(store.path, find_artifact(kept, get), output)
        sys.stderr.write(f"restored {written}\n")
        return
    if fmt == "json":
        emit_json(kept)
        return
    if not kept and fmt == "table":
        sys.stderr.write(f"run {run_id} kept no artifacts (expctl run --artifact GLOB keeps some)\n")
        return
    rows = [[a["path"], f"{a['size']:,}" if fmt == "table" else str(a["size"]), a["sha256"]]
            for a in kept]
    emit_table(["path", "size", "sha256"], rows, fmt, right=[False, True, False])


def _restore(store_path: str, artifact: dict, folder: str) -> str:
    """restore_artifact, with `-o` that is not a folder and file-system failures as one line."""
    import os

    from ..store.artifacts import restore_artifact
    from ..errors import ExpctlError, UsageError

    if os.path.exists(folder) and not os.path.isdir(folder):
        raise UsageError(f"-o {folder} is a file, not a folder",
                         hint="give the folder to restore into (the recorded path is kept under it)")
    try:
        return restore_artifact(store_path, artifact, folder)
    except OSError as exc:
        raise ExpctlError(f"cannot restore {artifact['path']} into {folder}: "
                          f"{exc.strerror or exc}", hint="choose another folder with -o") from None
