"""Export from a PostgreSQL store a batch of runs at a time: one statement per table for
EXPORT_BATCH runs (as SQLite's sqlite_transfer does), not ten round trips per run. A mixin of
PostgresStore. The documents are those export_run gave run by run (tests/test_export_lines.py
holds both engines' lines to the same bytes): the rows checked as the per-run reads check them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..errors import RunNotFound
from ..models import Param, ParamOrigin
from ..records import Series, unpack
from . import checks
from .pg_params import param_value
from .rows import EXPORT_RUN_FIELDS, SUMMARY_FIELDS, PackedSeries, null_nan, type_name

EXPORT_BATCH = 200  # runs read per batch by export_runs
_PARAM_KEYS = ("name", "type", "value", "text", "source")
_GIT_KEYS = ("commit", "branch", "dirty", "remote_url", "root", "patch", "patch_truncated", "untracked")


class PostgresTransfer:
    # What PostgresStore, which mixes this class in, provides (declared for the type checker).
    _x: Callable[..., Any]
    path: str

    def export_run(self, run_id: int) -> dict:
        """See SQLiteStore.export_run: the same document, whichever store it came from."""
        for doc in self.export_runs([run_id]):
            return doc
        raise RunNotFound(f"no run with id {run_id}")

    def export_runs(self, run_ids: Sequence[int], packed: bool = False) -> Iterator[dict]:
        """See Store.export_runs."""
        run_ids = list(run_ids)
        for start in range(0, len(run_ids), EXPORT_BATCH):
            batch = run_ids[start:start + EXPORT_BATCH]
            docs = self._export_batch(batch, packed)
            yield from (docs[run_id] for run_id in batch if run_id in docs)

    def _export_batch(self, ids: list[int], packed: bool) -> dict[int, dict]:
        docs = {}
        for row in self._x(
                "SELECT r.id, r.uuid, r.name, e.name, r.command, r.cwd, r.status, r.exit_code,"
                " r.signal, r.started_at, r.ended_at, r.host, r.user, r.pid, r.notes, r.resources,"
                " r.pid_started FROM runs r JOIN experiments e ON e.id = r.experiment_id"
                " WHERE r.id = ANY(?)", (ids,)):
            command, resources = checks.run_row(self.path, row[:16])
            doc = dict(zip(EXPORT_RUN_FIELDS, row[1:14] + (row[16], row[14], row[15])))
            doc.update(command=command, resources=resources if row[15] else None)
            doc.update(tags=[], params=[], overridden_params=[], param_origins=[], metrics={},
                       summaries={}, git=None, env=None, logs=[], log_streams={}, artifacts=[])
            docs[row[0]] = doc
        if docs:
            ids = list(docs)
            self._export_params(docs, ids)
            self._export_metrics(docs, ids, packed)
            self._export_details(docs, ids)
        return docs

    def _export_params(self, docs: dict[int, dict], ids: list[int]) -> None:
        for run_id, tag in self._x("SELECT run_id, tag FROM run_tags WHERE run_id = ANY(?)"
                                   " ORDER BY run_id, tag", (ids,)):
            docs[run_id]["tags"].append(tag)
        for run_id, name, kind, value, num, text, source in self._x(
                "SELECT run_id, name, type, value, num, text, source FROM params"
                " WHERE run_id = ANY(?) ORDER BY run_id, name", (ids,)):
            docs[run_id]["params"].append(_exported(Param(name, param_value(kind, value, num), text, source)))
        for run_id, name, source, kind, value, num, text in self._x(
                "SELECT run_id, name, source, type, value, num, text FROM overridden_params"
                " WHERE run_id = ANY(?) ORDER BY run_id, name, source", (ids,)):
            docs[run_id]["overridden_params"].append(
                _exported(Param(name, param_value(kind, value, num), text, source)))
        for run_id, *row in self._x(
                "SELECT run_id, source, origin, count, problem FROM param_origins"
                " WHERE run_id = ANY(?) ORDER BY run_id, source, origin", (ids,)):
            docs[run_id]["param_origins"].append(ParamOrigin(*row)._asdict())

    def _export_metrics(self, docs: dict[int, dict], ids: list[int], packed: bool) -> None:
        pieces: dict[tuple[int, str], tuple[list, list, list]] = {}
        for run_id, name, steps, times, vals in self._x(
                "SELECT run_id, name, steps, times, vals FROM metric_chunks WHERE run_id = ANY(?)"
                " ORDER BY run_id, name, seq", (ids,)):
            columns = pieces.setdefault((run_id, name), ([], [], []))
            for column, blob in zip(columns, (steps, times, vals)):
                column.append(bytes(blob))
        for (run_id, name), (steps, times, vals) in pieces.items():
            joined = b"".join(steps), b"".join(times), b"".join(vals)
            docs[run_id]["metrics"][name] = (PackedSeries(len(joined[2]) >> 3, *joined) if packed
                                             else Series(*map(unpack, joined)))
        for run_id, name, *row in self._x(
                "SELECT run_id, name, last, min, max, count, last_step, last_time"
                " FROM metric_summaries WHERE run_id = ANY(?) ORDER BY run_id, name", (ids,)):
            docs[run_id]["summaries"][name] = dict(zip(SUMMARY_FIELDS, row))

    def _export_details(self, docs: dict[int, dict], ids: list[int]) -> None:
        """Git, env, logs and artifacts."""
        for run_id, *row in self._x(
                "SELECT run_id, commit_sha, branch, dirty, remote_url, root, patch, patch_truncated,"
                " untracked FROM run_git WHERE run_id = ANY(?)", (ids,)):
            with checks.checked(self.path, run_id):
                row[-1] = list(checks.git_row(row))
            row[2], row[6] = bool(row[2]), bool(row[6])
            docs[run_id]["git"] = dict(zip(_GIT_KEYS, row))
        for run_id, data, packages in self._x(
                "SELECT e.run_id, e.data, p.packages FROM run_env e LEFT JOIN package_sets p"
                " ON p.id = e.package_set_id WHERE e.run_id = ANY(?)", (ids,)):
            with checks.checked(self.path, run_id):
                docs[run_id]["env"] = checks.env_row(data, packages)
        for run_id, seq, stream, offset, size, data in self._x(
                'SELECT run_id, seq, stream, "offset", size, data FROM logs WHERE run_id = ANY(?)'
                " ORDER BY run_id, seq", (ids,)):
            docs[run_id]["logs"].append(dict(seq=seq, stream=stream, offset=offset, size=size, data=bytes(data)))
        for run_id, stream, total in self._x(
                "SELECT run_id, stream, total_bytes FROM log_streams WHERE run_id = ANY(?)"
                " ORDER BY run_id, stream", (ids,)):
            docs[run_id]["log_streams"][stream] = total
        for run_id, path, size, sha in self._x(
                "SELECT run_id, path, size, sha256 FROM artifacts WHERE run_id = ANY(?)"
                " ORDER BY run_id, path", (ids,)):
            with checks.checked(self.path, run_id):
                checks.artifact_row(path, size, sha)
            docs[run_id]["artifacts"].append({"path": path, "size": size, "sha256": sha})


def _exported(p: Param) -> dict:
    """A param as an export document holds it: the value as SQLite stores it (bools 0/1, NaN
    as None), whichever store it came from."""
    kind = type_name(p.value)
    value = int(p.value) if kind == "bool" else null_nan(float(p.value)) if kind == "float" else p.value
    return {"name": p.name, "type": kind, "value": value, "text": p.text, "source": p.source}

