"""Opening an SQLite store file: the connection, its pragmas (WAL: readers never block the
writer; a busy timeout), the check that the file is an expctl store this version understands,
and the schema's migration. `SQLiteFile` is the base every SQLite store class stands on.

`RecordingStore` is what `expctl run` opens: the file with the writes and the maintenance a
recording uses, without the read, analysis and transfer mixins (and the modules behind them:
about 10 M instructions, 3 ms of every wrapped command's start). Asked for anything else (a job
summary reads the run back), it becomes the whole `SQLiteStore` on the spot.
"""

from __future__ import annotations

import os
import time

from ..errors import StoreError
from .migrations import MIGRATIONS, REPACK_BEFORE, REPACK_FIRSTS, REPACK_PIECES, SCHEMA_VERSION
from .sqlite_conn import BUSY_TIMEOUT_S, SQLiteBase, _statements, _store_error
from .translate import translate_errors
from .sqlite_conn import sqlite3  # the C half (see there)
from .sqlite_maint import SQLiteMaintenance
from .sqlite_write import SQLiteWrites

REPACK_RUNS = 1000  # runs per transaction of m006's split (about 0.3 s of writing each)


class SQLiteFile(SQLiteBase):
    """A store file opened (created, migrated): what every SQLite store class stands on.
    `path` may be ':memory:' (an empty, throwaway store)."""

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

    def size_bytes(self) -> int:
        """The store file's size in bytes (not its write-ahead log)."""
        return 0 if self.path == ":memory:" else os.path.getsize(self.path)


@translate_errors
class RecordingStore(SQLiteWrites, SQLiteMaintenance, SQLiteFile):
    """The store file as `expctl run` writes it (see the module's docstring)."""

    def __getattr__(self, name: str):
        """Only called for what this class lacks: load the whole SQLiteStore, become one (same
        connection, same settings: the classes share every attribute) and answer from it."""
        if name.startswith("__") or "db" not in self.__dict__:  # not a store method / not opened
            raise AttributeError(name)
        from .sqlite import SQLiteStore

        self.__class__ = SQLiteStore  # type: ignore[assignment]  # a subclass of all its bases
        return getattr(self, name)


def prepare_file(path: str, create: bool) -> bool:
    """Whether the store file at `path` exists (or is ':memory:'), creating its folder (and
    the right permissions) first when `create`; StoreError when that fails."""
    if path == ":memory:" or os.path.exists(path):
        return True
    if not create:
        return False
    from ..paths import prepare_store

    try:
        prepare_store(path)
    except OSError as exc:
        raise StoreError(f"cannot create the store {path}: {exc.strerror}",
                         hint="check the folder's permissions, or choose another store "
                              "with --db or EXPCTL_DB") from None
    return True


def open_for_recording(path: str, reason: str = "",
                       busy_timeout: float = BUSY_TIMEOUT_S) -> RecordingStore:
    """Open (creating and migrating when needed) the store at `path` for a run's recording."""
    prepare_file(path, create=True)
    return RecordingStore(path, reason, busy_timeout)
