"""The run store: the only package that speaks SQL.

Commands use `open_store()` and the methods of the returned object, never SQL. The methods are
declared in `interface.Store`; `SQLiteStore` (sqlite.py) and `PostgresStore` (postgres.py)
implement them.
"""

from __future__ import annotations

# The record types live in expctl.records; re-exported here for code written before the move.
from ..records import LogChunk, NewRun, Series

__all__ = ["open_store", "open_run_store", "LogChunk", "NewRun", "Series"]

_SERVER_SCHEMES = ("postgresql://", "postgres://")


def open_run_store(path: str, reason: str, new_run, busy_timeout: float, warn):
    """(store, run id) of a new run `new_run`, created in the store at `path`, as `expctl run`
    records it. A file store is opened for recording (`open_for_recording`) without loading
    the spool and server code, which a server store needs (`spool.open_server_run_store`:
    the run is spooled when the server fails or is slow; `warn(key, message)` says so)."""
    if path.startswith(_SERVER_SCHEMES):
        from .spool import open_server_run_store

        return open_server_run_store(path, reason, new_run, busy_timeout, warn)
    from .sqlite_file import open_for_recording

    recording = open_for_recording(path, reason, busy_timeout)
    return recording, recording.create_run(new_run)


def open_store(path: str, reason: str = "", create: bool = True, busy_timeout: float | None = None):
    """Open the store at `path`: an SQLite file (see `SQLiteStore`; `create=False` never
    creates one) or a `postgresql://` URL (see `PostgresStore`; its schema is created when
    missing). `busy_timeout`: seconds a write waits for another writer's lock (default 30).
    Either way the result is a `Store` (store/interface.py)."""
    if path.startswith(_SERVER_SCHEMES):
        from .postgres import open_postgres
        from .spool import deliver_pending

        store = open_postgres(path, reason, 30.0 if busy_timeout is None else busy_timeout)
        deliver_pending(store)  # runs spooled while the server was away: one stat when none
        return store
    from .sqlite import BUSY_TIMEOUT_S, open_sqlite

    return open_sqlite(path, reason, create, BUSY_TIMEOUT_S if busy_timeout is None else busy_timeout)
