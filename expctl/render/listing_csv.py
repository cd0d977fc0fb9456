"""`list -f csv` with its default columns, written a batch of runs at a time: the text
render.runs.list_rows's rows make through csv.writer, character for character.

The columns are found first, as ParamSpread over every run would find them (the params whose
value differs between the runs or that some run lacks, and the metrics the runs have), from
the store's param_levels and metric_names: no run is loaded for them. Each batch's rows are
then written by the compiled listing_csv (expctl/transfer/_listing_csv.c, given by the
command as transfer.listing_lines.csv_batch_writer) from an SQLite file's rows, with no
Python object per row; a batch it does not take (or every batch, without it) is written here
from the runs, as before (tests/test_listing_csv.py holds the two to the same bytes)."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable, Iterator, Sequence

from .output import write_text
from .runs import list_rows, shown_metrics

BATCH = 1000  # runs a batch: a few MB of rows at most


def listing_csv_columns(store, run_ids: Sequence[int]) -> tuple[list[str], list[str]]:
    """(params, metrics): the columns `list -f csv` shows after its fixed ones, each sorted.
    A param is shown when its runs hold two values or more (a value being its type and repr,
    as ParamSpread tells them) or some run lacks it; with fewer than two runs, every one."""
    levels = store.param_levels(run_ids)
    params = sorted(levels)
    if len(run_ids) >= 2:
        params = [name for name in params if len(levels[name]) > 1
                  or sum(len(ids) for _, ids in levels[name]) < len(run_ids)]
    return params, shown_metrics(store.metric_names(run_ids))


def emit_listing_csv(store, run_ids: Sequence[int],
                     writer_for: Callable[..., Callable[[list[int]], bytes] | None] | None = None,
                     batch: int = BATCH) -> None:
    """`list -f csv` of these runs, in this order (ids with no run left out). `writer_for`:
    given the store and the columns, the compiled writer of a batch's rows
    (transfer.listing_lines.csv_batch_writer), or None."""
    params, metrics = listing_csv_columns(store, run_ids)
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
