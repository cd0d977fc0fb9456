"""Storing a large output's log does not read the log back: the `logs` table is a rowid table
(m007), so placing a chunk, finding the next `seq` and trimming the tail window seek on the small
primary-key index instead of comparing whole 256 KiB rows (what a WITHOUT ROWID table does)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from expctl.records import LogChunk, NewRun
from expctl.store import open_store

SCHEMAS = Path(__file__).resolve().parent / "schemas"
CHUNK = 256 << 10


def _bytes_read() -> int:
    """What this process has read so far, from any file (Linux's /proc/self/io `rchar`)."""
    with open("/proc/self/io") as io:
        return next(int(line.split()[1]) for line in io if line.startswith("rchar:"))


def _without_rowid(db_path: Path) -> bool:
    sql = sqlite3.connect(db_path).execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'logs'").fetchone()[0]
    return "WITHOUT ROWID" in sql.upper()


@pytest.mark.skipif(not os.path.exists("/proc/self/io"), reason="needs Linux's /proc/self/io")
def test_a_log_past_its_cap_is_stored_without_reading_it_back(tmp_path):
    store = open_store(str(tmp_path / "runs.db"))
    run_id = store.create_run(NewRun(uuid="a" * 32, name=None, experiment="e", command=["x"],
                                     cwd="/", started_at=0.0, host="h", user="u"))
    head, tail = 4 * CHUNK, 8 * CHUNK
    before = _bytes_read()
    for i in range(64):  # 16 MiB through a 3 MiB cap, one flush per chunk, as the recorder does
        offset = i * CHUNK
        chunk = LogChunk(stream="stdout", offset=offset, data=os.urandom(64) * (CHUNK // 64))
        store.append(run_id, logs=[chunk], log_trims={"stdout": (head, offset + CHUNK - tail)})
    read = _bytes_read() - before
    store.close()
    written = 64 * CHUNK
    # What a rowid table reads back: the WAL's pages when checkpointed, and the overflow chains
    # of the chunks the tail window deletes (~2x what was written). A WITHOUT ROWID `logs`
    # read ~22x: every seek compared whole chunks.
    assert read < 4 * written, f"{read / 1e6:.1f} MB read back storing {written / 1e6:.1f} MB"
    db = sqlite3.connect(tmp_path / "runs.db")
    offsets = [row[0] for row in db.execute("SELECT offset FROM logs ORDER BY seq")]
    assert offsets == [i * CHUNK for i in range(4)] + [i * CHUNK for i in range(56, 64)]


def test_new_and_upgraded_stores_keep_logs_in_a_rowid_table(tmp_path):
    new = tmp_path / "new.db"
    open_store(str(new)).close()
    assert not _without_rowid(new)
    old = tmp_path / "v6.db"
    shutil.copy(SCHEMAS / "v6.db", old)
    assert _without_rowid(old)
    before = sqlite3.connect(old).execute("SELECT * FROM logs ORDER BY run_id, seq").fetchall()
    assert before  # fixture-a's three lines
    open_store(str(old)).close()
    assert not _without_rowid(old)
    after = sqlite3.connect(old).execute("SELECT * FROM logs ORDER BY run_id, seq").fetchall()
    assert after == before
