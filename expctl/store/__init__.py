"""The run store: the only package that speaks SQL.

Commands use `open_store()` and the methods of the returned object, never SQL, so that another
backend (PostgreSQL) can implement the same methods without touching them. `SQLiteStore` is the
reference for that interface.
"""

from __future__ import annotations

from .types import LogChunk, NewRun, Series

__all__ = ["open_store", "LogChunk", "NewRun", "Series"]


def open_store(path: str, reason: str = "", create: bool = True):
    """Open the store at `path` (see `SQLiteStore`); `create=False` never creates a file."""
    from .sqlite import open_sqlite

    return open_sqlite(path, reason, create)
