"""Copying runs straight from one store to another (`expctl push`, `expctl pull`): any two
stores, SQLite files or PostgreSQL servers, with the artifacts' content.

The same rules as `expctl import` (expctl.transfer.runs): by uuid, a run already in the target
with the same content is skipped, one with different content is a conflict, reported and left
as it is; each run added is its own transaction, so copying again after an interruption adds
only what is missing. A run's artifact content is copied before its row, so a run in the
target never refers to content that is not there. Runs still being recorded are left out
(copied later, they would conflict with what was copied now).

No printing here: the CLI renders the returned report.
"""

from __future__ import annotations

from ..errors import ExpctlError
from .runs import CONFLICT, SKIPPED, Conflict, ImportReport, canonical, classify


class CopyReport(ImportReport):
    """An ImportReport, plus the runs left out because they are still running and the
    artifact content that could not be copied (missing from the source's folder)."""

    def __init__(self):
        super().__init__()
        self.running: list[int] = []
        self.missing_blobs: list[str] = []


def copy_runs(source, target, run_ids, report: CopyReport | None = None,
              dry_run: bool = False) -> CopyReport:
    """Copy the runs `run_ids` of `source` into `target` (both open stores); `source.path` and
    `target.path` say where their artifact content lives (expctl.store.blobstore)."""
    from ..store.blobstore import blob_store

    report = CopyReport() if report is None else report
    active = set(source.active_run_ids())
    blobs_from, blobs_to = blob_store(source.path), blob_store(target.path)
    seen: dict = {}
    for run_id in run_ids:
        if run_id in active:
            report.running.append(run_id)
            continue
        doc = source.export_run(run_id)
        outcome, stored_id, fields = classify(target, doc, seen)
        if outcome == CONFLICT:
            report.conflicts.append(Conflict(source.path, run_id, doc["uuid"], stored_id, fields))
        elif outcome == SKIPPED:
            report.skipped += 1
        else:
            report.added += 1
            if dry_run:
                seen[doc["uuid"]] = canonical(doc)
                continue
            _copy_blobs(doc["artifacts"], blobs_from, blobs_to, report.missing_blobs)
            target.import_run(doc)
    return report


def _copy_blobs(artifacts: list[dict], blobs_from, blobs_to, missing: list[str]) -> None:
    for artifact in artifacts:
        sha = artifact["sha256"]
        if sha in missing or blobs_to.has(sha):
            continue
        try:
            with blobs_from.open(sha) as content:
                blobs_to.put(sha, content)
        except FileNotFoundError:
            missing.append(sha)
        except OSError as exc:
            raise ExpctlError(f"cannot copy the content of artifact {artifact['path']}: "
                              f"{exc.strerror or exc}",
                              hint="check the artifact folders of both stores") from None

