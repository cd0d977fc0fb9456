"""Moving runs between SQLite stores: export and import, a batch of runs at a time. A mixin of
SQLiteStore.

Export reads a batch of runs with one statement per table (not ten per run), checking each
row as the other reads do; import (sqlite_import) writes a batch in one transaction, a few
statements per table. Both hold one batch in memory, whatever the number of runs.
"""

from __future__ import annotations

import json
from itertools import chain, groupby, repeat
from operator import itemgetter
from collections.abc import Iterator, Sequence

from ..errors import RunNotFound
from ..models import ParamOrigin, paused_gc
from ..records import Series, unpack
from . import checks
from .chunked import ChunkedMetrics
from .rows import (EXPORT_RUN_FIELDS, SQL_TABLES, SUMMARY_FIELDS, ExportRows,
                   SharedEnv, parse_whole)
from .sqlite_import import SQLiteImport

EXPORT_BATCH = 200  # runs read per batch by export_runs
EXPORT_CACHE = 1000  # checked env texts and package sets kept by one export, at most
_IDS = "(SELECT value FROM json_each(?))"
_PARAM_KEYS = ("name", "type", "value", "text", "source")
_RUN_ID = itemgetter(0)
_LAST = itemgetter(-1)
_FLAGGED = ("tags", "params", "summaries")  # tables whose rows end with their check flag
_LIST, _DICT, _TEXT, _NUMBER_OR_NULL = {list}, {dict}, {str}, {int, float, type(None)}
# The tables of an ExportRows, each read with one statement per batch (`{IDS}`: its run ids)
_TABLES = {
    "tags": "SELECT run_id, tag, typeof(tag) = 'text' FROM run_tags WHERE run_id IN {IDS} ORDER BY run_id, tag",
    "params": f"SELECT run_id, name, type, value, text, source, {checks.SQL_VALID_PARAM}"
              " FROM params WHERE run_id IN {IDS} ORDER BY run_id, name",
    "overridden_params": "SELECT run_id, name, type, value, text, source FROM overridden_params"
                         " WHERE run_id IN {IDS} ORDER BY run_id, name, source",
    "param_origins": "SELECT run_id, source, origin, count, problem FROM param_origins"
                     " WHERE run_id IN {IDS} ORDER BY run_id, source, origin",
    "summaries": f"SELECT run_id, name, last, min, max, count, last_step, last_time,"
                 f" {checks.sql_valid_summary()} FROM metric_summaries WHERE run_id IN {{IDS}}"
                 " ORDER BY run_id, name",
    "git": "SELECT run_id, commit_sha, branch, dirty, remote_url, root, patch, patch_truncated,"
           f" untracked, {checks.SQL_VALID_GIT} FROM run_git WHERE run_id IN {{IDS}} ORDER BY run_id",
    "env": "SELECT run_id, data, package_set_id FROM run_env WHERE run_id IN {IDS}",
    "log_streams": "SELECT run_id, stream, total_bytes FROM log_streams WHERE run_id IN {IDS}"
                   " ORDER BY run_id, stream",
    "artifacts": "SELECT run_id, path, size, sha256 FROM artifacts WHERE run_id IN {IDS}"
                 " ORDER BY run_id, path",
    "logs": "SELECT run_id, seq, stream, offset, size, data FROM logs WHERE run_id IN {IDS}"
            " ORDER BY run_id, seq",
    "metrics": "SELECT run_id, name, steps, times, vals FROM metric_chunks WHERE run_id IN {IDS}"
               " ORDER BY run_id, name, seq",
}
# A batch's runs rows, the columns in the export's order (rows.EXPORT_RUN_FIELDS), checked
_HEAD_SQL = ("SELECT r.id, r.uuid, r.name, e.name, r.command, r.cwd, r.status, r.exit_code, r.signal,"
             " r.started_at, r.ended_at, r.host, r.user, r.pid, r.pid_started, r.notes, r.resources,"
             f" {checks.SQL_VALID_RUN} FROM runs r LEFT JOIN experiments e ON e.id = r.experiment_id"
             " WHERE r.id IN {IDS} ORDER BY r.id")
