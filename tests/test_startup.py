"""Start-up stays lean, and `run`'s fast option parser agrees with its Typer definition."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from expctl.cli.app import app
from expctl.cli.run_args import RUN_OPTIONS, parse_max_mb, parse_run_args
from expctl.errors import UsageError
from expctl.record.recorder import RunOptions

HEAVY = ("rich", "git", "tabulate", "psutil", "typer", "sqlite3", "expctl.capture.git", "expctl.capture.env")


def _modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_the_cli_imports_nothing_heavy():
    loaded = _modules_after("import expctl.cli")
    assert not {m for m in loaded for heavy in HEAVY if m == heavy or m.startswith(heavy + ".")}


def test_the_run_path_imports_no_ui_or_git_library():
    loaded = _modules_after("import expctl.cli.run_args, expctl.record.recorder, expctl.record.runner")
    for heavy in ("rich", "git", "tabulate", "typer", "psutil"):
        assert heavy not in loaded


def test_fast_parser_knows_exactly_the_typer_options():
    command = typer.main.get_command(app).commands["run"]
    typer_names = {n for p in command.params if p.param_type_name == "option"
                   for n in (*p.opts, *p.secondary_opts)}
    assert typer_names == set(RUN_OPTIONS)


# RunOptions fields that no option of `run` sets (the project's config does).
NOT_OPTIONS = {"ignore_params"}


def _typer_parse(args: list[str]) -> RunOptions:
    """What the Typer definition makes of `expctl run ARGS` (without running anything). Every
    Typer param is taken, and every RunOptions field filled: an option added to one parser and
    not the other fails here."""
    command = typer.main.get_command(app).commands["run"]
    p = dict(command.make_context("run", list(args)).params)
    values = dict(
        command=list(p.pop("command")), name=p.pop("name"), experiment=p.pop("experiment"),
        tags=list(p.pop("tag") or []), notes=p.pop("note"), params=list(p.pop("param") or []),
        quiet=p.pop("quiet"), pty=p.pop("pty"), db=p.pop("db"),
        env_prefixes=list(p.pop("capture_env") or []),
        metric_patterns=tuple(p.pop("metric_pattern") or ()), metric_name=p.pop("metric_name"),
        default_patterns=not p.pop("no_default_patterns"), summary=not p.pop("no_summary"),
        artifacts=tuple(p.pop("artifact") or ()), artifact_max_mb=parse_max_mb(p.pop("artifact_max_mb")),
        ignore_metrics=tuple(p.pop("ignore_metrics") or ()), only_metrics=tuple(p.pop("metrics") or ()),
        py_hook=p.pop("py_hook"),
    )
    assert not p, f"Typer options this comparison does not take: {sorted(p)}"
    assert set(values) == set(RunOptions._fields) - NOT_OPTIONS
    return RunOptions(**values)


@pytest.mark.parametrize("args", [
    ["--", "python", "train.py", "--lr", "0.1"],
    ["python", "train.py", "--lr=0.1", "-q"],
    ["-n", "lenet-1", "-e", "cifar", "-t", "a", "--tag=b", "--note", "x y", "--", "true"],
    ["--param", "k=v", "-p", "j=2", "--capture-env", "MY_", "--db", "/tmp/x.db", "--", "ls", "-l"],
    ["--no-pty", "-q", "--name=run", "--", "echo", "--name", "inner"],
    ["--pty", "--", "echo", "--", "x"],
    ["-nshort", "--", "true"],
    ["--metric-pattern", r"(?P<name>\w+)=(?P<value>\S+)", "--", "true"],
    ["--metric-pattern=a (?P<value>\\d)", "--metric-pattern", "b(?P<value>.)", "--metric-name", "x", "--", "true"],
    ["--no-default-patterns", "--no-summary", "--quiet", "--", "true"],
    ["--py-hook", "--", "python", "train.py"],
    ["--no-py-hook", "--", "python", "train.py"],
    ["--artifact", "a/*.pt", "--artifact=b.json", "--artifact-max-mb", "5", "--", "true"],
    ["--artifact-max-mb=0.5", "--experiment=e", "--note=n", "--capture-env=X_", "--db=d", "--", "true"],
    ["--ignore-metrics", "lr", "--ignore-metrics=v_*", "--metrics", "*loss", "--", "true"],
    ["--py-hook", "--", "python", "x.py"],
    ["--no-py-hook", "--", "python", "x.py"],
])
def test_fast_parser_agrees_with_typer(args, monkeypatch):
    monkeypatch.delenv("EXPCTL_EXPERIMENT", raising=False)
    assert parse_run_args(args) == _typer_parse(args)


def test_the_agreement_cases_use_every_option():
    """Each option of `run`, long or short, appears in some case above."""
    cases = test_fast_parser_agrees_with_typer.pytestmark[0].args[1]
    used = {word.split("=")[0] for args in cases if "--" in args
            for word in args[:args.index("--")]} | {"-n"}  # -nshort: -n with its value attached
    assert set(RUN_OPTIONS) <= used, sorted(set(RUN_OPTIONS) - used)


def test_fast_parser_errors_are_usage_errors():
    for args in ([], ["--"], ["--name"], ["--bogus", "--", "x"], ["--quiet=1", "--", "x"]):
        with pytest.raises(UsageError):
            parse_run_args(args)
    assert parse_run_args(["--help"]) is None


def test_families_name_exactly_the_commands_of_the_full_app():
    from expctl.cli.app import FAMILIES

    full = set(typer.main.get_command(app).commands)
    listed = [command for commands in FAMILIES.values() for command in commands]
    assert sorted(listed) == sorted(full)


def _modules_after_command(args: list[str], tmp_path, db=None) -> set[str]:
    """The modules loaded by the time `expctl ARGS` has done its work (on an empty store, or
    the store `db`)."""
    code = ("import sys\nfrom expctl.cli import main\ntry:\n    main(sys.argv[1:])\n"
            "except SystemExit:\n    pass\nsys.stderr.write('\\n'.join(sys.modules))\n")
    env = {"PATH": "/usr/bin:/bin", "EXPCTL_DB": str(db or tmp_path / "runs.db"), "NO_COLOR": "1"}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True)
    return set(out.stderr.split())


@pytest.mark.parametrize("args", [["list"], ["show", "last"], ["ttest", "acc", "--by", "params.x"]])
def test_a_light_command_loads_only_its_own_family(args, tmp_path):
    loaded = _modules_after_command(args, tmp_path)
    for heavy in ("rich", "git", "psutil", "expctl.capture.git", "expctl.capture.env"):
        assert heavy not in loaded, heavy
    families = {m for m in loaded if m.startswith("expctl.cli.") and m not in (
        "expctl.cli.app", "expctl.cli._common", "expctl.cli.fast", "expctl.cli.options")}
    assert len(families) == 1, sorted(families)


LIGHT = [["list"], ["list", "-f", "json"], ["list", "-f", "csv"], ["show", "last"],
         ["show", "last", "-f", "json"], ["compare", "1", "2"], ["compare", "1", "2", "-f", "json"],
         ["ttest", "acc", "--a", "1", "--b", "2"], ["metrics", "last"], ["count"]]


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """A store holding two recorded runs with a metric (made by the real `expctl run`)."""
    where = tmp_path_factory.mktemp("light")
    env = {"PATH": "/usr/bin:/bin", "EXPCTL_DB": str(where / "runs.db"), "HOME": str(where),
           "GIT_CEILING_DIRECTORIES": str(where)}
    for acc in ("0.5", "0.6"):
        subprocess.run([sys.executable, "-m", "expctl", "run", "-q", "--", sys.executable, "-c",
                        f"print('acc: {acc}')", "--lr", acc], env=env, cwd=where, check=True,
                       capture_output=True)
    return where / "runs.db"


@pytest.mark.parametrize("args", LIGHT, ids=" ".join)
def test_light_commands_print_without_typer_rich_or_tabulate(args, tmp_path, two_runs):
    """The fast path (expctl.cli.fast) prints tables, JSON and CSV of recorded runs with none
    of the UI libraries loaded: Typer and Click are for help and usage errors, Rich for a
    terminal, tabulate for the rare table simple_table does not lay out."""
    loaded = _modules_after_command(args, tmp_path, db=two_runs)
    for heavy in ("typer", "click", "rich", "tabulate", "git", "psutil"):
        assert not {m for m in loaded if m == heavy or m.startswith(heavy + ".")}, heavy


def test_recording_a_run_loads_no_ui_library_nor_typing(tmp_path):
    """A whole `expctl run -- true` (store created, git and environment captured, run
    finalised) without Typer, Click, Rich, tabulate, GitPython, typing or urllib (~2 ms each
    of every wrapped command's start)."""
    code = ("import sys\nfrom expctl.cli.run_args import parse_run_args\n"
            "from expctl.record.recorder import record_run\n"
            "assert record_run(parse_run_args(['-q', '--', 'true'])) == 0\n"
            "sys.stderr.write('\\n'.join(sys.modules))\n")
    env = {"PATH": "/usr/bin:/bin", "EXPCTL_DB": str(tmp_path / "runs.db"), "HOME": str(tmp_path),
           "GIT_CEILING_DIRECTORIES": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          cwd=tmp_path, check=True)
    # what this interpreter loads before any code runs (an editable install's finder: urllib)
    bare = _modules_after("pass")
    loaded = set(done.stderr.split()) - bare
    assert "expctl.store.sqlite_file" in loaded and "expctl.capture.env" in loaded  # it did record
    for heavy in ("typer", "click", "rich", "tabulate", "git", "typing", "urllib"):
        assert not {m for m in loaded if m == heavy or m.startswith(heavy + ".")}, heavy


# What `expctl run -- CMD` must not import for a plain command: each is milliseconds of every
# wrapped command's start (`re` with `enum`; `json`, which imports `re`; `signal`, which builds
# enums; `selectors`; `threading`; the `sqlite3` package with `datetime`; the store's read,
# analysis and transfer modules; `subprocess`, which only a git repository needs; `collections`
# with `functools` and `array`, which import it: about 11 M instructions, 3 ms).
RUN_NEVER_IMPORTS = ("re", "enum", "json", "signal", "selectors", "threading", "sqlite3", "datetime",
                     "collections", "functools", "array", "types",
                     "typing", "urllib", "subprocess", "expctl.store.sqlite", "expctl.store.sqlite_read",
                     "expctl.store.sqlite_columns", "expctl.store.sqlite_transfer", "expctl.store.sqlite_import",
                     "expctl.transfer", "expctl.metrics", "expctl.query", "typer", "rich", "git")
ROOT = Path(__file__).resolve().parent.parent


def test_the_expctl_script_records_a_run_without_the_heavy_modules(tmp_path):
    """The whole `expctl run -q -- true` as installed, the `expctl` script included (a pip
    entry-point launcher would import `re` before expctl runs), without `site` (whose
    editable-install finder imports `re` itself) and with every import logged (-X importtime:
    all threads, to the end)."""
    env = {"PATH": "/usr/bin:/bin", "EXPCTL_DB": str(tmp_path / "runs.db"), "HOME": str(tmp_path),
           "GIT_CEILING_DIRECTORIES": str(tmp_path), "PYTHONPATH": str(ROOT),
           "EXPCTL_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # the second with the package scan cached, as most runs are
        done = subprocess.run([sys.executable, "-S", "-X", "importtime", str(ROOT / "bin" / "expctl"),
                               "run", "-q", "--", "true"], capture_output=True, text=True, env=env,
                              cwd=tmp_path, check=True)
    loaded = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
              if line.startswith("import time:") and "|" in line}
    assert {"expctl.store.sqlite_file", "expctl.capture.env", "expctl.record.runner"} <= loaded
    never = set(RUN_NEVER_IMPORTS)
    if "expctl.record._pump" not in loaded:  # built without a C compiler: the pump uses selectors
        never.discard("selectors")
    assert not {m for m in loaded for n in never if m == n or m.startswith(n + ".")}


def test_sqlite3_loads_when_the_functools_stand_in_is_not_enough():
    """expctl.store.sqlite_conn loads `_sqlite3` with a stand-in `functools` (lru_cache only);
    a Python whose `_sqlite3` asks for more still gets it, the plain way, and no stand-in
    stays behind."""
    code = (
        "import builtins, sys\n"
        "real = builtins.__import__\n"
        "def once(name, *args, **kwargs):\n"
        "    if name == '_sqlite3' and 'failed' not in sys.modules:\n"
        "        sys.modules['failed'] = sys\n"
        "        raise AttributeError(\"module 'functools' has no attribute 'wraps'\")\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = once\n"
        "from expctl.store.sqlite_conn import sqlite3\n"
        "builtins.__import__ = real\n"
        "print(sqlite3.__name__, sqlite3.connect(':memory:').execute('select 41 + 1').fetchone()[0],\n"
        "      getattr(sys.modules.get('functools'), 'wraps', None) is not None)\n"
    )
    # -S: no `site` (nor an editable install's finder), which would have loaded functools
    out = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.split() == ["_sqlite3", "42", "True"]
