"""Start-up stays lean, and `run`'s fast option parser agrees with its Typer definition."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer.main

from expctl.cli.app import app
from expctl.cli.run_args import RUN_OPTIONS, parse_run_args
from expctl.errors import UsageError
from expctl.recorder import RunOptions

HEAVY = ("rich", "git", "tabulate", "psutil", "typer", "sqlite3", "expctl.capture.git", "expctl.capture.env")


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_the_cli_imports_nothing_heavy():
    loaded = _modules_after("import expctl.cli")
    assert not {m for m in loaded for heavy in HEAVY if m == heavy or m.startswith(heavy + ".")}


def test_the_run_path_imports_no_ui_or_git_library():
    loaded = _modules_after("import expctl.cli.run_args, expctl.recorder, expctl.runner")
    for heavy in ("rich", "git", "tabulate", "typer", "psutil"):
        assert heavy not in loaded


def test_fast_parser_knows_exactly_the_typer_options():
    command = typer.main.get_command(app).commands["run"]
    typer_names = {n for p in command.params if p.param_type_name == "option"
                   for n in (*p.opts, *p.secondary_opts)}
    assert typer_names == set(RUN_OPTIONS)


def _typer_parse(args: list[str]) -> RunOptions:
    """What the Typer definition makes of `expctl run ARGS` (without running anything)."""
    command = typer.main.get_command(app).commands["run"]
    ctx = command.make_context("run", list(args))
    p = ctx.params
    return RunOptions(
        command=list(p["command"]), name=p["name"], experiment=p["experiment"],
        tags=list(p["tag"] or []), notes=p["note"], params=list(p["param"] or []),
        quiet=p["quiet"], pty=p["pty"], db=p["db"], env_prefixes=list(p["capture_env"] or []),
    )


@pytest.mark.parametrize("args", [
    ["--", "python", "train.py", "--lr", "0.1"],
    ["python", "train.py", "--lr=0.1", "-q"],
    ["-n", "lenet-1", "-e", "cifar", "-t", "a", "--tag=b", "--note", "x y", "--", "true"],
    ["--param", "k=v", "-p", "j=2", "--capture-env", "MY_", "--db", "/tmp/x.db", "--", "ls", "-l"],
    ["--no-pty", "-q", "--name=run", "--", "echo", "--name", "inner"],
    ["--pty", "--", "echo", "--", "x"],
    ["-nshort", "--", "true"],
])
def test_fast_parser_agrees_with_typer(args, monkeypatch):
    monkeypatch.delenv("EXPCTL_EXPERIMENT", raising=False)
    assert parse_run_args(args) == _typer_parse(args)


def test_fast_parser_errors_are_usage_errors():
    for args in ([], ["--"], ["--name"], ["--bogus", "--", "x"], ["--quiet=1", "--", "x"]):
        with pytest.raises(UsageError):
            parse_run_args(args)
    assert parse_run_args(["--help"]) is None
