"""The run store: the only package that speaks SQL.

Commands use `open_store()` and the methods of the returned object, never SQL. The methods are
declared in `interface.Store`; `SQLiteStore` (sqlite.py) and `PostgresStore` (postgres.py)
implement them.
"""

from __future__ import annotations

# The record types live in expctl.records; re-exported here for code written before the move.
from ..records import LogChunk, NewRun, Series

__all__ = ["open_store", "LogChunk", "NewRun", "Series"]


def open_store(path: str, reason: str = "", create: bool = True, busy_timeout: float | None = None):
    """Open the store at `path`: an SQLite file (see `SQLiteStore`; `create=False` never
    creates one) or a `postgresql://` URL (see `PostgresStore`; its schema is created when
    missing). `busy_timeout`: seconds a write waits for another writer's lock (default 30).
    Either way the result is a `Store` (store/interface.py)."""
    if path.startswith(("postgresql://", "postgres://")):
        from .postgres import open_postgres
        from .spool import deliver_pending

        store = open_postgres(path, reason, 30.0 if busy_timeout is None else busy_timeout)
        deliver_pending(store)  # runs spooled while the server was away: one stat when none
        return store
    from .sqlite import BUSY_TIMEOUT_S, open_sqlite

    return open_sqlite(path, reason, create, BUSY_TIMEOUT_S if busy_timeout is None else busy_timeout)
