"""Moving runs between SQLite stores: export and import, a batch of runs at a time. A mixin of
SQLiteStore.

Export reads a batch of runs with one statement per table (not ten per run), checking each
row as the other reads do; import (sqlite_import) writes a batch in one transaction, a few
statements per table. Both hold one batch in memory, whatever the number of runs.
"""

from __future__ import annotations

import json
from itertools import groupby
from operator import itemgetter
from collections.abc import Iterator, Sequence

from ..errors import RunNotFound
from ..models import ParamOrigin, paused_gc
from ..records import Series, unpack
from . import checks
from .rows import EXPORT_RUN_FIELDS, SUMMARY_FIELDS, ChunkedMetrics, SharedEnv
from .sqlite_import import SQLiteImport

EXPORT_BATCH = 200  # runs read per batch by export_runs
EXPORT_CACHE = 1000  # checked env texts and package sets kept by one export, at most
_IDS = "(SELECT value FROM json_each(?))"
_PARAM_KEYS = ("name", "type", "value", "text", "source")
_RUN_ID = itemgetter(0)
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
        rows.ChunkedMetrics of its chunk rows, never joined nor unpacked (checked as they are
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
            if len(cache) > EXPORT_CACHE:
                cache.clear()
            with checks.checked(self.path, run_id):
                if set_id is not None and ("packages", set_id) not in cache:
                    cache["packages", set_id] = self._checked_packages(set_id)
                if ("env", data) not in cache:  # runs of one machine share their env's text
                    cache["env", data] = checks.env_row(data, None)
            if packed:
                shared = cache.get(("shared", data, set_id))
                if shared is None:
                    shared = cache["shared", data, set_id] = SharedEnv(
                        cache["env", data], packages=dict(cache.get(("packages", set_id)) or {}))
                docs[run_id]["env"] = shared
                continue
            env = dict(cache["env", data])
            env["packages"] = dict(cache.get(("packages", set_id)) or {})
            docs[run_id]["env"] = env

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
