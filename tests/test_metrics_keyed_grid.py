"""KEYED_GRID: a long frame of evaluations, each row keyed by a label and the words of text
columns after it, read when the keys form a full cross; records of data otherwise."""

from expctl.metrics.parser import MetricParser


def _parse(text: str) -> dict:
    parser, series = MetricParser(), {}
    parser.parse_text(text, 0.0, series)
    parser.finish(0.0, series)
    return {name: list(s.values) for name, s in series.items()}


GRID = """\
  series metric    Naive   Theta
0   shop_a    mae  3.10000  2.2000
1   shop_b    mae  2.90000  2.0500
2   shop_a   rmse  4.20000  3.1000
3   shop_b   rmse  3.80000  2.7500
"""


def test_full_cross_of_keys_names_each_value_by_both_keys():
    got = _parse(GRID)
    assert got["shop_a/mae/Theta"] == [2.2]
    assert got["shop_b/rmse/Naive"] == [3.8]
    assert len(got) == 8


def test_keys_that_do_not_cross_are_records_of_data():
    text = GRID.replace("shop_b   rmse", "shop_b    mse")
    assert _parse(text) == {}
