"""A run never waits for its PostgreSQL server: down at start, slow at start or lost mid-run,
the run goes on into the local spool and `expctl sync` (or the next command reaching the
server) delivers it, once. Each test module gets its own server, which the tests stop and
start; skipped, saying why, where PostgreSQL cannot be had."""

from __future__ import annotations

import json
import os
import signal
import socket

import pytest

from .conftest import py, run_expctl, start_expctl, wait_for

# The driver is in the test extra; without it these tests are skipped, saying why.
psycopg = pytest.importorskip("psycopg", reason="the psycopg driver is not installed (pip install 'expctl[postgres]')")

TRAIN = ("import os, sys, time\n"
         "for i in range(200): print(f'step {i} loss {i / 7}')\n"
         "while not os.path.exists(sys.argv[1]): time.sleep(0.02)\n"
         "for i in range(200, 500): print(f'step {i} loss {i / 7}')\n")


@pytest.fixture(scope="module")
def own_cluster():
    """A server of this module's own: the tests stop and restart it."""
    from .pg_cluster import Unavailable, start_cluster

    try:
        cluster = start_cluster()
    except Unavailable as exc:
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    try:
        yield cluster
    finally:
        cluster.stop(remove=True)


_names = iter(range(1, 1 << 30))


@pytest.fixture
def server(own_cluster, monkeypatch):
    """A new database on the module's server (running), as EXPCTL_DB."""
    if not os.path.exists(os.path.join(own_cluster.data, "postmaster.pid")):
        own_cluster.start()
    url = own_cluster.create_database(f"spool{os.getpid()}_{next(_names)}")
    monkeypatch.setenv("EXPCTL_DB", url)
    monkeypatch.setenv("EXPCTL_SERVER_WAIT", "20")  # a loaded test machine is not a slow server
    run_expctl("info")  # the schema, created while the server is up
    yield url
    if not os.path.exists(os.path.join(own_cluster.data, "postmaster.pid")):
        own_cluster.start()


def _query(url: str, sql: str, args=()):
    with psycopg.connect(url) as conn:
        return conn.execute(sql, args).fetchall()


def _points(url: str) -> list[tuple]:
    return _query(url, "SELECT r.uuid, s.count, s.last FROM runs r JOIN metric_summaries s"
                       " ON s.run_id = r.id AND s.name = 'loss' ORDER BY r.id")


def test_a_run_started_while_the_server_is_down_is_spooled_and_delivered_once(own_cluster, server):
    own_cluster.pause()
    done = run_expctl("run", "--", *py("print('loss=0.5'); raise SystemExit(3)"))
    assert done.returncode == 3 and done.stdout == b"loss=0.5\n"
    warning = done.stderr.decode().splitlines()[0]
    assert warning.startswith("expctl: warning: cannot reach the store postgresql://expctl:***@")
    assert warning.endswith("; recording this run in the local spool (delivered by `expctl sync` "
                            "or the next expctl command that reaches the server)")
    assert own_cluster.password not in done.stderr.decode()
    early = run_expctl("sync")
    assert early.returncode == 1 and early.stdout == b""
    assert early.stderr.decode().splitlines()[0].endswith("; 1 run stays in the local spool")
    own_cluster.start()
    listed = run_expctl("list", "-f", "json")  # the next command delivers it first
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    rows = rows["runs"] if isinstance(rows, dict) else rows
    assert [(r["status"], r["exit_code"]) for r in rows] == [("failed", 3)]
    again = run_expctl("sync")
    assert again.returncode == 0 and again.stdout.startswith(b"delivered 0 spooled runs to postgresql://")
    assert [row[1:] for row in _points(server)] == [(1, 0.5)]


