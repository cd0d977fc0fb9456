"""The SQLite backend: the only module that speaks SQL.

Connections run in WAL mode (readers never block the writer) with a busy timeout; every write is
one short transaction. Errors from sqlite3 leave this module as `StoreError`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence

from ..errors import RunNotFound, StoreBusy, StoreError, StoreLocked
from ..models import GitInfo, MetricSummary, Param, ParamOrigin, Run, StoreInfo, param_wins
from ..records import LogChunk, NewRun, Series, pack, unpack
from .interface import check_selection
from .migrations import MIGRATIONS, SCHEMA_VERSION
from . import checks
from .rows import EXPORT_RUN_FIELDS as _EXPORT_RUN_FIELDS, NEWEST_FIRST
from .rows import SUMMARY_FIELDS as _SUMMARY_FIELDS, finite as _finite, nan_null as _nan_null
from .rows import null_nan as _null_nan, type_name as _type_name, typed as _typed

BUSY_TIMEOUT_S = 30.0
# A --where condition matching fewer rows than this is evaluated as a set of run ids, a larger
# one run by run (see store/query_sql.py); measured on 100,000 runs, both stay under ~10 ms.
FEW_ROWS = 500

NOTES_PREVIEW = 4096  # characters of notes read per run when listing runs (show reads them all)
MAX_ID = 2**63 - 1  # SQLite's largest integer: a reference above it names no run
# A new run's id: one past the highest ever given (migration m004), so ids are never reused.
_NEXT_RUN_ID = "(SELECT id + 1 FROM run_id_high_water)"


def max_local_payload(page_size: int) -> int:
    """The largest record an index b-tree cell (every row of a WITHOUT ROWID table) keeps on its
    page; a larger record spills its tail into overflow pages (SQLite file format, 1.6)."""
    return (page_size - 12) * 64 // 255 - 23


# Bytes of a metric_chunks record besides the name and the three arrays, at most: a 13-byte
# header (its size, seven serial types) and three integers of up to 8 bytes (migration m006
# uses the same figure).
_CHUNK_ROW_OVERHEAD = 37


def chunk_points(page_size: int, name: str) -> int:
    """Points per metric_chunks row so that the row stays on its page: rows of ~1 KB fill 4 KiB
    pages four at a time (about 25 bytes a point), where one 2.4 KB row of 100 points spilled
    into a half-empty overflow page (46.8 bytes a point)."""
    room = max_local_payload(page_size) - _CHUNK_ROW_OVERHEAD - len(name.encode("utf-8", "replace"))
    return max(1, room // 24)


def chunk_rows(run_id: int, name: str, seq: int, series: Series, per_row: int) -> list[tuple]:
    """metric_chunks rows for `series`, whose first point is point `seq` of the run's series."""
    n = len(series.values)
    if n <= per_row:
        return [(run_id, name, seq, n, pack(series.steps), pack(series.times), pack(series.values))]
    return [(run_id, name, seq + start, min(per_row, n - start),
             pack(series.steps[start:start + per_row]), pack(series.times[start:start + per_row]),
             pack(series.values[start:start + per_row]))
            for start in range(0, n, per_row)]


