"""A store written by the expctl of schema 5 (one chunk row per flush, rows of 100 to 1,000
points spilling into overflow pages) upgrades to today's chunk rows with every point, and
every other row, as it was. tests/schemas/chunks-v5.db was made by that code (see the
folder's README)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from expctl.records import unpack
from expctl.store import open_store
from expctl.store.migrations import SCHEMA_VERSION
from expctl.store.sqlite import chunk_points

FIXTURE = Path(__file__).resolve().parent / "schemas" / "chunks-v5.db"


def _tables(db: sqlite3.Connection) -> list[str]:
    return [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN"
        " ('metric_chunks', 'schema_migrations', 'sqlite_sequence') ORDER BY name")]


def _rows(db: sqlite3.Connection, tables: list[str]) -> dict[str, list[tuple]]:
    return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def _points(db: sqlite3.Connection) -> dict[tuple[int, str], tuple[bytes, bytes, bytes]]:
    """Each series' steps, times and values as stored: its rows' bytes joined in `seq` order."""
    series: dict[tuple[int, str], list[bytes]] = {}
    for run_id, name, steps, times, vals in db.execute(
            "SELECT run_id, name, steps, times, vals FROM metric_chunks ORDER BY run_id, name, seq"):
        held = series.setdefault((run_id, name), [b"", b"", b""])
        for i, column in enumerate((steps, times, vals)):
            held[i] += column
    return {key: (s, t, v) for key, (s, t, v) in series.items()}


def _overflow(db: sqlite3.Connection) -> int:
    return db.execute("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = 'metric_chunks'"
                      " AND pagetype = 'overflow'").fetchone()[0]


def test_a_schema_5_store_upgrades_with_its_points_and_rows_unchanged(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    old = sqlite3.connect(path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 5
    assert _overflow(old) > 0
    assert old.execute("SELECT MAX(n) FROM metric_chunks").fetchone()[0] == 1000
    tables = _tables(old)
    rows_before, points_before = _rows(old, tables), _points(old)
    seqs_before = old.execute("SELECT COUNT(*) FROM metric_chunks").fetchone()[0]
    old.close()

    store = open_store(str(path))  # today's code: m006 splits the rows
    assert store.schema_version() == SCHEMA_VERSION
    for run_id, name in points_before:
        series = store.read_metrics(run_id, [name])[name]
        steps, times, values = points_before[run_id, name]
        assert (list(series.steps), list(series.times), list(series.values)) == \
               (list(unpack(steps)), list(unpack(times)), list(unpack(values))), (run_id, name)
    names = {run.id: sorted(run.metrics) for run in store.get_runs([1, 2, 3, 4])}
    assert names[2] == ["loss", "step"] and store.get_runs([2])[0].metrics["loss"].count == 1000
    store.close()

    new = sqlite3.connect(path)
    assert _rows(new, tables) == rows_before
    assert _points(new) == points_before
    assert _overflow(new) == 0
    assert new.execute("SELECT COUNT(*) FROM metric_chunks").fetchone()[0] > seqs_before
    chunks = new.execute(
        "SELECT run_id, name, seq, n FROM metric_chunks ORDER BY run_id, name, seq").fetchall()
    assert all(n <= chunk_points(4096, name) for _, name, _, n in chunks)
    for (run, name, seq, n), (run2, name2, seq2, _) in zip(chunks, chunks[1:]):
        if (run, name) == (run2, name2):
            assert seq2 == seq + n  # seq: the index of the row's first point
    new.close()
