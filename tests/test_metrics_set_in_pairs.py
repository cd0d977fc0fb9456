"""SET_IN_PAIRS: a report's ``label  value`` lines set in under framed section titles."""

from expctl.metrics.parser import MetricParser


def _parse(text: str) -> dict:
    parser, series = MetricParser(), {}
    parser.parse_text(text, 0.0, series)
    parser.finish(0.0, series)
    return {name: list(s.values) for name, s in series.items()}


REPORT = """\
============ Error Metrics ============
  MAE           0.412
  Median error  0.301
============ Coverage Metrics =========
  Interval coverage   0.951
"""


def test_set_in_lines_under_a_framed_title_are_results():
    got = _parse(REPORT)
    assert got["MAE"] == [0.412]
    assert got["Median error"] == [0.301]
    assert got["Interval coverage"] == [0.951]


def test_set_in_lines_without_a_title_are_not_read():
    got = _parse(REPORT.split("\n", 1)[1].split("=", 1)[0])
    assert "Median error" not in got


def test_lines_set_in_unlike_the_one_read_part_the_block():
    got = _parse(REPORT.replace("  MAE    ", "      MAE"))
    assert "Median error" not in got
