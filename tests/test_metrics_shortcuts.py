"""The parser's speed shortcuts change nothing it reads.

Each shortcut here rests on an equivalence that is not obvious from the code alone; each test
reads every captured output of tests/corpus (all halves) with the shortcut and without it and
compares everything the parser gives: points, params, and the lines the splitter passes on.
"""

from __future__ import annotations

from pathlib import Path

from expctl.metrics import LineSplitter, MetricParser, formats
from expctl.metrics.readings import LONGEST_KEPT, READINGS_KEPT, Readings

CAPTURES = sorted(Path(__file__).parent.joinpath("corpus").rglob("std*.txt"))


def read_capture(data: bytes, parser: MetricParser) -> tuple:
    """What `parser` gives for one capture fed as `expctl run` feeds it (64 KiB chunks)."""
    splitter = LineSplitter(frame_key=parser.frame_key)
    out: dict = {}
    for at in range(0, len(data), 65536):
        parser.parse_text(splitter.feed_text(data[at:at + 65536]), 0.0, out)
    parser.parse_text(splitter.flush_text(), 0.0, out)
    parser.finish(0.0, out)
    # repr: a nan value equals itself
    points = {name: repr((list(series.steps), list(series.values))) for name, series in out.items()}
    return points, list(parser.params)


class _NothingKept:
    """`Readings` without the memory: every ask reads the line again."""

    read = staticmethod(formats.read_line)
    frame_key = staticmethod(formats.frame_key)


def test_kept_readings_change_no_point():
    """READINGS (readings.py): a parser that reuses the reading of a line read before gives
    what one reading every line afresh gives: `read_line` is pure and no caller changes a
    reading."""
    assert len(CAPTURES) > 100
    differing = []
    for path in CAPTURES:
        data = path.read_bytes()
        fresh = MetricParser()
        fresh._readings = _NothingKept()
        if read_capture(data, MetricParser()) != read_capture(data, fresh):
            differing.append(path.name)
    assert differing == []


def _fields(reading: formats.Reading) -> list:
    prefix = reading.prefix
    return [getattr(reading, name) for name in formats.Reading.__slots__ if name != "prefix"] + [
        None if prefix is None else [getattr(prefix, name) for name in prefix.__slots__]]


def test_kept_readings_are_the_lines_readings_and_bounded():
    """Each line's kept reading is the one `read_line` gives; no more than READINGS_KEPT
    lines are kept, none longer than LONGEST_KEPT; a frame key is `formats.frame_key`'s."""
    readings = Readings()
    lines = [line for path in CAPTURES[:40]
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    lines += ["loss: 0.5 " * (LONGEST_KEPT // 10 + 1)]
    for line in lines + lines[::-1]:
        assert _fields(readings.read(line)) == _fields(formats.read_line(line))
        assert readings.frame_key(line) == formats.frame_key(line)
        assert len(readings._kept) <= READINGS_KEPT
    assert max(map(len, readings._kept)) <= LONGEST_KEPT
    assert readings.read(lines[0]) is readings.read(lines[0])  # the last line read is kept
    assert lines[-1] not in readings._kept  # a long one never is
