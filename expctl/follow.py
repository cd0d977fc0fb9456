"""`expctl logs -f`: a running run's output as it is stored, as `tail -f` shows a file.

The recorder flushes output to the store at least every second; this polls for the chunks
stored since the last one it printed, prints them, and stops once the run has ended and its
last chunks are out. No I/O besides the store and the `write` it is given.
"""

from __future__ import annotations

import time
from typing import Callable, Sequence

from .record.logs import assemble_log, last_lines

POLL_S = 0.25


def follow_log(store, run_id: int, streams: Sequence[str], write: Callable[[bytes], None],
               still_running: Callable[[], bool], tail: int | None = None,
               poll_s: float = POLL_S) -> None:
    """Print the output stored so far (its last `tail` lines when given), then what arrives,
    until `still_running()` says the run ended; the chunks stored before that are printed too."""
    ends: dict[str, int] = {}
    seq, chunks = store.read_logs_after(run_id, -1, streams)
    data = assemble_log(chunks, ends)
    write(last_lines(data, tail) if tail is not None else data)
    while True:
        running = still_running()  # asked before reading: nothing stored after it is missed
        seq, chunks = store.read_logs_after(run_id, seq, streams)
        if chunks:
            write(assemble_log(chunks, ends))
        if not running:
            return
        time.sleep(poll_s)
