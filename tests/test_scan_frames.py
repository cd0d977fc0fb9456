"""SCAN_FRAME: the candidate scans look past a log frame to what opens the message, the
compiled scan as `grammar.may_hold_metrics` does, and a framed line is then read the same
however the output was cut into reads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expctl.metrics import MetricParser
from expctl.metrics.frame_starts import framed_message
from expctl.metrics.grammar import may_hold_metrics
from tests.conftest import examples
from tests.test_scan_bar_aside_reach import expected  # the grammar's line starts, the scan's oracle

compiled = pytest.importorskip("expctl.metrics._scan")

FRAMED = [
    ('2026-12-06 10:00:00,123 INFO {"loss":0.5,"step":3}', True),  # OPENS_OBJECT
    ("2026-12-06T10:00:00.123456Z DEBUG:   {'acc':0.9}", True),
    ("2026-12-06 10:00:00 - INFO -     3001    0.002 gen.py:36(f)", True),  # OPENS_WITH_CELLS
    ("2026-12-06 10:00:00,123 WARNING       534 cumulative infections", True),  # OPENS_WITH_VALUE
    ("2026-12-06 10:00:00 0.9341 = Validation score", True),  # VALUE_FIRST, no level
    ("2026-12-06 10:00:00,123 INFO loading shard three", False),  # a word opens the message
    ("2026-12-06 10:00:00,123 INFO 534 cumulative infections", False),  # no SPACE before it
    ("2026-12-06 10:00:00,1234567890 INFO {'a':1}", False),  # no fraction of ten digits
    ("2026-12-06 10:00:00.INFO {'a':1}", False),  # no fraction without a digit
    ("2026-12-06 10:00 INFO {'a':1}", False),  # no seconds: no frame
    ("2026/12/06 10:00:00 INFO {'a':1}", False),
    ("2026-12-06 10:00:00 INFORMATION {'a':1}", False),  # nine capitals: no level, a word
    ("2026-12-06 10:00:00 INFO -{'a':1}", False),  # "-" glued: the message opens with it
]


@pytest.mark.parametrize(("line", "accepted"), FRAMED)
def test_a_framed_line_is_a_candidate_by_its_message(line, accepted):
    assert may_hold_metrics(line) is accepted
    for pad in range(0, 70, 7):  # at several offsets of the wide scan's 64-byte blocks
        text = ("x" * pad + "\n" + line + "\nplain words\n").encode("ascii")
        for wide in (True, False):
            was = compiled.wide_scan(wide)
            try:
                assert compiled.candidate_starts(text, 0, len(text), 100) == (
                    [pad + 1] if accepted else []), (pad, wide)
                one = line.encode("ascii")
                assert compiled.candidate_starts(one, 0, len(one), 100) == ([0] if accepted else [])
            finally:
                compiled.wide_scan(was)


def test_the_message_is_what_log_frame_leaves():
    assert framed_message("2026-12-06 10:00:00,123 INFO   x") == "  x"
    assert framed_message("2026-12-06 10:00:00 - INFO - x") == "x"
    assert framed_message("2026-12-06 10:00:00 INFO: x") == "x"
    assert framed_message("2026-12-06 10:00:00 x") == "x"
    assert framed_message("x 2026-12-06 10:00:00 x") is None


# Frames and near frames, then pieces around the rules that read a message's start.
FRAME_PIECES = st.sampled_from([
    "2026-12-06 10:00:00", "2026-12-06T10:00:00", "2026-12-06 10:00:00,123", "2026-12-06 10:00:00.",
    "2026-12-06 10:00", "2026-12-06 10:00:00.1234567890", "Z", " ", " ", "  ", "- ", "INFO", "DEBUG",
    "INFORMATION", ":", " -", "{", "=", " = ", "0.93", "3001", "-5", "+", ".", "word", "x", "\t",
    "\n", "/", ",", "a long message of words that crosses a block of sixty-four bytes", "\x0b", "  ",
])
FRAME_TEXT = st.lists(FRAME_PIECES, max_size=60).map("".join)


def compiled_scan_as_the_grammar(text, pad):
    text = "y" * pad + "\n" + text
    data = text.encode("ascii")
    for wide in (True, False):
        was = compiled.wide_scan(wide)
        try:
            assert compiled.candidate_starts(data, 0, len(data), 100_000) == expected(text)
        finally:
            compiled.wide_scan(was)


test_the_compiled_scan_looks_past_frames_as_the_grammar_does = examples(1000)(
    given(FRAME_TEXT, st.integers(0, 70))(compiled_scan_as_the_grammar))
test_many_more_frames_as_the_grammar = pytest.mark.heavy(
    examples(10000)(given(FRAME_TEXT, st.integers(0, 70))(compiled_scan_as_the_grammar)))


LOG = """2026-12-06 10:00:00,123 INFO starting run three
2026-12-06 10:00:01,123 INFO {"epoch":1,"loss":0.52,"acc":0.81}
2026-12-06 10:00:02,123 INFO saving a checkpoint
2026-12-06 10:00:03,123 INFO {"epoch":2,"loss":0.41,"acc":0.86}
2026-12-06 10:00:04,123 INFO done
"""


def _points(reads: list[bytes]) -> list[tuple]:
    from expctl.metrics import LineSplitter

    parser, out = MetricParser(), {}
    splitter = LineSplitter(frame_key=parser.frame_key)
    for data in reads:
        parser.parse_text(splitter.feed_text(data), 0.0, out)
    parser.parse_text(splitter.flush_text(), 0.0, out)
    parser.finish(0.0, out)
    return sorted((name, step, value) for name, s in out.items()
                  for step, value in zip(s.steps, s.values))


def test_framed_dict_lines_give_the_same_points_whole_and_line_by_line():
    data = LOG.encode("ascii")
    whole = _points([data])
    assert ("loss", 2.0, 0.41) in whole and ("acc", 1.0, 0.81) in whole
    assert _points(data.splitlines(keepends=True)) == whole
    assert _points([data[i:i + 5] for i in range(0, len(data), 5)]) == whole


@pytest.mark.parametrize(("line", "accepted"), [f for f in FRAMED if f[1]])
def test_the_regex_scans_find_a_framed_candidate(line, accepted):
    """Where the compiled scan is not built, the regex scans find a superset of the lines."""
    from expctl.metrics import scan

    text = "plain words\n" + line + "\nmore words"
    assert 12 in scan._scan(text, 0, len(text), scan._TEXT_SCANS, "\n=\t{(")
    data = text.encode("ascii")
    assert 12 in scan._scan(data, 0, len(data), scan._BYTE_SCANS, b"\n=\t{(")


def test_a_long_framed_line_is_found_at_every_offset_of_the_blocks():
    """The wide scan notes where a message may open ('{', '=', SPACE after the frame's space)
    per 64-byte block: a line whose message opens in one block and ends in a later one."""
    tail = " and the words of a message long enough to run into the block after the next"
    lines = [line + tail for line, accepted in FRAMED if accepted and "=" not in line]
    for shift in range(64):
        text = "x" * shift + "\n" + "\n".join(lines) + "\nplain words\n"
        data = text.encode("ascii")
        for wide in (True, False):
            was = compiled.wide_scan(wide)
            try:
                assert compiled.candidate_starts(data, 0, len(data), 100) == expected(text)
                assert len(expected(text)) == len(lines)
            finally:
                compiled.wide_scan(was)
