"""Every test runs against its own store and home folder, never the user's data."""

from __future__ import annotations

import compileall
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis's per-example deadline (200 ms) is a timing assertion: on a loaded machine it fails
# tests whose results are right. The suite asserts results only.
settings.register_profile("expctl", deadline=None)
settings.load_profile("expctl")

# A shell without job control starts a background job (`bash .ci/run &`) with SIGINT and SIGQUIT
# ignored, and every process below it inherits that. expctl rightly keeps an ignored signal
# ignored for its command (as nohup's user expects), so the tests that interrupt a run would
# wait for an interrupt that never comes. They stand for a run started from a terminal: the
# test processes take Python's usual handlers back, and the processes they start the defaults.
for _signum, _handler in ((signal.SIGINT, signal.default_int_handler), (signal.SIGQUIT, signal.SIG_DFL)):
    if signal.getsignal(_signum) == signal.SIG_IGN:
        signal.signal(_signum, _handler)


def examples(n: int):
    """Hypothesis settings of `n` examples. A property test that is costly runs a share of its
    examples in the default suite and has a twin marked `heavy` with ten times as many
    (`python -m pytest -m heavy`)."""
    return settings(max_examples=n, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def pytest_sessionstart(session):
    """Compile expctl's modules once, as pip does for an installed copy. The suite starts the CLI
    some thousands of times; in a fresh clone run with PYTHONDONTWRITEBYTECODE=1 (as CI runs it)
    no module has a .pyc, and each of those processes would compile the ones it imports from
    source again: a third of the suite's CPU time. Already compiled modules are only checked."""
    import expctl

    compileall.compile_dir(os.path.dirname(expctl.__file__), quiet=1)


BIN = Path(sys.executable).parent
EXPCTL = str(BIN / "expctl") if (BIN / "expctl").exists() else None


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("EXPCTL_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("EXPCTL_DB", str(tmp_path / "store.db"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("EXPCTL_EXPERIMENT", raising=False)
    monkeypatch.delenv("PYTHONUNBUFFERED", raising=False)
    # The suite may itself run in CI: runs made by tests must not see that CI's job.
    for name in ("GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "CIRCLECI",
                 "TF_BUILD", "JENKINS_URL", "EXPCTL_SECRET_NAMES", "EXPCTL_SECRET_PATTERNS",
                 "EXPCTL_LOCK_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    # git: commits work without the user's config, and no repository above tmp_path is found.
    # (A global config file rather than GIT_AUTHOR_* variables, so a test's repository config wins.)
    (tmp_path / "gitconfig").write_text("[user]\n\tname = Tester\n\temail = tester@example.com\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def db_path(isolated) -> Path:
    return isolated / "store.db"


def expctl_argv(*args: str) -> list[str]:
    """The installed console script (as users run it), else `python -m expctl`."""
    head = [EXPCTL] if EXPCTL else [sys.executable, "-m", "expctl"]
    return head + list(args)


def run_expctl(*args: str, input: bytes | None = None, timeout: float = 60, **kwargs):
    """Run the real CLI in a subprocess; returns CompletedProcess with bytes stdout/stderr."""
    return subprocess.run(
        expctl_argv(*args), input=input, capture_output=True, timeout=timeout, **kwargs
    )


def start_expctl(*args: str, **kwargs) -> subprocess.Popen:
    """The real CLI started in the background, stdout and stderr piped (bytes)."""
    return subprocess.Popen(expctl_argv(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            **kwargs)


def py(code: str) -> list[str]:
    """A Python child command (the venv's interpreter, never the pyenv shim)."""
    return [sys.executable, "-c", code]


def wait_for(predicate, timeout: float = 20.0, interval: float = 0.02):
    """Poll `predicate` until it returns a truthy value or the deadline passes (then fail)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        time.sleep(interval)


def read_pty_to_end(master: int, output: bytearray | None = None) -> bytearray:
    """Everything a pty's master gives until the other side is closed (EIO) or EOF, appended
    to `output` (a new bytearray by default)."""
    output = bytearray() if output is None else output
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            return output
        if not chunk:
            return output
        output.extend(chunk)


def copy_store(source, target) -> None:
    """Copy a store file built once per module (with its WAL files) to a test's own path."""
    import os
    import shutil

    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(f"{source}{suffix}"):
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL server for the whole session (tests/pg_cluster.py), stopped and
    removed at the end whatever the result; tests using it are skipped, saying why, where
    PostgreSQL cannot be had."""
    from .pg_cluster import Unavailable, start_cluster

    try:
        cluster = start_cluster()
    except Unavailable as exc:
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    try:
        yield cluster
    finally:
        cluster.stop(remove=True)


_pg_databases = iter(range(1, 1 << 30))


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """The URL (with its password) of a new, empty database on the session's server."""
    return pg_cluster.create_database(f"t{os.getpid()}_{next(_pg_databases)}")


@pytest.fixture(scope="session")
def pg_shared_url(pg_cluster) -> str:
    """One database with expctl's schema, emptied before each test that uses it (pg_store_url):
    a new database per test costs ~0.5 s."""
    from expctl.store import open_store

    url = pg_cluster.create_database(f"shared{os.getpid()}")
    open_store(url).close()
    return url


@pytest.fixture
def pg_store_url(pg_shared_url) -> str:
    """The URL of an empty expctl store on the session's server (every row removed, ids
    started again)."""
    import psycopg

    # DELETE, not TRUNCATE: 4 ms against 300 ms on tables this small. Every other table's rows
    # go with their run (ON DELETE CASCADE).
    with psycopg.connect(pg_shared_url, autocommit=True) as conn, conn.transaction():
        conn.execute("SET LOCAL lock_timeout = '10s'")
        for table in ("runs", "experiments", "package_sets"):
            conn.execute(f"DELETE FROM {table}")
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 1, false)")
    return pg_shared_url


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_url(request, db_path) -> str:
    """An empty store on each engine in turn: a new SQLite file, an emptied PostgreSQL database
    (the PostgreSQL case skipped, saying why, where no server can be started)."""
    if request.param == "sqlite":
        return str(db_path)
    return request.getfixturevalue("pg_store_url")