_GIT_KEYS = ("commit", "branch", "dirty", "remote_url", "root", "patch", "patch_truncated", "untracked")


class SQLiteTransfer(SQLiteImport):
    # -- moving runs between stores (expctl export / import) ----------------------------------

    def reopened(self) -> SQLiteTransfer:
        """This store with a connection of its own, to read with in a process forked from this
        one (transfer.export_workers): an SQLite connection is never used across a fork."""
        import copy
        import sqlite3

        mine = copy.copy(self)
        mine.db = sqlite3.connect(self.path, timeout=getattr(self, "busy_timeout", 30.0),
                                  isolation_level=None)
        return mine

    def run_id_for_uuid(self, uuid: str) -> int | None:
        """The id of the run with exactly this uuid, or None."""
        return self._scalar("SELECT id FROM runs WHERE uuid = ?", (uuid,))

    def stored_uuids(self, uuids: Sequence[str]) -> set[str]:
        """Which of these uuids a stored run has (one query, however many)."""
        return {uuid for (uuid,) in self.db.execute(
            "SELECT uuid FROM runs WHERE uuid IN (SELECT value FROM json_each(?))", (json.dumps(list(uuids)),))}

    def export_run(self, run_id: int) -> dict:
        """Everything stored about a run, as plain values (rows as recorded, not as displayed),
        for `expctl export`: run fields without `id`, `tags`, `params` (rows with type, stored
        value and text), `metrics` (name -> Series, whole), `summaries` (name -> row), `git`,
        `env` (with `packages`), `logs` (LogChunk rows with `seq`), `log_streams`, `artifacts`.
        Raises RunNotFound, or StoreError for a damaged run."""
        for doc in self.export_runs([run_id]):
            return doc
        raise RunNotFound(f"no run with id {run_id}")

    def export_runs(self, run_ids: Sequence[int], packed: bool = False) -> Iterator[dict]:
        """`export_run` of each of these runs, in this order (ids with no run left out), read
        EXPORT_BATCH runs at a time. `packed`: see Store.export_runs."""
        cache: dict = {}  # see _export_git_env
        run_ids = list(run_ids)
        for start in range(0, len(run_ids), EXPORT_BATCH):
            batch = run_ids[start:start + EXPORT_BATCH]
            with paused_gc():
                docs = self._export_batch(batch, cache, packed)
            yield from (docs[run_id] for run_id in batch if run_id in docs)

    def _export_batch(self, ids: list[int], cache: dict, packed: bool = False) -> dict[int, dict]:
        """The batch's runs by id. Rows are checked as reads check them (expctl.store.checks):
        the run row in Python (its JSON is parsed anyway), the others in the database first."""
        arg = json.dumps(ids)
        docs = {}
        for row in self._rows(
                "SELECT r.id, r.uuid, r.name, e.name, r.command, r.cwd, r.status, r.exit_code,"
                " r.signal, r.started_at, r.ended_at, r.host, r.user, r.pid, r.notes, r.resources,"
                f" r.pid_started, {checks.SQL_VALID_RUN} FROM runs r"
                " LEFT JOIN experiments e ON e.id = r.experiment_id WHERE r.id IN {IDS}", arg):
            command, resources = checks.run_row(self.path, row[:16], row[17])
            doc = dict(zip(EXPORT_RUN_FIELDS, row[1:14] + (row[16], row[14], row[15])))
            doc.update(command=command, resources=resources if row[15] else None)
            doc.update(tags=[], params=[], overridden_params=[], param_origins=[], metrics={},
                       summaries={}, git=None, env=None, logs=[], log_streams={}, artifacts=[])
            docs[row[0]] = doc
        self._export_params(docs, arg)
        self._export_metrics(docs, arg, packed)
        self._export_summaries(docs, arg)
        self._export_git_env(docs, arg, cache, packed)
        self._export_logs(docs, arg)
        return docs

    def export_rows(self, run_ids: Sequence[int], sql_tables: bool = False) -> Iterator[ExportRows]:
        """The rows of these runs, EXPORT_BATCH runs at a time, as an export writes its lines
        from them (rows.ExportRows): each table read once per batch, the runs' rows checked
        in bulk (in the database where it can), no document per run. With `sql_tables`, the
        tables of many rows (rows.SQL_TABLES) are given as the SQL that reads them, for the
        caller to run (with their check flags: it checks them)."""
        cache: dict = {}  # see _export_git_env
        run_ids = list(run_ids)
        for start in range(0, len(run_ids), EXPORT_BATCH):
            batch = run_ids[start:start + EXPORT_BATCH]
            with paused_gc():
                yield self._rows_batch(batch, cache, sql_tables)

    def _rows_batch(self, order: list[int], cache: dict, sql_tables: bool) -> ExportRows:
        where, arg = _batch_filter(order)
        head: list | str | None
        git: list[tuple] | str | None
        if sql_tables:  # the runs' and git rows too: their checks are made by the caller
            ids = [run_id for (run_id,) in self.db.execute(
                f"SELECT id FROM runs WHERE id {where} ORDER BY id", (arg,))]
            head, git = _HEAD_SQL.replace("IN {IDS}", where), _TABLES["git"].replace("IN {IDS}", where)
        else:
            ids, head = self._head_rows(where, arg)
            git = _git_rows(self.db.execute(_TABLES["git"].replace("IN {IDS}", where), (arg,)).fetchall())
        tables: dict = {name: sql.replace("IN {IDS}", where) if sql_tables and name in SQL_TABLES
                        else self.db.execute(sql.replace("IN {IDS}", where), (arg,)).fetchall()
                        for name, sql in _TABLES.items() if name != "git"}
        env_rows = tables.pop("env")
        if (head is None or git is None
                or not all(all(map(_LAST, tables[name])) for name in _FLAGGED if type(tables[name]) is list)):
            return ExportRows(order, ids, None, [], arg, git=[], **tables)  # export_runs says why
        self._check_rows(tables)
        return ExportRows(order, ids, head, self._shared_envs(ids, env_rows, cache), arg, git=git, **tables)

    def _shared_envs(self, ids: list[int], env_rows: list[tuple], cache: dict) -> list[SharedEnv | None]:
        """Each run's SharedEnv (or None), checked once per distinct env text and package set,
        in the order _export_git_env checks them (so the first damaged one is the same run's);
        no call per run: a batch's runs mostly share one or two."""
        first: dict[tuple, int] = {}
        for run_id, data, set_id in env_rows:
            first.setdefault((data, set_id), run_id)
        shared = {(data, set_id): self._shared_env(run_id, data, set_id, cache)
                  for (data, set_id), run_id in first.items()}
        by_run = {run_id: shared[data, set_id] for run_id, data, set_id in env_rows}
        return list(map(by_run.get, ids))

    def _head_rows(self, where: str, arg: str) -> tuple[list[int], list | None]:
        """The batch's run ids, ascending, and their columns (one sequence per
        EXPORT_RUN_FIELDS field, `command` and `resources` parsed); None for the columns when
        a row fails a check (rows.runs_from_rows's checks, made for the whole batch)."""
        rows = self.db.execute(_HEAD_SQL.replace("IN {IDS}", where), (arg,)).fetchall()
        if not rows:
            return [], [()] * len(EXPORT_RUN_FIELDS)
        columns = list(zip(*rows))
        commands = parse_whole(list(columns[4]))
        used = parse_whole([text for text in columns[16] if text])
        if (commands is None or used is None or not all(columns[17])
                or set(map(type, commands)) != _LIST or not set(map(type, used)) <= _DICT
                or not set(map(type, chain.from_iterable(commands))) <= _TEXT
                or not set(map(type, chain.from_iterable(map(dict.values, used)))) <= _NUMBER_OR_NULL
                or any(map(dict.__contains__, used, repeat("incomplete")))):
            return list(columns[0]), None
        parsed = iter(used)
        resources = [next(parsed) if text else None for text in columns[16]]
        return list(columns[0]), [*columns[1:4], commands, *columns[5:16], resources]

    def _check_rows(self, tables: dict[str, list[tuple]]) -> None:
        """The row by row checks of the tables the database does not check (few rows: most
        runs have none of them but their logs)."""
        for run_id, _, stream, offset, size, data in tables["logs"]:
            with checks.checked(self.path, run_id):
                checks.log_row(stream, offset, data, size)
        for run_id, stream, total in tables["log_streams"]:
            with checks.checked(self.path, run_id):
                checks.log_row(stream, 0, b"", total)
        for run_id, path, size, sha in tables["artifacts"]:
            with checks.checked(self.path, run_id):
                checks.artifact_row(path, size, sha)

    def _rows(self, sql: str, arg: str):
        """The rows of `sql`, whose `{IDS}` stands for the batch's run ids (`arg`, as JSON)."""
        return self.db.execute(sql.replace("{IDS}", _IDS), (arg,))

    def _export_params(self, docs: dict[int, dict], arg: str) -> None:
        for run_id, tag in self._rows(
                "SELECT run_id, tag FROM run_tags WHERE run_id IN {IDS} ORDER BY run_id, tag", arg):
            if not isinstance(tag, str):
                with checks.checked(self.path, run_id):
                    checks.tag(tag)
            docs[run_id]["tags"].append(tag)
        for run_id, valid, *row in self._rows(
                f"SELECT run_id, {checks.SQL_VALID_PARAM}, name, type, value, text, source"
                " FROM params WHERE run_id IN {IDS} ORDER BY run_id, name", arg):
            if not valid:
                with checks.checked(self.path, run_id):
                    checks.param(row[1], row[2], row[3], row[4], row[0])
            docs[run_id]["params"].append(dict(zip(_PARAM_KEYS, row)))
        for run_id, *row in self._rows(
                "SELECT run_id, name, type, value, text, source FROM overridden_params"
                " WHERE run_id IN {IDS} ORDER BY run_id, name, source", arg):
            docs[run_id]["overridden_params"].append(dict(zip(_PARAM_KEYS, row)))
        for run_id, *row in self._rows(
                "SELECT run_id, source, origin, count, problem FROM param_origins"
                " WHERE run_id IN {IDS} ORDER BY run_id, source, origin", arg):
            docs[run_id]["param_origins"].append(ParamOrigin(*row)._asdict())

    def _export_metrics(self, docs: dict[int, dict], arg: str, packed: bool) -> None:
        """Each run's series whole (its chunks joined), as Series; with `packed`, as a
        chunked.ChunkedMetrics of its chunk rows, never joined nor unpacked (checked as they are
        used: by the compiled export, or as PackedSeries)."""
        rows = self._rows("SELECT run_id, name, steps, times, vals FROM metric_chunks"
                          " WHERE run_id IN {IDS} ORDER BY run_id, name, seq", arg).fetchall()
        for run_id, group in groupby(rows, _RUN_ID):  # a run's rows follow each other
            chunks = ChunkedMetrics(list(group), self.path)
            docs[run_id]["metrics"] = chunks if packed else {
                name: Series(unpack(s.steps), unpack(s.times), unpack(s.values))
                for name, s in chunks.series().items()}

    def _export_summaries(self, docs: dict[int, dict], arg: str) -> None:
        for run_id, valid, name, *row in self._rows(
                f"SELECT run_id, {checks.sql_valid_summary()}, name, last, min, max, count,"
                " last_step, last_time FROM metric_summaries WHERE run_id IN {IDS}"
                " ORDER BY run_id, name", arg):
            if not valid:
                with checks.checked(self.path, run_id):
                    checks.summary(name, *row[:5])
            docs[run_id]["summaries"][name] = dict(zip(SUMMARY_FIELDS, row))

    def _export_git_env(self, docs: dict[int, dict], arg: str, cache: dict, packed: bool = False) -> None:
        """Git and env records; `cache` keeps, across batches, the checked package sets and
        env texts already read, and with `packed` the rows.SharedEnv of each pair of them."""
        for run_id, *row in self._rows(
                "SELECT run_id, commit_sha, branch, dirty, remote_url, root, patch, patch_truncated,"
                " untracked FROM run_git WHERE run_id IN {IDS}", arg):
            with checks.checked(self.path, run_id):
                row[-1] = checks.git_row(row)
            row[2], row[6] = bool(row[2]), bool(row[6])
            docs[run_id]["git"] = dict(zip(_GIT_KEYS, row))
        for run_id, data, set_id in self._rows(
                "SELECT run_id, data, package_set_id FROM run_env WHERE run_id IN {IDS}", arg):
            if packed:
                docs[run_id]["env"] = self._shared_env(run_id, data, set_id, cache)
                continue
            self._checked_env(run_id, data, set_id, cache)
            env = dict(cache["env", data])
            env["packages"] = dict(cache.get(("packages", set_id)) or {})
            docs[run_id]["env"] = env

    def _checked_env(self, run_id: int, data, set_id, cache: dict) -> None:
        """Check a run_env row's env text and package set, each once per export (`cache`)."""
        if len(cache) > EXPORT_CACHE:
            cache.clear()
        with checks.checked(self.path, run_id):
            if set_id is not None and ("packages", set_id) not in cache:
                cache["packages", set_id] = self._checked_packages(set_id)
            if ("env", data) not in cache:  # runs of one machine share their env's text
                cache["env", data] = checks.env_row(data, None)

    def _shared_env(self, run_id: int, data, set_id, cache: dict) -> SharedEnv:
        """The one SharedEnv of the runs with this env text and package set (checked)."""
        shared = cache.get(("shared", data, set_id))
        if shared is None:
            self._checked_env(run_id, data, set_id, cache)
            shared = cache["shared", data, set_id] = SharedEnv(
                cache["env", data], packages=dict(cache.get(("packages", set_id)) or {}))
        return shared

    def _checked_packages(self, set_id: int) -> dict:
        """A package set's list, checked as get_env checks it (read once per export)."""
        text = self._scalar("SELECT packages FROM package_sets WHERE id = ?", (set_id,))
        return checks.env_row("{}", text)["packages"]

    def _export_logs(self, docs: dict[int, dict], arg: str) -> None:
        for run_id, seq, stream, offset, size, data in self._rows(
                "SELECT run_id, seq, stream, offset, size, data FROM logs WHERE run_id IN {IDS}"
                " ORDER BY run_id, seq", arg):
            with checks.checked(self.path, run_id):
                checks.log_row(stream, offset, data, size)
            docs[run_id]["logs"].append(dict(seq=seq, stream=stream, offset=offset, size=size, data=data))
        for run_id, stream, total in self._rows(
                "SELECT run_id, stream, total_bytes FROM log_streams WHERE run_id IN {IDS}"
                " ORDER BY run_id, stream", arg):
            with checks.checked(self.path, run_id):
                checks.log_row(stream, 0, b"", total)
            docs[run_id]["log_streams"][stream] = total
        for run_id, path, size, sha in self._rows(
                "SELECT run_id, path, size, sha256 FROM artifacts WHERE run_id IN {IDS}"
                " ORDER BY run_id, path", arg):
            with checks.checked(self.path, run_id):
                checks.artifact_row(path, size, sha)
            docs[run_id]["artifacts"].append({"path": path, "size": size, "sha256": sha})


_RANGE = "BETWEEN json_extract(?1, '$[0]') AND json_extract(?1, '$[1]')"


def _batch_filter(order: list[int]) -> tuple[str, str]:
    """What stands for `IN {IDS}` in a batch's statements, and their one argument: a range of
    ids when the batch is every id from its least to its greatest (an export of a whole store,
    as it mostly is: one scan of each table's index, not a search per id), else the list."""
    if len(set(order)) == len(order) and max(order) - min(order) + 1 == len(order):
        return _RANGE, json.dumps([min(order), max(order)])
    return "IN " + _IDS, json.dumps(order)


def _git_rows(rows: list[tuple]) -> list[tuple] | None:
    """run_git rows (with their SQL_VALID_GIT flag) as the export writes them: dirty and
    patch_truncated as bools, untracked parsed; None when one fails checks.git_row."""
    out = []
    for run_id, commit, branch, dirty, remote, root, patch, truncated, untracked, valid in rows:
        paths = [] if untracked == "[]" else (parse_whole([untracked]) or [None])[0]
        if not valid or type(paths) is not list or not set(map(type, paths)) <= _TEXT:
            return None
        out.append((run_id, commit, branch, bool(dirty), remote, root, patch, bool(truncated), paths))
    return out
