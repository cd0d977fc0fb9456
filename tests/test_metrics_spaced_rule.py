"""SPACED_RULE: a rule of dash runs one space apart marks a table's columns, on invented lines."""

from __future__ import annotations

from tests.metric_reading import values

_TABLE = ("              " + "{:>10} {:>9} {:>10}".format("total", "busy", "idle") + "\n"
          "------------- ---------- --------- ----------\n"
          "mean               3.125     4.5\n"
          "spread             1.75      1.25\n"
          "\n"
          "75% quantile       5         6\n"
          "peak               9        11           2\n")


def test_each_number_is_read_in_the_column_it_stands_in():
    got = values(_TABLE)
    assert got["mean/total"] == [3.125] and got["mean/busy"] == [4.5]
    assert got["spread/busy"] == [1.25] and "mean/idle" not in got
    assert got["peak/idle"] == [2.0]


def test_a_label_may_open_with_a_percentile():
    assert values(_TABLE)["75% quantile/busy"] == [6.0]


def test_a_named_first_column_is_left_to_the_other_readers():
    text = ("name          " + "{:>10} {:>9} {:>10}".format("total", "busy", "idle") + "\n"
            "------------- ---------- --------- ----------\n"
            "mean               3.125     4.5\n")
    assert "mean/idle" not in values(text)
