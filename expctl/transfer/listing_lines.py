"""`list -f json`'s lines and `list -f csv`'s rows of a batch of runs, written by the compiled
listing_lines and listing_csv (_listing_lines.c, _listing_csv.c) from an SQLite file's rows,
with no Python object per row.

Here, beside the export, because the compiled writer is part of the export's C module: it
reads the store with SQLite's C API on a read-only connection of its own (open_reader), and
writes numbers and text as the export's lines do. render.listing and render.listing_csv call
the writer this gives, and write any batch it does not take the Python way (which raises the
store's error).
"""

from __future__ import annotations

from collections.abc import Callable


def batch_writer(store, format_version: int) -> Callable[[list[int]], bytes] | None:
    """A function that gives the lines of a batch of run ids (in that order, ids with no run
    left out) joined by ",\n  ", as UTF-8, or raises ValueError or TypeError for a batch it
    does not write as the Python path would; None for a store it cannot read (another
    engine, in memory, no compiled module, a file SQLite will not open)."""
    opened = _open_reader(store, "listing_sql")
    if opened is None:
        return None
    module, reader, scan = opened

    def write(chunk: list[int]) -> bytes:
        sqls, args = store.listing_sql(chunk)
        return module.listing_lines(reader, sqls, args, chunk, format_version, scan)

    return write


def csv_batch_writer(store, params: list[str], metrics: list[str]) -> Callable[[list[int]], bytes] | None:
    """As batch_writer, for `list -f csv`: the rows (each ending in a newline, no header) of a
    batch of run ids, with these param and metric columns (each list sorted)."""
    opened = _open_reader(store, "listing_csv_sql")
    if opened is None:
        return None
    module, reader, scan = opened
    import time

    def write(chunk: list[int]) -> bytes:
        sqls, args = store.listing_csv_sql(chunk)
        today = tuple(time.localtime()[:3])  # as render.text.format_time compares with
        return module.listing_csv(reader, sqls, args, chunk, params, metrics, scan, today)

    return write


def csv_spread(store, run_ids: list[int], batch: int = 1000) -> tuple[dict[str, tuple[int, int]], int, list[str]] | None:
    """What `list -f csv`'s columns are found from (render.listing_csv.spread_columns), read
    by the compiled listing_csv_spread a batch of runs at a time, with no object per row and
    memory that does not grow with the runs: per param name, how many distinct values its
    runs hold (two at most) and how many runs have it; the number of runs; the metrics' names.
    None where it cannot read the store, or a row is one it does not take (a NaN param, a
    damaged row): the caller finds them the Python way."""
    opened = _open_reader(store, "listing_spread_sql")
    if opened is None:
        return None
    module, reader, _ = opened
    spread: dict[bytes, list] = {}
    metrics: set[bytes] = set()
    runs = 0
    try:
        for start in range(0, len(run_ids), batch):
            sqls, args = store.listing_spread_sql(list(run_ids[start:start + batch]))
            runs += module.listing_csv_spread(reader, sqls, args, spread, metrics)
    except (ValueError, TypeError):
        return None
    found = {name.decode(): (1 if second is None else 2, count) for name, (count, _, second) in spread.items()}
    return found, runs, [name.decode() for name in metrics]


def _open_reader(store, statements: str):
    """(the compiled module, a read-only connection of its own to the store's file, json's
    scanner), or None where the store has no `statements` method or cannot be read so."""
    path = getattr(store, "path", "")
    if not hasattr(store, statements) or path == ":memory:" or path.startswith("file:"):
        return None
    try:
        from . import _metrics_json as module
    except ImportError:  # built without a C compiler (setup.py)
        return None
    try:
        reader = module.open_reader(path, float(getattr(store, "busy_timeout", 30.0)))
    except (OSError, ValueError, TypeError):
        return None
    import json

    return module, reader, json.JSONDecoder().scan_once  # type: ignore[attr-defined]
