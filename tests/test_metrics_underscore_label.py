"""UNDERSCORE_LABEL: a frame whose rows are things, some named with an underscore first."""

from expctl.metrics.parser import MetricParser


def _parse(text: str) -> dict:
    parser, series = MetricParser(), {}
    parser.parse_text(text, 0.0, series)
    parser.finish(0.0, series)
    return {name: list(s.values) for name, s in series.items()}


FRAME = """\
       variable  dropout_loss label
0  _full_model_      0.101000   gbm
1           age      0.154000   gbm
2        income      0.203000   gbm
3    _baseline_      0.498000   gbm
"""


def test_rows_opening_with_an_underscore_are_named_things():
    got = _parse(FRAME)
    assert got["_full_model_/dropout_loss"] == [0.101]
    assert got["_baseline_/dropout_loss"] == [0.498]
    assert "dropout_loss" not in got
