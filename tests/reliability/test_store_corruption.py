"""The store-corruption sweep: a real store damaged one column, row or page at a time, then
every read command on it. Each must answer (exit 0) or say `Error: ...` in one line (exit 1
or 2); never a traceback. The fast variant takes one of each kind of damage with the quick set
of commands; `python -m pytest -m heavy` runs every damage with every read command."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from ..conftest import py, run_expctl
from .hostile import invoke, quick_read_commands, read_commands

CHILD = ("import sys; print('epoch: 1 loss: 0.5'); print('epoch: 2 loss: 0.25');"
         " print('warn', file=sys.stderr)")
BIG = "1e300"

# Column damage: (table, column, SQL value). Constraints (NOT NULL, keys) still hold: this is
# what a bad import, another program or a bug could leave, not what the disk does.
COLUMN_DAMAGE = [
    ("runs", "started_at", "'x'"), ("runs", "started_at", BIG), ("runs", "started_at", "-1e300"),
    ("runs", "started_at", "X'00'"), ("runs", "ended_at", "'x'"), ("runs", "ended_at", BIG),
    ("runs", "command", "'not json'"), ("runs", "command", "'5'"), ("runs", "command", "'\"ls\"'"),
    ("runs", "resources", "'nope'"), ("runs", "resources", "'[1]'"),
    ("runs", "resources", "'{\"cpu_user_s\": \"x\", \"peak_rss_mb\": \"y\"}'"),
    ("runs", "exit_code", "'x'"), ("runs", "exit_code", str(2**62)), ("runs", "status", "'weird'"),
    ("runs", "experiment_id", "999"), ("runs", "name", "X'ff00'"), ("runs", "notes", "X'ff'"),
    ("runs", "cwd", "123"), ("runs", "signal", "'x'"), ("runs", "pid", "'x'"),
    ("params", "value", "'x'"), ("params", "type", "'int'"), ("params", "type", "'weird'"),
    ("params", "text", "X'ff'"),
    ("metric_chunks", "vals", "X'0102'"), ("metric_chunks", "times", "X'" + "ff" * 16 + "'"),
    ("metric_chunks", "n", "'x'"), ("metric_chunks", "steps", "'text'"),
    ("metric_summaries", "last", "'x'"), ("metric_summaries", "count", "'x'"),
    ("metric_summaries", "last_step", "'x'"), ("metric_summaries", "last_time", BIG),
    ("logs", "stream", "'weird'"), ("logs", "offset", "-5"), ("logs", "offset", "'x'"),
    ("logs", "data", "'text not bytes'"), ("logs", "size", "'x'"),
    ("log_streams", "total_bytes", "'x'"),
    ("run_git", "untracked", "'nope'"), ("run_git", "commit_sha", "42"), ("run_git", "patch", "X'ff'"),
    ("run_env", "data", "'nope'"), ("run_env", "data", "'[]'"),
    ("run_env", "data", "'{\"python\": 5, \"gpus\": 3, \"env_vars\": []}'"),
    ("package_sets", "packages", "'nope'"),
    ("artifacts", "sha256", "'../../etc/passwd'"), ("artifacts", "size", "'x'"),
    ("artifacts", "path", "'/etc/hostname'"), ("run_tags", "tag", "X'ff'"),
    ("experiments", "created_at", "'x'"), ("experiments", "name", "X'ff'"),
]
ROW_DAMAGE = [
    "DELETE FROM experiments", "DELETE FROM metric_chunks WHERE seq = 0",
    "DELETE FROM package_sets", "DROP TABLE artifacts", "DROP TABLE run_id_high_water",
    "UPDATE schema_migrations SET name = 'x'", "PRAGMA user_version = 0",
]
FAST = [COLUMN_DAMAGE[i] for i in (0, 1, 6, 11, 21, 25, 26, 28, 36)]
# Damage found while a command reads on (a generator's rows, a series chunk by chunk)
FAST_ROWS = ["DROP TABLE artifacts"]


@pytest.fixture(scope="module")
def base_store(tmp_path_factory):
    """A real two-run store (params, metrics, both streams, tags, notes, an artifact), made
    once for the module and checkpointed into one file."""
    import os

    folder = tmp_path_factory.mktemp("base")
    env = dict(os.environ, EXPCTL_DB=str(folder / "store.db"), HOME=str(folder), NO_COLOR="1")
    env.pop("EXPCTL_LOCK_TIMEOUT", None)
    (folder / "out").mkdir()
    (folder / "out" / "w.bin").write_bytes(b"weights")
    for lr in ("0.1", "0.2"):
        done = run_expctl("run", "-q", "-t", "t", "--note", "n", "--artifact", "out/*", "--",
                          *py(CHILD), "--lr", lr, cwd=folder, env=env)
        assert done.returncode == 0, done.stderr
    with sqlite3.connect(folder / "store.db") as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


@pytest.fixture
def damaged_store(base_store, tmp_path):
    """A function: damage(sql) -> the path of a fresh copy of the base store with that damage
    done (its artifacts folder copied beside it)."""
    made = []

    def damage(sql: str):
        copy = tmp_path / f"damaged-{len(made)}" / "store.db"
        copy.parent.mkdir()
        shutil.copy(base_store / "store.db", copy)
        shutil.copytree(base_store / "artifacts", copy.parent / "artifacts")
        with sqlite3.connect(copy) as con:
            con.execute(sql)
        made.append(copy)
        return copy

    return damage


def column_sql(table: str, column: str, value: str) -> str:
    return f"UPDATE {table} SET {column} = {value}"


def sweep(db, commands) -> list[str]:
    """The commands' tracebacks and multi-line errors on this store (none is the goal)."""
    found = []
    for args in commands:
        outcome = invoke(args, str(db))
        if outcome.crash:
            found.append(f"{args}: {outcome.crash.strip().splitlines()[-1]}")
        elif outcome.code not in (0, 1, 2):
            found.append(f"{args}: exit {outcome.code}")
        elif outcome.code and "Error: " not in outcome.err:
            found.append(f"{args}: {outcome.err[:200]!r}")
    return found


