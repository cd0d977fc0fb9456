"""The SQLite backend: one file, opened in WAL mode (readers never block the writer) with a busy
timeout; every write is one short transaction. Errors from sqlite3 leave the store as
`StoreError`.

SQLiteStore is put together from one mixin per responsibility, each in its own module:
writing runs (sqlite_write), reading them (sqlite_read), reading the columns an analysis
needs (sqlite_columns), managing and compacting (sqlite_maint), export (sqlite_transfer)
and import (sqlite_import, built on the writes); the connection's plumbing and the attributes every
mixin shares (SQLiteBase) are in sqlite_conn; opening the file (connection, pragmas, the
schema's check and migration) is sqlite_file's, whose `RecordingStore` is the lighter class
`expctl run` opens.
"""

from __future__ import annotations

from ..models import StoreInfo
from ..records import pack  # noqa: F401  (tests and benchmarks pack series through this module)
from .sqlite_columns import SQLiteColumns
from .sqlite_conn import BUSY_TIMEOUT_S
from .translate import translate_errors
from .sqlite_file import REPACK_RUNS, SQLiteFile, prepare_file  # noqa: F401  (REPACK_RUNS: as before)
from .sqlite_maint import SQLiteMaintenance
from .sqlite_read import SQLiteReads
from .sqlite_transfer import SQLiteTransfer
from .sqlite_write import chunk_points, max_local_payload  # noqa: F401


@translate_errors
class SQLiteStore(SQLiteTransfer, SQLiteReads, SQLiteColumns, SQLiteMaintenance, SQLiteFile):
    """A run store in one SQLite file. `path` may be ':memory:' (an empty, throwaway store)."""

    def info(self) -> StoreInfo:
        counts = {}
        for table in ("experiments", "runs"):
            counts[table] = self._scalar(f"SELECT COUNT(*) FROM {table}")
        counts["metric_points"] = self._scalar("SELECT COALESCE(SUM(count), 0) FROM metric_summaries")
        counts["running"] = self._scalar("SELECT COUNT(*) FROM runs WHERE status = 'running'")
        return StoreInfo(self.path, self.reason, self.schema_version(), counts)


def open_sqlite(path: str, reason: str = "", create: bool = True,
                busy_timeout: float = BUSY_TIMEOUT_S) -> SQLiteStore:
    """Open (creating and migrating when needed) the store at `path`.

    With `create=False` a missing file is not created: an empty in-memory store stands in, so
    reading commands never leave a store behind where none was.
    """
    if not prepare_file(path, create):
        return SQLiteStore(":memory:", reason, busy_timeout)
    return SQLiteStore(path, reason, busy_timeout)
