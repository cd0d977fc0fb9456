"""`expctl push --to` and `expctl pull --from` between a store file and a real PostgreSQL
server: a round trip gives back the same runs byte for byte (logs, series, artifacts), again
adds nothing, and a run changed on one side is a conflict, reported and left alone. Skipped,
saying why, where no server can be started."""

from __future__ import annotations

import os

import pytest

from .conftest import py, run_expctl

# The driver is in the test extra; without it these tests are skipped, saying why.
psycopg = pytest.importorskip("psycopg", reason="the psycopg driver is not installed (pip install 'expctl[postgres]')")

WRITE = ("import os, sys\n"
         "open('model.bin', 'wb').write(os.urandom(300_000) + bytes(range(256)))\n"
         "for i in range(50): print(f'step {i} loss {1 / (i + 1)!r} acc {i / 49}')\n"
         "print('done \\x1b[1mbold\\x1b[0m \\xe9', file=sys.stderr)\n")


def _export_runs(db: str) -> list[bytes]:
    done = run_expctl("export", "--artifacts", "--db", db)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[1:]  # the header line holds the time of the export


def test_push_then_pull_gives_back_the_same_runs_byte_for_byte(pg_store_url, tmp_path, monkeypatch):
    monkeypatch.setenv("EXPCTL_ARTIFACT_ROOT", str(tmp_path / "shared"))
    local = str(tmp_path / "store.db")
    for lr in ("0.1", "0.01"):
        done = run_expctl("run", "-t", "ci", "--artifact", "model.bin", "--", *py(WRITE), "--lr", lr)
        assert done.returncode == 0, done.stderr
    pushed = run_expctl("push", "--to", pg_store_url)
    shown = pg_store_url.split("@")[1]
    assert pushed.returncode == 0, pushed.stderr
    assert pushed.stdout.decode().startswith("copied 2 runs, skipped 0 already present (")
    assert pushed.stdout.decode().rstrip().endswith(shown + ")")
    again = run_expctl("push", "--to", pg_store_url)
    assert again.stdout.decode().startswith("copied 0 runs, skipped 2 already present")
    back = str(tmp_path / "back.db")
    pulled = run_expctl("pull", "--from", pg_store_url, "--db", back)
    assert pulled.returncode == 0, pulled.stderr
    assert pulled.stdout.decode().startswith("copied 2 runs, skipped 0 already present")
    original = _export_runs(local)
    assert len(original) == 4 and _export_runs(back) == original  # 2 runs, each with its blob
    restored = tmp_path / "restored"
    got = run_expctl("artifacts", "last", "--get", "model.bin", "-o", str(restored), "--db", back)
    assert got.returncode == 0, got.stderr
    assert (restored / "model.bin").read_bytes() == (tmp_path / "model.bin").read_bytes()
    assert os.listdir(tmp_path / "shared")  # the server's content went to its artifact root


def test_pull_with_where_copies_only_those_and_reports_a_conflict(pg_store_url, tmp_path):
    for lr in ("0.1", "0.2", "0.3"):
        assert run_expctl("run", "-q", "--", *py("print('acc=0.5')"), "--lr", lr).returncode == 0
    assert run_expctl("push", "--to", pg_store_url).returncode == 0
    back = str(tmp_path / "back.db")
    pulled = run_expctl("pull", "--from", pg_store_url, "--where", "params.lr >= 0.2", "--db", back)
    assert pulled.stdout.decode().startswith("copied 2 runs, skipped 0 already present")
    listed = run_expctl("list", "--db", back, "--format", "ids", "--sort", "params.lr")
    assert len(listed.stdout.splitlines()) == 2
    with psycopg.connect(pg_store_url) as conn:
        conn.execute("UPDATE runs SET notes = 'changed on the server'")
    conflict = run_expctl("push", "--to", pg_store_url)
    assert conflict.returncode == 1
    lines = conflict.stderr.decode().splitlines()
    assert len([line for line in lines if line.startswith("conflict: run ")]) == 3
    assert "(notes); kept the one there" in lines[0]
    assert lines[-2] == "Error: 3 conflicting run(s) not copied"


def test_pull_from_a_store_that_does_not_exist_is_a_usage_error(tmp_path):
    done = run_expctl("pull", "--from", str(tmp_path / "nowhere.db"))
    assert done.returncode == 2
    assert done.stderr.decode().startswith(f"Error: --from {tmp_path / 'nowhere.db'}: no such store")
