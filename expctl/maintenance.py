"""Store maintenance that must never cost a run: compacting waits for recording runs to end
(or refuses), and content no run refers to any more is freed.

No printing here; the CLI (`expctl gc`) reports what was done.
"""

from __future__ import annotations

import time

from .errors import StoreBusy

POLL_S = 0.5


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
