"""The parser's speed shortcuts change nothing it reads.

Each shortcut here rests on an equivalence that is not obvious from the code alone; each test
reads every captured output of tests/corpus (all halves) with the shortcut and without it and
compares everything the parser gives: points, params, and the lines the splitter passes on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    reading. Every fourth capture (the default suite's time); the heavy twin below reads them
    all."""
    _same_with_readings_kept(CAPTURES[1::4])


@pytest.mark.heavy
def test_kept_readings_change_no_point_in_any_capture():
    _same_with_readings_kept(CAPTURES)


def _same_with_readings_kept(captures: list[Path]) -> None:
    assert len(captures) > 100
    differing = []
    for path in captures:
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


# -- read_plain's shortcut: no decimal point, no nan or inf, no plain print ---------------------

_PLAIN_TOKENS = st.sampled_from(["epoch", "loss", "acc", "val_loss", "train", "|", "-", ",", ":",
                                 "INFO", "12:00:01", "2026-12-05", "[08:55:54]", "step", "3/10",
                                 "(lr", "1e-3)", "ms", "ms/iter", "•", "Acc@1", "F-score",
                                 "(micro)", "took", "sec", "*", "in", "the", "12%", "1e5", "0.5",
                                 "1.25", "nan", "-inf", "3."])
_PLAIN_LINES = st.lists(_PLAIN_TOKENS | st.integers(-999, 99999).map(str), max_size=12).map(
    " ".join) | st.text(alphabet="ab1234567890 :|,-/%()eE", max_size=40)


def _full_read_plain(line: str):
    """`read_plain` with its shortcut off (the pattern that lets a line on matches any)."""
    from expctl.metrics import plain

    pattern, plain._NONFINITE_IN = plain._NONFINITE_IN, re.compile("")
    try:
        return plain.read_plain(line)
    finally:
        plain._NONFINITE_IN = pattern


def _without_decimals(line: str) -> bool:
    lower = line.lower()
    return "." not in line and "nan" not in lower and "inf" not in lower


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(_PLAIN_LINES)
def test_read_plain_without_a_decimal_reads_nothing(line):
    """PLAIN_DECIMAL (plain.py): a line without ".", "nan" or "inf" reads as no plain print
    by the full path too (every plain print needs one value with a decimal point or a
    nonfinite one), so the shortcut skips no reading."""
    from expctl.metrics import plain

    if _without_decimals(line):
        assert plain.read_plain(line) is None
        assert _full_read_plain(line) is None
    else:
        assert plain.read_plain(line) == _full_read_plain(line)


def test_read_plain_shortcut_skips_no_corpus_line():
    """Every line of every captured output without ".", "nan" or "inf" reads as no plain print
    by the full path, whatever log prefix it has; and plain prints with a decimal do read."""
    from expctl.metrics import plain

    lines = {line for path in CAPTURES
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()}
    skipped = [line for line in lines if _without_decimals(line)]
    assert len(skipped) > 1000
    assert [line for line in skipped if _full_read_plain(line) is not None] == []
    assert _full_read_plain("epoch 4 loss 0.2231 val_acc 0.874") == plain.read_plain(
        "epoch 4 loss 0.2231 val_acc 0.874") == [("epoch", "4"), ("loss", "0.2231"),
                                                 ("val_acc", "0.874")]
