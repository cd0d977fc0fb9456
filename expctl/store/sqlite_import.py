"""Writing the runs of an export into SQLite (`expctl import`): a batch of runs in one
transaction, a few statements per table. A mixin of SQLiteStore (under sqlite_transfer).

What the batch costs is mostly SQLite's own work per row; around it, this module keeps the
per-row overhead down:
- a table's rows go to the compiled writer (_bulk_insert.c, where it was built and shares
  sqlite3's SQLite library): bound where they lie, ROWS_PER_INSERT to a step, without the
  GIL, on this connection, in this transaction (metric chunk rows cut there too);
- else through sqlite3, ROWS_PER_INSERT at a time, as one multi-row INSERT: one statement's
  start, end and sqlite3 call (which lets go of the GIL and takes it back) for many rows,
  where executemany pays them for each row (5 params, 15 metric chunks, 5 summaries a run);
- `INSERT OR ROLLBACK`: a statement that could fail after some of its rows were written needs
  a statement journal to take back just those (and SQLite spills one of over 64 KiB to a
  temporary file); here any failed row rolls back the whole batch, as the transaction's
  error handling does anyway, so no statement keeps one;
- foreign keys are not looked up (PRAGMA foreign_keys off for the batch's transaction):
  every reference a batch writes is to a run it inserts itself, or an experiment or package
  set it has just found or made, so each lookup (about 28 a run) could only succeed;
- JSON columns are written by jsoncore.dumps (json.dumps's text, without its Python layers).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from operator import itemgetter

from ..jsoncore import dumps
from .rows import SUMMARY_FIELDS, PackedSeries, packed_columns
from .sqlite_conn import sqlite3
from .sqlite_write import SQLiteWrites, chunk_rows, stored_value as _stored

TYPE_CHECKING = False  # typing stays unloaded: every command that opens a store loads this module
if TYPE_CHECKING:
    from typing import Any

# Page cache of a connection that imports, in KiB (SQLite's default is 2,000). A batch of 500
# runs of 5 x 100 points dirties ~7 MB of pages: in 2 MB they spill to the WAL before the
# commit, and the index pages of params and summaries that every batch updates are read
# back; 8 MB keeps them (10,000 runs: 104,000 fewer pread and pwrite calls). Memory, not
# durability: the journal and synchronous settings stay the store's.
IMPORT_CACHE_KIB = 8192
# Rows per multi-row INSERT (fewer where the values would pass SQLite's limit): past a few
# dozen, a statement's own cost is spread thin (callgrind, 2,000 runs: 16 rows 1,600 M, 64
# rows 1,571 M, 256 rows 1,616 M instructions).
ROWS_PER_INSERT = 64
_SUMMARY_VALUES = itemgetter(*SUMMARY_FIELDS)  # a summary row's values, in the table's order
_RUNS = ("runs (id, uuid, name, experiment_id, command, cwd, status, exit_code, signal, started_at,"
         " ended_at, host, user, pid, pid_started, notes, resources)")
_sql: dict[tuple[str, int, int], str] = {}  # (table, columns, rows) -> its INSERT


def python_append_chunk_rows(rows: list, run_id: int, name: str, seq: int, per_row: int, n: int,
                             steps, times, values) -> None:
    """Append to `rows` the metric_chunks rows of a series (sqlite_write.chunk_rows); the
    compiled one (expctl/store/_columns.c) makes the same rows without a Python step a row."""
    rows.extend(chunk_rows(run_id, name, seq, PackedSeries(n, steps, times, values), per_row))


try:
    from ._columns import append_chunk_rows
except ImportError:  # not built: the same rows, cut in Python
    append_chunk_rows = python_append_chunk_rows


def _compiled_writer():
    """_bulk_insert's insert_rows and insert_chunks, or Nones where it was not built or would
    call another SQLite library than sqlite3's (a Python with SQLite linked in): the rows then
    go through sqlite3."""
    try:
        from ._bulk_insert import insert_chunks, insert_rows, same_library
    except ImportError:
        return None, None
    if not same_library(getattr(sqlite3, "__file__", "")):
        return None, None
    return insert_rows, insert_chunks


# The compiled writer's two calls, looked for at the first import (every command that opens a
# store loads this module; only an import writes through them). None: through sqlite3.
_UNSET: Any = object()
_insert_rows: Any = _UNSET
_insert_chunks: Any = _UNSET


def _load_compiled_writer() -> None:
    global _insert_rows, _insert_chunks
    if _insert_rows is _UNSET:
        _insert_rows, _insert_chunks = _compiled_writer()


def _as_bytearray(column: bytes | bytearray) -> bytearray:
    return column if type(column) is bytearray else bytearray(column)


def insert_sql(table: str, width: int, rows: int) -> str:
    """`INSERT OR ROLLBACK INTO table VALUES (?,...),...`: `rows` rows of `width` values."""
    sql = _sql.get((table, width, rows))
    if sql is None:
        one = "(" + ",".join("?" * width) + ")"
        sql = _sql[table, width, rows] = f"INSERT OR ROLLBACK INTO {table} VALUES {','.join([one] * rows)}"
    return sql


class SQLiteImport(SQLiteWrites):
    _variables: int  # the most values one statement binds (read by import_runs)

    def import_run(self, doc: dict) -> int:
        """Insert a run exported by `export_run` (same shape) under a new id, in one
        transaction; its experiment is found or created by name. Returns the new id. The
        caller checks `run_id_for_uuid` first: a uuid already present fails (StoreError)."""
        return self.import_runs([doc])[0]

    def import_runs(self, docs: Sequence[dict]) -> list[int]:
        """`import_run` of each doc, in one transaction (all or none), with a few statements
        per table; the new ids, in order."""
        if not docs:
            return []
        self.db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        _load_compiled_writer()
        self._variables = self.db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        with self._references_unchecked(), self._transaction():
            first = self._scalar("SELECT id + 1 FROM run_id_high_water")
            ids = list(range(first, first + len(docs)))
            experiments: dict[str, int] = {}
            for doc in docs:
                if doc["experiment"] not in experiments:
                    experiments[doc["experiment"]] = self._experiment_id(doc["experiment"], doc["started_at"])
            self._insert(_RUNS, 17, [
                (run_id, d["uuid"], d["name"], experiments[d["experiment"]], dumps(d["command"]),
                 d["cwd"], d["status"], d["exit_code"], d["signal"], d["started_at"], d["ended_at"],
                 d["host"], d["user"], d["pid"], d["pid_started"], d["notes"],
                 None if d["resources"] is None else dumps(d["resources"]))
                for run_id, d in zip(ids, docs)])
            self._import_params(ids, docs)
            self._import_metrics(ids, docs)
            self._import_git_env(ids, docs)
            self._import_logs(ids, docs)
        return ids

    @contextmanager
    def _references_unchecked(self) -> Iterator[None]:
        """Foreign keys off for the transaction inside (see the module's docstring), on again
        after it, whatever happens (the pragma does nothing inside a transaction)."""
        self.db.execute("PRAGMA foreign_keys = OFF")
        try:
            yield
        finally:
            self.db.execute("PRAGMA foreign_keys = ON")

    def _insert(self, table: str, width: int, rows: list[tuple]) -> None:
        """Insert `rows` (each `width` values) into `table`: by the compiled writer, or
        ROWS_PER_INSERT to a statement (values it leaves to sqlite3: a type of their own, an
        int past 64 bits, a lone surrogate); any row that fails rolls the whole transaction
        back (see the module's docstring)."""
        per = min(ROWS_PER_INSERT, self._variables // width)  # an SQLite before 3.32 binds 999
        if not rows or (_insert_rows is not None and _insert_rows(
                self.db, insert_sql(table, width, 1), insert_sql(table, width, max(per, 1)), max(per, 1), rows)):
            return
        whole = len(rows) - len(rows) % per if per > 1 else 0
        if whole:
            sql = insert_sql(table, width, per)
            for at in range(0, whole, per):
                self.db.execute(sql, tuple(chain.from_iterable(rows[at:at + per])))
        if whole < len(rows):
            self.db.executemany(insert_sql(table, width, 1), rows[whole:])

    def _insert_chunks(self, series_rows: list[tuple]) -> None:
        """The metric_chunks rows of these series, (run_id, name, seq, per_row, n, steps,
        times, values): cut and bound by the compiled writer (no object per row), else cut
        here (append_chunk_rows) and inserted as any table's."""
        per = min(ROWS_PER_INSERT, self._variables // 7)
        if not series_rows or (_insert_chunks is not None and _insert_chunks(
                self.db, insert_sql("metric_chunks", 7, 1), insert_sql("metric_chunks", 7, max(per, 1)),
                max(per, 1), series_rows)):
            return
        rows: list[tuple] = []
        for run_id, name, seq, per_row, n, *columns in series_rows:
            # as bytearrays: sqlite3 binds one at once, a bytes value after a failed adapter
            # lookup (~2 us; import workers hand the columns over as bytes)
            append_chunk_rows(rows, run_id, name, seq, per_row, n, *map(_as_bytearray, columns))
        self._insert("metric_chunks", 7, rows)

    def _import_params(self, ids: list[int], docs: Sequence[dict]) -> None:
        pairs = list(zip(ids, docs))
        self._insert("run_tags", 2, [(run_id, t) for run_id, d in pairs for t in d["tags"]])
        self._insert("params", 6, [
            (run_id, p["name"], p["type"], _stored(p["value"]), p["text"], p["source"])
            for run_id, d in pairs for p in d["params"]])
        self._insert("overridden_params", 6, [
            (run_id, p["name"], p["source"], p["type"], _stored(p["value"]), p["text"])
            for run_id, d in pairs for p in d.get("overridden_params", ())])
        self._insert("param_origins", 5, [
            (run_id, o["source"], o["origin"], o["count"], o["problem"])
            for run_id, d in pairs for o in d.get("param_origins", ())])

    def _import_metrics(self, ids: list[int], docs: Sequence[dict]) -> None:
        # chunking is a storage detail: rows sized to their page (worked out once per name)
        sizes: dict[str, int] = {}
        series_rows: list[tuple] = []  # (run_id, name, seq, per_row, n, steps, times, values)
        for run_id, d in zip(ids, docs):
            for name, series in d["metrics"].items():
                n, steps, times, values = packed_columns(series)
                if n:
                    per_row = sizes.get(name) or sizes.setdefault(name, self._chunk_points(name))
                    series_rows.append((run_id, name, 0, per_row, n, steps, times, values))
        self._insert_chunks(series_rows)
        self._insert("metric_summaries", 8, [
            (run_id, name, *_SUMMARY_VALUES(s))
            for run_id, d in zip(ids, docs) for name, s in d["summaries"].items()])

    def _import_git_env(self, ids: list[int], docs: Sequence[dict]) -> None:
        self._insert("run_git", 9, [
            (run_id, g["commit"], g["branch"], int(g["dirty"]), g["remote_url"], g["root"],
             g["patch"], int(g["patch_truncated"]), dumps(g["untracked"]) if g["untracked"] else "[]")
            for run_id, g in ((run_id, d["git"]) for run_id, d in zip(ids, docs)) if g is not None])
        sets: dict[str, int] = {}  # package list (as JSON) -> its id, looked up once per batch
        # id of an env -> (its text, its package set's id): runs may share one env object
        # (transfer.check remembers each env checked), and the docs hold it for the batch
        made: dict[int, tuple[str, int | None]] = {}
        rows = []
        for run_id, d in zip(ids, docs):
            if d["env"] is None:
                continue
            row = made.get(id(d["env"]))
            if row is None:
                row = made[id(d["env"])] = self._env_row(d["env"], sets)
            rows.append((run_id, *row))
        self._insert("run_env", 3, rows)

    def _env_row(self, env: dict, sets: dict[str, int]) -> tuple[str, int | None]:
        env = dict(env)
        packages = env.pop("packages", None)
        set_id = None
        if packages:
            key = dumps(packages, sort_keys=True)
            set_id = sets.get(key)
            if set_id is None:
                set_id = sets[key] = self._package_set_id(packages)
        return dumps(env, sort_keys=True), set_id

    def _import_logs(self, ids: list[int], docs: Sequence[dict]) -> None:
        pairs = list(zip(ids, docs))
        self._insert("logs", 6, [
            (run_id, c["seq"], c["stream"], c["offset"], c["size"], c["data"])
            for run_id, d in pairs for c in d["logs"]])
        self._insert("log_streams", 3, [
            (run_id, stream, total) for run_id, d in pairs for stream, total in d["log_streams"].items()])
        # OR REPLACE: a later row for a path takes the place of an earlier one, as before
        self.db.executemany("INSERT OR REPLACE INTO artifacts VALUES (?,?,?,?)", [
            (run_id, a["path"], a["size"], a["sha256"]) for run_id, d in pairs
            for a in d.get("artifacts") or []])
