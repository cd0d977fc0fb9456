"""SETTING_KEY: a barred benchmark table whose rows are a thing measured at a setting."""

from expctl.metrics.parser import MetricParser


def _parse(text: str) -> dict:
    parser, series = MetricParser(), {}
    parser.parse_text(text, 0.0, series)
    parser.finish(0.0, series)
    return {name: list(s.values) for name, s in series.items()}


TABLE = """\
+--------+------------+---------------+
| model  | batch_size | latency_mean  |
+--------+------------+---------------+
| bert   | 1          | 4.210         |
| bert   | 16         | 31.700        |
| gpt2   | 1          | 6.050         |
| gpt2   | 16         | 44.900        |
+--------+------------+---------------+
"""


def test_setting_after_the_label_names_each_row():
    got = _parse(TABLE)
    assert got["bert/16/latency_mean"] == [31.7]
    assert got["gpt2/1/latency_mean"] == [6.05]
    assert "bert/latency_mean" not in got


def test_a_result_column_after_the_label_is_no_key():
    got = _parse(TABLE.replace("batch_size", "accuracy  "))
    assert "bert/16/latency_mean" not in got