def test_the_server_stopped_mid_run_and_restarted_loses_no_point(own_cluster, server, tmp_path):
    go = tmp_path / "go"
    run = start_expctl("run", "--", *py(TRAIN), str(go))
    wait_for(lambda: _query(server, "SELECT COALESCE(SUM(count), 0) FROM metric_summaries"
                                    " WHERE name = 'loss'")[0][0] >= 200, timeout=60)
    own_cluster.pause()
    go.touch()
    out, err = run.communicate(timeout=120)
    assert run.returncode == 0
    assert out == b"".join(f"step {i} loss {i / 7}\n".encode() for i in range(500))
    assert b"expctl: warning: lost the server mid-run (" in err
    own_cluster.start()
    synced = run_expctl("sync")
    assert synced.returncode == 0, synced.stderr
    assert synced.stderr.startswith(b"merged run ")
    (uuid, count, last), = _points(server)
    assert (count, last) == (500, 499 / 7)
    steps = run_expctl("metrics", uuid[:8], "loss", "-f", "csv").stdout.decode().splitlines()[1:]
    assert [float(line.split(",")[1]) for line in steps] == [float(i) for i in range(500)]
    assert run_expctl("logs", uuid[:8]).stdout == out
    shown = json.loads(run_expctl("show", uuid[:8], "-f", "json").stdout)
    assert shown["status"] == "finished" and {"spooled_at", "synced_at"} <= set(shown["resources"])
    assert run_expctl("sync").stdout.startswith(b"delivered 0 spooled runs")
    assert _points(server) == [(uuid, 500, 499 / 7)]


def _fill_spool(url: str, runs: int, points: int) -> list[str]:
    """Runs written straight into the spool of `url`, as a recorder whose server was down does."""
    from array import array

    from expctl.records import NewRun, Series
    from expctl.store.spool import mark_pending, open_spool, spool_folder

    spool = open_spool(url)
    uuids = []
    for n in range(runs):
        uuid = f"{n:032x}"
        run_id = spool.create_run(NewRun(uuid=uuid, name=None, experiment="default",
                                         command=["train"], cwd="/", started_at=1e9 + n,
                                         host="h", user="u"))
        steps = array("d", range(points))
        spool.append(run_id, {"loss": Series(steps, array("d", steps), array("d", steps))})
        spool.finish_run(run_id, "finished", 0, None, 1e9 + n + 1, {})
        uuids.append(uuid)
    spool.close()
    mark_pending(spool_folder(url))
    return uuids


def test_a_sync_killed_mid_way_finishes_when_run_again_adding_nothing_twice(server):
    uuids = _fill_spool(server, runs=30, points=20_000)
    sync = start_expctl("sync")
    first = sync.stderr.readline()  # one run delivered: the sync is under way
    assert first.startswith(b"added run ")
    os.kill(sync.pid, signal.SIGKILL)  # the process this test started
    sync.communicate(timeout=30)
    delivered = _query(server, "SELECT COUNT(*) FROM runs")[0][0]
    assert 1 <= delivered < 30
    resumed = run_expctl("sync")
    assert resumed.returncode == 0, resumed.stderr
    assert _query(server, "SELECT uuid, (SELECT count FROM metric_summaries s WHERE s.run_id = r.id)"
                          " FROM runs r ORDER BY uuid") == [(u, 20_000) for u in uuids]
    assert run_expctl("sync").stdout.startswith(b"delivered 0 spooled runs")


def test_a_server_that_does_not_answer_holds_the_run_back_only_its_budget(monkeypatch):
    with socket.socket() as silent:  # accepts connections (the kernel does), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"postgresql://nobody@127.0.0.1:{silent.getsockname()[1]}/runs"
        monkeypatch.setenv("EXPCTL_DB", url)
        monkeypatch.setenv("EXPCTL_SERVER_WAIT", "0.5")
        done = run_expctl("run", "--", *py("print('acc 0.9')"))
    assert done.returncode == 0 and done.stdout == b"acc 0.9\n"
    assert done.stderr.startswith(f"expctl: warning: the store {url} did not answer within 0.5 s; "
                                  "recording this run in the local spool".encode())
    from expctl.store.sync import pending_count

    assert pending_count(url) == 1


def test_sync_of_a_file_store_is_a_usage_error():
    done = run_expctl("sync")
    assert done.returncode == 2
    assert done.stderr.decode().startswith("Error: nothing to sync: the store ")
