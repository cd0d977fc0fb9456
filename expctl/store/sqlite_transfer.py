"""Moving runs between SQLite stores: export and import, a batch of runs at a time. A mixin of
SQLiteStore.

Export reads a batch of runs with one statement per table (not ten per run), checking each
row as the other reads do; import writes a batch in one transaction, one executemany per
table. Both hold one batch in memory, whatever the number of runs.
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
from .rows import EXPORT_RUN_FIELDS, SUMMARY_FIELDS, ChunkedMetrics, SharedEnv, packed_columns
from .sqlite_write import SQLiteWrites, chunk_rows, stored_value as _stored

EXPORT_BATCH = 200  # runs read per batch by export_runs
EXPORT_CACHE = 1000  # checked env texts and package sets kept by one export, at most
# Page cache of a connection that imports, in KiB (SQLite's default is 2,000). A batch of 500
# runs of 5 x 100 points dirties ~7 MB of pages: in 2 MB they spill to the WAL before the
# commit, and the index pages of params and summaries that every batch updates are read
# back; 8 MB keeps them (10,000 runs: 104,000 fewer pread and pwrite calls). Memory, not
# durability: the journal and synchronous settings stay the store's.
IMPORT_CACHE_KIB = 8192
_IDS = "(SELECT value FROM json_each(?))"
_PARAM_KEYS = ("name", "type", "value", "text", "source")
_SUMMARY_VALUES = itemgetter(*SUMMARY_FIELDS)  # a summary row's values, in the table's order
_RUN_ID = itemgetter(0)
_GIT_KEYS = ("commit", "branch", "dirty", "remote_url", "root", "patch", "patch_truncated", "untracked")


class SQLiteTransfer(SQLiteWrites):
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

    # -- import ----------------------------------------------------------------------------------

    def import_run(self, doc: dict) -> int:
        """Insert a run exported by `export_run` (same shape) under a new id, in one
        transaction; its experiment is found or created by name. Returns the new id. The
        caller checks `run_id_for_uuid` first: a uuid already present fails (StoreError)."""
        return self.import_runs([doc])[0]

    def import_runs(self, docs: Sequence[dict]) -> list[int]:
        """`import_run` of each doc, in one transaction (all or none), with one statement per
        table; the new ids, in order."""
        if not docs:
            return []
        self.db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        _bind_none_at_once()
        with self._transaction():
            first = self._scalar("SELECT id + 1 FROM run_id_high_water")
            ids = list(range(first, first + len(docs)))
            experiments: dict[str, int] = {}
            for doc in docs:
                if doc["experiment"] not in experiments:
                    experiments[doc["experiment"]] = self._experiment_id(doc["experiment"], doc["started_at"])
            self.db.executemany(
                "INSERT INTO runs (id, uuid, name, experiment_id, command, cwd, status, exit_code,"
                " signal, started_at, ended_at, host, user, pid, pid_started, notes, resources)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(run_id, d["uuid"], d["name"], experiments[d["experiment"]], json.dumps(d["command"]),
                  d["cwd"], d["status"], d["exit_code"], d["signal"], d["started_at"], d["ended_at"],
                  d["host"], d["user"], d["pid"], d["pid_started"], d["notes"],
                  None if d["resources"] is None else json.dumps(d["resources"]))
                 for run_id, d in zip(ids, docs)])
            self._import_params(ids, docs)
            self._import_metrics(ids, docs)
            self._import_git_env(ids, docs)
            self._import_logs(ids, docs)
        return ids

    def _import_params(self, ids: list[int], docs: Sequence[dict]) -> None:
        pairs = list(zip(ids, docs))
        self.db.executemany("INSERT INTO run_tags VALUES (?, ?)", [
            (run_id, t) for run_id, d in pairs for t in d["tags"]])
        self.db.executemany("INSERT INTO params VALUES (?,?,?,?,?,?)", [
            (run_id, p["name"], p["type"], _stored(p["value"]), p["text"], p["source"])
            for run_id, d in pairs for p in d["params"]])
        self.db.executemany("INSERT INTO overridden_params VALUES (?,?,?,?,?,?)", [
            (run_id, p["name"], p["source"], p["type"], _stored(p["value"]), p["text"])
            for run_id, d in pairs for p in d.get("overridden_params", ())])
        self.db.executemany("INSERT INTO param_origins VALUES (?,?,?,?,?)", [
            (run_id, o["source"], o["origin"], o["count"], o["problem"])
            for run_id, d in pairs for o in d.get("param_origins", ())])

    def _import_metrics(self, ids: list[int], docs: Sequence[dict]) -> None:
        # chunking is a storage detail: rows sized to their page (worked out once per name)
        sizes: dict[str, int] = {}
        self.db.executemany("INSERT INTO metric_chunks VALUES (?,?,?,?,?,?,?)", [
            row for run_id, d in zip(ids, docs) for name, series in d["metrics"].items()
            if packed_columns(series).n for row in chunk_rows(run_id, name, 0, series, sizes.get(name)
                                                 or sizes.setdefault(name, self._chunk_points(name)))])
        self.db.executemany("INSERT INTO metric_summaries VALUES (?,?,?,?,?,?,?,?)", [
            (run_id, name, *_SUMMARY_VALUES(s))
            for run_id, d in zip(ids, docs) for name, s in d["summaries"].items()])

    def _import_git_env(self, ids: list[int], docs: Sequence[dict]) -> None:
        self.db.executemany("INSERT INTO run_git VALUES (?,?,?,?,?,?,?,?,?)", [
            (run_id, g["commit"], g["branch"], int(g["dirty"]), g["remote_url"], g["root"],
             g["patch"], int(g["patch_truncated"]), json.dumps(g["untracked"]))
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
        self.db.executemany("INSERT INTO run_env VALUES (?, ?, ?)", rows)

    def _env_row(self, env: dict, sets: dict[str, int]) -> tuple[str, int | None]:
        env = dict(env)
        packages = env.pop("packages", None)
        set_id = None
        if packages:
            key = json.dumps(packages, sort_keys=True)
            set_id = sets.get(key)
            if set_id is None:
                set_id = sets[key] = self._package_set_id(packages)
        return json.dumps(env, sort_keys=True), set_id

    def _import_logs(self, ids: list[int], docs: Sequence[dict]) -> None:
        pairs = list(zip(ids, docs))
        self.db.executemany("INSERT INTO logs VALUES (?,?,?,?,?,?)", [
            (run_id, c["seq"], c["stream"], c["offset"], c["size"], c["data"])
            for run_id, d in pairs for c in d["logs"]])
        self.db.executemany("INSERT INTO log_streams VALUES (?,?,?)", [
            (run_id, stream, total) for run_id, d in pairs for stream, total in d["log_streams"].items()])
        self.db.executemany("INSERT OR REPLACE INTO artifacts VALUES (?,?,?,?)", [
            (run_id, a["path"], a["size"], a["sha256"]) for run_id, d in pairs
            for a in d.get("artifacts") or []])


def _bind_none_at_once() -> None:
    """Bind None as NULL without sqlite3's adapter search: Python 3.11 looks up an adapter for
    any value that is not exactly int, float, str or bytearray, and for None that search ends
    in an AttributeError made and dropped (~0.17 us; an imported run binds six Nones). An
    adapter registered for None's type is found at once; it gives None back, bound as NULL as
    before. ({}.get: a C call, no Python frame.)"""
    from .sqlite_conn import sqlite3

    sqlite3.register_adapter(type(None), {}.get)  # type: ignore[arg-type]  # get(None) is None
