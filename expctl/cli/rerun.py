"""`expctl rerun`: run a recorded command again, recorded as a new run linked to its parent."""

from __future__ import annotations

import os
import sys
from typing import Annotated, List, Optional

import typer

from ..errors import ExpctlError
from ._common import DbOption, open_for_read, resolve_one_run, user_errors

PARENT_TAG = "rerun-of:"  # the new run's tag `rerun-of:<parent uuid>` links it to its parent


def register(app: typer.Typer) -> None:
    app.command(
        "rerun",
        help="Run a recorded command again in its folder, with params changed as asked, and "
             "record it as a new run tagged rerun-of:<uuid>.\n\n"
             "Example: expctl rerun last --set lr=0.02 -- --epochs 1",
    )(user_errors(rerun))


def rerun(
    run: Annotated[str, typer.Argument(help="The run: id, uuid prefix, name, last or last~N.")],
    extra: Annotated[Optional[List[str]], typer.Argument(
        metavar="[-- ARGS]...", help="Arguments to append to the command, after --.")] = None,
    set_: Annotated[Optional[List[str]], typer.Option(
        "--set", "-s", metavar="NAME=VALUE",
        help="Change or add a param, written the way the command wrote it (repeatable).")] = None,
    checkout: Annotated[bool, typer.Option(
        "--checkout", help="Run in a temporary git worktree at the recorded commit with the "
                           "recorded patch applied.")] = False,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="A name for the new run.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Record without echoing output.")] = False,
    db: DbOption = None,
) -> None:
    from ..record.rerun import code_drift, plan_rerun, recorded_checkout

    store = open_for_read(db)
    parent = store.get_run(resolve_one_run(store, run))
    plan = plan_rerun(parent, list(set_ or []), list(extra or []))
    git = store.get_git(parent.id)
    # The new run goes to the parent's store, whatever folder the command runs in.
    store_path = os.path.abspath(store.path)
    if checkout:
        with recorded_checkout(git, plan.cwd) as folder:
            code = _run(plan, folder, parent, name, quiet, store_path)
    else:
        if not os.path.isdir(plan.cwd):
            raise ExpctlError(f"the run's folder {plan.cwd} does not exist here",
                              hint="use --checkout to run the recorded code in a temporary worktree")
        drift = code_drift(git, plan.cwd)
        if drift:
            sys.stderr.write(f"expctl: warning: the code differs from run {parent.id}'s: "
                             f"{'; '.join(drift)} (--checkout runs the recorded code)\n")
        code = _run(plan, plan.cwd, parent, name, quiet, store_path)
    raise typer.Exit(code)


def _run(plan, folder: str, parent, name, quiet: bool, store_path: str) -> int:
    from ..record.recorder import RunOptions, record_run

    os.chdir(folder)
    opts = RunOptions(command=plan.command, name=name, experiment=parent.experiment,
                      tags=[PARENT_TAG + parent.uuid], params=plan.params, quiet=quiet,
                      db=store_path)
    return record_run(opts)
