"""The SQLite connection's plumbing: transactions, sqlite3 errors turned into StoreError (the
store's methods by `store.translate`), and SQL scripts split into statements.

`sqlite3` here (and for the modules `expctl run` loads, which import it from here) is the
package's C half, `_sqlite3`: the `sqlite3` package only adds `datetime` adapters and converters,
which no store uses (times are stored as numbers), and importing it and `datetime` costs about
7 M instructions (2 ms) of every wrapped command's start. The functions, classes and exceptions
are the very same objects either way. `_sqlite3` itself is loaded without `functools` when it
can be (`_load_sqlite3`).
"""

from __future__ import annotations

from ..errors import StoreError, StoreLocked

TYPE_CHECKING = False  # typing (~3 ms) stays off the run path: annotations only
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence
    from typing import Any
else:
    import _thread
    import sys

    def _load_sqlite3():
        """`_sqlite3`, without `functools` when no other thread runs. When it loads, the module
        takes `functools.lru_cache` (to make each connection's statement cache), and importing
        `functools` imports `collections` and more: about 11 M instructions, 3 ms of every
        wrapped command's start, for one function. While `_sqlite3` loads, `functools` is then
        a stand-in whose `lru_cache` makes the very cache the real one makes (its C half,
        `_functools._lru_cache_wrapper`; only `cache_info()`, which SQLite never calls, is
        missing). Only with no other thread: one importing `functools` meanwhile would get the
        stand-in. Anything amiss (another Python; a version asking functools for more), the
        plain import."""
        if "functools" in sys.modules or _thread._count():
            import _sqlite3
            return _sqlite3
        try:
            from _functools import _lru_cache_wrapper
        except ImportError:  # another Python
            import sqlite3 as plain
            return plain
        stand_in = type(sys)("functools")
        stand_in.lru_cache = lambda maxsize: (
            lambda user_function: _lru_cache_wrapper(user_function, maxsize, False, None))
        sys.modules["functools"] = stand_in
        try:
            import _sqlite3
        except ImportError:
            raise
        except Exception:  # it wanted more of functools than lru_cache
            _sqlite3 = None
        finally:
            del sys.modules["functools"]
        if _sqlite3 is None:
            import _sqlite3
        return _sqlite3

    try:
        sqlite3 = _load_sqlite3()
    except ImportError:  # another Python
        import sqlite3

BUSY_TIMEOUT_S = 30.0


class SQLiteBase:
    """What every mixin of SQLiteStore stands on: the connection and the store's settings, set
    by SQLiteStore.__init__, and the few helpers all of them use."""

    db: sqlite3.Connection
    path: str
    reason: str
    busy_timeout: float
    _page_size: int | None  # read on the first metric write

    _errors = sqlite3.DatabaseError  # the driver's errors, turned into StoreError (store.translate)

    def _error(self, exc: sqlite3.DatabaseError) -> StoreError:
        return _store_error(self.path, exc)

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db, self.path)

    def _scalar(self, sql: str, args: Sequence = ()) -> Any:
        row = self.db.execute(sql, args).fetchone()
        return row[0] if row else None

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another writer's lock before giving up with StoreError."""
        self.busy_timeout = seconds
        self.db.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")


class _DryRun(Exception):
    """Raised inside a transaction to roll it back and still report what would have changed."""

    def __init__(self, changed: list[str]):
        super().__init__("dry run")
        self.changed = changed


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error; sqlite3 errors become StoreError."""

    def __init__(self, db: sqlite3.Connection, path: str):
        self.db = db
        self.path = path

    def __enter__(self):
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise _store_error(self.path, exc) from None
        return self

    def __exit__(self, kind, exc, tb):
        if kind is None:
            try:
                self.db.execute("COMMIT")
                return False
            except sqlite3.DatabaseError as error:
                exc = error
        try:
            self.db.execute("ROLLBACK")
        except sqlite3.DatabaseError:
            pass  # the transaction is already gone (e.g. the disk failed); nothing to undo
        if isinstance(exc, sqlite3.DatabaseError):
            raise _store_error(self.path, exc) from None
        return False


def _store_error(path: str, exc: sqlite3.DatabaseError) -> StoreError:
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return StoreError(
            f"{path} is not an expctl store or is corrupt ({text})",
            hint="point --db or EXPCTL_DB at another file; expctl never overwrites this one",
        )
    if "locked" in text or "busy" in text:
        return StoreLocked(f"the store {path} stayed locked by another process ({text})",
                          hint="another expctl, or a program holding a lock on it, is writing")
    if "readonly" in text or "unable to open" in text:
        return StoreError(f"cannot write the store {path} ({text})",
                          hint="check the folder's permissions, or use --db to choose another store")
    return StoreError(f"store error in {path}: {text}")


def _statements(sql: str) -> list[str]:
    """Split a script into statements (sqlite3.complete_statement knows about comments and quotes)."""
    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    return statements

