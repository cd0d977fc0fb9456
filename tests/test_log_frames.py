"""LOG_FRAME (docs/metric-rules.rst): a log record's frame opening every line (a date, a time and
an info level) is cut off before the readers see the lines, so a table or report logged line by
line reads as it does printed bare; a warning's frame is kept."""

from __future__ import annotations

from expctl.metrics import LineSplitter, MetricParser
from expctl.metrics.log_frames import unframed, unframed_lines

TABLE = """\
  epoch    train loss    train acc    val loss    val acc
-------  ------------  -----------  ----------  ---------
      1        0.6762       0.7773      0.6798     0.7344
      2        0.6608       0.7801      0.6676     0.7412
      3        0.6469       0.7856      0.6567     0.7501
"""
FRAME = "2026-12-06 10:00:00,123 INFO "


def framed(text: str, frame: str = FRAME) -> str:
    return "".join(frame + line if line.strip() else line for line in text.splitlines(True))


def points(text: str, by_line: bool = False) -> list[tuple[str, float, float]]:
    parser, series, splitter = MetricParser(), {}, LineSplitter()
    data = text.encode()
    if by_line:
        parser.parse_lines(splitter.feed(data), 0.0, series)
        parser.parse_lines(splitter.flush(), 0.0, series)
    else:
        parser.parse_text(splitter.feed_text(data), 0.0, series)
        parser.parse_text(splitter.flush_text(), 0.0, series)
    parser.finish(0.0, series)
    return sorted((name, step, value) for name, s in series.items()
                  for step, value in zip(s.steps, s.values))


def test_a_table_logged_line_by_line_reads_as_the_bare_table():
    bare = points(TABLE)
    assert ("val acc", 3.0, 0.7501) in bare
    assert points(framed(TABLE)) == bare
    assert points(framed(TABLE), by_line=True) == bare


def test_other_frame_spellings_are_cut_too():
    for frame in ("2026-12-06T10:00:00.123 DEBUG: ", "2026-12-06 10:00:00 - INFO - "):
        assert points(framed(TABLE, frame)) == points(TABLE)


def test_a_warning_keeps_its_frame():
    text = "2026-12-06 10:00:00,123 WARNING clip threshold: 0.5\n"
    assert unframed(text) is None
    assert points(text) == []


def test_a_line_without_a_frame_is_left_as_it_is():
    lines = ["INFO: loss 0.5", "10:00:00 INFO loss: 0.5"]
    assert unframed_lines(lines) is lines
    assert unframed_lines([FRAME + "loss: 0.5", "acc: 0.9"]) == ["loss: 0.5", "acc: 0.9"]
