"""Metrics re-derived from a run's stored output (`expctl reparse`).

The stored log chunks are fed, in the order they arrived, through a fresh splitter per stream
and one parser, exactly as the recorder fed the live output; so a run re-parsed with the same
patterns gets the metrics it got when it ran. Two things differ, and are said where they show:

- **Times are estimates.** The store keeps no arrival time per chunk, so a point's time is
  interpolated between the run's start and end by the position of its chunk in the output.
- **What the log cap dropped is gone.** Past the first and last 8 MiB of a stream, output was
  not kept; lines around a gap are not glued together, but the points they held are lost.

The side channel (`expctl.log`) is stored as its own stream of JSON lines; its points keep
their exact steps and times.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..record.sidechannel import STREAM as SIDE_STREAM
from ..record.sidechannel import read_points
from ..records import LogChunk, Series
from .parser import MetricParser
from .splitter import LineSplitter

OUTPUT_STREAMS = ("stdout", "stderr", "output")  # output: both, recorded together (expctl.record.logs)


def derive_output_metrics(chunks: Sequence[LogChunk], parser: MetricParser,
                          started: float, ended: float | None) -> dict[str, Series]:
    """The metrics `parser` reads from stored output `chunks` (stdout and stderr, in arrival
    order). Each point's time is placed between `started` and `ended` (or `started` when the
    run has no end) by how far into the output its chunk was."""
    splitters = {stream: LineSplitter(frame_key=parser.frame_key) for stream in OUTPUT_STREAMS}
    ends = dict.fromkeys(OUTPUT_STREAMS, 0)  # where each stream's previous chunk ended
    total = sum(chunk.size for chunk in chunks if chunk.stream in splitters) or 1
    span = (ended - started) if ended is not None and ended > started else 0.0
    out: dict[str, Series] = {}
    seen = 0
    for chunk in chunks:
        splitter = splitters.get(chunk.stream)
        if splitter is None:
            continue
        when = started + span * seen / total
        if chunk.offset > ends[chunk.stream]:  # output the log cap dropped: end the line there
            parser.parse_text(splitter.flush_text(), when, out)
        parser.parse_text(splitter.feed_text(chunk.data), when, out)
        ends[chunk.stream] = chunk.offset + chunk.size
        seen += chunk.size
    when = started + span
    for splitter in splitters.values():
        parser.parse_text(splitter.flush_text(), when, out)
    parser.finish(when, out)
    return out


def derive_side_metrics(chunks: Sequence[LogChunk], when: float) -> dict[str, Series]:
    """The points of the stored side-channel stream (`expctl.log`), with their own times."""
    out: dict[str, Series] = {}
    counters: dict[str, float] = {}
    for chunk in chunks:
        if chunk.stream == SIDE_STREAM:
            read_points(chunk.data, counters, out, when)
    return out


def side_stream_complete(chunks: Sequence[LogChunk], total: int) -> bool:
    """True when the stored side-channel chunks hold every byte that was logged (`total`): the
    recorder keeps only the first `SIDE_LOG_BYTES`."""
    return sum(chunk.size for chunk in chunks if chunk.stream == SIDE_STREAM) >= total


class Reparsed:
    """The outcome for one run: `found` (name → Series, what the run's metrics become),
    `before` (name → points stored before), `kept` (names left as they were: expctl's own
    `sys/` samples, and side-channel metrics whose stored lines were cut)."""

    __slots__ = ("run_id", "found", "before", "kept")

    def __init__(self, run_id: int, found: dict[str, Series], before: dict[str, int],
                 kept: list[str]):
        self.run_id, self.found, self.before, self.kept = run_id, found, before, kept


def reparse_run(store, run_id: int, parser: MetricParser, write: bool) -> Reparsed:
    """Re-derive run `run_id`'s metrics from its stored output and side channel with `parser`
    (a fresh one per run), and with `write` replace the stored ones (all but `sys/`)."""
    run = store.get_run(run_id)
    ended = run.ended_at if run.ended_at is not None else run.started_at
    found = derive_output_metrics(store.read_logs(run_id, OUTPUT_STREAMS), parser,
                                  run.started_at, ended)
    side = store.read_logs(run_id, (SIDE_STREAM,))
    side_found = derive_side_metrics(side, ended)
    kept = sorted(name for name in run.metrics if name.startswith("sys/"))
    if side_stream_complete(side, store.log_totals(run_id).get(SIDE_STREAM, 0)):
        for name, series in side_found.items():
            _extend(found.setdefault(name, Series()), series)
    else:  # only the start of the side channel was stored: keep its series as recorded
        kept += sorted(side_found.keys() & run.metrics.keys())
        for name in side_found:
            found.pop(name, None)
    before = {name: summary.count for name, summary in run.metrics.items()}
    if write:
        store.replace_metrics(run_id, found, keep_prefix="sys/", keep=kept)
        _store_output_params(store, run_id, parser.params)
    return Reparsed(run_id, found, before, kept)


def _store_output_params(store, run_id: int, entries: list[tuple[str, str]]) -> None:
    """Replace the run's params with source ``output`` (printed configuration) by the ones
    found now, where the store keeps params by source (`replace_params`)."""
    replace = getattr(store, "replace_params", None)
    if replace is None:
        return
    from ..capture.params import make_param, normalize_name

    replace(run_id, "output", [make_param(normalize_name(name), text, "output")
                               for name, text in entries])


def _extend(series: Series, more: Series) -> None:
    series.steps.extend(more.steps)
    series.times.extend(more.times)
    series.values.extend(more.values)
