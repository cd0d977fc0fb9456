"""Who may do what on a shared PostgreSQL store: passwords come from where libpq users keep
them (PGPASSWORD, ~/.pgpass) and are never shown; the insert-only role of
docs/postgres-roles.sql records runs but cannot delete or change others'. Skipped, saying why,
where no server can be started."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from .conftest import py, run_expctl

# The driver is in the test extra; without it these tests are skipped, saying why.
psycopg = pytest.importorskip("psycopg", reason="the psycopg driver is not installed (pip install 'expctl[postgres]')")

ROLES_SQL = Path(__file__).parent.parent / "docs" / "postgres-roles.sql"


def _parts(url: str) -> tuple[str, str]:
    """(port, database) of a test cluster's URL."""
    hostport, _, dbname = url.rpartition("@")[2].partition("/")
    return hostport.rpartition(":")[2], dbname


def test_a_password_from_pgpass_is_used_and_never_shown(pg_cluster, pg_url, monkeypatch):
    port, dbname = _parts(pg_url)
    pgpass = Path(os.environ["HOME"]) / ".pgpass"
    pgpass.write_text(f"127.0.0.1:{port}:{dbname}:expctl:{pg_cluster.password}\n")
    pgpass.chmod(0o600)
    url = pg_cluster.url(dbname, password=False)
    monkeypatch.setenv("EXPCTL_DB", url)
    done = run_expctl("run", "--", *py("print('acc=0.5')"))
    assert done.returncode == 0 and done.stderr.startswith(b"expctl: run 1 finished"), done.stderr
    info = run_expctl("info")
    assert info.returncode == 0 and url.encode() in info.stdout
    assert pg_cluster.password.encode() not in info.stdout + info.stderr + done.stderr


def test_the_insert_only_role_records_runs_but_cannot_delete_or_change_them(pg_url, monkeypatch):
    assert run_expctl("run", "--db", pg_url, "--", *py("print('acc=0.1')")).returncode == 0
    with psycopg.connect(pg_url, autocommit=True) as conn:  # as the store's owner
        conn.execute(ROLES_SQL.read_text())
        conn.execute(ROLES_SQL.read_text())  # running it again is harmless
        conn.execute("ALTER ROLE expctl_ci PASSWORD 'ci-secret'")
    port, dbname = _parts(pg_url)
    ci_url = f"postgresql://expctl_ci@127.0.0.1:{port}/{dbname}"
    monkeypatch.setenv("EXPCTL_DB", ci_url)
    monkeypatch.setenv("PGPASSWORD", "ci-secret")
    monkeypatch.setenv("EXPCTL_SERVER_WAIT", "20")  # a loaded test machine is not a slow server
    code = "import sys\nfor i in range(3): print(f'epoch {i} loss {1 / (i + 1)}')\nprint('warn', file=sys.stderr)"
    done = run_expctl("run", "-t", "ci", "--", *py(code), "--lr", "0.1")
    assert done.returncode == 0, done.stderr
    lines = done.stderr.decode().splitlines()  # no warning: nothing was refused
    assert len(lines) == 2 and lines[0] == "warn" and lines[1].startswith("expctl: run 2 finished (exit 0)")
    shown = json.loads(run_expctl("show", "2", "-f", "json").stdout)
    assert (shown["status"], shown["params"], shown["tags"]) == ("finished", {"lr": 0.1}, ["ci"])
    assert shown["metrics"]["loss"]["count"] == 3 and shown["user"] and shown["host"]
    refused = run_expctl("rm", "-y", "1")
    assert refused.returncode == 1
    assert refused.stderr.decode().splitlines()[0] == (
        f"Error: not allowed in {ci_url}: permission denied for table runs")
    assert run_expctl("note", "2", "changed").returncode == 1
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT id, notes FROM runs ORDER BY id").fetchall() == [(1, ""), (2, "")]


def test_the_store_named_in_the_project_config_is_used(pg_cluster, pg_url, monkeypatch, tmp_path):
    port, dbname = _parts(pg_url)
    monkeypatch.delenv("EXPCTL_DB")
    monkeypatch.setenv("PGPASSWORD", pg_cluster.password)
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.expctl]\ndb = "{pg_cluster.url(dbname, password=False)}"\n')
    assert run_expctl("run", "--", *py("print('acc=0.5')")).returncode == 0
    info = run_expctl("info")
    assert f"db in {tmp_path / 'pyproject.toml'}".encode() in info.stdout
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1


def test_a_password_from_pgpassword_is_used_and_never_shown(pg_cluster, pg_url, monkeypatch):
    port, dbname = _parts(pg_url)
    url = pg_cluster.url(dbname, password=False)
    monkeypatch.setenv("EXPCTL_DB", url)
    monkeypatch.setenv("PGPASSWORD", pg_cluster.password)
    done = run_expctl("run", "--", *py("print('acc=0.5')"))
    assert done.returncode == 0 and done.stderr.startswith(b"expctl: run 1 finished"), done.stderr
    info = run_expctl("info")
    assert info.returncode == 0 and url.encode() in info.stdout
    assert pg_cluster.password.encode() not in info.stdout + info.stderr + done.stderr
    monkeypatch.setenv("PGPASSWORD", "wrong")  # the password libpq sent is the one refused
    refused = run_expctl("list")
    assert refused.returncode == 1 and b"password authentication failed" in refused.stderr


def test_a_service_from_pgservice_names_the_server_and_its_password_is_never_shown(
        pg_cluster, pg_url, monkeypatch, tmp_path):
    port, dbname = _parts(pg_url)
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[runs]\nhost=127.0.0.1\nport={port}\ndbname={dbname}\nuser=expctl\n"
                        f"password={pg_cluster.password}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    monkeypatch.setenv("PGSERVICE", "runs")
    monkeypatch.setenv("EXPCTL_DB", "postgresql://")  # everything else from the service
    done = run_expctl("run", "--", *py("print('acc=0.5')"))
    assert done.returncode == 0 and done.stderr.startswith(b"expctl: run 1 finished"), done.stderr
    monkeypatch.delenv("PGSERVICE")  # the service named in the URL instead, as libpq reads it
    monkeypatch.setenv("EXPCTL_DB", "postgresql://?service=runs")
    info = run_expctl("info")
    assert info.returncode == 0 and b"postgresql://?service=runs" in info.stdout, info.stderr
    assert pg_cluster.password.encode() not in info.stdout + info.stderr + done.stderr
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 1


def test_a_shown_url_keeps_everything_but_the_password():
    from expctl.store.postgres import display_url

    assert display_url("postgresql://ci:s3cret@db:5433/runs?sslmode=require&password=s3cret") == (
        "postgresql://ci:***@db:5433/runs?sslmode=require&password=***")
    assert display_url("postgresql://ci@db/runs?application_name=a%20b") == (
        "postgresql://ci@db/runs?application_name=a%20b")
    for url in ("postgresql://", "postgresql://?service=runs", "postgresql:///runs"):
        assert display_url(url) == url  # libpq's service file or defaults fill in the rest
