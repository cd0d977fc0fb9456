"""QUOTED_SECTION: statistics of several columns, each under a numbered, quoted heading."""

from expctl.metrics.parser import MetricParser


def _parse(text: str) -> dict:
    parser, series = MetricParser(), {}
    parser.parse_text(text, 0.0, series)
    parser.finish(0.0, series)
    return {name: list(s.values) for name, s in series.items()}


REPORT = """\
  1. "latency"

\tSmallest value:        1.25
\tMean:                  3.5
\tStDev:                 0.75

  2. "throughput"

\tSmallest value:        120.5
\tMean:                  180.25
"""


def test_each_statistic_is_named_by_its_heading():
    got = _parse(REPORT)
    assert got["latency/Mean"] == [3.5]
    assert got["throughput/Mean"] == [180.25]
    assert got["throughput/Smallest value"] == [120.5]
    assert "Mean" not in got


def test_flush_left_lines_are_outside_the_section():
    got = _parse(REPORT + "epoch 1 val_loss: 0.25\nepoch 2 val_loss: 0.2\n")
    assert got["val_loss"] == [0.25, 0.2]
    assert not any(name.startswith("throughput/val") for name in got)
