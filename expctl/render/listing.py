"""`list -f json` written from the store's listing batches (Store.iter_listing): each run's line
is the text `emit_json_array` writes for `runs.run_summary_json(run)`, character for character,
built without the run's dict of params and summaries.

The run's own fields and params go through json's C encoder in one dict; the metric summaries,
most of the numbers of a listing, are written by one %-format per summary, mapped over the
batch's rows at C speed, when every summary of the batch is plain: a name json writes as it is
(no quote, backslash or control character to escape) and numbers that are finite. `%r` of a
float or an int is the text json writes for it. Any other batch takes the general path
(json_number, json's own escaping).

From an SQLite file the compiled listing_lines (expctl/transfer/_listing_lines.c, given by the
command as transfer.listing_lines.batch_writer) writes a batch's lines in one call, from the
rows SQLite gives it, with no Python object per row: the same bytes
(tests/test_listing_lines.py); a batch it cannot take is written here."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from json.encoder import encode_basestring
from itertools import chain, groupby
from operator import itemgetter

from .output import JSON_FORMAT_VERSION, emit_json_lines, emit_json_texts, item_encoder, json_number
from .text import iso_time

# (run id, name, last, min, max, count, last_step): `%.0s` writes nothing of the run id.
_SUMMARY = '%.0s"%s": {"last": %r, "min": %r, "max": %r, "count": %r, "last_step": %r}'
_run_id, _name, _numbers = itemgetter(0), itemgetter(1), itemgetter(2, 3, 4, 5, 6)


def emit_listing_json(store, run_ids: Sequence[int], write_batch=None, batch: int = 1000) -> None:
    """`list -f json` of these runs, in this order (ids with no run left out), written as
    emit_json_lines writes listing_json_lines' lines. `write_batch`: the compiled writer of a
    batch's lines (transfer.listing_lines.batch_writer), or None."""
    if write_batch is None:
        emit_json_lines(listing_json_lines(store.iter_listing(run_ids, batch)))
    else:
        emit_json_texts(_batch_texts(store, write_batch, run_ids, batch))


def _batch_texts(store, write_batch, run_ids: Sequence[int], batch: int) -> Iterator[bytes | str]:
    """Each batch's lines joined by ",\n  ": bytes (UTF-8) from `write_batch`, or text from
    listing_json_lines for a batch that it does not take."""
    for start in range(0, len(run_ids), batch):
        chunk = list(run_ids[start:start + batch])
        try:
            yield write_batch(chunk)
        except (ValueError, TypeError):  # the Python path writes it, or raises the store's error
            yield ",\n  ".join(listing_json_lines(store.iter_listing(chunk, batch)))


def listing_json_lines(batches: Iterable[tuple]) -> Iterator[str]:
    """The JSON line of each run of `batches` (each a store.rows.RunListing: runs, params,
    summaries), in order."""
    encode = item_encoder()
    for runs, params, summaries in batches:
        metrics = _summaries_text(summaries, encode)
        empty: dict = {}
        for run in runs:
            (run_id, uuid, name, experiment, command, cwd, status, exit_code, signal, started_at,
             ended_at, host, user, _, tags, notes, _, _, resources) = run
            head = encode({
                "format_version": JSON_FORMAT_VERSION, "id": run_id, "uuid": uuid, "name": name,
                "experiment": experiment, "status": status, "exit_code": exit_code,
                "signal": signal, "command": command, "cwd": cwd, "host": host, "user": user,
                "started_at": iso_time(started_at), "ended_at": iso_time(ended_at),
                "duration_s": None if ended_at is None else max(0.0, ended_at - started_at),
                "tags": tags, "notes": notes, "params": params.get(run_id, empty)})
            yield (head[:-1] + ', "metrics": ' + metrics.get(run_id, "{}")
                   + ', "resources": ' + encode(resources) + "}")


def _summaries_text(rows: list[tuple], encode) -> dict[int, str]:
    """Run id -> the text of its `metrics` object, from the batch's summary rows."""
    if _plain(rows):
        write = _SUMMARY.__mod__
        return {run_id: "{" + ", ".join(map(write, group)) + "}"
                for run_id, group in groupby(rows, _run_id)}
    return {run_id: encode({name: {
        "last": json_number(last), "min": json_number(lo), "max": json_number(hi),
        "count": count, "last_step": json_number(step)}
        for _, name, last, lo, hi, count, step in group}) for run_id, group in groupby(rows, _run_id)}


def _plain(rows: list[tuple]) -> bool:
    """Whether every row's name is text that json writes as it is and every number is finite
    (the store gives ints, floats or None: a None fails the sum, a NaN or an infinity makes it
    not finite, as may a huge total, which then takes the general path all the same)."""
    try:
        if not math.isfinite(sum(chain.from_iterable(map(_numbers, rows)), 0.0)):
            return False
    except (TypeError, OverflowError):  # None; an int too large for a float
        return False
    return all(type(n) is str and encode_basestring(n) == f'"{n}"' for n in set(map(_name, rows)))
