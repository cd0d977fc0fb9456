"""`list -f csv` with its default columns, written a batch of runs at a time: the text
render.runs.list_rows's rows make through csv.writer, character for character.

The columns are found first, as ParamSpread over every run would find them (the params whose
value differs between the runs or that some run lacks, and the metrics the runs have): from
an SQLite file by the compiled listing_csv_spread, a batch of runs at a time (memory that does
not grow with the runs), else from the store's param_levels and metric_names; no run is
loaded for them. Each batch's rows are
then written by the compiled listing_csv (expctl/transfer/_listing_csv.c, given by the
command as transfer.listing_lines.csv_batch_writer) from an SQLite file's rows, with no
Python object per row; a batch it does not take (or every batch, without it) is written here
from the runs, as before (tests/test_listing_csv.py holds the two to the same bytes)."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence

from .output import write_text
from .runs import list_rows, shown_metrics

BATCH = 1000  # runs a batch: a few MB of rows at most


def listing_csv_columns(store, run_ids: Sequence[int]) -> tuple[list[str], list[str]]:
    """(params, metrics): the columns `list -f csv` shows after its fixed ones, each sorted,
    from the store's param_levels and metric_names (the reference for spread_columns of the
    compiled pass, which reads as much without a list of ids per value)."""
    levels = store.param_levels(run_ids)
    spread = {name: (len(found), sum(len(ids) for _, ids in found)) for name, found in levels.items()}
    return spread_columns(spread, len(run_ids), store.metric_names(run_ids))


def spread_columns(spread: dict[str, tuple[int, int]], runs: int,
                   metrics: Iterable[str]) -> tuple[list[str], list[str]]:
    """The columns from each param's (distinct values, up to two or more; runs that have it),
    the number of runs and the metrics' names. A param is shown when its runs hold two values
    or more (a value being its type and repr, as ParamSpread tells them) or some run lacks
    it; with fewer than two runs, every one. Metrics: shown_metrics' (sorted, no sys/*)."""
    params = sorted(spread)
    if runs >= 2:
        params = [name for name in params if spread[name][0] > 1 or spread[name][1] < runs]
    return params, shown_metrics(metrics)


def emit_listing_csv(store, run_ids: Sequence[int],
                     writer_for: Callable[..., Callable[[list[int]], bytes] | None] | None = None,
                     spread=None, batch: int = BATCH) -> None:
    """`list -f csv` of these runs, in this order (ids with no run left out). `writer_for`:
    given the store and the columns, the compiled writer of a batch's rows
    (transfer.listing_lines.csv_batch_writer), or None. `spread`: given the store and the
    ids, what spread_columns takes, or None (transfer.listing_lines.csv_spread), or None."""
    found = spread(store, list(run_ids)) if spread is not None else None
    params, metrics = spread_columns(*found) if found is not None else listing_csv_columns(store, run_ids)
    stream = sys.stdout
    stream.write(csv_text([list_rows([], {}, columns=(params, metrics)).headers]))
    write_batch = writer_for(store, params, metrics) if writer_for is not None else None
    for text in _batch_texts(store, write_batch, run_ids, params, metrics, batch):
        write_text(stream, text)


def _batch_texts(store, write_batch, run_ids: Sequence[int], params: list[str], metrics: list[str],
                 batch: int) -> Iterator[bytes | str]:
    """Each batch's rows: bytes (UTF-8) from `write_batch`, or text from the runs for a batch
    that it does not take."""
    for start in range(0, len(run_ids), batch):
        chunk = list(run_ids[start:start + batch])
        if write_batch is not None:
            try:
                yield write_batch(chunk)
                continue
            except (ValueError, TypeError):  # the Python path writes it, or raises the store's error
                pass
        yield python_rows(store, chunk, params, metrics)


def python_rows(store, chunk: list[int], params: list[str], metrics: list[str]) -> str:
    """The csv rows of these runs, from the runs loaded whole: the reference the compiled
    writer is held to."""
    runs = store.get_runs(chunk)
    return csv_text(list_rows(runs, store.git_summaries([run.id for run in runs]),
                              columns=(params, metrics)).rows)


def csv_text(rows) -> str:
    """Rows as emit_csv_rows writes them (csv.writer, lines ending in a newline)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()
