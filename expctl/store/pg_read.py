"""Reading a PostgreSQL store: finding runs, loading them, their series, logs and details.
A mixin of PostgresStore (store/postgres.py), which provides `_x` (execute a `?` statement),
`_scalar` and `db`. Results are the same values, in the same order, as SQLiteStore's: the
conformance suite holds both to that."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..errors import RunNotFound
from ..models import GitInfo, MetricSummary, Param, ParamOrigin, Run
from ..records import LogChunk, Series, unpack
from .rows import check_selection, columns_of, levels_of
from .pg_params import param_value
from . import checks
from .rows import (AnalysedRun, NEWEST_FIRST, NOTES_SQL, RunListing, nan_null, preview_notes,
                   run_from_row, summary_field)

MAX_ID = 2**63 - 1
FEW_ROWS = 500  # as SQLite's reads: below this many matching runs, sorting them beats an index walk
_RUN_COLUMNS = ("r.id, r.uuid, r.name, e.name, r.command, r.cwd, r.status, r.exit_code, r.signal,"
                " r.started_at, r.ended_at, r.host, r.user, r.pid, {notes}, r.resources")


class PostgresReads:
    # What PostgresStore, which mixes this class in, provides (declared for the type checker).
    _x: Callable[..., Any]
    _scalar: Callable[..., Any]
    path: str
    overridden_params: Callable[[int], list[Param]]
    param_origins: Callable[[int], list[ParamOrigin]]

    # -- the parts of a reference -------------------------------------------------------------

    def run_ids_named(self, name: str) -> list[int]:
        return [r[0] for r in self._x("SELECT id FROM runs WHERE name = ? ORDER BY id DESC", (name,))]

    def uuids_with_prefix(self, prefix: str, limit: int) -> list[tuple[int, str]]:
        return [tuple(r) for r in self._x(
            "SELECT id, uuid FROM runs WHERE uuid >= ? AND uuid < ? ORDER BY id DESC LIMIT ?",
            (prefix, prefix + "g", limit))]

    def newest_run_id(self, skip: int = 0) -> int | None:
        if skip > MAX_ID:
            return None
        return self._scalar(f"SELECT r.id FROM runs r ORDER BY {NEWEST_FIRST} LIMIT 1 OFFSET ?", (skip,))

    def run_ids_between(self, first: int | None, last: int | None) -> list[int]:
        return [r[0] for r in self._x("SELECT id FROM runs WHERE id >= ? AND id <= ? ORDER BY id", (
            -1 if first is None else first, MAX_ID if last is None else min(last, MAX_ID)))]

    def run_id_for_uuid(self, uuid: str) -> int | None:
        return self._scalar("SELECT id FROM runs WHERE uuid = ?", (uuid,))

    def run_names(self) -> list[str]:
        return [r[0] for r in self._x(
            "SELECT DISTINCT name FROM runs WHERE name IS NOT NULL ORDER BY name")]

    def names_with_prefix(self, kind: str, prefix: str = "", limit: int = 100) -> list[str]:
        table = {"runs": "runs", "metrics": "metric_summaries", "params": "params"}[kind]
        return [r[0] for r in self._x(
            f"SELECT DISTINCT name FROM {table} WHERE starts_with(name, ?) ORDER BY name LIMIT ?",
            (prefix, limit))]

    def recent_run_ids(self, limit: int = 1000) -> list[int]:
        return [r[0] for r in self._x(f"SELECT r.id FROM runs r ORDER BY {NEWEST_FIRST} LIMIT ?", (limit,))]

    def active_run_ids(self) -> list[int]:
        return [r[0] for r in self._x("SELECT id FROM runs WHERE status = 'running' ORDER BY id")]

    def running_runs(self, host: str) -> list[tuple[int, int | None, float | None]]:
        return [tuple(r) for r in self._x(
            "SELECT id, pid, pid_started FROM runs WHERE status = 'running' AND host = ?", (host,))]

    # -- selecting runs -----------------------------------------------------------------------

    def list_runs(self, experiment: str | None = None, tags: Sequence[str] = (),
                  statuses: Sequence[str] = (), limit: int | None = None) -> list[Run]:
        return self.find_runs(None, None, limit, None, experiment=experiment, tags=tags, statuses=statuses)

    def find_runs(self, where=None, sort=None, limit: int | None = None, ids=None, **filters) -> list[Run]:
        return self.get_runs(self.find_run_ids(where, sort, limit, ids, **filters))

    def find_run_ids(self, where=None, sort=None, limit: int | None = None,
                     ids: Sequence[int] | None = None, *, experiment: str | None = None,
                     tags: Sequence[str] = (), statuses: Sequence[str] = ()) -> list[int]:
        """See Store.find_run_ids. Conditions are compiled as for SQLite (store/query_sql.py,
        in PostgreSQL's dialect); the planner chooses between IN and EXISTS itself."""
        from .query_sql import POSTGRES, compile_sort, compile_where

        check_selection(where, sort, ids)
        clauses: list[str] = []
        args: list[object] = []
        if limit is not None:
            limit = max(0, min(limit, MAX_ID))
        if ids is not None:
            ids = list(ids)
            if not ids:
                return []
            clauses.append("r.id = ANY(?)")
            args.append(ids)
        if where is not None:
            sql, where_args = compile_where(where, None, POSTGRES)
            clauses.append(sql)
            args += where_args
        if experiment:
            clauses.append("r.experiment_id IN (SELECT id FROM experiments WHERE name = ?)")
            args.append(experiment)
        for tag in tags:
            clauses.append("r.id IN (SELECT run_id FROM run_tags WHERE tag = ?)")
            args.append(tag)
        if statuses:
            clauses.append("r.status = ANY(?)")
            args.append(list(statuses))
        if sort and len(sort) == 1 and ids is None and limit is not None:
            fast = self._ids_by_index(sort[0], " AND ".join(clauses), args, limit)
            if fast is not None:
                return fast
        statement = "SELECT r.id FROM runs r" + (f" WHERE {' AND '.join(clauses)}" if clauses else "")
        if sort or ids is None:
            order, order_args = compile_sort(sort or [], POSTGRES)
            statement += f" ORDER BY {order}" + (" LIMIT ?" if limit is not None else "")
            found = self._x(statement, args + order_args + ([limit] if limit is not None else []))
            return [row[0] for row in found]
        position = {run_id: i for i, run_id in enumerate(ids)}
        found = sorted((row[0] for row in self._x(statement, args)), key=position.__getitem__)
        return found if limit is None else found[:limit]

    def _ids_by_index(self, key, where_sql: str, args: list, limit: int) -> list[int] | None:
        """The first `limit` runs by one metric, read from its index (query_sql.index_sort: as
        SQLiteStore does; without it, the metric of all 100,000 runs is looked up and sorted,
        200 ms), or None to sort the usual way: a param (PostgreSQL sorts it by two columns,
        its number then its text), a key with no index, or a condition matching fewer than
        FEW_ROWS runs (sorting those is cheaper than walking the index past the others)."""
        from .query_sql import index_sort

        statements = index_sort(key, where_sql) if key.field.kind == "metric" else None
        if statements is None:
            return None
        if where_sql and self._scalar(f"SELECT COUNT(*) FROM (SELECT r.id FROM runs r WHERE {where_sql}"
                                      " LIMIT ?) AS few", [*args, FEW_ROWS]) < FEW_ROWS:
            return None
        first, rest, name_args = statements
        found = [row[0] for row in self._x(first, [*name_args, *args, limit])]
        if len(found) < limit:
            found += [row[0] for row in self._x(rest, [*name_args, *args, limit - len(found)])]
        return found

    # -- loading runs -------------------------------------------------------------------------

    def get_run(self, run_id: int) -> Run:
        runs = self._load_runs([run_id], whole_notes=True)
        if not runs:
            raise RunNotFound(f"no run with id {run_id}")
        return runs[0]

    def get_runs(self, run_ids: Sequence[int]) -> list[Run]:
        """The runs with these ids, in this order; ids with no run are left out. Notes are
        read up to NOTES_PREVIEW characters, as on SQLite (get_run reads them whole)."""
        return self._load_runs(list(run_ids)) if run_ids else []

    def _load_runs(self, ids: list[int], whole_notes: bool = False) -> list[Run]:
        runs = self._run_rows(ids, whole_notes)
        if runs:
            self._attach_details(runs)
        return [runs[run_id] for run_id in ids if run_id in runs]

    def _run_rows(self, ids: list[int], whole_notes: bool = False) -> dict[int, Run]:
        """The runs with these ids, checked, without tags, params or summaries."""
        columns = _RUN_COLUMNS.format(notes="r.notes" if whole_notes else NOTES_SQL)
        rows = self._x(f"SELECT {columns} FROM runs r JOIN experiments e"
                       " ON e.id = r.experiment_id WHERE r.id = ANY(?)", (ids,)).fetchall()
        runs = {row[0]: run_from_row(self.path, row) for row in rows}
        if not whole_notes:
            preview_notes(runs)
        return runs

    def iter_runs(self, run_ids: Sequence[int], batch: int = 500) -> Iterator[Run]:
        """See SQLiteStore.iter_runs: `batch` runs loaded at a time."""
        for start in range(0, len(run_ids), batch):
            yield from self.get_runs(run_ids[start:start + batch])

    def iter_listing(self, run_ids: Sequence[int], batch: int = 1000) -> Iterator[RunListing]:
        """See Store.iter_listing: `batch` runs read at a time (four queries a batch)."""
        for start in range(0, len(run_ids), batch):
            ids = list(run_ids[start:start + batch])
            found = self._run_rows(ids)
            if not found:
                continue
            for run_id, tag in self._x("SELECT run_id, tag FROM run_tags WHERE run_id = ANY(?)"
                                       " ORDER BY run_id, tag", (ids,)):
                found[run_id].tags.append(tag)
            params: dict[int, dict[str, Any]] = {}
            for run_id, name, kind, value, num in self._x(
                    "SELECT run_id, name, type, value, num FROM params WHERE run_id = ANY(?)"
                    " ORDER BY run_id, name", (ids,)):
                params.setdefault(run_id, {})[name] = param_value(kind, value, num)
            summaries = list(map(tuple, self._x(
                "SELECT run_id, name, last, min, max, count, last_step FROM metric_summaries"
                " WHERE run_id = ANY(?) ORDER BY run_id, name", (ids,))))
            yield RunListing([found[run_id] for run_id in ids if run_id in found], params, summaries)

    def started_times(self, run_ids: Sequence[int]) -> list[float]:
        return [r[0] for r in self._x("SELECT started_at FROM runs WHERE id = ANY(?)", (list(run_ids),))]

    # -- what an analysis reads (see SQLiteColumns) ----------------------------------------------

    def analysis_runs(self, run_ids: Sequence[int], metric: str,
                      params: bool = True) -> list[AnalysedRun]:
        """See Store.analysis_runs."""
        ids = list(run_ids)
        if not ids:
            return []
        runs = {}
        for run_id, status, name, last, lo, hi, count, last_step in self._x(
                "SELECT r.id, r.status, s.name, s.last, s.min, s.max, s.count, s.last_step"
                " FROM runs r LEFT JOIN metric_summaries s ON s.run_id = r.id AND s.name = ?"
                " WHERE r.id = ANY(?)", (metric, ids)):
            summary = {} if name is None else {name: MetricSummary(
                name, nan_null(last), nan_null(lo), nan_null(hi), count, last_step)}
            runs[run_id] = AnalysedRun(run_id, status, {}, summary)
        if params:
            for run_id, name, kind, value, num, text, source in self._x(
                    "SELECT run_id, name, type, value, num, text, source FROM params"
                    " WHERE run_id = ANY(?) ORDER BY run_id, name", (ids,)):
                runs[run_id].params[name] = Param(name, param_value(kind, value, num), text, source)
        return [runs[run_id] for run_id in ids if run_id in runs]

    def summary_column(self, run_ids: Sequence[int], metric: str, field: str) -> list[tuple]:
        """See Store.summary_column."""
        column = summary_field(field)
        if not run_ids:
            return []
        return [tuple(row) for row in self._x(
            f"SELECT r.id, r.status, s.name IS NOT NULL, s.{column}"
            " FROM unnest(?::bigint[]) WITH ORDINALITY AS j(id, k) JOIN runs r ON r.id = j.id"
            " LEFT JOIN metric_summaries s ON s.run_id = r.id AND s.name = ? ORDER BY j.k",
            (list(run_ids), metric))]

    def summary_columns(self, run_ids: Sequence[int], metric: str,
                        field: str) -> tuple[list[int], list[str], list[bool], list]:
        """See Store.summary_columns."""
        return columns_of(self.summary_column(run_ids, metric, field))

    def param_columns(self, run_ids: Sequence[int]) -> dict[str, dict[int, Any]]:
        """See Store.param_columns."""
        columns: dict[str, dict[int, Any]] = {}
        if not run_ids:
            return columns
        for run_id, name, kind, value, num in self._x(
                "SELECT run_id, name, type, value, num FROM params WHERE run_id = ANY(?)",
                (list(run_ids),)):
            columns.setdefault(name, {})[run_id] = param_value(kind, value, num)
        return columns

    def param_levels(self, run_ids: Sequence[int],
                     names: Sequence[str] | None = None) -> dict[str, list[tuple[Any, list[int]]]]:
        """See Store.param_levels (grouped here, from param_columns)."""
        found = levels_of(self.param_columns(run_ids))
        return found if names is None else {name: found[name] for name in names if name in found}

    def metric_names(self, run_ids: Sequence[int]) -> list[str]:
        return [r[0] for r in self._x("SELECT DISTINCT name FROM metric_summaries"
                                      " WHERE run_id = ANY(?) ORDER BY name", (list(run_ids),))]

    def iter_metric_values(self, run_ids: Sequence[int], name: str) -> Iterator[tuple[int, array]]:
        run_id, values = None, array("d")
        for chunk_run, vals in self._x("SELECT run_id, vals FROM metric_chunks WHERE name = ?"
                                       " AND run_id = ANY(?) ORDER BY run_id, seq",
                                       (name, list(run_ids))):
            if chunk_run != run_id:
                if run_id is not None:
                    yield run_id, values
                run_id, values = chunk_run, array("d")
            values.extend(unpack(bytes(vals)))
        if run_id is not None:
            yield run_id, values

    def _attach_details(self, runs: dict[int, Run]) -> None:
        ids = list(runs)
        for run_id, tag in self._x("SELECT run_id, tag FROM run_tags WHERE run_id = ANY(?)"
                                   " ORDER BY tag", (ids,)):
            runs[run_id].tags.append(tag)
        for run_id, name, kind, value, num, text, source in self._x(
                "SELECT run_id, name, type, value, num, text, source FROM params"
                " WHERE run_id = ANY(?) ORDER BY name", (ids,)):
            runs[run_id].params[name] = Param(name, param_value(kind, value, num), text, source)
        for run_id, name, last, lo, hi, count, last_step in self._x(
                "SELECT run_id, name, last, min, max, count, last_step FROM metric_summaries"
                " WHERE run_id = ANY(?) ORDER BY name", (ids,)):
            runs[run_id].metrics[name] = MetricSummary(
                name, nan_null(last), nan_null(lo), nan_null(hi), count, last_step)

    def get_git(self, run_id: int) -> GitInfo | None:
        row = self._x("SELECT commit_sha, branch, dirty, remote_url, root, patch, patch_truncated,"
                      " untracked FROM run_git WHERE run_id = ?", (run_id,)).fetchone()
        if row is None:
            return None
        commit, branch, dirty, remote, root, patch, truncated, untracked = row
        with checks.checked(self.path, run_id):
            untracked = checks.git_row(row)
        return GitInfo(commit, branch, bool(dirty), remote, root, patch, bool(truncated), untracked)

    def git_summaries(self, run_ids: Sequence[int]) -> dict[int, tuple[str | None, bool]]:
        rows = self._x("SELECT run_id, commit_sha, dirty FROM run_git WHERE run_id = ANY(?)",
                       (list(run_ids),))
        return {run_id: (commit, bool(dirty)) for run_id, commit, dirty in rows}

    def get_env(self, run_id: int) -> dict | None:
        row = self._x("SELECT e.data, p.packages FROM run_env e LEFT JOIN package_sets p"
                      " ON p.id = e.package_set_id WHERE e.run_id = ?", (run_id,)).fetchone()
        if row is None:
            return None
        with checks.checked(self.path, run_id):
            return checks.env_row(row[0], row[1])

    def read_metrics(self, run_id: int, names: Sequence[str] = ()) -> dict[str, Series]:
        statement = "SELECT name, steps, times, vals FROM metric_chunks WHERE run_id = ?"
        args: list[object] = [run_id]
        if names:
            statement += " AND name = ANY(?)"
            args.append(list(names))
        out: dict[str, Series] = {}
        for name, steps, times, vals in self._x(statement + " ORDER BY name, seq", args):
            series = out.setdefault(name, Series())
            series.steps.extend(unpack(steps))
            series.times.extend(unpack(times))
            series.values.extend(unpack(vals))
        return out

    def iter_metric_chunks(self, run_id: int, names: Sequence[str] = ()) -> Iterator[tuple[str, Series]]:
        """See SQLiteStore.iter_metric_chunks: (name, Series) pieces in name, then arrival order."""
        statement = "SELECT name, steps, times, vals FROM metric_chunks WHERE run_id = ?"
        args: list[object] = [run_id]
        if names:
            statement += " AND name = ANY(?)"
            args.append(list(names))
        for name, steps, times, vals in self._x(statement + " ORDER BY name, seq", args):
            yield name, Series(unpack(steps), unpack(times), unpack(vals))

    def read_logs(self, run_id: int, streams: Sequence[str] = ("stdout", "stderr", "output")) -> list[LogChunk]:
        rows = self._x('SELECT stream, "offset", data, size FROM logs WHERE run_id = ?'
                       " AND stream = ANY(?) ORDER BY seq", (run_id, list(streams)))
        return [LogChunk(stream, offset, bytes(data), size) for stream, offset, data, size in rows]

    def read_logs_after(self, run_id: int, after_seq: int,
                        streams: Sequence[str] = ("stdout", "stderr")) -> tuple[int, list[LogChunk]]:
        rows = self._x('SELECT seq, stream, "offset", data, size FROM logs WHERE run_id = ?'
                       " AND seq > ? AND stream = ANY(?) ORDER BY seq",
                       (run_id, after_seq, list(streams))).fetchall()
        last = rows[-1][0] if rows else after_seq
        return last, [LogChunk(stream, offset, bytes(data), size) for _, stream, offset, data, size in rows]

    def log_totals(self, run_id: int) -> dict[str, int]:
        return dict(self._x("SELECT stream, total_bytes FROM log_streams WHERE run_id = ? ORDER BY stream",
                            (run_id,)).fetchall())

    def list_experiments(self) -> list[dict]:
        rows = self._x("SELECT e.name, e.description, e.created_at, COUNT(r.id), MAX(r.started_at)"
                       " FROM experiments e LEFT JOIN runs r ON r.experiment_id = e.id"
                       " GROUP BY e.id ORDER BY e.name").fetchall()
        keys = ("name", "description", "created_at", "runs", "last_run_at")
        return [dict(zip(keys, row)) for row in rows]

    def list_artifacts(self, run_id: int) -> list[dict]:
        rows = self._x("SELECT path, size, sha256 FROM artifacts WHERE run_id = ? ORDER BY path",
                       (run_id,)).fetchall()
        for row in rows:
            with checks.checked(self.path, run_id):
                checks.artifact_row(*row)
        return [dict(zip(("path", "size", "sha256"), row)) for row in rows]

    def artifact_hashes(self) -> set[str]:
        return {row[0] for row in self._x("SELECT DISTINCT sha256 FROM artifacts")}
