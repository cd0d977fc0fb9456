"""Delivering a server's spool (expctl.store.spool) to the server: `expctl sync`, and the
opportunistic delivery of the next command that reaches the server.

One run at a time, oldest first: each is added to the server in one transaction
(`PostgresStore.deliver_spooled`, idempotent by uuid), then forgotten by the spool. A sync cut
short anywhere (killed, the server gone again) leaves every run either delivered or still
spooled, never half of one; running it again finishes the job and adds nothing twice. Runs
still being recorded into the spool wait for their end; those whose recorder died are marked
crashed first, as every command does. One sync per spool at a time (a lock file): another
one finds it busy and leaves.
"""

from __future__ import annotations

import os
import time

from .spool import PENDING, SPOOL_FILE, mark_pending, spool_folder


class SyncReport:
    """What a sync did: `delivered` (uuid, outcome: added/merged/present) in order, `waiting`
    (runs still being recorded), `left` (runs not tried: out of time), `busy` (another sync
    held the spool)."""

    def __init__(self):
        self.delivered: list[tuple[str, str]] = []
        self.waiting = 0
        self.left = 0
        self.busy = False

    def summary(self, where: str) -> str:
        if self.busy:
            return f"another expctl is delivering the spool for {where}; nothing done"
        n = len(self.delivered)
        text = f"delivered {n} spooled run{'' if n == 1 else 's'} to {where}"
        present = sum(1 for _, outcome in self.delivered if outcome == "present")
        if present:
            text += f" ({present} already there)"
        if self.waiting:
            text += f"; {self.waiting} still being recorded"
        if self.left:
            text += f"; {self.left} left for the next sync"
        return text


def sync_spool(url: str, budget_s: float | None = None, server=None, on_run=None) -> SyncReport:
    """Deliver the spool of `url` to it (`server`: an open PostgresStore for it, else one is
    opened). `budget_s`: stop starting new runs after this many seconds. `on_run(uuid,
    outcome)` after each run. Raises ExpctlError when the server cannot be reached (the runs
    stay spooled)."""
    folder = spool_folder(url)
    report = SyncReport()
    if not os.path.exists(os.path.join(folder, SPOOL_FILE)):
        return report
    lock = _try_lock(folder)
    if lock is None:
        report.busy = True
        return report
    try:
        _remove(os.path.join(folder, PENDING))  # runs spooled from now on mark it again
        spool = _open_spool_file(folder)
        try:
            _deliver(spool, url, server, budget_s, report, on_run)
        finally:
            if spool.run_ids_between(None, None):
                mark_pending(folder)
            spool.close()
    finally:
        os.close(lock)
    return report


def _deliver(spool, url: str, server, budget_s, report: SyncReport, on_run) -> None:
    from ..record.procs import hostname, is_recorder_alive
    from .postgres import open_postgres

    dead = [run_id for run_id, pid, started in spool.running_runs(hostname())
            if not is_recorder_alive(pid, started)]
    if dead:
        spool.mark_crashed(dead)
    ids = spool.run_ids_between(None, None)
    if not ids:
        return
    server = server or open_postgres(url, "sync")
    deadline = None if budget_s is None else time.monotonic() + budget_s
    for n, run_id in enumerate(ids):
        if deadline is not None and time.monotonic() > deadline:
            report.left = len(ids) - n
            return
        doc = spool.export_run(run_id)
        if doc["status"] == "running":
            report.waiting += 1
            continue
        outcome = server.deliver_spooled(doc, time.time())
        spool.delete_runs([run_id])  # after the server committed: at worst delivered twice, added once
        report.delivered.append((doc["uuid"], outcome))
        if on_run is not None:
            on_run(doc["uuid"], outcome)


def _open_spool_file(folder: str):
    from .sqlite import open_sqlite

    return open_sqlite(os.path.join(folder, SPOOL_FILE), "spool", create=False)


def _try_lock(folder: str) -> int | None:
    """An exclusive lock on the spool's `sync.lock`, or None when another process holds it."""
    import fcntl

    fd = os.open(os.path.join(folder, "sync.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def pending_count(url: str) -> int:
    """How many runs wait in the spool of `url` (0 without one)."""
    path = os.path.join(spool_folder(url), SPOOL_FILE)
    if not os.path.exists(path):
        return 0
    from .sqlite import open_sqlite

    spool = open_sqlite(path, "spool", create=False)
    try:
        return len(spool.run_ids_between(None, None))
    finally:
        spool.close()

