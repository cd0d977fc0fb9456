"""Metric points on disk: chunk rows sized to stay on their page, and the migration (m006) that
splits the larger rows written before it."""

from __future__ import annotations

import math
import random
import sqlite3
import time
import uuid as uuidlib
from array import array

from expctl.store import NewRun, Series, open_store
from expctl.store.migrations import MIGRATIONS
from expctl.store.sqlite import chunk_points, max_local_payload, pack

T0 = 1_700_000_000.0


def _series(n: int, seed: int = 0) -> Series:
    rng = random.Random(seed)
    return Series(array("d", range(n)), array("d", (T0 + i + rng.random() for i in range(n))),
                  array("d", (rng.gauss(0, 1) for _ in range(n))))


def _new_run() -> NewRun:
    return NewRun(uuid=uuidlib.uuid4().hex, name=None, experiment="exp", command=["train"],
                  cwd="/p", started_at=T0, host="h", user="u")


def _overflow_bytes(db: sqlite3.Connection) -> int:
    return db.execute("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = 'metric_chunks'"
                      " AND pagetype = 'overflow'").fetchone()[0]


def _chunk_bytes(db: sqlite3.Connection) -> int:
    return db.execute("SELECT SUM(pgsize) FROM dbstat WHERE name = 'metric_chunks'").fetchone()[0]


def test_short_series_take_about_24_bytes_a_point(tmp_path):
    path = str(tmp_path / "runs.db")
    store = open_store(path)
    written = {}
    names = ("acc", "loss", "lr", "val_acc", "val_loss")
    for r in range(100):
        run_id = store.create_run(_new_run())
        written[run_id] = {name: _series(100, seed=r * 10 + k) for k, name in enumerate(names)}
        store.append(run_id, written[run_id])
    for run_id, metrics in written.items():
        assert store.read_metrics(run_id) == metrics
    db = sqlite3.connect(path)
    assert _overflow_bytes(db) == 0
    assert _chunk_bytes(db) / (100 * 5 * 100) <= 26  # 46.8 when a row was a whole flush


def test_rows_stay_on_their_page_whatever_the_series_or_name(tmp_path):
    path = str(tmp_path / "runs.db")
    store = open_store(path)
    run_id = store.create_run(_new_run())
    long_name = "validation/" + "é" * 300  # 611 bytes of name
    metrics = {"loss": _series(10_000), long_name: _series(250, seed=1), "one": _series(1)}
    store.append(run_id, metrics)
    more = _series(77, seed=2)
    store.append(run_id, {"loss": more})
    got = store.read_metrics(run_id)
    assert got[long_name] == metrics[long_name] and got["one"] == metrics["one"]
    assert list(got["loss"].values) == list(metrics["loss"].values) + list(more.values)
    db = sqlite3.connect(path)
    assert _overflow_bytes(db) == 0
    seqs = db.execute("SELECT seq, n FROM metric_chunks WHERE name = 'loss' ORDER BY seq").fetchall()
    assert all(seq == prev + n for (prev, n), (seq, _) in zip(seqs, seqs[1:]))  # seq: first point
    summary = store.get_run(run_id).metrics["loss"]
    assert summary.count == 10_077


def test_chunk_points_fit_the_local_payload():
    assert max_local_payload(4096) == 1002  # SQLite file format, 1.6: ((U-12)*64/255)-23
    for page in (512, 1024, 4096, 65536):
        for name in ("a", "x" * 100, "é" * 1000):
            per = chunk_points(page, name)
            assert per >= 1
            assert per == 1 or per * 24 + 37 + len(name.encode()) <= max_local_payload(page)


def _store_at_v4(path: str) -> None:
    """A store as expctl wrote it before m006: the first four migrations, one row per flush."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
               " applied_at REAL NOT NULL)")
    for number, (name, sql) in enumerate(MIGRATIONS[:4], start=1):
        db.executescript(sql)
        db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (number, name, time.time()))
    db.execute("PRAGMA user_version = 4")
    db.close()


def test_migration_splits_the_rows_written_before_it(tmp_path):
    path = str(tmp_path / "old.db")
    _store_at_v4(path)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("INSERT INTO experiments (name, created_at) VALUES ('exp', ?)", (T0,))
    db.execute("INSERT INTO runs (id, uuid, experiment_id, command, cwd, status, started_at, host,"
               " user) VALUES (1, ?, 1, '[]', '/', 'finished', ?, 'h', 'u')", (uuidlib.uuid4().hex, T0))
    rows = {"loss": [_series(1000, 1), _series(5, 2), _series(130, 3)], "acc": [_series(100, 4)],
            "tiny": [_series(3, 5)]}
    for name, chunks in rows.items():
        seq = 0
        for s in chunks:
            db.execute("INSERT INTO metric_chunks VALUES (1, ?, ?, ?, ?, ?, ?)",
                       (name, seq, len(s), pack(s.steps), pack(s.times), pack(s.values)))
            seq += len(s)
        db.execute("INSERT INTO metric_summaries VALUES (1, ?, 0, 0, 0, ?, 0, 0)", (name, seq))
    assert _overflow_bytes(db) > 0
    db.close()

    store = open_store(path)
    got = store.read_metrics(1)
    for name, chunks in rows.items():
        expected = Series()
        for s in chunks:
            expected.steps.extend(s.steps), expected.times.extend(s.times), expected.values.extend(s.values)
        assert got[name] == expected, name
    db = sqlite3.connect(path)
    assert _overflow_bytes(db) == 0
    assert db.execute("SELECT MAX(n) FROM metric_chunks").fetchone()[0] <= chunk_points(4096, "acc")
    assert db.execute("SELECT n FROM metric_chunks WHERE name = 'tiny'").fetchall() == [(3,)]
    assert not math.isnan(sum(got["loss"].values))


def test_import_writes_page_sized_rows(tmp_path):
    source = open_store(str(tmp_path / "a.db"))
    run_id = source.create_run(_new_run())
    source.append(run_id, {"loss": _series(500)})
    doc = source.export_run(run_id)
    target_path = str(tmp_path / "b.db")
    target = open_store(target_path)
    new_id = target.import_run(doc)
    assert target.read_metrics(new_id) == source.read_metrics(run_id)
    assert _overflow_bytes(sqlite3.connect(target_path)) == 0
