"""The PostgreSQL backend: a shared store on a server (`EXPCTL_DB=postgresql://user@host/db`).

psycopg 3 is the driver (the `expctl[postgres]` extra), imported only when such a store is
opened. libpq reads what a URL leaves out as libpq users expect: `PGPASSWORD`, `~/.pgpass`,
`PGSERVICE`, `PGSSLMODE` ... The URL as shown (`info`, errors) never holds a password.

The connection runs in autocommit; each write is one transaction. The schema is created and
migrated under a transaction-level advisory lock, so when many jobs open a new database at once
one migrates and the others wait, then find it done. Statements are written with `?` and sent
with `%s` (see `_sql`). Reads live in pg_read.py.
"""

from __future__ import annotations

import json
import time
import zlib
from collections.abc import Iterable, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit

from ..errors import StoreError, StoreLocked
from .translate import translate_errors
from ..models import GitInfo, ParamOrigin, StoreInfo
from ..records import LogChunk, NewRun, Series, pack
from .pg_deliver import PostgresDelivery
from .pg_params import PostgresParams, param_columns, stored_param
from .pg_read import PostgresReads
from .pg_transfer import PostgresTransfer
from .pg_scrub import PostgresScrub
from .pg_schema import MIGRATIONS
from .rows import SUMMARY_FIELDS, null_nan, packed_columns, widened_range

SCHEMA_VERSION = len(MIGRATIONS)
URL_SCHEMES = ("postgresql://", "postgres://")
# pg_advisory_xact_lock key for migrations: any fixed number; this one spells "expctl".
MIGRATION_LOCK = 0x657870_63746C
CONNECT_TIMEOUT_S = 10


def is_postgres_url(text: str) -> bool:
    return text.startswith(URL_SCHEMES)


def display_url(url: str) -> str:
    """`url` without its password (in the authority or as a `password=` parameter)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user, has_password, _ = userinfo.partition(":")
        netloc = f"{user}{':***' if has_password else ''}@{hostport}"
    query = parts.query
    pairs = parse_qsl(query, keep_blank_values=True)
    if any(k.lower() == "password" for k, _ in pairs):
        query = urlencode([(k, "***" if k.lower() == "password" else v) for k, v in pairs], safe="*")
    # Not urlunsplit: it drops the `//` of an empty authority (`postgresql://?service=runs`,
    # everything from libpq's service file), leaving a URL libpq reads differently.
    return (f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")
            + (f"#{parts.fragment}" if parts.fragment else ""))


def _sql(statement: str) -> str:
    """A statement written with `?` placeholders, as psycopg wants it (`%s`, and `%` doubled).
    Safe because no statement holds a literal: every value is a parameter."""
    return statement.replace("%", "%%").replace("?", "%s")


def _lock_timeout(seconds: float) -> str:
    """The statement making a write wait at most `seconds` for another's lock."""
    return f"SET lock_timeout = {int(seconds * 1000)}"


