"""Many `expctl run` at once into one PostgreSQL store lose no point: each writer's points all
arrive (directly, or through the spool when the server was slow to answer a start, delivered
by `expctl sync`). The issue's size, 16 writers x 20,000 points, takes 15 to 30 s: it runs with
the `heavy` marker (`python -m pytest -m heavy`), and the default suite runs 6 writers x 5,000.
Skipped, saying why, where no server can be started."""

from __future__ import annotations

import pytest

from .conftest import py, run_expctl, start_expctl

# The driver is in the test extra; without it these tests are skipped, saying why.
psycopg = pytest.importorskip("psycopg", reason="the psycopg driver is not installed (pip install 'expctl[postgres]')")


@pytest.mark.parametrize("writers, points", [
    (6, 5_000), pytest.param(16, 20_000, marks=pytest.mark.heavy)], ids=["6x5000", "16x20000"])
def test_concurrent_writers_lose_no_point(pg_store_url, monkeypatch, writers, points):
    monkeypatch.setenv("EXPCTL_DB", pg_store_url)
    code = f"for i in range({points}): print(f'step {{i}} loss {{i * 0.5}}')"
    runs = [start_expctl("run", "-q", "-n", f"w{n}", "--", *py(code)) for n in range(writers)]
    for run in runs:
        _, err = run.communicate(timeout=900)
        assert run.returncode == 0, err
        assert b"tracking stopped" not in err and b"not recording" not in err, err
    synced = run_expctl("sync")  # runs whose start found the server slow went to the spool
    assert synced.returncode == 0, synced.stderr
    with psycopg.connect(pg_store_url) as conn:
        rows = conn.execute("SELECT r.name, r.status, s.count, s.last,"
                            " (SELECT SUM(n) FROM metric_chunks c WHERE c.run_id = r.id AND c.name = 'loss'),"
                            " (SELECT SUM(size) FROM logs l WHERE l.run_id = r.id)"
                            " FROM runs r JOIN metric_summaries s ON s.run_id = r.id AND s.name = 'loss'"
                            " ORDER BY r.name").fetchall()
    printed = sum(len(f"step {i} loss {i * 0.5}\n") for i in range(points))  # and every log byte
    expected = [(f"w{n}", "finished", points, (points - 1) * 0.5, points, printed) for n in range(writers)]
    assert rows == sorted(expected)
