"""The real CLI against a real PostgreSQL server (EXPCTL_DB=postgresql://...): `expctl run`
records runs, params, metrics and logs there, and list/show/metrics/compare/logs/info read them.
Skipped, saying why, where no server can be started."""

from __future__ import annotations

import json

import pytest

from .conftest import py, run_expctl

# The driver is in the test extra; without it these tests are skipped, saying why.
psycopg = pytest.importorskip("psycopg", reason="the psycopg driver is not installed (pip install 'expctl[postgres]')")

TRAIN = "import sys\nfor i in range(1, 4): print(f'epoch {i} loss {1 / i:.3f} acc {i / 4}')\nprint('to stderr', file=sys.stderr)"


def test_runs_recorded_on_the_server_are_listed_shown_and_compared(pg_store_url, monkeypatch):
    monkeypatch.setenv("EXPCTL_DB", pg_store_url)
    first = run_expctl("run", "-n", "one", "-t", "ci", "--", *py(TRAIN), "--lr", "0.1")
    assert first.returncode == 0, first.stderr
    assert first.stdout == b"epoch 1 loss 1.000 acc 0.25\nepoch 2 loss 0.500 acc 0.5\nepoch 3 loss 0.333 acc 0.75\n"
    second = run_expctl("run", "-q", "--", *py("raise SystemExit(3)"), "--lr", "0.2")
    assert second.returncode == 3
    listed = run_expctl("list", "--format", "json")
    runs = json.loads(listed.stdout)
    rows = runs["runs"] if isinstance(runs, dict) else runs
    assert [(r["id"], r["status"]) for r in rows] == [(2, "failed"), (1, "finished")]
    shown = json.loads(run_expctl("show", "one", "-f", "json").stdout)
    assert (shown["params"], shown["tags"], shown["metrics"]["acc"]["last"]) == ({"lr": 0.1}, ["ci"], 0.75)
    metrics = run_expctl("metrics", "one", "loss", "-f", "csv").stdout.decode().splitlines()
    assert [line.split(",")[1:3] for line in metrics[1:]] == [["1", "1.0"], ["2", "0.5"], ["3", "0.333"]]
    logs = run_expctl("logs", "one")
    assert logs.stdout.endswith(b"epoch 3 loss 0.333 acc 0.75\nto stderr\n")
    compared = run_expctl("compare", "1", "2")
    assert compared.returncode == 0 and b"lr" in compared.stdout and b"0.2" in compared.stdout
    where = run_expctl("list", "--where", "params.lr >= 0.15 and status = 'failed'", "--format", "ids")
    assert where.stdout == b"2\n"


def test_the_password_is_neither_printed_nor_stored(pg_cluster, pg_store_url, monkeypatch):
    monkeypatch.setenv("EXPCTL_DB", pg_store_url)
    done = run_expctl("run", "--", *py("print('hi')"))
    assert done.returncode == 0
    info = run_expctl("info")
    assert info.returncode == 0 and pg_cluster.password.encode() not in info.stdout + info.stderr
    assert f"{pg_store_url.replace(pg_cluster.password, '***')}".encode() in info.stdout
    with psycopg.connect(pg_store_url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        dump = "".join(repr(row) for t in tables for row in conn.execute(f"SELECT * FROM {t}"))
    assert "hi" in dump  # the log is there: the dump is not empty
    assert pg_cluster.password not in dump


def test_a_server_that_cannot_be_reached_is_a_clear_error(pg_cluster, monkeypatch):
    url = f"postgresql://expctl:{pg_cluster.password}@127.0.0.1:1/nowhere"
    listed = run_expctl("list", "--db", url)
    assert listed.returncode == 1
    assert listed.stderr.startswith(b"Error: cannot reach the store postgresql://expctl:***@127.0.0.1:1/nowhere")
    assert pg_cluster.password.encode() not in listed.stderr and b"Traceback" not in listed.stderr


def test_scrub_hides_a_secret_named_after_the_run_on_the_server(pg_store_url, monkeypatch):
    monkeypatch.setenv("EXPCTL_DB", pg_store_url)
    done = run_expctl("run", "--", *py("import sys; print('using', sys.argv[2])"), "--deploy-code", "Zq9hidden77")
    assert done.returncode == 0 and done.stdout == b"using Zq9hidden77\n"
    # both spellings: a name with a dash matches the argv flag, not the param (reported)
    monkeypatch.setenv("EXPCTL_SECRET_NAMES", "deploy-code,deploy_code")
    dry = run_expctl("scrub", "last", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    scrubbed = run_expctl("scrub", "last")
    assert scrubbed.returncode == 0, scrubbed.stderr
    assert (dry.stdout, scrubbed.stdout) == (b"1\twould change: command, param deploy_code, logs\n",
                                             b"1\tscrubbed: command, param deploy_code, logs\n")
    shown = json.loads(run_expctl("show", "last", "-f", "json").stdout)
    assert shown["command"][-2:] == ["--deploy-code", "***"]
    assert "Zq9hidden77" not in json.dumps(shown)
    assert run_expctl("logs", "last").stdout == b"using ***\n"
    with psycopg.connect(pg_store_url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        dump = "".join(repr(row) for t in tables for row in conn.execute(f"SELECT * FROM {t}"))
    assert "Zq9hidden77" not in dump


def test_a_damaged_value_on_the_server_is_one_clear_error(pg_store_url, monkeypatch):
    monkeypatch.setenv("EXPCTL_DB", pg_store_url)
    assert run_expctl("run", "-q", "--", *py("print('acc=0.5')")).returncode == 0
    with psycopg.connect(pg_store_url) as conn:  # written by some other program
        conn.execute("UPDATE runs SET command = 'not json'")
        conn.execute("UPDATE run_env SET data = '[1, 2]'")
    shown = run_expctl("show", "1")
    assert shown.returncode == 1 and b"Traceback" not in shown.stderr
    assert shown.stderr.decode().splitlines()[0] == (
        f"Error: run 1 in {pg_store_url.replace(pg_store_url.split(':')[2].split('@')[0], '***')}"
        " is damaged: command: is not JSON")