class PostgresStore(PostgresTransfer, PostgresReads, PostgresParams, PostgresDelivery, PostgresScrub):
    """A run store in a PostgreSQL database."""

    def __init__(self, url: str, reason: str = "", busy_timeout: float = 30.0):
        import psycopg

        self.url, self.reason, self.path = url, reason, display_url(url)
        self._errors = psycopg.Error
        try:
            self.db = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                      application_name="expctl")
        except psycopg.Error as exc:
            raise self._error(exc) from None
        try:
            # expctl's statements are short; PostgreSQL's JIT compiler spends ~0.1 s on a plan
            # over 100,000 runs before running it, more than the query itself takes. One round
            # trip for both settings (no parameters: the simple protocol takes two statements).
            self.busy_timeout = busy_timeout
            self.db.execute("SET jit = off; " + _lock_timeout(busy_timeout))
            self._migrate()
        except psycopg.Error as exc:
            self.db.close()
            raise self._error(exc) from None
        except StoreError:
            self.db.close()
            raise

    def _error(self, exc: Exception) -> StoreError:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        password = urlsplit(self.url).password
        if password:
            text = text.replace(password, "***")
        if "lock timeout" in text or "deadlock" in text:
            return StoreLocked(f"the store {self.path} stayed locked ({text})",
                               hint="another expctl is writing; try again")
        if "permission denied" in text or "row-level security" in text:
            return StoreError(f"not allowed in {self.path}: {text}",
                              hint="this role may only add runs (docs/postgres-roles.sql); "
                                   "ask the store's owner")
        if "connect" in text or "password" in text or "server" in text:
            return StoreError(f"cannot reach the store {self.path}: {text}",
                              hint="check the server is up and the URL, user and password "
                                   "(PGPASSWORD, ~/.pgpass) are right")
        return StoreError(f"store error in {self.path}: {text}")

    def _x(self, statement: str, args: Sequence = ()):
        return self.db.execute(_sql(statement), args)

    def _scalar(self, statement: str, args: Sequence = ()):
        row = self._x(statement, args).fetchone()
        return row[0] if row else None

    def _transaction(self):
        return self.db.transaction()

    # -- connection and schema ----------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def _has_table(self, name: str) -> bool:
        # A query of the catalog table, not to_regclass(): that reads a cache which, right after
        # another process's migration, may not have seen its tables yet (the 32-process test).
        return bool(self._scalar("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()"
                                 " AND tablename = ?", (name,)))

    def _version(self) -> int:
        if not self._has_table("schema_migrations"):
            return 0
        return self._scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")

    def _current_version(self) -> int:
        """The schema version in one statement, for the common case of a store up to date: 0
        when the version table is missing (or not yet committed by a process migrating now),
        which `_migrate` then checks again, holding the lock. Outside a transaction only (the
        error would abort one)."""
        import psycopg

        try:
            return self._scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
        except psycopg.errors.UndefinedTable:
            return 0

    def _migrate(self) -> None:
        version = self._current_version()
        if version == SCHEMA_VERSION:
            return
        if version > SCHEMA_VERSION:
            self._check_version(version)
        # Everything else is decided holding the lock: another process may be migrating now.
        with self._transaction():
            self._x("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
            version = self._check_version(self._version())
            if version == 0:
                self._x("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                        " name TEXT NOT NULL, applied_at DOUBLE PRECISION NOT NULL)")
            for number, (name, script) in enumerate(MIGRATIONS[version:], start=version + 1):
                self.db.execute(script)
                self._x("INSERT INTO schema_migrations VALUES (?, ?, ?)", (number, name, time.time()))

    def _check_version(self, version: int) -> int:
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the store {self.path} has schema version {version}, newer than this expctl "
                f"understands ({SCHEMA_VERSION})",
                hint="upgrade expctl (pip install -U expctl), or point --db at another store")
        if version == 0 and self._has_table("runs"):
            raise StoreError(f"the database {self.path} has a `runs` table but is not an expctl store",
                             hint="point --db or EXPCTL_DB at another database")
        return version

    def schema_version(self) -> int:
        return self._version()

    def set_busy_timeout(self, seconds: float) -> None:
        self.busy_timeout = seconds
        self.db.execute(_lock_timeout(seconds))

    def checkpoint(self) -> None:
        """Nothing to do: a committed transaction is the server's to keep."""

    def defer_checkpoints(self, defer: bool) -> None:
        """Nothing to do (see `checkpoint`)."""

    def compact(self) -> tuple[int, int]:
        before = self._scalar("SELECT pg_database_size(current_database())")
        self.db.execute("VACUUM")
        return before, self._scalar("SELECT pg_database_size(current_database())")

    def size_bytes(self) -> int:
        return self._scalar("SELECT pg_database_size(current_database())")

    def info(self) -> StoreInfo:
        counts = {table: self._scalar(f"SELECT COUNT(*) FROM {table}") for table in ("experiments", "runs")}
        counts["metric_points"] = self._scalar("SELECT COALESCE(SUM(count), 0) FROM metric_summaries")
        counts["running"] = self._scalar("SELECT COUNT(*) FROM runs WHERE status = 'running'")
        return StoreInfo(self.path, self.reason, self.schema_version(), counts)

    # -- writing a run ------------------------------------------------------------------------

    def create_run(self, new: NewRun) -> int:
        with self._transaction():
            experiment_id = self._experiment_id(new.experiment, new.started_at)
            run_id = self._scalar(
                'INSERT INTO runs (uuid, name, experiment_id, command, cwd, status, started_at,'
                ' host, "user", pid, pid_started, notes) VALUES (?,?,?,?,?,\'running\',?,?,?,?,?,?)'
                ' RETURNING id',
                (new.uuid, new.name, experiment_id, json.dumps(new.command), new.cwd,
                 new.started_at, new.host, new.user, new.pid, new.pid_started, new.notes))
            self._add_tags(run_id, new.tags)
            params = new.params or {}
            self._merge_params(run_id, params.values() if isinstance(params, dict) else params)
        return run_id

    def _experiment_id(self, name: str, now: float) -> int:
        self._x("INSERT INTO experiments (name, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (name, now))
        return self._scalar("SELECT id FROM experiments WHERE name = ?", (name,))

    def _add_tags(self, run_id: int, tags: Iterable[str]) -> None:
        rows = [(run_id, t) for t in tags]
        if rows:
            self.db.cursor().executemany(_sql("INSERT INTO run_tags VALUES (?, ?) ON CONFLICT DO NOTHING"), rows)

    def record_git(self, run_id: int, git: GitInfo) -> None:
        with self._transaction():
            self._x("DELETE FROM run_git WHERE run_id = ?", (run_id,))
            self._x("INSERT INTO run_git VALUES (?,?,?,?,?,?,?,?,?)",
                    (run_id, git.commit, git.branch, int(git.dirty), git.remote_url, git.root,
                     git.patch, int(git.patch_truncated), json.dumps(git.untracked)))

    def record_env(self, run_id: int, env: dict) -> None:
        env = dict(env)
        packages = env.pop("packages", None)
        with self._transaction():
            set_id = self._package_set_id(packages) if packages else None
            self._x("DELETE FROM run_env WHERE run_id = ?", (run_id,))
            self._x("INSERT INTO run_env VALUES (?, ?, ?)",
                    (run_id, json.dumps(env, sort_keys=True), set_id))

    def _package_set_id(self, packages: dict) -> int:
        text = json.dumps(packages, sort_keys=True)
        key = f"{zlib.crc32(text.encode()):08x}-{len(text)}"
        found = self._scalar("SELECT id FROM package_sets WHERE hash = ? AND packages = ?", (key, text))
        if found is not None:
            return found
        return self._scalar("INSERT INTO package_sets (hash, packages) VALUES (?, ?) RETURNING id",
                            (key, text))

    def append(self, run_id: int, metrics: dict[str, Series] | None = None,
               logs: Sequence[LogChunk] = (), log_trims: dict[str, tuple[int, int]] | None = None) -> None:
        with self._transaction():
            for name, series in (metrics or {}).items():
                if len(series.values):
                    self._append_series(run_id, name, series)
            for chunk in logs:
                self._append_log(run_id, chunk)
            for stream, (start, end) in (log_trims or {}).items():
                self._trim_log(run_id, stream, start, end)

    def _append_series(self, run_id: int, name: str, series: Series) -> None:
        row = self._x("SELECT count, min, max FROM metric_summaries WHERE run_id = ? AND name = ?",
                      (run_id, name)).fetchone()
        count, old_min, old_max = row if row else (0, None, None)
        self._x("INSERT INTO metric_chunks VALUES (?,?,?,?,?,?,?)",
                (run_id, name, count, len(series.values), pack(series.steps), pack(series.times),
                 pack(series.values)))
        new_min, new_max = widened_range(old_min, old_max, series.values)
        self._x("INSERT INTO metric_summaries VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (run_id, name)"
                " DO UPDATE SET last = excluded.last, min = excluded.min, max = excluded.max,"
                " count = excluded.count, last_step = excluded.last_step, last_time = excluded.last_time",
                (run_id, name, null_nan(series.values[-1]), new_min, new_max,
                 count + len(series.values), null_nan(series.steps[-1]), null_nan(series.times[-1])))

    def _append_log(self, run_id: int, chunk: LogChunk) -> None:
        seq = self._scalar("SELECT COALESCE(MAX(seq), -1) + 1 FROM logs WHERE run_id = ?", (run_id,))
        size = len(chunk.data) if chunk.size is None else chunk.size
        self._x("INSERT INTO logs VALUES (?,?,?,?,?,?)",
                (run_id, seq, chunk.stream, chunk.offset, size, chunk.data))
        self._x("INSERT INTO log_streams VALUES (?, ?, ?) ON CONFLICT (run_id, stream)"
                " DO UPDATE SET total_bytes = GREATEST(log_streams.total_bytes, excluded.total_bytes)",
                (run_id, chunk.stream, chunk.offset + size))

    def _trim_log(self, run_id: int, stream: str, start: int, end: int) -> None:
        """As SQLiteStore._trim_log: whole chunks in [start, end), and the front of one past it."""
        self._x('DELETE FROM logs WHERE run_id = ? AND stream = ? AND "offset" >= ?'
                ' AND "offset" + size <= ?', (run_id, stream, start, end))
        self._x('UPDATE logs SET data = substr(data, (?::bigint - "offset" + 1)::int),'
                ' size = "offset" + size - ?, "offset" = ? WHERE run_id = ? AND stream = ?'
                ' AND "offset" >= ? AND "offset" < ? AND "offset" + size > ? AND size = length(data)',
                (end, end, end, run_id, stream, start, end, end))

    def replace_metrics(self, run_id: int, metrics: dict[str, Series], keep_prefix: str = "sys/",
                        keep: Sequence[str] = ()) -> None:
        with self._transaction():
            for table in ("metric_chunks", "metric_summaries"):
                self._x(f"DELETE FROM {table} WHERE run_id = ? AND NOT starts_with(name, ?)"
                        " AND NOT (name = ANY(?))", (run_id, keep_prefix, list(keep)))
            for name, series in metrics.items():
                if len(series.values) and not name.startswith(keep_prefix) and name not in keep:
                    self._append_series(run_id, name, series)

    def finish_run(self, run_id: int, status: str, exit_code: int | None, signal: int | None,
                   ended_at: float, resources: dict) -> None:
        self._x("UPDATE runs SET status = ?, exit_code = ?, signal = ?, ended_at = ?, resources = ?"
                " WHERE id = ?", (status, exit_code, signal, ended_at, json.dumps(resources), run_id))

    def add_artifacts(self, run_id: int, artifacts: Sequence[dict]) -> None:
        with self._transaction():
            self._write_artifacts(run_id, artifacts)

    def _write_artifacts(self, run_id: int, artifacts: Sequence[dict]) -> None:
        rows = [(run_id, a["path"], a["size"], a["sha256"]) for a in artifacts]
        if rows:
            self.db.cursor().executemany(_sql(
                "INSERT INTO artifacts VALUES (?,?,?,?) ON CONFLICT (run_id, path) DO UPDATE SET"
                " size = excluded.size, sha256 = excluded.sha256"), rows)

    # -- managing runs ------------------------------------------------------------------------

    def add_tags(self, run_id: int, tags: Iterable[str]) -> None:
        with self._transaction():
            self._add_tags(run_id, tags)

    def remove_tags(self, run_id: int, tags: Iterable[str]) -> None:
        self._x("DELETE FROM run_tags WHERE run_id = ? AND tag = ANY(?)", (run_id, list(tags)))

    def rename_run(self, run_id: int, name: str) -> None:
        self._x("UPDATE runs SET name = ? WHERE id = ?", (name, run_id))

    def set_notes(self, run_id: int, notes: str) -> None:
        self._x("UPDATE runs SET notes = ? WHERE id = ?", (notes, run_id))

    def delete_runs(self, run_ids: Sequence[int]) -> int:
        return self._x("DELETE FROM runs WHERE id = ANY(?)", (list(run_ids),)).rowcount

    def mark_crashed(self, run_ids: Sequence[int]) -> None:
        with self._transaction():
            for run_id in run_ids:
                self._x("UPDATE runs SET status = 'crashed', ended_at = GREATEST(started_at,"
                        " (SELECT MAX(last_time) FROM metric_summaries WHERE run_id = ?))"
                        " WHERE id = ? AND status = 'running'", (run_id, run_id))

    def import_runs(self, docs) -> list[int]:
        """See Store.import_runs: one transaction around the runs' own (savepoints)."""
        with self._transaction():
            return [self.import_run(doc) for doc in docs]

    def import_run(self, doc: dict) -> int:
        with self._transaction():
            experiment_id = self._experiment_id(doc["experiment"], doc["started_at"])
            run_id = self._scalar(
                'INSERT INTO runs (uuid, name, experiment_id, command, cwd, status, exit_code,'
                ' signal, started_at, ended_at, host, "user", pid, pid_started, notes, resources)'
                ' VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id',
                (doc["uuid"], doc["name"], experiment_id, json.dumps(doc["command"]), doc["cwd"],
                 doc["status"], doc["exit_code"], doc["signal"], doc["started_at"],
                 doc["ended_at"], doc["host"], doc["user"], doc["pid"], doc["pid_started"],
                 doc["notes"], None if doc["resources"] is None else json.dumps(doc["resources"])))
            self._import_details(run_id, doc)
        return run_id

    def _import_labels(self, run_id: int, doc: dict) -> None:
        """An export document's tags, params (winning and overridden) and their origins."""
        self._add_tags(run_id, doc["tags"])
        self._merge_params(run_id, [stored_param(p) for p in doc["params"]])
        for p in doc.get("overridden_params", ()):
            self._put_overridden(run_id, p["name"], p["source"], (*param_columns(stored_param(p)), p["text"]))
        self._write_origins(run_id, [ParamOrigin(**o) for o in doc.get("param_origins", ())])

    def _import_details(self, run_id: int, doc: dict) -> None:
        self._import_labels(run_id, doc)
        for name, series in doc["metrics"].items():
            columns = packed_columns(series)  # a Series, or a PackedSeries from an export file
            if columns.n:
                self._x("INSERT INTO metric_chunks VALUES (?,?,?,?,?,?,?)", (run_id, name, 0, *columns))
        for name, s in doc["summaries"].items():
            self._x("INSERT INTO metric_summaries VALUES (?,?,?,?,?,?,?,?)",
                    (run_id, name, *(null_nan(s[k]) if k != "count" else s[k] for k in SUMMARY_FIELDS)))
        if doc["git"] is not None:
            self.record_git(run_id, GitInfo(**doc["git"]))
        if doc["env"] is not None:
            self.record_env(run_id, doc["env"])
        for c in doc["logs"]:
            self._x("INSERT INTO logs VALUES (?,?,?,?,?,?)",
                    (run_id, c["seq"], c["stream"], c["offset"], c["size"], c["data"]))
        for stream, total in doc["log_streams"].items():
            self._x("INSERT INTO log_streams VALUES (?,?,?)", (run_id, stream, total))
        self._write_artifacts(run_id, doc.get("artifacts") or [])


translate_errors(PostgresStore)  # in place: its public methods now translate errors


def require_driver() -> None:
    """A StoreError saying what to install when psycopg is missing (before connecting)."""
    try:
        import psycopg  # noqa: F401  (only to say what is missing)
    except ImportError:
        raise StoreError("a PostgreSQL store needs the psycopg driver",
                         hint="pip install 'expctl[postgres]'") from None


def open_postgres(url: str, reason: str = "", busy_timeout: float = 30.0) -> PostgresStore:
    require_driver()
    return PostgresStore(url, reason, busy_timeout)