class SQLiteStore:
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

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another writer's lock before giving up with StoreError."""
        self.busy_timeout = seconds
        self.db.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def _transaction(self):
        return _Transaction(self.db, self.path)

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

    def _scalar(self, sql: str, args: Sequence = ()):
        row = self.db.execute(sql, args).fetchone()
        return row[0] if row else None

    # -- writing a run ------------------------------------------------------------------------

    def create_run(self, new: NewRun) -> int:
        """Insert the run row (status running) with its tags and params; return its id.
        While `compact` runs (it holds the lock for as long as VACUUM takes), wait for it
        rather than give up after the busy timeout: maintenance must never cost a run."""
        deadline = time.monotonic() + MAINTENANCE_WAIT_S
        retried = False
        try:
            while True:
                try:
                    return self._create_run(new)
                except StoreLocked:
                    if time.monotonic() > deadline:
                        raise
                    if self._wait_for_maintenance():
                        # The runs that waited for the VACUUM now write their backlog at once:
                        # the start has been delayed already; wait for them as a flush would.
                        self.db.execute(f"PRAGMA busy_timeout = {int(AFTER_MAINTENANCE_S * 1000)}")
                        continue
                    if retried:
                        raise
                    # The holder may have been a VACUUM that ended (marker gone) just after the
                    # busy timeout: one quick try more, then give up as before.
                    retried = True
                    self.db.execute("PRAGMA busy_timeout = 500")
        finally:
            self.set_busy_timeout(self.busy_timeout)

    def _wait_for_maintenance(self) -> bool:
        """Whether `compact` is running or ended moments ago (its lock, or the backlog of the
        runs it held back, may be what held this write); if running, return once it has
        ended (at most MAINTENANCE_WAIT_S)."""
        deadline = time.monotonic() + MAINTENANCE_WAIT_S
        holder = _maintenance_holder(self.path)
        while holder and time.monotonic() < deadline:
            time.sleep(0.05)  # polling another process's marker file, not a test wait
            holder = _maintenance_holder(self.path)
        return holder is not None or time.monotonic() >= deadline

    def _create_run(self, new: NewRun) -> int:
        with self._transaction():
            experiment_id = self._experiment_id(new.experiment, new.started_at)
            cur = self.db.execute(
                "INSERT INTO runs (id, uuid, name, experiment_id, command, cwd, status, started_at,"
                " host, user, pid, pid_started, notes)"
                f" VALUES ({_NEXT_RUN_ID},?,?,?,?,?,'running',?,?,?,?,?,?)",
                (new.uuid, new.name, experiment_id, json.dumps(new.command), new.cwd,
                 new.started_at, new.host, new.user, new.pid, new.pid_started, new.notes),
            )
            run_id = cur.lastrowid
            self.db.executemany(
                "INSERT OR IGNORE INTO run_tags VALUES (?, ?)", [(run_id, t) for t in new.tags]
            )
            params = new.params or {}
            self._merge_params(run_id, params.values() if isinstance(params, dict) else params)
        return run_id

    def _experiment_id(self, name: str, now: float) -> int:
        self.db.execute(
            "INSERT OR IGNORE INTO experiments (name, created_at) VALUES (?, ?)", (name, now)
        )
        return self._scalar("SELECT id FROM experiments WHERE name = ?", (name,))

    def add_params(self, run_id: int, params: Iterable[Param],
                   origins: Iterable[ParamOrigin] = ()) -> None:
        """Add params to a run, in order, by the precedence of their sources (`param_wins`):
        the winner of each name is its param, a loser is kept as overridden. `origins` say
        where they came from (a file read again replaces its earlier row)."""
        with self._transaction():
            self._merge_params(run_id, params)
            self.db.executemany("INSERT OR REPLACE INTO param_origins VALUES (?,?,?,?,?)", [
                (run_id, o.source, o.origin, o.count, o.problem) for o in origins])

    def _merge_params(self, run_id: int, params: Iterable[Param]) -> None:
        current = {name: source for name, source in self.db.execute(
            "SELECT name, source FROM params WHERE run_id = ?", (run_id,))}
        for p in params:
            old = current.get(p.name)
            row = (run_id, p.name, _type_name(p.value), p.value, p.text, p.source)
            if old is not None and not param_wins(p.source, old):
                self.db.execute("INSERT OR REPLACE INTO overridden_params VALUES (?,?,?,?,?,?)",
                                (run_id, p.name, p.source, *row[2:5]))
                continue
            if old is not None and old != p.source:  # the old winner becomes overridden
                self.db.execute(
                    "INSERT OR REPLACE INTO overridden_params SELECT run_id, name, source, type,"
                    " value, text FROM params WHERE run_id = ? AND name = ?", (run_id, p.name))
            self.db.execute("DELETE FROM overridden_params WHERE run_id = ? AND name = ?"
                            " AND source = ?", (run_id, p.name, p.source))
            self.db.execute("INSERT OR REPLACE INTO params VALUES (?,?,?,?,?,?)", row)
            current[p.name] = p.source

    def replace_params(self, run_id: int, source: str, params: Iterable[Param]) -> None:
        """Replace every value `source` gave a run by `params` (`expctl reparse` re-deriving
        the params printed in the output), in one transaction. A name whose value came from
        `source` and no longer does falls back to the strongest other source's value."""
        with self._transaction():
            rows = self.db.execute(
                "SELECT name FROM params WHERE run_id = ? AND source = ?", (run_id, source)).fetchall()
            self.db.execute("DELETE FROM overridden_params WHERE run_id = ? AND source = ?",
                            (run_id, source))
            self.db.execute("DELETE FROM params WHERE run_id = ? AND source = ?", (run_id, source))
            self.db.execute("DELETE FROM param_origins WHERE run_id = ? AND source = ?",
                            (run_id, source))
            fallback = []
            for (name,) in rows:
                for others in self.db.execute(
                        "SELECT name, type, value, text, source FROM overridden_params"
                        " WHERE run_id = ? AND name = ?", (run_id, name)).fetchall():
                    fallback.append(Param(others[0], _typed(others[1], others[2]), others[3], others[4]))
            self.db.execute("DELETE FROM overridden_params WHERE run_id = ? AND name IN"
                            " (SELECT value FROM json_each(?))",
                            (run_id, json.dumps([p.name for p in fallback])))
            self._merge_params(run_id, fallback + list(params))

    def overridden_params(self, run_id: int) -> list[Param]:
        """The values of a run's params that lost to a stronger source, by name then source."""
        return [Param(name, _typed(kind, value), text, source) for name, source, kind, value, text
                in self.db.execute("SELECT name, source, type, value, text FROM overridden_params"
                                   " WHERE run_id = ? ORDER BY name, source", (run_id,))]

    def param_origins(self, run_id: int) -> list[ParamOrigin]:
        """Where a run's params other than argv's came from, and what could not be read."""
        return [ParamOrigin(*row) for row in self.db.execute(
            "SELECT source, origin, count, problem FROM param_origins WHERE run_id = ?"
            " ORDER BY source, origin", (run_id,))]

    def record_git(self, run_id: int, git: GitInfo) -> None:
        with self._transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO run_git VALUES (?,?,?,?,?,?,?,?,?)",
                (run_id, git.commit, git.branch, int(git.dirty), git.remote_url, git.root,
                 git.patch, int(git.patch_truncated), json.dumps(git.untracked)),
            )

    def record_env(self, run_id: int, env: dict) -> None:
        env = dict(env)
        packages = env.pop("packages", None)
        with self._transaction():
            set_id = self._package_set_id(packages) if packages else None
            self.db.execute(
                "INSERT OR REPLACE INTO run_env VALUES (?, ?, ?)",
                (run_id, json.dumps(env, sort_keys=True), set_id),
            )

    def _package_set_id(self, packages: dict) -> int:
        """The id of this exact package list, stored once however many runs share it."""
        text = json.dumps(packages, sort_keys=True)
        # A cheap checksum finds candidates; equal text decides (hashlib would cost start-up).
        key = f"{zlib.crc32(text.encode()):08x}-{len(text)}"
        found = self._scalar(
            "SELECT id FROM package_sets WHERE hash = ? AND packages = ?", (key, text)
        )
        if found is not None:
            return found
        return self.db.execute(
            "INSERT INTO package_sets (hash, packages) VALUES (?, ?)", (key, text)
        ).lastrowid

    def append(
        self,
        run_id: int,
        metrics: dict[str, Series] | None = None,
        logs: Sequence[LogChunk] = (),
        log_trims: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        """Append metric points and log chunks in one transaction.

        `log_trims` maps a stream to a byte range `(start, end)`: stored chunks of that stream lying
        wholly inside it are deleted (the log cap's tail window moving on past the kept head).
        """
        with self._transaction():
            for name, series in (metrics or {}).items():
                if len(series.values):
                    self._append_series(run_id, name, series)
            for chunk in logs:
                self._append_log(run_id, chunk)
            for stream, (start, end) in (log_trims or {}).items():
                self._trim_log(run_id, stream, start, end)

    def _trim_log(self, run_id: int, stream: str, start: int, end: int) -> None:
        """Drop the stored bytes of `stream` in [start, end): whole chunks, and the front of a
        chunk that reaches past `end` (unless secrets were replaced in it: its bytes no longer
        line up with stream offsets), so the stored log stays within the cap."""
        self.db.execute(
            "DELETE FROM logs WHERE run_id = ? AND stream = ? AND offset >= ? AND offset + size <= ?",
            (run_id, stream, start, end),
        )
        self.db.execute(
            "UPDATE logs SET data = substr(data, ? - offset + 1), size = offset + size - ?,"
            " offset = ? WHERE run_id = ? AND stream = ? AND offset >= ? AND offset < ?"
            " AND offset + size > ? AND size = length(data)",
            (end, end, end, run_id, stream, start, end, end),
        )

    def replace_metrics(self, run_id: int, metrics: dict[str, Series], keep_prefix: str = "sys/",
                        keep: Sequence[str] = ()) -> None:
        """Replace the run's metrics with `metrics`, in one transaction: every stored series is
        deleted except those whose name starts with `keep_prefix` (expctl's own resource
        samples) or is in `keep`, then `metrics` are stored (`expctl reparse`)."""
        with self._transaction():
            for table in ("metric_chunks", "metric_summaries"):
                self.db.execute(
                    f"DELETE FROM {table} WHERE run_id = ? AND substr(name, 1, ?) != ?"
                    " AND name NOT IN (SELECT value FROM json_each(?))",
                    (run_id, len(keep_prefix), keep_prefix, json.dumps(list(keep))),
                )
            for name, series in metrics.items():
                if len(series.values) and not name.startswith(keep_prefix) and name not in keep:
                    self._append_series(run_id, name, series)

    def _append_series(self, run_id: int, name: str, series: Series) -> None:
        row = self.db.execute(
            "SELECT count, min, max FROM metric_summaries WHERE run_id = ? AND name = ?",
            (run_id, name),
        ).fetchone()
        count, old_min, old_max = row if row else (0, None, None)
        self.db.executemany("INSERT INTO metric_chunks VALUES (?,?,?,?,?,?,?)",
                            chunk_rows(run_id, name, count, series, self._chunk_points(name)))
        finite = _finite(series.values)
        new_min = min([v for v in (old_min, min(finite, default=None)) if v is not None], default=None)
        new_max = max([v for v in (old_max, max(finite, default=None)) if v is not None], default=None)
        self.db.execute(
            "INSERT OR REPLACE INTO metric_summaries VALUES (?,?,?,?,?,?,?,?)",
            (run_id, name, _null_nan(series.values[-1]), new_min, new_max,
             count + len(series.values), series.steps[-1], series.times[-1]),
        )

    def _chunk_points(self, name: str) -> int:
        if self._page_size is None:
            self._page_size = self.db.execute("PRAGMA page_size").fetchone()[0]
        return chunk_points(self._page_size, name)

    def _append_log(self, run_id: int, chunk: LogChunk) -> None:
        seq = self._scalar("SELECT COALESCE(MAX(seq), -1) + 1 FROM logs WHERE run_id = ?", (run_id,))
        size = len(chunk.data) if chunk.size is None else chunk.size
        self.db.execute(
            "INSERT INTO logs VALUES (?,?,?,?,?,?)",
            (run_id, seq, chunk.stream, chunk.offset, size, chunk.data),
        )
        self.db.execute(
            "INSERT INTO log_streams VALUES (?, ?, ?) ON CONFLICT (run_id, stream)"
            " DO UPDATE SET total_bytes = max(total_bytes, excluded.total_bytes)",
            (run_id, chunk.stream, chunk.offset + size),
        )

    def finish_run(
        self, run_id: int, status: str, exit_code: int | None, signal: int | None,
        ended_at: float, resources: dict,
    ) -> None:
        with self._transaction():
            self.db.execute(
                "UPDATE runs SET status = ?, exit_code = ?, signal = ?, ended_at = ?, resources = ?"
                " WHERE id = ?",
                (status, exit_code, signal, ended_at, json.dumps(resources), run_id),
            )

    # -- finding runs -------------------------------------------------------------------------

    def run_ids_named(self, name: str) -> list[int]:
        """Ids of the runs with exactly this name, highest first."""
        return [row[0] for row in self.db.execute(
            "SELECT id FROM runs WHERE name = ? ORDER BY id DESC", (name,))]

    def uuids_with_prefix(self, prefix: str, limit: int) -> list[tuple[int, str]]:
        """(id, uuid) of at most `limit` runs whose uuid starts with `prefix` (lower-case hex),
        highest id first."""
        return self.db.execute(
            "SELECT id, uuid FROM runs WHERE uuid >= ? AND uuid < ? ORDER BY id DESC LIMIT ?",
            (prefix, prefix + "g", limit),
        ).fetchall()

    def newest_run_id(self, skip: int = 0) -> int | None:
        """The id of the newest run (NEWEST_FIRST) after skipping `skip` newer ones, or None."""
        if skip > MAX_ID:
            return None
        return self._scalar(f"SELECT r.id FROM runs r ORDER BY {NEWEST_FIRST} LIMIT 1 OFFSET ?",
                            (skip,))

    def get_run(self, run_id: int) -> Run:
        runs = self._load_runs("WHERE r.id = ?", (run_id,), whole_notes=True)
        if not runs:
            raise RunNotFound(f"no run with id {run_id}")
        return runs[0]

    def list_runs(
        self,
        experiment: str | None = None,
        tags: Sequence[str] = (),
        statuses: Sequence[str] = (),
        limit: int | None = None,
    ) -> list[Run]:
        """Runs newest first, with params, tags and metric summaries, filtered as given."""
        return self.find_runs(None, None, limit, None, experiment=experiment, tags=tags,
                              statuses=statuses)

    def find_runs(self, where=None, sort=None, limit: int | None = None, ids=None,
                  **filters) -> list[Run]:
        """The runs `find_run_ids` selects, loaded with params, tags and metric summaries."""
        return self.get_runs(self.find_run_ids(where, sort, limit, ids, **filters))

    def find_run_ids(
        self,
        where=None,
        sort=None,
        limit: int | None = None,
        ids: Sequence[int] | None = None,
        *,
        experiment: str | None = None,
        tags: Sequence[str] = (),
        statuses: Sequence[str] = (),
    ) -> list[int]:
        """Ids of the runs selected by ids and/or a condition, sorted, at most `limit`.

        `where`: a parsed `--where` tree (expctl.query.where.parse_where). `sort`: a list of
        query.SortKey. `ids`: run ids to which the selection is limited, kept in the order
        given unless `sort` is set; otherwise runs come newest first. `experiment`, `tags` (all
        of them) and `statuses` (any of them) filter as in list_runs. User text (references,
        conditions) is resolved by the caller: see expctl.query.lookup.
        """
        from .query_sql import compile_sort, compile_where

        check_selection(where, sort, ids)
        clauses, args = [], []
        if limit is not None:  # SQLite's integers are 64-bit; no store holds more runs anyway
            limit = max(0, min(limit, MAX_ID))
        if ids is not None:
            ids = list(ids)
            if not ids:
                return []
            clauses.append("r.id IN (SELECT value FROM json_each(?))")  # one parameter, any count
            args.append(json.dumps(ids))
        if where is not None:
            sql, where_args = compile_where(where, self._matches_few)
            clauses.append(sql)
            args += where_args
        if experiment:
            clauses.append("r.experiment_id IN (SELECT id FROM experiments WHERE name = ?)")
            args.append(experiment)
        for tag in tags:
            clauses.append("r.id IN (SELECT run_id FROM run_tags WHERE tag = ?)")
            args.append(tag)
        if statuses:
            clauses.append(f"r.status IN ({','.join('?' * len(statuses))})")
            args.extend(statuses)
        keys = sort
        where_sql = " AND ".join(clauses)
        if keys and len(keys) == 1 and ids is None and limit is not None:
            fast = self._ids_by_index(keys[0], where_sql, args, limit)
            if fast is not None:
                return fast
        sql = "SELECT r.id FROM runs r" + (f" WHERE {where_sql}" if clauses else "")
        if keys or ids is None:
            order, order_args = compile_sort(keys or [])
            sql += f" ORDER BY {order}" + (" LIMIT ?" if limit is not None else "")
            found = self.db.execute(sql, args + order_args + ([limit] if limit is not None else []))
            return [row[0] for row in found]
        position = {run_id: i for i, run_id in enumerate(ids)}
        found = sorted((row[0] for row in self.db.execute(sql, args)), key=position.__getitem__)
        return found if limit is None else found[:limit]

    def _ids_by_index(self, key, where_sql: str, args: list, limit: int) -> list[int] | None:
        """The first `limit` runs by one sort key read from the key's index (see
        query_sql.index_sort), or None to sort the usual way: when the key has no index, or
        when fewer than FEW_ROWS runs match the condition (sorting those is cheaper than
        walking the index past every run that does not match)."""
        from .query_sql import index_sort

        statements = index_sort(key, where_sql)
        if statements is None:
            return None
        if where_sql and self._matches_few(f"SELECT r.id FROM runs r WHERE {where_sql}", args):
            return None
        first, rest, name_args = statements
        found = [row[0] for row in self.db.execute(first, [*name_args, *args, limit])]
        if len(found) < limit:
            more = self.db.execute(rest, [*name_args, *args, limit - len(found)])
            found += [row[0] for row in more]
        return found

    def _matches_few(self, subquery: str, args: Sequence) -> bool:
        """Whether `subquery` (a SELECT of run ids) returns fewer than FEW_ROWS rows: counted,
        but never past FEW_ROWS, so the answer costs at most that many index entries."""
        return self._scalar(f"SELECT COUNT(*) FROM ({subquery} LIMIT ?)", [*args, FEW_ROWS]) < FEW_ROWS

    def get_runs(self, run_ids: Sequence[int]) -> list[Run]:
        """The runs with these ids, in this order; ids with no run are left out. Notes are
        read up to NOTES_PREVIEW characters (get_run reads them whole)."""
        if not run_ids:
            return []
        runs = self._load_runs("WHERE r.id IN (SELECT value FROM json_each(?))",
                               (json.dumps(list(run_ids)),))
        by_id = {run.id: run for run in runs}
        return [by_id[run_id] for run_id in run_ids if run_id in by_id]

    def started_times(self, run_ids: Sequence[int]) -> list[float]:
        """The start times of these runs (one column, not the runs: `expctl count`)."""
        if not run_ids:
            return []
        times = []
        for run_id, started in self.db.execute(
                "SELECT id, started_at FROM runs WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(run_ids)),)):
            with checks.checked(self.path, run_id):
                checks.fmt._time("started_at", started)
            times.append(started)
        return times

    def iter_runs(self, run_ids: Sequence[int], batch: int = 500) -> Iterator[Run]:
        """The runs of `get_runs(run_ids)`, loaded `batch` at a time: for output that streams,
        memory that does not grow with the selection."""
        for start in range(0, len(run_ids), batch):
            yield from self.get_runs(run_ids[start:start + batch])

    def run_ids_between(self, first: int | None, last: int | None) -> list[int]:
        """Ids of the runs from `first` to `last` inclusive, ascending; None leaves an end open."""
        return [row[0] for row in self.db.execute(
            "SELECT id FROM runs WHERE id >= ? AND id <= ? ORDER BY id",
            (-1 if first is None else first, MAX_ID if last is None else last),
        )]

    def run_names(self) -> list[str]:
        """The distinct names given to runs (for suggestions when a reference matches none)."""
        return [row[0] for row in self.db.execute(
            "SELECT DISTINCT name FROM runs WHERE name IS NOT NULL ORDER BY name")]

    def names_with_prefix(self, kind: str, prefix: str = "", limit: int = 100) -> list[str]:
        """Distinct run names, metric names or param names (`kind`: runs, metrics, params)
        starting with `prefix`, sorted, at most `limit`: for shell completion. A skip scan of the
        name's index (one seek per distinct name), so the cost does not grow with the rows."""
        table = {"runs": "runs", "metrics": "metric_summaries", "params": "params"}[kind]
        upper = prefix + "\U0010ffff"
        sql = (f"WITH RECURSIVE n(name) AS (SELECT min(name) FROM {table} WHERE name >= ?"
               f" UNION ALL SELECT (SELECT min(name) FROM {table} WHERE name > n.name)"
               f" FROM n WHERE n.name < ?)"
               f" SELECT name FROM n WHERE name IS NOT NULL AND name < ? LIMIT ?")
        return [row[0] for row in self.db.execute(sql, (prefix, upper, upper, limit))]

    def recent_run_ids(self, limit: int = 1000) -> list[int]:
        """The ids of the newest runs, newest first."""
        return [row[0] for row in self.db.execute(
            f"SELECT r.id FROM runs r ORDER BY {NEWEST_FIRST} LIMIT ?", (limit,))]

    def _load_runs(self, tail: str, args: Sequence, whole_notes: bool = False) -> list[Run]:
        """Runs with their details. Listing many (`get_runs`) reads the first NOTES_PREVIEW
        characters of each run's notes, marked ` [...]` when cut; `get_run` reads them whole."""
        notes = "r.notes" if whole_notes else f"substr(r.notes, 1, {NOTES_PREVIEW + 1})"
        rows = self.db.execute(
            "SELECT r.id, r.uuid, r.name, e.name, r.command, r.cwd, r.status, r.exit_code,"
            f" r.signal, r.started_at, r.ended_at, r.host, r.user, r.pid, {notes}, r.resources"
            " FROM runs r LEFT JOIN experiments e ON e.id = r.experiment_id " + tail,
            args,
        ).fetchall()
        runs = {row[0]: _run_from_row(self.path, row) for row in rows}
        if not whole_notes:
            for run_id, run in runs.items():
                if len(run.notes) > NOTES_PREVIEW:
                    runs[run_id] = run._replace(notes=run.notes[:NOTES_PREVIEW] + " [...]")
        if runs:
            self._attach_details(runs)
        return list(runs.values())

    def _attach_details(self, runs: dict[int, Run]) -> None:
        ids = list(runs)
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for run_id, tag in self.db.execute(
                f"SELECT run_id, tag FROM run_tags WHERE run_id IN ({marks}) ORDER BY tag", chunk
            ):
                with checks.checked(self.path, run_id):
                    checks.tag(tag)
                runs[run_id].tags.append(tag)
            for run_id, name, kind, value, text, source in self.db.execute(
                f"SELECT run_id, name, type, value, text, source FROM params"
                f" WHERE run_id IN ({marks}) ORDER BY name", chunk
            ):
                with checks.checked(self.path, run_id):
                    checks.param(kind, value, text, source, name)
                runs[run_id].params[name] = Param(name, _typed(kind, value), text, source)
            for run_id, name, last, lo, hi, count, last_step in self.db.execute(
                f"SELECT run_id, name, last, min, max, count, last_step FROM metric_summaries"
                f" WHERE run_id IN ({marks}) ORDER BY name", chunk
            ):
                with checks.checked(self.path, run_id):
                    checks.summary(name, last, lo, hi, count, last_step)
                runs[run_id].metrics[name] = MetricSummary(
                    name, _nan_null(last), _nan_null(lo), _nan_null(hi), count, last_step
                )

    def get_git(self, run_id: int) -> GitInfo | None:
        row = self.db.execute(
            "SELECT commit_sha, branch, dirty, remote_url, root, patch, patch_truncated, untracked"
            " FROM run_git WHERE run_id = ?", (run_id,)
        ).fetchone()
        if row is None:
            return None
        commit, branch, dirty, remote, root, patch, truncated, untracked = row
        with checks.checked(self.path, run_id):
            untracked = checks.git_row(row)
        return GitInfo(commit, branch, bool(dirty), remote, root, patch, bool(truncated), untracked)

    def git_summaries(self, run_ids: Sequence[int]) -> dict[int, tuple[str | None, bool]]:
        """(commit, dirty) of each run that has a git record, for listings."""
        out = {}
        for start in range(0, len(run_ids), 500):
            chunk = list(run_ids[start:start + 500])
            rows = self.db.execute(
                f"SELECT run_id, commit_sha, dirty FROM run_git WHERE run_id IN"
                f" ({','.join('?' * len(chunk))})", chunk,
            )
            out.update({run_id: (commit, bool(dirty)) for run_id, commit, dirty in rows})
        return out

    def get_env(self, run_id: int) -> dict | None:
        row = self.db.execute(
            "SELECT e.data, p.packages FROM run_env e LEFT JOIN package_sets p"
            " ON p.id = e.package_set_id WHERE e.run_id = ?", (run_id,)
        ).fetchone()
        if row is None:
            return None
        with checks.checked(self.path, run_id):
            return checks.env_row(row[0], row[1])

    def read_metrics(self, run_id: int, names: Sequence[str] = ()) -> dict[str, Series]:
        """Whole series of the named metrics (all when `names` is empty), in step order of arrival."""
        sql = "SELECT name, steps, times, vals FROM metric_chunks WHERE run_id = ?"
        args: list = [run_id]
        if names:
            sql += f" AND name IN ({','.join('?' * len(names))})"
            args.extend(names)
        out: dict[str, Series] = {}
        with checks.checked(self.path, run_id):
            for name, steps, times, vals in self.db.execute(sql + " ORDER BY name, seq", args):
                checks.chunk(name, steps, times, vals)
                series = out.setdefault(name, Series())
                series.steps.extend(unpack(steps))
                series.times.extend(unpack(times))
                series.values.extend(unpack(vals))
        return out

    def iter_metric_chunks(self, run_id: int, names: Sequence[str] = ()) -> Iterator[tuple[str, Series]]:
        """The points of `read_metrics`, as `(name, Series)` pieces in name then step-of-arrival
        order (a name's pieces are consecutive), read one stored row at a time."""
        sql = "SELECT name, steps, times, vals FROM metric_chunks WHERE run_id = ?"
        args: list = [run_id]
        if names:
            sql += f" AND name IN ({','.join('?' * len(names))})"
            args.extend(names)
        for name, steps, times, vals in self.db.execute(sql + " ORDER BY name, seq", args):
            yield name, Series(unpack(steps), unpack(times), unpack(vals))

    def read_logs(self, run_id: int,
                  streams: Sequence[str] = ("stdout", "stderr", "output")) -> list[LogChunk]:
        marks = ",".join("?" * len(streams))
        rows = self.db.execute(
            f"SELECT stream, offset, data, size FROM logs WHERE run_id = ? AND stream IN ({marks})"
            " ORDER BY seq", (run_id, *streams)
        )
        out = []
        with checks.checked(self.path, run_id):
            for stream, offset, data, size in rows:
                checks.log_row(stream, offset, data, size)
                out.append(LogChunk(stream, offset, bytes(data), size))
        return out

    def read_logs_after(self, run_id: int, after_seq: int,
                        streams: Sequence[str] = ("stdout", "stderr")) -> tuple[int, list[LogChunk]]:
        """The chunks stored after chunk number `after_seq` (-1: all), in order, and the number
        of the last one read (`after_seq` when there is none): `logs -f` polls with it."""
        marks = ",".join("?" * len(streams))
        rows = self.db.execute(
            f"SELECT seq, stream, offset, data, size FROM logs WHERE run_id = ? AND seq > ?"
            f" AND stream IN ({marks}) ORDER BY seq", (run_id, after_seq, *streams)
        ).fetchall()
        last = rows[-1][0] if rows else after_seq
        return last, [LogChunk(stream, offset, bytes(data), size) for _, stream, offset, data, size in rows]

    def log_totals(self, run_id: int) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT stream, total_bytes FROM log_streams WHERE run_id = ?", (run_id,)
        ).fetchall()
        with checks.checked(self.path, run_id):
            for stream, total in rows:
                checks.log_row(stream, 0, b"", total)
        return dict(rows)

    def list_experiments(self) -> list[dict]:
        # A damaged start time (checks.run_row says which run) does not count as the latest.
        rows = self.db.execute(
            "SELECT e.name, e.description, e.created_at, COUNT(r.id), MAX(CASE WHEN"
            " typeof(r.started_at) IN ('real', 'integer') AND r.started_at BETWEEN 0 AND ?"
            " THEN r.started_at END)"
            " FROM experiments e LEFT JOIN runs r ON r.experiment_id = e.id"
            " GROUP BY e.id ORDER BY e.name", (checks.fmt.MAX_TIME,)
        ).fetchall()
        for name, description, created_at, _, _ in rows:
            checks.experiment_row(self.path, name, description, created_at)
        keys = ("name", "description", "created_at", "runs", "last_run_at")
        return [dict(zip(keys, row)) for row in rows]

    # -- managing runs ------------------------------------------------------------------------

    def add_tags(self, run_id: int, tags: Iterable[str]) -> None:
        with self._transaction():
            self.db.executemany(
                "INSERT OR IGNORE INTO run_tags VALUES (?, ?)", [(run_id, t) for t in tags]
            )

    def remove_tags(self, run_id: int, tags: Iterable[str]) -> None:
        with self._transaction():
            self.db.executemany(
                "DELETE FROM run_tags WHERE run_id = ? AND tag = ?", [(run_id, t) for t in tags]
            )

    def rename_run(self, run_id: int, name: str) -> None:
        with self._transaction():
            self.db.execute("UPDATE runs SET name = ? WHERE id = ?", (name, run_id))

    def set_notes(self, run_id: int, notes: str) -> None:
        with self._transaction():
            self.db.execute("UPDATE runs SET notes = ? WHERE id = ?", (notes, run_id))

    def delete_runs(self, run_ids: Sequence[int]) -> int:
        with self._transaction():
            return self.db.executemany(
                "DELETE FROM runs WHERE id = ?", [(i,) for i in run_ids]
            ).rowcount

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the store file without waiting for anyone (PASSIVE), so
        that the `.db` file alone holds the runs (people copy it) even though `expctl run`
        leaves without closing its connection."""
        if self.path != ":memory:":
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def active_run_ids(self) -> list[int]:
        """Runs marked running (callers reap those whose recorder died first)."""
        return [row[0] for row in self.db.execute(
            "SELECT id FROM runs WHERE status = 'running' ORDER BY id")]

    def compact(self) -> tuple[int, int]:
        """VACUUM, unless runs are being recorded (StoreBusy then: VACUUM holds the write lock
        for as long as it takes, and their writes would wait). The check is made holding the
        write lock, and a marker file beside the store tells a run starting meanwhile to wait
        for the VACUUM instead of giving up. Returns the file's size before and after."""
        if self.path == ":memory:":
            return 0, 0
        before = _size_with_wal(self.path)
        marker = _maintenance_marker(self.path)
        with self._transaction():
            active = self.active_run_ids()
            if active:
                raise StoreBusy(active)
            _write_marker(marker)
        try:
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
            self.db.execute("VACUUM")
            # Shrinks the -wal file; never waits for readers (that would hold writers back).
            self.db.execute("PRAGMA busy_timeout = 0")
            try:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.OperationalError:
                pass  # a reader is active: the log is truncated by a later checkpoint
            self.set_busy_timeout(self.busy_timeout)
        except sqlite3.DatabaseError as exc:
            raise _store_error(self.path, exc) from None
        finally:
            _write_marker(marker, ended=True)
        return before, _size_with_wal(self.path)

    def scrub_run(self, run_id: int, rules, dry_run: bool = False) -> list[str]:
        """Re-apply redaction `rules` to what is stored for one run; return what changed
        (e.g. ["command", "param lr", "env", "git remote", "patch", "name", "logs"]). `rules`
        provides `secrets(argv, env_vars) -> set` (values the rules now hide there, to be
        hidden everywhere else too), `argv(list) -> list`, `param(name, text) -> str` (the text
        to keep), `env(dict) -> dict`, `url(str) -> str`, `text(str, secrets) -> str` and
        `logs(chunks, secrets) -> chunks` (LogChunks in order; sizes are kept)."""
        try:
            return self._scrub_run(run_id, rules, dry_run)
        except _DryRun as dry:
            return dry.changed

    def _scrub_run(self, run_id: int, rules, dry_run: bool) -> list[str]:
        changed: list[str] = []
        with self._transaction():
            command = json.loads(self._scalar("SELECT command FROM runs WHERE id = ?", (run_id,)))
            row = self.db.execute("SELECT data FROM run_env WHERE run_id = ?", (run_id,)).fetchone()
            env = json.loads(row[0]) if row else None
            secrets = rules.secrets(command, (env or {}).get("env_vars") or {})
            if rules.argv(command) != command:
                changed.append("command")
                self.db.execute("UPDATE runs SET command = ? WHERE id = ?",
                                (json.dumps(rules.argv(command)), run_id))
            for table in ("params", "overridden_params"):  # a losing value is stored too
                for name, source, text in self.db.execute(
                    f"SELECT name, source, text FROM {table} WHERE run_id = ?", (run_id,)
                ).fetchall():
                    kept = rules.param(name, text)
                    if kept != text:
                        changed.append(f"param {name}" + ("" if table == "params" else f" ({source})"))
                        self.db.execute(
                            f"UPDATE {table} SET type = 'str', value = ?, text = ?"
                            " WHERE run_id = ? AND name = ? AND source = ?",
                            (kept, kept, run_id, name, source))
            if env:
                clean = dict(env, env_vars=rules.env(env.get("env_vars") or {}))
                if clean != env:
                    changed.append("env")
                    self.db.execute("UPDATE run_env SET data = ? WHERE run_id = ?",
                                    (json.dumps(clean, sort_keys=True), run_id))
            remote = self._scalar("SELECT remote_url FROM run_git WHERE run_id = ?", (run_id,))
            if remote and rules.url(remote) != remote:
                changed.append("git remote")
                self.db.execute("UPDATE run_git SET remote_url = ? WHERE run_id = ?",
                                (rules.url(remote), run_id))
            self._scrub_texts(run_id, rules, secrets, changed)
            self._scrub_logs(run_id, rules, secrets, changed)
            if dry_run:
                raise _DryRun(changed)
        return changed

    def _scrub_texts(self, run_id: int, rules, secrets, changed: list[str]) -> None:
        """The dirty-tree patch, the run's name, notes and tags."""
        for what, table, column in (("patch", "run_git", "patch"), ("name", "runs", "name"),
                                    ("notes", "runs", "notes")):
            key = "id" if table == "runs" else "run_id"
            text = self._scalar(f"SELECT {column} FROM {table} WHERE {key} = ?", (run_id,))
            if text and rules.text(text, secrets) != text:
                changed.append(what)
                self.db.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?",
                                (rules.text(text, secrets), run_id))
        tags = [t for (t,) in self.db.execute("SELECT tag FROM run_tags WHERE run_id = ?", (run_id,))]
        clean = [rules.text(t, secrets) for t in tags]
        if clean != tags:
            changed.append("tags")
            self.db.execute("DELETE FROM run_tags WHERE run_id = ?", (run_id,))
            self.db.executemany("INSERT OR IGNORE INTO run_tags VALUES (?, ?)",
                                [(run_id, t) for t in clean])

    def _scrub_logs(self, run_id: int, rules, secrets, changed: list[str]) -> None:
        """Logs, read stream by stream across chunks (a secret may straddle two)."""
        rows = self.db.execute(
            "SELECT seq, stream, offset, data, size FROM logs WHERE run_id = ? ORDER BY seq", (run_id,)
        ).fetchall()
        chunks = [LogChunk(stream, offset, bytes(data), size) for _, stream, offset, data, size in rows]
        clean = rules.logs(chunks, secrets)
        for (seq, *_), old, new in zip(rows, chunks, clean):
            if new.data != old.data:
                self.db.execute("UPDATE logs SET data = ? WHERE run_id = ? AND seq = ?",
                                (new.data, run_id, seq))
        if any(new.data != old.data for old, new in zip(chunks, clean)):
            changed.append("logs")

    def running_runs(self, host: str) -> list[tuple[int, int | None, float | None]]:
        """(id, recorder pid, recorder start time) of runs marked running on `host`."""
        return self.db.execute(
            "SELECT id, pid, pid_started FROM runs WHERE status = 'running' AND host = ?", (host,)
        ).fetchall()

    def mark_crashed(self, run_ids: Sequence[int]) -> None:
        """Runs whose recorder died: status crashed, ended at the time of their last record."""
        with self._transaction():
            for run_id in run_ids:
                last_seen = self._scalar(
                    "SELECT MAX(t) FROM (SELECT started_at AS t FROM runs WHERE id = ?1"
                    " UNION ALL SELECT MAX(last_time) FROM metric_summaries WHERE run_id = ?1)",
                    (run_id,),
                )
                self.db.execute(
                    "UPDATE runs SET status = 'crashed', ended_at = ? WHERE id = ? AND status = 'running'",
                    (last_seen, run_id),
                )

    # -- moving runs between stores (expctl export / import) ----------------------------------

    def run_id_for_uuid(self, uuid: str) -> int | None:
        """The id of the run with exactly this uuid, or None."""
        return self._scalar("SELECT id FROM runs WHERE uuid = ?", (uuid,))

    def export_run(self, run_id: int) -> dict:
        """Everything stored about a run, as plain values (rows as recorded, not as displayed),
        for `expctl export`: run fields without `id`, `tags`, `params` (rows with type, stored
        value and text), `metrics` (name -> Series, whole), `summaries` (name -> row), `git`,
        `env` (with `packages`), `logs` (LogChunk rows with `seq`), `log_streams`, `artifacts`.
        Raises RunNotFound, or StoreError for a damaged run."""
        self.get_run(run_id)  # checks what commands read of it (expctl.store.checks)
        row = self.db.execute(
            "SELECT r.uuid, r.name, e.name, r.command, r.cwd, r.status, r.exit_code, r.signal,"
            " r.started_at, r.ended_at, r.host, r.user, r.pid, r.pid_started, r.notes, r.resources"
            " FROM runs r LEFT JOIN experiments e ON e.id = r.experiment_id WHERE r.id = ?", (run_id,)
        ).fetchone()
        if row is None:
            raise RunNotFound(f"no run with id {run_id}")
        doc = dict(zip(_EXPORT_RUN_FIELDS, row))
        doc["command"] = json.loads(doc["command"])
        doc["resources"] = json.loads(doc["resources"]) if doc["resources"] else None
        doc["tags"] = [t for (t,) in self.db.execute(
            "SELECT tag FROM run_tags WHERE run_id = ? ORDER BY tag", (run_id,))]
        doc["params"] = [dict(zip(("name", "type", "value", "text", "source"), r)) for r in
                         self.db.execute("SELECT name, type, value, text, source FROM params"
                                         " WHERE run_id = ? ORDER BY name", (run_id,))]
        doc["overridden_params"] = [
            dict(zip(("name", "type", "value", "text", "source"), r)) for r in self.db.execute(
                "SELECT name, type, value, text, source FROM overridden_params WHERE run_id = ?"
                " ORDER BY name, source", (run_id,))]
        doc["param_origins"] = [o._asdict() for o in self.param_origins(run_id)]
        doc["metrics"] = self.read_metrics(run_id)
        doc["summaries"] = {r[0]: dict(zip(_SUMMARY_FIELDS, r[1:])) for r in self.db.execute(
            "SELECT name, last, min, max, count, last_step, last_time FROM metric_summaries"
            " WHERE run_id = ? ORDER BY name", (run_id,))}
        git = self.get_git(run_id)
        doc["git"] = dict(git._asdict(), untracked=list(git.untracked)) if git else None
        doc["env"] = self.get_env(run_id)
        doc["logs"] = []
        with checks.checked(self.path, run_id):
            for seq, stream, offset, size, data in self.db.execute(
                "SELECT seq, stream, offset, size, data FROM logs WHERE run_id = ? ORDER BY seq",
                (run_id,),
            ):
                checks.log_row(stream, offset, data, size)
                doc["logs"].append(dict(seq=seq, stream=stream, offset=offset, size=size, data=data))
        doc["log_streams"] = self.log_totals(run_id)
        doc["artifacts"] = self.list_artifacts(run_id)
        return doc

    def import_run(self, doc: dict) -> int:
        """Insert a run exported by `export_run` (same shape) under a new id, in one
        transaction; its experiment is found or created by name. Returns the new id. The
        caller checks `run_id_for_uuid` first: a uuid already present fails (StoreError)."""
        with self._transaction():
            experiment_id = self._experiment_id(doc["experiment"], doc["started_at"])
            run_id = self.db.execute(
                "INSERT INTO runs (id, uuid, name, experiment_id, command, cwd, status, exit_code,"
                " signal, started_at, ended_at, host, user, pid, pid_started, notes, resources)"
                f" VALUES ({_NEXT_RUN_ID},?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc["uuid"], doc["name"], experiment_id, json.dumps(doc["command"]), doc["cwd"],
                 doc["status"], doc["exit_code"], doc["signal"], doc["started_at"],
                 doc["ended_at"], doc["host"], doc["user"], doc["pid"], doc["pid_started"],
                 doc["notes"], None if doc["resources"] is None else json.dumps(doc["resources"])),
            ).lastrowid
            self._import_details(run_id, doc)
        return run_id

    def _import_details(self, run_id: int, doc: dict) -> None:
        self.db.executemany("INSERT INTO run_tags VALUES (?, ?)", [(run_id, t) for t in doc["tags"]])
        self.db.executemany("INSERT INTO params VALUES (?,?,?,?,?,?)", [
            (run_id, p["name"], p["type"], p["value"], p["text"], p["source"]) for p in doc["params"]])
        self.db.executemany("INSERT INTO overridden_params VALUES (?,?,?,?,?,?)", [
            (run_id, p["name"], p["source"], p["type"], p["value"], p["text"])
            for p in doc.get("overridden_params", ())])
        self.db.executemany("INSERT INTO param_origins VALUES (?,?,?,?,?)", [
            (run_id, o["source"], o["origin"], o["count"], o["problem"])
            for o in doc.get("param_origins", ())])
        for name, series in doc["metrics"].items():
            if len(series):  # chunking is a storage detail: rows sized to their page
                self.db.executemany("INSERT INTO metric_chunks VALUES (?,?,?,?,?,?,?)",
                                    chunk_rows(run_id, name, 0, series, self._chunk_points(name)))
        self.db.executemany("INSERT INTO metric_summaries VALUES (?,?,?,?,?,?,?,?)", [
            (run_id, name, *(s[k] for k in _SUMMARY_FIELDS)) for name, s in doc["summaries"].items()])
        git = doc["git"]
        if git is not None:
            self.db.execute("INSERT INTO run_git VALUES (?,?,?,?,?,?,?,?,?)", (
                run_id, git["commit"], git["branch"], int(git["dirty"]), git["remote_url"],
                git["root"], git["patch"], int(git["patch_truncated"]), json.dumps(git["untracked"])))
        if doc["env"] is not None:
            env = dict(doc["env"])
            packages = env.pop("packages", None)
            self.db.execute("INSERT INTO run_env VALUES (?, ?, ?)", (
                run_id, json.dumps(env, sort_keys=True),
                self._package_set_id(packages) if packages else None))
        self.db.executemany("INSERT INTO logs VALUES (?,?,?,?,?,?)", [
            (run_id, c["seq"], c["stream"], c["offset"], c["size"], c["data"]) for c in doc["logs"]])
        self.db.executemany("INSERT INTO log_streams VALUES (?,?,?)", [
            (run_id, stream, total) for stream, total in doc["log_streams"].items()])
        self._write_artifacts(run_id, doc.get("artifacts") or [])

    # -- artifacts (files kept by content hash; see expctl/store/artifacts.py) ----------------------

    def add_artifacts(self, run_id: int, artifacts: Sequence[dict]) -> None:
        """Record a run's artifacts: dicts with `path` (relative, '/'-separated), `size` (bytes)
        and `sha256` (hex). A path recorded again for the same run is replaced."""
        with self._transaction():
            self._write_artifacts(run_id, artifacts)

    def _write_artifacts(self, run_id: int, artifacts: Sequence[dict]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO artifacts VALUES (?,?,?,?)", [
            (run_id, a["path"], a["size"], a["sha256"]) for a in artifacts])

    def artifact_hashes(self) -> set[str]:
        """The sha256 of every file some run keeps (content named by it must stay)."""
        return {row[0] for row in self.db.execute("SELECT DISTINCT sha256 FROM artifacts")}

    def list_artifacts(self, run_id: int) -> list[dict]:
        """The run's artifacts ({path, size, sha256}), by path."""
        rows = self.db.execute(
            "SELECT path, size, sha256 FROM artifacts WHERE run_id = ? ORDER BY path", (run_id,)
        ).fetchall()
        with checks.checked(self.path, run_id):
            for row in rows:
                checks.artifact_row(*row)
        return [dict(zip(("path", "size", "sha256"), row)) for row in rows]


