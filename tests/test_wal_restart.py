"""The closing checkpoint of a run starts a long write-ahead log over in its own file
(`SQLiteMaintenance.checkpoint`): the store file alone holds everything, the next opener reads
one frame of log, and the log's file keeps its blocks (no truncation)."""

from __future__ import annotations

import sqlite3
import subprocess
import time

from expctl.record.logs import assemble_log
from expctl.records import LogChunk, NewRun
from expctl.store import open_store
from expctl.store.migrations import SCHEMA_VERSION
from expctl.store.sqlite_maint import WAL_KEPT_PAGES

from .conftest import py


def _store_with_log(db_path, megabytes: int):
    """A store whose log holds `megabytes` MB of a run's output, in as many commits, none of
    them copied into the store file yet (as the end of `expctl run` leaves it)."""
    store = open_store(str(db_path))
    run_id = store.create_run(NewRun("e" * 32, None, "default", ["x"], "/", time.time(), "h", "u"))
    store.defer_checkpoints(True)
    line = b"some output of the run, line %07d\n"
    data = b"".join(line % i for i in range(megabytes * 30_000))
    step = len(data) // megabytes
    for at in range(0, len(data), step):
        store.append(run_id, logs=[LogChunk("stdout", at, data[at:at + step], None)])
    store.defer_checkpoints(False)
    return store, run_id, data


def _log_frames(db_path) -> int:
    """Frames of write-ahead log a new connection finds: in the index that open connections
    share, or, when none is open, in the file (the index rebuilt from it)."""
    con = sqlite3.connect(db_path)
    try:
        _, frames, _ = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return frames
    finally:
        con.close()


def _alone(db_path, tmp_path) -> sqlite3.Connection:
    """The store file copied without its log, opened."""
    alone = tmp_path / "alone.db"
    alone.write_bytes(db_path.read_bytes())
    return sqlite3.connect(alone)


# As `expctl run` ends: the run's log stored in several commits, its status, the closing
# checkpoint, and an exit without closing the store (which would copy and delete the log).
_RUN_AND_LEAVE = """
import os, sys, time
from expctl.records import LogChunk, NewRun
from expctl.store import open_store
store = open_store(sys.argv[1])
run_id = store.create_run(NewRun("e" * 32, None, "default", ["x"], "/", time.time(), "h", "u"))
data = open(sys.argv[2], "rb").read()
store.defer_checkpoints(True)
for at in range(0, len(data), 1 << 20):
    store.append(run_id, logs=[LogChunk("stdout", at, data[at:at + (1 << 20)], None)])
store.defer_checkpoints(False)
store.finish_run(run_id, "finished", 0, None, time.time(), {})
os.write(1, str(os.path.getsize(sys.argv[1] + "-wal")).encode())
store.checkpoint()
os._exit(0)
"""


def test_a_long_log_is_started_over_in_place_and_the_store_file_holds_it_all(db_path, tmp_path):
    line = b"some output of the run, line %07d\n"
    data = b"".join(line % i for i in range(100_000))  # 3.4 MB
    (tmp_path / "output").write_bytes(data)
    done = subprocess.run(py(_RUN_AND_LEAVE) + [str(db_path), str(tmp_path / "output")],
                          capture_output=True, check=True)
    grown = int(done.stdout)
    assert grown > len(data)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size == grown  # its file kept as it was: no blocks freed ...
    assert _log_frames(db_path) <= 1  # ... but the next start reads the new log only
    con = _alone(db_path, tmp_path)
    stored = b"".join(row[0] for row in con.execute("SELECT data FROM logs ORDER BY seq"))
    assert stored == data
    assert con.execute("SELECT status FROM runs").fetchone()[0] == "finished"
    reopened = open_store(str(db_path))
    assert assemble_log(reopened.read_logs(1)) == data
    assert reopened.schema_version() == SCHEMA_VERSION  # rewritten as it was


def test_a_reader_of_the_log_keeps_it_without_waiting_and_the_next_checkpoint_starts_it_over(db_path):
    """A reader holding a snapshot: the checkpoint copies what it can, neither waits nor fails,
    and the log stays; once the reader is gone, the next checkpoint starts it over."""
    store, run_id, _ = _store_with_log(db_path, 1)
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM runs").fetchone()  # its snapshot holds the log
    store.append(run_id, logs=[LogChunk("stdout", 10_000_000, b"x" * 2_000_000, None)])
    store.checkpoint()  # copies what the reader does not need, never waits for it
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == int(store.busy_timeout * 1000)
    reader.execute("COMMIT")
    reader.close()
    _, frames, _ = store.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    assert frames > WAL_KEPT_PAGES  # kept while it was read
    store.checkpoint()
    assert _log_frames(db_path) <= 1


def test_another_writer_holding_the_lock_leaves_the_log_as_it_is(db_path, tmp_path):
    store, run_id, data = _store_with_log(db_path, 1)
    other = sqlite3.connect(db_path, isolation_level=None)
    store.checkpoint()  # copies it all; the restart's write would need the lock ...
    store.append(run_id, logs=[LogChunk("stdout", len(data), b"more\n" * 100_000, None)])
    other.execute("BEGIN IMMEDIATE")  # ... which another process holds now
    store.checkpoint()  # no error (it does not wait: busy timeout 0 for that write)
    other.execute("ROLLBACK")
    other.close()
    assert _log_frames(db_path) > WAL_KEPT_PAGES  # not started over: a later checkpoint will
    con = _alone(db_path, tmp_path)
    stored = b"".join(row[0] for row in con.execute(
        "SELECT data FROM logs WHERE run_id = ? ORDER BY seq", (run_id,)))
    assert stored == data + b"more\n" * 100_000  # the copy was made all the same
