"""CAMEL_RESULT and DATE_CELL: a pandas frame of a backtest's folds, its scores named after the
metric classes that computed them (camel case) and a date column beside them."""

from expctl.metrics import rules
from expctl.metrics.parser import MetricParser


def _parse(text: str) -> dict:
    parser, series = MetricParser(), {}
    parser.parse_text(text, 0.0, series)
    parser.finish(0.0, series)
    return {name: list(s.values) for name, s in series.items()}


FOLDS = """\
== run ==
   test_MeanSquaredError  test_MedianAbsoluteError  len_train_window   cutoff
0               0.512000                  0.301000                48  2001-12
1               0.433000                  0.288000                60  2002-12
2               0.470500                  0.254000                72  2003-12
"""


def test_camel_case_class_name_closing_on_a_result_word_is_a_result():
    assert rules.is_result_name("test_MeanSquaredError")
    assert rules.is_result_name("MulticlassAccuracy")


def test_camel_case_name_closing_on_no_result_word_is_none():
    assert not rules.is_result_name("LossScaler")
    assert not rules.is_result_name("ErrorHandlerCount")


def test_frame_with_a_date_column_gives_its_score_columns():
    got = _parse(FOLDS)
    assert got["test_MeanSquaredError"] == [0.512, 0.433, 0.4705]
    assert got["test_MedianAbsoluteError"] == [0.301, 0.288, 0.254]
    assert "len_train_window" not in got


def test_frame_with_a_timestamp_column_gives_its_score_columns():
    text = """\
   val_loss               cutoff
0  0.512000  2021-03-01 00:00:00
1  0.433000  2021-04-01 00:00:00
"""
    assert _parse(text)["val_loss"] == [0.512, 0.433]
