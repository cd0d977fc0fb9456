"""Delivering a run kept in a local spool (expctl.store.spool) to the PostgreSQL store it was
meant for: one transaction per run, idempotent by uuid.

A spooled run is either whole (the server could not be reached when it started) or the rest
of a run that started on the server and lost it mid-run: then the server holds its row and
its first points, the spool what came after, and delivery appends the second to the first.
The delivered run's `resources` gain `synced_at` (when it was delivered): a run that has it
was delivered already, so a sync cut short after the server committed and before the spool
forgot the run adds nothing when it is run again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..models import GitInfo
from ..records import LogChunk

ADDED, MERGED, PRESENT = "added", "merged", "present"


class PostgresDelivery:
    # What PostgresStore, which mixes this class in, provides (declared for the type checker).
    _x: Callable[..., Any]
    _transaction: Callable[[], Any]
    import_run: Callable[[dict], int]
    _import_labels: Callable[[int, dict], None]
    _append_series: Callable[..., None]
    _append_log: Callable[[int, LogChunk], None]
    record_git: Callable[[int, GitInfo], None]
    record_env: Callable[[int, dict], None]
    _write_artifacts: Callable[..., None]

    def deliver_spooled(self, doc: dict, synced_at: float) -> str:
        """Add `doc` (a spool's `export_run` document) to this store: ADDED as a new run,
        MERGED into the run of the same uuid the server holds (running or crashed: the part
        recorded before the server went away), or PRESENT when it was delivered before (or
        the server holds that run finished, from some other way)."""
        doc = dict(doc, resources=dict(doc["resources"] or {}, synced_at=synced_at))
        with self._transaction():
            row = self._x("SELECT id, status, resources FROM runs WHERE uuid = ? FOR UPDATE",
                          (doc["uuid"],)).fetchone()
            if row is None:
                self.import_run(doc)
                return ADDED
            run_id, status, stored = row
            if status not in ("running", "crashed") or "synced_at" in json.loads(stored or "{}"):
                return PRESENT
            self._append_spooled(run_id, doc)
        return MERGED

    def _append_spooled(self, run_id: int, doc: dict) -> None:
        self._import_labels(run_id, doc)
        for name, series in doc["metrics"].items():
            if len(series.values):
                self._append_series(run_id, name, series)
        for c in doc["logs"]:
            self._append_log(run_id, LogChunk(c["stream"], c["offset"], c["data"], c["size"]))
        if doc["git"] is not None:
            self.record_git(run_id, GitInfo(**doc["git"]))
        if doc["env"] is not None:
            self.record_env(run_id, doc["env"])
        self._write_artifacts(run_id, doc.get("artifacts") or [])
        self._x("UPDATE runs SET status = ?, exit_code = ?, signal = ?, ended_at = ?, resources = ?"
                " WHERE id = ?", (doc["status"], doc["exit_code"], doc["signal"], doc["ended_at"],
                                  json.dumps(doc["resources"]), run_id))
