"""Where the store lives: the resolution order, real git repositories, `expctl info`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from array import array

import pytest

from expctl.paths import STORE_DIR, STORE_FILE, locate_store
from expctl.records import NewRun, Series
from expctl.store import open_store
from expctl.store.migrations import SCHEMA_VERSION

from .conftest import py, run_expctl

GITIGNORE = "# created by expctl: the run store is local data, not source\n*\n"


def git(cwd, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)
    return done.stdout


def make_repo(path, commit: bool = True) -> str:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    if commit:
        (path / "train.py").write_text("print('loss: 0.5')\n")
        git(path, "add", "train.py")
        git(path, "commit", "-q", "-m", "first")
    return str(path)


def nothing_above(path) -> None:
    """The fallbacks below are only meaningful when no folder above tmp_path has .git or .expctl."""
    for parent in [path, *path.parents]:
        for name in (".git", STORE_DIR):
            assert not (parent / name).exists(), f"{parent / name} exists: this test cannot run here"


def env_without_store(monkeypatch) -> dict:
    monkeypatch.delenv("EXPCTL_DB")
    return dict(os.environ)


# --- the resolution order -----------------------------------------------------------------------


def test_db_option_beats_everything(tmp_path):
    repo = make_repo(tmp_path / "repo")
    os.mkdir(os.path.join(repo, STORE_DIR))
    where = locate_store("chosen.db", cwd=repo, environ={"EXPCTL_DB": str(tmp_path / "env.db")})
    assert where.path == os.path.join(os.getcwd(), "chosen.db")
    assert where.reason == "--db option"


def test_environment_variable_beats_folders(tmp_path):
    repo = make_repo(tmp_path / "repo")
    os.mkdir(os.path.join(repo, STORE_DIR))
    where = locate_store(None, cwd=repo, environ={"EXPCTL_DB": str(tmp_path / "env.db")})
    assert (where.path, where.reason) == (str(tmp_path / "env.db"), "EXPCTL_DB environment variable")


def test_an_empty_environment_variable_is_ignored(tmp_path):
    nothing_above(tmp_path)
    environ = {"EXPCTL_DB": "", "XDG_DATA_HOME": str(tmp_path / "xdg")}
    where = locate_store(None, cwd=str(tmp_path), environ=environ)
    assert where.reason == "user data folder"


def test_nearest_store_folder_upwards_beats_the_git_root(tmp_path):
    repo = tmp_path / "repo"
    make_repo(repo)
    deep = repo / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (repo / STORE_DIR).mkdir()
    (repo / "a" / STORE_DIR).mkdir()

    where = locate_store(None, cwd=str(deep), environ={})
    assert where.path == str(repo / "a" / STORE_DIR / STORE_FILE)
    assert where.reason == "nearest .expctl/ folder"
    assert locate_store(None, cwd=str(repo), environ={}).path == str(repo / STORE_DIR / STORE_FILE)


def test_a_plain_file_named_like_the_store_folder_is_not_one(tmp_path):
    repo = tmp_path / "repo"
    make_repo(repo)
    (repo / "sub").mkdir()
    (repo / "sub" / STORE_DIR).write_text("not a folder")
    where = locate_store(None, cwd=str(repo / "sub"), environ={})
    assert where.path == str(repo / STORE_DIR / STORE_FILE)


def test_git_work_tree_root_without_a_store_folder(tmp_path):
    repo = tmp_path / "repo"
    make_repo(repo, commit=False)
    deep = repo / "src" / "models"
    deep.mkdir(parents=True)
    where = locate_store(None, cwd=str(deep), environ={"XDG_DATA_HOME": str(tmp_path / "xdg")})
    assert where.path == str(repo / STORE_DIR / STORE_FILE)
    assert "git" in where.reason and where.reason == "new .expctl/ at the git work-tree root"


def test_linked_git_worktree_has_its_own_root(tmp_path):
    repo = tmp_path / "repo"
    make_repo(repo)
    git(repo, "worktree", "add", "-q", str(tmp_path / "wt"), "-b", "side")
    assert (tmp_path / "wt" / ".git").is_file()
    where = locate_store(None, cwd=str(tmp_path / "wt"), environ={})
    assert where.path == str(tmp_path / "wt" / STORE_DIR / STORE_FILE)


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="XDG layout is for Linux and BSD")
def test_user_data_folder_outside_any_repository(tmp_path, monkeypatch):
    nothing_above(tmp_path)
    plain = tmp_path / "plain"
    plain.mkdir()
    where = locate_store(None, cwd=str(plain), environ={"XDG_DATA_HOME": str(tmp_path / "xdg")})
    assert (where.path, where.reason) == (str(tmp_path / "xdg" / "expctl" / STORE_FILE), "user data folder")
    home = os.path.expanduser("~")
    assert locate_store(None, cwd=str(plain), environ={}).path == os.path.join(
        home, ".local", "share", "expctl", STORE_FILE)


def test_db_or_environment_naming_a_folder_means_the_store_file_inside(tmp_path):
    folder = tmp_path / "stores"
    folder.mkdir()
    assert locate_store(str(folder), environ={}).path == str(folder / STORE_FILE)
    assert locate_store(None, environ={"EXPCTL_DB": str(folder)}).path == str(folder / STORE_FILE)
    assert locate_store("~/mine.db", environ={}).path == os.path.join(os.path.expanduser("~"), "mine.db")


# --- through the real CLI -----------------------------------------------------------------------


def test_a_run_in_a_git_repo_creates_an_ignored_store_at_the_root(tmp_path, monkeypatch):
    nothing_above(tmp_path)
    repo = tmp_path / "repo"
    make_repo(repo)
    (repo / "pkg").mkdir()
    env = env_without_store(monkeypatch)

    proc = run_expctl("run", "--", *py("print('loss: 0.5')"), cwd=repo / "pkg", env=env)

    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"loss: 0.5\n"
    assert re.fullmatch(rb"expctl: run 1 finished \(exit 0\) in \d+\.\ds\n", proc.stderr)
    assert (repo / STORE_DIR / ".gitignore").read_text() == GITIGNORE
    assert (repo / STORE_DIR / STORE_FILE).exists()
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""
    assert not (tmp_path / "store.db").exists()


def test_info_tells_where_and_why_and_counts(tmp_path, db_path):
    store = open_store(str(db_path))
    for experiment in ("cifar", "cifar", "mnist"):
        store.create_run(NewRun(uuid=os.urandom(16).hex(), name=None, experiment=experiment,
                                command=["true"], cwd="/", started_at=1e9, host="elsewhere", user="u"))
    store.append(1, {"loss": Series(array("d", [0, 1]), array("d", [1e9, 1e9]), array("d", [0.5, 0.4]))})
    store.close()

    proc = run_expctl("info")

    assert (proc.returncode, proc.stderr) == (0, b"")
    text = re.sub(r"size:( +)[\d,]+ bytes", r"size:\1N bytes", proc.stdout.decode())
    assert text == (
        f"store:          {db_path}\n"
        "chosen by:      EXPCTL_DB environment variable\n"
        f"schema version: {SCHEMA_VERSION}\n"
        "size:           N bytes\n"
        "experiments:    2\n"
        "runs:           3 (3 running)\n"
        "metric points:  2\n"
    )


def test_info_json_keys_with_a_db_folder(tmp_path):
    from typer.testing import CliRunner

    from expctl.cli.app import app

    folder = tmp_path / "stores"
    folder.mkdir()
    result = CliRunner().invoke(app, ["info", "--format", "json", "--db", str(folder)])

    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc == {
        "store": str(folder / STORE_FILE), "reason": "--db option", "exists": False,
        "schema_version": SCHEMA_VERSION, "size_bytes": 0, "experiments": 0, "runs": 0,
        "metric_points": 0, "running": 0,
    }
    assert list(folder.iterdir()) == []


def test_reading_commands_never_create_a_store(tmp_path, monkeypatch):
    nothing_above(tmp_path)
    repo = tmp_path / "repo"
    make_repo(repo)
    env = env_without_store(monkeypatch)

    listed = run_expctl("list", cwd=repo, env=env)
    info = run_expctl("info", cwd=repo, env=env)

    assert (listed.returncode, listed.stdout) == (0, b"")
    assert listed.stderr == b"No runs recorded yet: record one with  expctl run -- <command>\n"
    assert info.returncode == 0
    lines = info.stdout.decode().splitlines()
    assert lines[:2] == [f"store:          {repo / STORE_DIR / STORE_FILE}  (not created yet)",
                         "chosen by:      new .expctl/ at the git work-tree root"]
    assert not (repo / STORE_DIR).exists()
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""
    assert not (tmp_path / "home" / ".local" / "share" / "expctl").exists()