@pytest.mark.parametrize("table, column, value", FAST)
def test_a_damaged_column_gives_answers_or_one_line_errors(damaged_store, table, column, value):
    db = damaged_store(column_sql(table, column, value))
    assert sweep(db, quick_read_commands([1, 2])) == []


@pytest.mark.parametrize("sql", FAST_ROWS)
def test_a_damaged_table_gives_answers_or_one_line_errors(damaged_store, sql):
    assert sweep(damaged_store(sql), quick_read_commands([1, 2])) == []


@pytest.mark.heavy
@pytest.mark.parametrize("sql", [column_sql(*d) for d in COLUMN_DAMAGE] + ROW_DAMAGE)
def test_every_damage_with_every_read_command(damaged_store, sql):
    db = damaged_store(sql)
    assert sweep(db, read_commands([1, 2])) == []


@pytest.mark.heavy
@pytest.mark.parametrize("fraction", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_a_page_of_garbage_anywhere_in_the_file(damaged_store, fraction):
    db = damaged_store("SELECT 1")
    data = bytearray(db.read_bytes())
    at = int(len(data) * fraction) // 4096 * 4096
    data[at:at + 4096] = bytes((i * 37) % 256 for i in range(4096))
    db.write_bytes(bytes(data))
    assert sweep(db, read_commands([1, 2])) == []


def test_restoring_an_artifact_into_a_file_is_a_clear_error(damaged_store, tmp_path):
    db = damaged_store("SELECT 1")
    (tmp_path / "a-file").write_text("x")
    for target, code, message in ((tmp_path / "a-file", 2, "is a file, not a folder"),
                                  (tmp_path / "a-file" / "below", 1, "Not a directory")):
        outcome = invoke(["artifacts", "1", "--get", "out/w.bin", "-o", str(target)], str(db))
        assert outcome.crash is None and outcome.code == code, outcome
        assert outcome.err.startswith("Error: ") and message in outcome.err
    assert (tmp_path / "a-file").read_text() == "x"


def test_a_damaged_run_names_itself_and_rm_removes_it(damaged_store):
    db = damaged_store("UPDATE runs SET started_at = 'x' WHERE id = 2")
    outcome = invoke(["list"], str(db))
    assert outcome.code == 1 and outcome.err.startswith(
        f"Error: run 2 in {db} is damaged: started_at: expected seconds since the epoch")
    assert invoke(["rm", "--yes", "2"], str(db)).code == 0
    assert invoke(["list", "--format", "ids"], str(db)).out == b"1\n"
