"""What the recorder reads from text printed on one stream, for the parser's tests."""

from __future__ import annotations

from expctl.metrics.parser import MetricParser
from expctl.metrics.splitter import LineSplitter


def read_with_params(data: str | bytes, chunk: int = 4096) -> tuple[dict[str, list[tuple[float, float]]], list]:
    """(name -> [(step, value)], config entries) as the recorder reads `data`, `chunk` bytes a read."""
    raw = data.encode() if isinstance(data, str) else data
    parser, splitter, out = MetricParser(), LineSplitter(), {}
    for start in range(0, len(raw), chunk):
        lines = splitter.feed(raw[start:start + chunk])
        if lines:
            parser.parse_lines(lines, 0.0, out)
    parser.parse_lines(splitter.flush(), 0.0, out)
    parser.finish(0.0, out)
    return {name: list(zip(series.steps, series.values)) for name, series in out.items()}, parser.params


def read(data: str | bytes, chunk: int = 4096) -> dict[str, list[tuple[float, float]]]:
    """name -> [(step, value)] as the recorder reads `data` on one stream."""
    return read_with_params(data, chunk)[0]


def values(data: str | bytes) -> dict[str, list[float]]:
    """name -> values, for rows whose steps are counters (unstepped tables, one-off lines)."""
    return {name: [value for _, value in points] for name, points in read(data).items()}
