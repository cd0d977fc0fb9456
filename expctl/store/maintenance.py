"""Store maintenance that must never cost a run: compacting waits for recording runs to end
(or refuses), and content no run refers to any more is freed.

No printing here; the CLI (`expctl gc`) reports what was done.
"""

from __future__ import annotations

import os
import time

from ..errors import StoreBusy

POLL_S = 0.5
# Content written this recently is left alone: a run or an import may have kept it and not yet
# committed the row that refers to it.
BLOB_GRACE_S = 60.0


def compact_when_idle(store, wait_s: float, reap) -> tuple[int, int]:
    """`store.compact()` once no run is being recorded, trying again for up to `wait_s` seconds
    (0: once). `reap(store)` marks runs whose recorder died as crashed before each try, so a
    dead run does not hold maintenance back. Raises StoreBusy when runs are still recording
    at the deadline. Returns the store's size before and after."""
    deadline = time.monotonic() + wait_s
    while True:
        reap(store)
        try:
            return store.compact()
        except StoreBusy:
            if time.monotonic() >= deadline:
                raise
        time.sleep(POLL_S)  # waiting for other processes' runs to end, not a test wait


def free_unreferenced_blobs(store, now: float | None = None) -> tuple[int, int] | None:
    """Delete the artifact content no run refers to any more (after `rm`, `gc --delete`) and
    leftovers of interrupted copies, older than BLOB_GRACE_S; (files, bytes) freed. None,
    and nothing deleted, while runs are being recorded (they may be keeping files now)."""
    from .artifacts import FOLDER

    if store.path == ":memory:" or store.active_run_ids():
        return None
    folder = os.path.join(os.path.dirname(os.path.abspath(store.path)), FOLDER)
    keep = store.artifact_hashes()
    cutoff = (time.time() if now is None else now) - BLOB_GRACE_S
    files = freed = 0
    for path, name in _content_files(folder):
        try:
            info = os.lstat(path)
            if name not in keep and info.st_mtime < cutoff:
                os.unlink(path)
                files, freed = files + 1, freed + info.st_size
        except OSError:
            continue  # gone already, or not ours to delete: leave it
    return files, freed


def _content_files(folder: str):
    """(path, sha256 or the partial file's name) of each file in the content folder."""
    try:
        tops = list(os.scandir(folder))
    except OSError:
        return
    for top in tops:
        if top.name.startswith(".partial-") and top.is_file(follow_symlinks=False):
            yield top.path, top.name
        elif len(top.name) == 2 and top.is_dir(follow_symlinks=False):
            for entry in os.scandir(top.path):
                if entry.is_file(follow_symlinks=False):
                    yield entry.path, top.name + entry.name
