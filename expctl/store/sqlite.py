"""The SQLite backend: one file, opened in WAL mode (readers never block the writer) with a busy
timeout; every write is one short transaction. Errors from sqlite3 leave the store as
`StoreError`.

SQLiteStore is put together from one mixin per responsibility, each in its own module:
writing runs (sqlite_write), reading them (sqlite_read), reading the columns an analysis
needs (sqlite_columns), managing and compacting (sqlite_maint), export and import
(sqlite_transfer, built on the writes); the connection's plumbing and the attributes every
mixin shares (SQLiteBase) are in sqlite_conn. This module opens the
connection, sets its pragmas and migrates the schema.
"""

from __future__ import annotations

import os
import sqlite3
import time

from ..errors import StoreError
from ..models import StoreInfo
from ..records import pack  # noqa: F401  (tests and benchmarks pack series through this module)
from .migrations import MIGRATIONS, REPACK_BEFORE, REPACK_FIRSTS, REPACK_PIECES, SCHEMA_VERSION
from .sqlite_columns import SQLiteColumns
from .sqlite_conn import BUSY_TIMEOUT_S, _statements, _store_error, translate_errors
from .sqlite_maint import SQLiteMaintenance
from .sqlite_read import SQLiteReads
from .sqlite_transfer import SQLiteTransfer
from .sqlite_write import chunk_points, max_local_payload  # noqa: F401
REPACK_RUNS = 1000  # runs per transaction of m006's split (about 0.3 s of writing each)


@translate_errors
class SQLiteStore(SQLiteTransfer, SQLiteReads, SQLiteColumns, SQLiteMaintenance):
    """A run store in one SQLite file. `path` may be ':memory:' (an empty, throwaway store)."""

    def __init__(self, path: str, reason: str = "", busy_timeout: float = BUSY_TIMEOUT_S):
        self.path = path
        self.reason = reason
        self.busy_timeout = busy_timeout
        self._page_size: int | None = None  # read on the first metric write
        try:
            # The recorder writes from its flush thread, one thread at a time: no sharing.
            self.db = sqlite3.connect(
                path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.DatabaseError as exc:
            raise _store_error(path, exc) from None
        try:
            self._check_version()
            self._use_wal()
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise _store_error(path, exc) from None
        except StoreError:
            self.db.close()
            raise

    # -- connection and schema ----------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def _check_version(self) -> None:
        """Refuse, before changing anything, a store from a newer expctl or another program's file."""
        # One read transaction, so that another process migrating a new store between the two
        # reads cannot make it look like a foreign database.
        self.db.execute("BEGIN")
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            foreign = version == 0 and self._scalar(
                "SELECT COUNT(*) FROM sqlite_master WHERE name != 'schema_migrations'"
            )
        finally:
            self.db.execute("COMMIT")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the store {self.path} has schema version {version}, newer than this expctl "
                f"understands ({SCHEMA_VERSION})",
                hint="upgrade expctl (pip install -U expctl), or point --db at another store",
            )
        if foreign:
            raise StoreError(
                f"{self.path} is an SQLite database but not an expctl store",
                hint="point --db or EXPCTL_DB at another file; expctl leaves this one alone",
            )

    def _use_wal(self) -> None:
        """Switch to WAL once. SQLite answers SQLITE_BUSY at once, without its busy handler, when
        another connection holds the lock during the switch, so retry with back-off here."""
        deadline = time.monotonic() + self.busy_timeout
        delay = 0.001
        while True:
            try:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise
                time.sleep(delay)  # back-off between retries of a busy store, not a test wait
                delay = min(delay * 2, 0.1)

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if 0 < version < REPACK_BEFORE:
            self._repack_chunks()
        # BEGIN IMMEDIATE takes the write lock first, so when many runs start on a new store at
        # once, one migrates and the others wait, then see the new version and do nothing.
        with self._transaction():
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                self.db.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations "
                    "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at REAL NOT NULL)"
                )
            for number, (name, sql) in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(sql):
                    self.db.execute(statement)
                self.db.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", (number, name, time.time())
                )
                self.db.execute(f"PRAGMA user_version = {number}")

    def _repack_chunks(self) -> None:
        """m006's split of metric chunk rows too long for their page (store/migrations.py), in
        batches of REPACK_RUNS runs, each its own transaction: a run recorded meanwhile waits
        for one batch at a time (well under its busy timeout), never for the whole store."""
        top = self._scalar("SELECT MAX(run_id) FROM metric_chunks") or 0
        for low in range(0, top + 1, REPACK_RUNS):
            bounds = {"low": low, "high": low + REPACK_RUNS}
            with self._transaction():
                rest = self.db.execute(REPACK_PIECES, bounds).fetchall()
                self.db.execute(REPACK_FIRSTS, bounds)
                self.db.executemany("INSERT INTO metric_chunks VALUES (?,?,?,?,?,?,?)", rest)

    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def info(self) -> StoreInfo:
        counts = {}
        for table in ("experiments", "runs"):
            counts[table] = self._scalar(f"SELECT COUNT(*) FROM {table}")
        counts["metric_points"] = self._scalar("SELECT COALESCE(SUM(count), 0) FROM metric_summaries")
        counts["running"] = self._scalar("SELECT COUNT(*) FROM runs WHERE status = 'running'")
        return StoreInfo(self.path, self.reason, self.schema_version(), counts)

    def size_bytes(self) -> int:
        """The store file's size in bytes (not its write-ahead log)."""
        return 0 if self.path == ":memory:" else os.path.getsize(self.path)



def open_sqlite(path: str, reason: str = "", create: bool = True,
                busy_timeout: float = BUSY_TIMEOUT_S) -> SQLiteStore:
    """Open (creating and migrating when needed) the store at `path`.

    With `create=False` a missing file is not created: an empty in-memory store stands in, so
    reading commands never leave a store behind where none was.
    """
    if path != ":memory:" and not os.path.exists(path):
        if not create:
            return SQLiteStore(":memory:", reason, busy_timeout)
        from ..paths import prepare_store

        try:
            prepare_store(path)
        except OSError as exc:
            raise StoreError(f"cannot create the store {path}: {exc.strerror}",
                             hint="check the folder's permissions, or choose another store "
                                  "with --db or EXPCTL_DB") from None
    return SQLiteStore(path, reason, busy_timeout)
