"""The run store: the only package that speaks SQL.

Commands use `open_store()` and the methods of the returned object, never SQL, so that another
backend (PostgreSQL) can implement the same methods without touching them. `SQLiteStore` is the
reference for that interface.
"""

from __future__ import annotations

# The record types live in expctl.records; re-exported here for code written before the move.
from ..records import LogChunk, NewRun, Series

__all__ = ["open_store", "LogChunk", "NewRun", "Series"]


def open_store(path: str, reason: str = "", create: bool = True, busy_timeout: float | None = None):
    """Open the store at `path` (see `SQLiteStore`); `create=False` never creates a file.
    `busy_timeout`: seconds a write waits for another writer's lock (default 30)."""
    from .sqlite import BUSY_TIMEOUT_S, open_sqlite

    return open_sqlite(path, reason, create, BUSY_TIMEOUT_S if busy_timeout is None else busy_timeout)
