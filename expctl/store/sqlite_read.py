"""Finding and reading runs in SQLite: references, selections, runs with their details,
series, logs, git and env records, experiments, artifacts. A mixin of SQLiteStore."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from operator import itemgetter

from ..errors import RunNotFound
from ..models import GitInfo, MetricSummary, Param, ParamOrigin, Run, paused_gc
from ..records import LogChunk, Series, unpack
from .rows import check_selection
from . import checks
from .rows import NEWEST_FIRST, NOTES_SQL, SQL_PARAM_RETYPE, SQL_PARAM_VALUE, preview_notes, runs_from_rows
from .rows import nan_null as _nan_null
from .rows import typed as _typed
from .sqlite_listing import SQLiteListing

# A --where condition matching fewer rows than this is evaluated as a set of run ids, a larger
# one run by run (see store/query_sql.py); measured on 100,000 runs, both stay under ~10 ms.
FEW_ROWS = 500

MAX_ID = 2**63 - 1  # SQLite's largest integer: a reference above it names no run
_first = itemgetter(0)  # a row's run id


def _order_by(keys) -> tuple[str, list]:
    """query_sql.compile_sort(keys), without importing it (and the --where parser it needs)
    for the default order: `list`, `compare` and `ttest` start faster."""
    if not keys:
        return NEWEST_FIRST, []
    from .query_sql import compile_sort

    return compile_sort(keys)


class SQLiteReads(SQLiteListing):
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
            from .query_sql import compile_where  # not imported when runs are named by id only

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
            order, order_args = _order_by(keys)
            sql += f" ORDER BY {order}" + (" LIMIT ?" if limit is not None else "")
            rows = self.db.execute(sql, args + order_args + ([limit] if limit is not None else []))
            return [row[0] for row in rows]
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
        with paused_gc():
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
        runs = self._run_rows(tail, args, whole_notes)
        if runs:
            self._attach_details(runs)
        return list(runs.values())

    def _run_rows(self, tail: str, args: Sequence, whole_notes: bool = False) -> dict[int, Run]:
        """The runs `tail` selects by id, checked, without tags, params or summaries."""
        notes = "r.notes" if whole_notes else NOTES_SQL
        rows = self.db.execute(
            "SELECT r.id, r.uuid, r.name, e.name, r.command, r.cwd, r.status, r.exit_code,"
            f" r.signal, r.started_at, r.ended_at, r.host, r.user, r.pid, {notes}, r.resources,"
            f" {checks.SQL_VALID_RUN} FROM runs r LEFT JOIN experiments e ON e.id = r.experiment_id "
            + tail, args,
        ).fetchall()
        runs = dict(zip(map(_first, rows), runs_from_rows(self.path, rows)))
        if not whole_notes:
            preview_notes(runs)
        return runs

    def _attach_details(self, runs: dict[int, Run]) -> None:
        """Tags, params and metric summaries, checked as checks.py says: params and summaries
        by a condition in the database, the Python check only where it fails (to raise its
        error); a tag sqlite3 returns as text is valid text. Rows come in their primary key's
        order (run, then name), so each run's names are sorted without a sort; params are typed
        by the database where it can (as in SQLiteColumns._attach_params)."""
        ids = list(runs)
        new = tuple.__new__
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for run_id, tag in self.db.execute(
                f"SELECT run_id, tag FROM run_tags WHERE run_id IN ({marks}) ORDER BY run_id, tag",
                chunk,
            ):
                if not isinstance(tag, str):
                    with checks.checked(self.path, run_id):
                        checks.tag(tag)
                runs[run_id].tags.append(tag)
            current, params = None, {}  # rows come run by run: one lookup per run
            for run_id, valid, name, kind, value, text, source, retype in self.db.execute(
                f"SELECT run_id, {checks.SQL_VALID_PARAM}, name, type, {SQL_PARAM_VALUE}, text,"
                f" source, {SQL_PARAM_RETYPE} FROM params WHERE run_id IN ({marks})"
                " ORDER BY run_id, name", chunk
            ):
                if not valid:
                    with checks.checked(self.path, run_id):
                        checks.param(kind, value, text, source, name)
                if retype:
                    value = _typed(kind, value)
                if run_id != current:
                    current, params = run_id, runs[run_id].params
                params[name] = new(Param, (name, value, text, source))
            current, metrics = None, {}
            for run_id, valid, name, last, lo, hi, count, last_step in self.db.execute(
                f"SELECT run_id, {checks.sql_valid_summary()}, name, last, min, max, count,"
                f" last_step FROM metric_summaries WHERE run_id IN ({marks})"
                " ORDER BY run_id, name", chunk
            ):
                if not valid:
                    with checks.checked(self.path, run_id):
                        checks.summary(name, last, lo, hi, count, last_step)
                if last is None or lo is None or hi is None:  # unknown: NaN (models.MetricSummary)
                    last, lo, hi = _nan_null(last), _nan_null(lo), _nan_null(hi)
                if run_id != current:
                    current, metrics = run_id, runs[run_id].metrics
                metrics[name] = new(MetricSummary, (name, last, lo, hi, count, last_step))

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
        rows = self.db.execute(sql + " ORDER BY name, seq", args)
        while True:
            with checks.checked(self.path, run_id):  # not around the yield: the caller's own errors stay its own
                row = next(rows, None)
                if row is None:
                    return
                name, steps, times, vals = row
                checks.chunk(name, steps, times, vals)
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
