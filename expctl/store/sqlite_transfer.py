"""Moving runs between SQLite stores: export_run and import_run. A mixin of SQLiteStore."""

from __future__ import annotations

import json

from ..errors import RunNotFound
from . import checks
from .rows import EXPORT_RUN_FIELDS as _EXPORT_RUN_FIELDS
from .rows import SUMMARY_FIELDS as _SUMMARY_FIELDS
from .sqlite_write import _NEXT_RUN_ID, chunk_rows


class SQLiteTransfer:
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

