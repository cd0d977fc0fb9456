"""`list -f json`'s lines of a batch of runs, written by the compiled listing_lines
(_listing_lines.c) from an SQLite file's rows, with no Python object per row.

Here, beside the export, because the compiled writer is part of the export's C module: it
reads the store with SQLite's C API on a read-only connection of its own (open_reader), and
writes numbers and text as the export's lines do. render.listing calls the writer this gives,
and writes any batch it does not take the Python way (which raises the store's error).
"""

from __future__ import annotations

from collections.abc import Callable


def batch_writer(store, format_version: int) -> Callable[[list[int]], bytes] | None:
    """A function that gives the lines of a batch of run ids (in that order, ids with no run
    left out) joined by ",\\n  ", as UTF-8, or raises ValueError or TypeError for a batch it
    does not write as the Python path would; None for a store it cannot read (another
    engine, in memory, no compiled module, a file SQLite will not open)."""
    path = getattr(store, "path", "")
    if not hasattr(store, "listing_sql") or path == ":memory:" or path.startswith("file:"):
        return None
    try:
        from ._metrics_json import listing_lines, open_reader
    except ImportError:  # built without a C compiler (setup.py)
        return None
    try:
        reader = open_reader(path, float(getattr(store, "busy_timeout", 30.0)))
    except (OSError, ValueError, TypeError):
        return None
    import json

    scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]

    def write(chunk: list[int]) -> bytes:
        sqls, args = store.listing_sql(chunk)
        return listing_lines(reader, sqls, args, chunk, format_version, scan)

    return write
