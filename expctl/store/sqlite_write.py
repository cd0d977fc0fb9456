"""Recording runs in SQLite: the run row, params, git and env, metric points (in chunks sized
to their page) and log chunks, the run's end, artifacts. A mixin of SQLiteStore."""

from __future__ import annotations

import time
from math import isfinite

from ..errors import StoreLocked
from ..jsoncore import dumps
from ..models import GitInfo, Param, ParamOrigin, param_wins
from ..records import LogChunk, NewRun, Series
from .rows import PackedSeries, packed_columns
from .rows import null_nan as _null_nan, type_name as _type_name, typed as _typed, widened_range
from .sqlite_conn import SQLiteBase
from .sqlite_maint import AFTER_MAINTENANCE_S, MAINTENANCE_WAIT_S, maintenance_holder as _maintenance_holder

# A new run's id: one past the highest ever given (migration m004), so ids are never reused.
_NEXT_RUN_ID = "(SELECT id + 1 FROM run_id_high_water)"

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


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


def chunk_rows(run_id: int, name: str, seq: int, series: Series | PackedSeries,
               per_row: int) -> list[tuple]:
    """metric_chunks rows for `series`, whose first point is point `seq` of the run's series."""
    n, steps, times, values = packed_columns(series)
    if n <= per_row:
        return [(run_id, name, seq, n, steps, times, values)]
    width = 8 * per_row  # each column packed once, then cut: the bytes of each row's slice
    return [(run_id, name, seq + start, min(per_row, n - start), steps[at:at + width],
             times[at:at + width], values[at:at + width])
            for start, at in zip(range(0, n, per_row), range(0, 8 * n, width))]



class SQLiteWrites(SQLiteBase):
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
                (new.uuid, new.name, experiment_id, dumps(new.command), new.cwd,
                 new.started_at, new.host, new.user, new.pid, new.pid_started, new.notes),
            )
            run_id = cur.lastrowid
            assert run_id is not None  # set by every INSERT
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
            row = (run_id, p.name, _type_name(p.value), stored_value(p.value), p.text, p.source)
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
                            (run_id, dumps([p.name for p in fallback])))
            self._merge_params(run_id, fallback + list(params))

    def record_git(self, run_id: int, git: GitInfo) -> None:
        with self._transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO run_git VALUES (?,?,?,?,?,?,?,?,?)",
                (run_id, git.commit, git.branch, int(git.dirty), git.remote_url, git.root,
                 git.patch, int(git.patch_truncated), dumps(git.untracked)),
            )

    def record_env(self, run_id: int, env: dict) -> None:
        env = dict(env)
        packages = env.pop("packages", None)
        with self._transaction():
            set_id = self._package_set_id(packages) if packages else None
            self.db.execute(
                "INSERT OR REPLACE INTO run_env VALUES (?, ?, ?)",
                (run_id, dumps(env, sort_keys=True), set_id),
            )

    def _package_set_id(self, packages: dict) -> int:
        """The id of this exact package list, stored once however many runs share it."""
        import zlib  # here: only a run's environment needs it, not the commands that read

        text = dumps(packages, sort_keys=True)
        # A cheap checksum finds candidates; equal text decides (hashlib would cost start-up).
        key = f"{zlib.crc32(text.encode()):08x}-{len(text)}"
        found = self._scalar(
            "SELECT id FROM package_sets WHERE hash = ? AND packages = ?", (key, text)
        )
        if found is not None:
            return found
        new_id = self.db.execute(
            "INSERT INTO package_sets (hash, packages) VALUES (?, ?)", (key, text)
        ).lastrowid
        assert new_id is not None  # set by every INSERT
        return new_id

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
                    (run_id, len(keep_prefix), keep_prefix, dumps(list(keep))),
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
        new_min, new_max = widened_range(old_min, old_max, series.values)
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
                (status, exit_code, signal, ended_at, dumps(resources), run_id),
            )

    def add_artifacts(self, run_id: int, artifacts: Sequence[dict]) -> None:
        """Record a run's artifacts: dicts with `path` (relative, '/'-separated), `size` (bytes)
        and `sha256` (hex). A path recorded again for the same run is replaced."""
        with self._transaction():
            self._write_artifacts(run_id, artifacts)

    def _write_artifacts(self, run_id: int, artifacts: Sequence[dict]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO artifacts VALUES (?,?,?,?)", [
            (run_id, a["path"], a["size"], a["sha256"]) for a in artifacts])


def stored_value(value):
    """A param value as the store's checks read it: a non-finite float as its text (`nan`,
    `inf`, `-inf`; a REAL infinity reads as damaged, a NaN would become NULL)."""
    if type(value) is float and not isfinite(value):
        return repr(value)
    return value
