"""Damaged, foreign and newer stores: a clear one-line error, and the file is never modified."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ..conftest import run_expctl

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def _store_with_a_run(db_path):
    assert run_expctl("run", "--", "sh", "-c", "echo 'loss: 0.5'").returncode == 0
    return db_path.read_bytes()


@pytest.mark.parametrize("command", [["list"], ["show", "last"], ["logs", "last"],
                                     ["metrics", "last"], ["info"], ["tag", "last", "x"]])
def test_a_truncated_store_gives_one_error_line_and_stays_as_it_was(db_path, command):
    whole = _store_with_a_run(db_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_path.write_bytes(whole[: len(whole) // 3])
    damaged = db_path.read_bytes()
    proc = run_expctl(*command)
    err = proc.stderr.decode()
    assert proc.returncode != 0, proc.stdout
    assert err.startswith("Error: ") and "Traceback" not in err
    assert db_path.read_bytes() == damaged


def test_a_store_missing_a_table_gives_an_error_not_a_traceback(db_path):
    _store_with_a_run(db_path)
    db = sqlite3.connect(db_path)
    db.execute("DROP TABLE logs")
    db.commit()
    db.close()
    proc = run_expctl("logs", "last")
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith("Error: ") and b"Traceback" not in proc.stderr


@pytest.mark.parametrize("fixture", sorted(p.name for p in SCHEMAS.glob("v*.db")))
def test_a_store_of_every_earlier_schema_opens_upgrades_and_keeps_its_runs(tmp_path, fixture, monkeypatch):
    copy = tmp_path / fixture
    shutil.copy(SCHEMAS / fixture, copy)
    monkeypatch.setenv("EXPCTL_DB", str(copy))
    import json

    runs = json.loads(run_expctl("list", "--all", "--format", "json").stdout)
    assert [r["name"] for r in runs] == ["fixture-b", "fixture-a"]
    assert runs[1]["params"] == {"lr": 0.01, "model": "resnet"}
    assert runs[1]["metrics"]["loss"]["count"] == 3
    logs = run_expctl("logs", "fixture-a").stdout
    assert logs == b"step: 0 loss: 1.0\nstep: 1 loss: 0.5\nstep: 2 loss: 0.25\n"
    assert run_expctl("run", "-n", "after-upgrade", "--", "true").returncode == 0
    # Ids are never given twice, in an upgraded store too: removing the newest run keeps its id.
    assert run_expctl("rm", "--yes", "after-upgrade").returncode == 0
    assert run_expctl("run", "-n", "next", "--", "true").returncode == 0
    assert run_expctl("list", "--format", "ids").stdout.split() == [b"4", b"2", b"1"]
    from expctl.store.migrations import SCHEMA_VERSION

    assert sqlite3.connect(copy).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