def _translate_errors(cls):
    """Wrap every public method so that an sqlite3 error leaves the store as a StoreError (a
    read of a damaged or foreign file must be a clear message, never a traceback)."""
    import functools

    def wrap(method):
        @functools.wraps(method)
        def translated(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except sqlite3.DatabaseError as exc:
                raise _store_error(self.path, exc) from None

        return translated

    for name, member in list(vars(cls).items()):
        if callable(member) and not name.startswith("_"):
            setattr(cls, name, wrap(member))
    return cls


SQLiteStore = _translate_errors(SQLiteStore)


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


MAINTENANCE_WAIT_S = 600.0  # a run starting during `compact` waits this long for it at most
AFTER_MAINTENANCE_S = 30.0  # ... and then this long for the lock (others write their backlog)
SETTLE_S = 60.0  # for this long after a VACUUM, a locked start still waits AFTER_MAINTENANCE_S


def _maintenance_marker(path: str) -> str:
    return path + "-maintenance"


def _write_marker(marker: str, ended: bool = False) -> None:
    """The marker holds this process's pid while VACUUM runs, then 0 (ended): its time then
    says that runs held back may still be writing their backlog (SETTLE_S)."""
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write("0" if ended else str(os.getpid()))
    except OSError:
        if not ended:
            raise


def _maintenance_holder(path: str) -> int | None:
    """The pid of a VACUUM in progress; 0 when one ended less than SETTLE_S ago; None when
    there is none (no marker, a stale one, or its process died)."""
    from ..record.procs import process_start_time

    try:
        with open(_maintenance_marker(path)) as marker:
            text = marker.read(32).strip()
            age = time.time() - os.fstat(marker.fileno()).st_mtime
    except OSError:
        return None
    if not text.isdigit():
        return None
    pid = int(text)
    if pid and process_start_time(pid) is not None:
        return pid
    return 0 if age < SETTLE_S else None


def _size_with_wal(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


def _statements(sql: str) -> list[str]:
    """Split a script into statements (sqlite3.complete_statement knows about comments and quotes)."""
    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    return statements


def _run_from_row(path: str, row: tuple) -> Run:
    (run_id, uuid, name, experiment, command, cwd, status, exit_code, signal, started_at,
     ended_at, host, user, pid, notes, resources) = row
    command, resources = checks.run_row(path, row)
    return Run(
        id=run_id, uuid=uuid, name=name, experiment=experiment, command=command,
        cwd=cwd, status=status, exit_code=exit_code, signal=signal, started_at=started_at,
        ended_at=ended_at, host=host, user=user, pid=pid, tags=[], notes=notes, params={},
        metrics={}, resources=resources,
    )


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
